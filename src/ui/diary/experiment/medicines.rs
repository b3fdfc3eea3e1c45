//! The medicine timeline on the page: what is listed, each start's before and after, the form.

use super::Opened;
use crate::content::factors::MEDICINE_CLASSES;
use crate::diary::changes::{stop_prompt, STOP_LABEL};
use crate::diary::medicine_timeline::{
    self, around_starts, course_text, MedicineCourse, DEFAULT_WEEKS,
};
use crate::diary::Date;
use crate::ui::diary::files::DO;
use crate::ui::shared::cites::write_cites;
use crate::ui::shared::markup::Markup;

pub(super) const ADD_FORM_ID: &str = "medicine-form";
/// The add form's fields, in the order `medicine_from_form` takes them.
pub(super) const ADD_FIELDS: [&str; 4] = [
    "medicine-name",
    "medicine-class",
    "medicine-started",
    "medicine-stopped",
];
/// Names the listed medicine a button or form is about (its index).
pub(super) const INDEX: &str = "data-index";
/// Names a listed medicine across redraws, so its open disclosure stays open.
pub(super) const KEY: &str = "data-key";

/// The id of the stop date's input for the listed medicine at `index`.
pub(super) fn stop_input_id(index: usize) -> String {
    format!("medicine-stopped-{index}")
}

/// A listed medicine's key: its name and start.
pub(super) fn key_of(medicine: &MedicineCourse) -> String {
    format!("{}-{}", medicine.name, medicine.started)
}

/// The section, with an empty place for the list ([`write_list`]) above the add form.
pub(super) fn write_section(m: &mut Markup, today: Date) {
    let today = today.to_string();
    m.open("section")
        .attr("aria-labelledby", "experiment-medicines-title");
    m.attr("class", "experiment-medicines")
        .open("h2")
        .attr("id", "experiment-medicines-title");
    m.text("Medicines")
        .close("h2")
        .el("p", "", medicine_timeline::LEAD);
    m.open("div")
        .attr("class", "medicine-list-place")
        .close("div");
    m.el("h3", "", "Add a medicine")
        .open("form")
        .attr("class", "medicine-form");
    m.attr("id", ADD_FORM_ID).attr("novalidate", "");
    let [name, class, started, stopped] = ADD_FIELDS;
    field(m, name, "Name");
    m.open("span")
        .attr("class", "hint")
        .attr("id", "medicine-name-hint");
    m.text("As it is written on the box. No dose is needed.")
        .close("span");
    m.open("input")
        .attr("type", "text")
        .attr("class", "input")
        .attr("id", name);
    m.attr("maxlength", "80")
        .attr("aria-describedby", "medicine-name-hint")
        .close("div");
    field(m, class, "Group (if you know it)");
    m.open("select").attr("id", class).attr("class", "input");
    m.open("option").attr("value", "").attr("selected", "");
    m.text("Not sure or none of these").close("option");
    for group in MEDICINE_CLASSES {
        m.open("option").attr("value", group.id);
        m.text(&format!(
            "{} (e.g. {})",
            group.name,
            group.examples.join(", ")
        ));
        m.close("option");
    }
    m.close("select").close("div");
    for (id, label) in [(started, "Started"), (stopped, STOP_LABEL)] {
        field(m, id, label);
        m.open("input")
            .attr("type", "date")
            .attr("class", "input")
            .attr("id", id);
        m.attr("max", &today).close("div");
    }
    m.open("div")
        .attr("class", "button-row")
        .open("button")
        .attr("type", "submit");
    m.text("Add medicine")
        .close("button")
        .close("div")
        .close("form")
        .close("section");
}

/// Opens a field with its label; the caller writes its input and closes it.
fn field(m: &mut Markup, id: &str, label: &str) {
    m.open("div")
        .attr("class", "field")
        .open("label")
        .attr("for", id);
    m.attr("class", "field__label").text(label).close("label");
}

/// What is listed, with each start's before and after.
pub(super) fn write_list(m: &mut Markup, open: &Opened) {
    let medicines = &open.changes.medicines;
    if medicines.is_empty() {
        m.el("p", "", medicine_timeline::NONE_YET);
        return;
    }
    let starts = around_starts(medicines, &open.nights, DEFAULT_WEEKS, open.today);
    let today = open.today.to_string();
    m.open("ul").attr("class", "medicine-list");
    for (index, medicine) in medicines.iter().enumerate() {
        let i = index.to_string();
        m.open("li")
            .attr("class", "medicine")
            .attr(KEY, &key_of(medicine));
        m.open("p").attr("class", "medicine__course");
        m.el("strong", "", &course_text(medicine)).close("p");
        if let Some(report) = starts.iter().find(|r| r.medicine == index) {
            m.el("p", "", report.pattern_text());
            m.open("p").attr("class", "hint").text(&format!(
                "{} weeks before: {}. After: {}.",
                DEFAULT_WEEKS,
                report.before.label(),
                report.after.label()
            ));
            if let Some(ratio) = report.ratio {
                m.text(&format!(" Rate ratio {}.", ratio.label()));
            }
            m.close("p");
            if let Some(ask) = report.ask_about_it {
                m.open("p")
                    .attr("class", "medicine__ask")
                    .el("strong", "", ask.text);
                write_cites(m, ask.sources);
                m.close("p");
            }
        }
        write_stop_form(m, index, medicine, &today);
        m.open("button")
            .attr("type", "button")
            .attr("class", "secondary medicine__remove");
        m.attr("aria-label", &format!("Remove {}", medicine.name))
            .attr(DO, "remove");
        m.attr(INDEX, &i).text("Remove").close("button").close("li");
    }
    m.close("ul");
}

/// A listed medicine's stop date, set, changed or emptied, behind a disclosure so the list stays
/// short.
fn write_stop_form(m: &mut Markup, index: usize, medicine: &MedicineCourse, today: &str) {
    let id = stop_input_id(index);
    m.open("details")
        .attr("class", "medicine__stop")
        .el("summary", "", &stop_prompt(medicine));
    m.open("form")
        .attr("novalidate", "")
        .attr(INDEX, &index.to_string());
    m.open("div")
        .attr("class", "field")
        .open("label")
        .attr("for", &id);
    m.attr("class", "field__label")
        .text(STOP_LABEL)
        .close("label");
    m.open("input")
        .attr("type", "date")
        .attr("class", "input")
        .attr("id", &id);
    let stopped = medicine.stopped.map(|d| d.to_string()).unwrap_or_default();
    m.attr("value", &stopped)
        .attr("min", &medicine.started.to_string())
        .attr("max", today);
    m.close("div")
        .open("button")
        .attr("type", "submit")
        .attr("class", "secondary");
    m.text("Save the stop date");
    m.el(
        "span",
        "visually-hidden",
        &format!(" for {}", medicine.name),
    );
    m.close("button").close("form").close("details");
}
