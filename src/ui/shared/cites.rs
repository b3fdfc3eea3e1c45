//! Numbered citation links ("[3]") that point to the canonical source list.

use yew::prelude::*;

use crate::content::guide;
use crate::content::sources::{source, SOURCES};
use crate::routes::Route;
use crate::ui::shared::link::href;

/// Where a source sits in the numbered list (1-based), or None for an unknown id.
pub fn source_number(id: &str) -> Option<usize> {
    SOURCES.iter().position(|s| s.id == id).map(|i| i + 1)
}

/// The citation links for `ids`, in the order given. A function, not a component: it appears in
/// many islands, and every component type adds code to each download.
pub fn cites(ids: &'static [&'static str]) -> Html {
    if ids.is_empty() {
        return html! {};
    }
    let sources_page = Route::GuideSection(&guide::SOURCE_LIST);
    html! {
        <span class="cites">
            { for ids.iter().filter_map(|id| {
                let n = source_number(id)?;
                let title = source(id).map(|s| s.title).unwrap_or_default();
                Some(html! {
                    <a href={href(&sources_page, Some(&format!("src-{id}")))} class="cite">
                        <span class="visually-hidden">{ format!("Source {n}: {title}") }</span>
                        <span aria-hidden="true">{ format!("[{n}]") }</span>
                    </a>
                })
            }) }
        </span>
    }
}
