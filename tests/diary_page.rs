//! The diary page's reducer (`diary::page`) over the in-memory storage: two pages sharing one
//! storage stand for two tabs. Saves write only their night; another tab's change reaches the
//! page as `NightsChanged`; a night changed elsewhere after the form opened is a conflict with
//! both versions, saved only when the person chooses; unreadable nights are never written over;
//! a full storage changes nothing. Also the quick log and the all-or-nothing import write.

#[path = "diary_support/mod.rs"]
mod support;

use night_cramps::diary::keeping::{changed_since, Keeping, LastBackup, SUGGEST_AFTER};
use night_cramps::diary::night_store::{
    encode, load_all, new_stamp, night_key, save_many, stamp_time_ms, MemoryStorage, Record,
    SaveError, Stamps, Storage, SINGLE_VALUE_KEY,
};
use night_cramps::diary::page::{open, DiaryAction, DiaryPage, Notice};
use night_cramps::diary::{quick, saved, Draft, Muscle};
use support::*;

fn opened(storage: &mut MemoryStorage) -> DiaryPage {
    let opening = open(storage, today(), 1, Keeping::default());
    DiaryPage::default().update(DiaryAction::Opened(Box::new(opening)))
}

fn draft(night: &str, cramps: u16, note: &str) -> Draft {
    Draft {
        cramps: cramps.to_string(),
        muscles: if cramps > 0 {
            [Muscle::Calf].into()
        } else {
            Default::default()
        },
        worst_pain: if cramps > 0 {
            "5".into()
        } else {
            String::new()
        },
        note: note.into(),
        ..Draft::for_night(date(night))
    }
}

/// What a page does with its own action: the step's outcome, applied.
fn act(page: &DiaryPage, action: DiaryAction) -> DiaryPage {
    page.update(action)
}

/// What the other tab hears: the `storage` event for one night.
fn heard(page: &DiaryPage, storage: &MemoryStorage, night: &str) -> DiaryPage {
    let night = date(night);
    page.update(DiaryAction::NightsChanged(vec![(
        night,
        storage.get(&night_key(night)),
    )]))
}

fn notes(page: &DiaryPage) -> Vec<(String, String)> {
    (page.diary.entries().iter())
        .map(|e| (e.night_of.to_string(), e.note.clone()))
        .collect()
}

#[test]
fn a_save_writes_only_its_night_and_the_other_tab_shows_it() {
    let mut storage = MemoryStorage::default();
    let a = opened(&mut storage);
    let b = opened(&mut storage);
    let a = act(&a, a.submit(&draft("2025-03-13", 2, "a"), &mut storage, 10));
    assert_eq!(storage.keys(), vec![night_key(date("2025-03-13"))]);
    let b = act(&b, b.submit(&draft("2025-03-12", 1, "b"), &mut storage, 20));
    assert_eq!(storage.values.len(), 2, "both nights kept");
    let a = heard(&a, &storage, "2025-03-12");
    let b = heard(&b, &storage, "2025-03-13");
    let both = vec![
        ("2025-03-13".into(), "a".into()),
        ("2025-03-12".into(), "b".into()),
    ];
    assert_eq!(notes(&a), both);
    assert_eq!(notes(&b), both);
    assert!(
        matches!(&a.notice, Some(Notice::Done(m)) if m == "Saved the entry for Thursday 13 March 2025.")
    );
    // A removal heard from the other tab (erase-all is one per night) empties the page.
    let mut erased = storage.clone();
    erased.values.clear();
    let a = heard(&heard(&a, &erased, "2025-03-12"), &erased, "2025-03-13");
    assert!(a.diary.is_empty());
}

