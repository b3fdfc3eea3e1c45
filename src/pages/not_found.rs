//! Shown for any address the app does not know (served as 404.html by static hosts).

use yew::prelude::*;

use crate::components::link::Link;
use crate::routes::Route;

#[component]
pub fn NotFound() -> Html {
    html! {
        <>
            <h1>{ "Page not found" }</h1>
            <p>{ "We could not find that page. It may have moved." }</p>
            <p><Link to={Route::Home}>{ "Go to the start page" }</Link>{ " or " }<Link to={Route::Now}>{ "ease a cramp now" }</Link>{ "." }</p>
        </>
    }
}
