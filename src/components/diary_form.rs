//! The diary entry form: one field per part of an entry, choice groups as fieldsets, problems
//! shown next to each field and in a summary that takes focus when "Save" is refused.
//!
//! The form only edits a [`Draft`]; the page decides (through `crate::diary`) whether it is valid
//! and passes any [`FieldError`]s back in.

use std::collections::BTreeSet;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;
use yew::virtual_dom::{Key, VList};

use crate::components::diary_form_flags::{stretched_part, warning_signs_part};
use crate::components::later::Later;
use crate::components::link::href;
use crate::diary::{
    recent_choice, recent_nights, warning, Choice, Date, Draft, Field, FieldError, Longest, Muscle,
    RecentNight, Relief, Side, SleepLost, WarningSign, MAX_CRAMPS, MAX_NOTE_CHARS, MAX_PAIN,
};
use crate::routes::Route;

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
    /// Start again from this draft, for this generation of the form (and with the date field
    /// shown or not).
    Restart(u32, Draft, bool),
}

/// The draft being edited, and which generation of the form (`EntryFormProps::generation`) it
/// belongs to.
#[derive(Clone, PartialEq)]
struct DraftState {
    generation: u32,
    draft: Draft,
    /// "Another night" is chosen: the date field is shown.
    other_night: bool,
}

