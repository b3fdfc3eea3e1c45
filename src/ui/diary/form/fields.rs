//! The diary form's fields: a labelled text input, the note, a fieldset of checkboxes, radios
//! or the pain scale, each with its hint and its problems; and the form's buttons.

use std::collections::BTreeSet;

use crate::diary::{warning, Choice, Field, MAX_NOTE_CHARS, MAX_PAIN};
use crate::ui::shared::markup::Markup;

pub(super) fn option_id(field: Field, key: &str) -> String {
    format!("{}-{}", field.key(), key)
}

pub(super) fn error_id(field: Field) -> String {
    format!("{}-error", field.key())
}

pub(super) fn hint_id(field: Field) -> String {
    format!("{}-hint", field.key())
}

/// The note's hint: what it is for, and how many characters are used so far.
pub(super) fn note_hint(note: &str) -> String {
    let used = note.trim().chars().count();
    format!(
        "Anything you want to remember or tell your doctor. Up to {} characters; you have used {}.",
        thousands(MAX_NOTE_CHARS),
        thousands(used)
    )
}

/// The note, with how many characters are used so far.
pub(super) fn write_note(m: &mut Markup, note: &str, errors: &[String]) {
    let field = Field::Note;
    let has_error = !errors.is_empty();
    open_field(m, has_error);
    label(m, field);
    m.open("span")
        .attr("class", "hint")
        .attr("id", &hint_id(field))
        .text(&note_hint(note));
    m.close("span");
    write_errors(m, field, errors);
    m.open("textarea")
        .attr("id", field.key())
        .attr("name", field.key())
        .attr("rows", "4");
    m.attr("aria-describedby", &describedby(field, has_error));
    m.attr_if(has_error, "aria-invalid", "true")
        .text(note)
        .close("textarea")
        .close("div");
}

/// "Save entry" ("Save changes" and "Cancel" when changing an entry).
pub(super) fn write_buttons(m: &mut Markup, editing: bool) {
    m.open("div")
        .attr("class", "diary-form__buttons")
        .open("button")
        .attr("type", "submit");
    m.text(if editing {
        "Save changes"
    } else {
        "Save entry"
    })
    .close("button");
    if editing {
        m.open("button")
            .attr("type", "button")
            .attr("class", "secondary");
        m.attr(super::DO, "cancel").text("Cancel").close("button");
    }
    m.close("div");
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

fn open_field(m: &mut Markup, has_error: bool) {
    m.open("div").attr(
        "class",
        if has_error {
            "field field--error"
        } else {
            "field"
        },
    );
}

fn label(m: &mut Markup, field: Field) {
    m.open("label")
        .attr("for", field.key())
        .attr("class", "field__label");
    m.text(field.label()).close("label");
}

pub(super) fn write_errors(m: &mut Markup, field: Field, messages: &[String]) {
    if messages.is_empty() {
        return;
    }
    m.open("p")
        .attr("class", "field__error")
        .attr("id", &error_id(field));
    m.el("span", "visually-hidden", "Error: ")
        .text(&messages.join(" "))
        .close("p");
}

/// A labelled text input with its hint and errors.
pub(super) struct TextField<'a> {
    pub(super) field: Field,
    pub(super) value: &'a str,
    pub(super) hint: String,
    pub(super) errors: &'a [String],
    pub(super) inputmode: Option<&'static str>,
    pub(super) narrow: bool,
}

pub(super) fn write_text(m: &mut Markup, f: TextField) {
    let field = f.field;
    let has_error = !f.errors.is_empty();
    open_field(m, has_error);
    label(m, field);
    m.open("span")
        .attr("class", "hint")
        .attr("id", &hint_id(field))
        .text(&f.hint)
        .close("span");
    write_errors(m, field, f.errors);
    m.open("input")
        .attr("id", field.key())
        .attr("name", field.key())
        .attr("type", "text");
    m.attr("value", f.value).attr(
        "class",
        if f.narrow {
            "input input--narrow"
        } else {
            "input"
        },
    );
    if let Some(mode) = f.inputmode {
        m.attr("inputmode", mode);
    }
    m.attr("autocomplete", "off")
        .attr("aria-describedby", &describedby(field, has_error));
    m.attr_if(has_error, "aria-invalid", "true").close("div");
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

/// Opens a fieldset around a choice group, with its legend, hint and error, and the options'
/// box; [`close_group`] closes both.
pub(super) fn open_group(m: &mut Markup, field: Field, errors: &[String], class: &str) {
    let has_error = !errors.is_empty();
    let error = if has_error { " field--error" } else { "" };
    m.open("fieldset")
        .attr("class", &format!("field choices {class}{error}"));
    m.attr("aria-describedby", &describedby(field, has_error));
    m.el("legend", "field__label", field.label());
    m.open("span")
        .attr("class", "hint")
        .attr("id", &hint_id(field))
        .text(group_hint(field));
    m.close("span");
    write_errors(m, field, errors);
    m.open("div").attr("class", "choices__options");
}

pub(super) fn close_group(m: &mut Markup) {
    m.close("div").close("fieldset");
}

pub(super) fn write_checkboxes<T: Choice + Ord>(
    m: &mut Markup,
    field: Field,
    selected: &BTreeSet<T>,
    errors: &[String],
) {
    open_group(m, field, errors, "choices--check");
    for &option in T::ALL {
        write_choice(
            m,
            "checkbox",
            field,
            option.key(),
            option.label(),
            selected.contains(&option),
        );
    }
    close_group(m);
}

/// Radios with a first "Not recorded" option, since these details are optional.
pub(super) fn write_radios<T: Choice + PartialEq>(
    m: &mut Markup,
    field: Field,
    selected: Option<T>,
    errors: &[String],
) {
    open_group(m, field, errors, "choices--radio");
    write_choice(
        m,
        "radio",
        field,
        "none",
        "Not recorded",
        selected.is_none(),
    );
    for &option in T::ALL {
        let checked = selected == Some(option);
        write_choice(m, "radio", field, option.key(), option.label(), checked);
    }
    close_group(m);
}

/// One radio or checkbox of a choice group, as a pill: the input covers its label (see the CSS).
pub(super) fn write_choice(
    m: &mut Markup,
    kind: &str,
    field: Field,
    key: &str,
    label: &str,
    checked: bool,
) {
    let id = option_id(field, key);
    m.open("div")
        .attr("class", "choice")
        .open("input")
        .attr("type", kind)
        .attr("id", &id);
    m.attr("name", field.key())
        .attr("value", key)
        .attr_if(checked, "checked", "");
    m.open("label")
        .attr("for", &id)
        .text(label)
        .close("label")
        .close("div");
}

/// The 0-10 pain scale as a row of large radio buttons.
pub(super) fn write_pain(m: &mut Markup, selected: &str, errors: &[String]) {
    let field = Field::WorstPain;
    open_group(m, field, errors, "choices--scale");
    for score in 0..=MAX_PAIN {
        let key = score.to_string();
        let id = option_id(field, &key);
        m.open("div")
            .attr("class", "scale__option")
            .open("input")
            .attr("type", "radio");
        m.attr("id", &id)
            .attr("name", field.key())
            .attr("value", &key);
        m.attr_if(selected == key, "checked", "");
        m.open("label")
            .attr("for", &id)
            .text(&key)
            .close("label")
            .close("div");
    }
    close_group(m);
}
