//! The diary entry form: one field per part of an entry, choice groups as fieldsets, problems
//! shown next to each field and in a summary that takes focus when "Save" is refused.
//!
//! The form only edits a [`Draft`]; the page decides (through `crate::diary`) whether it is valid
//! and passes any [`FieldError`]s back in.
//!
//! One job a file: `fields` draws a field or a choice group, `night` asks which night,
//! `flags` the warning signs and the bedtime stretches, `summary` lists the problems.

mod fields;
mod flags;
mod night;
mod summary;

use std::collections::BTreeSet;
use std::rc::Rc;

use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;
use yew::virtual_dom::{Key, VList};

use crate::diary::{
    recent_choice, recent_nights, Date, Draft, Field, FieldError, Longest, Muscle, Relief, Side,
    SleepLost, WarningSign, MAX_CRAMPS,
};
use crate::runtime::later::Later;
use fields::{
    checkbox_group, form_buttons, note_field, pain_group, radio_group, text_field, TextField,
};
use flags::{stretched_part, warning_signs_part};
use night::{night_group, NightDate, NightShown};
use summary::error_summary;

/// One change to the draft.
enum Edit {
    /// A date typed or picked in the date field.
    Night(String),
    /// One of the recent nights (`YYYY-MM-DD`), or `None` for "Another night".
    PickNight(Option<String>),
    Cramps(String),
    Muscle(Muscle, bool),
    Side(Option<Side>),
    Longest(Option<Longest>),
    Pain(String),
    Sleep(Option<SleepLost>),
    Helped(Relief, bool),
    Sign(WarningSign, bool),
    Stretched(bool),
    Note(String),
}

/// The draft being edited, and which generation of the form (`EntryFormProps::generation`) it
/// belongs to.
struct DraftState {
    generation: u32,
    draft: Draft,
    /// "Another night" is chosen: the date field is shown.
    other_night: bool,
}

impl DraftState {
    fn apply(&mut self, edit: Edit) {
        let draft = &mut self.draft;
        match edit {
            Edit::Night(v) => draft.night_of = v,
            // "Another night" keeps the night picked so far: the date field starts on it.
            Edit::PickNight(None) => self.other_night = true,
            Edit::PickNight(Some(v)) => {
                draft.night_of = v;
                self.other_night = false;
            }
            Edit::Cramps(v) => draft.cramps = v,
            Edit::Muscle(m, on) => toggle(&mut draft.muscles, m, on),
            Edit::Side(v) => draft.side = v,
            Edit::Longest(v) => draft.longest = v,
            Edit::Pain(v) => draft.worst_pain = v,
            Edit::Sleep(v) => draft.sleep_lost = v,
            Edit::Helped(r, on) => toggle(&mut draft.helped, r, on),
            Edit::Sign(s, on) => toggle(&mut draft.warning_signs, s, on),
            Edit::Stretched(on) => draft.stretched = on,
            Edit::Note(v) => draft.note = v,
        }
    }
}

fn toggle<T: Ord>(set: &mut BTreeSet<T>, item: T, on: bool) {
    if on {
        set.insert(item);
    } else {
        set.remove(&item);
    }
}

#[derive(Properties, PartialEq)]
pub struct EntryFormProps {
    /// What the form starts with, and starts again with whenever `generation` changes.
    pub initial: Draft,
    /// Bump it to start the form again from `initial` (after a save, Cancel or Edit).
    pub generation: u32,
    /// "Friday 14 March 2025" when changing an existing entry; `None` when adding.
    #[prop_or_default]
    pub editing: Option<AttrValue>,
    /// Problems from the last "Save", in form order.
    pub errors: Rc<Vec<FieldError>>,
    /// Goes up each time "Save" is refused, so focus moves to the summary every time.
    pub attempt: u32,
    /// Today: the recent nights are counted back from it, and it is the latest night the date
    /// field offers.
    pub today: Date,
    pub on_submit: Callback<Draft>,
    pub on_cancel: Callback<()>,
}

/// The form's parts, top to bottom (each field, then the buttons).
const PARTS: u8 = 12;
/// Parts drawn with the rest of the page: the night and the number of cramps.
const FIRST_PARTS: u8 = 2;

