//! "Download the calendar file": a reminder the phone's own calendar keeps (`diary::ics`), so
//! there is no server and no notification permission. One markup for both kinds
//! ([`write_reminder`]), in the plain islands of /stretch/ and the backups page, where
//! [`start_plain`] wires it with a few lines of DOM code.

use wasm_bindgen::JsCast;

use crate::diary::ics::{
    reminder_file, LocalTime, BACKUP_REMINDER_LEAD, BAD_TIME, DOWNLOADED, DOWNLOAD_LABEL,
    FILE_NAME, MEDIA_TYPE, STRETCH_REMINDER_LEAD, TIME_LABEL,
};
use crate::platform::diary_store::{download, today};
use crate::ui::shared::markup::Markup;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReminderKind {
    NightlyStretches,
    MonthlyBackup,
}

impl ReminderKind {
    fn id(self) -> &'static str {
        match self {
            ReminderKind::NightlyStretches => "reminder-stretches",
            ReminderKind::MonthlyBackup => "reminder-backup",
        }
    }

    fn default_time(self) -> &'static str {
        match self {
            ReminderKind::NightlyStretches => "21:30",
            ReminderKind::MonthlyBackup => "19:00",
        }
    }
}

/// The form: what it does, a time input, the button and a status line.
pub fn write_reminder(m: &mut Markup, kind: ReminderKind) {
    let id = kind.id();
    let lead = match kind {
        ReminderKind::NightlyStretches => STRETCH_REMINDER_LEAD,
        ReminderKind::MonthlyBackup => BACKUP_REMINDER_LEAD,
    };
    let time_id = format!("{id}-time");
    m.open("div")
        .attr("class", "reminder")
        .attr("data-reminder", id);
    m.el("p", "", lead).open("div").attr("class", "field");
    m.open("label")
        .attr("for", &time_id)
        .attr("class", "field__label");
    m.text(TIME_LABEL).close("label");
    m.open("input").attr("type", "time").attr("id", &time_id);
    m.attr("class", "input reminder__time")
        .attr("value", kind.default_time());
    m.close("div").open("div").attr("class", "button-row");
    m.open("button")
        .attr("type", "button")
        .attr("class", "secondary reminder__download");
    m.text(DOWNLOAD_LABEL).close("button").close("div");
    m.open("p")
        .attr("class", "reminder__status")
        .attr("role", "status")
        .close("p");
    m.close("div");
}

/// Builds the file from the time in `root`'s input and hands it over; the status line says what
/// happened.
fn download_from(root: &web_sys::Element, kind: ReminderKind) {
    let input = root
        .query_selector(".reminder__time")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    let status = root.query_selector(".reminder__status").ok().flatten();
    let said = match input.and_then(|i| LocalTime::parse(&i.value())) {
        None => BAD_TIME.to_string(),
        Some(at) => {
            let text = reminder_file(
                kind == ReminderKind::NightlyStretches,
                today(),
                at,
                crate::platform::browser::now_ms() as i64,
            );
            match download(FILE_NAME, MEDIA_TYPE, &text) {
                Ok(()) => DOWNLOADED.to_string(),
                Err(problem) => problem,
            }
        }
    };
    if let Some(status) = status {
        status.set_text_content(Some(&said));
    }
}

/// Wires the reminder of this kind inside a plain island's element.
pub fn start_plain(element: &web_sys::Element, kind: ReminderKind) {
    let selector = format!("[data-reminder={}]", kind.id());
    let Some(root) = element.query_selector(&selector).ok().flatten() else {
        return;
    };
    let Some(button) = root.query_selector(".reminder__download").ok().flatten() else {
        return;
    };
    gloo::events::EventListener::new(&button, "click", move |_| download_from(&root, kind))
        .forget();
}
