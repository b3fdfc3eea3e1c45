//! The choice shown when another window saved the night this form was changing: both versions
//! side by side, and a button for each. Nothing is saved until the person chooses.

use yew::prelude::*;

use crate::diary::page::{conflict_text as text, ConflictView, CONFLICT_ID};
use crate::diary::DiaryEntry;
use crate::ui::diary::list::{entry_details, labels};

/// One version of the night, its details in one paragraph (a plain text is less code than a
/// list of elements, and this is read once, to choose).
fn version(title: &'static str, entry: Option<&DiaryEntry>, class: &'static str) -> Html {
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
    html! {
        <div class={classes!("diary-conflict__version", class)}>
            <h3>{ title }</h3>
            <p>{ text }</p>
        </div>
    }
}

/// Both versions of the night and the two choices.
pub fn conflict_panel(
    view: &ConflictView,
    on_keep_mine: Callback<MouseEvent>,
    on_keep_theirs: Callback<MouseEvent>,
) -> Html {
    html! {
        <section id={CONFLICT_ID} class="diary-conflict" tabindex="-1" role="alert" aria-labelledby="diary-conflict-title">
            <h2 id="diary-conflict-title">{ format!("{}: {}", text::TITLE, view.mine.night_of.long_label()) }</h2>
            <p>{ text::EXPLAIN }</p>
            <div class="diary-conflict__versions">
                { version(text::MINE, Some(&view.mine), "diary-conflict__mine") }
                { version(text::THEIRS, view.theirs.as_ref().map(|r| &r.entry), "diary-conflict__theirs") }
            </div>
            <div class="button-row">
                <button type="button" onclick={on_keep_mine}>{ text::KEEP_MINE }</button>
                <button type="button" class="secondary" onclick={on_keep_theirs}>{ text::KEEP_THEIRS }</button>
            </div>
        </section>
    }
}
