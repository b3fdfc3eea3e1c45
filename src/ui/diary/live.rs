//! The diary page in the browser: reads the diary, turns taps into the reducer's steps and
//! actions (`diary::page`), and writes again only the places whose markup changed, so what the
//! person is typing in the form stays until the form itself changes (a save, Edit, Cancel, or
//! the problems of a refused save).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

use crate::diary::changes::MedicineCourse;
use crate::diary::page::{DiaryAction, DiaryPage};
use crate::diary::{recent_nights, Draft, EntryId};
use crate::platform::diary_store::{
    download, listen_other_windows, new_stamp, open_stored, with_storage,
};
use crate::runtime::in_tasks::after_next_paint;
use crate::runtime::plain::{focus_by_id, listen, set_attribute, write_place};
use crate::ui::diary::changes::load_medicines;
use crate::ui::diary::conflict::write_conflict;
use crate::ui::diary::form::{self, other_night, read_draft, write_form, FormView, DO};
use crate::ui::diary::list::{write_list, ENTRY, PAGE};
use crate::ui::diary::notice::{write_alert, write_page_notice};
use crate::ui::diary::recovery::{recovery_file, write_recovery};
use crate::ui::diary::sections::{write_how_often, write_keeping};
use crate::ui::diary::{write_frame, PLACES};
use crate::ui::shared::markup::Markup;

/// The page in the browser.
struct Page {
    root: Element,
    page: DiaryPage,
    /// The medicines, for the chart's marks.
    medicines: Vec<MedicineCourse>,
    /// What the form was last written with: a new entry, the entry being changed, or the draft
    /// a save refused; and for which generation and attempt of the page's form.
    draft: Draft,
    other_night: bool,
    form_written: Option<(u32, u32)>,
    /// Entries the list shows ("Show more" adds a page).
    listed: usize,
    /// The recovery banner asks whether to remove the kept copy; what its download met.
    confirming: bool,
    recovery_problem: Option<String>,
    /// The focus request (`DiaryPage::focus`) last carried out.
    focused: u32,
    /// What each place shows now (`PLACES`), so it is written only when that changes.
    shown: [String; 8],
    /// Whether the later places' task is waiting to run.
    later_asked: bool,
    /// The next later place `show_later` checks; back to the first after every change.
    later_next: usize,
}

type Live = Rc<RefCell<Page>>;

/// The form's place in `PLACES`.
const FORM_PLACE: usize = 4;
/// The places from this one on (the figures, the list, keeping it safe) are written in tasks
/// after a change (`Page::show_later`).
const LATER_PLACES: usize = 5;

/// Reads the diary and brings the prerendered page inside `island` to life; false when its
/// markup is missing.
pub fn start(island: &Element) -> bool {
    let Some(root) = island.query_selector(".diary").ok().flatten() else {
        return false;
    };
    let live: Live = Rc::new(RefCell::new(Page {
        root: root.clone(),
        page: DiaryPage::default(),
        medicines: load_medicines(&mut Vec::new()),
        draft: Draft::default(),
        other_night: false,
        form_written: None,
        listed: PAGE,
        confirming: false,
        recovery_problem: None,
        focused: 0,
        shown: Default::default(),
        later_asked: false,
        later_next: LATER_PLACES,
    }));
    {
        let live = live.clone();
        let kinds = ["click", "submit", "change", "input"];
        listen(&root, &kinds, move |event| on_event(&live, event));
    }
    {
        let live = live.clone();
        open_stored(move |opening| {
            dispatch(&live, DiaryAction::Opened(Box::new(opening)));
            // The island is live once the diary is on screen (`Island::opens_from_storage`).
            crate::platform::browser::island_hydrated();
        });
    }
    {
        let live = live.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let persisted = crate::platform::persistence::ask().await;
            dispatch(&live, DiaryAction::Persisted(persisted));
        });
    }
    listen_other_windows(move |action| dispatch(&live, action));
    true
}

/// Moves focus where the last change asks, once the list and figures are written (the focus may
/// go to a night's heading the list did not hold before). The page is not borrowed meanwhile:
/// leaving a changed field fires its `change` event at once, which the page's listener reads.
fn follow_focus(live: &Live) {
    let (count, id) = {
        let page = live.borrow();
        if page.page.focus.0 <= page.focused {
            return;
        }
        page.page.focus.clone()
    };
    if focus_by_id(&id) {
        live.borrow_mut().focused = count;
    }
}

