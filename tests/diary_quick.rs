//! Relief mode's one-tap log: which night a moment belongs to, and adding a cramp to a night.

#[path = "diary_support/mod.rs"]
mod support;

use night_cramps::diary::quick::{log_cramp, night_of_moment, QuickLogged};
use night_cramps::diary::{
    stats, validate, Date, Diary, DiaryError, Draft, Field, Longest, Muscle, MAX_CRAMPS,
};
use support::{date, night, today};

/// Milliseconds since 1970 for a UTC date and time.
fn utc_ms(day: &str, hour: i64, minute: i64) -> i64 {
    let days = date("1970-01-01").days_until(date(day));
    days * 86_400_000 + hour * 3_600_000 + minute * 60_000
}

#[test]
fn the_local_day_of_a_moment() {
    assert_eq!(Date::from_unix_ms(0, 0), date("1970-01-01"));
    assert_eq!(Date::from_unix_ms(-1, 0), date("1969-12-31"));
    assert_eq!(
        Date::from_unix_ms(utc_ms("2025-03-14", 23, 30), 0),
        date("2025-03-14")
    );
    // 23:30 UTC is already the 15th in Paris (UTC+1) and still the 14th in New York (UTC-4).
    assert_eq!(
        Date::from_unix_ms(utc_ms("2025-03-14", 23, 30), 60),
        date("2025-03-15")
    );
    assert_eq!(
        Date::from_unix_ms(utc_ms("2025-03-15", 2, 0), -240),
        date("2025-03-14")
    );
    assert_eq!(Date::from_unix_ms(i64::MAX, i32::MAX), Date::MAX);
    assert_eq!(Date::from_unix_ms(i64::MIN, i32::MIN), Date::MIN);
}

#[test]
fn a_moment_before_noon_belongs_to_the_night_before() {
    assert_eq!(
        night_of_moment(utc_ms("2025-03-15", 3, 0), 0),
        date("2025-03-14")
    );
    assert_eq!(
        night_of_moment(utc_ms("2025-03-15", 0, 0), 0),
        date("2025-03-14")
    );
    assert_eq!(
        night_of_moment(utc_ms("2025-03-15", 11, 59), 0),
        date("2025-03-14")
    );
    assert_eq!(
        night_of_moment(utc_ms("2025-03-15", 12, 0), 0),
        date("2025-03-15")
    );
    assert_eq!(
        night_of_moment(utc_ms("2025-03-14", 23, 0), 0),
        date("2025-03-14")
    );
    // Sydney in March is UTC+11: 14:00 UTC on the 14th is 01:00 on the 15th there.
    assert_eq!(
        night_of_moment(utc_ms("2025-03-14", 14, 0), 660),
        date("2025-03-14")
    );
    // New York (UTC-4): 03:00 UTC on the 15th is 23:00 on the 14th there.
    assert_eq!(
        night_of_moment(utc_ms("2025-03-15", 3, 0), -240),
        date("2025-03-14")
    );
    assert_eq!(night_of_moment(-1, 0), date("1969-12-31"));
}

#[test]
fn bands_from_seconds() {
    assert_eq!(Longest::from_seconds(0), Longest::UnderOneMinute);
    assert_eq!(Longest::from_seconds(59), Longest::UnderOneMinute);
    assert_eq!(Longest::from_seconds(60), Longest::OneToFiveMinutes);
    assert_eq!(Longest::from_seconds(299), Longest::OneToFiveMinutes);
    assert_eq!(Longest::from_seconds(300), Longest::FiveToTenMinutes);
    assert_eq!(Longest::from_seconds(600), Longest::OverTenMinutes);
    assert_eq!(Longest::from_seconds(u32::MAX), Longest::OverTenMinutes);
}

#[test]
fn quick_logs_create_then_add_to_the_nights_entry() {
    let mut diary = Diary::new();
    let tonight = date("2025-03-13");
    let first = log_cramp(&mut diary, tonight, Muscle::Calf, Some(90), today()).expect("log");
    assert_eq!(
        first,
        QuickLogged {
            id: first.id,
            created: true,
            cramps: 1
        }
    );
    let entry = diary.entry_for_night(tonight).expect("created").clone();
    assert_eq!(entry.worst_pain, None, "pain is filled in later");
    assert_eq!(entry.longest, Some(Longest::OneToFiveMinutes));

    let second = log_cramp(&mut diary, tonight, Muscle::Foot, Some(700), today()).expect("log");
    assert_eq!(
        (second.id, second.created, second.cramps),
        (first.id, false, 2)
    );
    let third = log_cramp(&mut diary, tonight, Muscle::Calf, Some(20), today()).expect("log");
    assert_eq!(third.cramps, 3);
    let entry = diary.entry_for_night(tonight).expect("present");
    assert_eq!(entry.muscles, [Muscle::Calf, Muscle::Foot].into());
    assert_eq!(
        entry.longest,
        Some(Longest::OverTenMinutes),
        "the longest is kept"
    );
    assert_eq!(diary.len(), 1);
    support::assert_diary_invariants(&diary);

    // Opening it in the form asks for the pain before it can be saved.
    let errors = validate(&Draft::from_entry(entry), today(), &diary, Some(first.id))
        .expect_err("pain required in the form");
    assert_eq!(errors[0].field, Field::WorstPain);
}

#[test]
fn quick_logs_keep_what_was_typed_and_stop_at_the_limit() {
    let mut typed = night(1, "2025-03-13", MAX_CRAMPS - 1, 6);
    typed.note = "Typed earlier".into();
    let mut diary = Diary::from_entries(vec![typed]).expect("valid");
    log_cramp(&mut diary, date("2025-03-13"), Muscle::Other, None, today()).expect("log");
    let logged = log_cramp(&mut diary, date("2025-03-13"), Muscle::Other, None, today());
    assert_eq!(logged.map(|l| l.cramps), Ok(MAX_CRAMPS));
    let entry = diary.entry_for_night(date("2025-03-13")).expect("present");
    assert_eq!(
        (entry.worst_pain, entry.note.as_str()),
        (Some(6), "Typed earlier")
    );
}

#[test]
fn a_cramp_on_a_logged_cramp_free_night_clears_its_zero_pain() {
    let mut diary = Diary::from_entries(vec![night(1, "2025-03-13", 0, 0)]).expect("valid");
    log_cramp(&mut diary, date("2025-03-13"), Muscle::Calf, None, today()).expect("log");
    let entry = diary.entry_for_night(date("2025-03-13")).expect("present");
    assert_eq!((entry.cramps, entry.worst_pain), (1, None));
    support::assert_diary_invariants(&diary);
}

#[test]
fn a_future_night_is_refused_and_nothing_changes() {
    let mut diary = Diary::new();
    let result = log_cramp(&mut diary, date("2025-03-15"), Muscle::Calf, None, today());
    assert!(matches!(result, Err(DiaryError::Invalid(_))));
    assert_eq!(diary, Diary::new());
}

#[test]
fn unrecorded_pain_counts_the_night_but_not_the_average() {
    let mut diary = Diary::from_entries(vec![night(1, "2025-03-10", 2, 8)]).expect("valid");
    log_cramp(&mut diary, date("2025-03-12"), Muscle::Calf, None, today()).expect("log");
    let four = stats::period(&diary, today(), 4);
    assert_eq!((four.nights_with_cramps, four.pain_nights), (2, 1));
    assert_eq!(four.average_pain(), Some(8.0));
    assert_eq!(four.worst_pain, Some(8));
}
