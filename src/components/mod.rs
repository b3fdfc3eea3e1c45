//! Small reusable UI pieces. They render content from `crate::content` and hold no medical text.

pub mod blocks;
pub mod care_card;
pub mod cites;
pub mod cue_sounds;
pub mod diary_chart;
pub mod diary_conflict;
pub mod diary_figures;
pub mod diary_files;
pub mod diary_form;
mod diary_form_flags;
pub mod diary_last_check;
pub mod diary_list;
pub mod diary_recovery;
pub mod diary_store;
pub mod figures;
pub mod get_help;
pub mod hold_timer;
pub mod in_tasks;
pub mod island;
pub mod layout;
pub mod link;
pub mod offline_badge;
pub mod plain;
pub mod quick_log;
pub mod stretch_player;
pub mod update_prompt;
pub mod wake_lock;
