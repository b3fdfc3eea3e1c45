//! The diary's entries, newest night first, each with Edit and Delete. Long diaries show a page
//! of entries at a time. Notes are written as text (never as HTML), keeping their line breaks.

use crate::diary::page::entry_heading_id;
use crate::diary::warning::{self, RECORDED_CARD, RECORDED_INTRO, STRETCHED_DONE};
use crate::diary::{entries_label, Choice, Diary, DiaryEntry};
use crate::ui::diary::form::DO;
use crate::ui::shared::care_card::write_care_card;
use crate::ui::shared::markup::Markup;

/// Entries shown at first, and added by "Show more".
pub const PAGE: usize = 30;
/// The entry a button is about (its id).
pub const ENTRY: &str = "data-entry";

/// The first `shown` entries, and "Show more" when there are others.
pub fn write_list(m: &mut Markup, diary: &Diary, shown: usize) {
    let entries = diary.entries();
    if entries.is_empty() {
        m.el(
            "p",
            "diary-empty",
            "No entries yet. Entries you add appear here, newest first.",
        );
        return;
    }
    let more = entries.len().saturating_sub(shown);
    m.el("p", "diary-count", &entries_label(entries.len()));
    m.open("ol").attr("class", "diary-entries");
    for entry in entries.iter().take(shown) {
        write_entry(m, entry);
    }
    m.close("ol");
    if more > 0 {
        m.open("button")
            .attr("type", "button")
            .attr("class", "secondary")
            .attr(DO, "more");
        m.text(&format!("Show {} more", more.min(PAGE)))
            .close("button");
    }
}

/// One entry.
fn write_entry(m: &mut Markup, entry: &DiaryEntry) {
    let id = entry.id.0.to_string();
    let night = entry.night_of.long_label();
    let class = if entry.had_cramps() {
        "diary-entry"
    } else {
        "diary-entry diary-entry--none"
    };
    // The key lets a written list keep each night's nodes (`runtime::morph`).
    m.open("li")
        .attr("class", class)
        .attr("data-key", &id)
        .open("h3")
        .attr("class", "diary-entry__night");
    m.attr("id", &entry_heading_id(entry.id))
        .attr("tabindex", "-1")
        .text(&night)
        .close("h3");
    // Straight after the heading (where focus goes after a save), before anything else.
    write_flags(m, entry);
    m.open("dl").attr("class", "diary-entry__details");
    for (term, value) in entry_details(entry) {
        m.open("div")
            .attr("class", "diary-entry__detail")
            .el("dt", "", term);
        m.el("dd", "", &value).close("div");
    }
    m.close("dl");
    if !entry.note.is_empty() {
        m.open("p").attr("class", "diary-entry__note");
        m.el("span", "diary-entry__note-label", "Note: ")
            .text(&entry.note)
            .close("p");
    }
    m.open("div").attr("class", "diary-entry__actions");
    for (what, label) in [("edit", "Edit"), ("delete", "Delete")] {
        m.open("button")
            .attr("type", "button")
            .attr("class", "secondary")
            .attr(DO, what);
        m.attr(ENTRY, &id).text(label);
        m.el(
            "span",
            "visually-hidden",
            &format!(" the entry for {night}"),
        )
        .close("button");
    }
    m.close("div").close("li");
}

/// The warning signs a night records and the care card the check gives for them; nothing for
/// a night without any.
fn write_flags(m: &mut Markup, entry: &DiaryEntry) {
    let signs = warning::raised(entry);
    let Some(urgency) = warning::urgency_of(&signs) else {
        return;
    };
    m.open("div").attr(
        "class",
        &format!("diary-flag diary-flag--{}", urgency.key()),
    );
    m.el("p", "diary-flag__intro", RECORDED_INTRO)
        .open("ul")
        .attr("class", "diary-flag__signs");
    for label in warning::recorded(&signs) {
        m.el("li", "", label);
    }
    m.close("ul").el("p", "diary-flag__intro", RECORDED_CARD);
    write_care_card(m, urgency, 4, false);
    m.close("div");
}

/// The recorded details of an entry as (term, value) pairs, skipping what was not recorded
/// (except pain on a night with cramps, where "Not recorded" is worth seeing).
pub fn entry_details(entry: &DiaryEntry) -> Vec<(&'static str, String)> {
    let mut details = Vec::new();
    if !entry.had_cramps() {
        details.push(("Cramps", "None (a night without cramps)".to_string()));
    } else {
        details.push(("Cramps", entry.cramps.to_string()));
    }
    if !entry.muscles.is_empty() {
        details.push(("Muscles", labels(entry.muscles.iter())));
    }
    if let Some(side) = entry.side {
        details.push(("Side", side.label().to_string()));
    }
    if let Some(longest) = entry.longest {
        details.push(("Longest cramp", longest.label().to_string()));
    }
    match entry.worst_pain {
        Some(pain) => details.push(("Worst pain", pain_label(pain))),
        None if entry.had_cramps() => details.push(("Worst pain", "Not recorded".to_string())),
        None => {}
    }
    if let Some(sleep) = entry.sleep_lost {
        details.push(("Sleep lost", sleep.label().to_string()));
    }
    if !entry.helped.is_empty() {
        details.push(("What helped", labels(entry.helped.iter())));
    }
    if entry.stretched {
        details.push(("Bedtime stretches", STRETCHED_DONE.to_string()));
    }
    details
}

/// "6 out of 10".
pub fn pain_label(pain: u8) -> String {
    format!("{pain} out of 10")
}

/// Option labels joined with commas: "Calf, Foot or arch".
pub fn labels<'a, T: Choice + 'a>(options: impl Iterator<Item = &'a T>) -> String {
    options.map(|o| o.label()).collect::<Vec<_>>().join(", ")
}
