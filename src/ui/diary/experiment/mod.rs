//! "Does it work for me?" (/diary/experiment/): the person's trial of one change (bedtime
//! stretching by default, or one they name) judged from their diary, and the medicine timeline
//! (medicines with start and stop dates, and cramp nights before and after each start).
//!
//! Both live on this page rather than on the diary page: they share the before-and-after
//! statistics (`diary::night_rates`), and the diary's own download is already over its size goal.
//! Like the summary it opens from storage after hydrating ("Opening your diary…" first), and
//! reads it again whenever another window changes what is stored. Every
//! sentence comes from `diary::experiment`, `diary::medicine_timeline` or `diary::changes`.
//!
//! This file opens the page and keeps the trial and the medicines; `trial` draws the trial's
//! form and report, `medicines` the timeline and its form.

mod medicines;
mod trial;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::diary::changes::{
    experiment_from_form, medicine_from_form, stop_date, with_medicine, with_stop,
    without_medicine, TrialAndMedicines,
};
use crate::diary::experiment::{LEAD, PAGE_TITLE};
use crate::diary::night_rates::{nights_from_entries, Nights, METHOD};
use crate::diary::night_store::Stored;
use crate::diary::{self as model, Date};
use crate::platform::diary_store::{open_stored, read_all, today, use_changes_elsewhere};
use crate::platform::store::PREFIX;
use crate::routes::Route;
use crate::ui::diary::changes::{load_changes, load_medicines, save_experiment, save_medicines};
use crate::ui::diary::form::focus_by_id;
use crate::ui::shared::link::href;
use medicines::{medicines_section, stop_input_id};
use trial::{trial_form, trial_report};

#[derive(Clone, PartialEq)]
struct Opened {
    today: Date,
    diary: Rc<model::Diary>,
    nights: Rc<Nights>,
    changes: TrialAndMedicines,
    /// Parts of storage that could not be read, said at the top.
    problems: Vec<String>,
}

impl Opened {
    /// The page's data: the diary's nights as read, and the trial and medicines read now.
    fn read(today: Date, stored: Stored, problem: Option<String>) -> Opened {
        let changes = load_changes();
        let mut problems: Vec<String> = problem.into_iter().collect();
        if !stored.unreadable.is_empty() {
            problems.push("Part of your saved diary could not be read, so it is left out here. The diary page explains what happened and keeps it for you.".into());
        }
        problems.extend(changes.problems);
        let nights = nights_from_entries(stored.diary.iter());
        Opened {
            today,
            diary: Rc::new(stored.diary),
            nights: Rc::new(nights),
            changes: changes.changes,
            problems,
        }
    }
}

const NOTICE_ID: &str = "experiment-notice";

/// What the trial form holds while the person fills it in.
#[derive(Clone, Default, PartialEq)]
struct TrialForm {
    named: bool,
    name: String,
    /// `None` until the person changes the date (it shows today).
    start: Option<String>,
}

/// The value of the input or select with this id ("" when there is none).
fn value_of(id: &str) -> String {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    match element {
        Some(e) => match e.dyn_into::<web_sys::HtmlInputElement>() {
            Ok(input) => input.value(),
            Err(e) => e
                .dyn_into::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default(),
        },
        None => String::new(),
    }
}

/// Empties the input or select with this id.
fn clear(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(e) = element {
        match e.dyn_into::<web_sys::HtmlInputElement>() {
            Ok(input) => input.set_value(""),
            Err(e) => {
                if let Ok(select) = e.dyn_into::<web_sys::HtmlSelectElement>() {
                    select.set_value("");
                }
            }
        }
    }
}

