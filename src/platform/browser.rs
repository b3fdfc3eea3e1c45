//! Small browser effects: the "hydrated" marker that tests and the benchmark wait for, the
//! clock, reduced motion and vibration. Only called from effects and the bundles' start, which
//! never run during server-side rendering.

thread_local! {
    /// Islands on this page that are not live yet.
    static PENDING_ISLANDS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Called once by the bundle's entry, before hydrating: how many islands the page has.
pub fn expect_islands(count: usize) {
    PENDING_ISLANDS.with(|p| p.set(count));
    if count == 0 {
        mark_hydrated();
    }
}

/// Called when one island is live (its first effects ran); the last one marks the page.
pub fn island_hydrated() {
    let left = PENDING_ISLANDS.with(|p| {
        let left = p.get().saturating_sub(1);
        p.set(left);
        left
    });
    if left == 0 {
        mark_hydrated();
    }
}

/// The prerendered page is now live: tests and the benchmark wait for this marker. Then the
/// taps on buttons that the page's loader held while it was not live yet are replayed, so a tap
/// on "Start timer" a moment too early still starts the timer.
fn mark_hydrated() {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-hydrated", "true");
    }
    let Ok(held) = js_sys::Reflect::get(&window, &"ncEarlyClicks".into()) else {
        return;
    };
    let Ok(held) = held.dyn_into::<js_sys::Array>() else {
        return;
    };
    let taps: Vec<_> = held.iter().collect();
    held.set_length(0);
    for tap in taps {
        if let Ok(button) = tap.dyn_into::<web_sys::HtmlElement>() {
            button.click();
        }
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
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|q| q.matches())
}

/// One short, gentle buzz where the device can vibrate, unless the person asked for reduced
/// motion. Returns whether it buzzed.
pub fn vibrate_gently() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let supported = js_sys::Reflect::has(&navigator, &"vibrate".into()).unwrap_or(false);
    if !supported || prefers_reduced_motion() {
        return false;
    }
    navigator.vibrate_with_duration(200)
}

/// Buzzes `pattern` (on, off, on ... in milliseconds) where the device can, unless the person
/// asked for reduced motion. Returns whether it buzzed.
pub fn vibrate_pattern(pattern: &[u32]) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let supported = js_sys::Reflect::has(&navigator, &"vibrate".into()).unwrap_or(false);
    if !supported || pattern.is_empty() || prefers_reduced_motion() {
        return false;
    }
    let steps = js_sys::Array::new();
    for &ms in pattern {
        steps.push(&ms.into());
    }
    navigator.vibrate_with_pattern(&steps)
}
