//! One night in the diary ([`DiaryEntry`]) and the fixed option lists a person picks from
//! (muscles, side, how long, sleep lost, what helped, warning signs).
//!
//! Each option has a stable `key` (written to export files and storage, so it must never change)
//! and a `label` (what a person reads, free to reword). Sets are `BTreeSet` so they always list in
//! the same order on screen, in files and in CSV.

use std::collections::BTreeSet;
use std::fmt;

use super::date::Date;

/// A fixed list of options with stable keys and readable labels.
pub trait Choice: Sized + Copy + 'static {
    /// Every option, in the order a form shows them.
    const ALL: &'static [Self];
    /// Stable machine name used in files, e.g. `back_of_thigh`. Never change one once released.
    fn key(self) -> &'static str;
    /// Plain-English label, e.g. "Back of thigh (hamstring)".
    fn label(self) -> &'static str;
    /// The option with this key, if any.
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|option| option.key() == key)
    }
}

/// Declares an option enum and its [`Choice`] table in one place, so keys and labels cannot drift.
macro_rules! choice {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => $key:literal, $label:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl Choice for $name {
            const ALL: &'static [Self] = &[ $( $name::$variant, )+ ];
            fn key(self) -> &'static str {
                match self { $( $name::$variant => $key, )+ }
            }
            fn label(self) -> &'static str {
                match self { $( $name::$variant => $label, )+ }
            }
        }
    };
}

choice! {
    /// Where the cramp was. The first four match the relief guide's muscles
    /// (`content::relief::MuscleId`); `Other` covers anything else a person reports.
    pub enum Muscle {
        Calf => "calf", "Calf",
        Foot => "foot", "Foot or arch",
        BackOfThigh => "back_of_thigh", "Back of thigh (hamstring)",
        FrontOfThigh => "front_of_thigh", "Front of thigh (quadriceps)",
        Other => "other", "Somewhere else",
    }
}

choice! {
    /// Which leg.
    pub enum Side {
        Left => "left", "Left leg",
        Right => "right", "Right leg",
        Both => "both", "Both legs",
    }
}

choice! {
    /// How long the longest cramp lasted. Bands rather than minutes because nobody times a cramp
    /// at 3 a.m.; the last band matters clinically (over 10 minutes is a reason to get advice).
    pub enum Longest {
        UnderOneMinute => "under_1_min", "Under 1 minute",
        OneToFiveMinutes => "1_to_5_min", "1 to 5 minutes",
        FiveToTenMinutes => "5_to_10_min", "5 to 10 minutes",
        OverTenMinutes => "over_10_min", "Over 10 minutes",
    }
}

impl Longest {
    /// The band for a measured length, e.g. from relief mode's hold timer.
    pub fn from_seconds(seconds: u32) -> Longest {
        match seconds {
            0..=59 => Longest::UnderOneMinute,
            60..=299 => Longest::OneToFiveMinutes,
            300..=599 => Longest::FiveToTenMinutes,
            _ => Longest::OverTenMinutes,
        }
    }
}

choice! {
    /// Roughly how much sleep the cramps cost, as bands for the same reason as [`Longest`].
    pub enum SleepLost {
        UnderFifteenMinutes => "under_15_min", "Less than 15 minutes",
        UpToAnHour => "15_to_60_min", "15 minutes to 1 hour",
        OneToTwoHours => "1_to_2_hours", "1 to 2 hours",
        OverTwoHours => "over_2_hours", "More than 2 hours",
    }
}

choice! {
    /// What the person found helped.
    pub enum Relief {
        Stretching => "stretching", "Stretching",
        Walking => "walking", "Walking about",
        Massage => "massage", "Massage",
        Warmth => "warmth", "Warmth (bath, shower, heat pad)",
        Other => "other", "Something else",
    }
}

choice! {
    /// A warning sign noticed that night. Each one is one of the check's red flags
    /// (`diary::warning::red_flag_id`), worded here as something that happened, so the diary
    /// shows the care card the check would.
    pub enum WarningSign {
        LongCramp => "long_cramp", "A cramp lasted over 10 minutes and would not ease, even with stretching",
        SwollenLeg => "swollen_leg", "One leg was swollen, red or darker than usual, or warm to touch",
        DarkPee => "dark_pee", "Dark pee, like cola or strong tea, with sore or weak muscles",
    }
}

/// A diary entry's stable identity. Ids are given out by [`Diary`](super::Diary), never reused
/// within a session (so "undo delete" puts back exactly what was removed), and kept through
/// export and import.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntryId(pub u64);

impl fmt::Display for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// What happened on one night. A diary has at most one entry per night.
///
/// `cramps == 0` records a cramp-free night (useful for seeing a trend); the cramp details
/// (muscles, side, longest, pain) are then empty, which validation enforces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiaryEntry {
    pub id: EntryId,
    /// The evening the night began, so a cramp at 3 a.m. on the 15th belongs to the night of the 14th.
    pub night_of: Date,
    /// Number of cramps that night, 0..=[`MAX_CRAMPS`](super::validate::MAX_CRAMPS).
    pub cramps: u16,
    pub muscles: BTreeSet<Muscle>,
    /// `None` when not recorded.
    pub side: Option<Side>,
    /// `None` when not recorded.
    pub longest: Option<Longest>,
    /// Worst pain that night, 0 (none) ..= 10 (worst imaginable); `None` when not recorded
    /// (a one-tap log at 3 a.m. does not ask). Averages skip unrecorded nights.
    pub worst_pain: Option<u8>,
    /// `None` when not recorded.
    pub sleep_lost: Option<SleepLost>,
    pub helped: BTreeSet<Relief>,
    /// Warning signs recorded for the night; empty when none (or not recorded, as in every entry
    /// written before the diary asked).
    pub warning_signs: BTreeSet<WarningSign>,
    /// The bedtime stretches were done that evening (the player on /stretch/ or the form);
    /// `false` also when not recorded.
    pub stretched: bool,
    /// Free text, at most [`MAX_NOTE_CHARS`](super::validate::MAX_NOTE_CHARS) characters. Always
    /// shown as text, never as HTML.
    pub note: String,
}

impl DiaryEntry {
    /// True when everything a person entered is the same, whatever the ids. Import uses this to
    /// tell "already present" from "conflicting".
    pub fn same_content(&self, other: &DiaryEntry) -> bool {
        let DiaryEntry {
            id: _,
            night_of,
            cramps,
            muscles,
            side,
            longest,
            worst_pain,
            sleep_lost,
            helped,
            warning_signs,
            stretched,
            note,
        } = self;
        *night_of == other.night_of
            && *cramps == other.cramps
            && *muscles == other.muscles
            && *side == other.side
            && *longest == other.longest
            && *worst_pain == other.worst_pain
            && *sleep_lost == other.sleep_lost
            && *helped == other.helped
            && *warning_signs == other.warning_signs
            && *stretched == other.stretched
            && *note == other.note
    }

    /// Whether the night had any cramps (a logged cramp-free night does not count).
    pub fn had_cramps(&self) -> bool {
        self.cramps > 0
    }
}
