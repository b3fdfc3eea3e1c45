//! The Yew application: the router, the page shell and the route → page switch.
//!
//! The same `App` renders on the host (prerender, tests: a `MemoryHistory` at a given path) and in
//! the browser (a `BrowserRouter` whose basename comes from the page's `<base href>`), so the
//! prerendered HTML and the first browser render match and hydration succeeds.

use std::collections::HashMap;

use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

use crate::components::layout::Layout;
use crate::pages;
use crate::routes::Route;

impl Routable for Route {
    fn from_path(path: &str, _params: &HashMap<&str, &str>) -> Option<Self> {
        Some(Route::parse(path))
    }

    fn to_path(&self) -> String {
        self.path()
    }

    fn routes() -> Vec<&'static str> {
        vec!["/*path"]
    }

    fn not_found_route() -> Option<Self> {
        Some(Route::NotFound)
    }

    fn recognize(pathname: &str) -> Option<Self> {
        Some(Route::parse(pathname))
    }
}

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// Set on the host only: the app-relative path to render (e.g. "/guide/causes/").
    #[prop_or_default]
    pub server_path: Option<AttrValue>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    match &props.server_path {
        Some(path) => {
            let history = AnyHistory::from(MemoryHistory::new());
            history.push(path.as_str());
            html! { <Router {history}><Switch<Route> render={switch} /></Router> }
        }
        None => html! { <BrowserRouter><Switch<Route> render={switch} /></BrowserRouter> },
    }
}

/// Route → page, always inside the shared layout.
pub fn switch(route: Route) -> Html {
    let page = match route {
        Route::Home => html! { <pages::home::Home /> },
        Route::Now => html! { <pages::now::Now muscle={None::<crate::content::relief::MuscleId>} /> },
        Route::NowMuscle(m) => html! { <pages::now::Now muscle={Some(m)} /> },
        Route::Guide => html! { <pages::guide::GuideIndex /> },
        Route::GuideSection(s) => html! { <pages::guide::GuideSectionPage slug={s.slug} /> },
        Route::Check => html! { <pages::check::Check /> },
        Route::Diary => html! { <pages::diary::Diary /> },
        Route::DiarySummary => html! { <pages::diary::DiarySummary /> },
        Route::Privacy => html! { <pages::privacy::Privacy /> },
        Route::About => html! { <pages::about::About /> },
        Route::NotFound => html! { <pages::not_found::NotFound /> },
    };
    html! { <Layout {route}>{page}</Layout> }
}
