//! The guided routine as a state machine driven by the clock the UI passes in (milliseconds from
//! any steady clock), like [`crate::timer`]: start, pause, resume, skip, and which cue is due.
//!
//! Each part's cue is given once, when the part begins. If the page was asleep and several parts
//! went by, only the cue of the part now under way is given, so nothing stale is played.

use super::cue::{cue_for, finished, Cue};
use super::plan::{part_ms, Phase, Plan};
use crate::content::stretches::{Leg, LegOrder, StretchId};

/// Where the routine is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    NotStarted,
    /// Going since `since_ms`, after `elapsed_before_ms` of routine before that (pauses and
    /// skips start a new run, so a clock read is never subtracted from another run's).
    Running {
        since_ms: u64,
        elapsed_before_ms: u64,
    },
    /// Stopped this far into the routine.
    Paused {
        elapsed_ms: u64,
    },
    Done,
}

/// What the screen shows at one moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct View {
    pub phase: Phase,
    /// The stretch being held, or the one coming next in a gap (for its drawing).
    pub stretch: StretchId,
    pub leg: Leg,
    /// "Hold 2 of 3".
    pub hold_number: u32,
    pub holds_per_leg: u32,
    /// The big countdown: whole seconds left of this part, rounded up.
    pub seconds_left: u32,
    /// How much of this part is left, in thousandths, for a progress ring.
    pub permille_left: u32,
    /// Whole seconds left of the whole routine, rounded up.
    pub routine_seconds_left: u32,
    pub paused: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Routine {
    plan: Plan,
    state: State,
    /// How many parts have had their cue (or been passed while asleep).
    cued: usize,
}

impl Routine {
    pub fn new(plan: Plan) -> Routine {
        Routine {
            plan,
            state: State::NotStarted,
            cued: 0,
        }
    }

