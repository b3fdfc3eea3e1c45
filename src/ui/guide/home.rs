//! The start page: the two big actions first (ease a cramp now, check your cramps), then the
//! guide and the diary.

use yew::prelude::*;

use crate::content::guide::SECTIONS;
use crate::content::stretches;
use crate::routes::Route;
use crate::ui::shared::link::href;

#[component]
pub fn Home() -> Html {
    html! {
        <>
            <h1>{ "Help with night-time leg cramps" }</h1>
            <p class="lead">{ "Private and offline: nothing you enter leaves this device." }</p>
            <div class="actions">
                <a href={href(&Route::Now, None)} class="action action--now">
                    <span class="action__title">{ "Cramp right now?" }</span>
                    <span class="action__text">{ "Pick the muscle, follow the steps, and hold the stretch with a timer." }</span>
                </a>
                <a href={href(&Route::Check, None)} class="action">
                    <span class="action__title">{ "Check your cramps" }</span>
                    <span class="action__text">{ "Warning signs first. Then what may cause yours, and a plan to try." }</span>
                </a>
                <a href={href(&Route::Diary, None)} class="action">
                    <span class="action__title">{ "Keep a cramp diary" }</span>
                    <span class="action__text">{ "Log your nights, see the trend, and print a summary for your doctor." }</span>
                </a>
            </div>
            <p class="home-stretch">
                <a href={href(&Route::Stretch, None)} class="home-stretch__link">{ stretches::TITLE }</a>
                <span class="summary">{ stretches::INVITE }</span>
            </p>
            <h2>{ "The guide" }</h2>
            <ul class="guide-list">
                { for SECTIONS.iter().map(|s| html! {
                    <li><a href={href(&Route::GuideSection(s), None)}>{ s.title }</a><span class="summary">{ s.summary }</span></li>
                }) }
            </ul>
        </>
    }
}
