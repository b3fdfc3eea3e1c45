//! The diary form and list: dates, validation edges, and add / update / delete / undo.

#[path = "diary_support/mod.rs"]
mod support;

use std::collections::BTreeSet;

use night_cramps::diary::{
    recent_choice, recent_nights, validate, Date, DateError, Diary, DiaryError, Draft, EntryId,
    Field, FieldError, Longest, Muscle, Side, Weekday,
};
use support::{date, today};

fn draft(night: &str, cramps: &str, pain: &str) -> Draft {
    Draft {
        night_of: night.to_string(),
        cramps: cramps.to_string(),
        worst_pain: pain.to_string(),
        muscles: BTreeSet::from([Muscle::Calf]),
        ..Draft::default()
    }
}

fn errors_for(draft: &Draft) -> Vec<FieldError> {
    validate(draft, today(), &Diary::new(), None).expect_err("should be refused")
}

fn only_error(draft: &Draft, field: Field) -> String {
    let errors = errors_for(draft);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].field, field, "{errors:?}");
    errors[0].message.clone()
}

// ---- dates ----

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

// ---- validation ----

#[test]
fn a_good_draft_becomes_an_entry() {
    let mut good = draft("2025-03-13", " 2 ", "6");
    good.side = Some(Side::Left);
    good.longest = Some(Longest::OneToFiveMinutes);
    good.note = "  Stretched, then walked.\n".to_string();
    let entry = validate(&good, today(), &Diary::new(), None).expect("valid");
    assert_eq!(entry.night_of, date("2025-03-13"));
    assert_eq!(entry.cramps, 2);
    assert_eq!(entry.worst_pain, Some(6));
    assert_eq!(entry.note, "Stretched, then walked.", "blank ends trimmed");
    assert_eq!(entry.id, EntryId(1));
}

#[test]
fn future_nights_are_refused_but_today_is_fine() {
    let message = only_error(&draft("2025-03-15", "1", "3"), Field::NightOf);
    assert!(message.contains("future"), "{message}");
    assert!(message.contains("Saturday 15 March 2025"), "{message}");
    assert!(validate(&draft("2025-03-14", "1", "3"), today(), &Diary::new(), None).is_ok());
    assert!(errors_for(&draft("2031-01-01", "1", "3"))
        .iter()
        .any(|e| e.field == Field::NightOf));
}

#[test]
fn very_old_nights_are_refused() {
    let message = only_error(&draft("1899-12-31", "1", "3"), Field::NightOf);
    assert!(message.contains("1900"), "{message}");
    assert!(validate(&draft("1900-01-01", "1", "3"), today(), &Diary::new(), None).is_ok());
}

#[test]
fn empty_and_garbage_dates_are_refused_with_a_message() {
    let message = only_error(&draft("", "1", "3"), Field::NightOf);
    assert!(message.contains("Enter the date"), "{message}");
    let message = only_error(&draft("last tuesday", "1", "3"), Field::NightOf);
    assert!(
        message.contains("2025-03-14"),
        "shows the expected shape: {message}"
    );
    let message = only_error(&draft("2023-02-29", "1", "3"), Field::NightOf);
    assert!(message.contains("not a leap year"), "{message}");
    assert!(validate(&draft("2024-02-29", "1", "3"), today(), &Diary::new(), None).is_ok());
}

#[test]
fn pain_must_be_0_to_10() {
    let message = only_error(&draft("2025-03-13", "1", "11"), Field::WorstPain);
    assert!(message.contains("0 (none) to 10"), "{message}");
    only_error(&draft("2025-03-13", "1", "-1"), Field::WorstPain);
    only_error(&draft("2025-03-13", "1", "7.5"), Field::WorstPain);
    only_error(&draft("2025-03-13", "1", "bad"), Field::WorstPain);
    only_error(&draft("2025-03-13", "1", "300"), Field::WorstPain);
    let message = only_error(&draft("2025-03-13", "1", ""), Field::WorstPain);
    assert!(
        message.contains("Choose how bad"),
        "pain is required when there were cramps"
    );
    for ok in ["0", "10", " 5 "] {
        assert!(validate(&draft("2025-03-13", "1", ok), today(), &Diary::new(), None).is_ok());
    }
}

