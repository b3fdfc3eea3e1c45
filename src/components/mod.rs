//! Small reusable UI pieces. They render content from `crate::content` and hold no medical text.

pub mod blocks;
pub mod care_card;
pub mod cites;
pub mod layout;
pub mod link;
pub mod update_prompt;
pub mod figures;
pub mod hold_timer;
pub mod quick_log;
pub mod wake_lock;
