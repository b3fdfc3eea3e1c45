//! The page shell around every route: skip link, header with the always-visible
//! "Cramp now?" control, main navigation, the page itself, and the footer.

use yew::prelude::*;

use crate::content::{site, LAST_REVIEWED};
use crate::islands::Island;
use crate::routes::Route;
use crate::runtime::island::IslandSlot;
use crate::ui::shared::link::href;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub route: Route,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    let route = props.route;
    // The menu marks the page being shown ("page"), or the part of the site it is in ("true").
    let current = |to: Route| match route.section() {
        _ if route == to => Some("page"),
        Some(section) if section == to => Some("true"),
        _ => None,
    };
    // Relief mode and the bedtime stretches are used in a dark room: always dark and low-glare.
    let relief = matches!(route, Route::Now | Route::NowMuscle(_) | Route::Stretch);
    html! {
        <div class={classes!("shell", relief.then_some("shell--relief"))}>
            <a class="skip-link" href={href(&route, Some("main"))}>{ "Skip to main content" }</a>
            <header class="site-header">
                <div class="site-header__inner">
                    <a href={href(&Route::Home, None)} class="brand">
                        <svg class="brand__mark" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                            <path d="M15 3a9 9 0 1 0 6 15.5A7.5 7.5 0 0 1 15 3z" />
                        </svg>
                        { "Night Cramps" }
                    </a>
                    <a href={href(&Route::Now, None)} class="now-button">{ "Cramp now?" }</a>
                </div>
                <IslandSlot island={Island::Status} />
                <nav class="site-nav" aria-label="Main">
                    <ul>
                        <li><a href={href(&Route::Guide, None)} aria-current={current(Route::Guide)}>{ "Guide" }</a></li>
                        <li><a href={href(&Route::Check, None)} aria-current={current(Route::Check)}>{ "Check" }</a></li>
                        <li><a href={href(&Route::Diary, None)} aria-current={current(Route::Diary)}>{ "Diary" }</a></li>
                        <li><a href={href(&Route::Privacy, None)} aria-current={current(Route::Privacy)}>{ "Privacy" }</a></li>
                        <li><a href={href(&Route::About, None)} aria-current={current(Route::About)}>{ "About" }</a></li>
                    </ul>
                </nav>
            </header>
            <IslandSlot island={Island::Update} />
            <main id="main" tabindex="-1">
                if let Some(note) = route.without_script() {
                    <noscript><p class="noscript-note">{ note }</p></noscript>
                }
                { props.children.clone() }
            </main>
            <footer class="site-footer">
                <p>{ site::DISCLAIMER_SHORT }</p>
                <p>
                    { "Last reviewed " }<time datetime={LAST_REVIEWED}>{ LAST_REVIEWED }</time>{ ". " }
                    <a href={href(&Route::About, None)}>{ "About and sources" }</a>{ " · " }
                    <a href={href(&Route::Privacy, None)}>{ "Your data stays on this device" }</a>
                </p>
            </footer>
        </div>
    }
}