#[test]
fn the_same_night_changed_in_both_tabs_is_a_conflict_until_the_person_chooses() {
    let mut storage = MemoryStorage::default();
    let a = opened(&mut storage);
    let a = act(
        &a,
        a.submit(&draft("2025-03-13", 1, "first"), &mut storage, 10),
    );
    let b = opened(&mut storage);
    let id_a = a.diary.entries()[0].id;
    let id_b = b.diary.entries()[0].id;
    let a = a.update(DiaryAction::Edit(id_a));
    let b = b.update(DiaryAction::Edit(id_b));
    let a = act(
        &a,
        a.submit(&draft("2025-03-13", 3, "from a"), &mut storage, 20),
    );
    // B hears of it, but its form still holds the version it opened with.
    let b = heard(&b, &storage, "2025-03-13");
    let before = storage.values.clone();
    let action = b.submit(&draft("2025-03-13", 4, "from b"), &mut storage, 30);
    assert_eq!(storage.values, before, "nothing overwritten unseen");
    let DiaryAction::Conflict(view) = &action else {
        panic!("expected a conflict, got {action:?}");
    };
    assert_eq!(view.mine.note, "from b");
    assert_eq!(
        view.theirs.as_ref().map(|r| r.entry.note.as_str()),
        Some("from a")
    );
    let b = act(&b, action);
    assert!(b.conflict.is_some());
    // Choosing the other version keeps storage as it is and shows it.
    let took = b.update(DiaryAction::TookTheirs);
    assert_eq!(storage.values, before);
    assert_eq!(notes(&took), vec![("2025-03-13".into(), "from a".into())]);
    // Choosing one's own saves it over exactly the version that was shown.
    let kept = act(&b, b.keep_mine(&mut storage, 40));
    assert_eq!(notes(&kept), vec![("2025-03-13".into(), "from b".into())]);
    assert!(kept.conflict.is_none());
    assert_eq!(load_all(&storage).diary.entries()[0].note, "from b");
    // A's form had the night it saved; a second change from a stale tab conflicts again.
    let a = a.update(DiaryAction::Edit(a.diary.entries()[0].id));
    let stale = a.submit(&draft("2025-03-13", 5, "again a"), &mut storage, 50);
    assert!(matches!(stale, DiaryAction::Conflict(_)));
}

#[test]
fn moving_an_entry_to_another_night_removes_the_old_night_only_if_unchanged() {
    let mut storage = MemoryStorage::default();
    let a = opened(&mut storage);
    let a = act(&a, a.submit(&draft("2025-03-13", 1, "x"), &mut storage, 10));
    let a = a.update(DiaryAction::Edit(a.diary.entries()[0].id));
    let a = act(&a, a.submit(&draft("2025-03-10", 1, "x"), &mut storage, 20));
    assert_eq!(storage.keys(), vec![night_key(date("2025-03-10"))]);
    assert_eq!(notes(&a), vec![("2025-03-10".into(), "x".into())]);
}

#[test]
fn delete_and_undo_write_one_night_and_respect_other_tabs() {
    let mut storage = MemoryStorage::default();
    let a = opened(&mut storage);
    let a = act(&a, a.submit(&draft("2025-03-13", 1, "x"), &mut storage, 10));
    let id = a.diary.entries()[0].id;
    let a = act(&a, a.delete(id, &mut storage));
    assert!(storage.values.is_empty());
    assert!(matches!(a.notice, Some(Notice::Deleted(_))));
    let a = act(&a, a.undo(&mut storage, 20));
    assert_eq!(load_all(&storage).diary.len(), 1);
    assert_eq!(a.diary.len(), 1);
    // A delete of a night another tab changed is refused and shows their version.
    let b = opened(&mut storage);
    let b = act(&b, b.submit(&draft("2025-03-12", 0, ""), &mut storage, 25));
    let mut other = b.clone();
    other = other.update(DiaryAction::Edit(
        other.diary.entry_for_night(date("2025-03-13")).unwrap().id,
    ));
    let _ = act(
        &other,
        other.submit(&draft("2025-03-13", 2, "changed"), &mut storage, 30),
    );
    let refused = a.delete(
        a.diary.entry_for_night(date("2025-03-13")).unwrap().id,
        &mut storage,
    );
    assert!(matches!(refused, DiaryAction::ChangedElsewhere { .. }));
    let a = act(&a, refused);
    assert_eq!(
        a.diary.entry_for_night(date("2025-03-13")).unwrap().note,
        "changed"
    );
    assert!(matches!(a.notice, Some(Notice::Problem(_))));
    assert_eq!(load_all(&storage).diary.len(), 2);
}

