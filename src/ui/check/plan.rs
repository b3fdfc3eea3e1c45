//! The personal plan: the nightly stretch routine (with a link to relief mode's drawings and
//! hold timer), habits, what to ask a doctor or pharmacist about, what is not worth trying, and
//! links to ease a cramp in the muscles the person named.

use yew::prelude::*;

use crate::assessment::screen_text;
use crate::assessment::{Plan, PlanEntry};
use crate::content::guide;
use crate::content::relief::muscle;
use crate::routes::Route;
use crate::ui::shared::cites::cites;
use crate::ui::shared::link::href;

use super::answers::said;

pub fn plan_view(plan: &Plan) -> Html {
    let routine = plan.stretches;
    html! {
        <section class="check-section check-plan" aria-labelledby="check-plan">
            <h2 id="check-plan">{ screen_text::PLAN_HEADING }</h2>
            <h3>{ screen_text::STRETCH_HEADING }</h3>
            <p>{ routine.when }</p>
            { for routine.stretches.iter().map(|s| html! {
                <div class="check-stretch">
                    <h4>{ s.name }</h4>
                    <ol>{ for s.steps.iter().map(|step| html! { <li>{ *step }</li> }) }</ol>
                    <p class="no-print">
                        <a href={href(&Route::NowMuscle(s.muscle), None)}>{ format!("Drawings and a hold timer: {}", s.name.to_lowercase()) }</a>
                    </p>
                </div>
            }) }
            <p>{ routine.evidence }{ cites(routine.sources) }</p>
            { part(screen_text::HABITS_HEADING, None, &plan.habits) }
            { part(screen_text::ASK_HEADING, None, &plan.ask_about) }
            { part(screen_text::NOT_WORTH_HEADING, Some(screen_text::NOT_WORTH_NOTE), &plan.not_worth_trying) }
            if !plan.relief.is_empty() {
                <div class="no-print">
                    <h3>{ screen_text::RELIEF_HEADING }</h3>
                    <ul class="check-relief">
                        { for plan.relief.iter().filter_map(|m| muscle(*m)).map(|m| html! {
                            <li><a href={href(&Route::NowMuscle(m.id), None)}>{ format!("{} cramp: ease it now", m.name) }</a></li>
                        }) }
                    </ul>
                </div>
            }
        </section>
    }
}

/// One part of the plan as a list; nothing when empty.
fn part(heading: &'static str, note: Option<&'static str>, entries: &[PlanEntry]) -> Html {
    if entries.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h3>{ heading }</h3>
            if let Some(note) = note {
                <p>{ note }</p>
            }
            <ul class="check-plan-items">
                { for entries.iter().map(entry) }
            </ul>
        </>
    }
}

fn entry(e: &PlanEntry) -> Html {
    // The first claim the item rests on, in the guide's "myths and evidence" list.
    let evidence = e.item.claims.first().map(|claim| {
        html! {
            <a href={href(&Route::GuideSection(&guide::MYTHS), Some(&format!("claim-{claim}")))} class="no-print">
                { "What the evidence says" }
            </a>
        }
    });
    html! {
        <li>
            <p>{ e.item.text }{ cites(e.item.sources) }</p>
            { said(&e.because) }
            if let Some(link) = evidence {
                <p class="check-evidence">{ link }</p>
            }
        </li>
    }
}
