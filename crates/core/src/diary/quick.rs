//! One-tap logging from relief mode ("a cramp tonight, in this muscle, about this long") and
//! from the stretch player ("stretched tonight"), without a form. Each creates the night's entry
//! or changes the one already there, so the one-entry-per-night rule holds and nothing typed
//! earlier is lost.

use super::date::Date;
use super::diary::{Diary, DiaryError};
use super::entry::{DiaryEntry, EntryId, Longest, Muscle};
use super::night_store::{self, Migration, SaveError, Storage};
use super::validate::{check_entry, MAX_CRAMPS};

/// Until this local hour, a moment belongs to the night before: a cramp at 3 a.m. on the 15th
/// is logged for the night of the 14th. Noon, because people log in the morning too.
pub const NIGHT_ENDS_AT_HOUR: i64 = 12;

/// Which night a moment belongs to. `unix_ms` is `Date.now()`; `utc_offset_minutes` is the
/// device's offset from UTC, east positive (`-getTimezoneOffset()` in JavaScript).
pub fn night_of_moment(unix_ms: i64, utc_offset_minutes: i32) -> Date {
    let local_ms = unix_ms.saturating_add(i64::from(utc_offset_minutes).saturating_mul(60_000));
    let hour = local_ms.rem_euclid(86_400_000) / 3_600_000;
    let day = Date::from_unix_ms(unix_ms, utc_offset_minutes);
    if hour < NIGHT_ENDS_AT_HOUR {
        day.add_days(-1)
    } else {
        day
    }
}

/// What a quick log did, for the confirmation ("Added to last night: 2 cramps so far").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuickLogged {
    pub id: EntryId,
    /// True when the night had no entry and one was made.
    pub created: bool,
    /// The night's cramp count now.
    pub cramps: u16,
}

/// Adds one cramp to `night`: a new entry (pain left unrecorded, to fill in later) or the
/// existing one with the count raised by one (up to the limit), the muscle added and the
/// longest band widened if this cramp lasted longer.
pub fn log_cramp(
    diary: &mut Diary,
    night: Date,
    muscle: Muscle,
    lasted_seconds: Option<u32>,
    today: Date,
) -> Result<QuickLogged, DiaryError> {
    let longest = lasted_seconds.map(Longest::from_seconds);
    let (entry, created) = match diary.entry_for_night(night) {
        Some(existing) => {
            let mut entry = existing.clone();
            if entry.cramps == 0 {
                // A 0 pain score on a cramp-free night meant "no cramps", not "a painless cramp".
                entry.worst_pain = None;
            }
            entry.cramps = entry.cramps.saturating_add(1).min(MAX_CRAMPS);
            entry.muscles.insert(muscle);
            entry.longest = entry.longest.max(longest);
            (entry, false)
        }
        None => (
            DiaryEntry {
                cramps: 1,
                muscles: [muscle].into(),
                longest,
                ..empty_night(diary, night)
            },
            true,
        ),
    };
    let errors = check_entry(&entry, Some(today));
    if !errors.is_empty() {
        return Err(DiaryError::Invalid(errors));
    }
    if created {
        diary.take_id();
    }
    let logged = QuickLogged {
        id: entry.id,
        created,
        cramps: entry.cramps,
    };
    diary.insert(entry);
    Ok(logged)
}

/// Logs one cramp straight into per-night storage ([`night_store`]): moves an old single-value
/// diary over first (so its entry for the night is added to, not hidden), reads only that night,
/// adds the cramp and saves the night alone. The message says why nothing was saved.
pub fn log_in_store(
    storage: &mut impl Storage,
    night: Date,
    muscle: Muscle,
    lasted_seconds: Option<u32>,
    today: Date,
    stamp: u64,
) -> Result<QuickLogged, String> {
    change_night_in_store(storage, night, stamp, "the cramp was not added", |diary| {
        log_cramp(diary, night, muscle, lasted_seconds, today)
    })
}

/// Relief mode's one-tap button for a muscle (its name in lower case): what it offers, and once
/// tapped, what it did.
pub fn log_button_words(muscle: &str, logged: bool) -> String {
    if logged {
        format!("Logged: {muscle} cramp tonight")
    } else {
        format!("Log it: {muscle} cramp tonight")
    }
}

/// What relief mode says once the cramp is in the diary, before the link that opens it.
pub const LOGGED: &str = "Saved in your diary. ";

/// The words of the link to the diary after a one-tap log.
pub const OPEN_THE_DIARY: &str = "Open the diary";

/// What marking "stretched tonight" did, for the player's confirmation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StretchedMarked {
    /// The night marked.
    pub night: Date,
    /// True when the night had no entry and one was made (as a night without cramps so far).
    pub created: bool,
    /// True when the night's entry already said so; nothing was written.
    pub already: bool,
}

