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
use super::format::{write_entry, write_stored_head, write_stored_tail, Limits, ReadDiary};
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
    let mut saving = Saving::start(diary);
    loop {
        match saving.next(diary, usize::MAX) {
            SaveStep::More(more) => saving = more,
            SaveStep::Done(text) => return text,
        }
    }
}

/// The text to store part-way through being written, a few entries at a time (for the same
/// reason as [`Opening`]). Ends with exactly what [`save`] returns, which writes it the same way
/// in one go. The diary must not change between steps: each step writes the next entries of the
/// one it is given.
pub struct Saving {
    /// Written so far: the file up to its entries, then whole entries.
    text: String,
    /// How many entries are in `text`.
    written: usize,
}

/// Where writing the stored diary has got to.
pub enum SaveStep {
    More(Saving),
    /// The text to store.
    Done(String),
}

impl Saving {
    /// Starts the text: the envelope up to the first entry.
    pub fn start(diary: &Diary) -> Saving {
        let mut text = String::with_capacity(diary.len() * ENTRY_BYTES + 64);
        write_stored_head(&mut text);
        Saving { text, written: 0 }
    }

    /// Writes up to `entries` more entries of `diary`; the last step closes the text.
    pub fn next(mut self, diary: &Diary, entries: usize) -> SaveStep {
        let all = diary.entries();
        let end = all.len().min(self.written.saturating_add(entries));
        for entry in all.get(self.written..end).unwrap_or_default() {
            if self.written > 0 {
                self.text.push(',');
            }
            write_entry(entry, &mut self.text);
            self.written += 1;
        }
        if self.written < all.len() {
            return SaveStep::More(self);
        }
        write_stored_tail(&mut self.text);
        SaveStep::Done(self.text)
    }
}

/// About how long one stored entry is (a ten-year diary is about 1.1 MB for 3,650 entries).
const ENTRY_BYTES: usize = 300;

#[cfg(test)]
mod tests {
    //! Writing in steps must give exactly the text the format writes in one go, for any diary
    //! and any step size, and read back as the same diary.

    use std::collections::BTreeSet;

    use super::*;
    use crate::diary::entry::{Longest, Muscle, Relief, Side, SleepLost};
    use crate::diary::format::diary_to_json;
    use crate::diary::format::tests::{one, some};
    use crate::diary::Date;

    /// A diary of `nights` entries with every kind of field, and notes full of characters
    /// that JSON escapes.
    fn diary(nights: u64) -> Diary {
        const NOTES: [&str; 5] = ["", "walked \"far\"", "a\\b\n\tc", "é 夜 ]}", "\u{1}\u{7f}"];
        let first = Date::from_ymd(2015, 1, 1).unwrap();
        let entries = (0..nights)
            .map(|i| {
                let cramps = (i % 4) as u16;
                DiaryEntry {
                    id: EntryId(i * 3 + 1),
                    night_of: first.add_days(i as i64),
                    cramps,
                    muscles: if cramps > 0 {
                        some::<Muscle>(i as usize)
                    } else {
                        BTreeSet::new()
                    },
                    side: if cramps > 0 {
                        one::<Side>(i as usize)
                    } else {
                        None
                    },
                    longest: if cramps > 0 {
                        one::<Longest>((i / 2) as usize)
                    } else {
                        None
                    },
                    worst_pain: (cramps > 0 && i % 3 > 0).then_some((i % 11) as u8),
                    sleep_lost: one::<SleepLost>((i / 3) as usize),
                    helped: some::<Relief>((i / 5) as usize),
                    note: NOTES[i as usize % NOTES.len()].to_string(),
                }
            })
            .collect();
        Diary::from_entries(entries).unwrap()
    }

    fn in_steps(diary: &Diary, size: usize) -> (String, usize) {
        let mut saving = Saving::start(diary);
        let mut steps = 1;
        loop {
            match saving.next(diary, size) {
                SaveStep::More(more) => saving = more,
                SaveStep::Done(text) => return (text, steps),
            }
            steps += 1;
        }
    }

    #[test]
    fn writing_in_steps_gives_the_text_written_at_once() {
        for nights in [0, 1, 2, 7, 20, 21, 101] {
            let diary = diary(nights);
            let at_once = diary_to_json(diary.entries().iter(), None).to_string();
            assert_eq!(save(&diary), at_once, "{nights} nights");
            for size in [1, 2, 20, usize::MAX] {
                let (text, steps) = in_steps(&diary, size);
                assert_eq!(text, at_once, "{nights} nights, {size} a step");
                // A step per `size` entries (and one for an empty diary).
                let expected = (nights as usize)
                    .div_ceil(size.min(nights as usize).max(1))
                    .max(1);
                assert_eq!(steps, expected, "{nights} nights, {size} a step");
            }
            assert_eq!(
                load(Some(&at_once)),
                Loaded::Ok(diary),
                "{nights} nights read back"
            );
        }
    }
}
