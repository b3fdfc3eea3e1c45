//! Preview and merge: new, identical and conflicting nights, and the person's choice.

use super::*;

fn merge_fixture() -> (Diary, String) {
    let mine = Diary::from_entries(vec![
        night(1, "2025-03-01", 1, 3),
        night(2, "2025-03-02", 2, 4),
        night(3, "2025-03-03", 3, 5),
    ])
    .expect("valid");
    let theirs = Diary::from_entries(vec![
        night(1, "2025-03-01", 1, 3),  // identical
        night(20, "2025-03-02", 2, 9), // conflicting: different pain
        night(3, "2025-03-04", 1, 1),  // new, but id 3 is taken here
        night(40, "2025-03-05", 1, 1), // new, id free
    ])
    .expect("valid");
    (mine, export_json(&theirs, today()))
}

#[test]
fn preview_counts_new_identical_and_conflicting() {
    let (mine, file) = merge_fixture();
    let before = mine.clone();
    let preview = preview(&mine, &file, today()).expect("valid");
    assert_eq!(
        preview.summary(),
        "2 new, 1 already present (identical), 1 conflicting"
    );
    assert_eq!(preview.total(), 4);
    assert_eq!(preview.exported(), Some(today()));
    let conflict = &preview.conflicts()[0];
    assert_eq!(conflict.mine.worst_pain, Some(4));
    assert_eq!(conflict.theirs.worst_pain, Some(9));
    assert_eq!(mine, before, "preview changes nothing");
}

#[test]
fn keep_mine_adds_new_nights_only() {
    let (mut mine, file) = merge_fixture();
    let checked = preview(&mine, &file, today()).expect("valid");
    let outcome = apply(&mut mine, checked, ConflictChoice::KeepMine);
    assert_eq!(
        (
            outcome.added,
            outcome.identical,
            outcome.kept_mine,
            outcome.replaced
        ),
        (2, 1, 1, 0)
    );
    assert_eq!(
        outcome.message(),
        "Added 2 entries. 1 was already in your diary. Kept your version of 1 night."
    );
    assert_eq!(mine.len(), 5);
    assert_eq!(
        mine.entry_for_night(date("2025-03-02"))
            .map(|e| e.worst_pain),
        Some(Some(4))
    );
    // The file's id 3 was taken, so that entry got a fresh id; id 40 was free and kept.
    assert_eq!(
        mine.entry_for_night(date("2025-03-05")).map(|e| e.id),
        Some(EntryId(40))
    );
    let moved = mine
        .entry_for_night(date("2025-03-04"))
        .map(|e| e.id)
        .expect("added");
    assert_eq!(moved, EntryId(4), "the next free id in this diary");
    support::assert_diary_invariants(&mine);
}

#[test]
fn take_theirs_replaces_content_but_keeps_my_id() {
    let (mut mine, file) = merge_fixture();
    let checked = preview(&mine, &file, today()).expect("valid");
    let outcome = apply(&mut mine, checked, ConflictChoice::TakeTheirs);
    assert_eq!((outcome.added, outcome.replaced), (2, 1));
    let replaced = mine.entry_for_night(date("2025-03-02")).expect("present");
    assert_eq!((replaced.id, replaced.worst_pain), (EntryId(2), Some(9)));
    support::assert_diary_invariants(&mine);
}

#[test]
fn apply_uses_the_diary_as_it_is_now_not_as_previewed() {
    let (mut mine, file) = merge_fixture();
    let stale = preview(&mine, &file, today()).expect("valid");
    // Meanwhile the person logs 2025-03-05 by hand.
    let hand_logged = night(99, "2025-03-05", 4, 7);
    let mut entries: Vec<_> = mine.iter().cloned().collect();
    entries.push(hand_logged);
    mine = Diary::from_entries(entries).expect("valid");
    let outcome = apply(&mut mine, stale, ConflictChoice::KeepMine);
    assert_eq!((outcome.added, outcome.kept_mine), (1, 2));
    assert_eq!(
        mine.entry_for_night(date("2025-03-05")).map(|e| e.cramps),
        Some(4)
    );
    support::assert_diary_invariants(&mine);
}

#[test]
fn imported_ids_never_collide_with_the_entry_held_for_undo() {
    let mut mine = Diary::from_entries(vec![night(5, "2025-03-01", 1, 3)]).expect("valid");
    mine.delete(EntryId(5)).expect("delete");
    let file =
        file_with(json!([{ "id": 5, "night_of": "2025-03-09", "cramps": 1, "worst_pain": 1 }]));
    let checked = preview(&mine, &file, today()).expect("valid");
    apply(&mut mine, checked, ConflictChoice::KeepMine);
    assert_ne!(mine.entries()[0].id, EntryId(5));
    assert_eq!(mine.undo_delete(), Ok(EntryId(5)));
    support::assert_diary_invariants(&mine);
}

#[test]
fn ids_at_the_top_of_the_range_do_not_overflow_and_still_save() {
    let top = night_cramps::diary::MAX_ID;
    let file = file_with(json!([
        { "id": top, "night_of": "2025-03-09", "cramps": 1, "worst_pain": 1 },
        { "id": top, "night_of": "2025-03-10", "cramps": 1, "worst_pain": 1 },
    ]));
    let mut diary = import_into_empty(&file);
    support::assert_diary_invariants(&diary);
    let mut draft = night_cramps::diary::Draft::for_night(date("2025-03-11"));
    draft.cramps = "0".into();
    diary.add(&draft, today()).expect("add after top ids");
    support::assert_diary_invariants(&diary);
    assert_eq!(saved::load(Some(&saved::save(&diary))), Loaded::Ok(diary));
}
