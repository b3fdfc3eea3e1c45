//! Backups (/diary/backup/): download the diary (JSON to import again, CSV for a spreadsheet)
//! and import a backup with a preview. A page of its own, so the diary page's download stays
//! small. It reads the per-night store as the diary page does; an import writes the nights it
//! adds or changes all or nothing (`night_store::save_many`), and downloading a backup file
//! records its date for the diary page's reminder.

use std::rc::Rc;

use yew::prelude::*;

use crate::diary::changes::{merge, TrialAndMedicines};
use crate::diary::night_store::{save_many, SaveError, Stamps, Stored};
use crate::diary::{self as model, Date};
use crate::platform::diary_store::{
    device_storage, new_stamp, open_stored, read_all, record_backup, today, use_other_windows,
};
use crate::routes::Route;
use crate::ui::diary::changes::{load_changes, save_changes};
use crate::ui::diary::files::{DiaryFiles, Imported, OnDevice};
use crate::ui::diary::form::focus_by_id;
use crate::ui::shared::link::href;
use crate::ui::shared::reminder::{ReminderDownload, ReminderKind};

/// What backups are for: the backups page's lead, and the diary's pointer to it.
pub(super) const PURPOSE: &str =
    "Keep a copy of your diary in a file, open it in a spreadsheet, or bring entries back from a backup.";

#[derive(Clone, PartialEq)]
struct Opened {
    today: Date,
    diary: Rc<model::Diary>,
    /// The version of each stored night as this page read it: an import saves over exactly those.
    stamps: Rc<Stamps>,
    /// Storage could not be reached, or part of it could not be read (the message to show).
    problem: Option<String>,
    /// The trial and the medicines on this device.
    changes: Rc<TrialAndMedicines>,
}

impl Opened {
    fn from_stored(today: Date, stored: Stored, problem: Option<String>) -> Opened {
        let changes = load_changes();
        let problem = problem.or_else(|| changes.problems.first().cloned()).or_else(|| {
            (!stored.unreadable.is_empty()).then(|| {
                "Part of your saved diary could not be read. The diary page explains what happened and keeps it for you; a backup made now leaves that part out.".to_string()
            })
        });
        Opened {
            today,
            diary: Rc::new(stored.diary),
            stamps: Rc::new(stored.stamps),
            problem,
            changes: Rc::new(changes.changes),
        }
    }
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
        use_effect_with((), move |_| {
            open_stored(move |opening| {
                opened.set(Some(Opened::from_stored(
                    opening.today,
                    opening.stored,
                    opening.problem,
                )))
            });
        });
    }
    use_effect_with(opened.is_some(), |opened| {
        // The island is live once the diary is on screen (`Island::opens_from_storage`).
        if *opened {
            crate::platform::browser::island_hydrated();
        }
    });
    {
        // Another window changed the diary (an entry, an erase, an import): read it again, so
        // an import here merges into what is stored now. (The listener keeps the handle of the
        // first render, so it reads nothing from it; the page has opened by the time it hears.)
        let opened = opened.clone();
        use_other_windows(Callback::from(move |_| {
            opened.set(Some(Opened::from_stored(today(), read_all(), None)));
        }));
    }
    // Save the nights the import adds or changes, all or nothing; show them once saved.
    let on_import = {
        let (opened, notice) = (opened.clone(), notice.clone());
        Callback::from(move |imported: Imported| {
            let Some(open) = (*opened).clone() else {
                return;
            };
            let changed: Vec<_> = imported
                .diary
                .iter()
                .filter(|entry| {
                    (open.diary.entry_for_night(entry.night_of))
                        .is_none_or(|e| !e.same_content(entry))
                })
                .cloned()
                .collect();
            let saved = device_storage()
                .map(|mut storage| save_many(&mut storage, &changed, &open.stamps, new_stamp()));
            // The nights first; the trial and medicines only once they are saved.
            let merged = merge(&open.changes, &imported.changes);
            notice.set(Some(match saved {
                Err(problem) => Notice::Problem(problem),
                Ok(Ok(_)) => match save_changes(&open.changes, &merged.result) {
                    Ok(()) => Notice::Done(format!("{} {}", imported.message, merged.message()).trim().to_string()),
                    Err(problem) => Notice::Problem(format!("{} The nights were imported, but the trial and medicines were not: {problem}", imported.message)),
                },
                Ok(Err(SaveError::Conflict(_))) => Notice::Problem("Another window changed your diary while you were importing, so nothing was imported. This page now shows the diary as it is saved; please import the file again.".into()),
                Ok(Err(SaveError::Unreadable(_))) => Notice::Problem("A saved night that could not be read is in the way, so nothing was imported. Open the diary page to download it first.".into()),
                Ok(Err(SaveError::Write(error))) => Notice::Problem(format!("{} Nothing was imported.", error.message())),
            }));
            opened.set(Some(Opened::from_stored(
                open.today,
                read_all(),
                open.problem.clone(),
            )));
            focus_by_id("diary-notice");
        })
    };
    let on_backup = Callback::from(|()| {
        // Only the reminder on the diary page depends on it; a failure here loses nothing.
        let _ = record_backup();
    });
    // The whole page is drawn before the diary is read (and prerendered so): only the files'
    // buttons need it, and the loader holds a tap on them until the page is live.
    let open = (*opened).clone();
    let on_device = open.as_ref().map(|open| OnDevice {
        diary: open.diary.clone(),
        changes: open.changes.clone(),
        today: open.today,
    });
    html! {
        <div class="diary">
            <h1>{ "Back up or restore your diary" }</h1>
            <p class="lead">{ PURPOSE }</p>
            <p class="diary-links"><a href={href(&Route::Diary, None)}>{ "Back to the diary" }</a></p>
            if open.is_none() {
                <p class="diary-opening">{ "Opening your diary…" }</p>
            }
            if let Some(problem) = open.as_ref().and_then(|open| open.problem.clone()) {
                <p class="diary-problem" role="alert">{ problem }</p>
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
                <DiaryFiles {on_device} {on_import} {on_backup} />
            </section>
            <section aria-labelledby="backup-reminder-title">
                <h2 id="backup-reminder-title">{ crate::diary::ics::BACKUP_REMINDER_TITLE }</h2>
                <ReminderDownload kind={ReminderKind::MonthlyBackup} />
            </section>
        </div>
    }
}
