//! The diary: one entry a night, newest first, edit, delete and undo, fresh ids, the night choices.

use super::*;

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
