//! "Does it work for me?" (/diary/experiment/): the person's trial of one change (bedtime
//! stretching by default, or one they name) judged from their diary, and the medicine timeline
//! (medicines with start and stop dates, and cramp nights before and after each start).
//!
//! Both live on this page rather than on the diary page: they share the before-and-after
//! statistics (`diary::night_rates`), and the diary's own download is already over its size goal.
//! Like the summary it opens from storage after hydrating ("Opening your diary…" first). Every
//! sentence comes from `diary::experiment`, `diary::medicine_timeline` or `diary::changes`.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::cites::cites;
use crate::components::diary_changes::{load_changes, save_experiment, save_medicines};
use crate::components::diary_chart::{weekly_chart, weekly_table};
use crate::components::diary_form::focus_by_id;
use crate::components::diary_store::open_stored;
use crate::components::link::href;
use crate::content::factors::MEDICINE_CLASSES;
use crate::diary::changes::{
    experiment_from_form, medicine_from_form, Change, Experiment, TrialAndMedicines,
};
use crate::diary::experiment::{
    assess, periods_text, ratio_text, trial_finding, Report, HOW_IT_WORKS, LEAD, LIMITS,
    PAGE_TITLE, RATIO_MEANS,
};
use crate::diary::medicine_timeline::{self, around_starts, course_text, DEFAULT_WEEKS};
use crate::diary::night_rates::{nights_from_entries, Nights, METHOD};
use crate::diary::{self as model, stats, Date};
use crate::routes::Route;

