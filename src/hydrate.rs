//! The browser entry shared by every bundle: find the page's islands and hydrate each one.
//!
//! An island the bundle does not carry (a page built with the wrong bundle) is reported on the
//! console and left as prerendered, readable HTML.

use yew::prelude::*;

use crate::islands::Island;

/// Hydrates every `[data-island]` element on the page that `bundle` knows how to render.
#[cfg(target_arch = "wasm32")]
pub fn start(bundle: fn(Island) -> Option<Html>) {
    use crate::components::island::{IslandRoot, IslandRootProps};
    use wasm_bindgen::JsCast;

    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(found) = document.query_selector_all("[data-island]") else {
        return;
    };
    let mut islands = Vec::new();
    for i in 0..found.length() {
        let Some(element) = found
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let name = element.get_attribute("data-island").unwrap_or_default();
        let props = element.get_attribute("data-props");
        let island = Island::parse(&name, props.as_deref());
        match island.and_then(bundle).zip(island) {
            Some((children, island)) => islands.push((element, island, children)),
            None => web_sys::console::error_1(
                &format!("Night Cramps: this page's code cannot run the \"{name}\" part").into(),
            ),
        }
    }
    // Count first: an island's first effects may run before the next one is even hydrated.
    crate::browser::expect_islands(islands.len());
    // Each island in a task of its own (after the one that instantiated the wasm), so that on a
    // slow phone no single task holds the page up for long (BENCHMARKS.md, "The hydration task").
    // Taps in between are held by the loader and replayed once all are live.
    for (element, island, children) in islands {
        gloo::timers::callback::Timeout::new(0, move || {
            yew::Renderer::<IslandRoot>::with_root_and_props(
                element,
                IslandRootProps { island, children },
            )
            .hydrate();
        })
        .forget();
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn start(_bundle: fn(Island) -> Option<Html>) {
    eprintln!("Night Cramps runs in a browser: build it with `cargo xtask dist` or run `cargo xtask serve`.");
}
