//! The medicine timeline: the weeks before and after each start, and the "ask your doctor or
//! pharmacist" prompt only when a medicine linked with cramps started shortly before cramps
//! began or clearly got worse. Today is 2025-06-30 unless a test says otherwise.

#[path = "plain_words_support/mod.rs"]
mod plain_words;

use night_cramps::content::factors::MEDICINE_CLASSES;
use night_cramps::content::sources::source;
use night_cramps::diary::medicine_timeline::{
    around_starts, MedicineCourse, Pattern, StartReport, ASK_DOCTOR, DEFAULT_WEEKS,
};
use night_cramps::diary::night_rates::{Nights, Tally};
use night_cramps::diary::Date;

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn today() -> Date {
    date("2025-06-30")
}

fn medicine(
    name: &str,
    class: Option<&str>,
    started: &str,
    stopped: Option<&str>,
) -> MedicineCourse {
    MedicineCourse {
        name: name.to_string(),
        class_id: class.map(str::to_string),
        started: date(started),
        stopped: stopped.map(date),
    }
}

/// Logs `logged` nights in a row from `first`; the last `cramped` of them had cramps.
fn log(nights: &mut Nights, first: Date, logged: u32, cramped: u32) {
    for i in 0..logged {
        nights.insert(first.add_days(i64::from(i)), i >= logged - cramped);
    }
}

/// 28 nights before `start` and 28 from it, with the given cramp nights on each side.
fn around(start: &str, before: u32, after: u32) -> Nights {
    let start = date(start);
    let mut nights = Nights::new();
    log(&mut nights, start.add_days(-28), 28, before);
    log(&mut nights, start, 28, after);
    nights
}

fn only(reports: Vec<StartReport>) -> StartReport {
    assert_eq!(reports.len(), 1, "{reports:?}");
    reports.into_iter().next().unwrap()
}

#[test]
fn a_statin_started_just_before_cramps_began_prompts_a_talk_with_the_doctor() {
    let nights = around("2025-05-01", 0, 4);
    let statin = medicine("Atorvastatin", Some("statins"), "2025-05-01", None);
    let report = only(around_starts(&[statin], &nights, DEFAULT_WEEKS, today()));
    assert_eq!(
        report.before,
        Tally {
            nights: 28,
            cramp_nights: 0
        }
    );
    assert_eq!(
        report.after,
        Tally {
            nights: 28,
            cramp_nights: 4
        }
    );
    assert_eq!(report.pattern, Pattern::CrampsBegan);
    let ask = report.ask_about_it.expect("a prompt");
    assert!(ask.text.contains("Ask your doctor or pharmacist"));
    assert!(ask.text.contains("Do not stop it on your own"));
    assert_eq!(ask.sources, &["garrison-2012"]);
}

#[test]
fn an_inhaler_started_before_cramps_clearly_got_worse_prompts_too() {
    // 2 of 28 before, 12 of 28 after: ratio 6, interval 1.34 to 26.8, above 1.
    let nights = around("2025-05-01", 2, 12);
    let inhaler = medicine("Salmeterol", Some("laba-inhalers"), "2025-05-01", None);
    let report = only(around_starts(&[inhaler], &nights, DEFAULT_WEEKS, today()));
    assert_eq!(report.pattern, Pattern::Worse);
    assert!(report.ratio.unwrap().low > 1.0);
    assert_eq!(report.ask_about_it, Some(&ASK_DOCTOR));
}

#[test]
fn the_same_pattern_with_a_medicine_not_linked_with_cramps_does_not_prompt() {
    let nights = around("2025-05-01", 0, 4);
    for class in [None, Some("not-a-class")] {
        let other = medicine("Something else", class, "2025-05-01", None);
        let report = only(around_starts(&[other], &nights, DEFAULT_WEEKS, today()));
        assert_eq!(report.pattern, Pattern::CrampsBegan);
        assert_eq!(report.ask_about_it, None);
    }
}

#[test]
fn a_linked_medicine_with_no_clear_change_or_fewer_cramps_does_not_prompt() {
    for (before, after, pattern) in [(6, 7, Pattern::NoClearChange), (20, 3, Pattern::Fewer)] {
        let nights = around("2025-05-01", before, after);
        let diuretic = medicine(
            "Bendroflumethiazide",
            Some("thiazide-diuretics"),
            "2025-05-01",
            None,
        );
        let report = only(around_starts(&[diuretic], &nights, DEFAULT_WEEKS, today()));
        assert_eq!(report.pattern, pattern);
        assert_eq!(report.ask_about_it, None);
    }
}

