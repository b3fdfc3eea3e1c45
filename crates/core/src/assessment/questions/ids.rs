//! The ids of every question and every answer option, each with the stable key saved answers
//! use.

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
            /// migration in `answers/saved.rs` instead.
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
