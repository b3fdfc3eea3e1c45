//! Triage: one disposition (emergency / urgent / routine appointment / self-care) and the exact
//! answers that caused it.
//!
//! How it decides, in full:
//! 1. Every warning sign (red flag) answered "yes" gives its content level; "not sure" gives
//!    [`NOT_SURE_LEVEL`] (same-day advice: "call 111 now, they will help you decide"), never
//!    less. Red flags are read from the raw answers, even ones a change made irrelevant, so
//!    nothing can hide them.
//! 2. Every rule in [`RULES`] whose conditions all hold (on the relevant answers) gives its
//!    level. Every rule gives `Routine`: only warning signs can give same-day or emergency
//!    advice (a test checks the table).
//! 3. A question that should have been answered but was not gives at least `Routine`: an
//!    incomplete check must never look like reassurance.
//! 4. Otherwise `SelfCare`, because every warning sign was answered no.
//!
//! `because` lists every answer at the winning level, in question order of the rules.

use super::answers::AnswerSet;
use super::condition::{Condition, Reason, ReasonValue};
pub use super::questions::NOT_SURE_LEVEL;
use super::questions::{
    red_flag_level, red_flag_questions, Choice, QuestionId, LINKED_MEDICINES, LONG_TERM_CONDITIONS,
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

/// One triage rule: when every one of these answers is given, the result is at least this
/// urgent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TriageRule {
    /// All must hold; each looks at one question.
    pub when: &'static [Condition],
    pub gives: Disposition,
    /// Where the rule comes from (source ids in `content::sources`).
    pub sources: &'static [&'static str],
}

use Choice as C;
use QuestionId as Q;

/// Cramps on at least one night a week.
const WEEKLY: &[Choice] = &[C::OneOrTwoAWeek, C::ThreeToSixAWeek, C::Nightly];
/// Cramps on most nights.
const MOST_NIGHTS: &[Choice] = &[C::ThreeToSixAWeek, C::Nightly];
/// Cramps that started in the last 3 months.
const RECENT: &[Choice] = &[C::UnderTwoWeeks, C::TwoWeeksToThreeMonths];

/// Every rule that is not a warning sign: each is a reason to book a routine GP appointment,
/// from the evidence sheet's "when to get help" sections. Thigh cramps are not a rule: the NHS
/// counts the thigh among the usual places for leg cramps.
pub static RULES: &[TriageRule] = &[
    TriageRule {
        // NHS: see a GP if cramps disturb your sleep; "several nights a week" keeps the odd
        // broken night (which most people with night cramps have) from sending everyone.
        when: &[Condition::AtLeast(Q::SleepNights, 3)],
        gives: Disposition::Routine,
        sources: &["nhs-leg-cramps"],
    },
    TriageRule {
        // Mayo: daytime tiredness from broken sleep.
        when: &[Condition::Chose(Q::DaytimeTiredness, &[C::Yes])],
        gives: Disposition::Routine,
        sources: &["mayo-night-leg-cramps"],
    },
    TriageRule {
        // NHS: numbness; pins and needles can point to nerve problems.
        when: &[Condition::Chose(Q::Numbness, &[C::Yes])],
        gives: Disposition::Routine,
        sources: &["nhs-leg-cramps", "fpnotebook"],
    },
    TriageRule {
        // Pain on walking that eases with rest can be poor artery blood flow (claudication),
        // which needs a doctor (Merck: within a day or two).
        when: &[Condition::Chose(Q::WalkingPain, &[C::Yes])],
        gives: Disposition::Routine,
        sources: &["fpnotebook", "merck-cramps", "nice-cks-2012"],
    },
    TriageRule {
        // Mayo: muscle weakness or wasting; NICE CKS / BMJ: wasting or twitching.
        when: &[Condition::Chose(Q::SlowWeakness, &[C::Yes])],
        gives: Disposition::Routine,
        sources: &[
            "mayo-night-leg-cramps",
            "nice-cks-2012",
            "bmj-best-practice",
        ],
    },
    TriageRule {
        // Cramps that come mainly in the day are not the night-cramp pattern this guide covers.
        when: &[Condition::Chose(Q::TimeOfDay, &[C::MostlyDay])],
        gives: Disposition::Routine,
        sources: &["bmj-best-practice", "nhs-older"],
    },
    TriageRule {
        // Mayo: cramps that are not improving with self-care; getting worse is the clearest case.
        when: &[Condition::Chose(Q::Improvement, &[C::Worse])],
        gives: Disposition::Routine,
        sources: &["mayo-muscle-cramp", "nhs-leg-cramps"],
    },
    TriageRule {
        // Mayo: frequent cramps that self-care has not improved. Someone with the odd cramp a
        // month that stretching has not changed can keep to the plan.
        when: &[
            Condition::Chose(Q::Improvement, &[C::NoBetter]),
            Condition::Chose(Q::Frequency, WEEKLY),
        ],
        gives: Disposition::Routine,
        sources: &["mayo-muscle-cramp", "nhs-leg-cramps"],
    },
    TriageRule {
        // New, frequent cramps that keep to one leg: the usual night-cramp pattern is either
        // leg, for years. One-sided signs (a swollen calf, abnormal pulses, nerve signs) are
        // the sources' clues to another cause, so a GP should examine the leg.
        when: &[
            Condition::Chose(Q::Legs, &[C::SameLeg]),
            Condition::Chose(Q::Since, RECENT),
            Condition::Chose(Q::Frequency, MOST_NIGHTS),
        ],
        gives: Disposition::Routine,
        sources: &["nice-cks-2012", "bmj-best-practice"],
    },
    TriageRule {
        // A known condition linked with cramps: worth raising with the team that treats it.
        when: &[Condition::Chose(Q::Conditions, LONG_TERM_CONDITIONS)],
        gives: Disposition::Routine,
        sources: &["aafp-2012", "mayo-night-leg-cramps"],
    },
    TriageRule {
        // A medicine linked with cramps: a medicine review (Merck: cramps after a new medicine).
        when: &[Condition::Chose(Q::Medicines, LINKED_MEDICINES)],
        gives: Disposition::Routine,
        sources: &["garrison-2012", "aafp-2012", "merck-cramps"],
    },
];

impl TriageRule {
    /// The answers that make every condition hold; empty unless all hold.
    pub fn reasons(&self, answers: &AnswerSet) -> Vec<Reason> {
        if !self.when.iter().all(|c| c.holds(answers)) {
            return Vec::new();
        }
        self.when.iter().flat_map(|c| c.reasons(answers)).collect()
    }
}

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
            // Two rules can share an answer (how often, for example): list it once.
            for reason in reasons {
                if !because.contains(&reason) {
                    because.push(reason);
                }
            }
        }
    };

    for q in red_flag_questions() {
        if let (Some(gives), Some(answer)) = (red_flag_level(answers, q.id), answers.choice(q.id)) {
            consider(
                gives,
                vec![Reason {
                    question: q.id,
                    value: ReasonValue::Choice(answer),
                }],
            );
        }
    }

    for rule in RULES {
        consider(rule.gives, rule.reasons(relevant));
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
