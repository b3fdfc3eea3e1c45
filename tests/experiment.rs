//! "Does it work for me?" against hand-worked cases. The change starts on the night of
//! Monday 2025-03-03 throughout; the baseline is the 42 nights 2025-01-20 ..= 2025-03-02 and
//! the trial the 42 nights 2025-03-03 ..= 2025-04-13.
//!
//! Each interval below was worked by hand from the formula in `diary::night_rates`:
//! ratio = (a / nights during) / (b / nights before), 95% interval = exp(ln ratio ± 1.959964 ×
//! √(1/a + 1/b)), with 0.5 added to a and b when either is 0.

#[path = "plain_words_support/mod.rs"]
mod plain_words;

use night_cramps::diary::experiment::{
    assess, trial_finding, Change, Report, Verdict, LIMITS, TRIAL_DAYS,
};
use night_cramps::diary::night_rates::{nights_from_entries, Nights, RateRatio, Tally};
use night_cramps::diary::Date;

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn start() -> Date {
    date("2025-03-03")
}

/// The last night of the 6 weeks.
fn trial_end() -> Date {
    start().add_days(TRIAL_DAYS - 1)
}

/// Logs `logged` nights in a row from `first`; the first `cramped` of them had cramps.
fn log(nights: &mut Nights, first: Date, logged: u32, cramped: u32) {
    for i in 0..logged {
        nights.insert(first.add_days(i64::from(i)), i < cramped);
    }
}

/// A diary with `before` = (logged, cramped) ending the night before the start and `during`
/// = (logged, cramped) from the start.
fn diary(before: (u32, u32), during: (u32, u32)) -> Nights {
    let mut nights = Nights::new();
    log(
        &mut nights,
        start().add_days(-i64::from(before.0)),
        before.0,
        before.1,
    );
    log(&mut nights, start(), during.0, during.1);
    nights
}

/// Equal to the hand-worked figure as written (5 decimals, so 3 significant figures at least).
fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() <= 2e-3 * expected
}

fn assert_ratio(report: &Report, estimate: f64, low: f64, high: f64) {
    let r = report.ratio.expect("a ratio");
    assert!(
        close(r.estimate, estimate) && close(r.low, low) && close(r.high, high),
        "got {r:?}, worked by hand {estimate} ({low} to {high})"
    );
}

#[test]
fn no_change_gives_a_ratio_of_one_and_no_clear_change_after_six_weeks() {
    // 7 of 28 before, 10 of 40 during: a quarter of nights both times.
    // √(1/10 + 1/7) = 0.492805; × 1.959964 = 0.965880; exp(±) = 0.38065, 2.6271.
    let report = assess(&diary((28, 7), (40, 10)), start(), trial_end());
    assert_eq!(
        report.baseline,
        Tally {
            nights: 28,
            cramp_nights: 7
        }
    );
    assert_eq!(
        report.trial,
        Tally {
            nights: 40,
            cramp_nights: 10
        }
    );
    assert_ratio(&report, 1.0, 0.38065, 2.6271);
    assert_eq!(report.verdict, Verdict::NoClearChange);
    assert_eq!(
        report.figures_text(),
        [
            "Before: 1.8 cramp nights a week (7 of 28 nights logged).".to_string(),
            "During: 1.8 cramp nights a week (10 of 40 nights logged).".to_string(),
        ]
    );
}

#[test]
fn the_same_numbers_part_way_through_are_too_early_to_tell() {
    // 7 of 28 before, 5 of 20 during, 20 nights in.
    let report = assess(&diary((28, 7), (20, 5)), start(), start().add_days(19));
    assert_eq!(report.days_done, 20);
    assert_eq!(report.verdict, Verdict::TooEarly);
    assert_eq!(
        report.verdict_text(),
        "Too early to tell. Keep going and log every night. 22 nights to go."
    );
}

#[test]
fn a_clear_benefit_shows_as_fewer_with_an_interval_below_one() {
    // 21 of 28 before (5.25 a week), 6 of 42 during (1.0 a week): ratio 0.19048.
    // √(1/6 + 1/21) = 0.462910; × 1.959964 = 0.907287; interval 0.07688 to 0.47192.
    let report = assess(&diary((28, 21), (42, 6)), start(), trial_end());
    assert_ratio(&report, 0.19048, 0.07688, 0.47192);
    assert_eq!(report.verdict, Verdict::Fewer);
    assert!(report
        .verdict_text()
        .starts_with("You had fewer cramp nights"));
    assert_eq!(report.baseline.per_week(), Some(5.25));
    assert_eq!(report.trial.per_week(), Some(1.0));
}

