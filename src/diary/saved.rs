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
use super::format::{diary_to_json, Limits, ReadDiary};
use super::import::ImportError;
use super::reading::{Progress, ReadInSteps};

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
    let mut step = open(raw.map(str::to_string));
    loop {
        match step {
            OpenStep::More(opening) => step = opening.next(usize::MAX),
            OpenStep::Done(loaded) => return loaded,
        }
    }
}

/// The stored diary part-way through being read, a few entries at a time, so a big diary does
/// not hold the page in one long task (the diary pages read a slice per task). Ends exactly as
/// [`load`] does, which reads it the same way in one go.
pub struct Opening {
    raw: String,
    reading: ReadInSteps,
}

/// Where opening the stored diary has got to.
pub enum OpenStep {
    More(Opening),
    Done(Loaded),
}

/// Starts reading the stored value; nothing is read until [`Opening::next`].
pub fn open(raw: Option<String>) -> OpenStep {
    let Some(raw) = raw.filter(|raw| !raw.trim().is_empty()) else {
        return OpenStep::Done(Loaded::Empty);
    };
    OpenStep::More(Opening {
        raw,
        reading: ReadInSteps::new(STORED),
    })
}

impl Opening {
    /// The next step: the first finds the entries (one quick pass over the text), each later
    /// one reads up to `entries` of them.
    pub fn next(self, entries: usize) -> OpenStep {
        let progress = self.reading.next(&self.raw, entries);
        step(self.raw, progress)
    }
}

/// Stored data has no size or entry-count limit and may hold future nights (see [`load`]).
const STORED: Limits = Limits {
    max_entries: None,
    today: None,
};

fn step(raw: String, progress: Progress) -> OpenStep {
    match progress {
        Progress::More(reading) => OpenStep::More(Opening { raw, reading }),
        Progress::Done(read) => OpenStep::Done(finish(raw, read)),
    }
}

/// The diary from what was read, or the raw text back with the reason it could not be read.
fn finish(raw: String, read: Result<ReadDiary, ImportError>) -> Loaded {
    let read = match read {
        Ok(read) => read,
        Err(error) => {
            return Loaded::Unreadable {
                raw,
                reason: error.describe("saved diary"),
            }
        }
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
        Err(error) => Loaded::Unreadable {
            raw,
            reason: error.message(),
        },
    }
}

/// The text to store. Compact (storage space is limited); the undo slot is not saved.
pub fn save(diary: &Diary) -> String {
    diary_to_json(diary.entries().iter(), None).to_string()
}
