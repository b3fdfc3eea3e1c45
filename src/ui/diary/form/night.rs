//! "Which night?": the recent nights as radios, and a date field behind "Another night".

use yew::prelude::*;

use super::fields::{describedby, group, radio_choice};
use crate::diary::{Date, Field, RecentNight};

/// How the night is asked right now: which recent night is chosen, if any, and whether the date
/// field is shown ("Another night").
pub(super) struct NightShown<'a> {
    pub(super) picked: Option<&'a RecentNight>,
    pub(super) other: bool,
}

/// The date field behind "Another night".
pub(super) struct NightDate<'a> {
    pub(super) value: &'a str,
    pub(super) max: Date,
    pub(super) oninput: Callback<InputEvent>,
}

/// "Which night?": the recent nights as radios, then "Another night", which shows a date field
/// right after it (so it is next in the tab order). The field is only made when asked for.
#[inline(never)]
pub(super) fn night_group(
    recent: &[RecentNight],
    night: &NightShown,
    date: NightDate,
    errors: Vec<String>,
    on_pick: Callback<Option<String>>,
) -> Html {
    let field = Field::NightOf;
    let has_error = !errors.is_empty();
    let radio = |key: &str, label: &str, value: Option<String>, checked: bool| {
        let on_pick = on_pick.clone();
        let onchange = Callback::from(move |_: Event| on_pick.emit(value.clone()));
        radio_choice(field, key, label, checked, onchange)
    };
    let options = recent
        .iter()
        .map(|r| {
            let checked = !night.other && night.picked == Some(r);
            radio(r.key, &r.label, Some(r.night.to_string()), checked)
        })
        .chain(std::iter::once(radio(
            "other",
            "Another night",
            None,
            night.other,
        )))
        .collect::<Html>();
    // Always a node, empty until asked for: an `Option` would add a child to the list, which
    // Yew matches from its end, and the radios would be rebuilt and lose the keyboard's focus.
    let date_field = html! {
        if night.other {
            <div class="choices__reveal">
                <label for={field.key()} class="field__label">{ "Date of the night" }</label>
                <input id={field.key()} name="night_date" type="date" value={date.value.to_string()}
                    class="input" max={date.max.to_string()} autocomplete="off"
                    aria-describedby={describedby(field, has_error)} aria-invalid={has_error.then_some("true")}
                    oninput={date.oninput} />
            </div>
        }
    };
    group(
        field,
        errors,
        "choices--radio",
        html! { <>{ options }{ date_field }</> },
    )
}