impl Reducible for DraftState {
    type Action = Edit;

    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        let mut draft = self.draft.clone();
        let mut other_night = self.other_night;
        match edit {
            Edit::Restart(generation, draft, other_night) => {
                return Rc::new(DraftState {
                    generation,
                    draft,
                    other_night,
                })
            }
            Edit::Night(v) => draft.night_of = v,
            // "Another night" keeps the night picked so far: the date field starts on it.
            Edit::PickNight(None) => other_night = true,
            Edit::PickNight(Some(v)) => {
                draft.night_of = v;
                other_night = false;
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
        Rc::new(DraftState {
            generation: self.generation,
            draft,
            other_night,
        })
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

/// The id of a field's first control: what its label and the error summary point at. The
/// night's is its date field when that is shown, otherwise its recent night chosen.
fn control_id(field: Field, night: &NightShown) -> String {
    match field {
        Field::NightOf => match night.picked {
            Some(r) if !night.other => option_id(field, r.key),
            _ => field.key().to_string(),
        },
        Field::Muscles => option_id(field, Muscle::ALL[0].key()),
        Field::Side => option_id(field, "none"),
        Field::Longest => option_id(field, "none"),
        Field::WorstPain => option_id(field, "0"),
        Field::SleepLost => option_id(field, "none"),
        Field::Helped => option_id(field, Relief::ALL[0].key()),
        Field::WarningSigns => option_id(field, WarningSign::ALL[0].key()),
        _ => field.key().to_string(),
    }
}

fn option_id(field: Field, key: &str) -> String {
    format!("{}-{}", field.key(), key)
}

fn error_id(field: Field) -> String {
    format!("{}-error", field.key())
}

fn hint_id(field: Field) -> String {
    format!("{}-hint", field.key())
}

#[component]
pub fn EntryForm(props: &EntryFormProps) -> Html {
    let recent = recent_nights(props.today);
    let other_for = |draft: &Draft| recent_choice(&recent, &draft.night_of).is_none();
    let draft = use_reducer(|| DraftState {
        generation: props.generation,
        draft: props.initial.clone(),
        other_night: other_for(&props.initial),
    });
    // A new generation starts the form again in place: re-creating it (keying it on the
    // generation) made saving an entry one long task on a slow phone. This render already shows
    // `initial`; the draft catches up in the next, which changes nothing on screen.
    let restarted;
    let (d, other_night) = if draft.generation == props.generation {
        (&draft.draft, draft.other_night)
    } else {
        let other = other_for(&props.initial);
        draft.dispatch(Edit::Restart(
            props.generation,
            props.initial.clone(),
            other,
        ));
        restarted = props.initial.clone();
        (&restarted, other)
    };
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
        let draft = draft.clone();
        let on_submit = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_submit.emit(draft.draft.clone());
        })
    };
    let text = |make: fn(String) -> Edit| {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                draft.dispatch(make(input.value()));
            }
        })
    };
    let on_note = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                draft.dispatch(Edit::Note(area.value()));
            }
        })
    };
    let dispatch = {
        let draft = draft.clone();
        Callback::from(move |edit: Edit| draft.dispatch(edit))
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

/// The note, with how many characters are used so far.
#[inline(never)]
fn note_field(note: &str, errors: Vec<String>, oninput: Callback<InputEvent>) -> Html {
    let field = Field::Note;
    let has_error = !errors.is_empty();
    let used = note.trim().chars().count();
    html! {
        <div class={classes!("field", has_error.then_some("field--error"))}>
            <label for={field.key()} class="field__label">{ field.label() }</label>
            <span class="hint" id={hint_id(field)}>
                { format!("Anything you want to remember or tell your doctor. Up to {} characters; you have used {}.", thousands(MAX_NOTE_CHARS), thousands(used)) }
            </span>
            { field_errors(field, &errors) }
            <textarea id={field.key()} name={field.key()} rows="4" value={note.to_string()} {oninput}
                aria-describedby={describedby(field, has_error)}
                aria-invalid={has_error.then_some("true")} />
        </div>
    }
}

/// "Save entry" ("Save changes" and "Cancel" when changing an entry).
#[inline(never)]
fn form_buttons(editing: bool, on_cancel: Callback<MouseEvent>) -> Html {
    html! {
        <div class="diary-form__buttons">
            <button type="submit">{ if editing { "Save changes" } else { "Save entry" } }</button>
            if editing {
                <button type="button" class="secondary" onclick={on_cancel}>{ "Cancel" }</button>
            }
        </div>
    }
}

fn thousands(n: usize) -> String {
    if n >= 1000 {
        format!("{},{:03}", n / 1000, n % 1000)
    } else {
        n.to_string()
    }
}

/// `aria-describedby` for a field: its hint, and its error when it has one.
fn describedby(field: Field, has_error: bool) -> String {
    if has_error {
        format!("{} {}", hint_id(field), error_id(field))
    } else {
        hint_id(field)
    }
}

/// "There is a problem", with a link to each field that moves focus to it.
fn error_summary(errors: &[FieldError], node: NodeRef, night: &NightShown) -> Html {
    if errors.is_empty() {
        // Keep the element so the node ref stays valid; it is empty and takes no space.
        return html! { <div key="summary" ref={node} class="error-summary error-summary--empty"></div> };
    }
    html! {
        <div key="summary" ref={node} class="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
            <h3 id="error-summary-title" class="error-summary__title">{ "There is a problem" }</h3>
            <ul class="error-summary__list">
                { for errors.iter().map(|error| {
                    let target = control_id(error.field, night);
                    let onclick = {
                        let target = target.clone();
                        Callback::from(move |e: MouseEvent| {
                            // A fragment link would resolve against <base href> and leave the page.
                            e.prevent_default();
                            focus_by_id(&target);
                        })
                    };
                    html! { <li><a href={href(&Route::Diary, Some(&target))} {onclick}>{ error.message.clone() }</a></li> }
                }) }
            </ul>
        </div>
    }
}

/// Focuses (and so scrolls to) the element with this id, if there is one.
pub fn focus_by_id(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

fn field_errors(field: Field, messages: &[String]) -> Html {
    if messages.is_empty() {
        return html! {};
    }
    html! {
        <p class="field__error" id={error_id(field)}>
            <span class="visually-hidden">{ "Error: " }</span>{ messages.join(" ") }
        </p>
    }
}

/// A labelled text input with its hint and errors.
struct TextField {
    field: Field,
    value: String,
    hint: String,
    errors: Vec<String>,
    oninput: Callback<InputEvent>,
    inputmode: Option<&'static str>,
    narrow: bool,
}

/// A function, not a component: each component type adds code to the download.
#[inline(never)]
fn text_field(f: TextField) -> Html {
    let field = f.field;
    let has_error = !f.errors.is_empty();
    html! {
        <div class={classes!("field", has_error.then_some("field--error"))}>
            <label for={field.key()} class="field__label">{ field.label() }</label>
            <span class="hint" id={hint_id(field)}>{ f.hint }</span>
            { field_errors(field, &f.errors) }
            <input id={field.key()} name={field.key()} type="text" value={f.value}
                class={classes!("input", f.narrow.then_some("input--narrow"))}
                inputmode={f.inputmode} autocomplete="off"
                aria-describedby={describedby(field, has_error)} aria-invalid={has_error.then_some("true")}
                oninput={f.oninput} />
        </div>
    }
}

fn group_hint(field: Field) -> &'static str {
    match field {
        Field::NightOf => "The evening the night began: a cramp at 3 a.m. on the 15th belongs to the night of the 14th.",
        Field::Muscles => "Choose all that apply.",
        Field::Helped => "Choose all that apply.",
        Field::WarningSigns => warning::FORM_HINT,
        Field::WorstPain => "0 means no pain, 10 the worst pain you can imagine.",
        _ => "Choose one.",
    }
}

/// A fieldset around a choice group, with its legend, hint and error.
fn group(field: Field, errors: Vec<String>, class: &'static str, options: Html) -> Html {
    let has_error = !errors.is_empty();
    html! {
        <fieldset class={classes!("field", "choices", class, has_error.then_some("field--error"))}
            aria-describedby={describedby(field, has_error)}>
            <legend class="field__label">{ field.label() }</legend>
            <span class="hint" id={hint_id(field)}>{ group_hint(field) }</span>
            { field_errors(field, &errors) }
            <div class="choices__options">{ options }</div>
        </fieldset>
    }
}

#[inline(never)]
pub(super) fn checkbox_group<T: Choice + Ord>(
    field: Field,
    selected: &BTreeSet<T>,
    errors: Vec<String>,
    on_toggle: Callback<(T, bool)>,
) -> Html {
    let options = T::ALL.iter().map(|&option| {
        let id = option_id(field, option.key());
        let on_toggle = on_toggle.clone();
        let onchange = Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                on_toggle.emit((option, input.checked()));
            }
        });
        html! {
            <div class="choice">
                <input type="checkbox" id={id.clone()} name={field.key()} value={option.key()} checked={selected.contains(&option)} {onchange} />
                <label for={id}>{ option.label() }</label>
            </div>
        }
    });
    group(field, errors, "choices--check", options.collect::<Html>())
}

