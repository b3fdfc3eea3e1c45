//! Reading the stored diary for a page, a slice of entries per task (`diary::saved::Opening`),
//! so that even a ten-year diary (about 1 MB) opens without one long task on a slow phone. The
//! page shows "Opening your diary…" until it is read; then it opens in steps
//! (`components::opening`).

use std::ops::ControlFlow;

use yew::prelude::*;

use crate::components::diary_store::{open_diary, read_a_slice, DiaryLoad};
use crate::components::in_tasks::for_one_task;

/// Reads the stored diary once, after the page is first drawn, and hands it to `done`.
///
/// Step 0 waits one task (the page's first drawing is its own task), step 1 fetches the text,
/// and each later step reads for about a task's time (`in_tasks::TASK_MS`, a slice at a time):
/// first it finds the entries in the text (one quick pass), then reads them.
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
            _ => reading
                .borrow_mut()
                .take()
                .map(|opening| for_one_task(opening, read_a_slice)),
        };
        let more = match opening {
            Some(ControlFlow::Break(loaded)) => {
                done(loaded);
                false
            }
            Some(ControlFlow::Continue(opening)) => {
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
