//! The cramp diary (/diary): add, change and delete entries (with Undo), the figures and chart,
//! and the list. The printable doctor summary (/diary/summary/) is in [`summary`], backups
//! (/diary/backup/) in [`backup`].
//!
//! Hydration: the prerendered page has no diary in it, so the first render shows "Opening your
//! diary…", the diary is read from storage a slice per task (`components::diary_reading`), and
//! the page then opens in steps (`components::opening`): the form a field at a time, then the
//! figures, then the list.
//! Every change is made on a copy, saved, and only then shown, so what is on screen is what is
//! stored (except when storage is switched off, where the diary works for this visit and says
//! so).

mod backup;
mod summary;

use std::rc::Rc;

use yew::prelude::*;

use crate::components::diary_chart::{weekly_chart, weekly_table};
use crate::components::diary_figures::figures;
use crate::components::diary_form::{self, focus_by_id, EntryForm};
use crate::components::diary_list::{self, entry_heading_id, EntryList};
use crate::components::diary_reading::use_stored_diary;
use crate::components::diary_recovery::RecoveryBanner;
use crate::components::diary_store::{save_for_page, today, Unreadable};
use crate::components::link::href;
use crate::components::opening::use_opening_steps;
use crate::diary::{self as model, stats, Date, DiaryError, Draft, EntryId, FieldError};
use crate::routes::Route;

pub use backup::DiaryBackup;
pub use summary::DiarySummary;

/// Weeks in the diary page's chart.
const CHART_WEEKS: u32 = 12;

// What the page shows as it opens (`components::opening`), step by step: its top (step 1), the
// form's heading, then one part of the form per step, the figures, and last the list (a third
// of its first page per step) and backups. The first steps carry little because they also run
// code for the first time, which the browser compiles then. (Showing two or three form parts
// per step was tried: each part's first drawing also runs code for the first time, and a step
// of three reached 100 ms on a slow phone.) The form asks for the night with choices, not a date
// field (`diary::recent_nights`): a page's first date field costs the browser up to ~100 ms on
// a slow phone, which is now paid only by someone who asks for "Another night".
const FORM: u8 = 2;
const FIGURES: u8 = FORM + diary_form::PARTS + 1;
/// The list's first step; it takes `diary_list::OPENING_STEPS`, and the backups come with the last.
const LIST: u8 = FIGURES + 1;
const LAST: u8 = LIST + diary_list::OPENING_STEPS - 1;

/// What the page says after a change.
#[derive(Clone, PartialEq)]
enum Notice {
    Done(String),
    /// An entry was deleted; offer Undo.
    Deleted(String),
    Problem(String),
}

/// The entry form's state: which entry (if any) it changes and the problems from the last save.
#[derive(Clone, PartialEq, Default)]
struct FormState {
    editing: Option<EntryId>,
    /// Bumped to start the form afresh.
    generation: u32,
    errors: Rc<Vec<FieldError>>,
    attempt: u32,
}

impl FormState {
    fn fresh(&self, editing: Option<EntryId>) -> FormState {
        FormState {
            editing,
            generation: self.generation + 1,
            errors: Rc::default(),
            attempt: 0,
        }
    }
}

/// Everything read at mount.
#[derive(Clone, PartialEq)]
struct Opened {
    today: Date,
    unreadable: Option<Unreadable>,
    /// Storage could not be reached (the message to show).
    problem: Option<String>,
}

#[component]
pub fn Diary() -> Html {
    let opened = use_state(|| None::<Opened>);
    let diary = use_state(|| Rc::new(model::Diary::new()));
    let form = use_state(FormState::default);
    let notice = use_state(|| None::<Notice>);
    // (counter, element id): focus moves there after the next render.
    let focus = use_state(|| (0u32, String::new()));
    let step = use_opening_steps(opened.is_some(), LAST);

    {
        let (opened, diary) = (opened.clone(), diary.clone());
        use_stored_diary(move |loaded| {
            diary.set(Rc::new(loaded.diary));
            opened.set(Some(Opened {
                today: today(),
                unreadable: loaded.unreadable,
                problem: loaded.problem.map(|p| p.message()),
            }));
        });
    }
    use_effect_with((*focus).clone(), |(count, id)| {
        if *count > 0 {
            focus_by_id(id);
        }
    });

    let intro = html! {
        <>
            <h1>{ "Cramp diary" }</h1>
            <p class="lead">{ "Note each night's cramps to see how often they happen and whether things change. Your diary is saved only on this device." }</p>
        </>
    };
    let Some(open) = (*opened).clone().filter(|_| step > 0) else {
        return html! {
            <>
                { intro }
                <p class="diary-opening">{ "Opening your diary…" }</p>
            </>
        };
    };
    opened_page(
        PageState {
            opened,
            diary,
            form,
            notice,
            focus,
        },
        open,
        step,
        intro,
    )
}

