//! The result of a check: disposition and its reasons, contributing factors and the plan.

use super::answers::AnswerSet;
use super::condition::Reason;
use super::factors::{factors_from_relevant, Factor};
use super::plan::{plan_from_relevant, Plan};
use super::questions::{Choice, QuestionId};
use super::safety_net::{safety_net, SafetyLine};
use super::triage::{triage_with, Disposition};
use crate::content::care::{card, CareCard};

/// Everything the result page shows, in the order it shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub disposition: Disposition,
    /// The exact answers that caused the disposition (never empty).
    pub because: Vec<Reason>,
    /// Factors that may contribute, strongest evidence first.
    pub factors: Vec<Factor>,
    /// `None` when a red flag was answered yes: the care card is the only next step.
    pub plan: Option<Plan>,
    /// Questions that should have been answered but were not (empty for a finished flow).
    pub unanswered: Vec<QuestionId>,
    /// What would change the advice, and what to do then (never empty).
    pub safety_net: &'static [SafetyLine],
}

impl Outcome {
    /// The care card to show first; `None` for self-care.
    pub fn care_card(&self) -> Option<&'static CareCard> {
        self.disposition.urgency().and_then(card)
    }

    pub fn is_complete(&self) -> bool {
        self.unanswered.is_empty()
    }

    /// Whether a warning sign answered "not sure" is among the reasons, so the result must say
    /// how to decide now (`content::red_flags::NOT_SURE_ADVICE`).
    pub fn has_not_sure(&self) -> bool {
        self.because
            .iter()
            .any(|r| r.value == super::condition::ReasonValue::Choice(Choice::NotSure))
    }
}

/// Evaluates an answer set. Pure and deterministic: the same answers always give the same
/// outcome, in the same order. Answers a change made irrelevant are ignored, except red-flag
/// "yes" answers, which always count.
pub fn evaluate(answers: &AnswerSet) -> Outcome {
    let relevant = answers.pruned();
    let unanswered = relevant.unanswered();
    let (disposition, because) = triage_with(answers, &relevant, &unanswered);
    Outcome {
        disposition,
        because,
        factors: factors_from_relevant(&relevant),
        plan: plan_from_relevant(&relevant),
        unanswered,
        safety_net: safety_net(disposition),
    }
}
