//! What the stretch player shows in words: what to do now ("Left calf: hold 2 of 3"), the time
//! left, the buttons, the spoken-cue switch and the end. Pure, so the page and its DOM code only
//! put these strings on screen, and the readability test can grade them.

use super::plan::Phase;
use super::routine::{State, View};
use crate::content::stretches::{Leg, StretchId};

/// The player's heading.
pub const TITLE: &str = "Stretch with the timer";
/// Shown before Start, in place of what to do now.
pub const READY: &str =
    "Press Start when you are ready. You will hear a sound each time you need to move.";
/// The switch for spoken cues (off by default).
pub const VOICE_LABEL: &str = "Say the steps out loud";
/// Said under the switch when the device has no voice of its own: speech would go to an online
/// service, so the player stays with sounds.
pub const NO_LOCAL_VOICE: &str =
    "This device has no voice of its own, so you will hear sounds only.";
/// The end of the routine.
pub const DONE: &str = "Done. Well done!";
/// The way to the diary after the routine.
pub const TO_DIARY: &str = "Open your diary";
/// The button at the end that marks tonight in the diary (`diary::quick::mark_stretched_in_store`).
pub const MARK_STRETCHED: &str = "Mark \u{201c}stretched tonight\u{201d} in my diary";
/// That button once tonight is marked.
pub const MARKED_STRETCHED: &str = "Marked in your diary";
/// Said before the sounds, so a person knows what each one means.
pub const SOUNDS: &[&str] = &[
    "Two low beeps: get into place.",
    "A rising beep: hold the stretch.",
    "A falling beep: let go.",
    "Three beeps: all done.",
];

/// The main button's words for each state.
pub fn toggle_label(state: State) -> &'static str {
    match state {
        State::NotStarted => "Start",
        State::Running { .. } => "Pause",
        State::Paused { .. } => "Resume",
        State::Done => "Start again",
    }
}

pub const SKIP: &str = "Skip";
pub const RESET: &str = "Reset";

/// The muscle of one leg as shown on screen: "Left calf", "Back of right thigh".
pub fn muscle_on_leg(stretch: StretchId, leg: Leg) -> String {
    match (stretch, leg) {
        (StretchId::Calf, Leg::Left) => "Left calf".into(),
        (StretchId::Calf, Leg::Right) => "Right calf".into(),
        (StretchId::BackOfThigh, leg) => format!("Back of {} thigh", leg.word()),
    }
}

/// What to do now, in a few words: "Left calf: hold 2 of 3".
pub fn doing_now(view: &View) -> String {
    let muscle = muscle_on_leg(view.stretch, view.leg);
    let of = view.holds_per_leg;
    let n = view.hold_number;
    match view.phase {
        Phase::GetReady => format!("Get ready: {muscle}"),
        Phase::Hold => format!("{muscle}: hold {n} of {of}"),
        Phase::Rest => format!("Let go and rest. Next: {muscle}, hold {n} of {of}"),
        Phase::SwitchLeg => format!("Swap legs. Next: {muscle}, hold {n} of {of}"),
        Phase::NextStretch => format!("Next stretch: {muscle}"),
        Phase::Done => DONE.into(),
    }
}

/// "second" or "seconds" after the big countdown.
pub fn seconds_unit(seconds: u32) -> &'static str {
    if seconds == 1 {
        "second"
    } else {
        "seconds"
    }
}

/// The whole routine's time left: "3:05 left in all".
pub fn routine_left(seconds: u32) -> String {
    let (m, s) = (seconds / 60, seconds % 60);
    let pad = if s < 10 { "0" } else { "" };
    format!("{m}:{pad}{s} left in all")
}
