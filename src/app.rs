//! Whole pages: the route → page switch inside the shared layout.
//!
//! Only the host renders whole pages (the prerender, native tests). In the browser the page is
//! already there; only its islands are hydrated (`crate::islands`), so none of this is shipped.

use yew::prelude::*;

use crate::islands::Island;
use crate::routes::Route;
use crate::runtime::island::IslandSlot;
use crate::ui;
use crate::ui::shared::layout::Layout;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The page to render.
    pub route: Route,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    switch(props.route)
}

/// Route → page, always inside the shared layout. Pages that are interactive as a whole are one
/// island; the others are plain HTML.
pub fn switch(route: Route) -> Html {
    let page = match route {
        Route::Home => html! { <ui::guide::home::Home /> },
        Route::Now => html! { <ui::relief::now::MusclePicker /> },
        Route::NowMuscle(m) => html! { <ui::relief::now::MuscleRelief muscle={m} /> },
        Route::Guide => html! { <ui::guide::GuideIndex /> },
        Route::GuideSection(s) => html! { <ui::guide::GuideSectionPage slug={s.slug} /> },
        Route::Check => html! { <IslandSlot island={Island::Check} /> },
        Route::Diary => html! { <IslandSlot island={Island::Diary} /> },
        Route::DiarySummary => html! { <IslandSlot island={Island::DiarySummary} /> },
        Route::DiaryBackup => html! { <IslandSlot island={Island::DiaryBackup} /> },
        Route::DiaryExperiment => html! { <IslandSlot island={Island::DiaryExperiment} /> },
        Route::Privacy => html! { <IslandSlot island={Island::Privacy} /> },
        Route::About => html! { <ui::guide::about::About /> },
        Route::Stretch => html! { <ui::relief::stretch::Stretches /> },
        Route::NotFound => html! { <ui::guide::not_found::NotFound /> },
    };
    html! { <Layout {route}>{page}</Layout> }
}
