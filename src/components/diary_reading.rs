//! Reading the stored diary for a page, a slice of entries per task (`diary::saved::Opening`),
//! so that even a ten-year diary (about 1 MB) opens without one long task on a slow phone. The
//! page shows "Opening your diary…" until it is read; then it opens in steps
//! (`components::opening`).

use yew::prelude::*;

use crate::components::diary_store::{more_of, open_diary, DiaryLoad, DiaryOpening};

/// How long one task reads entries for, by the clock, so each task stays short however fast
/// the phone is (BENCHMARKS.md, "Reading a big diary").
const TASK_MS: f64 = 12.0;
/// Entries read between looks at the clock.
const ENTRIES_PER_SLICE: usize = 20;

/// Reads the stored diary once, after the page is first drawn, and hands it to `done`.
///
/// Step 0 waits one task (the page's first drawing is its own task), step 1 fetches the text,
/// and each later step reads for about [`TASK_MS`] (a slice at a time, so it may run over by
/// one slice): first it finds the entries in the text (one quick pass), then reads them.
#[hook]
pub fn use_stored_diary<F>(done: F)
where
    F: FnOnce(DiaryLoad) + 'static,
{
    let step = use_state(|| 0u32);
    let reading = use_mut_ref(|| None::<crate::diary::saved::Opening>);
    use_effect_with(*step, move |&now| {
        let opening = match now {
            0 => None,
            1 => Some(open_diary()),
            _ => reading.borrow_mut().take().map(|mut opening| {
                // Read for about TASK_MS of the clock, a few entries at a time.
                let start = js_sys::Date::now();
                loop {
                    match more_of(opening, ENTRIES_PER_SLICE) {
                        DiaryOpening::Reading(more) if js_sys::Date::now() - start < TASK_MS => {
                            opening = more
                        }
                        other => break other,
                    }
                }
            }),
        };
        let more = match opening {
            Some(DiaryOpening::Done(loaded)) => {
                done(loaded);
                false
            }
            Some(DiaryOpening::Reading(opening)) => {
                *reading.borrow_mut() = Some(opening);
                true
            }
            None => now == 0,
        };
        // Dropping the timer cancels it, so a slice is never read twice.
        let next = more.then(|| gloo::timers::callback::Timeout::new(0, move || step.set(now + 1)));
        move || drop(next)
    });
}
