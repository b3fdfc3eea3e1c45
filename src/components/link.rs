//! An in-app link that works with and without WebAssembly.
//!
//! It renders a plain `<a href>` relative to the page's `<base href>` (so it works at the site
//! root, under a sub-path, and with JavaScript off); once hydrated, a plain left click navigates
//! inside the app instead of reloading the page.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::routes::Route;

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    #[prop_or_default]
    pub class: Classes,
    /// Set `aria-current="page"` when `to` is the current route (for navigation menus).
    #[prop_or_default]
    pub mark_current: bool,
    /// An in-page anchor to jump to, without the `#`.
    #[prop_or_default]
    pub fragment: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

/// The `href` for a route, relative to `<base href>` (the app root).
pub fn href(to: &Route, fragment: Option<&str>) -> String {
    let rel = to.rel_path();
    let rel = if rel.is_empty() { "./".to_string() } else { rel };
    match fragment {
        Some(f) => format!("{rel}#{f}"),
        None => rel,
    }
}

#[component]
pub fn Link(props: &LinkProps) -> Html {
    let navigator = use_navigator();
    let current = use_route::<Route>();
    let to = props.to;
    let has_fragment = props.fragment.is_some();
    let onclick = Callback::from(move |e: MouseEvent| {
        let plain = e.button() == 0 && !e.ctrl_key() && !e.meta_key() && !e.shift_key() && !e.alt_key();
        // Fragment links scroll within the page; let the browser handle them.
        if plain && !has_fragment {
            if let Some(nav) = &navigator {
                e.prevent_default();
                nav.push(&to);
            }
        }
    });
    let aria_current = (props.mark_current && current == Some(to)).then_some("page");
    html! {
        <a href={href(&to, props.fragment.as_deref())} class={props.class.clone()} aria-current={aria_current} {onclick}>
            { props.children.clone() }
        </a>
    }
}
