//! The diary's JSON file format, written once and shared by export, import and on-device storage:
//!
//! ```json
//! { "app": "night-cramps", "schema": 2, "exported": "2025-03-14",
//!   "experiment": { "change": "bedtime-stretching", "start": "2025-03-01" },
//!   "medicines": [ { "name": "Atorvastatin", "class": "statins", "started": "2025-01-10",
//!                    "stopped": null } ],
//!   "entries": [ { "id": 7, "night_of": "2025-03-13", "cramps": 2, "muscles": ["calf"],
//!                  "side": "left", "longest": "1_to_5_min", "worst_pain": 6,
//!                  "sleep_lost": "15_to_60_min", "helped": ["stretching"],
//!                  "warning_signs": ["swollen_leg"], "stretched": true, "note": "" } ] }
//! ```
//!
//! Schema 2 added `warning_signs` and `stretched` to an entry. Both are optional: they are
//! written only when something is recorded (so a night without them reads the same in either
//! version), and missing means none and `false`. A schema 1 file is the same format without
//! them, so it is read by the same code.
//!
//! Reading goes through `serde_json::Value` and then field by field by hand, rather than a derived
//! `Deserialize`, so every problem can name the entry number and the field in plain English.
//! `serde_json`'s default recursion limit (128) refuses more than 127 levels of nesting, so
//! hostile nesting cannot exhaust the stack (checked in `tests/diary_files/`). Inside an entry,
//! unknown fields are refused (silently
//! dropping data someone expected to keep would be worse than saying no); unknown top-level
//! fields are ignored. Schema 2 adds the optional top-level `experiment` and `medicines`
//! (`super::changes` reads and checks them, as strictly as entries); a schema 1 file has neither
//! and still reads.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use super::changes::{
    experiment_to_json, medicines_to_json, read_experiment, read_medicines, TrialAndMedicines,
};
use super::date::Date;
use super::diary::MAX_ID;
use super::entry::{Choice, DiaryEntry, EntryId};
use super::import::ImportError;
use super::validate::{check_entry, cramps_from, pain_from, Field};

mod entry;
pub(crate) use entry::read_stored_entry;
use entry::{kind, read_entry, short_text, shorten};

/// Marks a file as ours.
pub const APP_MARKER: &str = "night-cramps";
/// The format version this app writes. Bump it (and keep reading the old ones) whenever a field
/// is added or its meaning changes.
pub const SCHEMA_VERSION: u64 = 2;
/// The oldest format version this app reads: every version from it to [`SCHEMA_VERSION`].
pub const FIRST_SCHEMA_VERSION: u64 = 1;

const ENTRY_FIELDS: [&str; 12] = [
    "id",
    "night_of",
    "cramps",
    "muscles",
    "side",
    "longest",
    "worst_pain",
    "sleep_lost",
    "helped",
    "warning_signs",
    "stretched",
    "note",
];

/// One entry as JSON.
pub(crate) fn entry_to_json(entry: &DiaryEntry) -> Value {
    fn keys<T: Choice>(set: &BTreeSet<T>) -> Value {
        Value::Array(set.iter().map(|option| Value::from(option.key())).collect())
    }
    fn key<T: Choice>(option: Option<T>) -> Value {
        option.map_or(Value::Null, |option| Value::from(option.key()))
    }
    let mut object = Map::new();
    object.insert("id".into(), Value::from(entry.id.0));
    object.insert("night_of".into(), Value::from(entry.night_of.to_string()));
    object.insert("cramps".into(), Value::from(entry.cramps));
    object.insert("muscles".into(), keys(&entry.muscles));
    object.insert("side".into(), key(entry.side));
    object.insert("longest".into(), key(entry.longest));
    object.insert(
        "worst_pain".into(),
        entry.worst_pain.map_or(Value::Null, Value::from),
    );
    object.insert("sleep_lost".into(), key(entry.sleep_lost));
    object.insert("helped".into(), keys(&entry.helped));
    // Schema 2's fields, only when recorded (see the module doc).
    if !entry.warning_signs.is_empty() {
        object.insert("warning_signs".into(), keys(&entry.warning_signs));
    }
    if entry.stretched {
        object.insert("stretched".into(), Value::Bool(true));
    }
    object.insert("note".into(), Value::from(entry.note.as_str()));
    Value::Object(object)
}

