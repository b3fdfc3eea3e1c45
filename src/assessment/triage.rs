//! Triage: one disposition (emergency / urgent / routine appointment / self-care) and the exact
//! answers that caused it.
//!
//! How it decides, in full:
//! 1. Every red flag answered yes gives its content urgency. Red flags are read from the raw
//!    answers, even ones a change made irrelevant, so nothing can hide a "yes".
//! 2. Every rule in [`RULES`] whose condition holds (on the relevant answers) gives its level.
//!    Each rule looks at one answer only, so the result is the most urgent level any single
//!    answer reaches; the exhaustive test relies on this.
//! 3. A question that should have been answered but was not gives at least `Routine`: an
//!    incomplete check must never look like reassurance.
//! 4. Otherwise `SelfCare`, because every warning sign was answered no.
//!
//! Only red flags can give `Emergency` (a test checks the table). `because` lists every answer
//! at the winning level, in question order.

use super::answers::AnswerSet;
use super::condition::{Condition, Reason, ReasonValue};
use super::questions::{
    red_flag_disposition, red_flag_questions, Choice, QuestionId, LINKED_MEDICINES,
    LONG_TERM_CONDITIONS,
};
use crate::content::care::Urgency;

/// What to do next, ordered by urgency so that `max()` is the most urgent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Disposition {
    /// Nothing found that needs a doctor: the personal plan is the next step.
    SelfCare,
    /// Book a routine appointment with a GP (or pharmacist, for a medicine review).
    Routine,
    /// Get medical advice today.
    Urgent,
    /// Call an ambulance or go to the emergency department now.
    Emergency,
}

impl Disposition {
    pub const ALL: [Disposition; 4] = [
        Disposition::Emergency,
        Disposition::Urgent,
        Disposition::Routine,
        Disposition::SelfCare,
    ];

    /// The care card to show first (`content::care::card`); self-care has none.
    pub fn urgency(self) -> Option<Urgency> {
        match self {
            Disposition::Emergency => Some(Urgency::Emergency),
            Disposition::Urgent => Some(Urgency::Urgent),
            Disposition::Routine => Some(Urgency::NonUrgent),
            Disposition::SelfCare => None,
        }
    }

    /// A short heading for the result.
    pub fn label(self) -> &'static str {
        match self {
            Disposition::Emergency => "Get emergency help now",
            Disposition::Urgent => "Get medical advice today",
            Disposition::Routine => "Book a routine appointment",
            Disposition::SelfCare => "You can look after this yourself",
        }
    }

    /// A stable key (CSS class, saved summaries).
    pub fn key(self) -> &'static str {
        match self {
            Disposition::Emergency => "emergency",
            Disposition::Urgent => "urgent",
            Disposition::Routine => "routine",
            Disposition::SelfCare => "self-care",
        }
    }
}

/// One triage rule: when this answer is given, the result is at least this urgent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TriageRule {
    pub when: Condition,
    pub gives: Disposition,
    /// Where the rule comes from (source ids in `content::sources`).
    pub sources: &'static [&'static str],
}

use Choice as C;
use QuestionId as Q;

