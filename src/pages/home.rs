//! The start page: the two big actions first (ease a cramp now, check your cramps), then the
//! guide and the diary.

use yew::prelude::*;

use crate::components::link::Link;
use crate::content::guide::SECTIONS;
use crate::routes::Route;

#[component]
pub fn Home() -> Html {
    html! {
        <>
            <h1>{ "Help with night-time leg cramps" }</h1>
            <p class="lead">{ "Private and offline: nothing you enter leaves this device." }</p>
            <div class="actions">
                <Link to={Route::Now} class="action action--now">
                    <span class="action__title">{ "Cramp right now?" }</span>
                    <span class="action__text">{ "Ease it: pick the muscle, follow the steps, hold with a timer." }</span>
                </Link>
                <Link to={Route::Check} class="action">
                    <span class="action__title">{ "Check your cramps" }</span>
                    <span class="action__text">{ "Warning signs first, then what may be behind yours and a plan to try." }</span>
                </Link>
                <Link to={Route::Diary} class="action">
                    <span class="action__title">{ "Keep a cramp diary" }</span>
                    <span class="action__text">{ "Log your nights, see the trend and print a summary for your doctor." }</span>
                </Link>
            </div>
            <h2>{ "The guide" }</h2>
            <ul class="guide-list">
                { for SECTIONS.iter().map(|s| html! {
                    <li><Link to={Route::GuideSection(s)}>{ s.title }</Link><span class="summary">{ s.summary }</span></li>
                }) }
            </ul>
        </>
    }
}
