//! One rule a field: the night, the number of cramps, the pain score, the note, and what a
//! cramp-free night cannot have; reading a typed whole number; errors in form order.

use std::collections::BTreeSet;

use super::{earliest_night, Field, FieldError, MAX_CRAMPS, MAX_NOTE_CHARS, MAX_PAIN};
use crate::diary::date::Date;
use crate::diary::entry::{Longest, Muscle, Side, WarningSign};

/// Why a night cannot be used, if it cannot.
pub(crate) fn night_problem(night: Date, today: Option<Date>) -> Option<String> {
    if let Some(today) = today {
        if night > today {
            return Some(format!(
                "The night of {} is in the future. Choose today or an earlier night.",
                night.long_label()
            ));
        }
    }
    if night < earliest_night() {
        return Some(format!(
            "{} is too long ago. Check the year: the diary starts from 1900.",
            night
        ));
    }
    None
}

/// The number of cramps, or why not.
pub(crate) fn cramps_from(count: i64) -> Result<u16, String> {
    if count < 0 {
        return Err(
            "The number of cramps can't be below 0. Enter 0 for a night with no cramps.".into(),
        );
    }
    match u16::try_from(count) {
        Ok(count) if count <= MAX_CRAMPS => Ok(count),
        _ => Err(format!(
            "Enter a number from 0 to {MAX_CRAMPS}. If you really had more than {MAX_CRAMPS}, enter {MAX_CRAMPS} and write the number in the note."
        )),
    }
}

/// The pain score, or why not.
pub(crate) fn pain_from(score: i64) -> Result<u8, String> {
    match u8::try_from(score) {
        Ok(score) if score <= MAX_PAIN => Ok(score),
        _ => Err(format!(
            "Pain is scored from 0 (none) to {MAX_PAIN} (the worst you can imagine). Choose a number in that range."
        )),
    }
}

/// Why a note is too long, if it is.
pub(crate) fn note_problem(note: &str) -> Option<String> {
    let length = note.chars().count();
    (length > MAX_NOTE_CHARS).then(|| {
        format!(
            "The note is {} characters long. The limit is {}, so please shorten it by {}.",
            thousands(length),
            thousands(MAX_NOTE_CHARS),
            thousands(length - MAX_NOTE_CHARS)
        )
    })
}

/// A cramp-free night (0 cramps) with cramp details is contradictory; ask which one is right
/// rather than guessing, since either guess would skew the summary a doctor reads.
pub(super) fn zero_cramp_problems(
    cramps: u16,
    muscles: &BTreeSet<Muscle>,
    side: Option<Side>,
    longest: Option<Longest>,
    pain: Option<u8>,
    signs: &BTreeSet<WarningSign>,
) -> Vec<FieldError> {
    if cramps > 0 {
        return Vec::new();
    }
    let mut errors = Vec::new();
    let ask = |what: &str| {
        format!("You entered 0 cramps for this night, so leave {what} empty, or enter how many cramps you had.")
    };
    if !muscles.is_empty() {
        errors.push(FieldError::new(Field::Muscles, ask("the muscles")));
    }
    if side.is_some() {
        errors.push(FieldError::new(Field::Side, ask("the side")));
    }
    if longest.is_some() {
        errors.push(FieldError::new(Field::Longest, ask("how long it lasted")));
    }
    if pain.is_some_and(|pain| pain > 0) {
        errors.push(FieldError::new(
            Field::WorstPain,
            "You entered 0 cramps for this night, so the pain should be 0, or enter how many cramps you had.",
        ));
    }
    // A swollen leg or dark pee can come without a cramp; a cramp that would not ease cannot.
    if signs.contains(&WarningSign::LongCramp) {
        errors.push(FieldError::new(
            Field::WarningSigns,
            "You entered 0 cramps for this night, so untick the cramp that lasted over 10 minutes, or enter how many cramps you had.",
        ));
    }
    errors
}

/// What was wrong with a typed number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumberProblem {
    Empty,
    NotWhole,
    NotANumber,
}

impl NumberProblem {
    pub(super) fn message(self, what: &str, example: &str) -> String {
        match self {
            NumberProblem::Empty => format!("Enter {what}."),
            NumberProblem::NotWhole => format!("Enter {what} as a whole number, like {example}."),
            NumberProblem::NotANumber => format!("Enter {what} as a number, like {example}."),
        }
    }
}

/// Reads a whole number from a text box. Very long digit strings become `i64::MAX`/`MIN` so the
/// range check, not the parser, explains what is wrong.
pub(super) fn parse_whole_number(text: &str) -> Result<i64, NumberProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(NumberProblem::Empty);
    }
    if let Ok(number) = text.parse::<i64>() {
        return Ok(number);
    }
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(if negative { i64::MIN } else { i64::MAX });
    }
    if crate::decimal::is_decimal(text) {
        return Err(NumberProblem::NotWhole);
    }
    Err(NumberProblem::NotANumber)
}

/// Errors in the form's field order, keeping the order of several errors for one field. An
/// insertion sort: there are a handful at most, and it links far less code into the browser
/// than the standard library's sort.
pub(super) fn sort_by_field(errors: &mut [FieldError]) {
    for i in 1..errors.len() {
        let mut j = i;
        while j > 0 && errors[j - 1].field > errors[j].field {
            errors.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// 10000 → "10,000", for messages.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(2_000), "2,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn whole_numbers() {
        assert_eq!(parse_whole_number(" 3 "), Ok(3));
        assert_eq!(parse_whole_number("-1"), Ok(-1));
        assert_eq!(parse_whole_number("99999999999999999999999"), Ok(i64::MAX));
        assert_eq!(parse_whole_number("-99999999999999999999999"), Ok(i64::MIN));
        assert_eq!(parse_whole_number("2.5"), Err(NumberProblem::NotWhole));
        assert_eq!(parse_whole_number("two"), Err(NumberProblem::NotANumber));
        assert_eq!(parse_whole_number("NaN"), Err(NumberProblem::NotANumber));
        assert_eq!(parse_whole_number(""), Err(NumberProblem::Empty));
    }
}