/// Radios with a first "Not recorded" option, since these details are optional.
#[inline(never)]
fn radio_group<T: Choice + PartialEq>(
    field: Field,
    selected: Option<T>,
    errors: Vec<String>,
    on_pick: Callback<Option<T>>,
) -> Html {
    let radio = |key: &str, label: &str, value: Option<T>| {
        let on_pick = on_pick.clone();
        let onchange = Callback::from(move |_: Event| on_pick.emit(value));
        radio_choice(field, key, label, selected == value, onchange)
    };
    let options = std::iter::once(radio("none", "Not recorded", None)).chain(
        T::ALL
            .iter()
            .map(|&option| radio(option.key(), option.label(), Some(option))),
    );
    group(field, errors, "choices--radio", options.collect::<Html>())
}

/// One radio of a choice group, as a pill: the input covers its label (see the CSS).
fn radio_choice(
    field: Field,
    key: &str,
    label: &str,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    let id = option_id(field, key);
    html! {
        <div class="choice">
            <input type="radio" id={id.clone()} name={field.key()} value={key.to_string()} {checked} {onchange} />
            <label for={id}>{ label.to_string() }</label>
        </div>
    }
}

/// The 0-10 pain scale as a row of large radio buttons.
#[inline(never)]
fn pain_group(selected: &str, errors: Vec<String>, on_pick: Callback<String>) -> Html {
    let field = Field::WorstPain;
    let options = (0..=MAX_PAIN).map(|score| {
        let key = score.to_string();
        let id = option_id(field, &key);
        let on_pick = on_pick.clone();
        let value = key.clone();
        let onchange = Callback::from(move |_: Event| on_pick.emit(value.clone()));
        html! {
            <div class="scale__option">
                <input type="radio" id={id.clone()} name={field.key()} value={key.clone()} checked={selected == key} {onchange} />
                <label for={id}>{ key.clone() }</label>
            </div>
        }
    });
    group(field, errors, "choices--scale", options.collect::<Html>())
}

/// How the night is asked right now: which recent night is chosen, if any, and whether the date
/// field is shown ("Another night").
struct NightShown<'a> {
    picked: Option<&'a RecentNight>,
    other: bool,
}

/// The date field behind "Another night".
struct NightDate<'a> {
    value: &'a str,
    max: Date,
    oninput: Callback<InputEvent>,
}

/// "Which night?": the recent nights as radios, then "Another night", which shows a date field
/// right after it (so it is next in the tab order). The field is only made when asked for.
#[inline(never)]
fn night_group(
    recent: &[RecentNight],
    night: &NightShown,
    date: NightDate,
    errors: Vec<String>,
    on_pick: Callback<Option<String>>,
) -> Html {
    let field = Field::NightOf;
    let has_error = !errors.is_empty();
    let radio = |key: &str, label: &str, value: Option<String>, checked: bool| {
        let on_pick = on_pick.clone();
        let onchange = Callback::from(move |_: Event| on_pick.emit(value.clone()));
        radio_choice(field, key, label, checked, onchange)
    };
    let options = recent
        .iter()
        .map(|r| {
            let checked = !night.other && night.picked == Some(r);
            radio(r.key, &r.label, Some(r.night.to_string()), checked)
        })
        .chain(std::iter::once(radio(
            "other",
            "Another night",
            None,
            night.other,
        )))
        .collect::<Html>();
    // Always a node, empty until asked for: an `Option` would add a child to the list, which
    // Yew matches from its end, and the radios would be rebuilt and lose the keyboard's focus.
    let date_field = html! {
        if night.other {
            <div class="choices__reveal">
                <label for={field.key()} class="field__label">{ "Date of the night" }</label>
                <input id={field.key()} name="night_date" type="date" value={date.value.to_string()}
                    class="input" max={date.max.to_string()} autocomplete="off"
                    aria-describedby={describedby(field, has_error)} aria-invalid={has_error.then_some("true")}
                    oninput={date.oninput} />
            </div>
        }
    };
    group(
        field,
        errors,
        "choices--radio",
        html! { <>{ options }{ date_field }</> },
    )
}
