//! The diary as the previous version stored it, as one value (`night-cramps.diary`): the same
//! JSON format as an export (without the export date), read by [`load`] for the move to
//! per-night storage (`night_store::migrate`) and written by [`save`]. Pure.
//!
//! Stored data that cannot be read is never thrown away. [`load`] hands back the raw text with
//! [`Loaded::Unreadable`]; the migration then leaves it where it is and tells the person.

use std::collections::BTreeSet;

use super::diary::{free_id, Diary};
use super::entry::{DiaryEntry, EntryId};
use super::format::{diary_to_json, read_diary, Limits, ReadDiary};
use super::import::ImportError;

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
    let Some(raw) = raw.filter(|raw| !raw.trim().is_empty()) else {
        return Loaded::Empty;
    };
    finish(raw.to_string(), read_diary(raw, STORED))
}

/// Stored data has no size or entry-count limit and may hold future nights (see [`load`]).
const STORED: Limits = Limits {
    max_entries: None,
    today: None,
};

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

/// A whole diary as one stored value (`night-cramps.diary`, the form `night_store::migrate`
/// reads), compact, without the undo slot. Tests use it to put such a value on the device.
pub fn save(diary: &Diary) -> String {
    diary_to_json(diary.iter(), None).to_string()
}

#[cfg(test)]
mod tests {
    //! The stored text is exactly what the format writes for the same diary, and reads back as
    //! the same diary.

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
                    // The long-cramp sign needs a cramp (`check_entry`): dark pee is enough here.
                    warning_signs: if i % 5 == 2 {
                        [crate::diary::WarningSign::DarkPee].into()
                    } else {
                        BTreeSet::new()
                    },
                    stretched: i % 2 == 0,
                    note: NOTES[i as usize % NOTES.len()].to_string(),
                }
            })
            .collect();
        Diary::from_entries(entries).unwrap()
    }

    #[test]
    fn the_stored_text_is_the_format_and_reads_back() {
        for nights in [0, 1, 2, 7, 20, 21, 101] {
            let diary = diary(nights);
            let at_once = diary_to_json(diary.iter(), None).to_string();
            assert_eq!(save(&diary), at_once, "{nights} nights");
            assert_eq!(
                load(Some(&at_once)),
                Loaded::Ok(diary),
                "{nights} nights read back"
            );
        }
    }
}
