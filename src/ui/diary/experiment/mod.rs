//! "Does it work for me?" (/diary/experiment/): the person's trial of one change (bedtime
//! stretching by default, or one they name) judged from their diary, and the medicine timeline
//! (medicines with start and stop dates, and cramp nights before and after each start).
//!
//! Both live on this page rather than on the diary page: they share the before-and-after
//! statistics (`diary::night_rates`), and the diary's own download is already over its size goal.
//! An island run by plain DOM code (`crate::runtime::plain`): like the summary it opens from storage ("Opening your
//! diary…" first, [`prerendered`]), and reads it again whenever another window changes what is
//! stored. Every sentence comes from `diary::experiment`, `diary::medicine_timeline` or
//! `diary::changes`.
//!
//! This file opens the page and shows it; `actions` saves what the buttons and forms change,
//! `trial` writes the trial's form and report, `medicines` the timeline and its form. Only the places whose markup changed
//! are written again, so what the person is typing in a form stays.

mod actions;
mod medicines;
mod trial;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

use crate::diary::changes::{
    experiment_from_form, medicine_from_form, stop_date, with_medicine, with_stop,
    without_medicine, TrialAndMedicines,
};
use crate::diary::experiment::{LEAD, PAGE_TITLE};
use crate::diary::night_rates::{nights_from_entries, Nights, METHOD};
use crate::diary::night_store::Stored;
use crate::diary::{self as model, Date};
use crate::platform::diary_store::{listen_elsewhere, open_stored, read_all, today};
use crate::platform::store::PREFIX;
use crate::routes::Route;
use crate::runtime::plain::{focus_by_id, listen, write_place};
use crate::ui::diary::changes::{load_changes, load_medicines, save_experiment, save_medicines};
use crate::ui::diary::files::DO;
use crate::ui::diary::notice::{write_alert, write_notice};
use crate::ui::shared::link::href;
use crate::ui::shared::markup::Markup;
use actions::{add_medicine, change, remove_medicine, start_trial, stop_medicine};
use medicines::{stop_input_id, write_list, write_section, ADD_FIELDS, ADD_FORM_ID, INDEX, KEY};
use trial::{write_trial_form, write_trial_report, FORM_ID, NAMED_ID, NAME_ID, START_ID};

#[derive(Clone)]
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

/// The page in the browser: what it read, what it says, and what each place shows now.
struct Page {
    root: Element,
    opened: Option<Opened>,
    notice: Option<Result<String, String>>,
    shown: [String; 4],
}

type Live = Rc<RefCell<Page>>;

/// The page before the diary is read, as the prerender writes it.
pub fn prerendered() -> String {
    let mut m = Markup::new();
    m.open("div")
        .attr("class", "diary experiment")
        .el("h1", "", PAGE_TITLE);
    m.el("p", "lead", LEAD)
        .open("p")
        .attr("class", "diary-links");
    m.open("a")
        .attr("href", &href(&Route::Diary, None))
        .text("Back to the diary");
    m.close("a")
        .close("p")
        .el("p", "diary-opening", "Opening your diary…")
        .close("div");
    m.into_string()
}

/// The page below its title once the diary is read, with empty places [`Page::show`] fills.
fn write_opened(m: &mut Markup, today: Date) {
    m.open("div")
        .attr("class", "experiment-problems")
        .close("div");
    m.open("div")
        .attr("id", NOTICE_ID)
        .attr("class", "diary-notice");
    m.attr("tabindex", "-1").attr("role", "status").close("div");
    m.open("nav")
        .attr("class", "diary-jump")
        .attr("aria-label", "On this page")
        .open("ul");
    for (id, label) in [
        ("experiment-trial-title", "Your trial"),
        ("experiment-medicines-title", "Medicines"),
    ] {
        m.open("li")
            .open("a")
            .attr("href", &href(&Route::DiaryExperiment, Some(id)));
        m.text(label).close("a").close("li");
    }
    m.close("ul").close("nav");
    m.open("section")
        .attr("aria-labelledby", "experiment-trial-title");
    m.attr("class", "experiment-trial").close("section");
    write_section(m, today);
    m.open("section")
        .attr("aria-labelledby", "experiment-method-title");
    m.attr("class", "experiment-method")
        .open("h2")
        .attr("id", "experiment-method-title");
    m.text("How this page counts")
        .close("h2")
        .el("p", "", METHOD)
        .close("section");
}

