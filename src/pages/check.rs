//! The private self-assessment (/check).

use yew::prelude::*;

#[component]
pub fn Check() -> Html {
    html! {
        <>
            <h1>{ "Check your cramps" }</h1>
        </>
    }
}
