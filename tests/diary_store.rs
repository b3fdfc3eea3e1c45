//! The per-night store (`diary::night_store`) against the in-memory storage double: keys,
//! records, conflicts, erase-all, a full quota, and the migration from the single value,
//! including a real value saved by the release that stored the diary as one value.

#[path = "diary_support/mod.rs"]
mod support;

use night_cramps::diary::night_store::{
    decode, delete_night, encode, erase_all, load_all, migrate, night_key, night_of_key,
    save_night, Conflict, MemoryStorage, Migration, Reading, Record, SaveError, Stamps, Storage,
    WriteError, SINGLE_VALUE_KEY,
};
use night_cramps::diary::{saved, Diary, DiaryEntry, EntryId, Loaded};
use support::*;

const RELEASE_VALUE: &str = include_str!("fixtures/diary-release-single-value.json");

fn release_diary() -> Diary {
    match saved::load(Some(RELEASE_VALUE)) {
        Loaded::Ok(diary) => diary,
        other => panic!("fixture does not load: {other:?}"),
    }
}

fn same_nights(a: &Diary, b: &Diary) {
    assert_eq!(a.len(), b.len());
    for (x, y) in a.entries().iter().zip(b.entries()) {
        assert!(x.same_content(y), "{x:?} != {y:?}");
    }
}

#[test]
fn keys_name_the_night_and_nothing_else() {
    let night = date("2025-03-01");
    assert_eq!(night_key(night), "night-cramps.night.2025-03-01");
    assert_eq!(night_of_key(&night_key(night)), Some(night));
    for other in [
        "night-cramps.diary",
        "night-cramps.night.",
        "night-cramps.night.2025-02-30",
        "x.night.2025-03-01",
    ] {
        assert_eq!(night_of_key(other), None, "{other}");
    }
}

