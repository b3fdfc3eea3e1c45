//! Opening a page in steps. The diary's content is built in the browser (it is read from
//! storage, so the prerendered page cannot hold it), and building all of it at once is one long
//! task on a slow phone. Instead the page shows it a part at a time, one task per part, top to
//! bottom, so nothing already on screen moves and the phone stays responsive in between
//! (BENCHMARKS.md, "The hydration task"). After the last part the island counts as live.

use yew::prelude::*;

/// How many of the page's `parts` to show: none until `ready` (what the page needs is read),
/// then one more in each following task, up to all of them.
#[hook]
pub fn use_opening_steps(ready: bool, parts: u8) -> u8 {
    let shown = use_state(|| 0u8);
    {
        let shown = shown.clone();
        use_effect_with((ready, *shown), move |&(ready, now)| {
            if ready && now == parts {
                crate::browser::island_hydrated();
            }
            // Dropping the timer cancels it, so a step is never shown twice.
            let next = (ready && now < parts)
                .then(|| gloo::timers::callback::Timeout::new(0, move || shown.set(now + 1)));
            move || drop(next)
        });
    }
    *shown
}
