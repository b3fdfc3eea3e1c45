//! Privacy (/privacy): what is stored where, and one control that erases everything.

use yew::prelude::*;

#[component]
pub fn Privacy() -> Html {
    html! {
        <>
            <h1>{ "Your data stays on this device" }</h1>
            <p>{ "Night Cramps has no server that receives your answers. There is no tracking, no advertising and no account." }</p>
            <h2>{ "What is stored, and where" }</h2>
            <ul>
                <li>{ "Your answers to the check stay in this tab's memory and are gone when you close it, unless you choose \"Save on this device\"." }</li>
                <li>{ "Diary entries are saved in this browser's storage on this device, so they are there next time. They are never sent anywhere." }</li>
                <li>{ "The app's own files are kept by your browser so the guide works offline." }</li>
            </ul>
        </>
    }
}
