//! The diary form's fields: a labelled text input, the note, a fieldset of checkboxes, radios
//! or the pain scale, each with its hint and its problems; and the form's buttons. Functions,
//! not components: each component type adds code to the download.

use std::collections::BTreeSet;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::diary::{warning, Choice, Field, MAX_NOTE_CHARS, MAX_PAIN};

pub(super) fn option_id(field: Field, key: &str) -> String {
    format!("{}-{}", field.key(), key)
}

pub(super) fn error_id(field: Field) -> String {
    format!("{}-error", field.key())
}

pub(super) fn hint_id(field: Field) -> String {
    format!("{}-hint", field.key())
}

/// The note, with how many characters are used so far.
#[inline(never)]
pub(super) fn note_field(note: &str, errors: Vec<String>, oninput: Callback<InputEvent>) -> Html {
    let field = Field::Note;
    let has_error = !errors.is_empty();
    let used = note.trim().chars().count();
    html! {
        <div class={classes!("field", has_error.then_some("field--error"))}>
            <label for={field.key()} class="field__label">{ field.label() }</label>
            <span class="hint" id={hint_id(field)}>
                { format!("Anything you want to remember or tell your doctor. Up to {} characters; you have used {}.", thousands(MAX_NOTE_CHARS), thousands(used)) }
            </span>
            { field_errors(field, &errors) }
            <textarea id={field.key()} name={field.key()} rows="4" value={note.to_string()} {oninput}
                aria-describedby={describedby(field, has_error)}
                aria-invalid={has_error.then_some("true")} />
        </div>
    }
}

/// "Save entry" ("Save changes" and "Cancel" when changing an entry).
#[inline(never)]
pub(super) fn form_buttons(editing: bool, on_cancel: Callback<MouseEvent>) -> Html {
    html! {
        <div class="diary-form__buttons">
            <button type="submit">{ if editing { "Save changes" } else { "Save entry" } }</button>
            if editing {
                <button type="button" class="secondary" onclick={on_cancel}>{ "Cancel" }</button>
            }
        </div>
    }
}

pub(super) fn thousands(n: usize) -> String {
    if n >= 1000 {
        format!("{},{:03}", n / 1000, n % 1000)
    } else {
        n.to_string()
    }
}

/// `aria-describedby` for a field: its hint, and its error when it has one.
pub(super) fn describedby(field: Field, has_error: bool) -> String {
    if has_error {
        format!("{} {}", hint_id(field), error_id(field))
    } else {
        hint_id(field)
    }
}

pub(super) fn field_errors(field: Field, messages: &[String]) -> Html {
    if messages.is_empty() {
        return html! {};
    }
    html! {
        <p class="field__error" id={error_id(field)}>
            <span class="visually-hidden">{ "Error: " }</span>{ messages.join(" ") }
        </p>
    }
}

/// A labelled text input with its hint and errors.
pub(super) struct TextField {
    pub(super) field: Field,
    pub(super) value: String,
    pub(super) hint: String,
    pub(super) errors: Vec<String>,
    pub(super) oninput: Callback<InputEvent>,
    pub(super) inputmode: Option<&'static str>,
    pub(super) narrow: bool,
}

/// A function, not a component: each component type adds code to the download.
#[inline(never)]
pub(super) fn text_field(f: TextField) -> Html {
    let field = f.field;
    let has_error = !f.errors.is_empty();
    html! {
        <div class={classes!("field", has_error.then_some("field--error"))}>
            <label for={field.key()} class="field__label">{ field.label() }</label>
            <span class="hint" id={hint_id(field)}>{ f.hint }</span>
            { field_errors(field, &f.errors) }
            <input id={field.key()} name={field.key()} type="text" value={f.value}
                class={classes!("input", f.narrow.then_some("input--narrow"))}
                inputmode={f.inputmode} autocomplete="off"
                aria-describedby={describedby(field, has_error)} aria-invalid={has_error.then_some("true")}
                oninput={f.oninput} />
        </div>
    }
}