#[test]
fn cramp_counts_must_be_whole_and_in_range() {
    let message = only_error(&draft("2025-03-13", "-1", "3"), Field::Cramps);
    assert!(message.contains("can't be below 0"), "{message}");
    let message = only_error(&draft("2025-03-13", "51", "3"), Field::Cramps);
    assert!(message.contains("0 to 50"), "{message}");
    let message = only_error(&draft("2025-03-13", "2.5", "3"), Field::Cramps);
    assert!(message.contains("whole number"), "{message}");
    only_error(&draft("2025-03-13", "two", "3"), Field::Cramps);
    only_error(
        &draft("2025-03-13", "99999999999999999999999999", "3"),
        Field::Cramps,
    );
    only_error(
        &draft("2025-03-13", "-99999999999999999999999999", "3"),
        Field::Cramps,
    );
    let message = only_error(&draft("2025-03-13", "", "3"), Field::Cramps);
    assert!(
        message.contains("0 if none") || message.contains("Enter"),
        "{message}"
    );
    assert!(validate(
        &draft("2025-03-13", "50", "3"),
        today(),
        &Diary::new(),
        None
    )
    .is_ok());
}

#[test]
fn a_cramp_free_night_needs_no_details_and_refuses_contradictions() {
    let free = Draft {
        night_of: "2025-03-13".into(),
        cramps: "0".into(),
        ..Draft::default()
    };
    let entry = validate(&free, today(), &Diary::new(), None).expect("valid");
    assert_eq!((entry.cramps, entry.worst_pain), (0, None));

    let contradictory = Draft {
        muscles: BTreeSet::from([Muscle::Foot]),
        side: Some(Side::Both),
        longest: Some(Longest::OverTenMinutes),
        worst_pain: "4".into(),
        ..free
    };
    let fields: Vec<Field> = errors_for(&contradictory).iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        [
            Field::Muscles,
            Field::Side,
            Field::Longest,
            Field::WorstPain
        ]
    );
}

#[test]
fn notes_are_limited_to_2000_characters_counted_as_characters() {
    let mut long = draft("2025-03-13", "1", "3");
    long.note = "x".repeat(10_000);
    let message = only_error(&long, Field::Note);
    assert_eq!(
        message,
        "The note is 10,000 characters long. The limit is 2,000, so please shorten it by 8,000."
    );

    // 2,000 two-byte letters (4,000 bytes) and 2,000 emoji (8,000 bytes) are within the limit.
    for letter in ["é", "🦵"] {
        let mut fits = draft("2025-03-13", "1", "3");
        fits.note = letter.repeat(2_000);
        assert!(
            validate(&fits, today(), &Diary::new(), None).is_ok(),
            "{letter}"
        );
        fits.note.push_str(letter);
        only_error(&fits, Field::Note);
    }
}

#[test]
fn several_problems_are_reported_together_in_form_order() {
    let mut bad = draft("2099-01-01", "-1", "11");
    bad.note = "n".repeat(2_001);
    let fields: Vec<Field> = errors_for(&bad).iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        [Field::NightOf, Field::Cramps, Field::WorstPain, Field::Note]
    );
}

#[test]
fn field_keys_and_labels_are_stable() {
    for field in Field::ALL {
        assert_eq!(Field::from_key(field.key()), Some(field));
        assert!(!field.label().is_empty());
    }
}

// ---- the diary ----

#[test]
fn a_second_entry_for_the_same_night_is_refused_with_a_hint_to_edit() {
    let mut diary = Diary::new();
    let first = diary
        .add(&draft("2025-03-10", "1", "3"), today())
        .expect("first");
    let before = diary.clone();
    let error = diary
        .add(&draft("2025-03-10", "2", "5"), today())
        .expect_err("duplicate");
    let DiaryError::Invalid(errors) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(errors[0].field, Field::NightOf);
    assert!(
        errors[0].message.contains("already have an entry"),
        "{}",
        errors[0].message
    );
    assert!(
        errors[0].message.contains("Edit that entry"),
        "{}",
        errors[0].message
    );
    assert!(error.message().contains("Monday 10 March 2025"));
    assert_eq!(diary, before, "a refused add changes nothing");

    // Editing an entry may keep its own night.
    diary
        .update(first, &draft("2025-03-10", "4", "8"), today())
        .expect("edit own night");
    assert_eq!(diary.get(first).map(|e| e.cramps), Some(4));
}