#[derive(Clone, PartialEq)]
struct Opened {
    today: Date,
    diary: Rc<model::Diary>,
    nights: Rc<Nights>,
    changes: TrialAndMedicines,
    /// Parts of storage that could not be read, said at the top.
    problems: Vec<String>,
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
                let stored = load_changes();
                let mut problems: Vec<String> = opening.problem.into_iter().collect();
                if !opening.stored.unreadable.is_empty() {
                    problems.push("Part of your saved diary could not be read, so it is left out here. The diary page explains what happened and keeps it for you.".into());
                }
                problems.extend(stored.problems);
                let nights = nights_from_entries(opening.stored.diary.entries());
                opened.set(Some(Opened {
                    today: opening.today,
                    diary: Rc::new(opening.stored.diary),
                    nights: Rc::new(nights),
                    changes: stored.changes,
                    problems,
                }));
            });
        });
    }
    use_effect_with(opened.is_some(), |opened| {
        // The island is live once the page is on screen (`Island::opens_from_storage`).
        if *opened {
            crate::browser::island_hydrated();
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
        return html! { <>{ intro }<p class="diary-opening">{ "Opening your diary…" }</p></> };
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
                    opened.set(Some(Opened {
                        changes,
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
                    let mut next = changes.clone();
                    let name = medicine.name.clone();
                    if !next.medicines.contains(&medicine) {
                        next.medicines.push(medicine);
                        next.medicines
                            .sort_by(|a, b| a.started.cmp(&b.started).then(a.name.cmp(&b.name)));
                    }
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
    let on_remove_medicine = {
        let (change, changes) = (change.clone(), open.changes.clone());
        Callback::from(move |index: usize| {
            let mut next = changes.clone();
            if index < next.medicines.len() {
                let removed = next.medicines.remove(index);
                change(
                    next,
                    format!("{} is removed from your medicines.", removed.name),
                );
            }
        })
    };

    html! {
        <div class="diary experiment">
            { intro }
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
            { medicines_section(&open, on_add_medicine, on_remove_medicine) }
            <section aria-labelledby="experiment-method-title" class="experiment-method">
                <h2 id="experiment-method-title">{ "How this page counts" }</h2>
                <p>{ METHOD }</p>
            </section>
        </div>
    }
}

/// Choosing the change and its first night.
#[inline(never)]
fn trial_form(
    today: Date,
    on_start: Callback<SubmitEvent>,
    form: UseStateHandle<TrialForm>,
) -> Html {
    // Controlled: a re-render (after a message) keeps what the person chose and typed.
    let set = |update: fn(&mut TrialForm, String)| {
        let form = form.clone();
        Callback::from(move |event: InputEvent| {
            let value = event
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .map(|input| input.value())
                .unwrap_or_default();
            let mut next = (*form).clone();
            update(&mut next, value);
            form.set(next);
        })
    };
    let on_stretching = set(|f, _| f.named = false);
    let on_named = set(|f, _| f.named = true);
    let on_name = set(|f, value| f.name = value);
    let on_date = set(|f, value| f.start = Some(value));
    let start = form.start.clone().unwrap_or_else(|| today.to_string());
    html! {
        <>
            <h3>{ "How it works" }</h3>
            <ol>
                { for HOW_IT_WORKS.iter().map(|line| html! { <li>{ *line }</li> }) }
            </ol>
            <form class="experiment-form" id="experiment-form" onsubmit={on_start} novalidate=true>
                <fieldset class="field choices choices--radio">
                    <legend class="field__label">{ "The change" }</legend>
                    <div class="choices__options">
                        <div class="choice">
                            <input type="radio" id="experiment-change-stretching" name="experiment-change" value="bedtime-stretching" checked={!form.named} oninput={on_stretching} />
                            <label for="experiment-change-stretching">{ "Bedtime stretching (calf and back of thigh, every night)" }</label>
                        </div>
                        <div class="choice">
                            <input type="radio" id="experiment-change-named" name="experiment-change" value="named" checked={form.named} oninput={on_named} />
                            <label for="experiment-change-named">{ "Something else" }</label>
                        </div>
                    </div>
                </fieldset>
                <div class="field">
                    <label for="experiment-name" class="field__label">{ "If something else, what?" }</label>
                    <span class="hint" id="experiment-name-hint">{ "A few words, for example \"No coffee after lunch\"." }</span>
                    <input type="text" class="input" id="experiment-name" maxlength="80" aria-describedby="experiment-name-hint" value={form.name.clone()} oninput={on_name} />
                </div>
                <div class="field">
                    <label for="experiment-start" class="field__label">{ "First night of the change" }</label>
                    <span class="hint" id="experiment-start-hint">{ "Today, or a night in the next month. The 6 weeks before it are compared with the 6 weeks from it." }</span>
                    <input type="date" class="input" id="experiment-start" value={start} aria-describedby="experiment-start-hint" oninput={on_date} />
                </div>
                <div class="button-row">
                    <button type="submit">{ "Start the trial" }</button>
                </div>
            </form>
        </>
    }
}

/// The trial under way: the verdict, the figures before and during, the ratio with its interval,
/// what the trial found, and the limits.
#[inline(never)]
fn trial_report(open: &Opened, chosen: &Experiment, on_end: Callback<MouseEvent>) -> Html {
    let report: Report = assess(&open.nights, chosen.start, open.today);
    let before = Rc::new(stats::weekly(&open.diary, chosen.start.add_days(-1), 6));
    // Only the weeks begun so far: a week still to come would show as 0 cramp nights.
    let weeks_begun = report.days_done.div_ceil(7).max(1);
    let during_end = chosen.start.add_days(7 * i64::from(weeks_begun) - 1);
    let during = Rc::new(stats::weekly(&open.diary, during_end, weeks_begun));
    let finding = trial_finding(&chosen.change);
    let [figure_before, figure_during] = report.figures_text();
    html! {
        <>
            <p class="experiment-change"><strong>{ chosen.change.name().to_string() }</strong>
                { format!(", from the night of {}.", chosen.start.long_label()) }</p>
            <p class="experiment-verdict" id="experiment-verdict"><strong>{ report.verdict_text() }</strong></p>
            <ul class="experiment-figures">
                <li>{ figure_before }</li>
                <li>{ figure_during }</li>
                <li id="experiment-ratio">{ ratio_text(&report) }</li>
            </ul>
            <p class="hint">{ RATIO_MEANS }</p>
            <p class="hint">{ periods_text(&report) }</p>
            <h3>{ "Cramp nights per week before the change" }</h3>
            { weekly_chart(&before, true) }
            <details class="diary-table-toggle">
                <summary>{ "Show the weeks before as a table" }</summary>
                <div class="table-scroll">
                    { weekly_table(&before, "Nights with cramps per week, the 6 weeks before the change, newest first".into()) }
                </div>
            </details>
            if report.days_done > 0 {
                <h3>{ "Cramp nights per week during the change, so far" }</h3>
                { weekly_chart(&during, true) }
                <details class="diary-table-toggle">
                    <summary>{ "Show the weeks during as a table" }</summary>
                    <div class="table-scroll">
                        { weekly_table(&during, "Nights with cramps per week during the change, newest first".into()) }
                    </div>
                </details>
            }
            if !finding.is_empty() {
                <h3>{ "What the trial found" }</h3>
                { for finding.iter().map(|c| html! { <p>{ c.text }{ cites(c.sources) }</p> }) }
            }
            if matches!(chosen.change, Change::BedtimeStretching) {
                <p><a href={href(&Route::Stretch, None)}>{ crate::content::stretches::GUIDE_LINK }</a></p>
            }
            <h3>{ "What this cannot tell you" }</h3>
            <ul>
                { for LIMITS.iter().map(|c| html! { <li>{ c.text }{ cites(c.sources) }</li> }) }
            </ul>
            <div class="button-row">
                <button type="button" class="secondary" onclick={on_end}>{ "End this trial" }</button>
            </div>
            <p class="hint">{ "Ending the trial keeps your diary. You can then start a new one." }</p>
        </>
    }
}

/// The medicine timeline: what is listed, each start's before and after, and the form.
#[inline(never)]
fn medicines_section(
    open: &Opened,
    on_add: Callback<SubmitEvent>,
    on_remove: Callback<usize>,
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
                    <label for="medicine-stopped" class="field__label">{ "Stopped (leave empty if you still take it)" }</label>
                    <input type="date" class="input" id="medicine-stopped" max={today} />
                </div>
                <div class="button-row">
                    <button type="submit">{ "Add medicine" }</button>
                </div>
            </form>
        </section>
    }
}
