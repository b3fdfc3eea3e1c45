//! The browser entry shared by every bundle: find the page's islands and bring each one to life:
//! the plain ones (`Island::is_plain`) at once, with their few lines of DOM code, the others by
//! hydrating them with Yew, each in a task of its own after a few warm-up steps.
//!
//! An island the bundle does not carry (a page built with the wrong bundle) is reported on the
//! console and left as prerendered, readable HTML. A panic anywhere after the start (a
//! hydration mismatch, say, when something has changed the page before the app came alive)
//! traps the wasm at once, and the page's loader reports the trap (src/bin/prerender.rs).

use yew::prelude::*;

use crate::islands::Island;

/// Starts a plain island in the given element; false when the bundle does not carry it.
pub type StartPlain = fn(Island, &web_sys::Element) -> bool;

/// Brings every island on the page to life: the plain ones `plain` starts, and those `bundle`
/// renders with Yew.
#[cfg(target_arch = "wasm32")]
pub fn start(bundle: fn(Island) -> Option<Html>, plain: StartPlain) {
    // Not in the task that instantiated the wasm, which has enough to do on a slow phone.
    crate::runtime::in_tasks::in_next_task(move || start_now(bundle, plain));
}

#[cfg(target_arch = "wasm32")]
fn start_now(bundle: fn(Island) -> Option<Html>, plain: StartPlain) {
    use crate::runtime::island::{IslandRoot, IslandRootProps};

    let islands = page_islands();
    // Count first: an island's first effects may run before the next one is even started.
    crate::platform::browser::expect_islands(islands.len());
    let mut steps: Vec<Box<dyn FnOnce()>> = Vec::new();
    if islands.iter().any(|(_, island)| !island.is_plain()) && !left_out("warm-up") {
        steps.push(Box::new(render_away));
        steps.push(Box::new(|| hydrate_away::<WarmUp>(warm_up_html())));
        steps.push(Box::new(|| hydrate_away::<WarmUpMore>(warm_up_more_html())));
    }
    for (element, island) in islands {
        if island.is_plain() {
            // A few lines of DOM code each: no task of their own needed.
            start_plain(plain, element, island);
            continue;
        }
        let Some(children) = bundle(island) else {
            cannot_run(island);
            continue;
        };
        steps.push(Box::new(move || {
            yew::Renderer::<IslandRoot>::with_root_and_props(
                element,
                IslandRootProps { island, children },
            )
            .hydrate();
        }));
    }
    // Each Yew step in a task of its own, so that on a slow phone no single task holds the page
    // up for long. Taps in between are held by the loader
    // and replayed once all are live.
    if left_out("island-tasks") {
        crate::runtime::in_tasks::in_next_task(move || steps.into_iter().for_each(|step| step()));
    } else {
        crate::runtime::in_tasks::one_by_one(steps);
    }
}

/// Whether the bench built this bundle without one of the start's speed measures (`warm-up`,
/// `island-tasks`), to measure what it saves: `cargo xtask bench --without warm-up`. Every
/// other build has them all.
#[cfg(target_arch = "wasm32")]
fn left_out(measure: &str) -> bool {
    option_env!("NC_BENCH_WITHOUT").is_some_and(|list| list.split(',').any(|m| m == measure))
}

/// Hydrates a tiny tree ([`WarmUp`], then [`WarmUpMore`]) away from the page: [`start`] does it
/// before the page's first Yew island, each in a task of its own. V8 compiles each wasm function
/// on its first call, on the main thread, and Yew's own machinery is a large part of what the
/// first island would otherwise compile in one task: the first tree brings in the scheduler, the
/// component lifecycle and hydrating elements and text; the second, lists of children and click
/// listeners.
#[cfg(target_arch = "wasm32")]
fn hydrate_away<C: BaseComponent<Properties = ()>>(html: String) {
    let Some(root) = detached_div() else {
        return;
    };
    root.set_inner_html(&html);
    // Never attached to the page; the tree is left to the garbage collector.
    let _ = yew::Renderer::<C>::with_root(root).hydrate();
}

/// Renders nothing, away from the page: the first warm-up step (see [`hydrate_away`]), which
/// brings in the scheduler, the component lifecycle and Yew's drawing of changes.
#[cfg(target_arch = "wasm32")]
fn render_away() {
    #[component]
    fn Nothing() -> Html {
        html! {}
    }
    if let Some(root) = detached_div() {
        let _ = yew::Renderer::<Nothing>::with_root(root).render();
    }
}

/// A new `<div>` that is never attached to the page, for the warm-up steps.
#[cfg(target_arch = "wasm32")]
fn detached_div() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.create_element("div").ok()
}

/// The first tree [`hydrate_away`] warms up with.
#[component]
pub fn WarmUp() -> Html {
    html! { <p class="warm-up">{ "." }</p> }
}

/// What the host renders for [`WarmUp`].
pub fn warm_up_html() -> String {
    marked::<WarmUp>(r#"<p class="warm-up">.</p>"#)
}

/// The second tree [`hydrate_away`] warms up with: an element with several children, one of them
/// a button with a click listener. No hooks, class lists or formatting: their code is made anew for each
/// type they hold, so warming them up here would only compile code no island runs (and add it
/// to every bundle).
#[component]
pub fn WarmUpMore() -> Html {
    html! {
        <p class="warm-up">
            <button type="button" onclick={Callback::from(|_: MouseEvent| ())}>{ "." }</button>
            <span>{ "." }</span>
        </p>
    }
}

/// What the host renders for [`WarmUpMore`].
pub fn warm_up_more_html() -> String {
    marked::<WarmUpMore>(r#"<p class="warm-up"><button type="button">.</button><span>.</span></p>"#)
}

/// `inner` between the comments with which Yew marks where a component starts and ends (as in
/// every prerendered island), naming it only in debug builds. Hydrating anything other than
/// what the host renders would panic and stop the page's code (`tests/islands.rs` compares
/// them). Concatenated, not formatted, so the warm-up does not compile the formatter.
fn marked<C: 'static>(inner: &str) -> String {
    let name = if cfg!(debug_assertions) {
        std::any::type_name::<C>()
    } else {
        ""
    };
    ["<!--<[", name, "]>-->", inner, "<!--</[", name, "]>-->"].concat()
}

/// Brings the page's plain islands to life: for the pages that have no other kind, whose bundle
/// then carries no Yew at all.
#[cfg(target_arch = "wasm32")]
pub fn start_plain_only(plain: StartPlain) {
    crate::runtime::in_tasks::in_next_task(move || start_plain_now(plain));
}

#[cfg(target_arch = "wasm32")]
fn start_plain_now(plain: StartPlain) {
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

/// Starts a plain island; it is live as soon as it has started, or, when it shows what it reads
/// from storage, once it says so itself.
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
pub fn start(_bundle: fn(Island) -> Option<Html>, _plain: StartPlain) {
    eprintln!("Night Cramps runs in a browser: build it with `cargo xtask dist` or run `cargo xtask serve`.");
}

#[cfg(not(target_arch = "wasm32"))]
pub fn start_plain_only(_plain: StartPlain) {
    eprintln!("Night Cramps runs in a browser: build it with `cargo xtask dist` or run `cargo xtask serve`.");
}
