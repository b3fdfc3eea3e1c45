//! The result: the care card first, then why ("because you said ..."), the factors that may
//! contribute with their evidence, the personal plan, every answer (with Change), and Print /
//! Change my answers / Start again. Its heading receives focus when it appears.

use yew::prelude::*;

use crate::assessment::screen_text;
use crate::assessment::{Choice, Disposition, Factor, Reason, ReasonValue, SafetyLine, Signs};
use crate::content::red_flags::{red_flags_of, NOT_SURE_ADVICE};
use crate::ui::shared::care_card::care_card;
use crate::ui::shared::cites::cites;

use super::answers::{answer_list, said};
use super::dom;
use super::plan::plan_view;
use super::state::{first_question, CheckAction, CheckState};
use super::FOCUS_ID;

// Not inlined into the page: compiled when first shown, not while the introduction is hydrated
// (ARCHITECTURE.md, "Code that runs later").
#[inline(never)]
pub fn check_result(state: &UseReducerHandle<CheckState>) -> Html {
    let Some(outcome) = state.flow.outcome() else {
        return html! {};
    };
    let disposition = outcome.disposition;
    let dispatch = state.dispatcher();
    let on_print = Callback::from(|_: MouseEvent| dom::print());
    let on_change = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(q) = first_question() {
                dispatch.dispatch(CheckAction::Change(q));
            }
        })
    };
    let on_again = Callback::from(move |_: MouseEvent| dispatch.dispatch(CheckAction::StartAgain));
    let lead = if disposition == Disposition::SelfCare {
        screen_text::BECAUSE_NO_WARNING_SIGNS
    } else {
        screen_text::BECAUSE
    };
    html! {
        <div class={classes!("check-result", format!("check-result--{}", disposition.key()))}>
            <h2 id={FOCUS_ID} class="check-result__heading" tabindex="-1">
                <span class="check-result__label">{ screen_text::RESULT_HEADING }{ ": " }</span>
                { disposition.label() }
            </h2>
            if let Some(urgency) = outcome.care_card().map(|c| c.urgency) {
                { care_card(urgency, 3) }
            }
            if outcome.has_not_sure() {
                <p class="check-not-sure"><strong>{ NOT_SURE_ADVICE }</strong></p>
            }
            if disposition == Disposition::SelfCare {
                <p class="check-now">{ screen_text::NOW_SELF_CARE }</p>
            }
            <section class="check-section" aria-labelledby="check-why">
                <h2 id="check-why">{ screen_text::WHY_HEADING }</h2>
                <p>{ lead }</p>
                <ul class="check-reasons">
                    { for outcome.because.iter().map(why_item) }
                </ul>
            </section>
            { safety_net(outcome.safety_net) }
            if let Some(plan) = outcome.plan.clone() {
                { factors(&outcome.factors) }
                { plan_view(&plan) }
            } else {
                <p class="check-no-plan">{ screen_text::RED_FLAG_NO_PLAN }</p>
            }
            { answer_list(state) }
            <div class="check-actions no-print">
                <button type="button" onclick={on_print}>{ "Print" }</button>
                <button type="button" class="secondary" onclick={on_change}>{ "Change my answers" }</button>
                <button type="button" class="secondary" onclick={on_again}>{ "Start again" }</button>
            </div>
        </div>
    }
}

/// One "because you said" line; for a warning sign answered yes or not sure, what it may mean.
fn why_item(reason: &Reason) -> Html {
    let raised = matches!(
        reason.value,
        ReasonValue::Choice(Choice::Yes | Choice::NotSure)
    );
    let flag = reason.question.question().red_flag().filter(|_| raised);
    html! {
        <li>
            <span class="check-said">{ reason.question_label() }{ ": " }<strong>{ reason.answer_label() }</strong></span>
            if let Some(flag) = flag {
                <p class="check-reason-why">{ flag.why }{ cites(flag.sources) }</p>
            }
        </li>
    }
}

/// "If things change": what would change the advice, under every result.
fn safety_net(lines: &[SafetyLine]) -> Html {
    html! {
        <section class="check-section check-safety-net" aria-labelledby="check-safety-net">
            <h2 id="check-safety-net">{ crate::assessment::safety_net::HEADING }</h2>
            { for lines.iter().map(|line| {
                let signs: Vec<&str> = match line.signs {
                    Signs::RedFlags(urgency) => red_flags_of(urgency).map(|f| f.sign).collect(),
                    Signs::Listed(signs) => signs.to_vec(),
                    Signs::None => Vec::new(),
                };
                html! {
                    <div class="check-safety-line">
                        <p><strong>{ line.lead }</strong></p>
                        if !signs.is_empty() {
                            <ul>{ for signs.into_iter().map(|s| html! { <li>{ s }</li> }) }</ul>
                        }
                    </div>
                }
            }) }
        </section>
    }
}

/// Ranked factors, each with its evidence strength, summary, sources and the answers behind it.
fn factors(factors: &[Factor]) -> Html {
    html! {
        <section class="check-section" aria-labelledby="check-factors">
            <h2 id="check-factors">{ screen_text::FACTORS_HEADING }</h2>
            if factors.is_empty() {
                <p>{ screen_text::NO_FACTORS.text }{ cites(screen_text::NO_FACTORS.sources) }</p>
            } else {
                <p>{ screen_text::FACTORS_NOTE }</p>
                <ol class="factors check-factors">
                    { for factors.iter().map(|f| html! {
                        <li>
                            <h3>{ f.name }</h3>
                            <p class="strength">{ f.strength.label() }</p>
                            <p>{ f.summary }{ cites(f.sources) }</p>
                            { said(&f.because) }
                        </li>
                    }) }
                </ol>
            }
        </section>
    }
}
