//! One-tap logging from relief mode: "a cramp tonight, in this muscle, about this long",
//! without a form. It creates the night's entry or adds to the one already there, so the
//! one-entry-per-night rule holds and nothing typed earlier is lost.

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
        let logged =
            log_cramp(&mut diary, night, muscle, lasted_seconds, today).map_err(|e| e.message())?;
        let Some(entry) = diary.entry_for_night(night) else {
            return Err(DiaryError::NoSuchEntry(logged.id).message());
        };
        match night_store::save_night(storage, entry, seen, stamp) {
            Ok(_) => return Ok(logged),
            Err(SaveError::Conflict(_)) if tries > 0 => continue,
            Err(SaveError::Write(error)) => return Err(error.message()),
            Err(SaveError::Unreadable(_)) => return Err(UNREADABLE_NIGHT.into()),
            Err(SaveError::Conflict(_)) => {
                return Err("Another window was saving this night at the same moment, so the cramp was not added. Please tap again.".into())
            }
        }
    }
}

/// Why a quick log leaves a night alone whose saved entry cannot be read.
const UNREADABLE_NIGHT: &str = "The saved entry for this night could not be read, so nothing was added to it. Open the diary page to download a copy.";
