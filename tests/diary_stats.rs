//! Summary figures on hand-computed data: week boundaries, averages, the trend, an empty diary.
//!
//! Today is Friday 2025-03-14 throughout, so the week ending today is Sat 03-08 .. Fri 03-14,
//! the week before is Sat 03-01 .. Fri 03-07, and so on.

#[path = "diary_support/mod.rs"]
mod support;

use night_cramps::diary::stats::{self, MAX_WEEKS, TREND_MIN_DAYS_OF_DIARY};
use night_cramps::diary::{Diary, DiaryEntry, Trend, WeekSummary};
use support::{date, night, today};

/// Hand-made data around the week boundaries.
///
/// | night      | days back | week back | cramps | pain |
/// |------------|-----------|-----------|--------|------|
/// | 2025-03-15 | -1 (future: ignored) | - | 9 | 9 |
/// | 2025-03-14 | 0         | 0         | 2      | 6    |
/// | 2025-03-08 | 6         | 0         | 1      | 4    |
/// | 2025-03-07 | 7         | 1         | 3      | 8    |
/// | 2025-03-05 | 9         | 1         | 0      | 0    |
/// | 2025-02-15 | 27        | 3         | 1      | 5    |
/// | 2025-02-14 | 28        | 4         | 1      | 2    |
fn boundary_diary() -> Diary {
    Diary::from_entries(vec![
        night(1, "2025-03-15", 9, 9),
        night(2, "2025-03-14", 2, 6),
        night(3, "2025-03-08", 1, 4),
        night(4, "2025-03-07", 3, 8),
        night(5, "2025-03-05", 0, 0),
        night(6, "2025-02-15", 1, 5),
        night(7, "2025-02-14", 1, 2),
    ])
    .expect("valid")
}

fn week(start: &str, end: &str, logged: u32, nights: u32, cramps: u32) -> WeekSummary {
    WeekSummary {
        start: date(start),
        end: date(end),
        nights_logged: logged,
        nights_with_cramps: nights,
        total_cramps: cramps,
    }
}

#[test]
fn weekly_counts_respect_week_boundaries_oldest_first() {
    let weeks = stats::weekly(&boundary_diary(), today(), 5);
    assert_eq!(
        weeks,
        [
            week("2025-02-08", "2025-02-14", 1, 1, 1),
            week("2025-02-15", "2025-02-21", 1, 1, 1),
            week("2025-02-22", "2025-02-28", 0, 0, 0),
            week("2025-03-01", "2025-03-07", 2, 1, 3),
            week("2025-03-08", "2025-03-14", 2, 2, 3),
        ]
    );
    assert!(stats::weekly(&boundary_diary(), today(), 0).is_empty());
    assert_eq!(
        stats::weekly(&Diary::new(), today(), u32::MAX).len(),
        MAX_WEEKS as usize
    );
}

#[test]
fn four_and_twelve_week_figures() {
    let diary = boundary_diary();
    let four = stats::period(&diary, today(), 4);
    assert_eq!((four.start, four.end), (date("2025-02-15"), today()));
    assert_eq!(four.nights_logged, 5);
    assert_eq!(four.nights_with_cramps, 4);
    assert_eq!(four.total_cramps, 2 + 1 + 3 + 1);
    assert_eq!(four.pain_total, 6 + 4 + 8 + 5);
    assert_eq!(four.average_pain(), Some(23.0 / 4.0));
    assert_eq!(four.worst_pain, Some(8));
    assert_eq!(four.weeks_covered, 4);
    assert_eq!(four.nights_with_cramps_per_week(), 1.0);

    let twelve = stats::period(&diary, today(), 12);
    assert_eq!(twelve.start, date("2024-12-21"));
    assert_eq!(twelve.nights_with_cramps, 5);
    assert_eq!(twelve.total_cramps, 8);
    assert_eq!(twelve.average_pain(), Some(5.0));
    assert_eq!(twelve.worst_pain, Some(8));
    // The first entry is 28 days back, in the 5th week: averaging over 12 weeks would
    // pretend 7 unlogged weeks were cramp-free.
    assert_eq!(twelve.weeks_covered, 5);
    assert_eq!(twelve.nights_with_cramps_per_week(), 1.0);
}

