//! The personal plan: the nightly stretch routine, habits, things to ask a doctor or pharmacist
//! about, and what is not worth trying, each citing claim and source ids.
//!
//! The wording is data here (the plan is new content, not UI). Rules of the wording:
//! - never a dose (a test scans every string for a number followed by mg, mcg, µg or IU);
//! - never "stop your medicine": medicine items send people to a pharmacist or doctor;
//! - quinine only ever appears as something to discuss with a doctor, with the regulators'
//!   cautions (FDA, MHRA);
//! - "not worth trying" items follow the evidence sheet's verdicts.
//!
//! No plan is given when a red flag was answered yes: the care card is the only next step, and
//! self-care advice could delay it (or, for a leg that may have a clot, do harm).
//!
//! The items, as data, are in `items`; this file chooses among them for a person's answers.

mod items;

use super::answers::AnswerSet;
use super::condition::{Condition, Reason};
use super::questions::{Choice as C, QuestionId as Q};
use crate::content::relief::MuscleId;
pub use items::PLAN_ITEMS;

/// One stretch of the nightly routine. The UI can attach the hold timer (`crate::timer`) using
/// `hold_seconds` and `repeats`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stretch {
    /// The muscle, so the UI can show the relief figure for it.
    pub muscle: MuscleId,
    pub name: &'static str,
    pub steps: &'static [&'static str],
    pub hold_seconds: u32,
    /// Times per leg.
    pub repeats: u32,
}

/// The stretch routine of the Hallegraeff 2012 trial: calf and hamstring, every night.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StretchRoutine {
    pub when: &'static str,
    pub stretches: &'static [Stretch],
    /// Why: what the trials found, in plain English.
    pub evidence: &'static str,
    pub claims: &'static [&'static str],
    pub sources: &'static [&'static str],
}

pub static STRETCH_ROUTINE: StretchRoutine = StretchRoutine {
    when: "Every night before bed, both legs. It takes about 3 minutes.",
    stretches: &[
        Stretch {
            muscle: MuscleId::Calf,
            name: "Calf stretch",
            steps: &[
                "Stand facing a wall, about an arm's length away, with your hands on the wall.",
                "Step one foot back. Keep that leg straight and its heel on the floor.",
                "Bend your front knee and lean towards the wall until you feel a stretch in the calf of the back leg.",
                "Hold for 10 seconds, then relax. Do this 3 times, then swap legs.",
            ],
            hold_seconds: 10,
            repeats: 3,
        },
        Stretch {
            muscle: MuscleId::BackOfThigh,
            name: "Hamstring stretch (back of the thigh)",
            steps: &[
                "Sit on the front edge of a steady chair with one leg straight out in front, heel on the floor and toes pointing up.",
                "Keep your back straight and lean forward from your hips until you feel a stretch at the back of the thigh.",
                "Hold for 10 seconds, then relax. Do this 3 times, then swap legs.",
            ],
            hold_seconds: 10,
            repeats: 3,
        },
    ],
    evidence: "In a trial of 80 people over 55, stretching the calves and hamstrings like this every night for 6 weeks meant fewer and milder night cramps. Stretching the calf alone did not help in another trial, so do both. The evidence is of low certainty, but no harms were reported.",
    claims: &["calf-stretches-before-bed"],
    sources: &["hallegraeff-2012", "cochrane-nondrug-2021", "coppin-2005"],
};

/// Which part of the plan an item belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlanPart {
    Habit,
    AskAbout,
    NotWorthTrying,
}

/// One piece of advice, citing the evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanItem {
    /// Stable id, e.g. "medicine-review".
    pub id: &'static str,
    pub part: PlanPart,
    pub text: &'static str,
    /// Claim ids in `content::claims` that this item rests on.
    pub claims: &'static [&'static str],
    /// Source ids in `content::sources`.
    pub sources: &'static [&'static str],
    /// Shown only when every one of these holds (empty: always shown).
    pub needs: &'static [Condition],
    /// Never shown when any of these holds.
    pub unless: &'static [Condition],
    /// Answers that make it personal ("because you said ...") without being required.
    pub also_because: &'static [Condition],
}

/// An item in someone's plan, with the answers that put it there (empty for general advice).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanEntry {
    pub item: &'static PlanItem,
    pub because: Vec<Reason>,
}

/// A personal plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub stretches: &'static StretchRoutine,
    pub habits: Vec<PlanEntry>,
    pub ask_about: Vec<PlanEntry>,
    pub not_worth_trying: Vec<PlanEntry>,
    /// The muscles the person gets cramps in, for links to "easing a cramp now" steps.
    pub relief: Vec<MuscleId>,
}

/// The personal plan for these answers, or `None` when a warning sign was answered "yes" or
/// "not sure" (the result is then urgent or an emergency).
pub fn personal_plan(answers: &AnswerSet) -> Option<Plan> {
    plan_from_relevant(&answers.pruned())
}

/// [`personal_plan`] of answers already pruned. Pruning never drops the first red-flag "yes"
/// (nothing before it can disable it), so checking the pruned set is enough.
pub(crate) fn plan_from_relevant(relevant: &AnswerSet) -> Option<Plan> {
    if relevant.any_red_flag_raised() {
        return None;
    }
    let mut plan = Plan {
        stretches: &STRETCH_ROUTINE,
        habits: Vec::new(),
        ask_about: Vec::new(),
        not_worth_trying: Vec::new(),
        relief: relief_muscles(relevant),
    };
    for item in PLAN_ITEMS {
        let shown = item.needs.iter().all(|c| c.holds(relevant))
            && !item.unless.iter().any(|c| c.holds(relevant));
        if !shown {
            continue;
        }
        let because = item
            .needs
            .iter()
            .chain(item.also_because)
            .flat_map(|c| c.reasons(relevant))
            .collect();
        let entry = PlanEntry { item, because };
        match item.part {
            PlanPart::Habit => plan.habits.push(entry),
            PlanPart::AskAbout => plan.ask_about.push(entry),
            PlanPart::NotWorthTrying => plan.not_worth_trying.push(entry),
        }
    }
    Some(plan)
}

/// The leg muscles chosen, in the content's muscle order ("other places" has no relief steps).
fn relief_muscles(answers: &AnswerSet) -> Vec<MuscleId> {
    let pairs = [
        (C::Calf, MuscleId::Calf),
        (C::Foot, MuscleId::Foot),
        (C::BackOfThigh, MuscleId::BackOfThigh),
        (C::FrontOfThigh, MuscleId::FrontOfThigh),
    ];
    pairs
        .into_iter()
        .filter(|(c, _)| answers.has(Q::Muscles, *c))
        .map(|(_, m)| m)
        .collect()
}
