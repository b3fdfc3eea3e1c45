//! The diary as stored on the device: the same JSON format as an export (without the export
//! date), written by [`save`] and read by [`load`]. Pure: the browser wrapper (`store.rs`) does
//! the actual reading and writing.
//!
//! Stored data that cannot be read is never thrown away. [`load`] hands back the raw text with
//! [`Loaded::Unreadable`]; the caller must copy it aside (another key, a download) *before* saving
//! anything over it, tell the person, and carry on with an empty diary.

use std::collections::BTreeSet;

use super::diary::{free_id, Diary};
use super::entry::{DiaryEntry, EntryId};
use super::format::{diary_to_json, read_diary, Limits};

/// What was found in storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded {
    /// Nothing saved yet (or an empty value).
    Empty,
    Ok(Diary),
    /// Something is saved but can't be read. `raw` is exactly what was stored; `reason` says why,
    /// in plain English, for the recovery message.
    Unreadable {
        raw: String,
        reason: String,
    },
}

/// Reads the stored value. Never fails and never loses the stored text.
///
/// Unlike an import, there is no size or entry-count limit (it is the person's own data) and
/// nights after today are accepted (the device clock may have been changed since they were saved).
pub fn load(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else { return Loaded::Empty };
    if raw.trim().is_empty() {
        return Loaded::Empty;
    }
    let unreadable = |reason: String| Loaded::Unreadable {
        raw: raw.to_string(),
        reason,
    };
    let read = match read_diary(
        raw,
        Limits {
            max_entries: None,
            today: None,
        },
    ) {
        Ok(read) => read,
        Err(error) => return unreadable(error.describe("saved diary")),
    };

    // Keep stored ids; give fresh ones to any missing or repeated (ids are internal, so this
    // loses nothing a person entered).
    let mut used = BTreeSet::new();
    let mut entries = Vec::with_capacity(read.entries.len());
    let mut needs_id = Vec::new();
    for item in read.entries {
        match item.id {
            Some(id) if used.insert(id) => entries.push(DiaryEntry { id, ..item.entry }),
            _ => needs_id.push(item.entry),
        }
    }
    let mut next = used
        .iter()
        .next_back()
        .map_or(1, |id: &EntryId| id.0.saturating_add(1));
    for entry in needs_id {
        let id = free_id(&used, &mut next);
        used.insert(id);
        entries.push(DiaryEntry { id, ..entry });
    }

    match Diary::from_entries(entries) {
        Ok(diary) => Loaded::Ok(diary),
        Err(error) => unreadable(error.message()),
    }
}

/// The text to store. Compact (storage space is limited); the undo slot is not saved.
pub fn save(diary: &Diary) -> String {
    diary_to_json(diary.entries().iter(), None).to_string()
}
