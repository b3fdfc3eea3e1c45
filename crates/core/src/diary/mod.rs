//! The cramp diary model (pure): entries, validation, the diary with undo, summary figures,
//! export (JSON backup, CSV), import with preview and merge, and the stored-data envelope.
//!
//! Plain Rust with `serde_json` only: no Yew, web-sys or clock. Anything that depends on the
//! date takes `today` as an argument, so every function is deterministic and tested natively
//! (`tests/diary*.rs`).
//!
//! What the UI calls:
//! - Form: [`recent_nights`] (the nights offered with one tap), [`Draft`] (raw form values) →
//!   [`Diary::add`] / [`Diary::update`], or [`validate`] to check without saving; problems come
//!   back as [`FieldError`]s (field + message).
//! - List: [`Diary::entries`] (newest first), [`Diary::delete`], [`Diary::undo_delete`].
//! - Figures: [`stats::overview`] (chart weeks, 4- and 12-week summaries, [`Trend`]).
//! - Files: [`export_json`], [`export_csv`]; [`import::preview`] then [`import::apply`].
//! - Storage: [`night_store`] (one record per night, conflicts, migration from the single
//!   value read by [`saved::load`] (→ [`Loaded`])); [`keeping`] (persistence, last backup).
//! - The diary page's state: [`page::DiaryPage`], a reducer over [`page::DiaryAction`].
//! - Relief mode's one-tap log: [`quick::night_of_moment`] and [`quick::log_cramp`]; the
//!   stretch player's "stretched tonight": [`quick::mark_stretched_in_store`].
//! - Warning signs an entry records, and the check's care card for them: [`warning`].
//! - Today: [`Date::from_unix_ms`] (the UI passes the clock in; nothing here reads one).
//!
//! Invariants: one entry per night; entries newest first; ids unique and never reused within a
//! session; every stored entry passes [`check_entry`]; an import changes nothing until `apply`,
//! and `apply` cannot fail part-way; unreadable stored data is returned, never discarded.

mod date;
// `diary::diary` holds the `Diary` type; the file is named for what it owns, like its siblings.
pub mod changes;
#[allow(clippy::module_inception)]
mod diary;
mod entry;
pub mod experiment;
pub mod export;
mod format;
pub mod ics;
pub mod import;
pub mod keeping;
pub mod medicine_timeline;
pub mod night_rates;
pub mod night_store;
mod nights;
pub mod page;
pub mod quick;
pub mod saved;
pub mod stats;
mod validate;
pub mod warning;

pub use date::{Date, DateError, Weekday};
pub use diary::{entries_label, Diary, DiaryError, MAX_ID};
pub use entry::{
    Choice, DiaryEntry, EntryId, Longest, Muscle, Relief, Side, SleepLost, WarningSign,
};
pub use export::{csv_file_name, export_backup, export_csv, export_json, json_file_name, Writing};
pub use format::{APP_MARKER, FIRST_SCHEMA_VERSION, SCHEMA_VERSION};
pub use import::{
    ConflictChoice, ImportError, ImportOutcome, ImportPreview, MAX_IMPORT_BYTES, MAX_IMPORT_ENTRIES,
};
pub use nights::{recent_choice, recent_nights, RecentNight};
pub use saved::Loaded;
pub use stats::{Overview, PeriodSummary, Trend, TrendReport, WeekSummary};
pub use validate::{
    check_entry, earliest_night, validate, Draft, Field, FieldError, MAX_CRAMPS, MAX_NOTE_CHARS,
    MAX_PAIN,
};
