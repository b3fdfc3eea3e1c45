//! Every question the assessment can ask, as typed data, in the order the flow asks them.
//!
//! A question has an id, a kind (yes/no, one choice, several choices, a number), its wording, a
//! section and an enable-condition. Red-flag questions carry no wording of their own: their text
//! comes from `content::red_flags` by id, so the guide and the check can never disagree about a
//! warning sign. The wording of the other questions (pattern, context, what was tried) is new
//! content and lives here, as data, with no doses anywhere.
//!
//! Enable-conditions only look at questions *earlier* in the list (a test checks this), so one
//! forward pass is enough to drop answers that a change has made irrelevant.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use super::answers::{Answer, AnswerError, AnswerSet};
use super::condition::Condition;
use super::triage::Disposition;
use crate::content::red_flags::{red_flag, RedFlag};

/// Declares a unit-only enum with a stable, kebab-case key per variant (used in saved answers),
/// plus `ALL`, `key()` and `from_key()`, so the key table can never drift from the variants.
macro_rules! keyed {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident => $key:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant,)+ }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable key used in saved answers. Never change a published key: add a
            /// migration in `answers.rs` instead.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key,)+ }
            }

            pub fn from_key(key: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.key() == key)
            }
        }
    };
}

keyed! {
    /// Which question. The declaration order is the order the flow asks them (checked at
    /// compile time against [`QUESTIONS`]).
    pub enum QuestionId {
        // Red flags, in `content::red_flags::RED_FLAGS` order. Keys are the content ids.
        BreathlessChestPain => "breathless-chest-pain",
        SuddenWeakness => "sudden-weakness",
        ColdPaleLeg => "cold-pale-leg",
        BackPainSaddleNumbness => "back-pain-saddle-numbness",
        DarkUrine => "dark-urine",
        TetanusSigns => "tetanus-signs",
        HotLegVeryUnwell => "hot-leg-very-unwell",
        SwollenLeg => "swollen-red-warm-leg",
        LongCramp => "cramp-over-10-min",
        TetanusWound => "tetanus-wound",
        PoisonContact => "poison-contact",
        CrampsElsewhere => "cramps-arms-belly-chest",
        FluidLoss => "fluid-loss",
        // Pattern.
        Frequency => "frequency",
        Muscles => "muscles",
        Legs => "legs",
        Since => "since",
        TimeOfDay => "time-of-day",
        SleepNights => "sleep-nights",
        DaytimeTiredness => "daytime-tiredness",
        Numbness => "numbness",
        WalkingPain => "walking-pain",
        SlowWeakness => "weakness-wasting-twitching",
        // Context.
        AgeBand => "age",
        Pregnant => "pregnant",
        Trimester => "trimester",
        Activity => "activity",
        Fluids => "fluids",
        Conditions => "conditions",
        Medicines => "medicines",
        DiureticType => "diuretic-type",
        // What was tried.
        Tried => "tried",
        Improvement => "improvement",
    }
}