#[component]
pub fn EntryForm(props: &EntryFormProps) -> Html {
    let recent = recent_nights(props.today);
    let other_for = |draft: &Draft| recent_choice(&recent, &draft.night_of).is_none();
    let state = use_mut_ref(|| DraftState {
        generation: props.generation,
        draft: props.initial.clone(),
        other_night: other_for(&props.initial),
    });
    // A new generation starts the form again in place, in this render: re-creating the form
    // (keying it on the generation), or catching up in a second render, made saving an entry
    // a longer task on a slow phone.
    if state.borrow().generation != props.generation {
        *state.borrow_mut() = DraftState {
            generation: props.generation,
            draft: props.initial.clone(),
            other_night: other_for(&props.initial),
        };
    }
    let redraw = use_force_update();
    let dispatch = {
        let state = state.clone();
        Callback::from(move |edit: Edit| {
            state.borrow_mut().apply(edit);
            redraw.force_update();
        })
    };
    let shown = state.borrow();
    let (d, other_night) = (&shown.draft, shown.other_night);
    let night = NightShown {
        picked: recent_choice(&recent, &d.night_of),
        other: other_night,
    };
    let summary_ref = use_node_ref();
    {
        let summary_ref = summary_ref.clone();
        let has_errors = !props.errors.is_empty();
        use_effect_with(props.attempt, move |attempt| {
            if *attempt > 0 && has_errors {
                if let Some(summary) = summary_ref.cast::<HtmlElement>() {
                    let _ = summary.focus();
                }
            }
        });
    }
    let errors = props.errors.clone();
    let messages = move |field: Field| -> Vec<String> {
        errors
            .iter()
            .filter(|e| e.field == field)
            .map(|e| e.message.clone())
            .collect()
    };

    let onsubmit = {
        let state = state.clone();
        let on_submit = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Cloned out first: the page's answer may draw the form again.
            let draft = state.borrow().draft.clone();
            on_submit.emit(draft);
        })
    };
    let text = |make: fn(String) -> Edit| {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                dispatch.emit(make(input.value()));
            }
        })
    };
    let on_note = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                dispatch.emit(Edit::Note(area.value()));
            }
        })
    };

    let title = match &props.editing {
        Some(night) => format!("Change the entry for {night}"),
        None => "Add an entry".to_string(),
    };
    let editing = props.editing.is_some();
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());

    let part = |i: u8| -> Html {
        match i {
            0 => night_group(
                &recent,
                &night,
                NightDate {
                    value: &d.night_of,
                    max: props.today,
                    oninput: text(Edit::Night),
                },
                messages(Field::NightOf),
                dispatch.reform(Edit::PickNight),
            ),
            1 => text_field(TextField {
                field: Field::Cramps,
                value: d.cramps.clone(),
                hint: format!("Enter 0 for a night without cramps (up to {MAX_CRAMPS})."),
                errors: messages(Field::Cramps),
                oninput: text(Edit::Cramps),
                inputmode: Some("numeric"),
                narrow: true,
            }),
            2 => checkbox_group(
                Field::Muscles,
                &d.muscles,
                messages(Field::Muscles),
                dispatch.reform(|(m, on)| Edit::Muscle(m, on)),
            ),
            3 => radio_group(
                Field::Side,
                d.side,
                messages(Field::Side),
                dispatch.reform(Edit::Side),
            ),
            4 => radio_group(
                Field::Longest,
                d.longest,
                messages(Field::Longest),
                dispatch.reform(Edit::Longest),
            ),
            5 => pain_group(
                d.worst_pain.trim(),
                messages(Field::WorstPain),
                dispatch.reform(Edit::Pain),
            ),
            6 => radio_group(
                Field::SleepLost,
                d.sleep_lost,
                messages(Field::SleepLost),
                dispatch.reform(Edit::Sleep),
            ),
            7 => checkbox_group(
                Field::Helped,
                &d.helped,
                messages(Field::Helped),
                dispatch.reform(|(r, on)| Edit::Helped(r, on)),
            ),
            8 => warning_signs_part(
                d,
                messages(Field::WarningSigns),
                dispatch.reform(|(s, on)| Edit::Sign(s, on)),
            ),
            9 => stretched_part(d.stretched, dispatch.reform(Edit::Stretched)),
            10 => note_field(&d.note, messages(Field::Note), on_note.clone()),
            _ => form_buttons(editing, on_cancel.clone()),
        }
    };

    let keyed = |i: u8| Html::from(VList::with_children(vec![part(i)], Some(Key::from(i))));
    html! {
        <form class="diary-form" novalidate=true {onsubmit} aria-labelledby="diary-form-title">
            // Every child is keyed: the error summary comes and goes among the parts, and Yew
            // matches an unkeyed list from its end.
            <h2 key="title" id="diary-form-title" tabindex="-1">{ title }</h2>
            { error_summary(&props.errors, summary_ref, &night) }
            { for (0..FIRST_PARTS).map(keyed) }
            // The rest of the form is drawn a task later: the whole form at once was one long
            // task on a slow phone, and only its first questions fit on the first screen.
            <Later key="later">{ for (FIRST_PARTS..PARTS).map(keyed) }</Later>
        </form>
    }
}
