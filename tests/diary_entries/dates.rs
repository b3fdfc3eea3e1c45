//! Dates: parsing, formatting, weekdays, range ends, leap days and garbage.

use super::*;

#[test]
fn dates_parse_format_and_know_their_weekday() {
    let d = date("2025-03-14");
    assert_eq!(d.to_string(), "2025-03-14");
    assert_eq!((d.year(), d.month(), d.day()), (2025, 3, 14));
    assert_eq!(d.weekday(), Weekday::Friday);
    assert_eq!(date("1970-01-01").weekday(), Weekday::Thursday);
    assert_eq!(date("2000-01-01").weekday(), Weekday::Saturday);
    assert_eq!(d.long_label(), "Friday 14 March 2025");
    assert_eq!(d.short_label(), "Fri 14 Mar");
    assert_eq!(d.add_days(18).to_string(), "2025-04-01");
    assert_eq!(d.add_days(-14).to_string(), "2025-02-28");
    assert_eq!(date("2024-02-28").add_days(1).to_string(), "2024-02-29");
    assert_eq!(date("2024-12-31").add_days(1).to_string(), "2025-01-01");
    assert_eq!(date("2024-01-01").days_until(date("2025-01-01")), 366);
    assert_eq!(" 2025-03-14 ".parse::<Date>(), Ok(d));
}

#[test]
fn every_day_from_1900_to_2100_round_trips_in_order() {
    let mut day = date("1900-01-01");
    let end = date("2100-12-31");
    let mut count = 0;
    while day < end {
        let next = day.add_days(1);
        assert_eq!(Date::parse(&next.to_string()), Ok(next));
        assert!(next > day);
        assert_eq!(day.days_until(next), 1);
        // The weekday advances by one every day.
        let weekday_index = |d: Date| d.weekday() as i64;
        assert_eq!((weekday_index(day) + 1) % 7, weekday_index(next));
        day = next;
        count += 1;
    }
    assert_eq!(count, 73_413);
}

#[test]
fn date_range_ends_are_held() {
    assert_eq!(Date::parse("0001-01-01"), Ok(Date::MIN));
    assert_eq!(Date::parse("9999-12-31"), Ok(Date::MAX));
    assert_eq!(Date::MAX.add_days(1), Date::MAX);
    assert_eq!(Date::MIN.add_days(-1), Date::MIN);
    assert_eq!(Date::MIN.add_days(i64::MIN), Date::MIN);
    assert_eq!(Date::MAX.add_days(i64::MAX), Date::MAX);
    assert_eq!(Date::parse("0000-01-01"), Err(DateError::NotADate));
}

#[test]
fn leap_days() {
    assert!(Date::parse("2024-02-29").is_ok());
    assert!(Date::parse("2000-02-29").is_ok(), "divisible by 400: leap");
    let refused = Date::parse("2023-02-29").expect_err("2023 is not a leap year");
    assert_eq!(
        refused.message(),
        "There was no 29 February in 2023: it was not a leap year."
    );
    assert!(
        Date::parse("1900-02-29").is_err(),
        "divisible by 100 but not 400: not leap"
    );
    assert!(Date::parse("2024-02-30").is_err());
    assert_eq!(
        Date::parse("2025-04-31").map_err(|e| e.message()),
        Err("April has only 30 days, so day 31 does not exist.".to_string())
    );
}

#[test]
fn garbage_dates_get_a_message() {
    for text in [
        "",
        "   ",
        "14/03/2025",
        "2025-3-14",
        "2025-03-14T00:00",
        "20250314",
        "abcd-ef-gh",
        "2025-00-10",
        "2025-13-01",
        "2025-01-00",
        "２０２５-03-14",
        "-025-03-14",
        "2025-03-1é",
    ] {
        let error = Date::parse(text).expect_err(text);
        assert!(!error.message().is_empty());
    }
    assert_eq!(
        Date::parse("2025-13-01"),
        Err(DateError::NoSuchMonth { month: 13 })
    );
}
