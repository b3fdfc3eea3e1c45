//! Relief mode content: for each muscle, numbered stretch steps, seated/lying alternatives, a figure
//! id for the inline SVG the UI draws, and what helps afterwards.

use super::{cited, Cited};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MuscleId {
    Calf,
    Foot,
    BackOfThigh,
    FrontOfThigh,
}

impl MuscleId {
    pub const ALL: [MuscleId; 4] = [
        MuscleId::Calf,
        MuscleId::Foot,
        MuscleId::BackOfThigh,
        MuscleId::FrontOfThigh,
    ];

    /// URL slug, e.g. `/now/back-of-thigh`.
    pub fn slug(self) -> &'static str {
        match self {
            MuscleId::Calf => "calf",
            MuscleId::Foot => "foot",
            MuscleId::BackOfThigh => "back-of-thigh",
            MuscleId::FrontOfThigh => "front-of-thigh",
        }
    }

    pub fn from_slug(slug: &str) -> Option<MuscleId> {
        MuscleId::ALL.into_iter().find(|m| m.slug() == slug)
    }
}

/// Declares [`Figure`] and its `ALL` list from one list of variants, so no figure can be
/// missing from the list the drawing tests walk.
macro_rules! figures {
    ($($(#[$doc:meta])* $variant:ident,)*) => {
        /// Which drawing the UI shows next to a step. The UI owns the SVG; content only names it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Figure {
            $($(#[$doc])* $variant,)*
        }

        impl Figure {
            /// Every figure, in declaration order.
            pub const ALL: &'static [Figure] = &[$(Figure::$variant),*];
        }
    };
}

figures! {
    /// Sitting or lying, leg straight, pulling the toes/top of the foot towards the face (towel optional).
    StraightLegFootPull,
    /// Standing, weight on the cramped leg, knee slightly bent (or ball of foot against a wall).
    StandingCalfLean,
    /// Seated, pulling the toes back towards the shin to stretch the arch.
    SeatedToePull,
    /// Standing holding a chair, pulling the foot towards the buttock.
    StandingQuadPull,
    /// Lying on the side, pulling the foot towards the buttock.
    LyingQuadPull,
    /// Hands rubbing the muscle.
    Massage,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// Short imperative instruction, e.g. "Straighten your leg."
    pub text: &'static str,
    pub figure: Option<Figure>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Muscle {
    pub id: MuscleId,
    /// What the picker button says, e.g. "Back of thigh".
    pub name: &'static str,
    /// Where exactly, in the user's words, e.g. "hamstring, behind the knee".
    pub hint: &'static str,
    /// The main stretch, numbered in order.
    pub steps: &'static [Step],
    /// Seconds to hold the stretch for the timer.
    pub hold_seconds: u32,
    /// For someone who cannot stand, or is lying in bed.
    pub alternatives: &'static [Step],
    /// Where the evidence is thin (e.g. the foot), an honest note; otherwise None.
    pub confidence_note: Option<&'static str>,
    pub sources: &'static [&'static str],
}

/// Steps are read at 3 a.m. in big type: one short instruction each, the hold time given by the
/// timer. Calf comes first because "not sure which muscle" goes there (it is the most common).
pub static MUSCLES: &[Muscle] = &[
    Muscle {
        id: MuscleId::Calf,
        name: "Calf",
        hint: "back of the lower leg, below the knee",
        steps: &[
            Step { text: "Stand up. Hold on to something steady.", figure: Some(Figure::StandingCalfLean) },
            Step { text: "Put your weight on the cramped leg.", figure: Some(Figure::StandingCalfLean) },
            Step { text: "Bend that knee a little. Keep your heel down.", figure: Some(Figure::StandingCalfLean) },
            Step { text: "Hold the stretch. Breathe slowly.", figure: None },
        ],
        hold_seconds: 30,
        alternatives: &[
            Step { text: "Sit or lie with the leg straight.", figure: Some(Figure::StraightLegFootPull) },
            Step {
                text: "Pull your toes up towards your face. Use a towel or sheet if you can't reach.",
                figure: Some(Figure::StraightLegFootPull),
            },
            Step { text: "Rub the muscle firmly.", figure: Some(Figure::Massage) },
        ],
        confidence_note: None,
        sources: &["nhs-leg-cramps", "mayo-muscle-cramp", "merck-cramps"],
    },
    Muscle {
        id: MuscleId::Foot,
        name: "Foot or arch",
        hint: "sole or arch of the foot, or curling toes",
        steps: &[
            Step { text: "Sit on the edge of the bed.", figure: None },
            Step { text: "Gently pull your toes back towards your shin.", figure: Some(Figure::SeatedToePull) },
            Step { text: "Hold the stretch. Breathe slowly.", figure: Some(Figure::SeatedToePull) },
            Step { text: "Rub the sole of your foot.", figure: Some(Figure::Massage) },
        ],
        hold_seconds: 30,
        alternatives: &[
            Step { text: "Lie back with the leg straight.", figure: Some(Figure::StraightLegFootPull) },
            Step { text: "Pull your toes and foot up towards you.", figure: Some(Figure::StraightLegFootPull) },
        ],
        confidence_note: Some(
            "We found no trusted steps made just for foot cramps. These follow general advice to stretch and rub the muscle gently, and a toe pull shown by Cleveland Clinic. Stop if it hurts more.",
        ),
        sources: &["nhs-leg-cramps", "mayo-night-leg-cramps", "cleveland-foot-cramps"],
    },
    Muscle {
        id: MuscleId::BackOfThigh,
        name: "Back of thigh",
        hint: "hamstring, behind the thigh above the knee",
        steps: &[
            Step { text: "Sit with the leg straight out in front.", figure: Some(Figure::StraightLegFootPull) },
            Step { text: "Pull your toes up towards your face.", figure: Some(Figure::StraightLegFootPull) },
            Step { text: "Hold the stretch. Breathe slowly.", figure: None },
        ],
        hold_seconds: 30,
        alternatives: &[
            Step { text: "Lie on your back with the leg straight.", figure: Some(Figure::StraightLegFootPull) },
            Step {
                text: "Loop a towel or sheet round your foot. Pull your toes towards you.",
                figure: Some(Figure::StraightLegFootPull),
            },
        ],
        confidence_note: None,
        sources: &["mayo-muscle-cramp", "nhs-leg-cramps"],
    },
    Muscle {
        id: MuscleId::FrontOfThigh,
        name: "Front of thigh",
        hint: "quadriceps, the front of the thigh above the knee",
        steps: &[
            Step { text: "Stand and hold a chair or the wall.", figure: Some(Figure::StandingQuadPull) },
            Step { text: "Bend the cramped knee.", figure: Some(Figure::StandingQuadPull) },
            Step { text: "Pull that foot up towards your bottom.", figure: Some(Figure::StandingQuadPull) },
            Step { text: "Hold the stretch. Breathe slowly.", figure: None },
        ],
        hold_seconds: 30,
        alternatives: &[
            Step { text: "Lie on your side, cramped leg on top.", figure: Some(Figure::LyingQuadPull) },
            Step { text: "Pull that foot towards your bottom.", figure: Some(Figure::LyingQuadPull) },
        ],
        confidence_note: None,
        sources: &["mayo-muscle-cramp", "aaos-stretches"],
    },
];

/// What helps after the cramp eases (warmth, massage, walking about, soreness), for every muscle.
pub static AFTERCARE: &[Cited] = &[
    cited(
        "Warm the muscle: a warm towel, a hot bath or shower, or a heat pad.",
        &["mayo-muscle-cramp"],
    ),
    cited(
        "Rub (massage) the muscle. Some people rub it with ice.",
        &["mayo-night-leg-cramps", "mayo-muscle-cramp", "nhs-leg-cramps"],
    ),
    cited("Walk about, or shake the leg.", &["mayo-night-leg-cramps"]),
    cited("Heat suits a tight muscle. Cold suits a sore one.", &["aaos-stretches"]),
    cited(
        "Painkillers work too slowly to stop the cramp itself, but they may ease soreness afterwards.",
        &["nhs-leg-cramps"],
    ),
    cited(
        "The muscle can stay sore for up to a day. That is common after a cramp.",
        &["nhs-leg-cramps"],
    ),
];

pub fn muscle(id: MuscleId) -> Option<&'static Muscle> {
    MUSCLES.iter().find(|m| m.id == id)
}
