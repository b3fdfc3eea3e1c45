//! The question table: every question in the order the flow asks it, grouped by section, and the
//! option lists that triage, factors and the plan share.

use super::{
    only, opt, Choice, Enable, Kind, Question, QuestionId, Section, Wording, YES_NO_NOT_SURE,
};
use crate::assessment::condition::Condition;

const fn red(id: QuestionId, content_id: &'static str) -> Question {
    Question {
        id,
        section: Section::RedFlags,
        kind: Kind::Single(YES_NO_NOT_SURE),
        wording: Wording::RedFlag(content_id),
        enable: Enable::RedFlagCouldRaise,
    }
}

const fn ask(
    id: QuestionId,
    section: Section,
    kind: Kind,
    prompt: &'static str,
    short: &'static str,
    hint: Option<&'static str>,
) -> Question {
    Question {
        id,
        section,
        kind,
        wording: Wording::Own {
            prompt,
            short,
            hint,
        },
        enable: Enable::Always,
    }
}

const fn when(mut q: Question, condition: Condition) -> Question {
    q.enable = Enable::If(condition);
    q
}

use Choice as C;
use QuestionId as Q;
use Section::{Context, Pattern, Tried};

/// Medicine options that have been linked with cramps (every medicine option except "none" and
/// "not sure"). Triage, factors and the plan all use this one list.
pub const LINKED_MEDICINES: &[Choice] = &[
    C::WaterTablet,
    C::Statin,
    C::LabaInhaler,
    C::OestrogenRaloxifene,
    C::Teriparatide,
    C::IronInfusion,
    C::Naproxen,
    C::BetaBlocker,
    C::NifedipineOrArb,
    C::SleepMoodNerve,
    C::OtherLinkedMedicine,
];

/// Every long-term condition option (all except "none").
pub const LONG_TERM_CONDITIONS: &[Choice] = &[
    C::Diabetes,
    C::Neuropathy,
    C::KidneyDisease,
    C::HeartFailure,
    C::LiverDisease,
    C::Thyroid,
    C::Circulation,
    C::SpinalNarrowing,
    C::Parkinsons,
];

/// Anything tried (all options except "nothing yet"); the improvement question follows these.
pub const SOMETHING_TRIED: &[Choice] = &[C::Stretching, C::Magnesium, C::Quinine, C::MoreFluids];

/// Age bands in which pregnancy is plausible enough to ask about.
pub const PREGNANCY_AGES: &[Choice] = &[C::Under18, C::Age18To39, C::Age40To59];