#[test]
fn a_clear_benefit_can_show_before_the_six_weeks_are_over() {
    // 21 of 28 before, 3 of 21 during: ratio 0.19048, √(1/3 + 1/21) = 0.617213,
    // interval 0.05682 to 0.63858: clear already, said as "so far".
    let report = assess(&diary((28, 21), (21, 3)), start(), start().add_days(20));
    assert_ratio(&report, 0.19048, 0.05682, 0.63858);
    assert_eq!(report.verdict, Verdict::Fewer);
    assert!(report.verdict_text().starts_with("So far, you had fewer"));
}

#[test]
fn clearly_more_cramp_nights_is_said_too() {
    // 2 of 28 before, 12 of 28 during: ratio 6, interval 1.34287 to 26.80817.
    let report = assess(&diary((28, 2), (28, 12)), start(), start().add_days(27));
    assert_ratio(&report, 6.0, 1.34287, 26.80817);
    assert_eq!(report.verdict, Verdict::More);
}

#[test]
fn fewer_than_fourteen_nights_before_is_too_early_whatever_happens_after() {
    // The night before the start, with 13 nights logged.
    let report = assess(&diary((13, 13), (0, 0)), start(), start().add_days(-1));
    assert_eq!(report.verdict, Verdict::NeedNightsBefore);
    assert_eq!(
        report.verdict_text(),
        "Too early to tell. Log 1 more night before you start, so there is something to compare with."
    );
    // At the end of the 6 weeks, however good they were.
    let report = assess(&diary((13, 13), (42, 0)), start(), trial_end());
    assert_eq!(report.baseline.nights, 13);
    assert_eq!(report.verdict, Verdict::NeedNightsBefore);
    assert_eq!(
        report.verdict_text(),
        "Too few nights to tell. Only 13 nights were logged in the 6 weeks before you started. You need at least 14."
    );
    // Fourteen is enough.
    let report = assess(&diary((14, 14), (42, 0)), start(), trial_end());
    assert_eq!(report.verdict, Verdict::Fewer);
}

#[test]
fn nights_more_than_six_weeks_before_the_start_do_not_count_as_baseline() {
    let mut nights = Nights::new();
    // 20 nights logged 60 to 41 nights before the start: only 2 fall in the 42-night baseline.
    log(&mut nights, start().add_days(-60), 20, 20);
    log(&mut nights, start(), 42, 0);
    let report = assess(&nights, start(), trial_end());
    assert_eq!(report.baseline_from, date("2025-01-20"));
    assert_eq!(report.baseline.nights, 2);
    assert_eq!(report.verdict, Verdict::NeedNightsBefore);
}

#[test]
fn gaps_in_the_diary_are_left_out_not_counted_as_cramp_free() {
    let mut nights = diary((28, 14), (0, 0));
    // During: only every third night logged, all with cramps: 14 nights, 14 cramp nights.
    for i in (0..42).step_by(3) {
        nights.insert(start().add_days(i), true);
    }
    let report = assess(&nights, start(), trial_end());
    assert_eq!(
        report.trial,
        Tally {
            nights: 14,
            cramp_nights: 14
        }
    );
    assert_eq!(report.trial.per_week(), Some(7.0));
    assert_ne!(
        report.verdict,
        Verdict::Fewer,
        "gaps must not look like good nights"
    );
}

#[test]
fn six_weeks_with_too_few_nights_logged_says_so() {
    let report = assess(&diary((28, 7), (13, 1)), start(), trial_end());
    assert_eq!(report.verdict, Verdict::TooFewNightsDuring);
    assert!(report.verdict_text().contains("Only 13 nights"));
}

#[test]
fn a_baseline_with_no_cramps_cannot_show_a_benefit() {
    let report = assess(&diary((20, 0), (42, 0)), start(), trial_end());
    assert_eq!(report.verdict, Verdict::NoCramps);
    // 0 of 20 before, 3 of 42 during: with 0.5 added, (3.5/42) / (0.5/20) = 3.33333,
    // √(1/3.5 + 1/0.5) = 1.511858, interval 0.17218 to 64.53191.
    let report = assess(&diary((20, 0), (42, 3)), start(), trial_end());
    assert_ratio(&report, 3.33333, 0.17218, 64.53191);
    assert!(report.ratio.unwrap().corrected);
    assert_eq!(report.verdict, Verdict::NoClearChange);
}

#[test]
fn a_trial_with_no_cramps_uses_the_correction_and_shows_fewer() {
    // 14 of 28 before, 0 of 42 during: (0.5/42) / (14.5/28) = 0.02299,
    // √(1/0.5 + 1/14.5) = 1.438390, interval 0.00137 to 0.38536.
    let report = assess(&diary((28, 14), (42, 0)), start(), trial_end());
    assert_ratio(&report, 0.02299, 0.00137, 0.38536);
    assert_eq!(report.verdict, Verdict::Fewer);
}