#[test]
fn too_few_nights_on_either_side_means_no_comparison_and_no_prompt() {
    let start = date("2025-05-01");
    let mut nights = Nights::new();
    // The diary began 10 nights before the start.
    log(&mut nights, start.add_days(-10), 10, 0);
    log(&mut nights, start, 28, 10);
    let statin = medicine("Simvastatin", Some("statins"), "2025-05-01", None);
    let report = only(around_starts(
        std::slice::from_ref(&statin),
        &nights,
        DEFAULT_WEEKS,
        today(),
    ));
    assert_eq!(report.pattern, Pattern::TooFewNights);
    assert_eq!(report.ask_about_it, None);
    // Started 5 days ago: too few nights after.
    let nights = around("2025-06-26", 0, 5);
    let recent = MedicineCourse {
        started: date("2025-06-26"),
        ..statin
    };
    let report = only(around_starts(&[recent], &nights, DEFAULT_WEEKS, today()));
    assert_eq!(report.after.nights, 5);
    assert_eq!(report.pattern, Pattern::TooFewNights);
}

#[test]
fn the_weeks_after_end_when_the_medicine_was_stopped() {
    // Cramps began only after it was stopped on 2025-05-15: not the medicine's weeks.
    let start = date("2025-05-01");
    let mut nights = Nights::new();
    log(&mut nights, start.add_days(-28), 28, 0);
    log(&mut nights, start, 14, 0);
    log(&mut nights, start.add_days(14), 14, 14);
    let stopped = medicine(
        "Furosemide",
        Some("loop-diuretics"),
        "2025-05-01",
        Some("2025-05-15"),
    );
    let report = only(around_starts(&[stopped], &nights, DEFAULT_WEEKS, today()));
    assert_eq!(
        report.after,
        Tally {
            nights: 14,
            cramp_nights: 0
        }
    );
    assert_eq!(report.ask_about_it, None);
}

#[test]
fn the_number_of_weeks_compared_is_the_page_s_choice() {
    let nights = around("2025-05-01", 0, 28);
    let statin = medicine("Atorvastatin", Some("statins"), "2025-05-01", None);
    let two = only(around_starts(
        std::slice::from_ref(&statin),
        &nights,
        2,
        today(),
    ));
    assert_eq!((two.before.nights, two.after.nights), (14, 14));
    let four = only(around_starts(&[statin], &nights, 4, today()));
    assert_eq!((four.before.nights, four.after.nights), (28, 28));
}

#[test]
fn starts_come_in_date_order_and_future_starts_are_left_out() {
    let nights = around("2025-05-01", 3, 3);
    let medicines = [
        medicine("Later", None, "2025-05-20", None),
        medicine("Not yet", None, "2025-07-10", None),
        medicine("Earlier", Some("statins"), "2025-05-01", None),
    ];
    let reports = around_starts(&medicines, &nights, DEFAULT_WEEKS, today());
    let order: Vec<usize> = reports.iter().map(|r| r.medicine).collect();
    assert_eq!(order, vec![2, 0]);
}

#[test]
fn every_class_the_app_knows_is_recognised_and_the_prompt_cites_a_real_source() {
    for class in MEDICINE_CLASSES {
        let m = medicine("x", Some(class.id), "2025-05-01", None);
        assert_eq!(m.linked_class().map(|c| c.id), Some(class.id));
    }
    assert!(ASK_DOCTOR.sources.iter().all(|id| source(id).is_some()));
}

#[test]
fn the_sentences_are_plain() {
    let mut texts = vec![ASK_DOCTOR.text];
    for (before, after) in [(0, 4), (2, 12), (20, 3), (6, 7)] {
        let nights = around("2025-05-01", before, after);
        let m = medicine("x", Some("statins"), "2025-05-01", None);
        texts.push(only(around_starts(&[m], &nights, 4, today())).pattern_text());
    }
    let grade = plain_words::grade(&texts);
    assert!(grade <= 8.0, "grade {grade:.1}");
}
