//! The hold timer state machine (pure): how long is left of a stretch hold, and which spoken
//! announcements are due.
//!
//! Time is passed in (milliseconds from any monotonic-ish clock), so the machine is tested
//! natively without waiting and the UI decides where time comes from. Announcements are few on
//! purpose: at the start, half way, 10 and 5 seconds left, and at the end. A screen reader that
//! spoke every second would drown out the person's own thoughts at 3 a.m.

/// Where the timer is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Not started (or reset).
    Idle,
    /// Counting down; it ends at `ends_at_ms`.
    Running { ends_at_ms: u64 },
    /// Stopped part way with this much left.
    Paused { remaining_ms: u64 },
    /// The hold is over.
    Finished,
}

/// Something worth saying out loud.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Announcement {
    /// The hold has started and lasts this many seconds.
    Started { seconds: u32 },
    /// Half of the hold is done; this many seconds are left.
    Halfway { seconds_left: u32 },
    /// A late count: 10 or 5 seconds left.
    SecondsLeft(u32),
    /// The hold is over.
    Done,
}

impl Announcement {
    /// What the timer's live region says.
    pub fn words(self) -> String {
        match self {
            Announcement::Started { seconds } => format!("Hold for {seconds} seconds."),
            Announcement::Halfway { seconds_left } => {
                format!("Halfway: {seconds_left} seconds left.")
            }
            Announcement::SecondsLeft(s) => format!("{s} seconds left."),
            Announcement::Done => "Time is up. Hold done.".to_string(),
        }
    }
}

/// What a countdown shows at one moment. Two moments with equal displays look the same, so a UI
/// can skip redrawing between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Display {
    /// Whole seconds left, rounded up.
    pub seconds_left: u32,
    /// How much of the hold is left, in thousandths (1000 = all of it), for a progress ring.
    pub permille_left: u32,
}

/// A milestone on the way down: announce `what` once, when the time left reaches `at_ms`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Milestone {
    at_ms: u64,
    what: Announcement,
}

/// The countdowns said out loud near the end, in seconds.
const LATE_COUNTS: [u32; 2] = [10, 5];

/// A hold timer for one stretch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timer {
    duration_ms: u64,
    phase: Phase,
    /// How many of [`Timer::milestones`] have been passed in this run (they are in time order).
    passed: usize,
}

