//! Moving a diary stored as one value (the previous version's `night-cramps.diary`) to one
//! record per night, checked before the old value goes.

use super::{encode, load_all, night_key, Record, Storage, SINGLE_VALUE_KEY};
use crate::diary::saved::{self, Loaded};

/// What [`migrate`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Migration {
    /// No single value was stored.
    Nothing,
    /// Every night was written and read back; the single value is gone.
    Moved { nights: usize },
    /// The single value is still stored, unchanged; `message` is for the person.
    Failed { message: String },
}

/// Moves a single-value diary to per-night records. A night that already has a record (written
/// by this version, so newer) keeps it. Every night is read back and compared before the single
/// value is removed; on any failure the records written by this run are removed again.
pub fn migrate(storage: &mut impl Storage, stamp: u64) -> Migration {
    let Some(raw) = storage.get(SINGLE_VALUE_KEY) else {
        return Migration::Nothing;
    };
    let diary = match saved::load(Some(&raw)) {
        Loaded::Empty => {
            storage.remove(SINGLE_VALUE_KEY);
            return Migration::Nothing;
        }
        Loaded::Ok(diary) => diary,
        Loaded::Unreadable { reason, .. } => {
            return Migration::Failed {
                message: format!("Your diary could not be moved to the new storage because {reason} It is still saved on this device as it was: download it from the message below and keep the file."),
            }
        }
    };
    let mut written = Vec::new();
    let mut failure = None;
    for entry in diary.entries() {
        let key = night_key(entry.night_of);
        if storage.get(&key).is_some() {
            continue;
        }
        let record = Record {
            stamp,
            entry: (**entry).clone(),
        };
        match storage.set(&key, &encode(&record)) {
            Ok(()) => written.push(key),
            Err(error) => {
                failure = Some(error.message());
                break;
            }
        }
    }
    if failure.is_none() {
        let back = load_all(storage);
        let missing = (diary.entries().iter())
            .filter(|entry| back.diary.entry_for_night(entry.night_of).is_none())
            .count();
        let changed = (diary.entries().iter())
            .filter(|entry| written.contains(&night_key(entry.night_of)))
            .filter(|entry| {
                (back.diary.entry_for_night(entry.night_of)).is_none_or(|b| !b.same_content(entry))
            })
            .count();
        if missing + changed > 0 {
            failure = Some(format!(
                "{} nights did not read back as they were written.",
                missing + changed
            ));
        }
    }
    if let Some(reason) = failure {
        for key in written {
            storage.remove(&key);
        }
        return Migration::Failed {
            message: format!("Your diary could not be moved to the new storage: {reason} It is still saved on this device as it was."),
        };
    }
    storage.remove(SINGLE_VALUE_KEY);
    Migration::Moved {
        nights: diary.len(),
    }
}