keyed! {
    /// Every answer option of every question. Options are shared where the meaning is the same
    /// ("yes", "none of these"); which options a question offers is in its [`Kind`].
    pub enum Choice {
        Yes => "yes",
        No => "no",
        NoneOfThese => "none",
        NotSure => "not-sure",
        // Frequency.
        LessThanWeekly => "less-than-weekly",
        OneOrTwoAWeek => "1-2-a-week",
        ThreeToSixAWeek => "3-6-a-week",
        Nightly => "nightly",
        // Muscles.
        Calf => "calf",
        Foot => "foot",
        BackOfThigh => "back-of-thigh",
        FrontOfThigh => "front-of-thigh",
        // Legs.
        SameLeg => "same-leg",
        BothOrEither => "both-or-either",
        // Since.
        UnderTwoWeeks => "under-2-weeks",
        TwoWeeksToThreeMonths => "2-weeks-3-months",
        OverThreeMonths => "over-3-months",
        // Time of day.
        MostlyNight => "mostly-night",
        NightAndDay => "night-and-day",
        MostlyDay => "mostly-day",
        // Age band.
        Under18 => "under-18",
        Age18To39 => "18-39",
        Age40To59 => "40-59",
        Age60To79 => "60-79",
        Age80Plus => "80-plus",
        // Trimester.
        FirstTrimester => "first-trimester",
        SecondTrimester => "second-trimester",
        ThirdTrimester => "third-trimester",
        // Activity.
        HardExercise => "hard-exercise",
        LongStanding => "long-standing",
        LongSitting => "long-sitting",
        // Fluids.
        LittleFluid => "little-fluid",
        AlcoholMostDays => "alcohol-most-days",
        LotsOfCaffeine => "lots-of-caffeine",
        // Conditions.
        Diabetes => "diabetes",
        Neuropathy => "neuropathy",
        KidneyDisease => "kidney-disease",
        HeartFailure => "heart-failure",
        LiverDisease => "liver-disease",
        Thyroid => "thyroid",
        Circulation => "circulation",
        SpinalNarrowing => "spinal-narrowing",
        Parkinsons => "parkinsons",
        // Medicines.
        WaterTablet => "water-tablet",
        Statin => "statin",
        LabaInhaler => "laba-inhaler",
        OestrogenRaloxifene => "oestrogen-raloxifene",
        Teriparatide => "teriparatide",
        IronInfusion => "iron-infusion",
        Naproxen => "naproxen",
        BetaBlocker => "beta-blocker",
        NifedipineOrArb => "nifedipine-or-arb",
        SleepMoodNerve => "sleep-mood-nerve",
        OtherLinkedMedicine => "other-linked-medicine",
        // Diuretic type.
        Thiazide => "thiazide",
        LoopDiuretic => "loop",
        PotassiumSparing => "potassium-sparing",
        // Tried.
        Stretching => "stretching",
        Magnesium => "magnesium",
        Quinine => "quinine",
        MoreFluids => "more-fluids",
        // Improvement.
        MuchBetter => "much-better",
        ABitBetter => "a-bit-better",
        NoBetter => "no-better",
        Worse => "worse",
    }
}

/// The part of the check a question belongs to. The UI may use it as a heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    /// Warning signs, asked first. Any "yes" ends the check early with a care card.
    RedFlags,
    /// What the cramps are like.
    Pattern,
    /// Age, pregnancy, activity, drinks, conditions and medicines.
    Context,
    /// What has been tried so far.
    Tried,
}

impl Section {
    pub fn title(self) -> &'static str {
        match self {
            Section::RedFlags => "Warning signs",
            Section::Pattern => "Your cramps",
            Section::Context => "About you",
            Section::Tried => "What you've tried",
        }
    }
}

/// One answer option as the user sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opt {
    pub choice: Choice,
    pub label: &'static str,
    /// For several-choice questions: this option ("None of these", "Not sure") cannot be
    /// combined with others.
    pub exclusive: bool,
}

const fn opt(choice: Choice, label: &'static str) -> Opt {
    Opt {
        choice,
        label,
        exclusive: false,
    }
}

const fn only(choice: Choice, label: &'static str) -> Opt {
    Opt {
        choice,
        label,
        exclusive: true,
    }
}

/// The options of every yes/no question.
pub static YES_NO: &[Opt] = &[opt(Choice::Yes, "Yes"), opt(Choice::No, "No")];

/// The options of every warning sign: "Not sure" is offered and never taken as "no".
pub static YES_NO_NOT_SURE: &[Opt] = &[
    opt(Choice::Yes, "Yes"),
    opt(Choice::No, "No"),
    opt(Choice::NotSure, "I'm not sure"),
];

/// What kind of answer a question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Answered with `Choice::Yes` or `Choice::No`.
    YesNo,
    /// Exactly one of the options.
    Single(&'static [Opt]),
    /// One or more of the options (exclusive options alone).
    Multi(&'static [Opt]),
    /// A whole number in `min..=max`, e.g. nights a week.
    Number {
        min: u16,
        max: u16,
        unit: &'static str,
        unit_one: &'static str,
    },
}

/// Where a question's words come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wording {
    /// A red flag: the question and its short label come from `content::red_flags` by id.
    RedFlag(&'static str),
    /// Wording owned by this module.
    Own {
        prompt: &'static str,
        /// Used in "because you said ..." lists.
        short: &'static str,
        hint: Option<&'static str>,
    },
}

/// When a question is asked. Non-red-flag sections are additionally only asked while no red
/// flag has been answered yes (see [`Question::is_enabled`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Enable {
    Always,
    /// Only when this earlier answer holds.
    If(Condition),
    /// For red flags: only while no earlier red flag's answer already gives the same or a
    /// higher level ("yes" gives the flag's own level, "not sure" gives [`NOT_SURE_LEVEL`]). A
    /// "yes" or "not sure" ends the check early, but a more urgent flag still waiting is asked
    /// first, so an early stop can never miss an emergency.
    RedFlagCouldRaise,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: QuestionId,
    pub section: Section,
    pub kind: Kind,
    pub wording: Wording,
    pub enable: Enable,
}