#[test]
fn an_unreadable_night_is_listed_and_never_written_over() {
    let mut storage = MemoryStorage::default();
    storage
        .values
        .insert(night_key(date("2025-03-13")), "{not json".into());
    let a = opened(&mut storage);
    assert_eq!(a.unreadable.len(), 1);
    let action = a.submit(&draft("2025-03-13", 1, "new"), &mut storage, 10);
    assert!(
        matches!(&action, DiaryAction::Failed(m) if m.contains("could not be read")),
        "{action:?}"
    );
    assert_eq!(
        storage.get(&night_key(date("2025-03-13"))).as_deref(),
        Some("{not json")
    );
    // Discarding removes it only once the person asks.
    let a = act(&a, a.discard_unreadable(&mut storage));
    assert!(a.unreadable.is_empty());
    assert!(storage.values.is_empty());
}

#[test]
fn a_full_storage_changes_nothing_and_says_so() {
    let mut storage = MemoryStorage::default();
    let a = opened(&mut storage);
    let a = act(
        &a,
        a.submit(&draft("2025-03-13", 1, "kept"), &mut storage, 10),
    );
    storage.quota = Some(storage.values.iter().map(|(k, v)| k.len() + v.len()).sum());
    let before = storage.values.clone();
    let action = a.submit(&draft("2025-03-12", 1, "too much"), &mut storage, 20);
    let a = act(&a, action);
    assert_eq!(storage.values, before);
    assert!(matches!(&a.notice, Some(Notice::Problem(m)) if m.contains("full")));
    assert_eq!(
        notes(&a),
        vec![("2025-03-13".into(), "kept".into())],
        "the page shows what is stored"
    );
}

#[test]
fn an_old_single_value_diary_moves_on_open_or_stays_with_a_message() {
    let mut rng = Rng::new(3);
    let old = random_diary(&mut rng, today(), 60, 200);
    let mut storage = MemoryStorage::default();
    storage
        .values
        .insert(SINGLE_VALUE_KEY.into(), saved::save(&old));
    let page = opened(&mut storage);
    assert_eq!(page.diary.len(), 60);
    assert!(storage.get(SINGLE_VALUE_KEY).is_none());
    assert!(page.problem.is_none());
    // Too little room for the nights: the old value stays, and the page says so.
    let mut storage = MemoryStorage::default();
    let text = saved::save(&old);
    storage.values.insert(SINGLE_VALUE_KEY.into(), text.clone());
    storage.quota = Some(text.len() + SINGLE_VALUE_KEY.len() + 100);
    let page = opened(&mut storage);
    assert_eq!(storage.get(SINGLE_VALUE_KEY), Some(text.clone()));
    assert!(page
        .problem
        .as_deref()
        .is_some_and(|m| m.contains("still saved")));
    assert!(
        page.unreadable.is_empty(),
        "a readable old diary is not offered as unreadable"
    );
    assert_eq!(storage.values.len(), 1, "no night left half-moved");
    // An old diary that cannot be read stays too, and is offered as a download.
    let mut storage = MemoryStorage::default();
    storage.values.insert(
        SINGLE_VALUE_KEY.into(),
        "{\"app\":\"night-cramps\",\"entries\":[".into(),
    );
    let page = opened(&mut storage);
    assert!(storage.get(SINGLE_VALUE_KEY).is_some());
    assert!(page
        .problem
        .as_deref()
        .is_some_and(|m| m.contains("download it")));
    assert_eq!(page.unreadable.len(), 1);
    assert_eq!(page.unreadable[0].key, SINGLE_VALUE_KEY);
}

#[test]
fn quick_log_adds_to_the_stored_night_only() {
    let mut storage = MemoryStorage::default();
    let other = Record {
        stamp: 5,
        entry: night(1, "2025-03-10", 2, 4),
    };
    storage
        .values
        .insert(night_key(date("2025-03-10")), encode(&other));
    let night_of = date("2025-03-13");
    let logged =
        quick::log_in_store(&mut storage, night_of, Muscle::Foot, Some(30), today(), 9).unwrap();
    assert!(logged.created);
    let logged =
        quick::log_in_store(&mut storage, night_of, Muscle::Calf, None, today(), 10).unwrap();
    assert_eq!(logged.cramps, 2);
    assert_eq!(
        storage.get(&night_key(date("2025-03-10"))),
        Some(encode(&other)),
        "other nights untouched"
    );
    storage.values.insert(night_key(night_of), "garbage".into());
    assert!(quick::log_in_store(&mut storage, night_of, Muscle::Calf, None, today(), 11).is_err());
    assert_eq!(
        storage.get(&night_key(night_of)).as_deref(),
        Some("garbage")
    );
}

