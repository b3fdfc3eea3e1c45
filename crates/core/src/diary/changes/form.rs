//! What the person typed in the trial's and the medicines' forms, checked.

use super::{Change, Experiment, MedicineCourse, MAX_NAME_CHARS, PLAN_AHEAD_DAYS};
use crate::content::factors::MEDICINE_CLASS_IDS;
use crate::diary::date::Date;

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

/// The label of a stop date's field, in the add form and on each listed medicine.
pub const STOP_LABEL: &str = "Stopped (leave empty if you still take it)";

/// What opens a listed medicine's stop date: a question while it is taken, else a change.
pub fn stop_prompt(medicine: &MedicineCourse) -> String {
    match medicine.stopped {
        Some(_) => format!("Change when you stopped {}", medicine.name),
        None => format!("Stopped taking {}?", medicine.name),
    }
}

/// The day a medicine was stopped, as typed: empty while it is still taken; otherwise a date
/// from the day it was started to today.
pub fn stop_date(text: &str, started: Date, today: Date) -> Result<Option<Date>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let stopped = Date::parse(text).map_err(|e| format!("Stopped: {}", e.message()))?;
    if stopped > today {
        return Err("The day you stopped it cannot be after today.".into());
    }
    if stopped < started {
        return Err("The day you stopped it is before the day you started it.".into());
    }
    Ok(Some(stopped))
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
    let stopped = stop_date(stopped, started, today)?;
    Ok(MedicineCourse {
        name,
        class_id,
        started,
        stopped,
    })
}
