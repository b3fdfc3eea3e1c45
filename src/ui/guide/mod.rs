//! The guide: an index of sections, and one page per section rendered from `content::guide`;
//! and the other pages of reading: the start page ([`home`]), [`about`] and [`not_found`].

pub mod about;
pub mod home;
pub mod not_found;

use yew::prelude::*;

use crate::content::guide::{section, READ_DURING_A_CRAMP, SECTIONS};
use crate::routes::Route;
use crate::ui::shared::blocks::Blocks;
use crate::ui::shared::get_help::{get_help_link, get_help_section};
use crate::ui::shared::link::href;

#[component]
pub fn GuideIndex() -> Html {
    html! {
        <>
            <h1>{ "Guide to night-time leg cramps" }</h1>
            <ol class="guide-list">
                { for SECTIONS.iter().map(|s| html! {
                    <li><a href={href(&Route::GuideSection(s), None)}>{ s.title }</a><span class="summary">{ s.summary }</span></li>
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
    let get_help = READ_DURING_A_CRAMP.contains(&s.slug);
    html! {
        <article class="guide-section">
            <nav class="breadcrumbs" aria-label="Breadcrumb">
                <a href={href(&Route::Guide, None)}>{ "Guide" }</a>
            </nav>
            <h1>{ s.title }</h1>
            if get_help { { get_help_link(&Route::GuideSection(s)) } }
            <p class="lead">{ s.summary }</p>
            <Blocks blocks={s.blocks} />
            if get_help { { get_help_section() } }
            <nav class="pager" aria-label="Guide sections">
                if let Some(p) = prev { <a href={href(&Route::GuideSection(p), None)} class="pager__prev">{ "Previous: " }{ p.title }</a> }
                if let Some(n) = next { <a href={href(&Route::GuideSection(n), None)} class="pager__next">{ "Next: " }{ n.title }</a> }
            </nav>
        </article>
    }
}
