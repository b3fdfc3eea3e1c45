//! Work that could hold a slow phone for a long time (reading or writing a ten-year diary),
//! done a little at a time: each browser task works for about [`TASK_MS`] by the clock, so a
//! slow phone simply takes more tasks and stays responsive in between (BENCHMARKS.md, "Reading
//! a big diary").

use std::ops::ControlFlow;

/// How long one task works for.
pub const TASK_MS: f64 = 12.0;

/// Calls `step` until it breaks, or until about [`TASK_MS`] have passed (it may run over by one
/// step, so each step should be small). Returns what the last call returned.
pub fn for_one_task<S, D>(
    mut state: S,
    mut step: impl FnMut(S) -> ControlFlow<D, S>,
) -> ControlFlow<D, S> {
    let start = js_sys::Date::now();
    loop {
        match step(state) {
            ControlFlow::Continue(more) if js_sys::Date::now() - start < TASK_MS => state = more,
            last => return last,
        }
    }
}

/// Runs `work` in a task of its own, after whatever the browser has waiting (a paint, a tap).
pub fn in_next_task(work: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(0, work).forget();
}
