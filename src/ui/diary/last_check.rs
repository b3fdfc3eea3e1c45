//! The latest check, for the doctor summary, read from `store::Key::LastResult`.
//!
//! The format belongs to the assessment (`assessment::ResultSummary`, written by the check page
//! when the person saves their answers); this only reads it and resolves names from content.

use crate::assessment::{FactorRef, QuestionId, Reason, ResultSummary};
use crate::content::factors::Strength;
use crate::platform::store::{self, Key};

/// A contributing factor, ready to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckFactor {
    pub name: &'static str,
    pub strength: Strength,
}

/// The latest check stored on this device, if there is a readable one.
pub fn load_last_check() -> Option<ResultSummary> {
    store::read(Key::LastResult)
        .ok()
        .flatten()
        .and_then(|json| ResultSummary::from_json(&json))
}

/// Circumstances and conditions that may contribute (not medicines), strongest first.
pub fn risk_factors(summary: &ResultSummary) -> Vec<CheckFactor> {
    factors(summary, false)
}

/// Medicine classes linked with cramps that the person's answers point at.
pub fn medicine_classes(summary: &ResultSummary) -> Vec<CheckFactor> {
    factors(summary, true)
}

fn factors(summary: &ResultSummary, medicines: bool) -> Vec<CheckFactor> {
    summary
        .factors
        .iter()
        .filter(|f| matches!(f, FactorRef::Medicine(_)) == medicines)
        .filter_map(|f| f.resolve())
        .map(|(name, _, strength, _)| CheckFactor { name, strength })
        .collect()
}

/// Every medicine the person reported, as they chose it (the answer to the medicines question
/// on its own; anything else with its question, e.g. "Water tablet: ...").
pub fn medicines_reported(summary: &ResultSummary) -> Vec<String> {
    summary.medicines.iter().map(reason_label).collect()
}

/// An answer that led to the result, as a person reads it.
pub fn reason_label(reason: &Reason) -> String {
    if reason.question == QuestionId::Medicines {
        reason.answer_label()
    } else {
        reason.text()
    }
}
