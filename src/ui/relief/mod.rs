//! Relief mode and bedtime stretches: the muscle picker and each muscle's page ([`now`]) with its
//! hold timer and one-tap diary log, and the guided routine ([`stretch`]) with its player and
//! cue sounds.

pub mod cue_sounds;
pub mod hold_timer;
pub mod now;
pub mod quick_log;
pub mod stretch;
pub mod stretch_player;
