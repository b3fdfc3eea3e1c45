//! The diary entry form: one field per part of an entry, choice groups as fieldsets, problems
//! shown next to each field and in a summary that takes focus when "Save" is refused.
//!
//! The form's controls hold what the person enters: [`write_form`] writes the form for a
//! [`Draft`] (a new entry, the entry being changed, or the draft a save refused), and
//! [`read_draft`] reads it back when "Save" is pressed. The page decides (through
//! `crate::diary`) whether it is valid and passes any [`FieldError`]s back in. While the person
//! fills it in, [`follow`] keeps its few live parts in step: the date field behind "Another
//! night", the care card under the warning signs, and the note's count.
//!
//! One job a file: `fields` writes a field or a choice group, `night` asks which night,
//! `flags` the warning signs and the bedtime stretches, `summary` lists the problems.

mod fields;
mod flags;
mod night;
mod summary;

use std::collections::BTreeSet;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlTextAreaElement};

use crate::diary::page::FORM_TITLE_ID;
use crate::diary::{
    recent_choice, recent_nights, Choice, Date, Draft, Field, FieldError, Longest, RecentNight,
    WarningSign, MAX_CRAMPS,
};
use crate::runtime::plain::{focus_by_id, set_text};
use crate::ui::shared::markup::Markup;
use fields::{
    hint_id, note_hint, write_buttons, write_checkboxes, write_note, write_pain, write_radios,
    write_text, TextField,
};
use flags::{card_key, write_card, write_signs, write_stretched, CARD, FLAG_PLACE};
use night::{write_date, write_night, NightShown, OTHER};
use summary::{write_summary, TARGET};

/// What a button does, in its `data-do` attribute.
pub(super) const DO: &str = "data-do";

/// What the form shows: the draft, which night is asked how, and the last save's problems.
pub struct FormView<'a> {
    pub recent: &'a [RecentNight],
    pub draft: &'a Draft,
    /// "Another night" is chosen: the date field is shown.
    pub other_night: bool,
    /// Problems from the last "Save", in form order.
    pub errors: &'a [FieldError],
    /// "Friday 14 March 2025" when changing an existing entry; `None` when adding.
    pub editing: Option<String>,
    /// The latest night the date field offers.
    pub today: Date,
}

/// On the form: the night chosen so far, where the date field behind "Another night" starts.
const NIGHT: &str = "data-night";

/// Whether the night `night_of` is asked with the date field (it is none of the recent nights).
pub fn other_night(recent: &[RecentNight], night_of: &str) -> bool {
    recent_choice(recent, night_of).is_none()
}

pub fn write_form(m: &mut Markup, f: &FormView) {
    let d = f.draft;
    let messages = |field: Field| -> Vec<String> {
        (f.errors.iter())
            .filter(|e| e.field == field)
            .map(|e| e.message.clone())
            .collect()
    };
    let night = NightShown {
        picked: recent_choice(f.recent, &d.night_of),
        other: f.other_night,
    };
    let title = match &f.editing {
        Some(night) => format!("Change the entry for {night}"),
        None => "Add an entry".to_string(),
    };
    m.open("form")
        .attr("class", "diary-form")
        .attr(NIGHT, &d.night_of)
        .attr("novalidate", "");
    m.attr("aria-labelledby", FORM_TITLE_ID)
        .open("h2")
        .attr("id", FORM_TITLE_ID);
    m.attr("tabindex", "-1").text(&title).close("h2");
    write_summary(m, f.errors, &night);
    write_night(
        m,
        f.recent,
        &night,
        &d.night_of,
        f.today,
        &messages(Field::NightOf),
    );
    write_text(
        m,
        TextField {
            field: Field::Cramps,
            value: &d.cramps,
            hint: format!("Enter 0 for a night without cramps (up to {MAX_CRAMPS})."),
            errors: &messages(Field::Cramps),
            inputmode: Some("numeric"),
            narrow: true,
        },
    );
    write_checkboxes(m, Field::Muscles, &d.muscles, &messages(Field::Muscles));
    write_radios(m, Field::Side, d.side, &messages(Field::Side));
    write_radios(m, Field::Longest, d.longest, &messages(Field::Longest));
    write_pain(m, d.worst_pain.trim(), &messages(Field::WorstPain));
    write_radios(
        m,
        Field::SleepLost,
        d.sleep_lost,
        &messages(Field::SleepLost),
    );
    write_checkboxes(m, Field::Helped, &d.helped, &messages(Field::Helped));
    write_signs(
        m,
        &d.warning_signs,
        d.longest,
        &messages(Field::WarningSigns),
    );
    write_stretched(m, d.stretched);
    write_note(m, &d.note, &messages(Field::Note));
    write_buttons(m, f.editing.is_some());
    m.close("form");
}

