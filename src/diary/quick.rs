//! One-tap logging from relief mode: "a cramp tonight, in this muscle, about this long",
//! without a form. It creates the night's entry or adds to the one already there, so the
//! one-entry-per-night rule holds and nothing typed earlier is lost.

use super::date::Date;
use super::diary::{Diary, DiaryError};
use super::entry::{DiaryEntry, EntryId, Longest, Muscle};
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
                id: diary.next_id(),
                night_of: night,
                cramps: 1,
                muscles: [muscle].into(),
                side: None,
                longest,
                worst_pain: None,
                sleep_lost: None,
                helped: Default::default(),
                note: String::new(),
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