/// Every non-red-flag rule, from the evidence sheet's "when to get help" section.
pub static RULES: &[TriageRule] = &[
    // Urgent (same day).
    TriageRule {
        // NHS: ask for an urgent GP appointment if cramps last longer than 10 minutes. The red
        // flag asks about a cramp happening now; this is the usual pattern.
        when: Condition::Chose(Q::Duration, &[C::OverTenMinutes]),
        gives: Disposition::Urgent,
        sources: &["nhs-leg-cramps"],
    },
    TriageRule {
        // Merck: see a doctor right away for cramps in the chest, arms or belly.
        when: Condition::Chose(Q::Muscles, &[C::OtherPlaces]),
        gives: Disposition::Urgent,
        sources: &["merck-cramps"],
    },
    TriageRule {
        // Merck: see a doctor right away if cramps started after losing a lot of body fluid.
        when: Condition::Chose(Q::Fluids, &[C::FluidLoss]),
        gives: Disposition::Urgent,
        sources: &["merck-cramps"],
    },
    // Routine.
    TriageRule {
        // NHS: see a GP if cramps disturb your sleep; "several nights a week" keeps the odd
        // broken night (which most people with night cramps have) from sending everyone.
        when: Condition::AtLeast(Q::SleepNights, 3),
        gives: Disposition::Routine,
        sources: &["nhs-leg-cramps"],
    },
    TriageRule {
        // Mayo: daytime tiredness from broken sleep.
        when: Condition::Chose(Q::DaytimeTiredness, &[C::Yes]),
        gives: Disposition::Routine,
        sources: &["mayo-night-leg-cramps"],
    },
    TriageRule {
        // NHS: numbness; pins and needles can point to nerve problems.
        when: Condition::Chose(Q::Numbness, &[C::Yes]),
        gives: Disposition::Routine,
        sources: &["nhs-leg-cramps", "fpnotebook"],
    },
    TriageRule {
        // Pain on walking that eases with rest can be poor artery blood flow (claudication),
        // which needs a doctor (Merck: within a day or two).
        when: Condition::Chose(Q::WalkingPain, &[C::Yes]),
        gives: Disposition::Routine,
        sources: &["fpnotebook", "merck-cramps", "nice-cks-2012"],
    },
    TriageRule {
        // Mayo: muscle weakness or wasting; NICE CKS / BMJ: wasting or twitching.
        when: Condition::Chose(Q::SlowWeakness, &[C::Yes]),
        gives: Disposition::Routine,
        sources: &[
            "mayo-night-leg-cramps",
            "nice-cks-2012",
            "bmj-best-practice",
        ],
    },
    TriageRule {
        // NICE CKS / BMJ: cramps in muscles other than the calf or foot suggest another cause.
        when: Condition::Chose(Q::Muscles, &[C::BackOfThigh, C::FrontOfThigh]),
        gives: Disposition::Routine,
        sources: &["nice-cks-2012", "bmj-best-practice"],
    },
    TriageRule {
        // Cramps that come mainly in the day are not the night-cramp pattern this guide covers.
        when: Condition::Chose(Q::TimeOfDay, &[C::MostlyDay]),
        gives: Disposition::Routine,
        sources: &["bmj-best-practice", "nhs-older"],
    },
    TriageRule {
        // Mayo: severe, frequent cramps not improving with self-care.
        when: Condition::Chose(Q::Improvement, &[C::NoBetter, C::Worse]),
        gives: Disposition::Routine,
        sources: &["mayo-muscle-cramp"],
    },
    TriageRule {
        // A known condition linked with cramps: worth raising with the team that treats it.
        when: Condition::Chose(Q::Conditions, LONG_TERM_CONDITIONS),
        gives: Disposition::Routine,
        sources: &["aafp-2012", "mayo-night-leg-cramps"],
    },
    TriageRule {
        // A medicine linked with cramps: a medicine review (Merck: cramps after a new medicine).
        when: Condition::Chose(Q::Medicines, LINKED_MEDICINES),
        gives: Disposition::Routine,
        sources: &["garrison-2012", "aafp-2012", "merck-cramps"],
    },
];

/// The disposition and the answers that caused it. See the module docs for the rules.
pub fn triage(answers: &AnswerSet) -> (Disposition, Vec<Reason>) {
    let relevant = answers.pruned();
    triage_with(answers, &relevant, &relevant.unanswered())
}

/// [`triage`] with the pruned answers and their unanswered questions already worked out.
pub(crate) fn triage_with(
    answers: &AnswerSet,
    relevant: &AnswerSet,
    missing: &[QuestionId],
) -> (Disposition, Vec<Reason>) {
    let mut level = Disposition::SelfCare;
    let mut because: Vec<Reason> = Vec::new();
    let mut consider = |gives: Disposition, reasons: Vec<Reason>| {
        if reasons.is_empty() {
            return;
        }
        if gives > level {
            level = gives;
            because.clear();
        }
        if gives == level {
            because.extend(reasons);
        }
    };

    for q in red_flag_questions() {
        if answers.choice(q.id) == Some(Choice::Yes) {
            consider(
                red_flag_disposition(q.id),
                vec![Reason {
                    question: q.id,
                    value: ReasonValue::Choice(Choice::Yes),
                }],
            );
        }
    }

    for rule in RULES {
        consider(rule.gives, rule.when.reasons(relevant));
    }

    consider(
        Disposition::Routine,
        missing
            .iter()
            .map(|q| Reason {
                question: *q,
                value: ReasonValue::NotAnswered,
            })
            .collect(),
    );

    if level == Disposition::SelfCare {
        // Self-care because every warning sign was answered no (complete sets only reach here,
        // and a complete set has answered every red flag).
        because = red_flag_questions()
            .filter(|q| relevant.choice(q.id) == Some(Choice::No))
            .map(|q| Reason {
                question: q.id,
                value: ReasonValue::Choice(Choice::No),
            })
            .collect();
    }
    (level, because)
}
