//! The diary stored one night per key, so a save writes only the night it changes.
//!
//! Pure: the key-value storage is the [`Storage`] trait (localStorage in the browser,
//! [`MemoryStorage`] in tests). Each night is a record `{"stamp": n, "entry": {...}}` under
//! `night-cramps.night.YYYY-MM-DD`; the entry has the same fields as in a backup file. The stamp
//! names one version of that night: a form remembers the stamp it opened with, and a save or
//! delete is refused as a [`Conflict`] when storage holds another version (another tab changed or
//! deleted the night since), so nothing is overwritten unseen. The caller passes new stamps in
//! (time and a per-tab random part), so nothing here reads a clock.
//!
//! [`migrate`] moves a diary stored as one value (`night-cramps.diary`, [`super::saved`] format)
//! to per-night records, reads them back and compares before removing the old value; any failure
//! leaves the old value where it was.

use std::collections::BTreeMap;

use serde_json::Value;

use super::date::Date;
use super::diary::{Diary, MAX_ID};
use super::entry::{DiaryEntry, EntryId};
use super::format::{entry_to_json, read_stored_entry};

mod migrate;
mod reading;

pub use migrate::{migrate, Migration};
pub use reading::{load_all, Reading, Stamps, Stored, Unreadable};

/// Every night's key starts with this.
pub const NIGHT_PREFIX: &str = "night-cramps.night.";
/// The key of a diary stored as one value.
pub const SINGLE_VALUE_KEY: &str = "night-cramps.diary";

/// Why a write did not happen. The earlier value under that key is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// The storage quota is used up.
    Full,
    /// Anything else (storage switched off, a browser error).
    Other(String),
}

impl WriteError {
    pub fn message(&self) -> String {
        match self {
            WriteError::Full => "This device's storage for Night Cramps is full, so the change was not saved. Nothing already saved was lost. Export your diary to keep a copy, then free some space.".into(),
            WriteError::Other(reason) => format!("Saving failed ({reason}). Nothing already saved was changed."),
        }
    }
}

/// String key-value storage where one `set` either replaces the value or leaves it as it was.
pub trait Storage {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError>;
    fn remove(&mut self, key: &str);
    /// Every key present, in any order.
    fn keys(&self) -> Vec<String>;
}

/// In-memory [`Storage`] with an optional quota in bytes of keys and values, like a browser's.
#[derive(Clone, Debug, Default)]
pub struct MemoryStorage {
    pub values: BTreeMap<String, String>,
    pub quota: Option<usize>,
}

impl Storage for MemoryStorage {
    fn get(&self, key: &str) -> Option<String> {
        self.values.get(key).cloned()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
        if let Some(quota) = self.quota {
            let others: usize = (self.values.iter())
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if others + key.len() + value.len() > quota {
                return Err(WriteError::Full);
            }
        }
        self.values.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        self.values.remove(key);
    }

    fn keys(&self) -> Vec<String> {
        self.values.keys().cloned().collect()
    }
}

/// The key of one night.
pub fn night_key(night: Date) -> String {
    format!("{NIGHT_PREFIX}{night}")
}

/// The night a key belongs to, if it is a night's key.
pub fn night_of_key(key: &str) -> Option<Date> {
    Date::parse(key.strip_prefix(NIGHT_PREFIX)?).ok()
}

/// One stored night: the version stamp and the entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub stamp: u64,
    pub entry: DiaryEntry,
}

/// The stored text of a record: `{"entry": …, "stamp": n}`, compact.
pub fn encode(record: &Record) -> String {
    let mut object = serde_json::Map::new();
    object.insert("entry".into(), entry_to_json(&record.entry));
    object.insert("stamp".into(), Value::from(record.stamp));
    Value::Object(object).to_string()
}

/// Reads a record's text; the message says what is wrong with it.
pub fn decode(text: &str) -> Result<Record, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| format!("not readable: {e}"))?;
    let stamp = (value.get("stamp").and_then(Value::as_u64))
        .ok_or_else(|| "it has no version stamp".to_string())?;
    let read = read_stored_entry(value.get("entry").unwrap_or(&Value::Null))?;
    let mut entry = read.entry;
    entry.id = read.id.unwrap_or(EntryId(0));
    Ok(Record { stamp, entry })
}

