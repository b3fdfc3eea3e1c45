//! Numbered citation links ("[3]") that point to the canonical source list.

use yew::prelude::*;

use crate::components::link::Link;
use crate::content::guide;
use crate::content::sources::{SOURCES, source};
use crate::routes::Route;

/// Where a source sits in the numbered list (1-based), or None for an unknown id.
pub fn source_number(id: &str) -> Option<usize> {
    SOURCES.iter().position(|s| s.id == id).map(|i| i + 1)
}

#[derive(Properties, PartialEq)]
pub struct CitesProps {
    pub ids: &'static [&'static str],
}

#[component]
pub fn Cites(props: &CitesProps) -> Html {
    if props.ids.is_empty() {
        return html! {};
    }
    let sources_page = guide::section("sources").map(Route::GuideSection).unwrap_or(Route::About);
    html! {
        <span class="cites">
            { for props.ids.iter().filter_map(|id| {
                let n = source_number(id)?;
                let title = source(id).map(|s| s.title).unwrap_or_default();
                Some(html! {
                    <Link to={sources_page} fragment={AttrValue::from(format!("src-{id}"))} class="cite">
                        <span class="visually-hidden">{ format!("Source {n}: {title}") }</span>
                        <span aria-hidden="true">{ format!("[{n}]") }</span>
                    </Link>
                })
            }) }
        </span>
    }
}
