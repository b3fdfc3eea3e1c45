//! Summary figures for the diary page and the doctor summary: cramp nights per week for the chart,
//! averages over the last 4 and 12 weeks, and whether things are getting better or worse.
//!
//! Weeks are counted back from `today` (week 1 = the 7 nights ending today), not calendar weeks,
//! so "the last 4 weeks" always means the last 28 nights. Nights not in the diary count as
//! cramp-free: most people only log the nights they cramp. Entries dated after `today` (possible if
//! the device clock was changed) are left out. Every function is one pass over the entries.

use super::date::Date;
use super::diary::{nights_label, Diary};

/// Longest span any figure looks back over (about 100 years), so a silly argument cannot ask
/// for a huge allocation.
pub const MAX_WEEKS: u32 = 5_200;

/// One bar of the chart: seven nights ending on `end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekSummary {
    pub start: Date,
    pub end: Date,
    /// Nights with an entry (with or without cramps).
    pub nights_logged: u32,
    /// Nights with at least one cramp.
    pub nights_with_cramps: u32,
    /// Cramps in the week, all nights added up.
    pub total_cramps: u32,
}

/// Cramp nights per week for the last `weeks` weeks, oldest week first (the chart's left to right);
/// the last week ends today.
pub fn weekly(diary: &Diary, today: Date, weeks: u32) -> Vec<WeekSummary> {
    let weeks = weeks.min(MAX_WEEKS);
    let mut summaries: Vec<WeekSummary> = (0..weeks)
        .rev()
        .map(|weeks_back| {
            let end = today.add_days(-7 * i64::from(weeks_back));
            WeekSummary {
                start: end.add_days(-6),
                end,
                nights_logged: 0,
                nights_with_cramps: 0,
                total_cramps: 0,
            }
        })
        .collect();
    for entry in diary.entries() {
        if let Some(weeks_back) = weeks_back(entry.night_of, today, weeks) {
            // Oldest first, so the week `weeks_back` before this one sits at the mirrored index.
            let week = &mut summaries[(weeks - 1 - weeks_back) as usize];
            week.nights_logged += 1;
            week.total_cramps += u32::from(entry.cramps);
            if entry.had_cramps() {
                week.nights_with_cramps += 1;
            }
        }
    }
    summaries
}

/// Figures over the last few weeks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PeriodSummary {
    /// Weeks asked about.
    pub weeks: u32,
    /// Weeks the diary actually covers within them: fewer when the first entry is recent, so a
    /// diary started last week is not averaged as if the earlier weeks were cramp-free.
    pub weeks_covered: u32,
    pub start: Date,
    pub end: Date,
    pub nights_logged: u32,
    pub nights_with_cramps: u32,
    pub total_cramps: u32,
    /// Nights with cramps whose pain was recorded.
    pub pain_nights: u32,
    /// Sum of those nights' worst-pain scores (for the average).
    pub pain_total: u32,
    /// Highest worst-pain score on a night with cramps.
    pub worst_pain: Option<u8>,
}

impl PeriodSummary {
    /// Nights with cramps per week, over the weeks the diary covers (0 when it covers none).
    pub fn nights_with_cramps_per_week(&self) -> f64 {
        if self.weeks_covered == 0 {
            0.0
        } else {
            f64::from(self.nights_with_cramps) / f64::from(self.weeks_covered)
        }
    }

    /// Average worst pain on nights with cramps and a recorded score; `None` if there were none.
    pub fn average_pain(&self) -> Option<f64> {
        (self.pain_nights > 0).then(|| f64::from(self.pain_total) / f64::from(self.pain_nights))
    }
}

/// Figures for the `weeks` weeks ending today.
pub fn period(diary: &Diary, today: Date, weeks: u32) -> PeriodSummary {
    let weeks = weeks.min(MAX_WEEKS);
    let mut summary = PeriodSummary {
        weeks,
        weeks_covered: weeks_covered(diary, today, weeks),
        start: today.add_days(1 - 7 * i64::from(weeks)),
        end: today,
        nights_logged: 0,
        nights_with_cramps: 0,
        total_cramps: 0,
        pain_nights: 0,
        pain_total: 0,
        worst_pain: None,
    };
    for entry in diary.entries() {
        if weeks_back(entry.night_of, today, weeks).is_none() {
            continue;
        }
        summary.nights_logged += 1;
        summary.total_cramps += u32::from(entry.cramps);
        if entry.had_cramps() {
            summary.nights_with_cramps += 1;
            if let Some(pain) = entry.worst_pain {
                summary.pain_nights += 1;
                summary.pain_total += u32::from(pain);
                summary.worst_pain = summary.worst_pain.max(Some(pain));
            }
        }
    }
    summary
}

/// Direction of the last 4 weeks compared with the 4 before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Better,
    Same,
    Worse,
    NotEnoughData,
}

