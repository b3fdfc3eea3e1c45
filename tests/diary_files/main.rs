//! Export, import and storage: lossless round trips, CSV escaping, import refusals with clear
//! messages, merge choices, all-or-nothing, recovery of unreadable stored data, and ten years
//! of entries.

#[path = "../diary_support/mod.rs"]
mod support;

use night_cramps::diary::import::{apply, preview};
use night_cramps::diary::saved::{self, Loaded};
use night_cramps::diary::{
    export_csv, export_json, ConflictChoice, Date, Diary, DiaryEntry, EntryId, ImportError, Muscle,
    MAX_IMPORT_BYTES,
};
use serde_json::{json, Value};
use support::{date, night, today, Rng};

mod csv;
mod helpers;
mod merge;
mod refusals;
mod round_trips;
mod stored;

use csv::*;
use helpers::*;
