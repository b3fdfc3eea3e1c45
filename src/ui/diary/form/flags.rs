//! Two parts of the diary form: the warning signs, with the check's own care card under them as
//! soon as one is raised (ticked, or a longest cramp over 10 minutes), and the bedtime-stretches
//! box. Every word is `diary::warning`'s or the care card's (`content::care`); which sign gives
//! which card is decided there, not here.

use yew::prelude::*;

use super::fields::checkbox_group;
use crate::diary::warning::{raised_by, urgency_of, CARD_INTRO, STRETCHED_LABEL};
use crate::diary::{Draft, Field, WarningSign};
use crate::ui::shared::care_card::repeated_care_card;

/// The warning signs as boxes to tick, then the care card they call for. The card's place is
/// always there (a live region, so a screen reader hears the card when it appears).
#[inline(never)]
pub(super) fn warning_signs_part(
    draft: &Draft,
    errors: Vec<String>,
    on_toggle: Callback<(WarningSign, bool)>,
) -> Html {
    let urgency = urgency_of(&raised_by(&draft.warning_signs, draft.longest));
    html! {
        <>
            { checkbox_group(Field::WarningSigns, &draft.warning_signs, errors, on_toggle) }
            <div class="diary-flag" aria-live="polite">
                if let Some(urgency) = urgency {
                    <p class="diary-flag__intro">{ CARD_INTRO }</p>
                    { repeated_care_card(urgency, 3) }
                }
            </div>
        </>
    }
}

/// "I did the bedtime stretches that evening".
#[inline(never)]
pub(super) fn stretched_part(checked: bool, on_toggle: Callback<bool>) -> Html {
    let field = Field::Stretched;
    let onchange = Callback::from(move |e: Event| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            on_toggle.emit(input.checked());
        }
    });
    html! {
        <fieldset class="field choices choices--check">
            <legend class="field__label">{ field.label() }</legend>
            <div class="choices__options">
                <div class="choice">
                    <input type="checkbox" id={field.key()} name={field.key()} {checked} {onchange} />
                    <label for={field.key()}>{ STRETCHED_LABEL }</label>
                </div>
            </div>
        </fieldset>
    }
}