/// The page's state, handed from [`Diary`] to [`opened_page`].
struct PageState {
    opened: UseStateHandle<Option<Opened>>,
    diary: UseStateHandle<Rc<model::Diary>>,
    form: UseStateHandle<FormState>,
    notice: UseStateHandle<Option<Notice>>,
    focus: UseStateHandle<(u32, String)>,
}

/// The page once the diary is read, at opening step `step`. Kept out of [`Diary`] so that its
/// code is compiled by the browser when the diary is first shown, not in the task that hydrates
/// "Opening your diary…" (ARCHITECTURE.md, "Code that runs later").
#[inline(never)]
fn opened_page(page: PageState, open: Opened, step: u8, intro: Html) -> Html {
    let PageState {
        opened,
        diary,
        form,
        notice,
        focus,
    } = page;
    let today = open.today;

    let move_focus = {
        let focus = focus.clone();
        move |id: String| focus.set((focus.0 + 1, id))
    };
    // Save a changed diary; show it only once saved (see the module comment).
    let commit = {
        let (diary, notice) = (diary.clone(), notice.clone());
        move |next: model::Diary, done: Notice| -> bool {
            let saved = save_for_page(&next);
            if saved.show {
                diary.set(Rc::new(next));
            }
            notice.set(Some(saved.problem.map_or(done, Notice::Problem)));
            saved.show
        }
    };

    let on_submit = {
        let (diary, form, notice, commit, move_focus) = (
            diary.clone(),
            form.clone(),
            notice.clone(),
            commit.clone(),
            move_focus.clone(),
        );
        Callback::from(move |draft: Draft| {
            let mut next = (**diary).clone();
            let result = match form.editing {
                Some(id) => next.update(id, &draft, today).map(|()| id),
                None => next.add(&draft, today),
            };
            match result {
                Ok(id) => {
                    let night = next
                        .get(id)
                        .map(|e| e.night_of.long_label())
                        .unwrap_or_default();
                    let verb = if form.editing.is_some() {
                        "Saved the changes to"
                    } else {
                        "Saved"
                    };
                    if commit(next, Notice::Done(format!("{verb} the entry for {night}."))) {
                        form.set(form.fresh(None));
                        move_focus(entry_heading_id(id));
                    } else {
                        move_focus("diary-notice".into());
                    }
                }
                Err(DiaryError::Invalid(errors)) => {
                    form.set(FormState {
                        errors: Rc::new(errors),
                        attempt: form.attempt + 1,
                        ..(*form).clone()
                    });
                }
                Err(other) => {
                    notice.set(Some(Notice::Problem(other.message())));
                    move_focus("diary-notice".into());
                }
            }
        })
    };
    let on_cancel = {
        let (form, move_focus) = (form.clone(), move_focus.clone());
        Callback::from(move |()| {
            let editing = form.editing;
            form.set(form.fresh(None));
            move_focus(editing.map_or("diary-form-title".into(), entry_heading_id));
        })
    };
    let on_edit = {
        let (form, notice, move_focus) = (form.clone(), notice.clone(), move_focus.clone());
        Callback::from(move |id: EntryId| {
            form.set(form.fresh(Some(id)));
            notice.set(None);
            move_focus("diary-form-title".into());
        })
    };
    let on_delete = {
        let (diary, form, notice, commit, move_focus) = (
            diary.clone(),
            form.clone(),
            notice.clone(),
            commit.clone(),
            move_focus.clone(),
        );
        Callback::from(move |id: EntryId| {
            let mut next = (**diary).clone();
            match next.delete(id) {
                Ok(removed) => {
                    let done = Notice::Deleted(format!(
                        "Deleted the entry for {}.",
                        removed.night_of.long_label()
                    ));
                    if commit(next, done) && form.editing == Some(id) {
                        form.set(form.fresh(None));
                    }
                }
                Err(error) => notice.set(Some(Notice::Problem(error.message()))),
            }
            move_focus("diary-notice".into());
        })
    };
    let on_undo = {
        let (diary, notice, commit, move_focus) = (
            diary.clone(),
            notice.clone(),
            commit.clone(),
            move_focus.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let mut next = (**diary).clone();
            match next.undo_delete() {
                Ok(id) => {
                    let night = next
                        .get(id)
                        .map(|e| e.night_of.long_label())
                        .unwrap_or_default();
                    if commit(
                        next,
                        Notice::Done(format!("Put back the entry for {night}.")),
                    ) {
                        move_focus(entry_heading_id(id));
                        return;
                    }
                }
                Err(error) => notice.set(Some(Notice::Problem(error.message()))),
            }
            move_focus("diary-notice".into());
        })
    };
    let on_recovered = {
        let (opened, open) = (opened.clone(), open.clone());
        Callback::from(move |()| {
            opened.set(Some(Opened {
                unreadable: None,
                ..open.clone()
            }))
        })
    };

    let initial = match form.editing.and_then(|id| diary.get(id)) {
        Some(entry) => Draft::from_entry(entry),
        None => Draft::for_night(today.add_days(-1)),
    };
    let editing_label = form
        .editing
        .and_then(|id| diary.get(id))
        .map(|e| AttrValue::from(e.night_of.long_label()));
    let can_undo = diary.last_deleted().is_some();

    html! {
        <div class="diary">
            { intro }
            <p class="diary-links"><a href={href(&Route::DiarySummary, None)}>{ "Summary for your doctor (to print)" }</a></p>
            <nav class="diary-jump" aria-label="On this page">
                <ul>
                    { for [("diary-form-title", "Add an entry"), ("diary-figures-title", "How often"), ("diary-entries-title", "Your entries"), ("diary-files-title", "Backups")]
                        .into_iter().map(|(id, label)| html! { <li><a href={href(&Route::Diary, Some(id))}>{ label }</a></li> }) }
                </ul>
            </nav>
            if let Some(problem) = &open.problem {
                <p class="diary-problem" role="alert">{ problem.clone() }</p>
            }
            if let Some(unreadable) = &open.unreadable {
                <RecoveryBanner unreadable={unreadable.clone()} {today} on_removed={on_recovered} />
            }
            <div id="diary-notice" class="diary-notice" tabindex="-1" role="status">
                { match &*notice {
                    None => html! {},
                    Some(Notice::Done(message)) => html! { <p class="diary-notice__done">{ message.clone() }</p> },
                    Some(Notice::Deleted(message)) => html! {
                        <p class="diary-notice__done">
                            { message.clone() }{ " " }
                            if can_undo {
                                <button type="button" class="secondary diary-undo" onclick={on_undo}>{ "Undo" }</button>
                            }
                        </p>
                    },
                    Some(Notice::Problem(message)) => html! { <p class="diary-problem">{ message.clone() }</p> },
                } }
            </div>

            if step >= FORM {
            <EntryForm generation={form.generation} {initial} editing={editing_label}
                errors={form.errors.clone()} attempt={form.attempt} {today}
                {on_submit} {on_cancel} parts={step.saturating_sub(FORM)} />
            }

            if step >= FIGURES {
                { figures_section(&diary, today) }
            }
            if step >= LIST {
                { entries_section((*diary).clone(), on_edit, on_delete, step + 1 - LIST) }
            }
            if step >= LAST {
                { backups_section() }
            }
        </div>
    }
}

