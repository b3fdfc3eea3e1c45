//! The private self-assessment (/check): an introduction, one question per step, and the result.
//!
//! An island run by plain DOM code (`crate::runtime::plain`): one set of functions writes the page's HTML from a
//! [`CheckState`] (a pure reducer), for the prerender and for the browser alike ([`write_check`]
//! and the `write_*` functions of each screen); in the browser, `live` keeps the page in step
//! with the state after each action, without Yew. Every word with a medical meaning comes from
//! `crate::assessment` and `crate::content`.

mod answers;
mod intro;
mod live;
mod plan;
mod result;
mod save;
mod state;
mod step;
mod storage;

use crate::assessment::screen_text;
use crate::ui::shared::markup::Markup;
use state::{CheckState, Stage};

pub use live::start;

/// The id of the element that receives focus when a screen appears.
pub(crate) const FOCUS_ID: &str = "check-focus";

/// What a button does, in its `data-do` attribute (the browser reads it back on a click).
pub(crate) const DO: &str = "data-do";

/// The check as it is before anything has been read or answered: what the prerender puts in the
/// page, and what the browser starts from.
pub fn prerendered() -> String {
    let mut m = Markup::new();
    write_check(&mut m, &CheckState::default());
    m.into_string()
}

/// The whole check for `state`.
fn write_check(m: &mut Markup, state: &CheckState) {
    let stage = state.stage();
    // data-screen counts screens shown, so tests can tell two similar questions apart.
    m.open("div")
        .attr("class", &root_class(stage))
        .attr("data-screen", &state.screen.to_string());
    m.open("h1").attr_if(stage == Stage::Intro, "id", FOCUS_ID);
    m.attr("tabindex", "-1")
        .text("Check your cramps")
        .close("h1");
    // Always present, so screen readers announce what appears in it.
    m.open("div")
        .attr("class", "check-notes")
        .attr("role", "status");
    write_notes(m, state);
    m.close("div");
    write_screen(m, state);
    save::write_save(m, state);
    m.close("div");
}

fn root_class(stage: Stage) -> String {
    let key = match stage {
        Stage::Intro => "intro",
        Stage::Question => "question",
        Stage::Result => "result",
    };
    format!("check check--{key}")
}

/// What the last change dropped, and the notes about loading and saving.
fn write_notes(m: &mut Markup, state: &CheckState) {
    if !state.dropped.is_empty() {
        m.open("div").attr("class", "check-note");
        m.el("p", "", screen_text::DROPPED).open("ul");
        for q in &state.dropped {
            m.el("li", "", q.question().short());
        }
        m.close("ul").close("div");
    }
    for note in &state.notes {
        m.el("p", "check-note", note);
    }
}

/// The screen the state is on: one element, whichever it is.
fn write_screen(m: &mut Markup, state: &CheckState) {
    match state.stage() {
        Stage::Intro => intro::write_intro(m, state),
        Stage::Question => step::write_step(m, state),
        Stage::Result => result::write_result(m, state),
    }
}
