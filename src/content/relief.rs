//! Relief mode content: for each muscle, numbered stretch steps, seated/lying alternatives, a figure
//! id for the inline SVG the UI draws, and what helps afterwards.

use super::Cited;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MuscleId {
    Calf,
    Foot,
    BackOfThigh,
    FrontOfThigh,
}

impl MuscleId {
    pub const ALL: [MuscleId; 4] = [MuscleId::Calf, MuscleId::Foot, MuscleId::BackOfThigh, MuscleId::FrontOfThigh];

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

/// Which drawing the UI shows next to a step. The UI owns the SVG; content only names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Figure {
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

pub static MUSCLES: &[Muscle] = &[];

/// What helps after the cramp eases (warmth, massage, walking about, soreness), for every muscle.
pub static AFTERCARE: &[Cited] = &[];

pub fn muscle(id: MuscleId) -> Option<&'static Muscle> {
    MUSCLES.iter().find(|m| m.id == id)
}
