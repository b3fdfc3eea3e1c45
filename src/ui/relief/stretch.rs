//! Bedtime stretches (/stretch/): the nightly calf and back-of-thigh routine from the one trial
//! that found stretching helps, guided hands-free. What the routine is and what it is based on,
//! how to stay safe, the player (a plain island, `ui::relief::stretch_player`), then each
//! stretch's steps standing and sitting, with drawings.
//!
//! Dark and low-glare like relief mode (`ui::shared::layout`): it is used just before sleep.
//! Every sentence comes from `crate::content::stretches` or `crate::stretch::words`.

use yew::prelude::*;

use crate::content::stretches::{
    position_title, Position, Stretch, ABOUT, EXPERIMENT_LINK, FEEL_IT, SAFETY, SAFETY_TITLE,
    STEPS_TITLE, STRETCHES, TITLE,
};
use crate::islands::Island;
use crate::routes::Route;
use crate::runtime::island::IslandSlot;
use crate::ui::relief::now::StepList;
use crate::ui::shared::cites::cites;
use crate::ui::shared::link::href;

#[component]
pub fn Stretches() -> Html {
    html! {
        <div class="relief stretch">
            <h1>{ TITLE }</h1>
            { for ABOUT.iter().map(|c| html! { <p>{ c.text }{ cites(c.sources) }</p> }) }
            <section class="relief-section stretch-safety" aria-labelledby="stretch-safety-title">
                <h2 id="stretch-safety-title">{ SAFETY_TITLE }</h2>
                <ul>
                    { for SAFETY.iter().map(|c| html! { <li>{ c.text }{ cites(c.sources) }</li> }) }
                </ul>
            </section>
            <IslandSlot island={Island::Stretch} />
            <p class="stretch-experiment"><a href={href(&Route::DiaryExperiment, None)}>{ EXPERIMENT_LINK }</a></p>
            <h2>{ STEPS_TITLE }</h2>
            { for STRETCHES.iter().map(stretch_steps) }
        </div>
    }
}

/// One stretch: where it is felt, and its steps standing and sitting.
fn stretch_steps(s: &'static Stretch) -> Html {
    let id = format!("stretch-{}", s.spoken_name.replace(' ', "-"));
    html! {
        <section class="relief-section stretch-steps" aria-labelledby={id.clone()}>
            <h3 {id}>{ s.name }</h3>
            <p class="relief-hint">{ format!("{FEEL_IT} {}.", s.felt_in) }</p>
            { for [Position::Standing, Position::Sitting].into_iter().map(|p| html! {
                <>
                    <h4>{ position_title(p) }</h4>
                    <StepList steps={s.steps(p)} />
                </>
            }) }
            <p class="relief-sources">{ "Sources:" }{ cites(s.sources) }</p>
        </section>
    }
}
