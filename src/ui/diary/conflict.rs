//! The choice shown when another window saved the night this form was changing: both versions
//! side by side, and a button for each. Nothing is saved until the person chooses.

use crate::diary::page::{conflict_text as text, ConflictView, CONFLICT_ID};
use crate::diary::DiaryEntry;
use crate::ui::diary::form::DO;
use crate::ui::diary::list::{entry_details, labels};
use crate::ui::shared::markup::Markup;

/// One version of the night, its details in one paragraph (a plain text is less code than a
/// list of elements, and this is read once, to choose).
fn write_version(m: &mut Markup, title: &str, entry: Option<&DiaryEntry>, class: &str) {
    let text = match entry {
        None => text::DELETED.to_string(),
        Some(entry) => {
            let mut parts: Vec<String> = (entry_details(entry).into_iter())
                .map(|(term, value)| format!("{term}: {value}"))
                .collect();
            // The list shows these with their care card; here they must not be missed either.
            if !entry.warning_signs.is_empty() {
                parts.push(format!(
                    "Warning signs: {}",
                    labels(entry.warning_signs.iter())
                ));
            }
            if !entry.note.is_empty() {
                parts.push(format!("Note: {}", entry.note));
            }
            parts.join(". ")
        }
    };
    m.open("div")
        .attr("class", &format!("diary-conflict__version {class}"));
    m.el("h3", "", title).el("p", "", &text).close("div");
}

/// Both versions of the night and the two choices.
pub fn write_conflict(m: &mut Markup, view: &ConflictView) {
    m.open("section")
        .attr("id", CONFLICT_ID)
        .attr("class", "diary-conflict");
    m.attr("tabindex", "-1")
        .attr("role", "alert")
        .attr("aria-labelledby", "diary-conflict-title");
    let title = format!("{}: {}", text::TITLE, view.mine.night_of.long_label());
    m.open("h2")
        .attr("id", "diary-conflict-title")
        .text(&title)
        .close("h2");
    m.el("p", "", text::EXPLAIN)
        .open("div")
        .attr("class", "diary-conflict__versions");
    write_version(m, text::MINE, Some(&view.mine), "diary-conflict__mine");
    let theirs = view.theirs.as_ref().map(|r| &r.entry);
    write_version(m, text::THEIRS, theirs, "diary-conflict__theirs");
    m.close("div").open("div").attr("class", "button-row");
    m.open("button")
        .attr("type", "button")
        .attr(DO, "keep-mine")
        .text(text::KEEP_MINE);
    m.close("button")
        .open("button")
        .attr("type", "button")
        .attr("class", "secondary");
    m.attr(DO, "keep-theirs")
        .text(text::KEEP_THEIRS)
        .close("button")
        .close("div");
    m.close("section");
}
