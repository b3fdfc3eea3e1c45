//! What the person changed, beside their nights: the personal trial they chose
//! ([`Experiment`], for [`super::experiment`]) and the medicines they listed
//! ([`MedicineCourse`], for [`super::medicine_timeline`]). This module owns how both are written,
//! read back and checked: the same JSON on the device (one key each) and at the top level of a
//! backup file (`"experiment"`, `"medicines"`, schema 2), the form's checks, and how an import
//! merges a file's into the device's.
//!
//! ```json
//! "experiment": { "change": "bedtime-stretching", "start": "2025-03-01" }
//! "experiment": { "change": "named", "name": "No coffee after lunch", "start": "2025-03-01" }
//! "medicines": [ { "name": "Atorvastatin", "class": "statins", "started": "2025-01-10",
//!                  "stopped": null } ]
//! ```
//!
//! Reading is field by field, as for entries, so every problem names its field; unknown fields
//! are refused. No dose is ever asked or kept: a medicine is a name, a class and dates.

use serde_json::{Map, Value};

use super::date::Date;
pub use super::experiment::Change;
pub use super::medicine_timeline::MedicineCourse;
use crate::content::factors::MEDICINE_CLASS_IDS;

/// The change being tried and its first night.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Experiment {
    pub change: Change,
    pub start: Date,
}

/// The top-level parts of a backup file beside its entries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrialAndMedicines {
    pub experiment: Option<Experiment>,
    pub medicines: Vec<MedicineCourse>,
}

/// Longest name of a change or a medicine, in characters.
pub const MAX_NAME_CHARS: usize = 80;
/// More medicines than anyone lists in a diary.
pub const MAX_MEDICINES: usize = 100;
/// How far ahead a trial may be planned: a first night within the next month.
pub const PLAN_AHEAD_DAYS: i64 = 31;

const EXPERIMENT_FIELDS: [&str; 3] = ["change", "name", "start"];
const MEDICINE_FIELDS: [&str; 4] = ["name", "class", "started", "stopped"];

/// What is wrong with the trial or the medicines: the medicine's number (from 1) when one is to
/// blame, the JSON field, and what to say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub number: Option<usize>,
    pub field: Option<String>,
    pub message: String,
}

impl Problem {
    fn field(number: Option<usize>, field: &str, message: impl Into<String>) -> Problem {
        Problem {
            number,
            field: Some(field.to_string()),
            message: message.into(),
        }
    }

    /// The whole problem in one sentence, for a stored value that cannot be read.
    pub fn sentence(&self) -> String {
        let which = self
            .number
            .map(|n| format!("medicine {n}: "))
            .unwrap_or_default();
        match &self.field {
            Some(field) => format!("{which}\"{field}\" {}", self.message),
            None => format!("{which}{}", self.message),
        }
    }
}

impl Change {
    /// The key the file stores: "bedtime-stretching" or "named".
    fn key(&self) -> &'static str {
        match self {
            Change::BedtimeStretching => "bedtime-stretching",
            Change::Named(_) => "named",
        }
    }
}

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

/// A name the person typed: trimmed, not empty, at most [`MAX_NAME_CHARS`], no control
/// characters (they cannot be typed in the form, and would garble the summary).
pub fn check_name(name: &str) -> Result<String, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err("is empty. Give it a short name.".into());
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(format!(
            "is too long. Use at most {MAX_NAME_CHARS} characters."
        ));
    }
    if name.chars().any(char::is_control) {
        return Err("has a character that cannot be shown, such as a line break.".into());
    }
    Ok(name.to_string())
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

/// The trial from the form: stretching or a named change, and the first night as the date input
/// gives it.
pub fn experiment_from_form(
    stretching: bool,
    name: &str,
    start: &str,
    today: Date,
) -> Result<Experiment, String> {
    let change = if stretching {
        Change::BedtimeStretching
    } else {
        Change::Named(check_name(name).map_err(|m| format!("The change's name {m}"))?)
    };
    let start = Date::parse(start).map_err(|e| format!("First night: {}", e.message()))?;
    if start > today.add_days(PLAN_AHEAD_DAYS) {
        return Err("The first night should be within the next month.".into());
    }
    Ok(Experiment { change, start })
}

