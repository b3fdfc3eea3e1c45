//! "Does it work for me?": a personal before-and-after trial of one change (bedtime stretching
//! by default). The 6 weeks before the change are the baseline, the 6 weeks from its first night
//! are the trial, and the diary's logged nights are compared with [`RateRatio`] (see
//! [`super::night_rates`] for the statistics and why).
//!
//! The verdict stays "too early to tell" until there are enough nights on both sides and either
//! the interval points one way or the 6 weeks are over. The sentences a person reads live here,
//! in plain words; none of them promises that a result proves anything.

use super::date::Date;
use super::night_rates::{Direction, Nights, RateRatio, Tally};
use crate::content::stretches::TRIAL_WEEKS;
use crate::content::{cited, Cited};

/// Logged nights needed on each side before any verdict: two weeks, as the issue asks for the
/// baseline, and the same for the trial, so a few good nights cannot decide it.
pub const MIN_NIGHTS: u32 = 14;

/// How far back the baseline looks: as long as the trial, so both cover a similar season.
pub const BASELINE_DAYS: i64 = 7 * TRIAL_WEEKS as i64;

/// How long the trial runs.
pub const TRIAL_DAYS: i64 = 7 * TRIAL_WEEKS as i64;

/// What the person is trying.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// The trial's routine: calf and back-of-thigh stretches every night.
    BedtimeStretching,
    /// Something the person names, e.g. "No coffee after lunch".
    Named(String),
}

/// The plain-words answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Fewer than [`MIN_NIGHTS`] logged nights in the 6 weeks before the change.
    NeedNightsBefore,
    /// The change is under way but cannot be judged yet: too few nights during it, or the
    /// interval still includes "no change" and the 6 weeks are not over.
    TooEarly,
    /// The 6 weeks are over with fewer than [`MIN_NIGHTS`] nights logged during them.
    TooFewNightsDuring,
    /// No cramp nights before or during: there was nothing for the change to improve.
    NoCramps,
    /// Clearly fewer cramp nights during the change.
    Fewer,
    /// Clearly more cramp nights during the change.
    More,
    /// The 6 weeks are over and the interval includes "no change".
    NoClearChange,
}

/// Everything the experiment page and the doctor's summary show.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub start: Date,
    /// The first and last nights of the baseline.
    pub baseline_from: Date,
    pub baseline_to: Date,
    /// The trial's first night and its last one so far (before `start` if it has not begun).
    pub trial_to: Date,
    pub baseline: Tally,
    pub trial: Tally,
    /// Days of the trial gone by, 0..=[`TRIAL_DAYS`].
    pub days_done: u32,
    pub ratio: Option<RateRatio>,
    pub verdict: Verdict,
}

/// The experiment on `nights` for a change first made on the night of `start`, as of `today`.
/// Nights after `today` (a clock set wrong) are left out.
pub fn assess(nights: &Nights, start: Date, today: Date) -> Report {
    let baseline_from = start.add_days(-BASELINE_DAYS);
    let baseline_to = start.add_days(-1).min(today);
    let trial_to = start.add_days(TRIAL_DAYS - 1).min(today);
    let baseline = Tally::between(nights, baseline_from, baseline_to);
    let trial = Tally::between(nights, start, trial_to);
    let days_done = start
        .days_until(today)
        .saturating_add(1)
        .clamp(0, TRIAL_DAYS) as u32;
    let ratio = RateRatio::compare(baseline, trial);
    let finished = i64::from(days_done) >= TRIAL_DAYS;
    let verdict = if baseline.nights < MIN_NIGHTS {
        Verdict::NeedNightsBefore
    } else if trial.nights < MIN_NIGHTS && finished {
        Verdict::TooFewNightsDuring
    } else if trial.nights < MIN_NIGHTS {
        Verdict::TooEarly
    } else if baseline.cramp_nights == 0 && trial.cramp_nights == 0 {
        Verdict::NoCramps
    } else {
        // A clear interval is reported before the 6 weeks are over, but as "so far": looking
        // again every night makes a clear result by chance more likely than 1 in 20.
        match ratio.map(|r| r.direction()) {
            Some(Direction::Fewer) => Verdict::Fewer,
            Some(Direction::More) => Verdict::More,
            _ if finished => Verdict::NoClearChange,
            _ => Verdict::TooEarly,
        }
    };
    Report {
        start,
        baseline_from,
        baseline_to,
        trial_to,
        baseline,
        trial,
        days_done,
        ratio,
        verdict,
    }
}

impl Report {
    pub fn finished(&self) -> bool {
        i64::from(self.days_done) >= TRIAL_DAYS
    }