/// What the form holds now, and whether its night is asked with the date field.
pub fn read_draft(form: &Element, recent: &[RecentNight]) -> (Draft, bool) {
    let input = |id: &str| {
        let found = form.query_selector(&format!("#{id}")).ok().flatten();
        found.and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    };
    let value = |id: &str| input(id).map(|i| i.value()).unwrap_or_default();
    let picked = checked(form, Field::NightOf).into_iter().next();
    let other = picked.as_deref() == Some(OTHER);
    let night_of = if other {
        value(Field::NightOf.key())
    } else {
        let recent_night = recent.iter().find(|r| picked.as_deref() == Some(r.key));
        recent_night
            .map(|r| r.night.to_string())
            .unwrap_or_default()
    };
    let note = form.query_selector("textarea").ok().flatten();
    let note = note.and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok());
    let draft = Draft {
        night_of,
        cramps: value(Field::Cramps.key()),
        muscles: chosen(form, Field::Muscles),
        side: one(form, Field::Side),
        longest: one(form, Field::Longest),
        worst_pain: checked(form, Field::WorstPain)
            .into_iter()
            .next()
            .unwrap_or_default(),
        sleep_lost: one(form, Field::SleepLost),
        helped: chosen(form, Field::Helped),
        warning_signs: chosen(form, Field::WarningSigns),
        stretched: input(Field::Stretched.key()).is_some_and(|i| i.checked()),
        note: note.map(|n| n.value()).unwrap_or_default(),
    };
    (draft, other)
}

/// The values of the field's ticked boxes or chosen radio.
fn checked(form: &Element, field: Field) -> Vec<String> {
    let selector = format!("input[name=\"{}\"]:checked", field.key());
    let Ok(found) = form.query_selector_all(&selector) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<HtmlInputElement>().ok())
        .map(|input| input.value())
        .collect()
}

fn chosen<T: Choice + Ord>(form: &Element, field: Field) -> BTreeSet<T> {
    checked(form, field)
        .iter()
        .filter_map(|key| T::from_key(key))
        .collect()
}

fn one<T: Choice>(form: &Element, field: Field) -> Option<T> {
    checked(form, field)
        .first()
        .and_then(|key| T::from_key(key))
}

/// Keeps the form's live parts in step after the person changed `target`: the date field
/// behind "Another night", the care card under the warning signs, the note's count.
pub fn follow(form: &Element, target: &Element, today: Date) {
    let name = target.get_attribute("name").unwrap_or_default();
    let find = |selector: &str| form.query_selector(selector).ok().flatten();
    if name == Field::NightOf.key() {
        let key = target.get_attribute("value").unwrap_or_default();
        let recent = recent_nights(today);
        if let Some(picked) = recent.iter().find(|r| r.key == key) {
            let _ = form.set_attribute(NIGHT, &picked.night.to_string());
        }
        match (key == OTHER, find(".choices__reveal")) {
            (true, None) => {
                // The date field starts on the night chosen so far.
                let night = form.get_attribute(NIGHT).unwrap_or_default();
                let mut m = Markup::new();
                write_date(&mut m, &night, today, false);
                if let Some(choice) = target.closest(".choice").ok().flatten() {
                    let _ = choice.insert_adjacent_html("afterend", &m.into_string());
                }
            }
            (false, Some(reveal)) => reveal.remove(),
            _ => {}
        }
    } else if name == Field::WarningSigns.key() || name == Field::Longest.key() {
        let signs: BTreeSet<WarningSign> = chosen(form, Field::WarningSigns);
        let longest: Option<Longest> = one(form, Field::Longest);
        // Written only when the card changes: the place is a live region.
        let card = card_key(&signs, longest);
        if let Some(place) = find(&format!(".{FLAG_PLACE}")) {
            if place.get_attribute(CARD).as_deref() != Some(card) {
                let mut m = Markup::new();
                write_card(&mut m, &signs, longest);
                let _ = place.set_attribute(CARD, card);
                place.set_inner_html(&m.into_string());
            }
        }
    } else if name == Field::Note.key() {
        let note = target.dyn_ref::<HtmlTextAreaElement>().map(|n| n.value());
        if let (Some(note), Some(hint)) = (note, find(&format!("#{}", hint_id(Field::Note)))) {
            set_text(&hint, &note_hint(&note));
        }
    }
}

/// A problem's link in the summary: moves focus to its field. True when `target` was one.
pub fn follow_link(target: &Element) -> bool {
    let link = target.closest(&format!("[{TARGET}]")).ok().flatten();
    match link.and_then(|link| link.get_attribute(TARGET)) {
        Some(id) => {
            focus_by_id(&id);
            true
        }
        None => false,
    }
}