#[test]
fn entries_list_newest_first_whatever_order_they_were_added() {
    let mut diary = Diary::new();
    for night in ["2025-03-01", "2025-03-12", "2025-02-20", "2025-03-05"] {
        diary.add(&draft(night, "1", "3"), today()).expect("add");
    }
    let nights: Vec<String> = diary
        .entries()
        .iter()
        .map(|e| e.night_of.to_string())
        .collect();
    assert_eq!(
        nights,
        ["2025-03-12", "2025-03-05", "2025-03-01", "2025-02-20"]
    );
    support::assert_diary_invariants(&diary);
}

#[test]
fn update_can_move_an_entry_to_a_free_night_but_not_onto_another() {
    let mut diary = Diary::new();
    let a = diary
        .add(&draft("2025-03-01", "1", "3"), today())
        .expect("a");
    let b = diary
        .add(&draft("2025-03-02", "1", "3"), today())
        .expect("b");
    diary
        .update(a, &draft("2025-03-10", "1", "3"), today())
        .expect("move a");
    assert_eq!(diary.entries()[0].id, a, "re-sorted after moving");
    let before = diary.clone();
    assert!(diary
        .update(b, &draft("2025-03-10", "1", "3"), today())
        .is_err());
    assert!(
        diary
            .update(b, &draft("2025-03-20", "1", "3"), today())
            .is_err(),
        "future"
    );
    assert_eq!(diary, before);
    assert_eq!(
        diary.update(EntryId(999), &draft("2025-03-11", "1", "3"), today()),
        Err(DiaryError::NoSuchEntry(EntryId(999)))
    );
}

#[test]
fn delete_and_undo_put_back_exactly_what_was_removed() {
    let mut diary = Diary::new();
    let a = diary
        .add(&draft("2025-03-01", "1", "3"), today())
        .expect("a");
    let b = diary
        .add(&draft("2025-03-02", "2", "5"), today())
        .expect("b");
    let before = diary.entries().to_vec();

    let removed = diary.delete(b).expect("delete");
    assert_eq!(removed.night_of, date("2025-03-02"));
    assert_eq!(diary.len(), 1);
    assert_eq!(diary.last_deleted().map(|e| e.id), Some(b));

    assert_eq!(diary.undo_delete(), Ok(b));
    assert_eq!(diary.entries(), before.as_slice());
    assert_eq!(diary.undo_delete(), Err(DiaryError::NothingToUndo));
    assert!(!DiaryError::NothingToUndo.message().is_empty());

    // Only the last delete can be undone.
    diary.delete(a).expect("delete a");
    diary.delete(b).expect("delete b");
    assert_eq!(diary.undo_delete(), Ok(b));
    assert!(diary.get(a).is_none());

    assert_eq!(
        diary.delete(EntryId(42)),
        Err(DiaryError::NoSuchEntry(EntryId(42)))
    );
}

#[test]
fn undo_is_refused_if_the_night_was_taken_meanwhile_and_the_entry_stays_held() {
    let mut diary = Diary::new();
    let a = diary
        .add(&draft("2025-03-01", "1", "3"), today())
        .expect("a");
    diary.delete(a).expect("delete");
    let replacement = diary
        .add(&draft("2025-03-01", "5", "9"), today())
        .expect("re-add");
    assert_ne!(replacement, a, "ids are not reused");
    let error = diary.undo_delete().expect_err("night taken");
    assert_eq!(error, DiaryError::NightTaken(date("2025-03-01")));
    assert!(error.message().contains("Saturday 1 March 2025"));
    assert_eq!(
        diary.last_deleted().map(|e| e.id),
        Some(a),
        "still held for undo"
    );

    diary.delete(replacement).expect("delete replacement");
    assert_eq!(diary.last_deleted().map(|e| e.id), Some(replacement));
}

