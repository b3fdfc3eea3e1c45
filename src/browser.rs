//! Small browser effects the shell needs (document title, focus after navigation, the
//! "hydrated" marker that tests and the benchmark wait for). Only called from effects, which
//! never run during server-side rendering.

use wasm_bindgen::JsCast;

/// Called after every render of a new route.
pub fn on_route_change(title: &str, first_render: bool) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    document.set_title(title);
    if first_render {
        // The prerendered page is now live: tests and the benchmark wait for this marker.
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("data-hydrated", "true");
        }
        return;
    }
    // Move focus to the new page's main region so keyboard and screen-reader users start there.
    if let Some(main) = document.get_element_by_id("main").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = main.focus();
    }
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Milliseconds on the page's clock, for the hold timer (0 where there is no browser).
pub fn now_ms() -> u64 {
    // Date.now() is what Playwright's virtual clock controls in the tests; the timer clamps a
    // clock that jumps backwards, so it need not be monotonic.
    let ms = js_sys::Date::now();
    if ms.is_finite() && ms > 0.0 {
        ms as u64
    } else {
        0
    }
}

/// Whether the person asked their system for less motion.
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|q| q.matches())
}

/// One short, gentle buzz where the device can vibrate, unless the person asked for reduced
/// motion. Returns whether it buzzed.
pub fn vibrate_gently() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let navigator = window.navigator();
    let supported = js_sys::Reflect::has(&navigator, &"vibrate".into()).unwrap_or(false);
    if !supported || prefers_reduced_motion() {
        return false;
    }
    navigator.vibrate_with_duration(200)
}
