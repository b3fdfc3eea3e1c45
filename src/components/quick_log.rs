//! The seam between relief mode and the diary: one tap records "cramp tonight: this muscle,
//! about this long".
//!
//! The diary (`crate::diary`) keeps one full entry per night (count, pain, sleep lost, ...), so
//! turning a quick log into an entry, or adding it to tonight's existing entry, is a diary
//! decision that belongs in `crate::diary` (`diary::quick::log_cramp`) and is saved through
//! `crate::store` (via `components::diary_store`, which keeps unreadable data aside first).

use crate::components::diary_store::{load_diary, save_diary, today, utc_offset_minutes};
use crate::content::relief::MuscleId;
use crate::diary::{quick, Muscle};

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

/// Whether [`record_quick_log`] saves into the diary; the one-tap button appears when it does.
pub const QUICK_LOG_READY: bool = true;

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

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuickLogError {
    /// The diary cannot take a quick log yet.
    DiaryNotReady,
    /// Saving failed; the message is for the person.
    NotSaved(String),
}

impl QuickLogError {
    pub fn message(&self) -> String {
        match self {
            QuickLogError::DiaryNotReady => {
                "The diary can't take a quick note yet. You can add this cramp on the diary page."
                    .into()
            }
            QuickLogError::NotSaved(message) => message.clone(),
        }
    }
}

/// Records a quick log in the diary on this device: the night's entry is created, or the cramp
/// is added to it (`diary::quick::log_cramp`), then the diary is saved.
pub fn record_quick_log(log: &QuickLog) -> Result<(), QuickLogError> {
    let loaded = load_diary();
    if let Some(problem) = loaded.problem {
        return Err(QuickLogError::NotSaved(problem.message()));
    }
    if loaded.unreadable.as_ref().is_some_and(|u| !u.kept_aside) {
        // Saving now would overwrite data nobody has been able to rescue yet.
        return Err(QuickLogError::NotSaved(
            "Your saved diary could not be read, so nothing was added to it. Open the diary page to download a copy.".into(),
        ));
    }
    let mut diary = loaded.diary;
    let at_ms = i64::try_from(log.at_ms).unwrap_or(i64::MAX);
    let night = quick::night_of_moment(at_ms, utc_offset_minutes());
    quick::log_cramp(
        &mut diary,
        night,
        diary_muscle(log.muscle),
        log.about_seconds,
        today(),
    )
    .map_err(|e| QuickLogError::NotSaved(e.message()))?;
    save_diary(&diary).map_err(|e| QuickLogError::NotSaved(e.message()))
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