    /// The bedtime routine with the trial's timing.
    pub fn bedtime(order: LegOrder) -> Routine {
        Routine::new(Plan::bedtime(order))
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn state(&self) -> State {
        self.state
    }

    /// How far into the routine it is at `now_ms`.
    pub fn elapsed_ms(&self, now_ms: u64) -> u64 {
        match self.state {
            State::NotStarted => 0,
            State::Running {
                since_ms,
                elapsed_before_ms,
            } => elapsed_before_ms
                .saturating_add(now_ms.saturating_sub(since_ms))
                .min(self.plan.total_ms()),
            State::Paused { elapsed_ms } => elapsed_ms,
            State::Done => self.plan.total_ms(),
        }
    }

    /// Starts from the beginning (also after Done, to go again). Does nothing while running or
    /// paused. Returns the first part's cue.
    pub fn start(&mut self, now_ms: u64) -> Option<Cue> {
        match self.state {
            State::NotStarted | State::Done => {
                self.cued = 0;
                self.run_from(now_ms, 0);
                self.cue_due(0)
            }
            State::Running { .. } | State::Paused { .. } => None,
        }
    }

    /// Stops the clock. A routine whose time is up finishes instead (and says so once).
    pub fn pause(&mut self, now_ms: u64) -> Option<Cue> {
        let State::Running { .. } = self.state else {
            return None;
        };
        let elapsed_ms = self.elapsed_ms(now_ms);
        if elapsed_ms >= self.plan.total_ms() {
            return self.finish();
        }
        self.state = State::Paused { elapsed_ms };
        None
    }

    /// Carries on where the pause left off. Says nothing: the screen shows where it is, and the
    /// next part's cue comes when it begins.
    pub fn resume(&mut self, now_ms: u64) -> Option<Cue> {
        let State::Paused { elapsed_ms } = self.state else {
            return None;
        };
        self.run_from(now_ms, elapsed_ms);
        None
    }

    /// Moves to the start of the next part now (running or paused, it stays so) and gives that
    /// part's cue. Skipping the last part finishes the routine.
    pub fn skip(&mut self, now_ms: u64) -> Option<Cue> {
        let elapsed_ms = match self.state {
            State::Running { .. } | State::Paused { .. } => self.elapsed_ms(now_ms),
            State::NotStarted | State::Done => return None,
        };
        let next = self
            .plan
            .part_at(elapsed_ms)
            .map_or(self.plan.parts.len(), |i| i + 1);
        if next >= self.plan.parts.len() {
            return self.finish();
        }
        let start_ms = self.plan.start_ms(next);
        match self.state {
            State::Paused { .. } => {
                self.state = State::Paused {
                    elapsed_ms: start_ms,
                }
            }
            _ => self.run_from(now_ms, start_ms),
        }
        self.cue_due(start_ms)
    }

    /// Ends the routine now, giving the closing cue. Does nothing if it has not started or is over.
    pub fn finish(&mut self) -> Option<Cue> {
        match self.state {
            State::Running { .. } | State::Paused { .. } => {
                self.state = State::Done;
                self.cued = self.plan.parts.len();
                Some(finished())
            }
            State::NotStarted | State::Done => None,
        }
    }

    /// Back to the start, saying nothing (the person pressed Stop).
    pub fn reset(&mut self) {
        self.state = State::NotStarted;
        self.cued = 0;
    }

    /// Moves time on to `now_ms` and returns the cue due, if any. Call it as often as you like.
    pub fn tick(&mut self, now_ms: u64) -> Option<Cue> {
        let State::Running { .. } = self.state else {
            return None;
        };
        let elapsed_ms = self.elapsed_ms(now_ms);
        if elapsed_ms >= self.plan.total_ms() {
            return self.finish();
        }
        self.cue_due(elapsed_ms)
    }

    /// What the screen shows at `now_ms`. Before the start it shows the first part, full.
    pub fn view(&self, now_ms: u64) -> View {
        let total_ms = self.plan.total_ms();
        let elapsed_ms = self.elapsed_ms(now_ms);
        let holds_per_leg = self.plan.holds_per_leg;
        let routine_seconds_left = to_seconds(total_ms - elapsed_ms);
        let paused = matches!(self.state, State::Paused { .. });
        let current = match self.state {
            State::Done => None,
            _ => self.plan.part_at(elapsed_ms),
        };
        let Some(index) = current else {
            let last = self.plan.parts.last();
            return View {
                phase: Phase::Done,
                stretch: last.map_or(StretchId::Calf, |p| p.stretch),
                leg: last.map_or(Leg::Right, |p| p.leg),
                hold_number: holds_per_leg,
                holds_per_leg,
                seconds_left: 0,
                permille_left: 0,
                routine_seconds_left: 0,
                paused: false,
            };
        };
        let part = self.plan.parts[index];
        let part_total = part_ms(&part);
        let left_ms = (self.plan.start_ms(index) + part_total).saturating_sub(elapsed_ms);
        View {
            phase: part.phase,
            stretch: part.stretch,
            leg: part.leg,
            hold_number: part.hold_number,
            holds_per_leg,
            seconds_left: to_seconds(left_ms),
            permille_left: u32::try_from(left_ms * 1000 / part_total.max(1)).unwrap_or(1000),
            routine_seconds_left,
            paused,
        }
    }

    fn run_from(&mut self, now_ms: u64, elapsed_ms: u64) {
        self.state = State::Running {
            since_ms: now_ms,
            elapsed_before_ms: elapsed_ms,
        };
    }

    /// The cue of the part under way at `elapsed_ms`, if it has not been given yet.
    fn cue_due(&mut self, elapsed_ms: u64) -> Option<Cue> {
        let Some(index) = self.plan.part_at(elapsed_ms) else {
            return self.finish();
        };
        if index < self.cued {
            return None;
        }
        self.cued = index + 1;
        Some(cue_for(&self.plan.parts[index], self.plan.holds_per_leg))
    }
}

/// Milliseconds to whole seconds, rounded up.
fn to_seconds(ms: u64) -> u32 {
    u32::try_from(ms.div_ceil(1000)).unwrap_or(u32::MAX)
}
