//! Every item of the personal plan, as data: its words, the claims and sources behind it, and
//! the answers it needs (or must not have) to be shown.

use super::{PlanItem, PlanPart};
use crate::assessment::condition::Condition;
use crate::assessment::questions::{
    Choice as C, QuestionId as Q, LINKED_MEDICINES, LONG_TERM_CONDITIONS,
};

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