#[test]
fn a_cramp_free_night_does_not_lower_the_average_pain() {
    let diary = Diary::from_entries(vec![
        night(1, "2025-03-10", 0, 0),
        night(2, "2025-03-11", 2, 8),
    ])
    .expect("valid");
    let four = stats::period(&diary, today(), 4);
    assert_eq!(four.average_pain(), Some(8.0));
    assert_eq!(four.nights_logged, 2);
    assert_eq!(four.nights_with_cramps, 1);
}

#[test]
fn an_empty_diary_has_zeros_and_no_trend() {
    let diary = Diary::new();
    let overview = stats::overview(&diary, today(), 8);
    assert_eq!(overview.weeks.len(), 8);
    assert!(overview
        .weeks
        .iter()
        .all(|w| w.nights_logged == 0 && w.total_cramps == 0));
    assert_eq!(overview.weeks[7].end, today());
    assert_eq!(overview.weeks[0].start, date("2025-01-18"));
    assert_eq!(overview.last_4_weeks.average_pain(), None);
    assert_eq!(overview.last_4_weeks.worst_pain, None);
    assert_eq!(overview.last_12_weeks.nights_with_cramps_per_week(), 0.0);
    assert_eq!(overview.trend.trend, Trend::NotEnoughData);
    assert_eq!(
        overview.trend.reason,
        "There are no entries in the diary yet."
    );
}

/// A diary whose first entry is `TREND_MIN_DAYS_OF_DIARY` days back (cramp-free), with cramp
/// nights at the given days back.
fn trend_diary(cramp_days_back: &[i64]) -> Diary {
    let mut entries = vec![DiaryEntry {
        night_of: today().add_days(-TREND_MIN_DAYS_OF_DIARY),
        ..night(1, "2000-01-01", 0, 0)
    }];
    for (i, back) in cramp_days_back.iter().enumerate() {
        entries.push(DiaryEntry {
            night_of: today().add_days(-back),
            ..night(i as u64 + 2, "2000-01-01", 1, 5)
        });
    }
    Diary::from_entries(entries).expect("valid")
}

/// `recent` cramp nights in days 0..28 back, `earlier` in days 28..49 (counting from the window edges).
fn trend_for(recent: i64, earlier: i64) -> stats::TrendReport {
    assert!(recent <= 28 && earlier <= 21);
    let days: Vec<i64> = (0..recent).chain(28..28 + earlier).collect();
    stats::trend(&trend_diary(&days), today())
}

#[test]
fn trend_needs_a_real_change_of_at_least_two_nights_and_a_quarter() {
    let better = trend_for(3, 8);
    assert_eq!(better.trend, Trend::Better);
    assert_eq!((better.recent_nights, better.earlier_nights), (3, 8));
    assert_eq!(
        better.reason,
        "Fewer nights with cramps: 3 nights in the last 4 weeks, compared with 8 nights in the 4 weeks before."
    );
    assert_eq!(
        trend_for(6, 8).trend,
        Trend::Better,
        "2 fewer of 8 is a quarter"
    );
    assert_eq!(trend_for(7, 8).trend, Trend::Same);
    assert_eq!(trend_for(9, 8).trend, Trend::Same);
    let worse = trend_for(10, 8);
    assert_eq!(worse.trend, Trend::Worse);
    assert!(
        worse.reason.starts_with("More nights with cramps"),
        "{}",
        worse.reason
    );

    // With a larger baseline, a quarter is more than two nights.
    assert_eq!(trend_for(15, 20).trend, Trend::Better);
    assert_eq!(trend_for(16, 20).trend, Trend::Same);
    assert_eq!(
        trend_for(20, 15).trend,
        Trend::Worse,
        "threshold is a quarter of 15, rounded up = 4"
    );
    assert_eq!(trend_for(18, 15).trend, Trend::Same);

    // From nothing: one night is noise, two is a change.
    assert_eq!(trend_for(1, 0).trend, Trend::Same);
    assert_eq!(trend_for(2, 0).trend, Trend::Worse);
    let same = trend_for(0, 1);
    assert_eq!(same.trend, Trend::Same);
    assert_eq!(
        same.reason,
        "About the same number of nights with cramps: 0 nights in the last 4 weeks, compared with 1 night in the 4 weeks before."
    );
}