impl Timer {
    /// A timer for a hold of `seconds` (at least 1 second).
    pub fn new(seconds: u32) -> Timer {
        Timer {
            duration_ms: u64::from(seconds.max(1)) * 1000,
            phase: Phase::Idle,
            passed: 0,
        }
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// The full hold, in whole seconds.
    pub fn duration_seconds(&self) -> u32 {
        to_seconds(self.duration_ms)
    }

    pub fn is_running(&self) -> bool {
        matches!(self.phase, Phase::Running { .. })
    }

    /// Milliseconds left at `now_ms`. A clock that went backwards never adds time beyond the hold.
    pub fn remaining_ms(&self, now_ms: u64) -> u64 {
        match self.phase {
            Phase::Idle => self.duration_ms,
            Phase::Running { ends_at_ms } => {
                ends_at_ms.saturating_sub(now_ms).min(self.duration_ms)
            }
            Phase::Paused { remaining_ms } => remaining_ms,
            Phase::Finished => 0,
        }
    }

    /// Whole seconds left at `now_ms`, rounded up, as a countdown shows them: "30" until a full
    /// second has gone, and "0" only when the hold is over.
    pub fn remaining_seconds(&self, now_ms: u64) -> u32 {
        to_seconds(self.remaining_ms(now_ms))
    }

    /// What the countdown shows at `now_ms`.
    pub fn display(&self, now_ms: u64) -> Display {
        let remaining_ms = self.remaining_ms(now_ms);
        let permille = remaining_ms.saturating_mul(1000) / self.duration_ms.max(1);
        Display {
            seconds_left: to_seconds(remaining_ms),
            permille_left: u32::try_from(permille).unwrap_or(1000),
        }
    }

    /// Starts the hold (also from Finished, to hold again). Does nothing if it is already
    /// running or paused: use [`Timer::resume`] or [`Timer::reset`].
    pub fn start(&mut self, now_ms: u64) -> Option<Announcement> {
        match self.phase {
            Phase::Idle | Phase::Finished => {
                self.phase = Phase::Running {
                    ends_at_ms: now_ms.saturating_add(self.duration_ms),
                };
                self.passed = 0;
                Some(Announcement::Started {
                    seconds: self.duration_seconds(),
                })
            }
            Phase::Running { .. } | Phase::Paused { .. } => None,
        }
    }

    /// Pauses a running hold. If no time is left, the hold is over instead: pausing at zero
    /// finishes it (and announces that once).
    pub fn pause(&mut self, now_ms: u64) -> Option<Announcement> {
        let Phase::Running { .. } = self.phase else {
            return None;
        };
        let remaining_ms = self.remaining_ms(now_ms);
        if remaining_ms == 0 {
            return self.finish();
        }
        // Milestones reached before the pause still count as passed; ones due now are dropped, since the pause itself was the person's action.
        self.passed = self.passed_at(remaining_ms);
        self.phase = Phase::Paused { remaining_ms };
        None
    }

    /// Carries on from where a pause left off.
    pub fn resume(&mut self, now_ms: u64) -> Option<Announcement> {
        let Phase::Paused { remaining_ms } = self.phase else {
            return None;
        };
        self.phase = Phase::Running {
            ends_at_ms: now_ms.saturating_add(remaining_ms),
        };
        None
    }

    /// Back to the start, from any phase. Says nothing: the person just pressed Reset.
    pub fn reset(&mut self) {
        self.phase = Phase::Idle;
        self.passed = 0;
    }

    /// Ends a running or paused hold now (announcing Done). Does nothing when idle or finished.
    pub fn finish(&mut self) -> Option<Announcement> {
        match self.phase {
            Phase::Running { .. } | Phase::Paused { .. } => {
                self.phase = Phase::Finished;
                self.passed = self.milestones().len();
                Some(Announcement::Done)
            }
            Phase::Idle | Phase::Finished => None,
        }
    }

    /// Moves time on to `now_ms` and returns the announcement due, if any. Call it as often as
    /// you like: each milestone is announced once. If several were passed at once (the page was
    /// asleep), only the latest is returned, so nothing stale is read out.
    pub fn tick(&mut self, now_ms: u64) -> Option<Announcement> {
        let Phase::Running { .. } = self.phase else {
            return None;
        };
        let remaining_ms = self.remaining_ms(now_ms);
        if remaining_ms == 0 {
            return self.finish();
        }
        let passed = self.passed_at(remaining_ms);
        let due = (passed > self.passed).then(|| self.milestones()[passed - 1].what);
        self.passed = passed;
        due
    }

    /// The announcements between start and end, in time order. Only milestones strictly inside
    /// the hold are kept (a 10-second hold does not say "10 seconds left" after "Hold for 10
    /// seconds"), and two at the same moment become one (the later, more specific count).
    fn milestones(&self) -> Vec<Milestone> {
        let half_ms = self.duration_ms / 2;
        let halfway = Milestone {
            at_ms: half_ms,
            what: Announcement::Halfway {
                seconds_left: to_seconds(half_ms),
            },
        };
        let late = LATE_COUNTS.map(|s| Milestone {
            at_ms: u64::from(s) * 1000,
            what: Announcement::SecondsLeft(s),
        });
        // Late counts first, so for equal times the stable sort keeps them ahead of halfway and
        // `dedup_by_key` keeps the count.
        let mut all: Vec<Milestone> = late
            .into_iter()
            .chain([halfway])
            .filter(|m| m.at_ms > 0 && m.at_ms < self.duration_ms)
            .collect();
        all.sort_by_key(|m| std::cmp::Reverse(m.at_ms));
        all.dedup_by_key(|m| m.at_ms);
        all
    }

    /// How many milestones have been reached when `remaining_ms` is left.
    fn passed_at(&self, remaining_ms: u64) -> usize {
        self.milestones()
            .iter()
            .take_while(|m| remaining_ms <= m.at_ms)
            .count()
    }
}

/// Milliseconds to whole seconds, rounded up.
fn to_seconds(ms: u64) -> u32 {
    u32::try_from(ms.div_ceil(1000)).unwrap_or(u32::MAX)
}
