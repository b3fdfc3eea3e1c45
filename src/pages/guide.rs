//! The guide: an index of sections, and one page per section rendered from `content::guide`.

use yew::prelude::*;

use crate::components::blocks::Blocks;
use crate::components::link::Link;
use crate::content::guide::{section, SECTIONS};
use crate::routes::Route;

#[component]
pub fn GuideIndex() -> Html {
    html! {
        <>
            <h1>{ "Guide to night-time leg cramps" }</h1>
            <ol class="guide-list">
                { for SECTIONS.iter().map(|s| html! {
                    <li><Link to={Route::GuideSection(s)}>{ s.title }</Link><span class="summary">{ s.summary }</span></li>
                }) }
            </ol>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct GuideSectionProps {
    pub slug: &'static str,
}

#[component]
pub fn GuideSectionPage(props: &GuideSectionProps) -> Html {
    let Some(s) = section(props.slug) else {
        return html! { <h1>{ "Section not found" }</h1> };
    };
    let index = SECTIONS.iter().position(|x| x.slug == s.slug).unwrap_or(0);
    let prev = index.checked_sub(1).and_then(|i| SECTIONS.get(i));
    let next = SECTIONS.get(index + 1);
    html! {
        <article class="guide-section">
            <nav class="breadcrumbs" aria-label="Breadcrumb">
                <Link to={Route::Guide}>{ "Guide" }</Link>
            </nav>
            <h1>{ s.title }</h1>
            <p class="lead">{ s.summary }</p>
            <Blocks blocks={s.blocks} />
            <nav class="pager" aria-label="Guide sections">
                if let Some(p) = prev { <Link to={Route::GuideSection(p)} class="pager__prev">{ "Previous: " }{ p.title }</Link> }
                if let Some(n) = next { <Link to={Route::GuideSection(n)} class="pager__next">{ "Next: " }{ n.title }</Link> }
            </nav>
        </article>
    }
}
