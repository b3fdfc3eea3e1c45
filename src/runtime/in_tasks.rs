//! A task of its own: a page's start and the steps of reading the diary each run in a browser
//! task after the one that asked, so a slow phone stays responsive in between.

/// Runs `work` in a task of its own, after whatever the browser has waiting (a paint, a tap).
pub fn in_next_task(work: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(0, work).forget();
}
