//! A task of its own: a page's start and the steps of reading the diary each run in a browser
//! task after the one that asked, so a slow phone stays responsive in between; and work that
//! waits until what is on the page now has been painted.

use wasm_bindgen::JsCast;

/// Runs `work` in a task of its own, after whatever the browser has waiting (a tap, a timer).
pub fn in_next_task(work: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(0, work).forget();
}

/// Runs `work` in a task after the next paint, so what the page shows now reaches the screen
/// first (a task queued with [`in_next_task`] may run before the paint). A hidden page does not
/// paint: there it runs in the next task.
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let visible = (window.document())
        .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
    if !visible {
        return in_next_task(work);
    }
    let frame = wasm_bindgen::closure::Closure::once_into_js(move || in_next_task(work));
    let _ = window.request_animation_frame(frame.unchecked_ref());
}
