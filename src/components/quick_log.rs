//! The seam between relief mode and the diary: one tap records "cramp tonight: this muscle,
//! about this long".
//!
//! The diary (`crate::diary`) keeps one full entry per night (count, pain, sleep lost, ...), so
//! turning a quick log into an entry, or adding it to tonight's existing entry, is a diary
//! decision that belongs in `crate::diary` (`diary::quick::log_cramp`) and is saved through
//! `crate::store` (via `components::diary_store`, which keeps unreadable data aside first).

use std::ops::ControlFlow;

use crate::components::diary_store::{
    load_diary, open_text, read_a_slice, save_diary, save_text_over, stored_diary, today,
    utc_offset_minutes, DiaryLoad, ENTRIES_PER_SLICE,
};
use crate::components::in_tasks::{for_one_task, in_next_task};
use crate::content::relief::MuscleId;
use crate::diary::saved::{self, SaveStep, Saving};
use crate::diary::{quick, Diary, Muscle};
use crate::store::Snapshot;

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

/// Records a quick log in the diary on this device, in one go: the night's entry is created,
/// or the cramp is added to it (`diary::quick::log_cramp`), then the diary is saved.
fn record_quick_log(log: &QuickLog) -> Result<(), NotSaved> {
    let diary = with_cramp(load_diary(), log)?;
    save_diary(&diary).map_err(|e| e.message())
}

/// Records a quick log as [`record_quick_log`] does, but a little per task (`in_tasks`), starting
/// in the next one, so that even a ten-year diary (read, then written again) never holds the
/// page for long; then calls `done`. If another tab saves the diary meanwhile, the log is
/// recorded again from what is stored then, in one go, so neither change is lost.
pub fn record_quick_log_in_steps(log: QuickLog, done: impl FnOnce(Result<(), NotSaved>) + 'static) {
    in_next_task(move || match stored_diary() {
        Ok(was) => {
            let job = match open_text(was.text()) {
                ControlFlow::Continue(opening) => Job::Reading(opening),
                ControlFlow::Break(loaded) => Job::Read(loaded),
            };
            // Fetching a big diary's text is a task's work already (as on the diary pages).
            in_next_task(move || work_on(job, Recording { log, was, done }));
        }
        Err(problem) => done(Err(problem.message())),
    });
}

/// What a quick log in steps is doing.
enum Job {
    Reading(saved::Opening),
    Read(DiaryLoad),
    Writing(Saving, Diary),
}

/// What a quick log in steps keeps until it is done.
struct Recording<F> {
    log: QuickLog,
    /// The stored diary it started from.
    was: Snapshot,
    done: F,
}

/// Works on `job` for one task, then again in the next, until the new text is ready to store.
fn work_on<F>(job: Job, recording: Recording<F>)
where
    F: FnOnce(Result<(), NotSaved>) + 'static,
{
    match for_one_task(job, |job| next_step(job, &recording.log)) {
        ControlFlow::Continue(job) => in_next_task(move || work_on(job, recording)),
        // Storing a big diary is work of its own (reading what is stored to compare, then
        // writing): a task of its own.
        ControlFlow::Break(Ok(text)) => in_next_task(move || {
            let Recording { log, was, done } = recording;
            done(match save_text_over(&was, &text) {
                Ok(true) => Ok(()),
                Ok(false) => record_quick_log(&log),
                Err(problem) => Err(problem.message()),
            })
        }),
        ControlFlow::Break(Err(problem)) => (recording.done)(Err(problem)),
    }
}

/// One small step: a few entries read or written, or the cramp added once all are read. Breaks
/// with the text to store.
fn next_step(job: Job, log: &QuickLog) -> ControlFlow<Result<String, NotSaved>, Job> {
    match job {
        Job::Reading(opening) => ControlFlow::Continue(match read_a_slice(opening) {
            ControlFlow::Continue(opening) => Job::Reading(opening),
            ControlFlow::Break(loaded) => Job::Read(loaded),
        }),
        Job::Read(loaded) => match with_cramp(loaded, log) {
            Ok(diary) => ControlFlow::Continue(Job::Writing(Saving::start(&diary), diary)),
            Err(problem) => ControlFlow::Break(Err(problem)),
        },
        Job::Writing(saving, diary) => match saving.next(&diary, ENTRIES_PER_SLICE) {
            SaveStep::More(saving) => ControlFlow::Continue(Job::Writing(saving, diary)),
            SaveStep::Done(text) => ControlFlow::Break(Ok(text)),
        },
    }
}

/// The diary with the cramp added, from what opening the stored diary found.
fn with_cramp(loaded: DiaryLoad, log: &QuickLog) -> Result<Diary, NotSaved> {
    if let Some(problem) = loaded.problem {
        return Err(problem.message());
    }
    if loaded.unreadable.as_ref().is_some_and(|u| !u.kept_aside) {
        // Saving now would overwrite data nobody has been able to rescue yet.
        return Err(
            "Your saved diary could not be read, so nothing was added to it. Open the diary page to download a copy.".into(),
        );
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
    .map_err(|e| e.message())?;
    Ok(diary)
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