#[test]
fn trend_window_edges() {
    // Day 27 back is recent, day 28 back is earlier, day 56 back is outside both.
    let report = stats::trend(&trend_diary(&[27, 28, 29, 56, 57]), today());
    assert_eq!((report.recent_nights, report.earlier_nights), (1, 2));
}

#[test]
fn trend_needs_seven_weeks_of_diary() {
    let young = Diary::from_entries(vec![
        night(1, "2025-01-25", 1, 5), // 48 days back
        night(2, "2025-03-10", 1, 5),
    ])
    .expect("valid");
    let report = stats::trend(&young, today());
    assert_eq!(report.trend, Trend::NotEnoughData);
    assert!(report.reason.contains("48 days ago"), "{}", report.reason);

    let old_enough = Diary::from_entries(vec![
        night(1, "2025-01-24", 1, 5), // 49 days back
        night(2, "2025-03-10", 1, 5),
    ])
    .expect("valid");
    assert_eq!(stats::trend(&old_enough, today()).trend, Trend::Same);
}

#[test]
fn trend_is_unknown_when_nothing_was_logged_lately() {
    let stale = Diary::from_entries(vec![night(1, "2024-06-01", 3, 5)]).expect("valid");
    let report = stats::trend(&stale, today());
    assert_eq!(report.trend, Trend::NotEnoughData);
    assert!(
        report.reason.contains("no entries in the last 8 weeks"),
        "{}",
        report.reason
    );
}

#[test]
fn overview_bundles_the_same_figures() {
    let diary = boundary_diary();
    let overview = stats::overview(&diary, today(), 12);
    assert_eq!(overview.weeks, stats::weekly(&diary, today(), 12));
    assert_eq!(overview.last_4_weeks, stats::period(&diary, today(), 4));
    assert_eq!(overview.last_12_weeks, stats::period(&diary, today(), 12));
    assert_eq!(overview.trend, stats::trend(&diary, today()));
    assert_eq!(Trend::NotEnoughData.label(), "Not enough entries yet");
}

#[test]
fn ten_years_of_nights_summarise_correctly() {
    let mut rng = support::Rng::new(10);
    let entries: Vec<DiaryEntry> = (0..3_650)
        .map(|back| support::random_entry(&mut rng, back as u64 + 1, today().add_days(-back)))
        .collect();
    let expected_cramp_nights = entries.iter().filter(|e| e.cramps > 0).count() as u32;
    let expected_cramps: u32 = entries.iter().map(|e| u32::from(e.cramps)).sum();
    let diary = Diary::from_entries(entries).expect("valid");

    let weeks = stats::weekly(&diary, today(), 522);
    assert_eq!(weeks.iter().map(|w| w.nights_logged).sum::<u32>(), 3_650);
    assert_eq!(
        weeks.iter().map(|w| w.nights_with_cramps).sum::<u32>(),
        expected_cramp_nights
    );
    assert_eq!(
        weeks.iter().map(|w| w.total_cramps).sum::<u32>(),
        expected_cramps
    );
    assert!(
        weeks[1..].iter().all(|w| w.nights_logged == 7),
        "every full week is logged"
    );

    let all = stats::period(&diary, today(), 522);
    assert_eq!(all.nights_logged, 3_650);
    assert_eq!(all.weeks_covered, 522);
    let four = stats::period(&diary, today(), 4);
    assert_eq!(four.nights_logged, 28);
    assert_ne!(stats::trend(&diary, today()).trend, Trend::NotEnoughData);
}
