//! The page shell around every route: skip link, header with the always-visible
//! "Cramp now?" control, main navigation, the page itself, and the footer.

use yew::prelude::*;

use crate::components::link::{href, Link};
use crate::components::offline_badge::OfflineBadge;
use crate::components::update_prompt::UpdatePrompt;
use crate::content::{site, LAST_REVIEWED};
use crate::routes::Route;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub route: Route,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    let route = props.route;
    // After an in-app navigation, give the new page its title and move focus to its main region,
    // so screen-reader and keyboard users start at the top of the new content (as a full load would).
    let first_render = use_mut_ref(|| true);
    use_effect_with(route, move |route| {
        let (title, _) = route.meta();
        crate::browser::on_route_change(&title, std::mem::replace(&mut *first_render.borrow_mut(), false));
    });
    let relief = matches!(route, Route::Now | Route::NowMuscle(_));
    html! {
        <div class={classes!("shell", relief.then_some("shell--relief"))}>
            <a class="skip-link" href={href(&route, Some("main"))}>{ "Skip to main content" }</a>
            <header class="site-header">
                <div class="site-header__inner">
                    <Link to={Route::Home} class="brand">
                        <svg class="brand__mark" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                            <path d="M15 3a9 9 0 1 0 6 15.5A7.5 7.5 0 0 1 15 3z" />
                        </svg>
                        { "Night Cramps" }
                    </Link>
                    <Link to={Route::Now} class="now-button">{ "Cramp now?" }</Link>
                </div>
                <OfflineBadge />
                <nav class="site-nav" aria-label="Main">
                    <ul>
                        <li><Link to={Route::Guide} mark_current=true>{ "Guide" }</Link></li>
                        <li><Link to={Route::Check} mark_current=true>{ "Check" }</Link></li>
                        <li><Link to={Route::Diary} mark_current=true>{ "Diary" }</Link></li>
                        <li><Link to={Route::Privacy} mark_current=true>{ "Privacy" }</Link></li>
                        <li><Link to={Route::About} mark_current=true>{ "About" }</Link></li>
                    </ul>
                </nav>
            </header>
            <UpdatePrompt />
            <main id="main" tabindex="-1">
                { props.children.clone() }
            </main>
            <footer class="site-footer">
                <p>{ site::DISCLAIMER_SHORT }</p>
                <p>
                    { "Last reviewed " }<time datetime={LAST_REVIEWED}>{ LAST_REVIEWED }</time>{ ". " }
                    <Link to={Route::About}>{ "About and sources" }</Link>{ " · " }
                    <Link to={Route::Privacy}>{ "Your data stays on this device" }</Link>
                </p>
            </footer>
        </div>
    }
}
