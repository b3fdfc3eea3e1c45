//! The first screen: what the check is, the privacy note, and Start (or, once saved answers
//! have been found after mount, "Continue where you left off" / "Start again").

use yew::prelude::*;

use crate::assessment::screen_text;

use super::state::{CheckAction, CheckState};

pub fn intro(state: &UseReducerHandle<CheckState>) -> Html {
    let send = |action: fn() -> CheckAction| {
        let dispatch = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action()))
    };
    let in_memory = !state.flow.answers().is_empty();
    html! {
        <div class="check-intro">
            { for screen_text::INTRO.iter().map(|p| html! { <p>{ *p }</p> }) }
            <p class="check-privacy">{ screen_text::PRIVACY }</p>
            <div class="check-actions">
                if state.offer.is_some() {
                    <p class="check-offer">{ screen_text::SAVED_FOUND }</p>
                    <button type="button" onclick={send(|| CheckAction::Continue)}>{ "Continue where you left off" }</button>
                    <button type="button" class="secondary" onclick={send(|| CheckAction::StartAgain)}>{ "Start again" }</button>
                } else if in_memory {
                    <button type="button" onclick={send(|| CheckAction::Start)}>{ "Continue" }</button>
                    <button type="button" class="secondary" onclick={send(|| CheckAction::StartAgain)}>{ "Start again" }</button>
                } else {
                    <button type="button" onclick={send(|| CheckAction::Start)}>{ "Start" }</button>
                }
            </div>
        </div>
    }
}
