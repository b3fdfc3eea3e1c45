//! The trial and the medicines in the doctor's summary.

use super::TrialAndMedicines;
use crate::diary::date::Date;
use crate::diary::{experiment, medicine_timeline, night_rates};

/// The trial and medicines for the doctor's summary: one line for the trial with its verdict,
/// one for each medicine with what the diary shows around its start.
pub fn summary_lines(
    changes: &TrialAndMedicines,
    nights: &night_rates::Nights,
    today: Date,
) -> (Option<[String; 2]>, Vec<String>) {
    let trial = changes.experiment.as_ref().map(|chosen| {
        let report = experiment::assess(nights, chosen.start, today);
        [report.summary_line(&chosen.change), report.verdict_text()]
    });
    let starts = medicine_timeline::around_starts(
        &changes.medicines,
        nights,
        medicine_timeline::DEFAULT_WEEKS,
        today,
    );
    let medicines = changes
        .medicines
        .iter()
        .enumerate()
        .map(|(index, medicine)| {
            let mut line = medicine_timeline::course_text(medicine);
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