    /// The verdict in plain words (one or two short sentences).
    pub fn verdict_text(&self) -> String {
        let you = if self.finished() {
            "You"
        } else {
            "So far, you"
        };
        match self.verdict {
            Verdict::NeedNightsBefore if self.days_done == 0 => {
                let more = MIN_NIGHTS - self.baseline.nights;
                format!(
                    "Too early to tell. Log {more} more {} before you start, so there is something to compare with.",
                    if more == 1 { "night" } else { "nights" }
                )
            }
            // Started already: the nights before cannot be logged any more (short of filling
            // them in from memory), so say what is missing rather than what to do.
            Verdict::NeedNightsBefore => format!(
                "Too few nights to tell. Only {} nights were logged in the 6 weeks before you started. You need at least {MIN_NIGHTS}.",
                self.baseline.nights
            ),
            Verdict::TooEarly => {
                let left = TRIAL_DAYS - i64::from(self.days_done);
                format!(
                    "Too early to tell. Keep going and log every night. {left} {} to go.",
                    if left == 1 { "night" } else { "nights" }
                )
            }
            Verdict::TooFewNightsDuring => format!(
                "Too few nights to tell. Only {} nights were logged in the 6 weeks. You need at least {MIN_NIGHTS}.",
                self.trial.nights
            ),
            Verdict::NoCramps => "You had no cramp nights before or during the change, so the diary cannot show whether it helps.".to_string(),
            Verdict::Fewer => format!("{you} had fewer cramp nights with the change than before. The change is bigger than chance alone would likely give."),
            Verdict::More => format!("{you} had more cramp nights with the change than before. The change is bigger than chance alone would likely give."),
            Verdict::NoClearChange => "No clear change. Your cramp nights during the 6 weeks were not clearly fewer or more than before.".to_string(),
        }
    }

    /// "Before: ...", "During: ..." in plain words.
    pub fn figures_text(&self) -> [String; 2] {
        [
            format!("Before: {}.", self.baseline.label()),
            format!("During: {}.", self.trial.label()),
        ]
    }
}

impl Change {
    /// What the change is called on the page and in the summary.
    pub fn name(&self) -> &str {
        match self {
            Change::BedtimeStretching => "Bedtime stretching",
            Change::Named(name) => name.trim(),
        }
    }
}

impl Report {
    /// One line for the doctor's summary: the change, the dates, both rates, and the ratio with
    /// its interval when there is one.
    pub fn summary_line(&self, change: &Change) -> String {
        let ratio = match self.ratio {
            Some(ratio) => format!("; rate ratio {}", ratio.label()),
            None => String::new(),
        };
        format!(
            "{} from {} ({} of {} days): before, {}; during, {}{ratio}.",
            change.name(),
            self.start,
            self.days_done,
            TRIAL_DAYS,
            self.baseline.label(),
            self.trial.label(),
        )
    }
}

/// What the trial found, to compare with: for stretching only (no trial is known for a change
/// the person names).
pub fn trial_finding(change: &Change) -> &'static [Cited] {
    match change {
        Change::BedtimeStretching => STRETCHING_TRIAL,
        Change::Named(_) => &[],
    }
}

static STRETCHING_TRIAL: &[Cited] = &[
    cited(
        "In a trial, people over 55 stretched their calves and the backs of their thighs every night for 6 weeks. They had about 1.2 fewer cramps a night than people who did not stretch. That is about a third fewer.",
        &["hallegraeff-2012", "hawke-burns-2012"],
    ),
    cited(
        "The trial counted cramps. Your diary counts nights with cramps, so the numbers are not the same kind.",
        &[],
    ),
    cited(
        "A later review says the proof for stretching is still weak.",
        &["cochrane-nondrug-2021"],
    ),
];

/// The limits, shown with every result.
pub static LIMITS: &[Cited] = &[
    cited(
        "Cramps come and go on their own. A few good or bad weeks can happen by chance.",
        &[],
    ),
    cited(
        "Cramps are about twice as common in summer as in winter. A change made as summer ends may look better than it is.",
        &["garrison-2015"],
    ),
    cited(
        "Other things that change at the same time, such as a new medicine, can change the result.",
        &[],
    ),
    cited(
        "Log every night, with or without cramps. Nights you do not log are left out.",
        &[],
    ),
    cited(
        "One person's result is not proof. It is about you, in these weeks.",
        &[],
    ),
];

/// The page's title (/diary/experiment/).
pub const PAGE_TITLE: &str = "Does it work for me?";

/// The page's lead.
pub const LEAD: &str = "Try one change for 6 weeks and use your diary to see whether your cramp nights change. Your choice is saved only on this device.";

/// How the trial works, before one is chosen.
pub static HOW_IT_WORKS: &[&str] = &[
    "Log every night in the diary for at least 2 weeks before you start, with or without cramps.",
    "Choose the change and the night you start it. Bedtime stretching is the one change with a trial behind it.",
    "Keep to the change for 6 weeks and keep logging every night.",
    "This page compares your cramp nights before and during the change, and says how sure it can be.",
];

/// What the rate ratio means, under its figure.
pub const RATIO_MEANS: &str = "The rate ratio compares cramp nights during the change with before. Below 1 means fewer; 1 means no change. The 95% interval is the range the true value is likely to be in: if it includes 1, the diary cannot tell the change from chance.";

/// "Rate ratio 0.52 (95% interval 0.30 to 0.90)", or why there is none yet.
pub fn ratio_text(report: &Report) -> String {
    match report.ratio {
        Some(ratio) => format!("Rate ratio {}.", ratio.label()),
        None => "No rate ratio yet: it needs logged nights before and during the change.".into(),
    }
}

/// The dates of both periods, in words.
pub fn periods_text(report: &Report) -> String {
    if report.days_done == 0 {
        format!(
            "Before: {} to {}. The change starts on {}.",
            report.baseline_from.long_label(),
            report.baseline_to.long_label(),
            report.start.long_label()
        )
    } else {
        format!(
            "Before: {} to {}. During: {} to {} ({} of {TRIAL_DAYS} nights).",
            report.baseline_from.long_label(),
            report.start.add_days(-1).long_label(),
            report.start.long_label(),
            report.trial_to.long_label(),
            report.days_done
        )
    }
}
