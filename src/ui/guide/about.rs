//! About: the disclaimer, how the guide was made, when it was last reviewed, the sources, and
//! which version and build of the app this is.

use yew::prelude::*;

use crate::content::{guide, site, sources::SOURCES, LAST_REVIEWED};
use crate::routes::Route;
use crate::ui::shared::link::href;

/// Stands for this build's id (the hash of all its files, which also names its offline cache)
/// until the prerender knows it and writes it in (src/bin/prerender/main.rs).
pub const BUILD_ID_SLOT: &str = "build-id-slot";

#[component]
pub fn About() -> Html {
    let sources = Route::GuideSection(&guide::SOURCE_LIST);
    html! {
        <>
            <h1>{ "About Night Cramps" }</h1>
            <h2>{ "Not a diagnosis" }</h2>
            { for site::DISCLAIMER.iter().map(|p| html! { <p>{ *p }</p> }) }
            <h2>{ "What it is for" }</h2>
            { for site::INTENDED_USE.iter().map(|p| html! { <p>{ *p }</p> }) }
            <h2>{ "How it was made" }</h2>
            { for site::HOW_IT_WAS_MADE.iter().map(|p| html! { <p>{ *p }</p> }) }
            <p>
                { "Last reviewed: " }<time datetime={LAST_REVIEWED}>{ LAST_REVIEWED }</time>{ ". " }
                { format!("The guide cites {} sources. ", SOURCES.len()) }
                <a href={href(&sources, None)}>{ "See every source" }</a>{ " or " }
                <a href={href(&Route::GuideSection(&guide::MYTHS), None)}>{ "how each claim of the original article stands up" }</a>{ "." }
            </p>
            <p class="app-version">
                { "Version " }{ env!("CARGO_PKG_VERSION") }{ ", build " }<code>{ BUILD_ID_SLOT }</code>{ "." }
            </p>
        </>
    }
}
