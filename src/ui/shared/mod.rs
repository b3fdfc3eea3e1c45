//! Parts every feature uses: the page layout, links, HTML as text (markup), care cards, citations, content blocks and
//! figures, the get-help panel, .ics reminders, and the offline note and update prompt every page
//! has (plain DOM).

pub mod blocks;
pub mod care_card;
pub mod cites;
pub mod figures;
pub mod get_help;
pub mod layout;
pub mod link;
pub mod markup;
pub mod offline_badge;
pub mod reminder;
pub mod update_prompt;