#[component]
pub fn DiaryExperiment() -> Html {
    let opened = use_state(|| None::<Opened>);
    let notice = use_state(|| None::<Result<String, String>>);
    let form = use_state(TrialForm::default);
    {
        let opened = opened.clone();
        use_effect_with((), move |_| {
            open_stored(move |opening| {
                opened.set(Some(Opened::read(
                    opening.today,
                    opening.stored,
                    opening.problem,
                )));
            });
        });
    }
    {
        // Another window changed the diary, the trial or the medicines: read them again, so the
        // page shows what is stored and its next change builds on it.
        let opened = opened.clone();
        use_changes_elsewhere(
            |key| key.starts_with(PREFIX),
            Callback::from(move |_| opened.set(Some(Opened::read(today(), read_all(), None)))),
        );
    }
    use_effect_with(opened.is_some(), |opened| {
        // The island is live once the page is on screen (`Island::opens_from_storage`).
        if *opened {
            crate::platform::browser::island_hydrated();
        }
    });
    let intro = html! {
        <>
            <h1>{ PAGE_TITLE }</h1>
            <p class="lead">{ LEAD }</p>
            <p class="diary-links"><a href={href(&Route::Diary, None)}>{ "Back to the diary" }</a></p>
        </>
    };
    let Some(open) = (*opened).clone() else {
        // The same wrapper as the opened page, so its title and lead are kept, not drawn again.
        return html! {
            <div class="diary experiment">{ intro }<p class="diary-opening">{ "Opening your diary…" }</p></div>
        };
    };
    opened_page(open, intro, opened, notice, form)
}

