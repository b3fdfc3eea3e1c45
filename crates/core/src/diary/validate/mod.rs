//! Turning what a person typed into a [`DiaryEntry`], with a plain-English message per field
//! when something is wrong.
//!
//! The same rules guard every way an entry can arrive: the form ([`validate`]), an imported file
//! and stored data ([`check_entry`]). `today` is always passed in; nothing here reads a clock.
//!
//! What each field may hold, and the messages that say so, are in `rules`.

mod rules;

use std::collections::BTreeSet;

use super::date::{Date, DateError};
use super::diary::Diary;
use super::entry::{DiaryEntry, EntryId, Longest, Muscle, Relief, Side, SleepLost, WarningSign};
pub(crate) use rules::{cramps_from, pain_from};
use rules::{night_problem, note_problem, parse_whole_number, sort_by_field, zero_cramp_problems};

/// More than this in one night is almost certainly a typing slip (an extra zero).
pub const MAX_CRAMPS: u16 = 50;
/// Top of the 0-10 pain scale.
pub const MAX_PAIN: u8 = 10;
/// Long enough for a paragraph for the doctor; short enough to print on the summary.
/// Counted in characters (Unicode scalar values), not bytes, so accented letters and emoji
/// count as one each.
pub const MAX_NOTE_CHARS: usize = 2_000;

/// Earliest night the diary accepts. Anything older is a typo in the year.
pub fn earliest_night() -> Date {
    Date::from_ymd(1900, 1, 1).unwrap_or(Date::MIN)
}

/// A field of the diary form. `key` doubles as the form control's id and the export file's field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    NightOf,
    Cramps,
    Muscles,
    Side,
    Longest,
    WorstPain,
    SleepLost,
    Helped,
    WarningSigns,
    Stretched,
    Note,
}

impl Field {
    pub const ALL: [Field; 11] = [
        Field::NightOf,
        Field::Cramps,
        Field::Muscles,
        Field::Side,
        Field::Longest,
        Field::WorstPain,
        Field::SleepLost,
        Field::Helped,
        Field::WarningSigns,
        Field::Stretched,
        Field::Note,
    ];

    /// Stable name: the JSON field and a good form-control id.
    pub fn key(self) -> &'static str {
        match self {
            Field::NightOf => "night_of",
            Field::Cramps => "cramps",
            Field::Muscles => "muscles",
            Field::Side => "side",
            Field::Longest => "longest",
            Field::WorstPain => "worst_pain",
            Field::SleepLost => "sleep_lost",
            Field::Helped => "helped",
            Field::WarningSigns => "warning_signs",
            Field::Stretched => "stretched",
            Field::Note => "note",
        }
    }

    /// The form label a person sees.
    pub fn label(self) -> &'static str {
        match self {
            Field::NightOf => "Night of",
            Field::Cramps => "Number of cramps",
            Field::Muscles => "Muscles",
            Field::Side => "Side",
            Field::Longest => "Longest cramp",
            Field::WorstPain => "Worst pain",
            Field::SleepLost => "Sleep lost",
            Field::Helped => "What helped",
            Field::WarningSigns => "Warning signs",
            Field::Stretched => "Bedtime stretches",
            Field::Note => "Note",
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|field| field.key() == key)
    }
}

/// One problem with one field, ready to show next to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

impl FieldError {
    pub fn new(field: Field, message: impl Into<String>) -> FieldError {
        FieldError {
            field,
            message: message.into(),
        }
    }
}

/// The diary form as typed: text boxes hold raw strings (so "-1" or "abc" reach validation and
/// get a message), choice controls hold typed options (use [`Choice::from_key`](super::Choice::from_key) on a select's value).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    /// `YYYY-MM-DD`, as an `<input type="date">` gives it.
    pub night_of: String,
    pub cramps: String,
    pub muscles: BTreeSet<Muscle>,
    pub side: Option<Side>,
    pub longest: Option<Longest>,
    /// Required when there were cramps; may be left empty for a cramp-free night.
    pub worst_pain: String,
    pub sleep_lost: Option<SleepLost>,
    pub helped: BTreeSet<Relief>,
    pub warning_signs: BTreeSet<WarningSign>,
    pub stretched: bool,
    pub note: String,
}

impl Draft {
    /// An empty form for a night. The UI picks the night: usually last night (`today - 1 day`)
    /// when logging in the morning, since a night belongs to the evening it began.
    pub fn for_night(night_of: Date) -> Draft {
        Draft {
            night_of: night_of.to_string(),
            ..Draft::default()
        }
    }

    /// The form filled in from an existing entry, for editing.
    pub fn from_entry(entry: &DiaryEntry) -> Draft {
        Draft {
            night_of: entry.night_of.to_string(),
            cramps: entry.cramps.to_string(),
            muscles: entry.muscles.clone(),
            side: entry.side,
            longest: entry.longest,
            worst_pain: entry
                .worst_pain
                .map(|pain| pain.to_string())
                .unwrap_or_default(),
            sleep_lost: entry.sleep_lost,
            helped: entry.helped.clone(),
            warning_signs: entry.warning_signs.clone(),
            stretched: entry.stretched,
            note: entry.note.clone(),
        }
    }
}