/// A whole diary as JSON; `exported` is set for export files and left out for storage.
pub(crate) fn diary_to_json<'a>(
    entries: impl Iterator<Item = &'a DiaryEntry>,
    exported: Option<Date>,
) -> Value {
    backup_to_json(entries, exported, &TrialAndMedicines::default())
}

/// A whole backup as JSON: the diary, and the trial and medicines when there are any.
pub(crate) fn backup_to_json<'a>(
    entries: impl Iterator<Item = &'a DiaryEntry>,
    exported: Option<Date>,
    changes: &TrialAndMedicines,
) -> Value {
    let mut object = Map::new();
    if let Some(experiment) = &changes.experiment {
        object.insert("experiment".into(), experiment_to_json(experiment));
    }
    if !changes.medicines.is_empty() {
        object.insert("medicines".into(), medicines_to_json(&changes.medicines));
    }
    object.insert("app".into(), Value::from(APP_MARKER));
    object.insert("schema".into(), Value::from(SCHEMA_VERSION));
    if let Some(date) = exported {
        object.insert("exported".into(), Value::from(date.to_string()));
    }
    object.insert(
        "entries".into(),
        Value::Array(entries.map(entry_to_json).collect()),
    );
    Value::Object(object)
}

/// An entry read from a file: its id is optional (a hand-made file may leave it out) and is
/// only a wish: the diary gives a fresh one if it is taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ReadEntry {
    pub id: Option<EntryId>,
    /// `entry.id` is a placeholder (0) until the diary assigns one.
    pub entry: DiaryEntry,
}

/// A file that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ReadDiary {
    pub exported: Option<Date>,
    pub entries: Vec<ReadEntry>,
    /// The trial and medicines (schema 2), checked.
    pub changes: TrialAndMedicines,
}

/// How strict to be.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    /// Refuse files with more entries than this.
    pub max_entries: Option<usize>,
    /// Refuse nights after this day (imports); `None` for stored data.
    pub today: Option<Date>,
}

/// Reads and checks a whole diary file. Either every entry is good, or the first problem is
/// returned and nothing is.
pub(crate) fn read_diary(text: &str, limits: Limits) -> Result<ReadDiary, ImportError> {
    let text = usable_text(text)?;
    let value: Value = serde_json::from_str(text).map_err(json_error)?;
    let (exported, list, changes) = read_top(value, limits.today)?;
    if let Some(max) = limits.max_entries {
        if list.len() > max {
            return Err(ImportError::TooManyEntries { count: list.len() });
        }
    }
    let mut entries = EntriesRead::new(limits, list.len());
    for value in &list {
        entries.add(value)?;
    }
    let mut read = entries.finish(exported);
    read.changes = changes;
    Ok(read)
}

/// The file's text without a byte-order mark, refused early if it is empty or our CSV export.
pub(crate) fn usable_text(text: &str) -> Result<&str, ImportError> {
    // Some Windows editors add a byte-order mark, which JSON parsers reject.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if looks_like_our_csv(text) {
        return Err(ImportError::LooksLikeCsv);
    }
    Ok(text)
}

/// Checks the file's envelope (app marker, schema) and hands back its export date, the
/// entries, still as JSON, and the trial and medicines, checked (`today` as for entries).
pub(crate) fn read_top(
    value: Value,
    today: Option<Date>,
) -> Result<(Option<Date>, Vec<Value>, TrialAndMedicines), ImportError> {
    let Value::Object(mut top) = value else {
        return Err(ImportError::NotADiary);
    };
    match top.get("app") {
        None => return Err(ImportError::NotADiary),
        Some(Value::String(app)) if app == APP_MARKER => {}
        Some(other) => {
            return Err(ImportError::WrongApp {
                found: short_text(other),
            })
        }
    }
    match top.get("schema") {
        None | Some(Value::Null) => return Err(ImportError::MissingSchema),
        Some(schema)
            if schema
                .as_u64()
                .is_some_and(|v| (FIRST_SCHEMA_VERSION..=SCHEMA_VERSION).contains(&v)) => {}
        Some(other) => {
            let newer = match other {
                Value::Number(n) => n.as_f64().is_some_and(|n| n > SCHEMA_VERSION as f64),
                _ => false,
            };
            return Err(ImportError::UnsupportedSchema {
                found: short_text(other),
                newer,
            });
        }
    }
    // Only shown in the preview, so an odd value is ignored rather than refused.
    let exported = top
        .get("exported")
        .and_then(Value::as_str)
        .and_then(|s| Date::parse(s).ok());
    let changes = read_changes(&top, today)?;
    // Taken rather than removed: `Map::remove` links a B-tree's rebalancing code (3 KB of wasm).
    match top.get_mut("entries").map(Value::take) {
        Some(Value::Array(list)) => Ok((exported, list, changes)),
        None => Err(ImportError::MissingEntries { found: None }),
        Some(other) => Err(ImportError::MissingEntries {
            found: Some(kind(&other)),
        }),
    }
}