/// Moves the page on by `action` and shows it; after a refused save, focus goes to the problems
/// (with the page not borrowed, as in [`follow_focus`]).
fn dispatch(live: &Live, action: DiaryAction) {
    let problems = {
        let mut page = live.borrow_mut();
        page.page = page.page.update(action);
        let problems = page.show();
        page.show_later(live);
        problems
    };
    if let Some(summary) = problems {
        let _ = summary.focus();
    }
}

/// Runs one of the reducer's steps that write, from the page as it is, and shows what happened.
fn write(live: &Live, step: impl FnOnce(&DiaryPage) -> DiaryAction) {
    let page = live.borrow().page.clone();
    dispatch(live, step(&page));
}

fn on_event(live: &Live, event: &Event) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    if !live.borrow().page.opened {
        return;
    }
    match event.type_().as_str() {
        "submit" => {
            event.prevent_default();
            submit(live, &target);
        }
        "change" | "input" => {
            if let Some(form) = target.closest(".diary-form").ok().flatten() {
                form::follow(&form, &target, live.borrow().page.today);
            }
        }
        _ => clicked(live, event, &target),
    }
}

/// "Save": the form as it is now, checked and saved by the reducer's step.
fn submit(live: &Live, form: &Element) {
    let today = live.borrow().page.today;
    let (draft, other) = read_draft(form, &recent_nights(today));
    {
        // Kept, so that a refused save writes the form again as the person left it.
        let mut page = live.borrow_mut();
        page.draft = draft.clone();
        page.other_night = other;
    }
    write(live, |page| {
        with_storage(|storage| page.submit(&draft, storage, new_stamp()))
    });
}

fn clicked(live: &Live, event: &Event, target: &Element) {
    if form::follow_link(target) {
        event.prevent_default();
        return;
    }
    let Some(button) = target.closest(&format!("[{DO}]")).ok().flatten() else {
        return;
    };
    let entry = button
        .get_attribute(ENTRY)
        .and_then(|id| id.parse().ok())
        .map(EntryId);
    match (button.get_attribute(DO).as_deref(), entry) {
        (Some("undo"), _) => write(live, |page| {
            with_storage(|storage| page.undo(storage, new_stamp()))
        }),
        (Some("keep-mine"), _) => write(live, |page| {
            with_storage(|storage| page.keep_mine(storage, new_stamp()))
        }),
        (Some("keep-theirs"), _) => dispatch(live, DiaryAction::TookTheirs),
        (Some("cancel"), _) => dispatch(live, DiaryAction::Cancel),
        (Some("edit"), Some(id)) => dispatch(live, DiaryAction::Edit(id)),
        (Some("delete"), Some(id)) => write(live, |page| {
            with_storage(|storage| page.delete(id, storage))
        }),
        (Some("more"), _) => {
            let mut page = live.borrow_mut();
            page.listed += PAGE;
            page.show();
            page.show_later(live);
        }
        (Some("recovery-download"), _) => {
            let mut page = live.borrow_mut();
            let name = format!("night-cramps-unreadable-diary-{}.txt", page.page.today);
            let file = recovery_file(&page.page.unreadable);
            page.recovery_problem = download(&name, "text/plain;charset=utf-8", &file).err();
            page.show();
            page.show_later(live);
        }
        (Some(what @ ("recovery-ask" | "recovery-keep")), _) => {
            let mut page = live.borrow_mut();
            page.confirming = what == "recovery-ask";
            page.show();
            page.show_later(live);
        }
        (Some("recovery-remove"), _) => {
            live.borrow_mut().confirming = false;
            write(live, |page| {
                with_storage(|storage| page.discard_unreadable(storage))
            });
        }
        _ => {}
    }
}

impl Page {
    /// Brings the places above the figures in step with the page's state. What the person
    /// acted on (the notice, the form) changes in the task of their tap; the figures, the list
    /// and the rest follow, each in a task of its own ([`Page::show_later`]), so no task keeps a
    /// slow phone busy for long. Returns the error summary when a save was just refused.
    fn show(&mut self) -> Option<web_sys::HtmlElement> {
        if !self.page.opened {
            return None;
        }
        let refused = self.follow_form();
        self.later_next = LATER_PLACES;
        let mut html: [String; 8] = Default::default();
        for (index, html) in html.iter_mut().enumerate().take(LATER_PLACES) {
            *html = self.place(index);
        }
        if let Some(waiting) = self.root.query_selector(".diary-opening").ok().flatten() {
            // The diary was just read: the page below the title goes in at once, the figures
            // and the list then follow like any change (`show_later`).
            let mut m = Markup::new();
            write_frame(&mut m, &html);
            waiting.set_outer_html(&m.into_string());
            self.shown = html;
        } else {
            let places = PLACES.iter().zip(html).zip(&mut self.shown);
            for ((selector, html), shown) in places.take(LATER_PLACES) {
                write_place(&self.root, selector, html, shown);
            }
        }
        // Busy until `show_later` has checked it: assistive technology waits, and so do tests.
        // Whether a later place changed is known only once its markup is written, which is the
        // work kept out of this task.
        for selector in &PLACES[LATER_PLACES..] {
            if let Some(place) = self.root.query_selector(selector).ok().flatten() {
                set_attribute(&place, "aria-busy", "true");
            }
        }
        let summary = refused.then(|| self.root.query_selector(".error-summary").ok().flatten());
        summary.flatten().and_then(|s| s.dyn_into().ok())
    }