/// The page once the diary is read (kept out of the component, like the summary's).
#[inline(never)]
fn opened_page(
    open: Opened,
    intro: Html,
    opened: UseStateHandle<Option<Opened>>,
    notice: UseStateHandle<Option<Result<String, String>>>,
    form: UseStateHandle<TrialForm>,
) -> Html {
    // Saves new trial and medicines through `save`, then shows them, or says why not.
    let change = {
        let (opened, notice, open) = (opened.clone(), notice.clone(), open.clone());
        Rc::new(move |changes: TrialAndMedicines, done: String| {
            let saved = if changes.experiment != open.changes.experiment {
                save_experiment(changes.experiment.as_ref())
            } else {
                save_medicines(&changes.medicines)
            };
            match saved {
                Ok(()) => {
                    // What is stored now, with anything another window saved meanwhile.
                    opened.set(Some(Opened {
                        changes: load_changes().changes,
                        ..open.clone()
                    }));
                    notice.set(Some(Ok(done)));
                }
                Err(problem) => notice.set(Some(Err(problem))),
            }
            focus_by_id(NOTICE_ID);
        })
    };
    let today = open.today;
    let on_start = {
        let (change, changes, notice) = (change.clone(), open.changes.clone(), notice.clone());
        let form = form.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let start = form.start.clone().unwrap_or_else(|| today.to_string());
            match experiment_from_form(!form.named, &form.name, &start, today) {
                Ok(experiment) => change(
                    TrialAndMedicines {
                        experiment: Some(experiment),
                        ..changes.clone()
                    },
                    "Your trial is saved on this device.".into(),
                ),
                Err(problem) => {
                    notice.set(Some(Err(problem)));
                    focus_by_id(NOTICE_ID);
                }
            }
        })
    };
    let on_end = {
        let (change, changes) = (change.clone(), open.changes.clone());
        Callback::from(move |_: MouseEvent| {
            change(
                TrialAndMedicines {
                    experiment: None,
                    ..changes.clone()
                },
                "The trial has ended. Your diary is unchanged.".into(),
            )
        })
    };
    let on_add_medicine = {
        let (change, changes, notice) = (change.clone(), open.changes.clone(), notice.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match medicine_from_form(
                &value_of("medicine-name"),
                &value_of("medicine-class"),
                &value_of("medicine-started"),
                &value_of("medicine-stopped"),
                today,
            ) {
                Ok(medicine) => {
                    let name = medicine.name.clone();
                    let stored = load_medicines(&mut Vec::new());
                    let medicines = match with_medicine(stored, medicine) {
                        Ok(medicines) => medicines,
                        Err(problem) => {
                            notice.set(Some(Err(problem)));
                            focus_by_id(NOTICE_ID);
                            return;
                        }
                    };
                    let next = TrialAndMedicines {
                        medicines,
                        ..changes.clone()
                    };
                    change(next, format!("{name} is added to your medicines."));
                    for id in [
                        "medicine-name",
                        "medicine-class",
                        "medicine-started",
                        "medicine-stopped",
                    ] {
                        clear(id);
                    }
                }
                Err(problem) => {
                    notice.set(Some(Err(problem)));
                    focus_by_id(NOTICE_ID);
                }
            }
        })
    };
    // Another window removed or changed the medicine: show what is stored now, and say so.
    let changed_elsewhere = {
        let (opened, notice) = (opened.clone(), notice.clone());
        Rc::new(move |problem: String| {
            if let Some(open) = (*opened).clone() {
                opened.set(Some(Opened {
                    changes: load_changes().changes,
                    ..open
                }));
            }
            notice.set(Some(Err(problem)));
            focus_by_id(NOTICE_ID);
        })
    };
    let on_remove_medicine = {
        let (change, changes) = (change.clone(), open.changes.clone());
        let changed_elsewhere = changed_elsewhere.clone();
        Callback::from(move |index: usize| {
            // The medicine the person saw, taken out of what is stored now.
            let Some(seen) = changes.medicines.get(index) else {
                return;
            };
            match without_medicine(load_medicines(&mut Vec::new()), seen) {
                Ok(medicines) => change(
                    TrialAndMedicines {
                        medicines,
                        ..changes.clone()
                    },
                    format!("{} is removed from your medicines.", seen.name),
                ),
                Err(problem) => changed_elsewhere(problem),
            }
        })
    };
    let on_stop_medicine = {
        let (change, changes, notice) = (change.clone(), open.changes.clone(), notice.clone());
        Callback::from(move |index: usize| {
            let Some(seen) = changes.medicines.get(index) else {
                return;
            };
            let stopped = match stop_date(&value_of(&stop_input_id(index)), seen.started, today) {
                Ok(stopped) => stopped,
                Err(problem) => {
                    notice.set(Some(Err(problem)));
                    focus_by_id(NOTICE_ID);
                    return;
                }
            };
            match with_stop(load_medicines(&mut Vec::new()), seen, stopped) {
                Ok((medicines, done)) => change(
                    TrialAndMedicines {
                        medicines,
                        ..changes.clone()
                    },
                    done,
                ),
                Err(problem) => changed_elsewhere(problem),
            }
        })
    };

    // Two children, as while the diary was read: the title and lead are kept, only what follows
    // them changes.
    html! {
        <div class="diary experiment">
            { intro }
            <>
                { for open.problems.iter().map(|p| html! { <p class="diary-problem" role="alert">{ p.clone() }</p> }) }
                <div id={NOTICE_ID} class="diary-notice" tabindex="-1" role="status">
                    { match &*notice {
                        None => html! {},
                        Some(Ok(message)) => html! { <p class="diary-notice__done">{ message.clone() }</p> },
                        Some(Err(message)) => html! { <p class="diary-problem">{ message.clone() }</p> },
                    } }
                </div>
                <nav class="diary-jump" aria-label="On this page">
                    <ul>
                        <li><a href={href(&Route::DiaryExperiment, Some("experiment-trial-title"))}>{ "Your trial" }</a></li>
                        <li><a href={href(&Route::DiaryExperiment, Some("experiment-medicines-title"))}>{ "Medicines" }</a></li>
                    </ul>
                </nav>
                <section aria-labelledby="experiment-trial-title" class="experiment-trial">
                    <h2 id="experiment-trial-title">{ "Your trial" }</h2>
                    { match &open.changes.experiment {
                        None => trial_form(today, on_start, form),
                        Some(chosen) => trial_report(&open, chosen, on_end),
                    } }
                </section>
                { medicines_section(&open, on_add_medicine, on_remove_medicine, on_stop_medicine) }
                <section aria-labelledby="experiment-method-title" class="experiment-method">
                    <h2 id="experiment-method-title">{ "How this page counts" }</h2>
                    <p>{ METHOD }</p>
                </section>
            </>
        </div>
    }
}