/// Shown in place of a red-flag question whose content is missing. `tests/assessment_content.rs`
/// fails the build's tests long before a user could see it.
const MISSING: &str = "(This question is missing from the app's content.)";

impl Question {
    /// The question as asked.
    pub fn prompt(&self) -> &'static str {
        match self.wording {
            Wording::RedFlag(id) => red_flag(id).map_or(MISSING, |f| f.question),
            Wording::Own { prompt, .. } => prompt,
        }
    }

    /// A short label for "because you said ..." lists.
    pub fn short(&self) -> &'static str {
        match self.wording {
            Wording::RedFlag(id) => red_flag(id).map_or(MISSING, |f| f.short),
            Wording::Own { short, .. } => short,
        }
    }

    /// Extra help under the question, if any.
    pub fn hint(&self) -> Option<&'static str> {
        match self.wording {
            Wording::RedFlag(id) => red_flag(id).and_then(|f| f.hint),
            Wording::Own { hint, .. } => hint,
        }
    }

    /// The red flag this question asks about (for its `why` and sources).
    pub fn red_flag(&self) -> Option<&'static RedFlag> {
        match self.wording {
            Wording::RedFlag(id) => red_flag(id),
            Wording::Own { .. } => None,
        }
    }

    /// The options offered (empty for a number question).
    pub fn options(&self) -> &'static [Opt] {
        match self.kind {
            Kind::YesNo => YES_NO,
            Kind::Single(options) | Kind::Multi(options) => options,
            Kind::Number { .. } => &[],
        }
    }

    /// The label of one of this question's options.
    pub fn label_of(&self, choice: Choice) -> Option<&'static str> {
        self.options()
            .iter()
            .find(|o| o.choice == choice)
            .map(|o| o.label)
    }

    /// How a number answer reads, e.g. "3 nights a week".
    pub fn number_label(&self, n: u16) -> String {
        match self.kind {
            Kind::Number { unit, unit_one, .. } => {
                format!("{n} {}", if n == 1 { unit_one } else { unit })
            }
            _ => n.to_string(),
        }
    }

    /// Whether this question is asked, given the answers so far.
    pub fn is_enabled(&self, answers: &AnswerSet) -> bool {
        self.is_enabled_given(answers, answers.any_red_flag_raised())
    }

    /// [`Question::is_enabled`] with `answers.any_red_flag_raised()` already worked out, for
    /// loops over every question.
    pub(crate) fn is_enabled_given(&self, answers: &AnswerSet, red_flag_raised: bool) -> bool {
        // A warning sign answered "yes" or "not sure" makes everything after the warning signs
        // irrelevant: the result is the care card, and self-care questions would only delay it.
        let gate = self.section == Section::RedFlags || !red_flag_raised;
        gate && match self.enable {
            Enable::Always => true,
            Enable::If(condition) => condition.holds(answers),
            Enable::RedFlagCouldRaise => {
                let mine = red_flag_disposition(self.id);
                red_flag_questions()
                    .take_while(|q| q.id != self.id)
                    .filter_map(|q| red_flag_level(answers, q.id))
                    .all(|level| level < mine)
            }
        }
    }

    /// Checks that an answer fits this question (kind, options, range, exclusivity).
    pub fn validate(&self, answer: &Answer) -> Result<(), AnswerError> {
        match (self.kind, answer) {
            (Kind::YesNo | Kind::Single(_), Answer::Choice(c)) => {
                if self.label_of(*c).is_some() {
                    Ok(())
                } else {
                    Err(AnswerError::NotAnOption(*c))
                }
            }
            (Kind::Multi(options), Answer::Choices(set)) => {
                if set.is_empty() {
                    return Err(AnswerError::NothingChosen);
                }
                for c in set {
                    let Some(o) = options.iter().find(|o| o.choice == *c) else {
                        return Err(AnswerError::NotAnOption(*c));
                    };
                    if o.exclusive && set.len() > 1 {
                        return Err(AnswerError::ExclusiveCombined(o.label));
                    }
                }
                Ok(())
            }
            (Kind::Number { min, max, .. }, Answer::Number(n)) => {
                if (min..=max).contains(n) {
                    Ok(())
                } else {
                    Err(AnswerError::OutOfRange { min, max })
                }
            }
            _ => Err(AnswerError::WrongKind),
        }
    }

    /// For the UI's checkboxes: the selection after ticking or unticking `choice`. Ticking an
    /// exclusive option ("None of these") clears the others; ticking any other option clears
    /// the exclusive ones.
    pub fn toggle(&self, current: &BTreeSet<Choice>, choice: Choice) -> BTreeSet<Choice> {
        let mut next = current.clone();
        if next.remove(&choice) {
            return next;
        }
        let exclusive = self
            .options()
            .iter()
            .any(|o| o.choice == choice && o.exclusive);
        if exclusive {
            next.clear();
        } else {
            next.retain(|c| !self.options().iter().any(|o| o.choice == *c && o.exclusive));
        }
        next.insert(choice);
        next
    }
}