    /// Checks the places from the figures on, in order, one task after a paint for each that
    /// changed (what the person acted on shows first); then moves focus. Asked once however
    /// many changes come before it runs; a change starts the checking again from the figures.
    fn show_later(&mut self, live: &Live) {
        if self.later_asked || !self.page.opened {
            return;
        }
        self.later_asked = true;
        let live = live.clone();
        after_next_paint(move || {
            let mut page = live.borrow_mut();
            page.later_asked = false;
            let root = page.root.clone();
            while page.later_next < PLACES.len() {
                let index = page.later_next;
                page.later_next += 1;
                let html = page.place(index);
                let written = write_place(&root, PLACES[index], html, &mut page.shown[index]);
                if let Some(place) = root.query_selector(PLACES[index]).ok().flatten() {
                    let _ = place.remove_attribute("aria-busy");
                }
                if written.is_some() && page.later_next < PLACES.len() {
                    page.show_later(&live);
                    return;
                }
            }
            drop(page);
            follow_focus(&live);
        });
    }

    /// Takes the form's draft from the page when it starts afresh (a new generation), and has
    /// the form written again then and after a refused save: its markup alone cannot tell, since
    /// what the person typed is only in the page. True when a save was just refused, so focus
    /// goes to the problems.
    fn follow_form(&mut self) -> bool {
        let form = &self.page.form;
        let now = (form.generation, form.attempt);
        let before = self.form_written.replace(now);
        if before != Some(now) {
            self.shown[FORM_PLACE].clear();
        }
        let new_generation = before.is_none_or(|(generation, _)| generation != form.generation);
        if new_generation {
            let today = self.page.today;
            let editing = form.editing.and_then(|id| self.page.diary.get(id));
            self.draft = match editing {
                Some(entry) => Draft::from_entry(entry),
                None => Draft::for_night(today.add_days(-1)),
            };
            self.other_night = other_night(&recent_nights(today), &self.draft.night_of);
            return false;
        }
        before.is_some_and(|(_, attempt)| attempt != form.attempt) && !form.errors.is_empty()
    }

    /// The markup of the place at `index` in `PLACES`.
    fn place(&self, index: usize) -> String {
        let page = &self.page;
        let mut m = Markup::new();
        match index {
            0 => {
                if let Some(problem) = &page.problem {
                    write_alert(&mut m, problem);
                }
            }
            1 => {
                if !page.unreadable.is_empty() {
                    let problem = self.recovery_problem.as_deref();
                    write_recovery(&mut m, &page.unreadable, self.confirming, problem);
                }
            }
            2 => {
                let can_undo = page.diary.last_deleted().is_some();
                write_page_notice(&mut m, page.notice.as_ref(), can_undo);
            }
            3 => {
                if let Some(view) = &page.conflict {
                    write_conflict(&mut m, view);
                }
            }
            FORM_PLACE => {
                let editing = (page.form.editing)
                    .and_then(|id| page.diary.get(id))
                    .map(|e| e.night_of.long_label());
                let view = FormView {
                    recent: &recent_nights(page.today),
                    draft: &self.draft,
                    other_night: self.other_night,
                    errors: &page.form.errors,
                    editing,
                    today: page.today,
                };
                write_form(&mut m, &view);
            }
            5 => write_how_often(&mut m, &page.diary, page.today, &self.medicines),
            6 => {
                m.open("h2")
                    .attr("id", "diary-entries-title")
                    .text("Your entries")
                    .close("h2");
                write_list(&mut m, &page.diary, self.listed);
            }
            _ => write_keeping(&mut m, &page.keeping, &page.stamps),
        }
        m.into_string()
    }
}
