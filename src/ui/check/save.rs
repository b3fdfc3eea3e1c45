//! "Save my answers on this device" (off unless the person ticks it) and "Erase saved answers".
//! What is stored, and when, follows `CheckState::storage_plan`.

use crate::assessment::screen_text;
use crate::ui::shared::markup::Markup;

use super::state::CheckState;
use super::DO;

pub const SAVE_ID: &str = "check-save";
pub const ERASE: &str = "erase";

pub fn write_save(m: &mut Markup, state: &CheckState) {
    m.open("div").attr("class", "check-save no-print");
    m.open("div").attr("class", "check-option");
    m.open("input").attr("type", "checkbox").attr("id", SAVE_ID);
    m.attr_if(state.saving.on, "checked", "");
    m.attr_if(state.saving.blocked, "disabled", "");
    m.attr("aria-describedby", "check-save-hint");
    m.open("label").attr("for", SAVE_ID);
    m.text("Save my answers on this device")
        .close("label")
        .close("div");
    m.open("p")
        .attr("id", "check-save-hint")
        .attr("class", "hint");
    m.text(screen_text::SAVE_HINT).close("p");
    // Always in the page, hidden when there is nothing to erase, so that showing it never
    // moves the checkbox the person is on.
    m.open("button")
        .attr("type", "button")
        .attr("class", "secondary");
    m.attr(DO, ERASE).attr_if(!can_erase(state), "hidden", "");
    m.text("Erase saved answers").close("button");
    m.close("div");
}

/// Whether "Erase saved answers" shows.
pub fn can_erase(state: &CheckState) -> bool {
    state.saving.on || state.offer.is_some()
}
