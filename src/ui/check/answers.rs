//! The answers as the result shows them: "Your answers", every answer given in question order,
//! each with a Change button that goes back into the flow at that question (printed with the
//! result, for the appointment); and the "Because you said" line under a factor or plan item.

use yew::prelude::*;

use crate::assessment::screen_text;
use crate::assessment::{Answer, Question, Reason};

use super::state::{CheckAction, CheckState};

pub fn answer_list(state: &UseReducerHandle<CheckState>) -> Html {
    let answers = state.flow.answers().pruned();
    html! {
        <section class="check-section check-answers" aria-labelledby="check-answers">
            <h2 id="check-answers">{ screen_text::ANSWERS_HEADING }</h2>
            <dl>
                { for answers.iter().map(|(id, answer)| {
                    let q = id.question();
                    let dispatch = state.dispatcher();
                    let onclick = Callback::from(move |_: MouseEvent| dispatch.dispatch(CheckAction::Change(id)));
                    html! {
                        <div class="check-answer">
                            <dt>{ q.short() }</dt>
                            <dd>
                                <span>{ answer_text(q, answer) }</span>
                                <button type="button" class="secondary check-change no-print" {onclick}>
                                    { "Change" }<span class="visually-hidden">{ format!(" your answer to: {}", q.short()) }</span>
                                </button>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
        </section>
    }
}

/// An answer as the person saw it: option labels, or the number with its unit.
fn answer_text(q: &Question, answer: &Answer) -> String {
    match answer {
        Answer::Choice(c) => q.label_of(*c).unwrap_or(c.key()).to_string(),
        Answer::Choices(set) => set
            .iter()
            .map(|c| q.label_of(*c).unwrap_or(c.key()))
            .collect::<Vec<_>>()
            .join("; "),
        Answer::Number(n) => q.number_label(*n),
    }
}

/// "Because you said: a; b" after a factor or plan item.
pub fn said(reasons: &[Reason]) -> Html {
    if reasons.is_empty() {
        return html! {};
    }
    let text = reasons
        .iter()
        .map(Reason::text)
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <p class="check-because"><strong>{ screen_text::BECAUSE }</strong>{ " " }{ text }</p>
    }
}