pub(super) fn group_hint(field: Field) -> &'static str {
    match field {
        Field::NightOf => "The evening the night began: a cramp at 3 a.m. on the 15th belongs to the night of the 14th.",
        Field::Muscles => "Choose all that apply.",
        Field::Helped => "Choose all that apply.",
        Field::WarningSigns => warning::FORM_HINT,
        Field::WorstPain => "0 means no pain, 10 the worst pain you can imagine.",
        _ => "Choose one.",
    }
}

/// A fieldset around a choice group, with its legend, hint and error.
pub(super) fn group(field: Field, errors: Vec<String>, class: &'static str, options: Html) -> Html {
    let has_error = !errors.is_empty();
    html! {
        <fieldset class={classes!("field", "choices", class, has_error.then_some("field--error"))}
            aria-describedby={describedby(field, has_error)}>
            <legend class="field__label">{ field.label() }</legend>
            <span class="hint" id={hint_id(field)}>{ group_hint(field) }</span>
            { field_errors(field, &errors) }
            <div class="choices__options">{ options }</div>
        </fieldset>
    }
}

#[inline(never)]
pub(super) fn checkbox_group<T: Choice + Ord>(
    field: Field,
    selected: &BTreeSet<T>,
    errors: Vec<String>,
    on_toggle: Callback<(T, bool)>,
) -> Html {
    let options = T::ALL.iter().map(|&option| {
        let id = option_id(field, option.key());
        let on_toggle = on_toggle.clone();
        let onchange = Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                on_toggle.emit((option, input.checked()));
            }
        });
        html! {
            <div class="choice">
                <input type="checkbox" id={id.clone()} name={field.key()} value={option.key()} checked={selected.contains(&option)} {onchange} />
                <label for={id}>{ option.label() }</label>
            </div>
        }
    });
    group(field, errors, "choices--check", options.collect::<Html>())
}

/// Radios with a first "Not recorded" option, since these details are optional.
#[inline(never)]
pub(super) fn radio_group<T: Choice + PartialEq>(
    field: Field,
    selected: Option<T>,
    errors: Vec<String>,
    on_pick: Callback<Option<T>>,
) -> Html {
    let radio = |key: &str, label: &str, value: Option<T>| {
        let on_pick = on_pick.clone();
        let onchange = Callback::from(move |_: Event| on_pick.emit(value));
        radio_choice(field, key, label, selected == value, onchange)
    };
    let options = std::iter::once(radio("none", "Not recorded", None)).chain(
        T::ALL
            .iter()
            .map(|&option| radio(option.key(), option.label(), Some(option))),
    );
    group(field, errors, "choices--radio", options.collect::<Html>())
}

/// One radio of a choice group, as a pill: the input covers its label (see the CSS).
pub(super) fn radio_choice(
    field: Field,
    key: &str,
    label: &str,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    let id = option_id(field, key);
    html! {
        <div class="choice">
            <input type="radio" id={id.clone()} name={field.key()} value={key.to_string()} {checked} {onchange} />
            <label for={id}>{ label.to_string() }</label>
        </div>
    }
}

/// The 0-10 pain scale as a row of large radio buttons.
#[inline(never)]
pub(super) fn pain_group(selected: &str, errors: Vec<String>, on_pick: Callback<String>) -> Html {
    let field = Field::WorstPain;
    let options = (0..=MAX_PAIN).map(|score| {
        let key = score.to_string();
        let id = option_id(field, &key);
        let on_pick = on_pick.clone();
        let value = key.clone();
        let onchange = Callback::from(move |_: Event| on_pick.emit(value.clone()));
        html! {
            <div class="scale__option">
                <input type="radio" id={id.clone()} name={field.key()} value={key.clone()} checked={selected == key} {onchange} />
                <label for={id}>{ key.clone() }</label>
            </div>
        }
    });
    group(field, errors, "choices--scale", options.collect::<Html>())
}
