//! Shared by the native page tests (`mod page_support;`): renders a route's whole page on the
//! host, exactly as the prerender does.
#![allow(dead_code)]

use night_cramps::app::{App, AppProps};
use night_cramps::routes::Route;

/// The page's body HTML.
pub fn render(route: Route) -> String {
    render_component::<App>(AppProps { route })
}

/// One component's HTML as the host renders it.
pub fn render_component<C>(props: C::Properties) -> String
where
    C: yew::BaseComponent,
    C::Properties: Send,
{
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let local = tokio::task::LocalSet::new();
    local.block_on(&rt, async move {
        yew::LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render()
            .await
    })
}

/// HTML-escapes text the way the renderer does, to find content sentences in a page.
pub fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&#39;")
        .replace('"', "&quot;")
}

/// Whether the page's HTML holds `text`, as written or escaped.
pub fn contains_text(html: &str, text: &str) -> bool {
    html.contains(text) || html.contains(&escaped(text))
}
