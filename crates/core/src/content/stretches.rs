//! The bedtime stretch routine as content: the two stretches (calf, back of thigh), their steps
//! standing and sitting, how long each part lasts, and what the routine is based on.
//!
//! The routine follows the one trial that found nightly stretching helps (Hallegraeff 2012):
//! calf and hamstring, each held for 10 seconds, 3 times per leg, with about 10 seconds' rest
//! between holds, just before sleep, for 6 weeks. The trial taught the stretches standing and
//! offered a sitting way to anyone who found standing hard, so both are here. Steps reuse the
//! relief drawings ([`Figure`]) where one fits; the standing thigh stretch has none yet.
//!
//! `crate::stretch` turns [`BEDTIME_TIMING`] into the timed, guided routine.

use super::relief::{Figure, Step};
use super::{cited, Cited};

/// The two muscles the trial stretched, in the order the routine does them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StretchId {
    Calf,
    BackOfThigh,
}

impl StretchId {
    pub const ALL: [StretchId; 2] = [StretchId::Calf, StretchId::BackOfThigh];
}

/// Which leg is being stretched. The routine starts with the left.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Leg {
    Left,
    Right,
}

impl Leg {
    pub const BOTH: [Leg; 2] = [Leg::Left, Leg::Right];

    /// "left" / "right", for sentences.
    pub fn word(self) -> &'static str {
        match self {
            Leg::Left => "left",
            Leg::Right => "right",
        }
    }

    pub fn other(self) -> Leg {
        match self {
            Leg::Left => Leg::Right,
            Leg::Right => Leg::Left,
        }
    }
}

/// Standing (as the trial taught) or sitting (the trial's choice for people who found standing
/// hard).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Position {
    Standing,
    Sitting,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stretch {
    pub id: StretchId,
    /// The heading, e.g. "Calf stretch".
    pub name: &'static str,
    /// How a spoken cue names the muscle: "calf", "back of the thigh".
    pub spoken_name: &'static str,
    /// The muscle of one leg in a spoken cue, `{leg}` standing for "left" or "right".
    pub spoken_for_leg: &'static str,
    /// Where the pull should be felt, so a person knows the stretch is working.
    pub felt_in: &'static str,
    /// Getting into the stretch standing, numbered in order.
    pub standing: &'static [Step],
    /// The same stretch sitting on the bed or a chair.
    pub sitting: &'static [Step],
    pub sources: &'static [&'static str],
}

impl Stretch {
    /// "your left calf", "the back of your right thigh".
    pub fn said_for(&self, leg: Leg) -> String {
        self.spoken_for_leg.replace("{leg}", leg.word())
    }

    /// The steps for one position.
    pub fn steps(&self, position: Position) -> &'static [Step] {
        match position {
            Position::Standing => self.standing,
            Position::Sitting => self.sitting,
        }
    }
}

/// Calf first, as in the trial. Each step is one short instruction: the person reads them once,
/// then follows the spoken cues with the screen out of sight.
pub static STRETCHES: &[Stretch] = &[
    Stretch {
        id: StretchId::Calf,
        name: "Calf stretch",
        spoken_name: "calf",
        spoken_for_leg: "your {leg} calf",
        felt_in: "the back of the lower leg",
        standing: &[
            Step { text: "Stand an arm's length from a wall, facing it.", figure: Some(Figure::StandingCalfLean) },
            Step { text: "Put both hands flat on the wall at chest height.", figure: Some(Figure::StandingCalfLean) },
            Step { text: "Step back with the leg you are stretching. Keep that heel down and that knee straight.", figure: Some(Figure::StandingCalfLean) },
            Step { text: "Bend your front knee and lean towards the wall.", figure: Some(Figure::StandingCalfLean) },
            Step { text: "Stop when you feel a firm pull in the calf. It should not hurt.", figure: None },
        ],
        sitting: &[
            Step { text: "Sit on the bed with the leg straight out in front.", figure: Some(Figure::StraightLegFootPull) },
            Step { text: "Loop a towel or a sheet round the ball of your foot.", figure: Some(Figure::StraightLegFootPull) },
            Step { text: "Pull your toes towards you until you feel a firm pull in the calf.", figure: Some(Figure::StraightLegFootPull) },
        ],
        sources: &["hallegraeff-2012", "cochrane-nondrug-2021"],
    },
    Stretch {
        id: StretchId::BackOfThigh,
        name: "Back of thigh stretch",
        spoken_name: "back of the thigh",
        spoken_for_leg: "the back of your {leg} thigh",
        felt_in: "the back of the thigh, above the knee",
        standing: &[
            Step { text: "Stand facing a low step or a stool. Hold on to something steady.", figure: None },
            Step { text: "Rest the heel of the leg you are stretching on the step. Keep that knee straight.", figure: None },
            Step { text: "Keep your back straight and lean forward from your hips.", figure: None },
            Step { text: "Stop when you feel a firm pull at the back of the thigh. It should not hurt.", figure: None },
        ],
        sitting: &[
            Step { text: "Sit on the edge of the bed or a chair.", figure: None },
            Step { text: "Put the leg you are stretching straight out, heel on the floor, toes up.", figure: Some(Figure::StraightLegFootPull) },
            Step { text: "Keep your back straight and lean forward from your hips.", figure: Some(Figure::StraightLegFootPull) },
            Step { text: "Stop when you feel a firm pull at the back of the thigh. It should not hurt.", figure: None },
        ],
        sources: &["hallegraeff-2012", "cochrane-nondrug-2021"],
    },
];