pub(super) const ALL_QUESTIONS: [Question; 33] = [
    // ---- Red flags: wording and urgency from content, asked in content order. ----
    red(Q::BreathlessChestPain, "breathless-chest-pain"),
    red(Q::SuddenWeakness, "sudden-weakness"),
    red(Q::ColdPaleLeg, "cold-pale-leg"),
    red(Q::BackPainSaddleNumbness, "back-pain-saddle-numbness"),
    red(Q::DarkUrine, "dark-urine"),
    red(Q::TetanusSigns, "tetanus-signs"),
    red(Q::HotLegVeryUnwell, "hot-leg-very-unwell"),
    red(Q::SwollenLeg, "swollen-red-warm-leg"),
    red(Q::LongCramp, "cramp-over-10-min"),
    red(Q::TetanusWound, "tetanus-wound"),
    red(Q::PoisonContact, "poison-contact"),
    red(Q::CrampsElsewhere, "cramps-arms-belly-chest"),
    red(Q::FluidLoss, "fluid-loss"),
    // ---- Pattern ----
    ask(
        Q::Frequency,
        Pattern,
        Kind::Single(&[
            opt(C::LessThanWeekly, "Less than once a week"),
            opt(C::OneOrTwoAWeek, "1 or 2 nights a week"),
            opt(C::ThreeToSixAWeek, "3 to 6 nights a week"),
            opt(C::Nightly, "Every night, or nearly every night"),
        ]),
        "How often do you get leg cramps at the moment?",
        "How often",
        None,
    ),
    ask(
        Q::Muscles,
        Pattern,
        Kind::Multi(&[
            opt(C::Calf, "Calf (the back of the lower leg)"),
            opt(C::Foot, "Foot or toes"),
            opt(C::BackOfThigh, "Back of the thigh"),
            opt(C::FrontOfThigh, "Front of the thigh"),
        ]),
        "Where in your legs do you get the cramps? Choose all that apply.",
        "Where the cramps are",
        None,
    ),
    ask(
        Q::Legs,
        Pattern,
        Kind::Single(&[
            opt(C::SameLeg, "Always the same leg"),
            opt(C::BothOrEither, "Both legs, or either leg"),
        ]),
        "Do the cramps affect one leg or both?",
        "Which leg",
        None,
    ),
    ask(
        Q::Since,
        Pattern,
        Kind::Single(&[
            opt(C::UnderTwoWeeks, "In the last 2 weeks"),
            opt(C::TwoWeeksToThreeMonths, "Between 2 weeks and 3 months ago"),
            opt(C::OverThreeMonths, "More than 3 months ago"),
        ]),
        "When did the cramps start?",
        "When they started",
        None,
    ),
    ask(
        Q::TimeOfDay,
        Pattern,
        Kind::Single(&[
            opt(C::MostlyNight, "Mostly at night or while resting"),
            opt(C::NightAndDay, "Both at night and during the day"),
            opt(C::MostlyDay, "Mostly during the day"),
        ]),
        "When do the cramps happen?",
        "When in the day",
        None,
    ),
    ask(
        Q::SleepNights,
        Pattern,
        Kind::Number { min: 0, max: 7, unit: "nights a week", unit_one: "night a week" },
        "In a typical week, on how many nights do cramps wake you up or keep you awake?",
        "Nights of broken sleep",
        Some("Enter a number from 0 to 7. Enter 0 if they don't disturb your sleep."),
    ),
    ask(
        Q::DaytimeTiredness,
        Pattern,
        Kind::YesNo,
        "Do you feel tired during the day because cramps broke your sleep?",
        "Tired in the day from broken sleep",
        None,
    ),
    ask(
        Q::Numbness,
        Pattern,
        Kind::YesNo,
        "Do you have numbness, or pins and needles, in your legs or feet?",
        "Numbness or pins and needles",
        None,
    ),
    ask(
        Q::WalkingPain,
        Pattern,
        Kind::YesNo,
        "Do you get pain in a calf or leg when you walk, which goes away when you stop and rest?",
        "Leg pain when walking that eases with rest",
        None,
    ),
    ask(
        Q::SlowWeakness,
        Pattern,
        Kind::YesNo,
        "Over weeks or months, have you noticed a leg getting weaker, a muscle getting thinner, or muscles twitching under the skin?",
        "Slow weakness, a thinner muscle, or twitching",
        Some("This is about slow changes. Sudden weakness was asked about at the start."),
    ),
    // ---- Context ----
    ask(
        Q::AgeBand,
        Context,
        Kind::Single(&[
            opt(C::Under18, "Under 18"),
            opt(C::Age18To39, "18 to 39"),
            opt(C::Age40To59, "40 to 59"),
            opt(C::Age60To79, "60 to 79"),
            opt(C::Age80Plus, "80 or over"),
        ]),
        "How old are you?",
        "Age",
        None,
    ),
    when(
        ask(
            Q::Pregnant,
            Context,
            Kind::YesNo,
            "Are you pregnant?",
            "Pregnant",
            Some("Leg cramps are common in pregnancy, especially in the last 3 months."),
        ),
        Condition::Chose(Q::AgeBand, PREGNANCY_AGES),
    ),
    when(
        ask(
            Q::Trimester,
            Context,
            Kind::Single(&[
                opt(C::FirstTrimester, "First 3 months (up to 12 weeks)"),
                opt(C::SecondTrimester, "Middle 3 months (13 to 27 weeks)"),
                opt(C::ThirdTrimester, "Last 3 months (28 weeks or more)"),
            ]),
            "How far along is your pregnancy?",
            "Stage of pregnancy",
            None,
        ),
        Condition::Chose(Q::Pregnant, &[C::Yes]),
    ),
    ask(
        Q::Activity,
        Context,
        Kind::Multi(&[
            opt(C::HardExercise, "Hard exercise or sport, especially in hot weather"),
            opt(C::LongStanding, "Standing for long periods, for example at work"),
            opt(C::LongSitting, "Sitting for long periods, for example at a desk or driving"),
            only(C::NoneOfThese, "None of these"),
        ]),
        "Do any of these apply to you? Choose all that apply.",
        "Activity",
        None,
    ),
    ask(
        Q::Fluids,
        Context,
        Kind::Multi(&[
            opt(C::LittleFluid, "I often don't drink much during the day"),
            opt(C::AlcoholMostDays, "I drink alcohol most days"),
            opt(C::LotsOfCaffeine, "I have several drinks with caffeine a day (coffee, tea, cola, energy drinks)"),
            only(C::NoneOfThese, "None of these"),
        ]),
        "Do any of these apply to you? Choose all that apply.",
        "Drinks and fluids",
        None,
    ),
    ask(
        Q::Conditions,
        Context,
        Kind::Multi(&[
            opt(C::Diabetes, "Diabetes"),
            opt(C::Neuropathy, "Nerve damage in the legs or feet (peripheral neuropathy)"),
            opt(C::KidneyDisease, "Kidney disease, or dialysis"),
            opt(C::HeartFailure, "Heart failure"),
            opt(C::LiverDisease, "Liver disease, such as cirrhosis"),
            opt(C::Thyroid, "An underactive or overactive thyroid"),
            opt(C::Circulation, "Poor circulation in the legs (peripheral arterial disease)"),
            opt(C::SpinalNarrowing, "Narrowing of the spine in the lower back (lumbar spinal stenosis)"),
            opt(C::Parkinsons, "Parkinson's disease"),
            only(C::NoneOfThese, "None of these"),
        ]),
        "Has a doctor told you that you have any of these? Choose all that apply.",
        "Long-term conditions",
        None,
    ),
    ask(
        Q::Medicines,
        Context,
        Kind::Multi(&[
            opt(C::WaterTablet, "Water tablets (diuretics), such as furosemide, bendroflumethiazide, hydrochlorothiazide, indapamide or spironolactone"),
            opt(C::Statin, "A statin for cholesterol, such as atorvastatin or simvastatin"),
            opt(C::LabaInhaler, "A long-acting inhaler for asthma or COPD, such as salmeterol or formoterol (often combined with a steroid in one inhaler)"),
            opt(C::OestrogenRaloxifene, "Oestrogen, for example in hormone replacement therapy (HRT), or raloxifene"),
            opt(C::Teriparatide, "Teriparatide injections for osteoporosis"),
            opt(C::IronInfusion, "Iron given through a drip (iron sucrose)"),
            opt(C::Naproxen, "Naproxen, an anti-inflammatory painkiller"),
            opt(C::BetaBlocker, "A beta-blocker, such as bisoprolol, atenolol or propranolol"),
            opt(C::NifedipineOrArb, "Nifedipine, or a blood pressure medicine such as losartan or candesartan"),
            opt(C::SleepMoodNerve, "Zolpidem, clonazepam, citalopram, gabapentin or celecoxib"),
            opt(C::OtherLinkedMedicine, "Donepezil, the contraceptive pill, tolcapone, vincristine or a stimulant, or you recently stopped a sedative"),
            only(C::NotSure, "I'm not sure"),
            only(C::NoneOfThese, "None of these"),
        ]),
        "Do you take any of these medicines? Choose all that apply.",
        "Medicines",
        Some("Include medicines you started in the last year. You only need the name, not the amount."),
    ),
    when(
        ask(
            Q::DiureticType,
            Context,
            Kind::Multi(&[
                opt(C::Thiazide, "Bendroflumethiazide, hydrochlorothiazide, indapamide or chlortalidone"),
                opt(C::LoopDiuretic, "Furosemide, bumetanide or torasemide"),
                opt(C::PotassiumSparing, "Spironolactone, eplerenone or amiloride"),
                only(C::NotSure, "I'm not sure"),
            ]),
            "Which water tablet do you take? Choose all that apply.",
            "Water tablet",
            Some("The name is on the box or your repeat prescription. A pharmacist can tell you."),
        ),
        Condition::Chose(Q::Medicines, &[C::WaterTablet]),
    ),
    // ---- What was tried ----
    ask(
        Q::Tried,
        Tried,
        Kind::Multi(&[
            opt(C::Stretching, "Regular stretching"),
            opt(C::Magnesium, "Magnesium tablets, powders, oils or sprays"),
            opt(C::Quinine, "Quinine tablets"),
            opt(C::MoreFluids, "Drinking more water, or electrolyte or salt drinks"),
            only(C::NoneOfThese, "Nothing yet"),
        ]),
        "What have you already tried for the cramps? Choose all that apply.",
        "What you've tried",
        None,
    ),
    when(
        ask(
            Q::Improvement,
            Tried,
            Kind::Single(&[
                opt(C::MuchBetter, "Much better"),
                opt(C::ABitBetter, "A bit better"),
                opt(C::NoBetter, "No better"),
                opt(C::Worse, "Worse"),
            ]),
            "Since you tried these, how are the cramps?",
            "How the cramps are since trying these",
            None,
        ),
        Condition::Chose(Q::Tried, SOMETHING_TRIED),
    ),
];