/// A medicine from the form. The class is a `MEDICINE_CLASSES` id or "" (not one of them, or not
/// sure); the stop date may be left empty.
pub fn medicine_from_form(
    name: &str,
    class: &str,
    started: &str,
    stopped: &str,
    today: Date,
) -> Result<MedicineCourse, String> {
    let name = check_name(name).map_err(|m| format!("The medicine's name {m}"))?;
    let class_id = match class.trim() {
        "" => None,
        id if MEDICINE_CLASS_IDS.contains(&id) => Some(id.to_string()),
        _ => return Err("Choose a group from the list, or \"Not sure or none of these\".".into()),
    };
    let started = Date::parse(started).map_err(|e| format!("Started: {}", e.message()))?;
    if started > today {
        return Err("The day you started it cannot be after today.".into());
    }
    let stopped = match stopped.trim() {
        "" => None,
        text => {
            let stopped = Date::parse(text).map_err(|e| format!("Stopped: {}", e.message()))?;
            if stopped > today {
                return Err("The day you stopped it cannot be after today.".into());
            }
            if stopped < started {
                return Err("The day you stopped it is before the day you started it.".into());
            }
            Some(stopped)
        }
    };
    Ok(MedicineCourse {
        name,
        class_id,
        started,
        stopped,
    })
}

/// The device's trial and medicines after importing a file's, and what to say about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    pub result: TrialAndMedicines,
    /// Medicines from the file that were not on the device.
    pub medicines_added: usize,
    /// The file's trial was taken (the device had none).
    pub trial_taken: bool,
    /// The file had a different trial, and the device's was kept.
    pub trial_kept: bool,
}

/// Merges a file's trial and medicines into the device's: medicines the device lacks are added
/// (an identical one is not repeated); the file's trial is taken only when the device has none,
/// so an import never ends a trial under way.
pub fn merge(mine: &TrialAndMedicines, file: &TrialAndMedicines) -> Merged {
    let mut result = mine.clone();
    let mut medicines_added = 0;
    for medicine in &file.medicines {
        if !result.medicines.contains(medicine) && result.medicines.len() < MAX_MEDICINES {
            result.medicines.push(medicine.clone());
            medicines_added += 1;
        }
    }
    result
        .medicines
        .sort_by(|a, b| a.started.cmp(&b.started).then(a.name.cmp(&b.name)));
    let (trial_taken, trial_kept) = match (&mine.experiment, &file.experiment) {
        (None, Some(theirs)) => {
            result.experiment = Some(theirs.clone());
            (true, false)
        }
        (Some(ours), Some(theirs)) => (false, ours != theirs),
        _ => (false, false),
    };
    Merged {
        result,
        medicines_added,
        trial_taken,
        trial_kept,
    }
}

impl Merged {
    /// What changed besides the nights, in plain words ("" when nothing did).
    pub fn message(&self) -> String {
        let mut parts = Vec::new();
        match self.medicines_added {
            0 => {}
            1 => parts.push("Added 1 medicine.".to_string()),
            n => parts.push(format!("Added {n} medicines.")),
        }
        if self.trial_taken {
            parts.push("Brought back your trial of a change.".to_string());
        }
        if self.trial_kept {
            parts.push("Kept the trial on this device; the file's trial was not used.".to_string());
        }
        parts.join(" ")
    }

    /// Whether the device's values change.
    pub fn changes_anything(&self) -> bool {
        self.medicines_added > 0 || self.trial_taken
    }
}

/// What the import preview says the file holds besides nights ("" when nothing).
pub fn preview_line(file: &TrialAndMedicines) -> String {
    let mut parts = Vec::new();
    if let Some(experiment) = &file.experiment {
        parts.push(format!(
            "a trial of \"{}\" from {}",
            experiment.change.name(),
            experiment.start.long_label()
        ));
    }
    match file.medicines.len() {
        0 => {}
        1 => parts.push("1 medicine".to_string()),
        n => parts.push(format!("{n} medicines")),
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("The file also has {}.", parts.join(" and "))
    }
}

/// The trial and medicines for the doctor's summary: one line for the trial with its verdict,
/// one for each medicine with what the diary shows around its start.
pub fn summary_lines(
    changes: &TrialAndMedicines,
    nights: &super::night_rates::Nights,
    today: Date,
) -> (Option<[String; 2]>, Vec<String>) {
    let trial = changes.experiment.as_ref().map(|chosen| {
        let report = super::experiment::assess(nights, chosen.start, today);
        [report.summary_line(&chosen.change), report.verdict_text()]
    });
    let starts = super::medicine_timeline::around_starts(
        &changes.medicines,
        nights,
        super::medicine_timeline::DEFAULT_WEEKS,
        today,
    );
    let medicines = changes
        .medicines
        .iter()
        .enumerate()
        .map(|(index, medicine)| {
            let mut line = super::medicine_timeline::course_text(medicine);
            if let Some(report) = starts.iter().find(|r| r.medicine == index) {
                line.push(' ');
                line.push_str(report.pattern_text());
                if let Some(ratio) = report.ratio {
                    line.push_str(&format!(" Rate ratio {}.", ratio.label()));
                }
                if let Some(ask) = report.ask_about_it {
                    line.push(' ');
                    line.push_str(ask.text);
                }
            }
            line
        })
        .collect();
    (trial, medicines)
}
