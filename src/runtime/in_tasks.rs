//! Tasks of their own: a page's start runs one step per browser task, so a slow phone stays
//! responsive in between.

/// Runs `work` in a task of its own, after whatever the browser has waiting (a paint, a tap) and
/// after the rest of any render Yew has put off. Yew's scheduler, once it has worked for 16 ms,
/// finishes in a timer of its own; a timer set before that one would run first, and any render
/// it started would wait and run in Yew's timer, in one long task with the rest. So the timer is
/// set from a microtask queued after Yew's run.
pub fn in_next_task(work: impl FnOnce() + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        gloo::timers::callback::Timeout::new(0, work).forget();
    });
}

/// Runs each of `steps` in a task of its own ([`in_next_task`]), in order, each set going only
/// once the one before has run, so that what a step leaves for later (Yew's rest of a render)
/// comes before the next step rather than with it.
pub fn one_by_one(steps: Vec<Box<dyn FnOnce()>>) {
    fn next(mut steps: std::vec::IntoIter<Box<dyn FnOnce()>>) {
        if let Some(step) = steps.next() {
            in_next_task(move || {
                step();
                next(steps);
            });
        }
    }
    next(steps.into_iter());
}