#[test]
fn cramps_every_night_before_and_during_is_no_clear_change() {
    // 28 of 28 and 42 of 42: ratio 1, √(1/42 + 1/28) = 0.243975, interval 0.61991 to 1.61314.
    let report = assess(&diary((28, 28), (42, 42)), start(), trial_end());
    assert_ratio(&report, 1.0, 0.61991, 1.61314);
    assert!(!report.ratio.unwrap().corrected);
    assert_eq!(report.verdict, Verdict::NoClearChange);
}

#[test]
fn before_the_start_and_after_today_nothing_is_counted_as_trial() {
    let mut nights = diary((28, 7), (42, 0));
    // Today is the night before the start: the trial has not begun.
    let report = assess(&nights, start(), start().add_days(-1));
    assert_eq!((report.days_done, report.trial.nights), (0, 0));
    assert_eq!(report.verdict, Verdict::TooEarly);
    // A night dated after today (a clock set wrong) is left out.
    nights.insert(start().add_days(10), true);
    let report = assess(&nights, start(), start().add_days(5));
    assert_eq!(report.trial.nights, 6);
}

#[test]
fn the_diary_gives_one_logged_night_per_entry_cramp_free_entries_included() {
    use night_cramps::diary::{DiaryEntry, EntryId};
    let entry = |id, night: &str, cramps| DiaryEntry {
        id: EntryId(id),
        night_of: date(night),
        cramps,
        muscles: Default::default(),
        side: None,
        longest: None,
        worst_pain: None,
        sleep_lost: None,
        helped: Default::default(),
        warning_signs: Default::default(),
        stretched: false,
        note: String::new(),
    };
    let nights = nights_from_entries(&[entry(1, "2025-03-04", 2), entry(2, "2025-03-03", 0)]);
    assert_eq!(
        nights.into_iter().collect::<Vec<_>>(),
        vec![(date("2025-03-03"), false), (date("2025-03-04"), true)]
    );
}

#[test]
fn no_ratio_without_nights_on_both_sides() {
    let none = Tally::default();
    let some = Tally {
        nights: 14,
        cramp_nights: 3,
    };
    assert_eq!(RateRatio::compare(none, some), None);
    assert_eq!(RateRatio::compare(some, none), None);
    assert_eq!(none.per_week(), None);
    assert_eq!(none.label(), "no nights logged");
}

#[test]
fn the_trial_finding_is_shown_for_stretching_only_and_is_cited() {
    let finding = trial_finding(&Change::BedtimeStretching);
    assert!(finding
        .iter()
        .any(|c| c.sources.contains(&"hallegraeff-2012")));
    assert!(finding.iter().any(|c| c.text.contains("1.2 fewer cramps")));
    assert!(trial_finding(&Change::Named("No coffee after lunch".into())).is_empty());
}

#[test]
fn every_sentence_is_plain_and_the_limits_are_all_there() {
    let mut texts: Vec<String> = LIMITS.iter().map(|c| c.text.to_string()).collect();
    texts.extend(
        trial_finding(&Change::BedtimeStretching)
            .iter()
            .map(|c| c.text.to_string()),
    );
    for (before, during, today) in [
        ((10, 1), (0, 0), start().add_days(-1)),
        ((10, 1), (20, 1), start().add_days(19)),
        ((28, 7), (20, 5), start().add_days(19)),
        ((28, 7), (13, 1), trial_end()),
        ((28, 0), (42, 0), trial_end()),
        ((28, 21), (42, 6), trial_end()),
        ((28, 2), (42, 30), trial_end()),
        ((28, 7), (40, 10), trial_end()),
    ] {
        let report = assess(&diary(before, during), start(), today);
        texts.push(report.verdict_text());
        texts.extend(report.figures_text());
    }
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let grade = plain_words::grade(&refs);
    assert!(grade <= 8.0, "grade {grade:.1}");
    let all = refs.join(" ").to_lowercase();
    for limit in ["summer", "by chance", "not proof", "log every night"] {
        assert!(all.contains(limit), "limits should mention {limit:?}");
    }
}

#[test]
fn the_doctor_s_summary_line_gives_the_change_dates_rates_and_interval() {
    let report = assess(&diary((28, 21), (42, 6)), start(), trial_end());
    assert_eq!(
        report.summary_line(&Change::BedtimeStretching),
        "Bedtime stretching from 2025-03-03 (42 of 42 days): before, 5.3 cramp nights a week \
         (21 of 28 nights logged); during, 1.0 cramp nights a week (6 of 42 nights logged); \
         rate ratio 0.19 (95% interval 0.08 to 0.47)."
    );
    let early = assess(&diary((28, 7), (0, 0)), start(), start().add_days(-1));
    assert_eq!(
        early.summary_line(&Change::Named("  No coffee after lunch ".into())),
        "No coffee after lunch from 2025-03-03 (0 of 42 days): before, 1.8 cramp nights a week \
         (7 of 28 nights logged); during, no nights logged."
    );
}