/// Storage holds another version of the night than the one the form opened with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The version in storage now; `None` when another tab deleted the night.
    pub theirs: Option<Record>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Boxed: it holds a whole entry, and every `Result` of a save carries this error's size.
    Conflict(Box<Conflict>),
    /// The night's stored value cannot be read; it is left as it is.
    Unreadable(String),
    Write(WriteError),
}

/// The version of `night` in storage now: `Ok(None)` when there is none.
fn current(storage: &impl Storage, night: Date) -> Result<Option<Record>, SaveError> {
    match storage.get(&night_key(night)) {
        None => Ok(None),
        Some(raw) => decode(&raw).map(Some).map_err(SaveError::Unreadable),
    }
}

fn check_seen(stored: Option<Record>, seen: Option<u64>) -> Result<(), SaveError> {
    if stored.as_ref().map(|r| r.stamp) == seen {
        Ok(())
    } else {
        Err(SaveError::Conflict(Box::new(Conflict { theirs: stored })))
    }
}

/// Saves one night if storage still holds the version the form saw (`seen`: its stamp, `None`
/// for a night that had no entry). To save over a conflict the person has looked at, call again
/// with `seen` set to the conflicting version's stamp (`None` if it was deleted).
pub fn save_night(
    storage: &mut impl Storage,
    entry: &DiaryEntry,
    seen: Option<u64>,
    stamp: u64,
) -> Result<u64, SaveError> {
    check_seen(current(storage, entry.night_of)?, seen)?;
    let record = Record {
        stamp,
        entry: entry.clone(),
    };
    (storage.set(&night_key(entry.night_of), &encode(&record))).map_err(SaveError::Write)?;
    Ok(stamp)
}

/// Deletes one night if storage still holds the version the page saw.
pub fn delete_night(
    storage: &mut impl Storage,
    night: Date,
    seen: Option<u64>,
) -> Result<(), SaveError> {
    check_seen(current(storage, night)?, seen)?;
    storage.remove(&night_key(night));
    Ok(())
}

/// A new version stamp: the time of the change (ms since 1970) and a random part from the tab,
/// so two tabs saving in the same millisecond still differ. Stays below 2^53, as ids do.
pub fn new_stamp(now_ms: u64, random: u16) -> u64 {
    (now_ms.min(STAMP_MS_MAX) << STAMP_RANDOM_BITS) | u64::from(random & STAMP_RANDOM_MASK)
}

/// When a version was saved (ms since 1970), read from its stamp.
pub fn stamp_time_ms(stamp: u64) -> u64 {
    stamp >> STAMP_RANDOM_BITS
}

const STAMP_RANDOM_BITS: u32 = 10;
const STAMP_RANDOM_MASK: u16 = (1 << STAMP_RANDOM_BITS) - 1;
const STAMP_MS_MAX: u64 = MAX_ID >> STAMP_RANDOM_BITS;

/// Saves several nights (an import) all or nothing: each must still hold the version `seen`
/// gives it (none if absent); on any refusal or failed write, every night written so far is put
/// back as it was. Returns each saved night's new stamp.
pub fn save_many(
    storage: &mut impl Storage,
    entries: &[DiaryEntry],
    seen: &Stamps,
    stamp: u64,
) -> Result<Stamps, SaveError> {
    let mut before: Vec<(String, Option<String>)> = Vec::new();
    let mut saved = Stamps::default();
    for entry in entries {
        let key = night_key(entry.night_of);
        let was = storage.get(&key);
        let outcome = save_night(storage, entry, seen.get(&entry.night_of).copied(), stamp);
        match outcome {
            Ok(stamp) => {
                before.push((key, was));
                saved.insert(entry.night_of, stamp);
            }
            Err(error) => {
                // New nights are removed first: that frees the room putting the others back
                // may need.
                before.sort_by_key(|(_, was)| was.is_some());
                for (key, was) in before {
                    match was {
                        None => storage.remove(&key),
                        Some(raw) => {
                            let _ = storage.set(&key, &raw);
                        }
                    }
                }
                return Err(error);
            }
        }
    }
    Ok(saved)
}

/// Removes every night's key and the single value; other keys stay.
pub fn erase_all(storage: &mut impl Storage) {
    for key in storage.keys() {
        if key == SINGLE_VALUE_KEY || night_of_key(&key).is_some() {
            storage.remove(&key);
        }
    }
}
