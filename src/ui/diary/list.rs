//! The diary's entries, newest night first, each with Edit and Delete. Long diaries show a page
//! of entries at a time. Notes are rendered as text (never as HTML), keeping their line breaks.

use std::rc::Rc;

use yew::prelude::*;

use crate::diary::page::entry_heading_id;
use crate::diary::warning::{self, RECORDED_CARD, RECORDED_INTRO, STRETCHED_DONE};
use crate::diary::{Choice, Diary, DiaryEntry, EntryId};
use crate::ui::shared::care_card::repeated_care_card;

/// Entries shown at first, and added by "Show more".
const PAGE: usize = 30;

#[derive(Properties, PartialEq)]
pub struct EntryListProps {
    pub diary: Rc<Diary>,
    pub on_edit: Callback<EntryId>,
    pub on_delete: Callback<EntryId>,
}

#[component]
pub fn EntryList(props: &EntryListProps) -> Html {
    let shown = use_state(|| PAGE);
    let entries = props.diary.entries();
    if entries.is_empty() {
        return html! { <p class="diary-empty">{ "No entries yet. Entries you add appear here, newest first." }</p> };
    }
    let more = entries.len().saturating_sub(*shown);
    let on_more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    html! {
        <>
            <p class="diary-count">{ count_label(entries.len()) }</p>
            <ol class="diary-entries">
                { for entries.iter().take(*shown).map(|entry| entry_item(entry, &props.on_edit, &props.on_delete)) }
            </ol>
            if more > 0 {
                <button type="button" class="secondary" onclick={on_more}>{ format!("Show {} more", more.min(PAGE)) }</button>
            }
        </>
    }
}

fn count_label(count: usize) -> String {
    if count == 1 {
        "1 entry".to_string()
    } else {
        format!("{count} entries")
    }
}

/// One entry, keyed by its id. A function, not a component: less code to download.
fn entry_item(
    entry: &DiaryEntry,
    on_edit: &Callback<EntryId>,
    on_delete: &Callback<EntryId>,
) -> Html {
    let id = entry.id;
    let night = entry.night_of.long_label();
    let on_edit = on_edit.reform(move |_: MouseEvent| id);
    let on_delete = on_delete.reform(move |_: MouseEvent| id);
    html! {
        <li key={id.0.to_string()} class={classes!("diary-entry", (!entry.had_cramps()).then_some("diary-entry--none"))}>
            <h3 class="diary-entry__night" id={entry_heading_id(id)} tabindex="-1">{ night.clone() }</h3>
            // Straight after the heading (where focus goes after a save), before anything else.
            { flag_panel(entry) }
            <dl class="diary-entry__details">
                { for entry_details(entry).into_iter().map(|(term, value)| html! {
                    <div class="diary-entry__detail"><dt>{ term }</dt><dd>{ value }</dd></div>
                }) }
            </dl>
            if !entry.note.is_empty() {
                <p class="diary-entry__note"><span class="diary-entry__note-label">{ "Note: " }</span>{ entry.note.clone() }</p>
            }
            <div class="diary-entry__actions">
                <button type="button" class="secondary" onclick={on_edit}>
                    { "Edit" }<span class="visually-hidden">{ format!(" the entry for {night}") }</span>
                </button>
                <button type="button" class="secondary" onclick={on_delete}>
                    { "Delete" }<span class="visually-hidden">{ format!(" the entry for {night}") }</span>
                </button>
            </div>
        </li>
    }
}

/// The warning signs a night records and the care card the check gives for them; nothing for
/// a night without any.
fn flag_panel(entry: &DiaryEntry) -> Html {
    let signs = warning::raised(entry);
    let Some(urgency) = warning::urgency_of(&signs) else {
        return html! {};
    };
    html! {
        <div class={classes!("diary-flag", format!("diary-flag--{}", urgency.key()))}>
            <p class="diary-flag__intro">{ RECORDED_INTRO }</p>
            <ul class="diary-flag__signs">
                { for warning::recorded(&signs).into_iter().map(|label| html! { <li>{ label }</li> }) }
            </ul>
            <p class="diary-flag__intro">{ RECORDED_CARD }</p>
            { repeated_care_card(urgency, 4) }
        </div>
    }
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
