//! The choice shown when another window saved the night this form was changing: both versions
//! side by side, and a button for each. Nothing is saved until the person chooses.

use yew::prelude::*;

use crate::components::diary_list::entry_details;
use crate::diary::page::{conflict_text as text, ConflictView, CONFLICT_ID};
use crate::diary::DiaryEntry;

/// One version of the night, as a list of its details.
fn version(title: &'static str, entry: Option<&DiaryEntry>, class: &'static str) -> Html {
    html! {
        <div class={classes!("diary-conflict__version", class)}>
            <h3>{ title }</h3>
            { match entry {
                None => html! { <p>{ text::DELETED }</p> },
                Some(entry) => html! {
                    <dl class="diary-entry__details">
                        { for entry_details(entry).into_iter().map(|(term, value)| html! {
                            <div class="diary-entry__detail"><dt>{ term }</dt><dd>{ value }</dd></div>
                        }) }
                        if !entry.note.is_empty() {
                            <div class="diary-entry__detail"><dt>{ "Note" }</dt><dd>{ entry.note.clone() }</dd></div>
                        }
                    </dl>
                },
            } }
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