impl StretchedMarked {
    /// The confirmation the player shows.
    pub fn message(&self) -> String {
        let night = self.night.long_label();
        if self.already {
            format!("Your diary already says you stretched on the night of {night}.")
        } else if self.created {
            format!("Saved in your diary: stretched on the night of {night}. It is saved as a night without cramps so far: if cramps wake you, add them to this night.")
        } else {
            format!("Saved in your diary: stretched on the night of {night}.")
        }
    }
}

/// Marks `night` as a night the bedtime stretches were done: a new entry (0 cramps so far,
/// nothing else recorded) or the existing one with `stretched` set, everything else kept.
pub fn mark_stretched(
    diary: &mut Diary,
    night: Date,
    today: Date,
) -> Result<StretchedMarked, DiaryError> {
    let (entry, created) = match diary.entry_for_night(night) {
        Some(existing) if existing.stretched => {
            return Ok(StretchedMarked {
                night,
                created: false,
                already: true,
            })
        }
        Some(existing) => (
            DiaryEntry {
                stretched: true,
                ..existing.clone()
            },
            false,
        ),
        None => (
            DiaryEntry {
                stretched: true,
                ..empty_night(diary, night)
            },
            true,
        ),
    };
    let errors = check_entry(&entry, Some(today));
    if !errors.is_empty() {
        return Err(DiaryError::Invalid(errors));
    }
    if created {
        diary.take_id();
    }
    diary.insert(entry);
    Ok(StretchedMarked {
        night,
        created,
        already: false,
    })
}

/// Marks "stretched tonight" straight into per-night storage, as [`log_in_store`] logs a cramp:
/// only that night is read and written; a conflict is tried once more, then explained; a full
/// quota or an unreadable night changes nothing and says so.
pub fn mark_stretched_in_store(
    storage: &mut impl Storage,
    night: Date,
    today: Date,
    stamp: u64,
) -> Result<StretchedMarked, String> {
    change_night_in_store(storage, night, stamp, "it was not marked", |diary| {
        mark_stretched(diary, night, today)
    })
}

/// Changes one stored night with `change` (given a diary holding only that night): migrates an
/// old single-value diary first, reads the night, changes it and saves it if its stored version
/// is still the one read, trying once more if another window saved it in between. `not_done`
/// ends the message when two windows save at once ("… so the cramp was not added").
fn change_night_in_store<T>(
    storage: &mut impl Storage,
    night: Date,
    stamp: u64,
    not_done: &str,
    mut change: impl FnMut(&mut Diary) -> Result<T, DiaryError>,
) -> Result<T, String> {
    if let Migration::Failed { message } = night_store::migrate(storage, stamp) {
        return Err(message);
    }
    // A second try covers another tab saving the same night between the read and the write.
    let mut tries = 2;
    loop {
        tries -= 1;
        let key = night_store::night_key(night);
        let (mut diary, seen) = match storage.get(&key) {
            None => (Diary::new(), None),
            Some(raw) => {
                let record = night_store::decode(&raw).map_err(|_| UNREADABLE_NIGHT.to_string())?;
                let diary = Diary::from_entries(vec![record.entry]).map_err(|e| e.message())?;
                (diary, Some(record.stamp))
            }
        };
        let before = diary.entry_for_night(night).cloned();
        let done = change(&mut diary).map_err(|e| e.message())?;
        let Some(entry) = diary.entry_for_night(night) else {
            return Err(UNREADABLE_NIGHT.into());
        };
        if before.as_ref() == Some(entry) {
            // Nothing changed ("already marked"): nothing to write.
            return Ok(done);
        }
        match night_store::save_night(storage, entry, seen, stamp) {
            Ok(_) => return Ok(done),
            Err(SaveError::Conflict(_)) if tries > 0 => continue,
            Err(SaveError::Write(error)) => return Err(error.message()),
            Err(SaveError::Unreadable(_)) => return Err(UNREADABLE_NIGHT.into()),
            Err(SaveError::Conflict(_)) => {
                return Err(format!("Another window was saving this night at the same moment, so {not_done}. Please tap again."))
            }
        }
    }
}

/// Why a quick log leaves a night alone whose saved entry cannot be read.
const UNREADABLE_NIGHT: &str = "The saved entry for this night could not be read, so nothing was changed. Open the diary page to download a copy.";

/// A new entry for `night` with nothing recorded yet, under the diary's next id.
fn empty_night(diary: &Diary, night: Date) -> DiaryEntry {
    DiaryEntry {
        id: diary.next_id(),
        night_of: night,
        cramps: 0,
        muscles: Default::default(),
        side: None,
        longest: None,
        worst_pain: None,
        sleep_lost: None,
        helped: Default::default(),
        warning_signs: Default::default(),
        stretched: false,
        note: String::new(),
    }
}
