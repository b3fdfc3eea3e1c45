//! Backups (/diary/backup/): download the diary (JSON to import again, CSV for a spreadsheet)
//! and import a backup with a preview. A page of its own, so the diary page's download stays
//! small. It reads the per-night store as the diary page does; an import writes the nights it
//! adds or changes all or nothing (`night_store::save_many`), and downloading a backup file
//! records its date for the diary page's reminder.
//!
//! An island run by plain DOM code (`crate::runtime::plain`): the whole page is prerendered ([`prerendered`]), with
//! the import field waiting; in the browser [`start`] reads the diary, runs the buttons, and
//! rewrites only the places that change (what it found, the notice, the export's problem, the
//! import's stage), from the same markup functions. `restore` reads a chosen file, previews it
//! and imports it.

mod restore;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, Event, HtmlInputElement};

use crate::diary::changes::{merge, TrialAndMedicines};
use crate::diary::import;
use crate::diary::night_store::{save_many, SaveError, Stamps, Stored};
use crate::diary::{
    self as model, entries_label, ConflictChoice, Date, ImportError, MAX_IMPORT_BYTES,
};
use crate::platform::diary_store::{
    device_storage, download_in_tasks, listen_other_windows, new_stamp, open_stored, read_all,
    record_backup, today,
};
use crate::routes::Route;
use crate::runtime::plain::{focus_by_id, listen, set_flag, write_place};
use crate::ui::diary::changes::{load_changes, save_changes};
use crate::ui::diary::files::{
    backup_file, spreadsheet_file, write_export_problem, write_files, write_stage, File, OnDevice,
    Stage, CHOICE_NAME, DO, IMPORT_ID, PREVIEW_ID, REFUSED_ID,
};
use crate::ui::diary::notice::{write_alert, write_notice};
use crate::ui::shared::link::href;
use crate::ui::shared::markup::Markup;
use crate::ui::shared::reminder::{start_plain, write_reminder, ReminderKind};
use restore::{file_chosen, import_now};

/// What backups are for: the backups page's lead, and the diary's pointer to it.
pub(super) const PURPOSE: &str =
    "Keep a copy of your diary in a file, open it in a spreadsheet, or bring entries back from a backup.";

const NOTICE_ID: &str = "diary-notice";

struct Opened {
    today: Date,
    diary: Rc<model::Diary>,
    /// The version of each stored night as this page read it: an import saves over exactly those.
    stamps: Stamps,
    /// Storage could not be reached, or part of it could not be read (the message to show).
    problem: Option<String>,
    /// The trial and the medicines on this device.
    changes: TrialAndMedicines,
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
            stamps: stored.stamps,
            problem,
            changes: changes.changes,
        }
    }

    fn on_device(&self) -> OnDevice<'_> {
        OnDevice {
            diary: &self.diary,
            changes: &self.changes,
            today: self.today,
        }
    }
}

/// What the page says after an import: done, or the problem.
type Notice = Result<String, String>;

/// The page in the browser.
struct Page {
    root: Element,
    opened: Option<Opened>,
    notice: Option<Notice>,
    stage: Stage,
    choice: ConflictChoice,
    /// A file is being written (a second tap meanwhile is ignored, so a slow phone does not
    /// hand over two files).
    writing: bool,
    export_problem: Option<String>,
    /// What each changing place shows now, so it is rewritten only when that changes.
    shown: [String; 4],
}

type Live = Rc<RefCell<Page>>;

/// The page before the diary is read, as the prerender writes it.
pub fn prerendered() -> String {
    let mut m = Markup::new();
    m.open("div").attr("class", "diary");
    m.el("h1", "", "Back up or restore your diary")
        .el("p", "lead", PURPOSE);
    m.open("p")
        .attr("class", "diary-links")
        .open("a")
        .attr("href", &href(&Route::Diary, None));
    m.text("Back to the diary").close("a").close("p");
    m.open("div").attr("class", "diary-backup__found");
    m.el("p", "diary-opening", "Opening your diary…")
        .close("div");
    m.open("div")
        .attr("id", NOTICE_ID)
        .attr("class", "diary-notice");
    m.attr("tabindex", "-1").attr("role", "status").close("div");
    m.open("section")
        .attr("aria-labelledby", "diary-files-title");
    m.open("h2")
        .attr("id", "diary-files-title")
        .attr("class", "visually-hidden");
    m.text("Backups").close("h2");
    write_files(&mut m, false);
    m.close("section")
        .open("section")
        .attr("aria-labelledby", "backup-reminder-title");
    m.open("h2").attr("id", "backup-reminder-title");
    m.text(crate::diary::ics::BACKUP_REMINDER_TITLE).close("h2");
    write_reminder(&mut m, ReminderKind::MonthlyBackup);
    m.close("section").close("div");
    m.into_string()
}