#[test]
fn records_round_trip_and_bad_ones_say_why() {
    let mut rng = Rng::new(7);
    for i in 1..200 {
        let record = Record {
            stamp: i * 977,
            entry: random_entry(&mut rng, i, today().add_days(-(i as i64))),
        };
        let text = encode(&record);
        assert_eq!(decode(&text).as_ref(), Ok(&record));
        // Written as serde_json prints it (keys in order, compact), so records written before
        // and after are the same text.
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value.to_string(), text);
    }
    assert!(decode("{").is_err());
    assert!(decode(r#"{"entry":{"night_of":"2025-03-01","cramps":0}}"#)
        .unwrap_err()
        .contains("stamp"));
    assert!(decode(r#"{"stamp":1,"entry":{"night_of":"2025-03-01","cramps":-1}}"#).is_err());
}

#[test]
fn two_tabs_saving_different_nights_keep_both() {
    let mut storage = MemoryStorage::default();
    let a = night(1, "2025-03-10", 2, 5);
    let b = night(1, "2025-03-11", 3, 6); // the other tab gave out the same id
    assert_eq!(save_night(&mut storage, &a, None, 100), Ok(100));
    assert_eq!(save_night(&mut storage, &b, None, 200), Ok(200));
    let stored = load_all(&storage);
    assert_eq!(stored.diary.len(), 2);
    assert_diary_invariants(&stored.diary);
    assert_eq!(stored.stamps.get(&date("2025-03-10")), Some(&100));
    assert!(stored.unreadable.is_empty());
}

#[test]
fn a_night_changed_elsewhere_since_the_form_opened_is_a_conflict() {
    let mut storage = MemoryStorage::default();
    let mine = night(1, "2025-03-10", 2, 5);
    let theirs = night(2, "2025-03-10", 4, 8);
    save_night(&mut storage, &mine, None, 1).unwrap();
    // Both tabs opened the form on stamp 1; the other tab saves first.
    save_night(&mut storage, &theirs, Some(1), 2).unwrap();
    let before = storage.values.clone();
    let refused = save_night(&mut storage, &mine, Some(1), 3);
    let Err(SaveError::Conflict(conflict)) = &refused else {
        panic!("expected a conflict, got {refused:?}");
    };
    let Some(shown) = conflict.theirs.clone() else {
        panic!("expected their version, got {refused:?}");
    };
    assert!(shown.entry.same_content(&theirs));
    assert_eq!(storage.values, before, "nothing overwritten unseen");
    // The person chose theirs → nothing to do; chose mine → save over the version seen.
    assert_eq!(save_night(&mut storage, &mine, Some(shown.stamp), 4), Ok(4));
    assert!(load_all(&storage).diary.entries()[0].same_content(&mine));
    // A new night that another tab added meanwhile is a conflict too.
    save_night(&mut storage, &night(3, "2025-03-12", 1, 1), None, 5).unwrap();
    assert!(matches!(
        save_night(&mut storage, &night(4, "2025-03-12", 2, 2), None, 6),
        Err(SaveError::Conflict(_))
    ));
}

#[test]
fn deleting_checks_the_version_too() {
    let mut storage = MemoryStorage::default();
    let entry = night(1, "2025-03-10", 2, 5);
    save_night(&mut storage, &entry, None, 1).unwrap();
    save_night(&mut storage, &entry, Some(1), 2).unwrap();
    assert!(matches!(
        delete_night(&mut storage, entry.night_of, Some(1)),
        Err(SaveError::Conflict(_))
    ));
    assert_eq!(load_all(&storage).diary.len(), 1);
    delete_night(&mut storage, entry.night_of, Some(2)).unwrap();
    assert!(load_all(&storage).diary.is_empty());
    // Saving a night another tab deleted since the form opened is a conflict with nothing.
    assert_eq!(
        save_night(&mut storage, &entry, Some(2), 3),
        Err(SaveError::Conflict(Box::new(Conflict { theirs: None })))
    );
}

#[test]
fn a_full_quota_loses_nothing() {
    let mut storage = MemoryStorage::default();
    let entry = night(1, "2025-03-10", 2, 5);
    save_night(&mut storage, &entry, None, 1).unwrap();
    storage.quota = Some(storage.values.iter().map(|(k, v)| k.len() + v.len()).sum());
    let before = storage.values.clone();
    let mut longer = entry.clone();
    longer.note = "a longer note than before".into();
    assert_eq!(
        save_night(&mut storage, &longer, Some(1), 2),
        Err(SaveError::Write(WriteError::Full))
    );
    assert_eq!(
        save_night(&mut storage, &night(2, "2025-03-11", 1, 1), None, 3),
        Err(SaveError::Write(WriteError::Full))
    );
    assert_eq!(storage.values, before);
    assert!(WriteError::Full.message().contains("full"));
}

#[test]
fn unreadable_nights_are_reported_and_left_alone() {
    let mut storage = MemoryStorage::default();
    save_night(&mut storage, &night(1, "2025-03-10", 2, 5), None, 1).unwrap();
    storage
        .set("night-cramps.night.2025-03-11", "{broken")
        .unwrap();
    let moved = encode(&Record {
        stamp: 1,
        entry: night(2, "2025-03-09", 1, 1),
    });
    storage
        .set("night-cramps.night.2025-03-12", &moved)
        .unwrap();
    let stored = load_all(&storage);
    assert_eq!(stored.diary.len(), 1);
    assert_eq!(stored.unreadable.len(), 2);
    assert_eq!(
        storage.get("night-cramps.night.2025-03-11").as_deref(),
        Some("{broken")
    );
    assert!(matches!(
        save_night(&mut storage, &night(3, "2025-03-11", 1, 1), None, 2),
        Err(SaveError::Unreadable(_))
    ));
}

/// What a page opening a long diary relies on: the first step only lists the nights, each later
/// step reads at most its share, and the diary read in steps is the one read at once, with the
/// same stamps and the same unreadable nights.
#[test]
fn reading_in_steps_gives_the_diary_read_at_once() {
    let mut storage = MemoryStorage::default();
    let mut rng = Rng::new(11);
    for i in 1..=250u64 {
        let entry = random_entry(&mut rng, i, today().add_days(-(i as i64) * 2));
        save_night(&mut storage, &entry, None, 1000 + i).unwrap();
    }
    storage
        .set("night-cramps.night.2020-01-01", "{broken")
        .unwrap();
    storage.set("night-cramps.answers", "not a night").unwrap();
    let at_once = load_all(&storage);

    let mut reading = Reading::default();
    assert!(!reading.read(&storage, 100), "the first step only lists");
    assert_eq!(reading.left(), 251);
    let mut steps = 0;
    while !reading.read(&storage, 100) {
        steps += 1;
        assert_eq!(reading.left(), 251 - 100 * steps);
    }
    assert_eq!(steps, 2);
    let in_steps = reading.finish();
    assert_eq!(in_steps, at_once);
    assert_eq!(in_steps.diary.len(), 250);
    assert_eq!(in_steps.unreadable.len(), 1);
    assert_eq!(in_steps.stamps.len(), 250);

    let mut empty = Reading::default();
    assert!(
        empty.read(&MemoryStorage::default(), 100),
        "nothing to read"
    );
    assert!(empty.finish().diary.is_empty());
}

#[test]
fn stamps_built_at_once_keep_the_last_stamp_of_each_night() {
    let nights = [date("2025-03-03"), date("2025-03-01"), date("2025-03-02")];
    let stamps: Stamps = [
        (nights[0], 1),
        (nights[1], 2),
        (nights[0], 3),
        (nights[2], 4),
    ]
    .into_iter()
    .collect();
    assert_eq!(stamps.len(), 3);
    assert_eq!(stamps.get(&nights[0]), Some(&3));
    assert_eq!(stamps.get(&nights[1]), Some(&2));
    let mut one_by_one = Stamps::default();
    for (night, stamp) in [
        (nights[0], 1),
        (nights[1], 2),
        (nights[0], 3),
        (nights[2], 4),
    ] {
        one_by_one.insert(night, stamp);
    }
    assert_eq!(stamps, one_by_one);
}

#[test]
fn erase_all_removes_the_diary_and_only_the_diary() {
    let mut storage = MemoryStorage::default();
    save_night(&mut storage, &night(1, "2025-03-10", 2, 5), None, 1).unwrap();
    storage.set(SINGLE_VALUE_KEY, "{}").unwrap();
    storage.set("night-cramps.answers", "kept").unwrap();
    storage.set("someone-else", "kept").unwrap();
    erase_all(&mut storage);
    assert_eq!(
        storage.keys(),
        vec![
            "night-cramps.answers".to_string(),
            "someone-else".to_string()
        ]
    );
}

#[test]
fn the_release_value_migrates_with_every_night_intact() {
    let old = release_diary();
    assert_eq!(old.len(), 120);
    let mut storage = MemoryStorage::default();
    storage.set(SINGLE_VALUE_KEY, RELEASE_VALUE).unwrap();
    assert_eq!(migrate(&mut storage, 9), Migration::Moved { nights: 120 });
    assert_eq!(storage.get(SINGLE_VALUE_KEY), None);
    let stored = load_all(&storage);
    same_nights(&stored.diary, &old);
    assert!(stored.stamps.values().all(|&stamp| stamp == 9));
    // Running again (another tab, a reload) does nothing.
    assert_eq!(migrate(&mut storage, 10), Migration::Nothing);
    // The backup of the migrated diary is the backup of the old one.
    let day = today();
    assert_eq!(
        night_cramps::diary::export_json(&stored.diary, day),
        night_cramps::diary::export_json(&old, day)
    );
}

#[test]
fn random_single_values_migrate_intact() {
    let mut rng = Rng::new(1919);
    for round in 0..40 {
        let old = random_diary(&mut rng, today(), round * 7, 3000);
        let mut storage = MemoryStorage::default();
        storage.set(SINGLE_VALUE_KEY, &saved::save(&old)).unwrap();
        assert_eq!(
            migrate(&mut storage, 1),
            Migration::Moved { nights: old.len() }
        );
        assert_eq!(storage.get(SINGLE_VALUE_KEY), None);
        same_nights(&load_all(&storage).diary, &old);
    }
}

#[test]
fn a_migration_that_cannot_finish_leaves_the_old_value() {
    let mut storage = MemoryStorage::default();
    storage.set(SINGLE_VALUE_KEY, RELEASE_VALUE).unwrap();
    storage.quota = Some(RELEASE_VALUE.len() + SINGLE_VALUE_KEY.len() + 2_000);
    let before = storage.values.clone();
    let Migration::Failed { message } = migrate(&mut storage, 1) else {
        panic!("expected failure");
    };
    assert!(
        message.contains("full") && message.contains("still saved"),
        "{message}"
    );
    assert_eq!(
        storage.values, before,
        "old value kept, partial records removed"
    );

    let mut storage = MemoryStorage::default();
    storage
        .set(SINGLE_VALUE_KEY, "{\"app\":\"night-cramps\",\"entries\":[{")
        .unwrap();
    assert!(matches!(migrate(&mut storage, 1), Migration::Failed { .. }));
    assert!(storage.get(SINGLE_VALUE_KEY).is_some());
}

#[test]
fn a_night_already_stored_per_night_is_kept_over_the_old_value() {
    let old = release_diary();
    let first = (*old.entries()[0]).clone();
    let mut newer: DiaryEntry = first.clone();
    newer.note = "changed in the new version".into();
    newer.id = EntryId(first.id.0);
    let mut storage = MemoryStorage::default();
    storage.set(SINGLE_VALUE_KEY, RELEASE_VALUE).unwrap();
    save_night(&mut storage, &newer, None, 50).unwrap();
    assert_eq!(migrate(&mut storage, 1), Migration::Moved { nights: 120 });
    let stored = load_all(&storage);
    assert_eq!(stored.diary.len(), 120);
    assert_eq!(
        stored
            .diary
            .entry_for_night(first.night_of)
            .map(|e| e.note.as_str()),
        Some("changed in the new version")
    );
}