/// The top-level trial and medicines of a schema 2 file (a schema 1 file has neither: any such
/// field in one is ignored, as unknown top-level fields always were).
fn read_changes(
    top: &Map<String, Value>,
    today: Option<Date>,
) -> Result<TrialAndMedicines, ImportError> {
    let mut changes = TrialAndMedicines::default();
    if top.get("schema").and_then(Value::as_u64) == Some(FIRST_SCHEMA_VERSION) {
        return Ok(changes);
    }
    match top.get("experiment") {
        None | Some(Value::Null) => {}
        Some(value) => {
            changes.experiment = Some(read_experiment(value, today).map_err(|problem| {
                ImportError::BadExperiment {
                    field: problem.field,
                    message: problem.message,
                }
            })?)
        }
    }
    match top.get("medicines") {
        None | Some(Value::Null) => {}
        Some(value) => {
            changes.medicines =
                read_medicines(value, today).map_err(|problem| ImportError::BadMedicines {
                    number: problem.number,
                    field: problem.field,
                    message: problem.message,
                })?
        }
    }
    Ok(changes)
}

/// The entries read so far, in file order, and the nights they cover (one entry per night).
pub(crate) struct EntriesRead {
    today: Option<Date>,
    entries: Vec<ReadEntry>,
    nights: BTreeMap<Date, usize>,
}

impl EntriesRead {
    pub(crate) fn new(limits: Limits, expected: usize) -> EntriesRead {
        EntriesRead {
            today: limits.today,
            entries: Vec::with_capacity(expected),
            nights: BTreeMap::new(),
        }
    }

    /// Reads the next entry, or names its problem by its number in the file.
    pub(crate) fn add(&mut self, value: &Value) -> Result<(), ImportError> {
        let number = self.entries.len() + 1;
        let read = read_entry(value, self.today).map_err(|problem| ImportError::BadEntry {
            number,
            night: problem.night,
            field: problem.field,
            message: problem.message,
        })?;
        if let Some(first) = self.nights.insert(read.entry.night_of, number) {
            return Err(ImportError::DuplicateNight {
                first,
                second: number,
                night: read.entry.night_of,
            });
        }
        self.entries.push(read);
        Ok(())
    }

    pub(crate) fn finish(self, exported: Option<Date>) -> ReadDiary {
        ReadDiary {
            exported,
            entries: self.entries,
            changes: TrialAndMedicines::default(),
        }
    }
}

fn json_error(error: serde_json::Error) -> ImportError {
    use serde_json::error::Category;
    match error.classify() {
        Category::Eof => ImportError::CutShort,
        // serde_json reports its nesting limit (128) as a syntax error with this wording.
        _ if error.to_string().starts_with("recursion limit exceeded") => ImportError::TooDeep,
        _ => ImportError::NotJson {
            line: error.line(),
            column: error.column(),
        },
    }
}

/// Someone picked the CSV export by mistake: say so instead of "not JSON at line 1".
fn looks_like_our_csv(text: &str) -> bool {
    text.trim_start().starts_with(super::export::CSV_HEADER[0])
}

/// Re-exported for the field label in messages.
pub(crate) fn field_label(key: &str) -> String {
    match key {
        "id" => "id".to_string(),
        key => Field::from_key(key).map_or_else(|| shorten(key), |field| field.label().to_string()),
    }
}

#[cfg(test)]
pub(crate) mod tests;