// The sections below the form are functions of their own, like `opened_page` itself: each is
// compiled when its opening step first shows it, not all in the step that shows the page's top.

/// "How often": the figures, the weekly chart and the chart as a table.
#[inline(never)]
fn figures_section(diary: &model::Diary, today: Date) -> Html {
    let overview = stats::overview(diary, today, CHART_WEEKS);
    let weeks = Rc::new(overview.weeks.clone());
    html! {
        <section aria-labelledby="diary-figures-title">
            <h2 id="diary-figures-title">{ "How often" }</h2>
            if diary.is_empty() {
                <p>{ "Your figures and a chart appear here once you have added entries." }</p>
            } else {
                { figures(&overview) }
                <h3>{ format!("Nights with cramps per week, last {CHART_WEEKS} weeks") }</h3>
                { weekly_chart(&weeks, false) }
                <details class="diary-table-toggle">
                    <summary>{ "Show the chart as a table" }</summary>
                    <div class="table-scroll">
                        { weekly_table(&weeks, format!("Nights with cramps per week, last {CHART_WEEKS} weeks, newest first")) }
                    </div>
                </details>
            }
        </section>
    }
}

/// "Your entries", a third of the list's first page per opening step (`opening_step`).
#[inline(never)]
fn entries_section(
    diary: Rc<model::Diary>,
    on_edit: Callback<EntryId>,
    on_delete: Callback<EntryId>,
    opening_step: u8,
) -> Html {
    html! {
        <section aria-labelledby="diary-entries-title">
            <h2 id="diary-entries-title">{ "Your entries" }</h2>
            <EntryList {diary} {on_edit} {on_delete} {opening_step} />
        </section>
    }
}

/// "Backups": what they are for, and the link to make or restore one.
#[inline(never)]
fn backups_section() -> Html {
    html! {
        <section aria-labelledby="diary-files-title">
            <h2 id="diary-files-title">{ "Backups" }</h2>
            <p>{ backup::PURPOSE }</p>
            <p><a href={href(&Route::DiaryBackup, None)}>{ "Back up or restore your diary" }</a></p>
        </section>
    }
}
