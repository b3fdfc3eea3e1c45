//! The browser entry shared by every bundle: find the page's islands and bring each one to life,
//! in a task of its own: the plain ones (`Island::is_plain`) with their few lines of DOM code,
//! the others by hydrating them with Yew.
//!
//! An island the bundle does not carry (a page built with the wrong bundle) is reported on the
//! console and left as prerendered, readable HTML.

use yew::prelude::*;

use crate::islands::Island;

/// Brings every island on the page to life: the plain ones, and those `bundle` renders with Yew.
#[cfg(target_arch = "wasm32")]
pub fn start(bundle: fn(Island) -> Option<Html>) {
    use crate::components::island::{IslandRoot, IslandRootProps};

    let islands = page_islands();
    // Count first: an island's first effects may run before the next one is even started.
    crate::browser::expect_islands(islands.len());
    if islands.iter().any(|(_, island)| !island.is_plain()) {
        warm_up();
    }
    // Each island in a task of its own (after the one that instantiated the wasm), so that on a
    // slow phone no single task holds the page up for long (BENCHMARKS.md, "The hydration task").
    // Taps in between are held by the loader and replayed once all are live.
    for (element, island) in islands {
        if island.is_plain() {
            start_plain(element, island);
            continue;
        }
        let Some(children) = bundle(island) else {
            cannot_run(island);
            continue;
        };
        crate::components::in_tasks::in_next_task(move || {
            yew::Renderer::<IslandRoot>::with_root_and_props(
                element,
                IslandRootProps { island, children },
            )
            .hydrate();
        });
    }
}

/// Hydrates a tiny tree ([`WarmUp`]), away from the page, in a task of its own before the
/// page's first Yew island. V8 compiles each wasm function on its first call, on the main
/// thread, and Yew's own machinery (scheduler, component lifecycle, hydrating elements and
/// text) is a large part of what the first island would otherwise compile in one task
/// (BENCHMARKS.md, "Plain islands").
#[cfg(target_arch = "wasm32")]
fn warm_up() {
    crate::components::in_tasks::in_next_task(|| {
        let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("div").ok())
        else {
            return;
        };
        root.set_inner_html(&warm_up_html());
        // Never attached to the page; the tree is left to the garbage collector.
        let _ = yew::Renderer::<WarmUp>::with_root(root).hydrate();
    });
}

/// What [`WarmUp`] hydrates.
#[component]
pub fn WarmUp() -> Html {
    html! { <p class="warm-up">{ "." }</p> }
}

/// What the host renders for [`WarmUp`], markers included: Yew marks where each component
/// starts and ends with comments (as in every prerendered island), naming the component only
/// in debug builds. Hydrating anything else would panic and stop the page's code
/// (`tests/islands.rs` compares the two).
pub fn warm_up_html() -> String {
    let name = if cfg!(debug_assertions) {
        std::any::type_name::<WarmUp>()
    } else {
        ""
    };
    format!("<!--<[{name}]>--><p class=\"warm-up\">.</p><!--</[{name}]>-->")
}

/// Brings the page's plain islands to life: for the pages that have no other kind, whose bundle
/// then carries no Yew at all.
#[cfg(target_arch = "wasm32")]
pub fn start_plain_only() {
    let islands = page_islands();
    crate::browser::expect_islands(islands.len());
    for (element, island) in islands {
        if island.is_plain() {
            start_plain(element, island);
        } else {
            cannot_run(island);
        }
    }
}

/// The page's islands, in document order (names it does not know are reported and skipped).
#[cfg(target_arch = "wasm32")]
fn page_islands() -> Vec<(web_sys::Element, Island)> {
    use wasm_bindgen::JsCast;

    let Some(found) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all("[data-island]").ok())
    else {
        return Vec::new();
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
        match Island::parse(&name, props.as_deref()) {
            Some(island) => islands.push((element, island)),
            None => web_sys::console::error_1(
                &format!("Night Cramps: this page has an unknown part, \"{name}\"").into(),
            ),
        }
    }
    islands
}

/// Starts a plain island in a task of its own; it is live as soon as it has started.
#[cfg(target_arch = "wasm32")]
fn start_plain(element: web_sys::Element, island: Island) {
    crate::components::in_tasks::in_next_task(move || {
        match island {
            Island::Status => crate::components::offline_badge::start(element),
            Island::Update => crate::components::update_prompt::start(element),
            _ => {}
        }
        crate::browser::island_hydrated();
    });
}

/// Reports an island this page's code does not carry (it stays as prerendered).
#[cfg(target_arch = "wasm32")]
fn cannot_run(island: Island) {
    crate::browser::island_hydrated();
    web_sys::console::error_1(
        &format!(
            "Night Cramps: this page's code cannot run the \"{}\" part",
            island.name()
        )
        .into(),
    );
}

#[cfg(not(target_arch = "wasm32"))]
pub fn start(_bundle: fn(Island) -> Option<Html>) {
    eprintln!("Night Cramps runs in a browser: build it with `cargo xtask dist` or run `cargo xtask serve`.");
}

#[cfg(not(target_arch = "wasm32"))]
pub fn start_plain_only() {
    eprintln!("Night Cramps runs in a browser: build it with `cargo xtask dist` or run `cargo xtask serve`.");
}