impl QuestionId {
    /// This question's data. Indexing is safe: a compile-time check below proves that
    /// `QUESTIONS[i].id as usize == i` for every question.
    pub fn question(self) -> &'static Question {
        &ALL_QUESTIONS[self as usize]
    }

    /// The content red-flag id, for red-flag questions.
    pub fn red_flag_id(self) -> Option<&'static str> {
        match self.question().wording {
            Wording::RedFlag(id) => Some(id),
            Wording::Own { .. } => None,
        }
    }
}

/// The disposition a "yes" to this red-flag question gives, from the content's urgency. If the
/// content were missing, fail safe: treat it as an emergency (a content test catches this).
/// Only meaningful for red-flag questions.
pub fn red_flag_disposition(id: QuestionId) -> Disposition {
    // Looked up once: the content is static, and this sits on the hot path of every
    // enable-check of a red-flag question.
    static BY_QUESTION: OnceLock<Vec<Disposition>> = OnceLock::new();
    let table = BY_QUESTION.get_or_init(|| {
        QuestionId::ALL
            .iter()
            .map(|q| content_disposition(q.question()))
            .collect()
    });
    table
        .get(id as usize)
        .copied()
        .unwrap_or_else(|| content_disposition(id.question()))
}

/// What a "not sure" to any warning sign gives: same-day advice ("call 111 now, they will help
/// you decide"), never less. See `content::red_flags::NOT_SURE_ADVICE`.
pub const NOT_SURE_LEVEL: Disposition = Disposition::Urgent;

/// The level a red-flag question's answer gives: its own level for "yes", [`NOT_SURE_LEVEL`]
/// for "not sure", nothing for "no" or no answer (or a question that is not a red flag).
pub fn red_flag_level(answers: &AnswerSet, id: QuestionId) -> Option<Disposition> {
    // Only red-flag questions have a level.
    id.red_flag_id()?;
    match answers.choice(id) {
        Some(Choice::Yes) => Some(red_flag_disposition(id)),
        Some(Choice::NotSure) => Some(NOT_SURE_LEVEL),
        _ => None,
    }
}

fn content_disposition(q: &Question) -> Disposition {
    use crate::content::care::Urgency;
    match q.red_flag().map(|f| f.urgency) {
        Some(Urgency::Emergency) | None => Disposition::Emergency,
        Some(Urgency::Urgent) => Disposition::Urgent,
        Some(Urgency::NonUrgent) => Disposition::Routine,
    }
}

/// How many red-flag questions there are; they come first (checked at compile time below).
const RED_FLAG_COUNT: usize = 13;

/// The red-flag questions, in the order asked.
pub fn red_flag_questions() -> impl Iterator<Item = &'static Question> {
    ALL_QUESTIONS[..RED_FLAG_COUNT].iter()
}

/// Every question, in the order the flow asks them.
pub static QUESTIONS: &[Question] = &ALL_QUESTIONS;

// Proves at compile time that `QuestionId::question` indexes the right entry, and that every
// id has exactly one question.
const _: () = {
    assert!(ALL_QUESTIONS.len() == QuestionId::ALL.len());
    let mut i = 0;
    while i < ALL_QUESTIONS.len() {
        assert!(ALL_QUESTIONS[i].id as usize == i);
        // The red flags, and only they, come first.
        let is_red_flag = matches!(ALL_QUESTIONS[i].section, Section::RedFlags);
        assert!(is_red_flag == (i < RED_FLAG_COUNT));
        i += 1;
    }
};

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

const ALL_QUESTIONS: [Question; 33] = [
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
