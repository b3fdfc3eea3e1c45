//! Cramp nights before and after a date, compared honestly: the statistics shared by the
//! personal trial ([`super::experiment`]) and the medicine timeline ([`super::medicine_timeline`]).
//!
//! The measure is the share of logged nights that had a cramp. Nights missing from the diary are
//! left out, not counted as cramp-free, so gaps shrink the evidence instead of faking a benefit.
//! Two periods are compared by a rate ratio (cramp nights per logged night after, divided by the
//! same before) with a 95% interval from a Poisson model: log ratio ± 1.96 × √(1/a + 1/b), where a
//! and b are the two counts of cramp nights. When either count is 0 the log is undefined, so 0.5
//! is added to both counts (the usual continuity correction); the interval is then wide, which is
//! honest about how little a run of cramp-free nights can show. A night can only cramp once, so
//! when most nights have cramps the Poisson interval is wider than it needs to be: it errs on the
//! side of "no clear change", never of a claim.

use std::collections::BTreeMap;

use super::date::Date;
use super::entry::DiaryEntry;
use crate::decimal::fixed;

/// Each logged night and whether it had at least one cramp.
pub type Nights = BTreeMap<Date, bool>;

/// The nights a diary records (a cramp-free entry is a logged night without cramps).
pub fn nights_from_entries<'a>(entries: impl IntoIterator<Item = &'a DiaryEntry>) -> Nights {
    let mut nights = Nights::new();
    for entry in entries {
        nights.insert(entry.night_of, entry.had_cramps());
    }
    nights
}

/// The 97.5th centile of the normal distribution, for a two-sided 95% interval.
pub const Z_95: f64 = 1.959964;

/// Added to both counts of cramp nights when either is 0.
pub const CONTINUITY_CORRECTION: f64 = 0.5;

/// Logged nights in a period and how many had cramps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Tally {
    pub nights: u32,
    pub cramp_nights: u32,
}

impl Tally {
    /// Counts the logged nights from `first` to `last`, both included (none if `last < first`).
    pub fn between(nights: &Nights, first: Date, last: Date) -> Tally {
        let mut tally = Tally::default();
        if last < first {
            return tally;
        }
        for (_, &cramped) in nights.range(first..=last) {
            tally.nights += 1;
            tally.cramp_nights += u32::from(cramped);
        }
        tally
    }

    /// Cramp nights per week at this period's rate, or `None` with no logged nights.
    pub fn per_week(&self) -> Option<f64> {
        (self.nights > 0).then(|| 7.0 * f64::from(self.cramp_nights) / f64::from(self.nights))
    }

    /// "2.5 cramp nights a week (10 of 28 nights logged)", or a note that nothing was logged.
    pub fn label(&self) -> String {
        match self.per_week() {
            None => "no nights logged".to_string(),
            Some(rate) => format!(
                "{} cramp nights a week ({} of {} nights logged)",
                fixed(rate, 1),
                self.cramp_nights,
                self.nights
            ),
        }
    }
}

/// How the later period compares with the earlier one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RateRatio {
    /// Later rate ÷ earlier rate: 0.5 means half as many cramp nights.
    pub estimate: f64,
    /// The 95% interval.
    pub low: f64,
    pub high: f64,
    /// Whether 0.5 was added to the counts because one was 0.
    pub corrected: bool,
}

/// What the interval can say.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The whole interval is below 1.
    Fewer,
    /// The whole interval is above 1.
    More,
    /// The interval includes 1: no clear change either way.
    Unclear,
}

impl RateRatio {
    /// `after` compared with `before`; `None` when either has no logged nights.
    pub fn compare(before: Tally, after: Tally) -> Option<RateRatio> {
        if before.nights == 0 || after.nights == 0 {
            return None;
        }
        let corrected = before.cramp_nights == 0 || after.cramp_nights == 0;
        let add = if corrected {
            CONTINUITY_CORRECTION
        } else {
            0.0
        };
        let a = f64::from(after.cramp_nights) + add;
        let b = f64::from(before.cramp_nights) + add;
        let log_ratio = (a / f64::from(after.nights) / (b / f64::from(before.nights))).ln();
        let margin = Z_95 * (1.0 / a + 1.0 / b).sqrt();
        Some(RateRatio {
            estimate: log_ratio.exp(),
            low: (log_ratio - margin).exp(),
            high: (log_ratio + margin).exp(),
            corrected,
        })
    }

    pub fn direction(&self) -> Direction {
        if self.high < 1.0 {
            Direction::Fewer
        } else if self.low > 1.0 {
            Direction::More
        } else {
            Direction::Unclear
        }
    }

    /// "0.19 (95% interval 0.08 to 0.47)", for the doctor's summary.
    pub fn label(&self) -> String {
        format!(
            "{} (95% interval {} to {})",
            fixed(self.estimate, 2),
            fixed(self.low, 2),
            fixed(self.high, 2)
        )
    }
}

/// The method in two sentences, for the doctor's summary.
pub const METHOD: &str = "Cramp nights per logged night, compared as a rate ratio with a 95% interval from a Poisson model (log ratio ± 1.96 × √(1/a + 1/b)); when either count of cramp nights is 0, 0.5 is added to both. Nights not logged are left out rather than counted as cramp-free.";
