//! Reading one entry of a diary file or a stored night, field by field, so that every problem
//! names its field in plain English.

use super::*;

/// What is wrong with one entry.
pub(super) struct EntryProblem {
    pub(super) night: Option<Date>,
    /// The JSON field name, when one field is to blame.
    pub(super) field: Option<String>,
    pub(super) message: String,
}

pub(super) fn read_entry(value: &Value, today: Option<Date>) -> Result<ReadEntry, EntryProblem> {
    let Value::Object(object) = value else {
        return Err(EntryProblem {
            night: None,
            field: None,
            message: format!(
                "is {}, but each entry should be a group of fields such as \"night_of\" and \"cramps\".",
                kind(value)
            ),
        });
    };
    let problem = |night, field: &str, message: String| EntryProblem {
        night,
        field: Some(field.to_string()),
        message,
    };

    let night_of = match object.get("night_of") {
        Some(Value::String(text)) => {
            Date::parse(text).map_err(|e| problem(None, "night_of", e.message()))?
        }
        None | Some(Value::Null) => {
            return Err(problem(
                None,
                "night_of",
                "is missing. Every entry needs a date.".into(),
            ))
        }
        Some(other) => {
            return Err(problem(
                None,
                "night_of",
                format!("should be a date like \"2025-03-14\", not {}.", kind(other)),
            ))
        }
    };
    let night = Some(night_of);
    let problem = |field: &str, message: String| problem(night, field, message);

    if let Some(unknown) = object
        .keys()
        .find(|key| !ENTRY_FIELDS.contains(&key.as_str()))
    {
        return Err(problem(
            unknown,
            "is not a field this app knows, so the file may come from a different app or version."
                .into(),
        ));
    }

    let id = match object.get("id") {
        None | Some(Value::Null) => None,
        Some(value) => match value.as_u64() {
            Some(id) if id <= MAX_ID => Some(EntryId(id)),
            _ => {
                return Err(problem(
                    "id",
                    format!(
                        "should be a whole number from 0 to {MAX_ID}, not {}.",
                        short_text(value)
                    ),
                ))
            }
        },
    };

    let cramps = match object.get("cramps") {
        None | Some(Value::Null) => {
            return Err(problem(
                "cramps",
                "is missing. Enter 0 for a night with no cramps.".into(),
            ))
        }
        Some(value) => whole_number(value)
            .and_then(cramps_from)
            .map_err(|message| problem("cramps", message))?,
    };
    let worst_pain = match object.get("worst_pain") {
        None | Some(Value::Null) => None,
        Some(value) => Some(
            whole_number(value)
                .and_then(pain_from)
                .map_err(|message| problem("worst_pain", message))?,
        ),
    };
    let note = match object.get("note") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(text)) => text.clone(),
        Some(other) => {
            return Err(problem(
                "note",
                format!("should be text, not {}.", kind(other)),
            ))
        }
    };

    let stretched = match object.get("stretched") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(done)) => *done,
        Some(other) => {
            return Err(problem(
                "stretched",
                format!("should be true or false, not {}.", kind(other)),
            ))
        }
    };

    let entry = DiaryEntry {
        id: EntryId(0),
        night_of,
        cramps,
        muscles: choice_set(object.get("muscles")).map_err(|m| problem("muscles", m))?,
        side: choice(object.get("side")).map_err(|m| problem("side", m))?,
        longest: choice(object.get("longest")).map_err(|m| problem("longest", m))?,
        worst_pain,
        sleep_lost: choice(object.get("sleep_lost")).map_err(|m| problem("sleep_lost", m))?,
        helped: choice_set(object.get("helped")).map_err(|m| problem("helped", m))?,
        warning_signs: choice_set(object.get("warning_signs"))
            .map_err(|m| problem("warning_signs", m))?,
        stretched,
        note,
    };
    if let Some(error) = check_entry(&entry, today).into_iter().next() {
        return Err(problem(error.field.key(), error.message));
    }
    Ok(ReadEntry { id, entry })
}

/// Reads one stored entry (a per-night record's `entry`): the same fields and checks as an entry
/// in a file, with no date limit (the device clock may have changed since it was saved).
pub(crate) fn read_stored_entry(value: &Value) -> Result<ReadEntry, String> {
    read_entry(value, None).map_err(|problem| match problem.field {
        Some(field) => format!("{} {}", field_label(&field), problem.message),
        None => format!("The entry {}", problem.message),
    })
}

/// An optional single option: missing or null means "not recorded".
fn choice<T: Choice>(value: Option<&Value>) -> Result<Option<T>, String> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(key)) => T::from_key(key)
            .map(Some)
            .ok_or_else(|| unknown_option::<T>(key)),
        Some(other) => Err(format!(
            "should be one of {}, not {}.",
            options::<T>(),
            kind(other)
        )),
    }
}

/// A list of options: missing or null means none.
fn choice_set<T: Choice + Ord>(value: Option<&Value>) -> Result<BTreeSet<T>, String> {
    match value {
        None | Some(Value::Null) => Ok(BTreeSet::new()),
        Some(Value::Array(items)) => {
            // Inserted one by one: `collect()` into a set links one more copy of the sort.
            let mut set = BTreeSet::new();
            for item in items {
                set.insert(match item {
                    Value::String(key) => {
                        T::from_key(key).ok_or_else(|| unknown_option::<T>(key))?
                    }
                    other => {
                        return Err(format!(
                            "should list options from {}, but one item is {}.",
                            options::<T>(),
                            kind(other)
                        ))
                    }
                });
            }
            Ok(set)
        }
        Some(other) => Err(format!(
            "should be a list of options from {}, not {}.",
            options::<T>(),
            kind(other)
        )),
    }
}

fn unknown_option<T: Choice>(key: &str) -> String {
    format!(
        "has \"{}\", which is not one of {}.",
        shorten(key),
        options::<T>()
    )
}

fn options<T: Choice>() -> String {
    T::ALL
        .iter()
        .map(|option| format!("\"{}\"", option.key()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A JSON value as a whole number, saturating very large ones so the range check explains them.
fn whole_number(value: &Value) -> Result<i64, String> {
    let Value::Number(number) = value else {
        return Err(format!("should be a number, not {}.", kind(value)));
    };
    if let Some(n) = number.as_i64() {
        return Ok(n);
    }
    if number.as_u64().is_some() {
        return Ok(i64::MAX);
    }
    match number.as_f64() {
        // `as` saturates, so 1e300 becomes i64::MAX and fails the range check with a clear message.
        Some(n) if n.is_finite() && n.fract() == 0.0 => Ok(n as i64),
        _ => Err(format!("should be a whole number, not {number}.")),
    }
}

/// How a JSON value is described in a message.
pub(super) fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "empty (null)",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "a group of fields",
    }
}

/// A value quoted in a message, cut short so a hostile file cannot flood the screen.
pub(super) fn short_text(value: &Value) -> String {
    match value {
        Value::String(text) => format!("\"{}\"", shorten(text)),
        Value::Number(number) => shorten(&number.to_string()),
        other => kind(other).to_string(),
    }
}

pub(super) fn shorten(text: &str) -> String {
    const LIMIT: usize = 40;
    if text.chars().count() <= LIMIT {
        text.to_string()
    } else {
        let mut short: String = text.chars().take(LIMIT).collect();
        short.push('…');
        short
    }
}
