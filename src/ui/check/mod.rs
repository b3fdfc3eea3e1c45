//! The private self-assessment (/check): an introduction, one question per step, and the result.
//!
//! The page holds one [`CheckState`] (a pure reducer) and three effects that follow it: read
//! saved answers after mount (never during the first render, so hydration matches the
//! prerendered introduction), keep storage in step with the "save on this device" choice, and
//! move focus to each new screen's heading. Every word with a medical meaning comes from
//! `crate::assessment` and `crate::content`.

mod answers;
mod dom;
mod intro;
mod plan;
mod result;
mod save;
mod state;
mod step;
mod storage;

use yew::prelude::*;

use crate::assessment::screen_text;
use state::{CheckAction, CheckState, Stage};

/// The id of the element that receives focus when a screen appears.
pub(crate) const FOCUS_ID: &str = "check-focus";

#[component]
pub fn Check() -> Html {
    let state = use_reducer(CheckState::default);

    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            dispatch.dispatch(CheckAction::Found(storage::load()))
        });
    }
    {
        let dispatch = state.dispatcher();
        use_effect_with(state.storage_plan(), move |plan| {
            if let Err(message) = storage::apply(plan) {
                dispatch.dispatch(CheckAction::StoreFailed(message));
            }
        });
    }
    use_effect_with(state.screen, |screen| {
        // Not on the first render: a page load keeps the browser's own focus.
        if *screen > 0 {
            dom::focus(FOCUS_ID);
        }
    });

    let stage = state.stage();
    let screen = match stage {
        Stage::Intro => intro::intro(&state),
        Stage::Question => step::step(&state),
        Stage::Result => result::check_result(&state),
    };
    let heading_id = (stage == Stage::Intro).then_some(FOCUS_ID);
    html! {
        // data-screen counts screens shown, so tests can tell two similar questions apart.
        <div class={classes!("check", format!("check--{}", stage_key(stage)))} data-screen={state.screen.to_string()}>
            <h1 id={heading_id} tabindex="-1">{ "Check your cramps" }</h1>
            // Always present, so screen readers announce what appears in it.
            <div class="check-notes" role="status">
                if !state.dropped.is_empty() {
                    <div class="check-note">
                        <p>{ screen_text::DROPPED }</p>
                        <ul>
                            { for state.dropped.iter().map(|q| html! { <li>{ q.question().short() }</li> }) }
                        </ul>
                    </div>
                }
                { for state.notes.iter().map(|n| html! { <p class="check-note">{ n }</p> }) }
            </div>
            { screen }
            { save::save_controls(&state) }
        </div>
    }
}

fn stage_key(stage: Stage) -> &'static str {
    match stage {
        Stage::Intro => "intro",
        Stage::Question => "question",
        Stage::Result => "result",
    }
}
