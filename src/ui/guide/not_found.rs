//! Shown for any address the app does not know (served as 404.html by static hosts).

use yew::prelude::*;

use crate::routes::Route;
use crate::ui::shared::link::href;

#[component]
pub fn NotFound() -> Html {
    html! {
        <>
            <h1>{ "Page not found" }</h1>
            <p>{ "We could not find that page. It may have moved." }</p>
            <p><a href={href(&Route::Home, None)}>{ "Go to the start page" }</a>{ " or " }<a href={href(&Route::Now, None)}>{ "ease a cramp now" }</a>{ "." }</p>
        </>
    }
}