#[test]
fn an_import_is_saved_all_or_nothing() {
    let mut rng = Rng::new(9);
    let entries: Vec<_> = random_diary(&mut rng, today(), 40, 100)
        .iter()
        .cloned()
        .collect();
    let mut storage = MemoryStorage::default();
    let kept = Record {
        stamp: 3,
        entry: entries[5].clone(),
    };
    storage
        .values
        .insert(night_key(kept.entry.night_of), encode(&kept));
    let before = storage.values.clone();
    // The sixth night changed since the page read it (it saw no record): nothing is written.
    let refused = save_many(&mut storage, &entries, &Stamps::default(), 7);
    assert!(matches!(refused, Err(SaveError::Conflict(_))));
    assert_eq!(storage.values, before);
    // Room for half of them: nothing is written either.
    let size: usize = before.iter().map(|(k, v)| k.len() + v.len()).sum();
    storage.quota = Some(size + 2_000);
    let seen = Stamps::from_iter([(kept.entry.night_of, 3)]);
    assert!(matches!(
        save_many(&mut storage, &entries, &seen, 7),
        Err(SaveError::Write(_))
    ));
    assert_eq!(storage.values, before);
    storage.quota = None;
    let stamps = save_many(&mut storage, &entries, &seen, 7).unwrap();
    assert_eq!(stamps.len(), 40);
    assert_eq!(load_all(&storage).diary.len(), 40);
}

#[test]
fn stamps_carry_their_time_and_the_backup_reminder_counts_nights_since() {
    let stamp = new_stamp(1_733_300_000_000, 999);
    assert_eq!(stamp_time_ms(stamp), 1_733_300_000_000);
    assert!(stamp < (1 << 53));
    assert_ne!(new_stamp(1_733_300_000_000, 1), stamp);
    let at = 1_733_300_000_000;
    let stamps: Stamps = (0..10)
        .map(|i| (today().add_days(-i), new_stamp(at - 5 + i as u64, 0)))
        .collect();
    let last = LastBackup {
        date: today(),
        at_ms: at,
    };
    assert_eq!(changed_since(&stamps, Some(&last)), 4);
    assert_eq!(changed_since(&stamps, None), 10);
    let keeping = Keeping {
        persisted: Some(true),
        last_backup: Some(last),
    };
    assert_eq!(keeping.backup_advice(&stamps), None);
    let earlier = Keeping {
        last_backup: Some(LastBackup {
            at_ms: at - 100,
            ..last
        }),
        ..keeping.clone()
    };
    assert!(earlier
        .backup_advice(&stamps)
        .is_some_and(|m| m.starts_with("10 nights")));
    assert!(Keeping::default().backup_advice(&stamps).is_some());
    let few: Stamps = (0..SUGGEST_AFTER as i64 - 1)
        .map(|i| (today().add_days(-i), 1))
        .collect();
    assert_eq!(Keeping::default().backup_advice(&few), None);
    assert_eq!(LastBackup::decode(&last.encode()), Some(last));
    assert_eq!(LastBackup::decode("{}"), None);
}

/// The browser's answer about keeping the diary is asked for at once and the diary is read over
/// several tasks, so the answer can arrive first: opening must not forget it.
#[test]
fn the_browsers_answer_before_the_diary_is_read_is_kept() {
    let mut storage = MemoryStorage::default();
    let early = DiaryPage::default().update(DiaryAction::Persisted(Some(true)));
    let opening = open(&mut storage, today(), 1, Keeping::default());
    let page = early.update(DiaryAction::Opened(Box::new(opening)));
    assert!(page.opened);
    assert_eq!(page.keeping.persisted, Some(true));
}
