//! The medicine timeline on the page: what is listed, each start's before and after, the form.

use yew::prelude::*;

use super::Opened;
use crate::content::factors::MEDICINE_CLASSES;
use crate::diary::changes::{stop_prompt, STOP_LABEL};
use crate::diary::medicine_timeline::{
    self, around_starts, course_text, MedicineCourse, DEFAULT_WEEKS,
};
use crate::ui::shared::cites::cites;

/// The id of the stop date's input for the listed medicine at `index`.
pub(super) fn stop_input_id(index: usize) -> String {
    format!("medicine-stopped-{index}")
}

/// The medicine timeline: what is listed, each start's before and after, and the form.
#[inline(never)]
pub(super) fn medicines_section(
    open: &Opened,
    on_add: Callback<SubmitEvent>,
    on_remove: Callback<usize>,
    on_stop: Callback<usize>,
) -> Html {
    let medicines = &open.changes.medicines;
    let starts = around_starts(medicines, &open.nights, DEFAULT_WEEKS, open.today);
    let today = open.today.to_string();
    html! {
        <section aria-labelledby="experiment-medicines-title" class="experiment-medicines">
            <h2 id="experiment-medicines-title">{ "Medicines" }</h2>
            <p>{ medicine_timeline::LEAD }</p>
            if medicines.is_empty() {
                <p>{ medicine_timeline::NONE_YET }</p>
            } else {
                <ul class="medicine-list">
                    { for medicines.iter().enumerate().map(|(index, medicine)| {
                        let report = starts.iter().find(|r| r.medicine == index);
                        html! {
                            <li class="medicine" key={format!("{index}-{}-{}", medicine.name, medicine.started)}>
                                <p class="medicine__course"><strong>{ course_text(medicine) }</strong></p>
                                if let Some(report) = report {
                                    <p>{ report.pattern_text() }</p>
                                    <p class="hint">{ format!("{} weeks before: {}. After: {}.", DEFAULT_WEEKS, report.before.label(), report.after.label()) }
                                        { report.ratio.map(|r| format!(" Rate ratio {}.", r.label())).unwrap_or_default() }</p>
                                    if let Some(ask) = report.ask_about_it {
                                        <p class="medicine__ask"><strong>{ ask.text }</strong>{ cites(ask.sources) }</p>
                                    }
                                }
                                { stop_form(index, medicine, &today, on_stop.clone()) }
                                <button type="button" class="secondary medicine__remove"
                                    aria-label={format!("Remove {}", medicine.name)}
                                    onclick={{ let on_remove = on_remove.clone(); Callback::from(move |_: MouseEvent| on_remove.emit(index)) }}>
                                    { "Remove" }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <h3>{ "Add a medicine" }</h3>
            <form class="medicine-form" id="medicine-form" onsubmit={on_add} novalidate=true>
                <div class="field">
                    <label for="medicine-name" class="field__label">{ "Name" }</label>
                    <span class="hint" id="medicine-name-hint">{ "As it is written on the box. No dose is needed." }</span>
                    <input type="text" class="input" id="medicine-name" maxlength="80" aria-describedby="medicine-name-hint" />
                </div>
                <div class="field">
                    <label for="medicine-class" class="field__label">{ "Group (if you know it)" }</label>
                    <select id="medicine-class" class="input">
                        <option value="" selected=true>{ "Not sure or none of these" }</option>
                        { for MEDICINE_CLASSES.iter().map(|class| html! {
                            <option value={class.id}>{ format!("{} (e.g. {})", class.name, class.examples.join(", ")) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="medicine-started" class="field__label">{ "Started" }</label>
                    <input type="date" class="input" id="medicine-started" max={today.clone()} />
                </div>
                <div class="field">
                    <label for="medicine-stopped" class="field__label">{ STOP_LABEL }</label>
                    <input type="date" class="input" id="medicine-stopped" max={today} />
                </div>
                <div class="button-row">
                    <button type="submit">{ "Add medicine" }</button>
                </div>
            </form>
        </section>
    }
}

/// A listed medicine's stop date, set, changed or emptied, behind a disclosure so the list stays
/// short.
fn stop_form(
    index: usize,
    medicine: &MedicineCourse,
    today: &str,
    on_stop: Callback<usize>,
) -> Html {
    let id = stop_input_id(index);
    let onsubmit = Callback::from(move |event: SubmitEvent| {
        event.prevent_default();
        on_stop.emit(index);
    });
    html! {
        <details class="medicine__stop">
            <summary>{ stop_prompt(medicine) }</summary>
            <form {onsubmit} novalidate=true>
                <div class="field">
                    <label for={id.clone()} class="field__label">{ STOP_LABEL }</label>
                    <input type="date" class="input" id={id}
                        value={medicine.stopped.map(|d| d.to_string()).unwrap_or_default()}
                        min={medicine.started.to_string()} max={today.to_string()} />
                </div>
                <button type="submit" class="secondary">
                    { "Save the stop date" }<span class="visually-hidden">{ format!(" for {}", medicine.name) }</span>
                </button>
            </form>
        </details>
    }
}
