//! One question: a form with native controls (radio buttons for one answer, checkboxes for
//! several, a number box), the progress, and Next / Back. Enter submits the step; the heading
//! receives focus when the question appears (see `check.rs`).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::assessment::{Choice, Kind, Opt, Question};

use super::state::{CheckAction, CheckState};
use super::FOCUS_ID;

const HINT_ID: &str = "check-hint";
const ERROR_ID: &str = "check-error";
const NUMBER_ID: &str = "check-number";

// Not inlined into the page: compiled when first shown, not while the introduction is hydrated
// (ARCHITECTURE.md, "Code that runs later").
#[inline(never)]
pub fn step(state: &UseReducerHandle<CheckState>) -> Html {
    let Some(q) = state.flow.current() else {
        return html! {};
    };
    let (n, total) = state.flow.progress();
    let dispatch = state.dispatcher();
    let onsubmit = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dispatch.dispatch(CheckAction::Next);
        })
    };
    let onback = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(CheckAction::Back))
    };
    let described: Vec<&str> = [
        q.hint().map(|_| HINT_ID),
        state.error.as_ref().map(|_| ERROR_ID),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    // Always one node each, empty when there is none: an `Option` in braces would add or remove
    // a child, and Yew, matching children from the end, would rebuild the question's heading
    // when an error appears (ARCHITECTURE.md, "Invariants", on lists).
    let hint = html! {
        if let Some(h) = q.hint() {
            <p id={HINT_ID} class="hint">{ h }</p>
        }
    };
    let error = html! {
        if let Some(e) = &state.error {
            <p id={ERROR_ID} class="check-error" role="alert">
                <span class="visually-hidden">{ "Error: " }</span>{ e.clone() }
            </p>
        }
    };
    let invalid = state.error.is_some().then_some("true");

    let body = match q.kind {
        Kind::Number { min, max, .. } => {
            let oninput = {
                let dispatch = dispatch.clone();
                Callback::from(move |e: InputEvent| {
                    if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                        dispatch.dispatch(CheckAction::Type(input.value()));
                    }
                })
            };
            html! {
                <div class="check-field">
                    <h2 id={FOCUS_ID} class="check-q" tabindex="-1"><label for={NUMBER_ID}>{ q.prompt() }</label></h2>
                    { hint }
                    { error }
                    <input type="number" id={NUMBER_ID} class="check-number" name={q.id.key()}
                        min={min.to_string()} max={max.to_string()} step="1" inputmode="numeric"
                        value={state.draft.number.clone()} {oninput}
                        aria-describedby={described} aria-invalid={invalid} />
                </div>
            }
        }
        Kind::YesNo | Kind::Single(_) | Kind::Multi(_) => {
            let multi = matches!(q.kind, Kind::Multi(_));
            html! {
                <fieldset class="check-field" aria-describedby={described}>
                    <legend><h2 id={FOCUS_ID} class="check-q" tabindex="-1">{ q.prompt() }</h2></legend>
                    { hint }
                    { error }
                    <div class={classes!("check-options", (q.options().len() == 2 && !multi).then_some("check-options--inline"))}>
                        { for q.options().iter().map(|o| option(q, o, multi, state)) }
                    </div>
                </fieldset>
            }
        }
    };

    html! {
        // Keyed by question, so each question gets fresh controls.
        <form key={q.id.key()} class="check-step" novalidate=true {onsubmit}>
            <div class="check-progress">
                <p class="check-progress__section">{ q.section.title() }</p>
                <p class="check-progress__count">{ format!("Question {n} of {total}") }</p>
                <progress max={total.to_string()} value={n.to_string()} aria-hidden="true"></progress>
            </div>
            <div class={classes!("check-group", invalid.map(|_| "check-group--error"))}>{ body }</div>
            <div class="check-nav">
                <button type="submit">{ "Next" }</button>
                <button type="button" class="secondary" onclick={onback}>{ "Back" }</button>
            </div>
        </form>
    }
}

/// One radio button or checkbox with its label.
fn option(q: &Question, o: &Opt, multi: bool, state: &UseReducerHandle<CheckState>) -> Html {
    let id = format!("q-{}-{}", q.id.key(), o.choice.key());
    let choice = o.choice;
    let dispatch = state.dispatcher();
    let (kind, checked, action): (&str, bool, fn(Choice) -> CheckAction) = if multi {
        (
            "checkbox",
            state.draft.choices.contains(&choice),
            CheckAction::Toggle,
        )
    } else {
        (
            "radio",
            state.draft.choice == Some(choice),
            CheckAction::Choose,
        )
    };
    let onchange = Callback::from(move |_: Event| dispatch.dispatch(action(choice)));
    html! {
        <div class={classes!("check-option", o.exclusive.then_some("check-option--exclusive"))}>
            <input type={kind} id={id.clone()} name={q.id.key()} value={choice.key()} {checked} {onchange} />
            <label for={id}>{ o.label }</label>
        </div>
    }
}
