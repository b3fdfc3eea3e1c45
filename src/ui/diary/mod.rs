//! The cramp diary (/diary): add, change and delete entries (with Undo), the figures and chart,
//! the list, and what keeps the diary safe (the browser's promise, the last backup). The
//! printable doctor summary (/diary/summary/) is in [`summary`], backups (/diary/backup/) in
//! [`backup`].
//!
//! The page is one [`DiaryPage`] (a pure reducer, `diary::page`). The prerendered page has no
//! diary in it, so the first render says "Opening your diary…"; after mount the diary is read
//! (one record per night), and from then on every change another window makes arrives through
//! the `storage` event (`diary_store::use_other_windows`). Writes go through the reducer's own
//! steps, which return what happened; the page only dispatches it ([`actions`]). The parts
//! below the form follow a change a task or two later ([`sections`]).

mod actions;
pub mod backup;
pub mod experiment;
mod sections;
pub mod summary;

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
use crate::diary::page::{DiaryAction, DiaryPage, Notice, FORM_TITLE_ID, NOTICE_ID};
use crate::diary::Draft;
use crate::platform::diary_store::{open_stored, use_other_windows};
use crate::routes::Route;
use crate::ui::diary::actions::{use_page_actions, PageActions};
use crate::ui::diary::changes::load_medicines;
use crate::ui::diary::conflict::conflict_panel;
use crate::ui::diary::form::EntryForm;
use crate::ui::diary::recovery::RecoveryBanner;
use crate::ui::diary::sections::Sections;
use crate::ui::shared::link::href;

/// The page's state for Yew: the core's [`DiaryPage`] reducer, wrapped because a Yew trait
/// cannot be implemented on a type of the core crate.
#[derive(Default)]
pub(crate) struct DiaryState(DiaryPage);

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
    let actions = use_page_actions(&page);
    // The medicines, for the chart's marks: read after mounting, like the diary.
    let medicines = use_state(|| Rc::new(Vec::new()));
    {
        let dispatch = page.dispatcher();
        let medicines = medicines.clone();
        use_effect_with((), move |_| {
            medicines.set(Rc::new(load_medicines(&mut Vec::new())));
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

    let intro = html! {
        <>
            <h1>{ "Cramp diary" }</h1>
            <p class="lead">{ "Note each night's cramps to see how often they happen and whether things change. Your diary is saved only on this device." }</p>
        </>
    };
    if !page.opened {
        // The same wrapper as the opened page, so its title and lead are kept, not drawn again.
        return html! {
            <div class="diary">
                { intro }
                <p class="diary-opening">{ "Opening your diary…" }</p>
            </div>
        };
    }
    opened_page(&page, intro, &actions, &medicines)
}

/// The page once the diary is read. Kept out of [`Diary`] so that its code is compiled by the
/// browser when the diary is first shown, not in the task that hydrates "Opening your diary…"
/// (ARCHITECTURE.md, "Code that runs later").
#[inline(never)]
fn opened_page(
    page: &DiaryPage,
    intro: Html,
    actions: &PageActions,
    medicines: &Rc<Vec<MedicineCourse>>,
) -> Html {
    let today = page.today;
    let diary = &page.diary;
    let form = &page.form;
    let editing = form.editing.and_then(|id| diary.get(id));
    let initial = match editing {
        Some(entry) => Draft::from_entry(entry),
        None => Draft::for_night(today.add_days(-1)),
    };
    let editing_label = editing.map(|e| AttrValue::from(e.night_of.long_label()));
    let can_undo = diary.last_deleted().is_some();

    // Two children, as while the diary was read: the title and lead are kept, only what follows
    // them changes.
    html! {
        <div class="diary">
            { intro }
            <>
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
                    <RecoveryBanner unreadable={page.unreadable.clone()} {today} on_remove={actions.remove_unreadable.clone()} />
                }
                <div id={NOTICE_ID} class="diary-notice" tabindex="-1" role="status">
                    { match &page.notice {
                        None => html! {},
                        Some(Notice::Done(message)) => html! { <p class="diary-notice__done">{ message.clone() }</p> },
                        Some(Notice::Deleted(message)) => html! {
                            <p class="diary-notice__done">
                                { message.clone() }{ " " }
                                if can_undo {
                                    <button type="button" class="secondary diary-undo" onclick={actions.undo.clone()}>{ "Undo" }</button>
                                }
                            </p>
                        },
                        Some(Notice::Problem(message)) => html! { <p class="diary-problem">{ message.clone() }</p> },
                    } }
                </div>
                if let Some(view) = &page.conflict {
                    { conflict_panel(view, actions.keep_mine.clone(), actions.keep_theirs.clone()) }
                }

                <EntryForm generation={form.generation} {initial} editing={editing_label}
                    errors={form.errors.clone()} attempt={form.attempt} {today}
                    on_submit={actions.submit.clone()} on_cancel={actions.cancel.clone()} />

                <Sections diary={diary.clone()} {today} medicines={medicines.clone()}
                    keeping={page.keeping.clone()} stamps={page.stamps.clone()} focus={page.focus.clone()}
                    on_edit={actions.edit.clone()} on_delete={actions.delete.clone()} />
            </>
        </div>
    }
}
