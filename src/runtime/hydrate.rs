//! The browser entry shared by every bundle: find the page's islands and bring each one to life
//! with the few lines of DOM code its bundle carries (no Yew: the prerendered markup is kept as
//! it is, and only the places that change are written again).
//!
//! An island the bundle does not carry, or whose markup is not what its code expects (a page
//! built with the wrong bundle, or changed by a translation tool), is reported on the console
//! and to the page's loader, which notes that this part stopped working; the prerendered page
//! stays readable. A panic traps the wasm at once, and the loader reports the trap too
//! (src/bin/prerender/page.rs).

use crate::islands::Island;

/// Starts an island in the given element; false when the bundle does not carry it or its markup
/// is missing.
pub type StartPlain = fn(Island, &web_sys::Element) -> bool;

/// Brings every island on the page to life with the functions `plain` of the page's bundle.
#[cfg(target_arch = "wasm32")]
pub fn start(plain: StartPlain) {
    // Not in the task that instantiated the wasm, which has enough to do on a slow phone.
    crate::runtime::in_tasks::in_next_task(move || start_now(plain));
}

#[cfg(target_arch = "wasm32")]
fn start_now(plain: StartPlain) {
    let islands = page_islands();
    crate::platform::browser::expect_islands(islands.len());
    for (element, island) in islands {
        start_plain(plain, element, island);
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

/// Starts an island; it is live as soon as it has started, or, when it shows what it reads from
/// storage, once it says so itself.
#[cfg(target_arch = "wasm32")]
fn start_plain(plain: StartPlain, element: web_sys::Element, island: Island) {
    if plain(island, &element) {
        if !island.opens_from_storage() {
            crate::platform::browser::island_hydrated();
        }
    } else {
        cannot_run(island);
    }
}

/// Reports an island whose markup is not what its code expects (a translation tool or an
/// extension changed the page): it stays as prerendered, and the page's loader shows its note
/// that this part stopped working, as it does for a trap.
#[cfg(target_arch = "wasm32")]
fn cannot_run(island: Island) {
    crate::platform::browser::island_hydrated();
    web_sys::console::error_1(
        &format!(
            "Night Cramps: this page's code cannot run the \"{}\" part",
            island.name()
        )
        .into(),
    );
    if let (Some(window), Ok(broken)) = (web_sys::window(), web_sys::Event::new(BROKEN)) {
        let _ = window.dispatch_event(&broken);
    }
}

/// The event on `window` that tells the page's loader an island cannot run.
pub const BROKEN: &str = "nc-broken";

#[cfg(not(target_arch = "wasm32"))]
pub fn start(_plain: StartPlain) {
    eprintln!("Night Cramps runs in a browser: build it with `cargo xtask dist` or run `cargo xtask serve`.");
}
