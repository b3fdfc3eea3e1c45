//! The medicine timeline: medicines with the night they were started (and stopped), and for each
//! start, cramp nights in the weeks before and after, with the same statistics as the personal
//! trial ([`super::night_rates`]).
//!
//! When a medicine of a class linked with cramps (the classes in
//! [`crate::content::factors::MEDICINE_CLASSES`], the same list the check asks about) was started
//! shortly before cramps began or clearly got worse, the timeline says to ask a doctor or
//! pharmacist, and not to stop the medicine on one's own. The idea of looking at what was started
//! just before cramps comes from Garrison 2012 (a sequence symmetry analysis). It is a prompt for
//! a conversation, never a finding that the medicine is the cause.

use super::date::Date;
use super::night_rates::{Direction, Nights, RateRatio, Tally};
use crate::content::factors::{medicine_class, MedicineClass};
use crate::content::{cited, Cited};

/// Weeks before and after a start that the timeline compares, unless the page asks otherwise.
pub const DEFAULT_WEEKS: u32 = 4;

/// Logged nights needed on each side before a comparison is shown: as for the personal trial.
pub const MIN_NIGHTS: u32 = super::experiment::MIN_NIGHTS;

/// One medicine as the person entered it. Names are the person's own words; no dose is asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MedicineCourse {
    pub name: String,
    /// A class id from `MEDICINE_CLASSES` (e.g. "statins"), or `None` when it is not one of them
    /// or the person is not sure.
    pub class_id: Option<String>,
    pub started: Date,
    pub stopped: Option<Date>,
}

impl MedicineCourse {
    /// The linked class, if the id names one.
    pub fn linked_class(&self) -> Option<&'static MedicineClass> {
        self.class_id.as_deref().and_then(medicine_class)
    }
}

/// What the diary shows around one start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pattern {
    /// Fewer than [`MIN_NIGHTS`] logged nights before or after.
    TooFewNights,
    /// No cramp nights before, at least one after.
    CrampsBegan,
    /// Clearly more cramp nights after.
    Worse,
    /// Clearly fewer cramp nights after.
    Fewer,
    /// No clear change.
    NoClearChange,
}

/// One start on the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct StartReport {
    /// Index into the medicines given.
    pub medicine: usize,
    pub started: Date,
    pub before: Tally,
    pub after: Tally,
    pub ratio: Option<RateRatio>,
    pub pattern: Pattern,
    /// Set when a linked medicine started shortly before cramps began or got worse.
    pub ask_about_it: Option<&'static Cited>,
}

/// The sentence shown when the pattern fits a medicine linked with cramps.
pub static ASK_DOCTOR: Cited = cited(
    "Cramps began or got worse soon after you started this medicine. It is one of the medicines linked with cramps. Ask your doctor or pharmacist about it. Do not stop it on your own.",
    &["garrison-2012"],
);

/// For each medicine, the `weeks` before and after its start, as of `today`, in start order.
/// The "after" weeks end the night before it was stopped, and at `today`.
pub fn around_starts(
    medicines: &[MedicineCourse],
    nights: &Nights,
    weeks: u32,
    today: Date,
) -> Vec<StartReport> {
    let days = 7 * i64::from(weeks.clamp(1, 52));
    let mut reports = Vec::new();
    for (index, medicine) in medicines.iter().enumerate() {
        let start = medicine.started;
        if start > today {
            continue;
        }
        let mut after_to = start.add_days(days - 1).min(today);
        if let Some(stopped) = medicine.stopped {
            after_to = after_to.min(stopped.add_days(-1));
        }
        let before = Tally::between(nights, start.add_days(-days), start.add_days(-1));
        let after = Tally::between(nights, start, after_to);
        let ratio = RateRatio::compare(before, after);
        let pattern = if before.nights < MIN_NIGHTS || after.nights < MIN_NIGHTS {
            Pattern::TooFewNights
        } else if before.cramp_nights == 0 && after.cramp_nights > 0 {
            Pattern::CrampsBegan
        } else {
            match ratio.map(|r| r.direction()) {
                Some(Direction::More) => Pattern::Worse,
                Some(Direction::Fewer) => Pattern::Fewer,
                _ => Pattern::NoClearChange,
            }
        };
        let flagged = medicine.linked_class().is_some()
            && matches!(pattern, Pattern::CrampsBegan | Pattern::Worse);
        reports.push(StartReport {
            medicine: index,
            started: start,
            before,
            after,
            ratio,
            pattern,
            ask_about_it: flagged.then_some(&ASK_DOCTOR),
        });
    }
    reports.sort_by_key(|r| (r.started, r.medicine));
    reports
}

impl StartReport {
    /// What the diary shows, in plain words.
    pub fn pattern_text(&self) -> &'static str {
        match self.pattern {
            Pattern::TooFewNights => "Too few nights logged around this start to compare.",
            Pattern::CrampsBegan => "You had no cramp nights before this start, and some after.",
            Pattern::Worse => "You had clearly more cramp nights after this start.",
            Pattern::Fewer => "You had clearly fewer cramp nights after this start.",
            Pattern::NoClearChange => "No clear change in cramp nights after this start.",
        }
    }
}

/// The medicine section's lead: what to list, and that no dose is asked.
pub const LEAD: &str = "List medicines you started or stopped, with the dates. This page then shows your cramp nights in the 4 weeks before and after each start. No dose is asked.";

/// When no medicine is listed.
pub const NONE_YET: &str = "No medicines listed yet.";

/// The one line about a medicine: its name, dates and group.
pub fn course_text(medicine: &MedicineCourse) -> String {
    let group = medicine
        .linked_class()
        .map(|class| format!(" Group: {}.", class.name))
        .unwrap_or_default();
    match medicine.stopped {
        Some(stopped) => format!(
            "{}: started {}, stopped {}.{group}",
            medicine.name,
            medicine.started.long_label(),
            stopped.long_label()
        ),
        None => format!(
            "{}: started {}.{group}",
            medicine.name,
            medicine.started.long_label()
        ),
    }
}

/// The chart's note on a start or stop: "Started Atorvastatin on Fri 10 Jan".
pub fn mark_text(medicine: &MedicineCourse, stopped: bool) -> String {
    match (stopped, medicine.stopped) {
        (true, Some(day)) => format!("Stopped {} on {}", medicine.name, day.short_label()),
        _ => format!(
            "Started {} on {}",
            medicine.name,
            medicine.started.short_label()
        ),
    }
}

/// Every start and stop from `from` to `to`, oldest first, as (night, words), for the diary's chart.
pub fn marks_between(medicines: &[MedicineCourse], from: Date, to: Date) -> Vec<(Date, String)> {
    let mut marks: Vec<(Date, String)> = Vec::new();
    for medicine in medicines {
        if (from..=to).contains(&medicine.started) {
            marks.push((medicine.started, mark_text(medicine, false)));
        }
        if let Some(stopped) = medicine.stopped.filter(|d| (from..=to).contains(d)) {
            marks.push((stopped, mark_text(medicine, true)));
        }
    }
    marks.sort();
    marks
}
