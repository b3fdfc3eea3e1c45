//! About: the disclaimer, how the guide was made, when it was last reviewed, and the sources.

use yew::prelude::*;

use crate::components::link::Link;
use crate::content::{guide, site, sources::SOURCES, LAST_REVIEWED};
use crate::routes::Route;

#[component]
pub fn About() -> Html {
    let sources = guide::section("sources").map(Route::GuideSection).unwrap_or(Route::Guide);
    html! {
        <>
            <h1>{ "About Night Cramps" }</h1>
            <h2>{ "Not a diagnosis" }</h2>
            { for site::DISCLAIMER.iter().map(|p| html! { <p>{ *p }</p> }) }
            <h2>{ "How it was made" }</h2>
            { for site::HOW_IT_WAS_MADE.iter().map(|p| html! { <p>{ *p }</p> }) }
            <p>
                { "Last reviewed: " }<time datetime={LAST_REVIEWED}>{ LAST_REVIEWED }</time>{ ". " }
                { format!("The guide cites {} sources. ", SOURCES.len()) }
                <Link to={sources}>{ "See every source" }</Link>{ " or " }
                <Link to={guide::section("myths").map(Route::GuideSection).unwrap_or(Route::Guide)}>{ "how each claim of the original article stands up" }</Link>{ "." }
            </p>
        </>
    }
}
