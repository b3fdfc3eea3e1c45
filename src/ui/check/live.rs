//! The check in the browser, without Yew: one listener per kind of event on the island turns a
//! tap or a keypress into a [`CheckAction`], the reducer moves the state on, and the page is
//! brought in step with it, touching only what changed:
//! - a new screen (a question, the result, the introduction with saved answers found) is written
//!   afresh from the same functions the prerender uses, and focus moves to its heading;
//! - an error on the same question is added or removed around the question, which stays the same
//!   element, so a screen reader stays where it was;
//! - a ticked box that unticks others ("none of these") updates those boxes;
//! - the notes and the save controls follow the state.
//!
//! Storage follows [`CheckState::storage_plan`] whenever it changes.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement};

use crate::assessment::{Choice, QuestionId};
use crate::runtime::plain::{focus_by_id, listen, set_attribute, set_flag};
use crate::ui::shared::markup::Markup;

use super::answers::{CHANGE, QUESTION};
use super::save::{can_erase, ERASE, SAVE_ID};
use super::state::{first_question, CheckAction, CheckState, Stage};
use super::step::{described_by, group_class, write_error, ERROR_ID, HINT_ID};
use super::{root_class, storage, write_notes, write_screen, DO, FOCUS_ID};

/// The check on the page: its root element and the state it shows.
struct Live {
    check: Element,
    state: CheckState,
}

/// Brings the prerendered check inside `island` to life; false when its markup is missing.
pub fn start(island: &Element) -> bool {
    let Some(check) = island.query_selector(".check").ok().flatten() else {
        return false;
    };
    let live = Rc::new(RefCell::new(Live {
        check,
        state: CheckState::default(),
    }));
    let heard = live.clone();
    listen(
        island,
        &["click", "change", "input", "submit"],
        move |event| {
            if let Some(action) = action_of(event) {
                act(&heard, action);
            }
        },
    );
    act(&live, CheckAction::Found(storage::load()));
    true
}

/// What an event on the check asks for, if anything.
fn action_of(event: &Event) -> Option<CheckAction> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    match event.type_().as_str() {
        "submit" => {
            event.prevent_default();
            Some(CheckAction::Next)
        }
        "click" => clicked(&target.closest(&format!("[{DO}]")).ok()??),
        "change" => {
            let input = target.dyn_into::<HtmlInputElement>().ok()?;
            if input.id() == SAVE_ID {
                return Some(CheckAction::SetSave(input.checked()));
            }
            let choice = Choice::from_key(&input.value())?;
            match input.type_().as_str() {
                "radio" => Some(CheckAction::Choose(choice)),
                "checkbox" => Some(CheckAction::Toggle(choice)),
                _ => None,
            }
        }
        "input" => {
            let input = target.dyn_into::<HtmlInputElement>().ok()?;
            (input.type_() == "number").then(|| CheckAction::Type(input.value()))
        }
        _ => None,
    }
}

/// What a button with `data-do` asks for (Print needs no change of state: it prints here).
fn clicked(button: &Element) -> Option<CheckAction> {
    match button.get_attribute(DO)?.as_str() {
        "start" => Some(CheckAction::Start),
        "continue" => Some(CheckAction::Continue),
        "again" => Some(CheckAction::StartAgain),
        "back" => Some(CheckAction::Back),
        "change-all" => first_question().map(CheckAction::Change),
        CHANGE => QuestionId::from_key(&button.get_attribute(QUESTION)?).map(CheckAction::Change),
        ERASE => Some(CheckAction::Erase),
        "print" => {
            let _ = web_sys::window()?.print();
            None
        }
        _ => None,
    }
}

/// Applies `action`, shows the result, and makes storage follow (reporting a refusal).
fn act(live: &Rc<RefCell<Live>>, action: CheckAction) {
    let refused = {
        let mut live = live.borrow_mut();
        let before = live.state.clone();
        live.state.apply(action);
        live.show(&before);
        let plan = live.state.storage_plan();
        if plan == before.storage_plan() {
            None
        } else {
            storage::apply(&plan).err()
        }
    };
    if let Some(message) = refused {
        act(live, CheckAction::StoreFailed(message));
    }
}