/// Checks a draft against every rule and the rest of the diary, returning the entry to store or
/// every problem found (so the form can show them all at once, in form order).
///
/// `editing` is the entry being changed, if any: its own night is not a duplicate of itself.
/// A new entry gets the diary's next free id.
pub fn validate(
    draft: &Draft,
    today: Date,
    diary: &Diary,
    editing: Option<EntryId>,
) -> Result<DiaryEntry, Vec<FieldError>> {
    let mut errors = Vec::new();

    let night_of = match Date::parse(&draft.night_of) {
        Ok(night) => match night_problem(night, Some(today)) {
            Some(message) => Err(FieldError::new(Field::NightOf, message)),
            None => match diary.entry_for_night(night) {
                Some(existing) if Some(existing.id) != editing => Err(FieldError::new(
                    Field::NightOf,
                    duplicate_night_message(night),
                )),
                _ => Ok(night),
            },
        },
        Err(DateError::Empty) => Err(FieldError::new(
            Field::NightOf,
            "Enter the date of the night, for example 2025-03-14.",
        )),
        Err(problem) => Err(FieldError::new(Field::NightOf, problem.message())),
    };

    let cramps = parse_whole_number(&draft.cramps)
        .map_err(|problem| problem.message("the number of cramps", "2"))
        .and_then(cramps_from)
        .map_err(|message| FieldError::new(Field::Cramps, message));

    // The form always asks about pain when there were cramps (only a one-tap quick log may leave
    // it unrecorded); for a cramp-free night an empty box means "not recorded".
    let no_cramps = matches!(cramps, Ok(0));
    let worst_pain = if draft.worst_pain.trim().is_empty() {
        if no_cramps || cramps.is_err() {
            Ok(None)
        } else {
            Err(FieldError::new(
                Field::WorstPain,
                "Choose how bad the worst pain was, from 0 (none) to 10 (the worst you can imagine).",
            ))
        }
    } else {
        parse_whole_number(&draft.worst_pain)
            .map_err(|problem| problem.message("the pain score", "6"))
            .and_then(pain_from)
            .map(Some)
            .map_err(|message| FieldError::new(Field::WorstPain, message))
    };

    // Notes keep what was typed, except blank space at either end (a stray Enter or space).
    let note = draft.note.trim();
    let note_error = note_problem(note).map(|message| FieldError::new(Field::Note, message));

    if let Err(error) = &night_of {
        errors.push(error.clone());
    }
    if let Err(error) = &cramps {
        errors.push(error.clone());
    }
    if let Err(error) = &worst_pain {
        errors.push(error.clone());
    }
    errors.extend(note_error);

    if let (Ok(cramps), Ok(pain)) = (&cramps, &worst_pain) {
        errors.extend(zero_cramp_problems(
            *cramps,
            &draft.muscles,
            draft.side,
            draft.longest,
            *pain,
            &draft.warning_signs,
        ));
    }

    match (night_of, cramps, worst_pain) {
        (Ok(night_of), Ok(cramps), Ok(worst_pain)) if errors.is_empty() => Ok(DiaryEntry {
            id: editing.unwrap_or_else(|| diary.next_id()),
            night_of,
            cramps,
            muscles: draft.muscles.clone(),
            side: draft.side,
            longest: draft.longest,
            worst_pain,
            sleep_lost: draft.sleep_lost,
            helped: draft.helped.clone(),
            warning_signs: draft.warning_signs.clone(),
            stretched: draft.stretched,
            note: note.to_string(),
        }),
        _ => {
            sort_by_field(&mut errors);
            Err(errors)
        }
    }
}

/// Every rule an entry must keep on its own (not counting other entries). With `today`, a night
/// in the future is also refused; stored data is checked without it, because a device clock set
/// back must not make a saved diary unreadable.
pub fn check_entry(entry: &DiaryEntry, today: Option<Date>) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if let Some(message) = night_problem(entry.night_of, today) {
        errors.push(FieldError::new(Field::NightOf, message));
    }
    if let Err(message) = cramps_from(i64::from(entry.cramps)) {
        errors.push(FieldError::new(Field::Cramps, message));
    }
    if let Some(Err(message)) = entry.worst_pain.map(|pain| pain_from(i64::from(pain))) {
        errors.push(FieldError::new(Field::WorstPain, message));
    }
    if let Some(message) = note_problem(&entry.note) {
        errors.push(FieldError::new(Field::Note, message));
    }
    errors.extend(zero_cramp_problems(
        entry.cramps,
        &entry.muscles,
        entry.side,
        entry.longest,
        entry.worst_pain,
        &entry.warning_signs,
    ));
    sort_by_field(&mut errors);
    errors
}

/// The message for a second entry on a night that already has one.
pub fn duplicate_night_message(night: Date) -> String {
    format!(
        "You already have an entry for the night of {}. Edit that entry instead of adding a new one.",
        night.long_label()
    )
}
