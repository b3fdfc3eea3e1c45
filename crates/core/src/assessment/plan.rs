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

use super::answers::AnswerSet;
use super::condition::{Condition, Reason};
use super::questions::{Choice, QuestionId, LINKED_MEDICINES, LONG_TERM_CONDITIONS};
use crate::content::relief::MuscleId;

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

use Choice as C;
use QuestionId as Q;

const PREGNANT: Condition = Condition::Chose(Q::Pregnant, &[C::Yes]);
/// Conditions whose care team often sets a daily fluid limit (dialysis, heart failure): general
/// "drink more" advice must not reach them (NICE NG106; NHS "Dialysis").
const FLUID_LIMIT: Condition =
    Condition::Chose(Q::Conditions, &[C::KidneyDisease, C::HeartFailure]);
const TRIED_QUININE: Condition = Condition::Chose(Q::Tried, &[C::Quinine]);
const STRETCHING_FAILED: [Condition; 2] = [
    Condition::Chose(Q::Tried, &[C::Stretching]),
    Condition::Chose(Q::Improvement, &[C::NoBetter, C::Worse]),
];

const fn item(id: &'static str, part: PlanPart, text: &'static str) -> PlanItem {
    PlanItem {
        id,
        part,
        text,
        claims: &[],
        sources: &[],
        needs: &[],
        unless: &[],
        also_because: &[],
    }
}

