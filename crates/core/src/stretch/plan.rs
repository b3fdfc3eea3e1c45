//! The routine laid out in time: every part (get ready, hold, rest, switch leg, next stretch) in
//! order, with how long it lasts. Built once from the content's timing; the state machine only
//! walks it.

use crate::content::stretches::{Leg, LegOrder, StretchId, Timing, BEDTIME_TIMING};

/// What the person is doing during one part of the routine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    /// Getting into the first stretch.
    GetReady,
    /// Holding a stretch.
    Hold,
    /// Letting go between two holds on the same leg.
    Rest,
    /// Swapping to the other leg.
    SwitchLeg,
    /// Moving on to the next stretch.
    NextStretch,
    /// The routine is over.
    Done,
}

/// One timed part of the routine. `stretch` and `leg` say what comes next (for a gap) or what is
/// being held (for a hold), so a screen always has a drawing and a leg to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Part {
    pub phase: Phase,
    pub stretch: StretchId,
    pub leg: Leg,
    /// For a hold, which one on this leg (1-based); otherwise the hold that comes next.
    pub hold_number: u32,
    pub seconds: u32,
}

/// The whole routine, in order. It never contains [`Phase::Done`]: that is where it ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub parts: Vec<Part>,
    /// Holds per leg, for "hold 2 of 3".
    pub holds_per_leg: u32,
}

impl Plan {
    /// The routine for `stretches`, in that order, both legs each, left leg first.
    pub fn new(stretches: &[StretchId], timing: Timing, order: LegOrder) -> Plan {
        let holds = timing.holds_per_leg.max(1);
        let mut parts = Vec::new();
        for (index, &stretch) in stretches.iter().enumerate() {
            let first_gap = if index == 0 {
                Phase::GetReady
            } else {
                Phase::NextStretch
            };
            let first_gap_seconds = if index == 0 {
                timing.get_ready
            } else {
                timing.next_stretch
            };
            let mut push = |phase, leg, hold_number, seconds| {
                parts.push(Part {
                    phase,
                    stretch,
                    leg,
                    hold_number,
                    seconds,
                });
            };
            push(first_gap, Leg::Left, 1, first_gap_seconds);
            match order {
                LegOrder::TakeTurns => {
                    for hold in 1..=holds {
                        for leg in Leg::BOTH {
                            if !(hold == 1 && leg == Leg::Left) {
                                push(Phase::SwitchLeg, leg, hold, timing.switch_leg);
                            }
                            push(Phase::Hold, leg, hold, timing.hold);
                        }
                    }
                }
                LegOrder::OneLegAtATime => {
                    for leg in Leg::BOTH {
                        if leg == Leg::Right {
                            push(Phase::SwitchLeg, leg, 1, timing.switch_leg);
                        }
                        for hold in 1..=holds {
                            if hold > 1 {
                                push(Phase::Rest, leg, hold, timing.rest);
                            }
                            push(Phase::Hold, leg, hold, timing.hold);
                        }
                    }
                }
            }
        }
        // A gap of 0 seconds would flash past; leave it out rather than cue it.
        parts.retain(|p| p.seconds > 0);
        Plan {
            parts,
            holds_per_leg: holds,
        }
    }

    /// The bedtime routine: calf then back of thigh, with the trial's timing.
    pub fn bedtime(order: LegOrder) -> Plan {
        Plan::new(&StretchId::ALL, BEDTIME_TIMING, order)
    }

    /// The whole routine, in milliseconds.
    pub fn total_ms(&self) -> u64 {
        self.parts.iter().map(part_ms).sum()
    }

    /// Where part `index` starts, in milliseconds from the start (the total for `index` = len).
    pub fn start_ms(&self, index: usize) -> u64 {
        self.parts.iter().take(index).map(part_ms).sum()
    }

    /// The part under way `elapsed_ms` into the routine, or `None` once it is over.
    pub fn part_at(&self, elapsed_ms: u64) -> Option<usize> {
        let mut end = 0;
        for (index, part) in self.parts.iter().enumerate() {
            end += part_ms(part);
            if elapsed_ms < end {
                return Some(index);
            }
        }
        None
    }
}

pub(crate) fn part_ms(part: &Part) -> u64 {
    u64::from(part.seconds) * 1000
}