impl Live {
    /// Brings the page from showing `before` to showing the current state.
    fn show(&self, before: &CheckState) {
        let (now, check) = (&self.state, &self.check);
        let find = |selector: &str| check.query_selector(selector).ok().flatten();
        set_attribute(check, "class", &root_class(now.stage()));
        set_attribute(check, "data-screen", &now.screen.to_string());
        let new_screen = now.screen != before.screen
            || now.stage() != before.stage()
            || now.offer.is_some() != before.offer.is_some();
        if let Some(h1) = find("h1") {
            // The page's heading is the screen's own on the introduction only.
            if now.stage() == Stage::Intro {
                set_attribute(&h1, "id", FOCUS_ID);
            } else {
                let _ = h1.remove_attribute("id");
            }
        }
        let Some(notes) = find(".check-notes") else {
            return;
        };
        let notes_html = |state: &CheckState| {
            let mut m = Markup::new();
            write_notes(&mut m, state);
            m.into_string()
        };
        let html = notes_html(now);
        if html != notes_html(before) {
            notes.set_inner_html(&html);
        }
        if let Some(screen) = notes.next_element_sibling() {
            if new_screen {
                let mut m = Markup::new();
                write_screen(&mut m, now);
                screen.set_outer_html(&m.into_string());
            } else if now.error != before.error {
                show_error(&screen, now);
            } else if now.draft.choices != before.draft.choices {
                show_choices(&screen, now);
            }
        }
        if let Some(save) = find(&format!("#{SAVE_ID}")) {
            if let Ok(save) = save.dyn_into::<HtmlInputElement>() {
                save.set_checked(now.saving.on);
                save.set_disabled(now.saving.blocked);
            }
        }
        if let Some(erase) = find(&format!("[{DO}={ERASE}]")) {
            set_flag(&erase, "hidden", !can_erase(now));
        }
        // Not on the first screen: a page load keeps the browser's own focus.
        if now.screen != before.screen && now.screen > 0 {
            focus_by_id(FOCUS_ID);
        }
    }
}

/// Adds, changes or removes the question's error, leaving the question itself in place.
fn show_error(form: &Element, state: &CheckState) {
    let Some(q) = state.flow.current() else {
        return;
    };
    let find = |selector: &str| form.query_selector(selector).ok().flatten();
    if let Some(old) = find(&format!("#{ERROR_ID}")) {
        old.remove();
    }
    let error = state.error.as_deref();
    if let Some(group) = find(".check-group") {
        set_attribute(&group, "class", group_class(error.is_some()));
    }
    // The error follows the hint, or the question when there is none (as `write_step` has it).
    let after = find(&format!("#{HINT_ID}"))
        .or_else(|| find("legend"))
        .or_else(|| find(&format!("h2#{FOCUS_ID}")));
    if let (Some(after), Some(_)) = (after, error) {
        let mut m = Markup::new();
        write_error(&mut m, error);
        let _ = after.insert_adjacent_html("afterend", &m.into_string());
    }
    if let Some(described) = find("fieldset, input[type=number]") {
        match described_by(q, error.is_some()) {
            Some(ids) => set_attribute(&described, "aria-describedby", &ids),
            None => {
                let _ = described.remove_attribute("aria-describedby");
            }
        }
        if described.tag_name() == "INPUT" {
            if error.is_some() {
                set_attribute(&described, "aria-invalid", "true");
            } else {
                let _ = described.remove_attribute("aria-invalid");
            }
        }
    }
}

/// Ticks the question's boxes as the state has them (a "none of these" unticks the others).
fn show_choices(form: &Element, state: &CheckState) {
    let Ok(boxes) = form.query_selector_all("input[type=checkbox]") else {
        return;
    };
    for i in 0..boxes.length() {
        let Some(input) = boxes
            .item(i)
            .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
        else {
            continue;
        };
        let on = Choice::from_key(&input.value()).is_some_and(|c| state.draft.choices.contains(&c));
        input.set_checked(on);
    }
}
