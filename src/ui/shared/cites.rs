//! Numbered citation links ("[3]") that point to the canonical source list.

use yew::prelude::*;

use crate::content::guide;
use crate::content::sources::{source, SOURCES};
use crate::routes::Route;
use crate::ui::shared::link::href;
use crate::ui::shared::markup::{yew_html, Markup};

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
    yew_html(|m| write_cites(m, ids))
}

/// Writes the citation links for `ids` (nothing when there are none).
pub fn write_cites(m: &mut Markup, ids: &[&str]) {
    if ids.is_empty() {
        return;
    }
    let sources_page = Route::GuideSection(&guide::SOURCE_LIST);
    m.open("span").attr("class", "cites");
    for id in ids {
        let Some(n) = source_number(id) else { continue };
        let title = source(id).map(|s| s.title).unwrap_or_default();
        m.open("a")
            .attr("href", &href(&sources_page, Some(&format!("src-{id}"))))
            .attr("class", "cite");
        m.el("span", "visually-hidden", &format!("Source {n}: {title}"));
        m.open("span").attr("aria-hidden", "true");
        m.text(&format!("[{n}]")).close("span").close("a");
    }
    m.close("span");
}
