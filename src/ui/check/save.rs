//! "Save my answers on this device" (off unless the person ticks it) and "Erase saved answers".
//! What is stored, and when, follows `CheckState::storage_plan`.

use yew::prelude::*;

use crate::assessment::screen_text;

use super::state::{CheckAction, CheckState};

pub fn save_controls(state: &UseReducerHandle<CheckState>) -> Html {
    let on = state.saving.on;
    let onchange = {
        let dispatch = state.dispatcher();
        Callback::from(move |_: Event| dispatch.dispatch(CheckAction::SetSave(!on)))
    };
    let on_erase = {
        let dispatch = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(CheckAction::Erase))
    };
    html! {
        <div class="check-save no-print">
            <div class="check-option">
                <input type="checkbox" id="check-save" checked={on} disabled={state.saving.blocked}
                    aria-describedby="check-save-hint" {onchange} />
                <label for="check-save">{ "Save my answers on this device" }</label>
            </div>
            <p id="check-save-hint" class="hint">{ screen_text::SAVE_HINT }</p>
            if on || state.offer.is_some() {
                <button type="button" class="secondary" onclick={on_erase}>{ "Erase saved answers" }</button>
            }
        </div>
    }
}
