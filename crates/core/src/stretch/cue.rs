//! What the routine says, plays and buzzes when it moves from one part to the next. The UI turns
//! a [`Tone`] into a short sound made on the device, speaks the words only when spoken cues are
//! on, and vibrates where the phone can. The sounds differ by what the person must do, so the
//! routine can be followed with the screen out of sight and the voice off.

use super::plan::{Part, Phase};
use crate::content::stretches::stretch;

/// The kinds of sound, one per thing to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tone {
    /// Move into position (get ready, swap legs, next stretch): two quick low notes.
    Move,
    /// Start holding: one rising note.
    Hold,
    /// Let go: one falling note.
    LetGo,
    /// The routine is over: three gentle notes.
    Finished,
}

/// One cue, given once when a part begins.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    /// The part that begins (`Phase::Done` at the end).
    pub phase: Phase,
    pub tone: Tone,
    /// What a voice says, if spoken cues are on.
    pub words: String,
    /// Vibrate, pause, vibrate ... in milliseconds (the Vibration API's pattern).
    pub vibration: &'static [u32],
}

/// A long buzz to start holding, so it is felt through a pocket or a mattress.
const VIBRATE_HOLD: &[u32] = &[400];
/// Two short buzzes to let go.
const VIBRATE_LET_GO: &[u32] = &[120, 80, 120];
/// Three short buzzes to move.
const VIBRATE_MOVE: &[u32] = &[120, 80, 120, 80, 120];
/// Two long buzzes at the end.
const VIBRATE_FINISHED: &[u32] = &[400, 200, 400];

/// The cue for the start of `part`.
pub fn cue_for(part: &Part, holds_per_leg: u32) -> Cue {
    let muscle = stretch(part.stretch);
    let name = muscle.spoken_name;
    let this_leg = muscle.said_for(part.leg);
    let leg = part.leg.word();
    let (tone, words) = match part.phase {
        Phase::GetReady => (Tone::Move, format!("Get ready to stretch {this_leg}.")),
        Phase::Hold if part.hold_number == 1 => (Tone::Hold, format!("Stretch {this_leg}. Hold.")),
        Phase::Hold if part.hold_number == holds_per_leg => {
            (Tone::Hold, format!("Last one for the {leg} leg. Hold."))
        }
        Phase::Hold => (Tone::Hold, "Hold.".to_string()),
        Phase::Rest => (Tone::LetGo, "Let go. Rest.".to_string()),
        Phase::SwitchLeg => (Tone::LetGo, format!("Let go. Swap to your {leg} leg.")),
        Phase::NextStretch => (
            Tone::Move,
            format!("Well done. Next, the {name}. Start with your {leg} leg."),
        ),
        Phase::Done => return finished(),
    };
    let vibration = match tone {
        Tone::Move => VIBRATE_MOVE,
        Tone::Hold => VIBRATE_HOLD,
        Tone::LetGo => VIBRATE_LET_GO,
        Tone::Finished => VIBRATE_FINISHED,
    };
    Cue {
        phase: part.phase,
        tone,
        words,
        vibration,
    }
}

/// The cue at the end of the routine.
pub fn finished() -> Cue {
    Cue {
        phase: Phase::Done,
        tone: Tone::Finished,
        words: "All done. Sleep well.".to_string(),
        vibration: VIBRATE_FINISHED,
    }
}