/// Reads the diary and brings the prerendered page inside `island` to life; false when its
/// markup is missing.
pub fn start(island: &Element) -> bool {
    let Some(root) = island.query_selector(".diary").ok().flatten() else {
        return false;
    };
    start_plain(&root, ReminderKind::MonthlyBackup);
    let live: Live = Rc::new(RefCell::new(Page {
        root: root.clone(),
        opened: None,
        notice: None,
        stage: Stage::Idle,
        choice: ConflictChoice::KeepMine,
        writing: false,
        export_problem: None,
        shown: Default::default(),
    }));
    // The prerender wrote the places as they are before the diary is read.
    let before = live.borrow().places_html();
    live.borrow_mut().shown = before;
    {
        let live = live.clone();
        listen(&root, &["click", "change"], move |event| {
            on_event(&live, event)
        });
    }
    {
        let live = live.clone();
        open_stored(move |opening| {
            let opened = Opened::from_stored(opening.today, opening.stored, opening.problem);
            live.borrow_mut().opened = Some(opened);
            live.borrow_mut().show();
            // The island is live once the diary is read (`Island::opens_from_storage`).
            crate::platform::browser::island_hydrated();
        });
    }
    // Another window changed the diary (an entry, an erase, an import): read it again, so an
    // import here merges into what is stored now.
    listen_other_windows(move |_| {
        let mut page = live.borrow_mut();
        if page.opened.is_some() {
            page.opened = Some(Opened::from_stored(today(), read_all(), None));
            page.show();
        }
    });
    true
}

fn on_event(live: &Live, event: &Event) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    if event.type_() == "change" {
        let Ok(input) = target.dyn_into::<HtmlInputElement>() else {
            return;
        };
        if input.id() == IMPORT_ID {
            file_chosen(live, &input);
        } else if input.name() == CHOICE_NAME {
            let mut page = live.borrow_mut();
            page.choice = if input.id() == "diary-import-take-theirs" {
                ConflictChoice::TakeTheirs
            } else {
                ConflictChoice::KeepMine
            };
            // The radio button already shows it: only what the stage shows is noted.
            page.shown[3] = page.stage_html();
        }
        return;
    }
    let Some(what) = target
        .closest(&format!("[{DO}]"))
        .ok()
        .flatten()
        .and_then(|button| button.get_attribute(DO))
    else {
        return;
    };
    match what.as_str() {
        "json" => export(live, backup_file, true),
        "csv" => export(live, spreadsheet_file, false),
        "import" => import_now(live),
        "cancel" => {
            live.borrow_mut().stage = Stage::Idle;
            live.borrow_mut().show();
            focus_by_id(IMPORT_ID);
        }
        _ => {}
    }
}

/// Writes a file in short tasks and hands it over; a backup's date is recorded.
fn export(live: &Live, file: fn(&OnDevice) -> File, is_backup: bool) {
    let (diary, (writing, name, mime)) = {
        let mut page = live.borrow_mut();
        let Some(opened) = &page.opened else { return };
        if page.writing {
            return;
        }
        let made = (opened.diary.clone(), file(&opened.on_device()));
        page.writing = true;
        made
    };
    let live = live.clone();
    let done = move |downloaded: Result<(), String>| {
        if downloaded.is_ok() && is_backup {
            // Only the reminder on the diary page depends on it; a failure here loses nothing.
            let _ = record_backup();
        }
        let mut page = live.borrow_mut();
        page.writing = false;
        page.export_problem = downloaded.err();
        page.show();
    };
    download_in_tasks(diary, writing, name, mime, Box::new(done));
}

impl Page {
    fn stage_html(&self) -> String {
        let mut m = Markup::new();
        let mine = self.opened.as_ref().map(|o| &o.changes);
        let empty = TrialAndMedicines::default();
        write_stage(&mut m, &self.stage, mine.unwrap_or(&empty), self.choice);
        m.into_string()
    }

    /// What each changing place shows for the page's state, in the order of `PLACES`.
    fn places_html(&self) -> [String; 4] {
        let mut found = Markup::new();
        match &self.opened {
            None => {
                found.el("p", "diary-opening", "Opening your diary…");
            }
            // Where "Opening your diary…" stood, so nothing below it moves up as the diary opens.
            Some(opened) => match &opened.problem {
                Some(problem) => write_alert(&mut found, problem),
                None if opened.diary.is_empty() => {
                    found.el("p", "diary-backup__count", "No entries on this device yet.");
                }
                None => {
                    let count = entries_label(opened.diary.len());
                    found.el(
                        "p",
                        "diary-backup__count",
                        &format!("On this device: {count}."),
                    );
                }
            },
        }
        let mut notice = Markup::new();
        write_notice(&mut notice, self.notice.as_ref());
        let mut export = Markup::new();
        write_export_problem(&mut export, self.export_problem.as_deref());
        [
            found.into_string(),
            notice.into_string(),
            export.into_string(),
            self.stage_html(),
        ]
    }

    /// Brings each changing place in step with the page's state.
    fn show(&mut self) {
        let html = self.places_html();
        let places = [
            ".diary-backup__found",
            &format!("#{NOTICE_ID}"),
            ".diary-files__export",
            ".diary-files__import",
        ];
        for ((selector, html), shown) in places.iter().zip(html).zip(&mut self.shown) {
            write_place(&self.root, selector, html, shown);
        }
        if let Some(field) = self
            .root
            .query_selector(&format!("#{IMPORT_ID}"))
            .ok()
            .flatten()
        {
            set_flag(&field, "disabled", self.opened.is_none());
        }
    }
}
