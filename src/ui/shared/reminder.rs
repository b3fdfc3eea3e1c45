//! "Download the calendar file": a reminder the phone's own calendar keeps (`diary::ics`), so
//! there is no server and no notification permission. One markup for both kinds: the backup page
//! hydrates it with Yew ([`ReminderDownload`]); on /stretch/ it sits in the stretch player's plain
//! island and [`start_plain`] wires it with a few lines of DOM code (that bundle has no Yew
//! pages).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::diary::ics::{
    reminder_file, LocalTime, BACKUP_REMINDER_LEAD, BAD_TIME, DOWNLOADED, DOWNLOAD_LABEL,
    FILE_NAME, MEDIA_TYPE, STRETCH_REMINDER_LEAD, TIME_LABEL,
};
use crate::platform::diary_store::{download, today};

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
pub fn reminder_markup(kind: ReminderKind, on_click: Option<Callback<MouseEvent>>) -> Html {
    let id = kind.id();
    let lead = match kind {
        ReminderKind::NightlyStretches => STRETCH_REMINDER_LEAD,
        ReminderKind::MonthlyBackup => BACKUP_REMINDER_LEAD,
    };
    html! {
        <div class="reminder" data-reminder={id}>
            <p>{ lead }</p>
            <div class="field">
                <label for={format!("{id}-time")} class="field__label">{ TIME_LABEL }</label>
                <input type="time" id={format!("{id}-time")} class="input reminder__time" value={kind.default_time()} />
            </div>
            <div class="button-row">
                <button type="button" class="secondary reminder__download" onclick={on_click}>{ DOWNLOAD_LABEL }</button>
            </div>
            <p class="reminder__status" role="status"></p>
        </div>
    }
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

#[derive(Properties, PartialEq)]
pub struct ReminderProps {
    pub kind: ReminderKind,
}

/// The reminder inside a Yew island.
#[component]
pub fn ReminderDownload(props: &ReminderProps) -> Html {
    let kind = props.kind;
    let on_click = Callback::from(move |event: MouseEvent| {
        let root = event
            .target_dyn_into::<web_sys::Element>()
            .and_then(|button| button.closest(".reminder").ok().flatten());
        if let Some(root) = root {
            download_from(&root, kind);
        }
    });
    reminder_markup(kind, Some(on_click))
}

/// Wires the nightly reminder inside a plain island's element (/stretch/).
pub fn start_plain(element: &web_sys::Element) {
    let Some(root) = element
        .query_selector("[data-reminder=reminder-stretches]")
        .ok()
        .flatten()
    else {
        return;
    };
    let Some(button) = root.query_selector(".reminder__download").ok().flatten() else {
        return;
    };
    gloo::events::EventListener::new(&button, "click", move |_| {
        download_from(&root, ReminderKind::NightlyStretches)
    })
    .forget();
}
