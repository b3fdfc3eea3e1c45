//! Validation: a draft becomes an entry, or gets a message for each problem in form order.

use super::*;

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
