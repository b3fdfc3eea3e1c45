//! The seam between relief mode and the diary: one tap records "cramp tonight: this muscle,
//! about this long".
//!
//! The diary (`crate::diary`) keeps one full entry per night (count, pain, sleep lost, ...), so
//! turning a quick log into an entry, or adding it to tonight's existing entry, is a diary
//! decision that belongs in `crate::diary` and is saved through `crate::store`. Until the diary
//! offers that, [`record_quick_log`] reports [`QuickLogError::DiaryNotReady`] and relief mode shows
//! a plain link to the diary instead of the one-tap button ([`QUICK_LOG_READY`]).

use crate::content::relief::MuscleId;

/// Flip to `true` once [`record_quick_log`] saves into the diary; the one-tap button then appears.
pub const QUICK_LOG_READY: bool = false;

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
            QuickLogError::DiaryNotReady => "The diary can't take a quick note yet. You can add this cramp on the diary page.".into(),
            QuickLogError::NotSaved(message) => message.clone(),
        }
    }
}

/// Records a quick log in the diary on this device.
///
/// Seam: to be implemented with a pure `crate::diary` function (e.g. "add a cramp to the night
/// of ..." that creates or updates that night's entry: muscle added, count + 1, longest band from
/// `about_seconds`) and `crate::store` to load and save the diary.
pub fn record_quick_log(log: &QuickLog) -> Result<(), QuickLogError> {
    let _ = log;
    Err(QuickLogError::DiaryNotReady)
}
