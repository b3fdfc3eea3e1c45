//! The cramp diary (/diary): add, change and delete entries (with Undo), the figures and chart,
//! the list, and what keeps the diary safe (the browser's promise, the last backup). The
//! printable doctor summary (/diary/summary/) is in [`summary`], backups (/diary/backup/) in
//! [`backup`].
//!
//! The page is one [`DiaryPage`] (a pure reducer, `diary::page`). The prerendered page has no
//! diary in it, so the first render says "Opening your diary…"; after mount the diary is read
//! (one record per night), and from then on every change another window makes arrives through
//! the `storage` event (`diary_store::use_other_windows`). Writes go through the reducer's own
//! steps, which return what happened; the page only dispatches it.

mod backup;
mod experiment;
mod summary;

// The parts the diary's pages are built from.
pub mod changes;
pub mod chart;
pub mod conflict;
pub mod figures;
pub mod files;
pub mod form;
pub mod last_check;
pub mod list;
pub mod recovery;

use std::rc::Rc;

use yew::prelude::*;

use crate::diary::changes::MedicineCourse;
use crate::diary::keeping::WHAT_CAN_CLEAR;
use crate::diary::medicine_timeline::marks_between;
use crate::diary::page::{DiaryAction, DiaryPage, Notice, FORM_TITLE_ID, NOTICE_ID};
use crate::diary::{self as model, stats, Date, Draft, EntryId};
use crate::platform::diary_store::{new_stamp, open_stored, use_other_windows, with_storage};
use crate::routes::Route;
use crate::runtime::later::Later;
use crate::ui::diary::changes::load_medicines;
use crate::ui::diary::chart::{weekly_chart_marked, weekly_table};
use crate::ui::diary::conflict::conflict_panel;
use crate::ui::diary::figures::figures;
use crate::ui::diary::form::{focus_by_id, EntryForm};
use crate::ui::diary::list::EntryList;
use crate::ui::diary::recovery::RecoveryBanner;
use crate::ui::shared::link::href;

pub use backup::DiaryBackup;
pub use experiment::DiaryExperiment;
pub use summary::DiarySummary;

/// Weeks in the diary page's chart.
const CHART_WEEKS: u32 = 12;

/// The page's state for Yew: the core's [`DiaryPage`] reducer, wrapped because a Yew trait
/// cannot be implemented on a type of the core crate.
#[derive(Default)]
struct DiaryState(DiaryPage);

impl std::ops::Deref for DiaryState {
    type Target = DiaryPage;

    fn deref(&self) -> &DiaryPage {
        &self.0
    }
}

impl Reducible for DiaryState {
    type Action = DiaryAction;

    fn reduce(self: Rc<Self>, action: DiaryAction) -> Rc<Self> {
        Rc::new(DiaryState(self.0.update(action)))
    }
}

