//! Relief mode (/now): pick the muscle, then big numbered steps for it.

use yew::prelude::*;

use crate::components::link::Link;
use crate::content::relief::{muscle, MuscleId, AFTERCARE, MUSCLES};
use crate::routes::Route;

#[derive(Properties, PartialEq)]
pub struct NowProps {
    pub muscle: Option<MuscleId>,
}

#[component]
pub fn Now(props: &NowProps) -> Html {
    match props.muscle.and_then(muscle) {
        None => html! {
            <>
                <h1>{ "Where is the cramp?" }</h1>
                <ul class="muscle-picker">
                    { for MUSCLES.iter().map(|m| html! {
                        <li><Link to={Route::NowMuscle(m.id)} class="muscle-button">{ m.name }<span class="hint">{ m.hint }</span></Link></li>
                    }) }
                    <li><Link to={Route::NowMuscle(MuscleId::Calf)} class="muscle-button">{ "Not sure" }<span class="hint">{ "Start with the calf, the most common" }</span></Link></li>
                </ul>
            </>
        },
        Some(m) => html! {
            <>
                <h1>{ format!("{} cramp", m.name) }</h1>
                <ol class="relief-steps">{ for m.steps.iter().map(|s| html! { <li>{ s.text }</li> }) }</ol>
                <h2>{ "If you can't stand" }</h2>
                <ul>{ for m.alternatives.iter().map(|s| html! { <li>{ s.text }</li> }) }</ul>
                <h2>{ "After the cramp" }</h2>
                <ul>{ for AFTERCARE.iter().map(|c| html! { <li>{ c.text }</li> }) }</ul>
            </>
        },
    }
}