pub fn stretch(id: StretchId) -> &'static Stretch {
    // STRETCHES holds every id (checked by tests/stretches.rs), in `StretchId::ALL` order.
    match id {
        StretchId::Calf => &STRETCHES[0],
        StretchId::BackOfThigh => &STRETCHES[1],
    }
}

/// How long each part of the routine lasts, in whole seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timing {
    /// Time to get into the first stretch after pressing Start.
    pub get_ready: u32,
    /// One hold.
    pub hold: u32,
    /// Holds per muscle per leg.
    pub holds_per_leg: u32,
    /// A pause between two holds on the same leg.
    pub rest: u32,
    /// Time to swap to the other leg.
    pub switch_leg: u32,
    /// Time to move from one stretch to the next.
    pub next_stretch: u32,
}

/// In what order the legs take their holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LegOrder {
    /// Left, right, left, right ...: each leg rests while the other holds, so there are no
    /// separate rests, and both legs fit in about 3 minutes, as in the trial. The default.
    TakeTurns,
    /// All three holds on one leg (a rest between each), then the other leg. Fewer changes of
    /// position, for anyone who finds swapping legs hard; it takes about a minute longer.
    OneLegAtATime,
}

/// The trial's numbers: 10-second holds, 3 per leg, 10 seconds' rest between them. The time to
/// get ready, swap legs and change stretch is ours: long enough to move calmly, short enough that
/// the whole routine (taking turns) stays near the trial's 3 minutes.
pub const BEDTIME_TIMING: Timing = Timing {
    get_ready: 10,
    hold: 10,
    holds_per_leg: 3,
    rest: 10,
    switch_leg: 5,
    next_stretch: 10,
};

/// How many weeks the trial asked people to stretch, and so how long a personal trial runs.
pub const TRIAL_WEEKS: u32 = 6;

/// What the routine is and what it is based on, shown before Start.
pub static ABOUT: &[Cited] = &[
    cited(
        "Do these two stretches every night, just before you go to sleep.",
        &["hallegraeff-2012"],
    ),
    cited(
        "Hold each stretch for 10 seconds. Do it 3 times on each leg. It takes about 3 minutes.",
        &["hallegraeff-2012"],
    ),
    cited(
        "In a trial, people over 55 did this every night for 6 weeks. They had fewer cramps, and the cramps hurt less.",
        &["hallegraeff-2012", "hawke-burns-2012"],
    ),
    cited(
        "A later review says the proof is still weak. Stretching is safe to try, and no harms were found.",
        &["cochrane-nondrug-2021"],
    ),
];

/// Said once before Start; repeated by no cue, so it stays short.
pub static SAFETY: &[Cited] = &[
    cited(
        "Stretch until you feel a firm pull, not pain. Stop if it hurts.",
        &["hallegraeff-2012"],
    ),
    cited(
        "Breathe slowly. Do not hold your breath.",
        &["hallegraeff-2012"],
    ),
    cited(
        "If you stand, hold on to something steady. If standing is hard, sit instead.",
        &["hallegraeff-2012"],
    ),
];

/// The page's heading (and the way in from the start page and the guide).
pub const TITLE: &str = "Bedtime stretches";
/// One line under the way in: what the page offers.
pub const INVITE: &str =
    "A 3-minute stretch for each night, with beeps that tell you when to hold and when to let go.";
/// The link in the guide's prevention section.
pub const GUIDE_LINK: &str = "Do the bedtime stretches with a timer";

/// The stretch page's way to the personal trial.
pub const EXPERIMENT_LINK: &str = "Does it work for you? Try it for 6 weeks with your diary";
/// The heading over [`SAFETY`].
pub const SAFETY_TITLE: &str = "Stay safe";
/// The heading over the two stretches' steps.
pub const STEPS_TITLE: &str = "How to do the stretches";
/// Where the pull should be felt, before [`Stretch::felt_in`].
pub const FEEL_IT: &str = "You should feel it in";
/// The heading over each way of doing a stretch.
pub fn position_title(position: Position) -> &'static str {
    match position {
        Position::Standing => "Standing",
        Position::Sitting => "Sitting on the bed or a chair",
    }
}
