//! Night Cramps' pure core: everything the app knows and decides, with no UI or browser crate in
//! its Cargo.toml, so the compiler keeps it pure and it is tested natively.
//!
//! [`content`] (the guide as typed data), [`assessment`] (the self-assessment), [`diary`]
//! (entries, the backup format, stats, the diary page's reducer), [`stretch`] (the bedtime
//! routine), [`timer`] (the hold timer), [`routes`], [`islands`] (which parts of a page come
//! alive and in which bundle), [`decimal`] (number formatting without the float formatter),
//! [`counted`] ("1 entry", "45 entries").

pub mod assessment;
pub mod content;
pub mod counted;
pub mod decimal;
pub mod diary;
pub mod islands;
pub mod routes;
pub mod stretch;
pub mod timer;