/// Every plan item, in the order shown within its part.
pub static PLAN_ITEMS: &[PlanItem] = &[
    // ---- Habits (Mayo self-care advice) ----
    PlanItem {
        claims: &["dehydration-electrolytes"],
        sources: &["mayo-night-leg-cramps", "mayo-health-letter", "nhs-leg-cramps"],
        also_because: &[Condition::Chose(Q::Fluids, &[C::LittleFluid])],
        unless: &[FLUID_LIMIT],
        ..item("fluids", PlanPart::Habit, "Drink enough fluids through the day.")
    },
    PlanItem {
        sources: &["nice-ng106", "nhs-dialysis"],
        needs: &[FLUID_LIMIT],
        ..item(
            "fluid-plan",
            PlanPart::Habit,
            "Keep to the fluid plan your kidney or heart team gave you. Many people on dialysis or with heart failure have a daily fluid limit. Do not drink more to ease cramps unless your team says so.",
        )
    },
    PlanItem {
        sources: &["mayo-night-leg-cramps", "mayo-health-letter"],
        needs: &[Condition::Chose(Q::Fluids, &[C::AlcoholMostDays, C::LotsOfCaffeine])],
        ..item("alcohol-caffeine", PlanPart::Habit, "Cut down on alcohol and drinks with caffeine.")
    },
    PlanItem {
        sources: &["mayo-night-leg-cramps", "mayo-health-letter"],
        ..item(
            "bedclothes",
            PlanPart::Habit,
            "Loosen the bedclothes at the foot of the bed, so they don't hold your toes pointing down while you sleep.",
        )
    },
    PlanItem {
        sources: &["mayo-night-leg-cramps", "mayo-health-letter"],
        ..item(
            "exercise-bike",
            PlanPart::Habit,
            "If you have an exercise bike, pedal gently for a few minutes before bed.",
        )
    },
    PlanItem {
        sources: &["mayo-night-leg-cramps", "mayo-health-letter"],
        also_because: &[Condition::Chose(Q::Activity, &[C::LongStanding, C::HardExercise])],
        ..item("supportive-shoes", PlanPart::Habit, "Wear supportive, well-fitting shoes.")
    },
    PlanItem {
        claims: &["move-hourly", "circulation-sedentary"],
        sources: &["merck-cramps", "mayo-health-letter"],
        needs: &[Condition::Chose(Q::Activity, &[C::LongSitting])],
        ..item(
            "break-up-sitting",
            PlanPart::Habit,
            "Break up long spells of sitting: stand up, walk about and stretch your calves now and then.",
        )
    },
    // ---- Ask your doctor or pharmacist about ----
    PlanItem {
        claims: &["diuretics", "statins", "beta-blockers", "dont-stop-medicines"],
        sources: &["garrison-2012", "aafp-2012", "nhs-leg-cramps"],
        needs: &[Condition::Chose(Q::Medicines, LINKED_MEDICINES)],
        ..item(
            "medicine-review",
            PlanPart::AskAbout,
            "Ask your pharmacist or doctor for a medicine review. Some of the medicines you take have been linked with cramps, though a link does not prove they are the cause. Keep taking your medicines in the meantime: they can tell you whether any change would help.",
        )
    },
    PlanItem {
        claims: &["statins", "dont-stop-medicines"],
        sources: &["nhs-statins"],
        needs: &[
            Condition::Chose(Q::Medicines, &[C::Statin]),
            Condition::Chose(Q::SlowWeakness, &[C::Yes]),
        ],
        ..item(
            "statin-weakness-review",
            PlanPart::AskAbout,
            "You take a statin and a muscle has been getting weaker. Contact the doctor who prescribes it within a few days for a prompt review: they may check your blood for muscle damage. Keep taking it until they advise you.",
        )
    },
    PlanItem {
        claims: &["dont-stop-medicines"],
        sources: &["garrison-2012", "aafp-2012"],
        needs: &[Condition::Chose(Q::Medicines, &[C::NotSure])],
        ..item(
            "medicine-check",
            PlanPart::AskAbout,
            "Take a list of your medicines to a pharmacist and ask whether any of them is linked with cramps.",
        )
    },
    PlanItem {
        sources: &["cochrane-pregnancy-2020", "cochrane-magnesium-2020", "bmj-best-practice"],
        needs: &[PREGNANT],
        also_because: &[Condition::Chose(Q::Trimester, &[C::ThirdTrimester])],
        ..item(
            "midwife",
            PlanPart::AskAbout,
            "Tell your midwife or doctor about the cramps, and check with them before taking any remedy. Cramps are common in pregnancy, especially in the last 3 months, and usually stop after the birth. No treatment has been proven to help in pregnancy, and the evidence on magnesium in pregnancy is uncertain.",
        )
    },
    PlanItem {
        sources: &["aafp-2012", "mayo-night-leg-cramps"],
        needs: &[Condition::Chose(Q::Conditions, LONG_TERM_CONDITIONS)],
        ..item(
            "condition-team",
            PlanPart::AskAbout,
            "Tell the doctor or nurse who looks after your long-term condition about the cramps: the condition or its treatment may play a part.",
        )
    },
    PlanItem {
        claims: &["physio-chiropractor"],
        sources: &["hallegraeff-2012", "nhs-leg-cramps"],
        needs: &STRETCHING_FAILED,
        ..item(
            "physiotherapist",
            PlanPart::AskAbout,
            "Ask your GP whether a physiotherapist could check your stretches. In the trial where stretching helped, a physiotherapist taught them.",
        )
    },
    PlanItem {
        sources: &["mhra-quinine-2010", "ni-formulary", "fda-quinine-2010", "cochrane-quinine-2015"],
        // MHRA: only when cramps regularly disrupt sleep and stretching has not helped. Not in
        // pregnancy, where no treatment is proven and the midwife item applies instead.
        needs: &[Condition::AtLeast(Q::SleepNights, 3), STRETCHING_FAILED[0], STRETCHING_FAILED[1]],
        // Not for someone who has tried quinine already (the review item covers them).
        unless: &[PREGNANT, TRIED_QUININE],
        ..item(
            "quinine-discussion",
            PlanPart::AskAbout,
            "As cramps often break your sleep and stretching hasn't helped, you could ask your doctor whether quinine is suitable for you. It helps only a little (on average about 1 fewer cramp a week) and can rarely cause serious side effects, including blood problems, so regulators advise it only in cases like this, with a check after 4 weeks to see whether it is helping.",
        )
    },
    PlanItem {
        sources: &["mhra-quinine-2010", "ni-formulary", "fda-quinine-2010"],
        needs: &[TRIED_QUININE],
        ..item(
            "quinine-review",
            PlanPart::AskAbout,
            "If you still take quinine, ask your doctor to review it: regulators advise checking after 4 weeks whether it helps, and every 3 months after that. Only take quinine prescribed for you.",
        )
    },
    // ---- Not worth trying, per the evidence ----
    PlanItem {
        claims: &["magnesium-number-one", "magnesium-glycinate-bedtime", "avoid-magnesium-oxide"],
        sources: &["cochrane-magnesium-2020", "roguin-maor-2017"],
        // In pregnancy the trials conflict; the midwife item covers it instead.
        unless: &[PREGNANT],
        also_because: &[Condition::Chose(Q::Tried, &[C::Magnesium])],
        ..item(
            "magnesium",
            PlanPart::NotWorthTrying,
            "Magnesium supplements. Trials in people who were not pregnant found they made little or no difference to cramps.",
        )
    },
    PlanItem {
        claims: &["magnesium-oil"],
        sources: &["grober-2017"],
        also_because: &[Condition::Chose(Q::Tried, &[C::Magnesium])],
        ..item(
            "magnesium-oil",
            PlanPart::NotWorthTrying,
            "Magnesium oil or sprays on the skin. There is no good evidence that magnesium gets in through the skin, and no trials for cramps.",
        )
    },
    PlanItem {
        claims: &["electrolyte-water"],
        sources: &["mayo-night-leg-cramps"],
        also_because: &[Condition::Chose(Q::Tried, &[C::MoreFluids])],
        ..item(
            "salt-lemon-water",
            PlanPart::NotWorthTrying,
            "Salt, lemon or electrolyte drinks. No trials have tested them for cramps.",
        )
    },
    PlanItem {
        claims: &["potassium-foods"],
        sources: &["cleveland-foot-cramps"],
        ..item(
            "cramp-foods",
            PlanPart::NotWorthTrying,
            "Bananas or other \"anti-cramp\" foods. No trials show they prevent cramps; a varied diet is fine.",
        )
    },
    PlanItem {
        claims: &["elevate-legs"],
        ..item(
            "raise-legs",
            PlanPart::NotWorthTrying,
            "Raising your legs before bed. No evidence was found that it helps cramps.",
        )
    },
    PlanItem {
        sources: &["fda-quinine-2010", "mhra-quinine-2010", "fardet-2017"],
        also_because: &[Condition::Chose(Q::Tried, &[C::Quinine])],
        ..item(
            "quinine-without-doctor",
            PlanPart::NotWorthTrying,
            "Quinine without a doctor, including tablets bought online. It can rarely cause serious blood problems, and regulators advise against using it routinely for cramps.",
        )
    },
];

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
