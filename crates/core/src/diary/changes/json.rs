//! The trial and the medicines as JSON: written, and read back field by field (every problem
//! names its field, unknown fields are refused), on the device and in a backup file.

use serde_json::{Map, Value};

use super::form::check_name;
use super::{
    Change, Experiment, MedicineCourse, Problem, EXPERIMENT_FIELDS, MAX_MEDICINES, MEDICINE_FIELDS,
    PLAN_AHEAD_DAYS,
};
use crate::content::factors::MEDICINE_CLASS_IDS;
use crate::diary::date::Date;

/// The trial as JSON.
pub fn experiment_to_json(experiment: &Experiment) -> Value {
    let mut object = Map::new();
    object.insert("change".into(), Value::from(experiment.change.key()));
    if let Change::Named(name) = &experiment.change {
        object.insert("name".into(), Value::from(name.as_str()));
    }
    object.insert("start".into(), Value::from(experiment.start.to_string()));
    Value::Object(object)
}

/// The medicines as a JSON list.
pub fn medicines_to_json(medicines: &[MedicineCourse]) -> Value {
    Value::Array(
        medicines
            .iter()
            .map(|m| {
                let mut object = Map::new();
                object.insert("name".into(), Value::from(m.name.as_str()));
                object.insert(
                    "class".into(),
                    m.class_id.as_deref().map_or(Value::Null, Value::from),
                );
                object.insert("started".into(), Value::from(m.started.to_string()));
                object.insert(
                    "stopped".into(),
                    m.stopped
                        .map_or(Value::Null, |d| Value::from(d.to_string())),
                );
                Value::Object(object)
            })
            .collect(),
    )
}

/// What a JSON value is, in words ("a number", "a list"...).
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "empty (null)",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "a group of fields",
    }
}

fn read_name(
    object: &Map<String, Value>,
    number: Option<usize>,
    field: &str,
) -> Result<String, Problem> {
    match object.get(field) {
        Some(Value::String(text)) => {
            check_name(text).map_err(|message| Problem::field(number, field, message))
        }
        None | Some(Value::Null) => Err(Problem::field(number, field, "is missing.")),
        Some(other) => Err(Problem::field(
            number,
            field,
            format!("should be text, not {}.", kind(other)),
        )),
    }
}

fn read_date(
    object: &Map<String, Value>,
    number: Option<usize>,
    field: &str,
    optional: bool,
) -> Result<Option<Date>, Problem> {
    match object.get(field) {
        Some(Value::String(text)) => Date::parse(text)
            .map(Some)
            .map_err(|e| Problem::field(number, field, format!("is not a date: {}", e.message()))),
        None | Some(Value::Null) if optional => Ok(None),
        None | Some(Value::Null) => Err(Problem::field(number, field, "is missing.")),
        Some(other) => Err(Problem::field(
            number,
            field,
            format!("should be a date like \"2025-03-14\", not {}.", kind(other)),
        )),
    }
}

fn refuse_unknown(
    object: &Map<String, Value>,
    number: Option<usize>,
    known: &[&str],
) -> Result<(), Problem> {
    match object.keys().find(|key| !known.contains(&key.as_str())) {
        Some(unknown) => {
            let shown: String = unknown.chars().take(40).collect();
            Err(Problem::field(
                number,
                &shown,
                "is not a field this app knows, so the file may come from a different app or version.",
            ))
        }
        None => Ok(()),
    }
}

/// Reads the trial. `today`, when given, refuses a first night more than
/// [`PLAN_AHEAD_DAYS`] ahead.
pub fn read_experiment(value: &Value, today: Option<Date>) -> Result<Experiment, Problem> {
    let Value::Object(object) = value else {
        return Err(Problem {
            number: None,
            field: None,
            message: format!(
                "should be a group of fields such as \"change\" and \"start\", but it is {}.",
                kind(value)
            ),
        });
    };
    refuse_unknown(object, None, &EXPERIMENT_FIELDS)?;
    let change = match object.get("change") {
        Some(Value::String(key)) if key == "bedtime-stretching" => {
            if object.get("name").is_some_and(|n| !n.is_null()) {
                return Err(Problem::field(
                    None,
                    "name",
                    "is only for a change you name yourself (\"change\": \"named\").",
                ));
            }
            Change::BedtimeStretching
        }
        Some(Value::String(key)) if key == "named" => {
            Change::Named(read_name(object, None, "name")?)
        }
        None | Some(Value::Null) => return Err(Problem::field(None, "change", "is missing.")),
        Some(other) => {
            return Err(Problem::field(
                None,
                "change",
                format!(
                    "should be \"bedtime-stretching\" or \"named\", not {}.",
                    short(other)
                ),
            ))
        }
    };
    let start = read_date(object, None, "start", false)?.unwrap_or(Date::MIN);
    if let Some(today) = today {
        if start > today.add_days(PLAN_AHEAD_DAYS) {
            return Err(Problem::field(
                None,
                "start",
                format!("is {start}, more than a month from today."),
            ));
        }
    }
    Ok(Experiment { change, start })
}

