//! The first screen: what the check is, the privacy note, and Start (or, once saved answers
//! have been found, "Continue where you left off" / "Start again").

use crate::assessment::screen_text;
use crate::ui::shared::markup::Markup;

use super::state::CheckState;
use super::DO;

pub fn write_intro(m: &mut Markup, state: &CheckState) {
    m.open("div").attr("class", "check-intro");
    for p in screen_text::INTRO {
        m.el("p", "", p);
    }
    m.el("p", "check-privacy", screen_text::PRIVACY);
    m.open("div").attr("class", "check-actions");
    let in_memory = !state.flow.answers().is_empty();
    if state.offer.is_some() {
        m.el("p", "check-offer", screen_text::SAVED_FOUND);
        button(m, "", "continue", "Continue where you left off");
        button(m, "secondary", "again", "Start again");
    } else if in_memory {
        button(m, "", "start", "Continue");
        button(m, "secondary", "again", "Start again");
    } else {
        button(m, "", "start", "Start");
    }
    m.close("div").close("div");
}

/// `<button type="button" data-do=…>`, the check's way of naming what a button does.
pub fn button(m: &mut Markup, class: &str, what: &str, label: &str) {
    m.open("button").attr("type", "button");
    m.attr_if(!class.is_empty(), "class", class).attr(DO, what);
    m.text(label).close("button");
}
