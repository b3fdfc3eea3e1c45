//! The guided bedtime stretches (pure): the routine laid out in time ([`Plan`]), the state machine
//! that walks it as the clock goes on ([`Routine`]: start, pause, resume, skip), the cue for
//! each change of part ([`Cue`]: a tone, words to speak, a vibration pattern), and what the
//! player shows in words ([`words`]).
//!
//! The UI passes the time in and renders [`View`]; it plays each cue it is given and decides
//! nothing itself. The steps, timing and sources live in [`crate::content::stretches`].

mod cue;
mod plan;
mod routine;
pub mod words;

pub use cue::{Cue, Tone};
pub use plan::{Part, Phase, Plan};
pub use routine::{Routine, State, View};