#[test]
fn ids_are_never_reused_after_delete() {
    let mut diary = Diary::new();
    let a = diary
        .add(&draft("2025-03-01", "1", "3"), today())
        .expect("a");
    let b = diary
        .add(&draft("2025-03-02", "1", "3"), today())
        .expect("b");
    diary.delete(b).expect("delete");
    let c = diary
        .add(&draft("2025-03-03", "1", "3"), today())
        .expect("c");
    assert!(c > b && b > a);
}

#[test]
fn editing_round_trips_through_a_draft() {
    let mut diary = Diary::new();
    let mut full = draft("2025-03-01", "3", "7");
    full.side = Some(Side::Right);
    full.note = "Calf, then foot. \"Ouch\"".into();
    let id = diary.add(&full, today()).expect("add");
    let entry = diary.get(id).expect("stored").clone();
    let again = Draft::from_entry(&entry);
    assert_eq!(again, full);
    let before = diary.clone();
    diary.update(id, &again, today()).expect("unchanged update");
    assert_eq!(diary, before);
    assert_eq!(Draft::for_night(date("2025-03-13")).night_of, "2025-03-13");
}

#[test]
fn from_entries_refuses_broken_lists() {
    let ok = support::night(1, "2025-03-01", 1, 3);
    let same_night = support::night(2, "2025-03-01", 2, 3);
    assert_eq!(
        Diary::from_entries(vec![ok.clone(), same_night]),
        Err(DiaryError::DuplicateNight(date("2025-03-01")))
    );
    let same_id = support::night(1, "2025-03-02", 2, 3);
    assert_eq!(
        Diary::from_entries(vec![ok.clone(), same_id]),
        Err(DiaryError::BadId(EntryId(1)))
    );
    let bad_pain = support::night(3, "2025-03-03", 2, 11);
    assert!(matches!(
        Diary::from_entries(vec![ok, bad_pain]),
        Err(DiaryError::BadEntry { .. })
    ));
}

#[test]
fn the_form_offers_last_night_and_the_night_before_as_one_tap_each() {
    // Across a year's end: today is New Year's Day.
    let recent = recent_nights(date("2026-01-01"));
    let shown: Vec<(String, &str, &str)> = recent
        .iter()
        .map(|r| (r.night.to_string(), r.label.as_str(), r.key))
        .collect();
    assert_eq!(
        shown,
        [
            (
                "2025-12-31".to_string(),
                "Last night (Wednesday 31 December)",
                "last"
            ),
            (
                "2025-12-30".to_string(),
                "The night before last (Tuesday 30 December)",
                "before_last"
            ),
        ]
    );
    // Across a leap day.
    let recent = recent_nights(date("2024-03-01"));
    assert_eq!(recent[0].night, date("2024-02-29"));
    assert_eq!(recent[1].night, date("2024-02-28"));
    // Every night the form offers can be saved (it is not in the future).
    for today in [date("2026-01-01"), date("2024-03-01"), today()] {
        for r in recent_nights(today) {
            let ok = validate(
                &draft(&r.night.to_string(), "1", "3"),
                today,
                &Diary::new(),
                None,
            );
            assert!(ok.is_ok(), "{ok:?}");
        }
    }
}

#[test]
fn a_night_that_is_not_recent_is_shown_in_the_date_field() {
    let recent = recent_nights(date("2026-01-01"));
    let picked = |night: &str| recent_choice(&recent, night).map(|r| r.key);
    assert_eq!(picked("2025-12-31"), Some("last"));
    assert_eq!(picked("2025-12-30"), Some("before_last"));
    // Older, today, the future, half-typed and empty: "Another night", with the date field.
    for other in ["2025-12-29", "2026-01-01", "2026-01-02", "2025-12-3", ""] {
        assert_eq!(picked(other), None, "{other}");
    }
}
