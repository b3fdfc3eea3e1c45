//! Backups (/diary/backup/): download the diary (JSON to import again, CSV for a spreadsheet)
//! and import a backup with a preview. A page of its own, so the diary page's download stays
//! small; it reads and saves the diary the same way the diary page does.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::diary_files::{DiaryFiles, Imported};
use crate::components::diary_form::focus_by_id;
use crate::components::diary_reading::use_stored_diary;
use crate::components::diary_store::{save_for_page, today};
use crate::components::link::href;
use crate::diary::{self as model, Date};
use crate::routes::Route;

/// What backups are for: the backups page's lead, and the diary's pointer to it.
pub(super) const PURPOSE: &str =
    "Keep a copy of your diary in a file, open it in a spreadsheet, or bring entries back from a backup.";

#[derive(Clone, PartialEq)]
struct Opened {
    today: Date,
    diary: Rc<model::Diary>,
    /// Storage could not be reached, or part of it could not be read (the message to show).
    problem: Option<String>,
}

/// What the page says after an import.
#[derive(Clone, PartialEq)]
enum Notice {
    Done(String),
    Problem(String),
}

#[component]
pub fn DiaryBackup() -> Html {
    let opened = use_state(|| None::<Opened>);
    let notice = use_state(|| None::<Notice>);
    {
        let opened = opened.clone();
        use_stored_diary(move |loaded| {
            let problem = loaded.problem.map(|p| p.message()).or_else(|| {
                loaded.unreadable.map(|_| {
                    "Part of your saved diary could not be read. The diary page explains what happened and keeps a copy for you; a backup made now leaves that part out.".to_string()
                })
            });
            opened.set(Some(Opened {
                today: today(),
                diary: Rc::new(loaded.diary),
                problem,
            }));
        });
    }
    let intro = html! {
        <>
            <h1>{ "Back up or restore your diary" }</h1>
            <p class="lead">{ PURPOSE }</p>
            <p class="diary-links"><a href={href(&Route::Diary, None)}>{ "Back to the diary" }</a></p>
        </>
    };
    let Some(open) = (*opened).clone() else {
        return html! { <>{ intro }<p class="diary-opening">{ "Opening your diary…" }</p></> };
    };
    // Save the merged diary; show it as imported only once it is saved.
    let on_import = {
        let (opened, notice, open) = (opened.clone(), notice.clone(), open.clone());
        Callback::from(move |imported: Imported| {
            let saved = save_for_page(&imported.diary);
            if saved.show {
                opened.set(Some(Opened {
                    diary: Rc::new(imported.diary),
                    ..open.clone()
                }));
            }
            notice.set(Some(
                saved
                    .problem
                    .map_or(Notice::Done(imported.message), Notice::Problem),
            ));
            focus_by_id("diary-notice");
        })
    };
    html! {
        <div class="diary">
            { intro }
            if let Some(problem) = &open.problem {
                <p class="diary-problem" role="alert">{ problem.clone() }</p>
            }
            <div id="diary-notice" class="diary-notice" tabindex="-1" role="status">
                { match &*notice {
                    None => html! {},
                    Some(Notice::Done(message)) => html! { <p class="diary-notice__done">{ message.clone() }</p> },
                    Some(Notice::Problem(message)) => html! { <p class="diary-problem">{ message.clone() }</p> },
                } }
            </div>
            <section aria-labelledby="diary-files-title">
                <h2 id="diary-files-title" class="visually-hidden">{ "Backups" }</h2>
                <DiaryFiles diary={open.diary.clone()} today={open.today} {on_import} />
            </section>
        </div>
    }
}