impl Trend {
    pub fn label(self) -> &'static str {
        match self {
            Trend::Better => "Better",
            Trend::Same => "About the same",
            Trend::Worse => "Worse",
            Trend::NotEnoughData => "Not enough entries yet",
        }
    }
}

/// A trend and the numbers behind it, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrendReport {
    pub trend: Trend,
    /// Nights with cramps in the last 4 weeks (28 nights ending today).
    pub recent_nights: u32,
    /// Nights with cramps in the 4 weeks before those.
    pub earlier_nights: u32,
    pub reason: String,
}

/// The trend needs the diary to reach back into the first week of the 8 compared, or the earlier
/// 4 weeks would look cramp-free only because nothing was logged yet.
pub const TREND_MIN_DAYS_OF_DIARY: i64 = 49;

/// Compares nights with cramps in the last 4 weeks with the 4 weeks before.
///
/// A change counts only if it is at least 2 nights and at least a quarter of the earlier count:
/// a night or two either way is everyday variation, not a trend worth telling a doctor about.
pub fn trend(diary: &Diary, today: Date) -> TrendReport {
    let mut recent = 0;
    let mut earlier = 0;
    let mut logged = 0;
    for entry in diary.entries() {
        let Some(weeks_back) = weeks_back(entry.night_of, today, 8) else {
            continue;
        };
        logged += 1;
        if entry.had_cramps() {
            if weeks_back < 4 {
                recent += 1;
            } else {
                earlier += 1;
            }
        }
    }
    let report = |trend, reason: String| TrendReport {
        trend,
        recent_nights: recent,
        earlier_nights: earlier,
        reason,
    };

    let diary_age = diary
        .entries()
        .last()
        .map(|oldest| oldest.night_of.days_until(today));
    match diary_age {
        None => {
            return report(Trend::NotEnoughData, "There are no entries in the diary yet.".into())
        }
        Some(days) if days < TREND_MIN_DAYS_OF_DIARY => {
            return report(
                Trend::NotEnoughData,
                format!(
                    "The trend compares the last 4 weeks with the 4 weeks before, so it needs at least 7 weeks of diary. Your first entry is {}.",
                    days_ago(days)
                ),
            )
        }
        Some(_) if logged == 0 => {
            return report(
                Trend::NotEnoughData,
                "There are no entries in the last 8 weeks, so there is nothing recent to compare."
                    .into(),
            )
        }
        Some(_) => {}
    }

    let threshold = 2.max(earlier.div_ceil(4));
    let numbers = format!(
        "{} in the last 4 weeks, compared with {} in the 4 weeks before.",
        nights_label(recent as usize),
        nights_label(earlier as usize)
    );
    if earlier >= recent + threshold {
        report(
            Trend::Better,
            format!("Fewer nights with cramps: {numbers}"),
        )
    } else if recent >= earlier + threshold {
        report(Trend::Worse, format!("More nights with cramps: {numbers}"))
    } else {
        report(
            Trend::Same,
            format!("About the same number of nights with cramps: {numbers}"),
        )
    }
}

/// Everything the diary page shows at once.
#[derive(Clone, Debug, PartialEq)]
pub struct Overview {
    /// The chart, oldest week first.
    pub weeks: Vec<WeekSummary>,
    pub last_4_weeks: PeriodSummary,
    pub last_12_weeks: PeriodSummary,
    pub trend: TrendReport,
}

/// The chart (`chart_weeks` bars), the 4- and 12-week figures and the trend.
pub fn overview(diary: &Diary, today: Date, chart_weeks: u32) -> Overview {
    Overview {
        weeks: weekly(diary, today, chart_weeks),
        last_4_weeks: period(diary, today, 4),
        last_12_weeks: period(diary, today, 12),
        trend: trend(diary, today),
    }
}

/// Which week back (0 = the 7 nights ending today) a night falls in, if within `weeks`.
fn weeks_back(night: Date, today: Date, weeks: u32) -> Option<u32> {
    let days_back = night.days_until(today);
    if days_back < 0 {
        return None;
    }
    let week = days_back / 7;
    (week < i64::from(weeks)).then_some(week as u32)
}

/// Weeks between the first entry and today, capped at `weeks` (a part week counts as one).
fn weeks_covered(diary: &Diary, today: Date, weeks: u32) -> u32 {
    match diary.entries().last() {
        None => 0,
        Some(oldest) => {
            let days = oldest.night_of.days_until(today);
            if days < 0 {
                0
            } else {
                let covered = days / 7 + 1;
                covered.min(i64::from(weeks)) as u32
            }
        }
    }
}

fn days_ago(days: i64) -> String {
    match days {
        0 => "from today".to_string(),
        1 => "from yesterday".to_string(),
        days => format!("from {days} days ago"),
    }
}
