//! One question: a form with native controls (radio buttons for one answer, checkboxes for
//! several, a number box), the progress, and Next / Back. Enter submits the step; the heading
//! receives focus when the question appears (see `live`).

use crate::assessment::{Kind, Opt, Question};
use crate::ui::shared::markup::Markup;

use super::intro::button;
use super::state::CheckState;
use super::FOCUS_ID;

pub const HINT_ID: &str = "check-hint";
pub const ERROR_ID: &str = "check-error";
const NUMBER_ID: &str = "check-number";

pub fn write_step(m: &mut Markup, state: &CheckState) {
    let Some(q) = state.flow.current() else {
        m.open("div").close("div");
        return;
    };
    let (n, total) = state.flow.progress();
    m.open("form")
        .attr("class", "check-step")
        .attr("novalidate", "");
    m.open("div").attr("class", "check-progress");
    m.el("p", "check-progress__section", q.section.title());
    m.el(
        "p",
        "check-progress__count",
        &format!("Question {n} of {total}"),
    );
    m.open("progress").attr("max", &total.to_string());
    m.attr("value", &n.to_string()).attr("aria-hidden", "true");
    m.close("progress").close("div");
    m.open("div")
        .attr("class", group_class(state.error.is_some()));
    let described = described_by(q, state.error.is_some());
    match q.kind {
        Kind::Number { min, max, .. } => {
            m.open("div").attr("class", "check-field");
            m.open("h2").attr("id", FOCUS_ID).attr("class", "check-q");
            m.attr("tabindex", "-1")
                .open("label")
                .attr("for", NUMBER_ID);
            m.text(q.prompt()).close("label").close("h2");
            write_hint(m, q);
            write_error(m, state.error.as_deref());
            m.open("input").attr("type", "number").attr("id", NUMBER_ID);
            m.attr("class", "check-number").attr("name", q.id.key());
            m.attr("min", &min.to_string())
                .attr("max", &max.to_string());
            m.attr("step", "1").attr("inputmode", "numeric");
            m.attr("value", &state.draft.number);
            m.attr_if(
                described.is_some(),
                "aria-describedby",
                described.as_deref().unwrap_or(""),
            );
            m.attr_if(state.error.is_some(), "aria-invalid", "true");
            m.close("div");
        }
        Kind::YesNo | Kind::Single(_) | Kind::Multi(_) => {
            let multi = matches!(q.kind, Kind::Multi(_));
            m.open("fieldset").attr("class", "check-field");
            m.attr_if(
                described.is_some(),
                "aria-describedby",
                described.as_deref().unwrap_or(""),
            );
            m.open("legend")
                .open("h2")
                .attr("id", FOCUS_ID)
                .attr("class", "check-q");
            m.attr("tabindex", "-1")
                .text(q.prompt())
                .close("h2")
                .close("legend");
            write_hint(m, q);
            write_error(m, state.error.as_deref());
            let inline = q.options().len() == 2 && !multi;
            m.open("div").attr(
                "class",
                if inline {
                    "check-options check-options--inline"
                } else {
                    "check-options"
                },
            );
            for o in q.options() {
                write_option(m, q, o, multi, state);
            }
            m.close("div").close("fieldset");
        }
    }
    m.close("div").open("div").attr("class", "check-nav");
    m.open("button")
        .attr("type", "submit")
        .text("Next")
        .close("button");
    button(m, "secondary", "back", "Back");
    m.close("div").close("form");
}

/// The class of the box around the question, marked while an error shows.
pub fn group_class(error: bool) -> &'static str {
    if error {
        "check-group check-group--error"
    } else {
        "check-group"
    }
}

/// What describes the question's controls: its hint, then the error, if any.
pub fn described_by(q: &Question, error: bool) -> Option<String> {
    let ids: Vec<&str> = [q.hint().map(|_| HINT_ID), error.then_some(ERROR_ID)]
        .into_iter()
        .flatten()
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn write_hint(m: &mut Markup, q: &Question) {
    if let Some(h) = q.hint() {
        m.open("p")
            .attr("id", HINT_ID)
            .attr("class", "hint")
            .text(h)
            .close("p");
    }
}

/// Why Next did not move, announced as soon as it appears.
pub fn write_error(m: &mut Markup, error: Option<&str>) {
    let Some(e) = error else { return };
    m.open("p")
        .attr("id", ERROR_ID)
        .attr("class", "check-error")
        .attr("role", "alert");
    m.el("span", "visually-hidden", "Error: ")
        .text(e)
        .close("p");
}

/// One radio button or checkbox with its label.
fn write_option(m: &mut Markup, q: &Question, o: &Opt, multi: bool, state: &CheckState) {
    let id = format!("q-{}-{}", q.id.key(), o.choice.key());
    let (kind, checked) = if multi {
        ("checkbox", state.draft.choices.contains(&o.choice))
    } else {
        ("radio", state.draft.choice == Some(o.choice))
    };
    m.open("div").attr(
        "class",
        if o.exclusive {
            "check-option check-option--exclusive"
        } else {
            "check-option"
        },
    );
    m.open("input")
        .attr("type", kind)
        .attr("id", &id)
        .attr("name", q.id.key());
    m.attr("value", o.choice.key())
        .attr_if(checked, "checked", "");
    m.open("label")
        .attr("for", &id)
        .text(o.label)
        .close("label");
    m.close("div");
}
