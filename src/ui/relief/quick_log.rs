//! The seam between relief mode and the diary: one tap records "cramp tonight: this muscle,
//! about this long".
//!
//! The diary (`crate::diary`) keeps one full entry per night (count, pain, sleep lost, ...), so
//! turning a quick log into an entry, or adding it to tonight's existing entry, is a diary
//! decision that belongs in `crate::diary` (`diary::quick::log_in_store`), which writes only
//! that night through `platform::diary_store`.

use crate::content::relief::MuscleId;
use crate::diary::{quick, Muscle};
use crate::platform::diary_store::{device_storage, new_stamp, today, utc_offset_minutes};

thread_local! {
    /// When the first hold on this page started (page clock, ms): the timer and the log button
    /// are separate islands, and only the tap reads it.
    static FIRST_HOLD_STARTED: std::cell::Cell<Option<u64>> = const { std::cell::Cell::new(None) };
}

/// Called by the hold timer at every start; only the first one counts.
pub fn note_hold_started(now_ms: u64) {
    FIRST_HOLD_STARTED.with(|first| {
        if first.get().is_none() {
            first.set(Some(now_ms));
        }
    });
}

/// When the first hold on this page started, if the timer was used.
pub fn first_hold_started() -> Option<u64> {
    FIRST_HOLD_STARTED.with(std::cell::Cell::get)
}

/// What relief mode knows when the cramp has eased.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuickLog {
    /// The muscle the person picked.
    pub muscle: MuscleId,
    /// About how long the cramp lasted, in seconds: from the first timer start to the tap.
    /// None when the timer was never started.
    pub about_seconds: Option<u32>,
    /// The page's clock (ms since 1970) at the tap; the diary decides which night it belongs to.
    pub at_ms: u64,
}

/// Why a quick log was not saved, in words for the person.
pub type NotSaved = String;

/// Records a quick log in the diary on this device: the night's entry is created, or the cramp
/// is added to it (`diary::quick::log_in_store`). Only that night is read and written, so this
/// is quick whatever the diary's size.
pub fn record_quick_log(log: &QuickLog) -> Result<(), NotSaved> {
    let mut storage = device_storage()?;
    let at_ms = i64::try_from(log.at_ms).unwrap_or(i64::MAX);
    let night = quick::night_of_moment(at_ms, utc_offset_minutes());
    let muscle = diary_muscle(log.muscle);
    quick::log_in_store(
        &mut storage,
        night,
        muscle,
        log.about_seconds,
        today(),
        new_stamp(),
    )
    .map(|_| ())
}

/// Relief mode's muscles are the diary's first four.
fn diary_muscle(muscle: MuscleId) -> Muscle {
    match muscle {
        MuscleId::Calf => Muscle::Calf,
        MuscleId::Foot => Muscle::Foot,
        MuscleId::BackOfThigh => Muscle::BackOfThigh,
        MuscleId::FrontOfThigh => Muscle::FrontOfThigh,
    }
}
