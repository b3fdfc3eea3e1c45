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