/// Reads the medicines. `today`, when given, refuses a start or stop after it.
pub fn read_medicines(value: &Value, today: Option<Date>) -> Result<Vec<MedicineCourse>, Problem> {
    let Value::Array(list) = value else {
        return Err(Problem {
            number: None,
            field: None,
            message: format!("should be a list of medicines, but it is {}.", kind(value)),
        });
    };
    if list.len() > MAX_MEDICINES {
        return Err(Problem {
            number: None,
            field: None,
            message: format!(
                "has {} medicines; the most a diary keeps is {MAX_MEDICINES}.",
                list.len()
            ),
        });
    }
    let mut medicines = Vec::with_capacity(list.len());
    for (index, value) in list.iter().enumerate() {
        let number = Some(index + 1);
        let Value::Object(object) = value else {
            return Err(Problem {
                number,
                field: None,
                message: format!(
                    "is {}, but each medicine should be a group of fields such as \"name\" and \"started\".",
                    kind(value)
                ),
            });
        };
        refuse_unknown(object, number, &MEDICINE_FIELDS)?;
        let name = read_name(object, number, "name")?;
        let class_id = match object.get("class") {
            None | Some(Value::Null) => None,
            Some(Value::String(id)) if MEDICINE_CLASS_IDS.contains(&id.as_str()) => {
                Some(id.clone())
            }
            Some(other) => {
                return Err(Problem::field(
                    number,
                    "class",
                    format!(
                        "should be one of the medicine groups this app knows, or empty, not {}.",
                        short(other)
                    ),
                ))
            }
        };
        let started = read_date(object, number, "started", false)?.unwrap_or(Date::MIN);
        let stopped = read_date(object, number, "stopped", true)?;
        if let Some(today) = today {
            if started > today {
                return Err(Problem::field(
                    number,
                    "started",
                    format!("is {started}, which is after today."),
                ));
            }
            if stopped.is_some_and(|s| s > today) {
                return Err(Problem::field(number, "stopped", "is after today."));
            }
        }
        if stopped.is_some_and(|s| s < started) {
            return Err(Problem::field(
                number,
                "stopped",
                "is before the day it was started.",
            ));
        }
        medicines.push(MedicineCourse {
            name,
            class_id,
            started,
            stopped,
        });
    }
    Ok(medicines)
}

/// A value as a short quoted text for a message.
fn short(value: &Value) -> String {
    let text = match value {
        Value::String(s) => format!("\"{s}\""),
        other => other.to_string(),
    };
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>())
    } else {
        text
    }
}

/// The trial as the device stores it.
pub fn encode_experiment(experiment: &Experiment) -> String {
    experiment_to_json(experiment).to_string()
}

/// The stored trial, or why it cannot be read.
pub fn decode_experiment(text: &str) -> Result<Experiment, String> {
    let value: Value = serde_json::from_str(text).map_err(|_| unreadable("trial", None))?;
    read_experiment(&value, None).map_err(|p| unreadable("trial", Some(&p)))
}

/// The medicines as the device stores them.
pub fn encode_medicines(medicines: &[MedicineCourse]) -> String {
    medicines_to_json(medicines).to_string()
}

/// The stored medicines, or why they cannot be read.
pub fn decode_medicines(text: &str) -> Result<Vec<MedicineCourse>, String> {
    let value: Value = serde_json::from_str(text).map_err(|_| unreadable("medicines", None))?;
    read_medicines(&value, None).map_err(|p| unreadable("medicines", Some(&p)))
}

fn unreadable(what: &str, problem: Option<&Problem>) -> String {
    let why = problem.map_or_else(String::new, |p| format!(" (the {what}: {})", p.sentence()));
    format!("Your saved {what} could not be read{why}. It has been left as it was; saving new {what} here keeps a copy of it aside first.")
}
