//! The cramp diary (/diary) and the printable doctor summary (/diary/summary/).

use yew::prelude::*;

#[component]
pub fn Diary() -> Html {
    html! { <h1>{ "Cramp diary" }</h1> }
}

#[component]
pub fn DiarySummary() -> Html {
    html! { <h1>{ "Summary for your doctor" }</h1> }
}