#[component]
pub fn Diary() -> Html {
    let page = use_reducer(DiaryState::default);
    // The medicines, for the chart's marks: read after mounting, like the diary.
    let medicines = use_state(Vec::new);
    {
        let dispatch = page.dispatcher();
        let medicines = medicines.clone();
        use_effect_with((), move |_| {
            medicines.set(load_medicines(&mut Vec::new()));
            let opened = dispatch.clone();
            open_stored(move |opening| opened.dispatch(DiaryAction::Opened(Box::new(opening))));
            wasm_bindgen_futures::spawn_local(async move {
                dispatch.dispatch(DiaryAction::Persisted(
                    crate::platform::persistence::ask().await,
                ));
            });
        });
    }
    {
        let dispatch = page.dispatcher();
        use_other_windows(Callback::from(move |action| dispatch.dispatch(action)));
    }
    use_effect_with(page.opened, |opened| {
        // The island is live once the diary is on screen (`Island::opens_from_storage`).
        if *opened {
            crate::platform::browser::island_hydrated();
        }
    });
    use_effect_with(page.focus.clone(), |(count, id)| {
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
    if !page.opened {
        return html! {
            <>
                { intro }
                <p class="diary-opening">{ "Opening your diary…" }</p>
            </>
        };
    }
    opened_page(page, intro, &medicines)
}

/// The page once the diary is read. Kept out of [`Diary`] so that its code is compiled by the
/// browser when the diary is first shown, not in the task that hydrates "Opening your diary…"
/// (ARCHITECTURE.md, "Code that runs later").
#[inline(never)]
fn opened_page(
    page: UseReducerHandle<DiaryState>,
    intro: Html,
    medicines: &[MedicineCourse],
) -> Html {
    let today = page.today;
    let on_submit = {
        let page = page.clone();
        Callback::from(move |draft: Draft| {
            let action = with_storage(|storage| page.submit(&draft, storage, new_stamp()));
            page.dispatch(action);
        })
    };
    let send = {
        let dispatch = page.dispatcher();
        Callback::from(move |action| dispatch.dispatch(action))
    };
    let on_cancel = send.reform(|()| DiaryAction::Cancel);
    let on_edit = send.reform(DiaryAction::Edit);
    let on_delete = {
        let page = page.clone();
        Callback::from(move |id: EntryId| {
            let action = with_storage(|storage| page.delete(id, storage));
            page.dispatch(action);
        })
    };
    let on_undo = {
        let page = page.clone();
        Callback::from(move |_: MouseEvent| {
            let action = with_storage(|storage| page.undo(storage, new_stamp()));
            page.dispatch(action);
        })
    };
    let on_keep_mine = {
        let page = page.clone();
        Callback::from(move |_: MouseEvent| {
            let action = with_storage(|storage| page.keep_mine(storage, new_stamp()));
            page.dispatch(action);
        })
    };
    let on_keep_theirs = send.reform(|_: MouseEvent| DiaryAction::TookTheirs);
    let on_remove_unreadable = {
        let page = page.clone();
        Callback::from(move |()| {
            let action = with_storage(|storage| page.discard_unreadable(storage));
            page.dispatch(action);
        })
    };

    let diary = page.diary.clone();
    let form = &page.form;
    let editing = form.editing.and_then(|id| diary.get(id));
    let initial = match editing {
        Some(entry) => Draft::from_entry(entry),
        None => Draft::for_night(today.add_days(-1)),
    };
    let editing_label = editing.map(|e| AttrValue::from(e.night_of.long_label()));
    let can_undo = diary.last_deleted().is_some();

    html! {
        <div class="diary">
            { intro }
            <p class="diary-links"><a href={href(&Route::DiarySummary, None)}>{ "Summary for your doctor (to print)" }</a></p>
            <p class="diary-links"><a href={href(&Route::DiaryExperiment, None)}>{ "Does it work for me? Try a change, and list your medicines" }</a></p>
            <nav class="diary-jump" aria-label="On this page">
                <ul>
                    { for [(FORM_TITLE_ID, "Add an entry"), ("diary-figures-title", "How often"), ("diary-entries-title", "Your entries"), ("diary-files-title", "Backups")]
                        .into_iter().map(|(id, label)| html! { <li><a href={href(&Route::Diary, Some(id))}>{ label }</a></li> }) }
                </ul>
            </nav>
            if let Some(problem) = &page.problem {
                <p class="diary-problem" role="alert">{ problem.clone() }</p>
            }
            if !page.unreadable.is_empty() {
                <RecoveryBanner unreadable={page.unreadable.clone()} {today} on_remove={on_remove_unreadable} />
            }
            <div id={NOTICE_ID} class="diary-notice" tabindex="-1" role="status">
                { match &page.notice {
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
            if let Some(view) = &page.conflict {
                { conflict_panel(view, on_keep_mine, on_keep_theirs) }
            }

            <EntryForm generation={form.generation} {initial} editing={editing_label}
                errors={form.errors.clone()} attempt={form.attempt} {today}
                {on_submit} {on_cancel} />

            // Below the form, each part is drawn in a task of its own (a ten-year diary's page
            // took 140 ms to draw in one at 4× CPU slowdown).
            <Later>{ figures_section(&diary, today, medicines) }</Later>
            <Later>{ entries_section(diary.clone(), on_edit, on_delete) }</Later>
            <Later>{ backups_section(&page) }</Later>
        </div>
    }
}

// The sections below the form are functions of their own, like `opened_page` itself.

/// "How often": the figures, the weekly chart and the chart as a table.
#[inline(never)]
fn figures_section(diary: &model::Diary, today: Date, medicines: &[MedicineCourse]) -> Html {
    let overview = stats::overview(diary, today, CHART_WEEKS);
    let marks = marks_between(
        medicines,
        today.add_days(1 - 7 * i64::from(CHART_WEEKS)),
        today,
    );
    let weeks = Rc::new(overview.weeks.clone());
    html! {
        <section aria-labelledby="diary-figures-title">
            <h2 id="diary-figures-title">{ "How often" }</h2>
            if diary.is_empty() {
                <p>{ "Your figures and a chart appear here once you have added entries." }</p>
            } else {
                { figures(&overview) }
                <h3>{ format!("Nights with cramps per week, last {CHART_WEEKS} weeks") }</h3>
                { weekly_chart_marked(&weeks, false, &marks) }
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

/// "Your entries".
#[inline(never)]
fn entries_section(
    diary: Rc<model::Diary>,
    on_edit: Callback<EntryId>,
    on_delete: Callback<EntryId>,
) -> Html {
    html! {
        <section aria-labelledby="diary-entries-title">
            <h2 id="diary-entries-title">{ "Your entries" }</h2>
            <EntryList {diary} {on_edit} {on_delete} />
        </section>
    }
}

/// "Backups": whether the browser keeps the diary, the last backup (and a nudge when many
/// nights were saved since), what can clear the diary, and the link to make or restore one.
#[inline(never)]
fn backups_section(page: &DiaryPage) -> Html {
    html! {
        <section aria-labelledby="diary-files-title" class="diary-keeping">
            <h2 id="diary-files-title">{ "Backups" }</h2>
            <p>{ backup::PURPOSE }</p>
            <p id="diary-persisted">{ page.keeping.persist_line() }</p>
            <p id="diary-last-backup">{ page.keeping.backup_line() }</p>
            if let Some(advice) = page.keeping.backup_advice(&page.stamps) {
                <p id="diary-backup-advice" class="diary-backup-advice">{ advice }</p>
            }
            <p>{ WHAT_CAN_CLEAR }</p>
            <p><a href={href(&Route::DiaryBackup, None)}>{ "Back up or restore your diary" }</a></p>
        </section>
    }
}