/// Reads the diary, the trial and the medicines, and brings the page inside `island` to life;
/// false when its markup is missing.
pub fn start(island: &Element) -> bool {
    let Some(root) = island.query_selector(".experiment").ok().flatten() else {
        return false;
    };
    let live: Live = Rc::new(RefCell::new(Page {
        root: root.clone(),
        opened: None,
        notice: None,
        shown: Default::default(),
    }));
    {
        let live = live.clone();
        listen(&root, &["click", "submit"], move |event| {
            on_event(&live, event)
        });
    }
    {
        let live = live.clone();
        open_stored(move |opening| {
            let opened = Opened::read(opening.today, opening.stored, opening.problem);
            {
                let page = live.borrow();
                if let Some(waiting) = page.root.query_selector(".diary-opening").ok().flatten() {
                    let mut m = Markup::new();
                    write_opened(&mut m, opened.today);
                    waiting.set_outer_html(&m.into_string());
                }
            }
            live.borrow_mut().opened = Some(opened);
            live.borrow_mut().show();
            // The island is live once the page is on screen (`Island::opens_from_storage`).
            crate::platform::browser::island_hydrated();
        });
    }
    // Another window changed the diary, the trial or the medicines: read them again, so the page
    // shows what is stored and its next change builds on it.
    let heard = listen_elsewhere(
        |key| key.starts_with(PREFIX),
        move |_| {
            let mut page = live.borrow_mut();
            if page.opened.is_some() {
                page.opened = Some(Opened::read(today(), read_all(), None));
                page.show();
            }
        },
    );
    if let Some(listener) = heard {
        listener.forget();
    }
    true
}

fn on_event(live: &Live, event: &Event) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    if live.borrow().opened.is_none() {
        return;
    }
    let index =
        |element: &Element| (element.get_attribute(INDEX)).and_then(|i| i.parse::<usize>().ok());
    if event.type_() == "submit" {
        event.prevent_default();
        if target.id() == FORM_ID {
            start_trial(live);
        } else if target.id() == ADD_FORM_ID {
            add_medicine(live);
        } else if let Some(index) = index(&target) {
            stop_medicine(live, index);
        }
        return;
    }
    let Some(button) = target.closest(&format!("[{DO}]")).ok().flatten() else {
        return;
    };
    match (button.get_attribute(DO).as_deref(), index(&button)) {
        (Some("end"), _) => {
            let changes = live.borrow().changes();
            change(
                live,
                TrialAndMedicines {
                    experiment: None,
                    ..changes
                },
                "The trial has ended. Your diary is unchanged.".into(),
            );
        }
        (Some("remove"), Some(index)) => remove_medicine(live, index),
        _ => {}
    }
}

impl Page {
    fn today(&self) -> Date {
        self.opened.as_ref().map_or_else(today, |o| o.today)
    }

    fn changes(&self) -> TrialAndMedicines {
        (self.opened.as_ref()).map_or_else(TrialAndMedicines::default, |o| o.changes.clone())
    }

    /// Brings each changing place in step with the page's state.
    fn show(&mut self) {
        let Some(open) = &self.opened else { return };
        let mut problems = Markup::new();
        for problem in &open.problems {
            write_alert(&mut problems, problem);
        }
        let mut notice = Markup::new();
        write_notice(&mut notice, self.notice.as_ref());
        let mut trial = Markup::new();
        trial
            .open("h2")
            .attr("id", "experiment-trial-title")
            .text("Your trial")
            .close("h2");
        match &open.changes.experiment {
            None => write_trial_form(&mut trial, open.today),
            Some(chosen) => write_trial_report(&mut trial, open, chosen),
        }
        let mut list = Markup::new();
        write_list(&mut list, open);
        let html = [
            problems.into_string(),
            notice.into_string(),
            trial.into_string(),
            list.into_string(),
        ];
        let places = [
            ".experiment-problems".to_string(),
            format!("#{NOTICE_ID}"),
            ".experiment-trial".to_string(),
            ".medicine-list-place".to_string(),
        ];
        // The medicines' stop-date disclosures stay open when their list is written again.
        let list = self.root.query_selector(&places[3]).ok().flatten();
        let open_keys = list.map(|list| open_disclosures(&list)).unwrap_or_default();
        for ((selector, html), shown) in places.iter().zip(html).zip(&mut self.shown) {
            let written = write_place(&self.root, selector, html, shown);
            if let Some(list) = written.filter(|_| *selector == places[3]) {
                reopen(&list, &open_keys);
            }
        }
    }
}

/// The keys of the listed medicines whose stop-date disclosure is open.
fn open_disclosures(list: &Element) -> Vec<String> {
    let Ok(open) = list.query_selector_all("details[open]") else {
        return Vec::new();
    };
    (0..open.length())
        .filter_map(|i| open.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|details| details.closest(&format!("[{KEY}]")).ok().flatten())
        .filter_map(|item| item.get_attribute(KEY))
        .collect()
}

/// Opens again the disclosures of the medicines with these keys, after the list was redrawn.
fn reopen(list: &Element, keys: &[String]) {
    let Ok(items) = list.query_selector_all(&format!("[{KEY}]")) else {
        return;
    };
    for item in (0..items.length()).filter_map(|i| items.item(i)?.dyn_into::<Element>().ok()) {
        let open = item
            .get_attribute(KEY)
            .is_some_and(|key| keys.contains(&key));
        if let (true, Some(details)) = (open, item.query_selector("details").ok().flatten()) {
            let _ = details.set_attribute("open", "");
        }
    }
}
