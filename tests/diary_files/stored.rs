//! Stored data loads or is kept aside, never discarded; ten years of entries.

use super::*;

#[test]
fn stored_data_loads_or_is_kept_aside_never_discarded() {
    assert_eq!(saved::load(None), Loaded::Empty);
    assert_eq!(saved::load(Some("")), Loaded::Empty);
    assert_eq!(saved::load(Some("  \n")), Loaded::Empty);
    assert_eq!(
        saved::load(Some(&saved::save(&Diary::new()))),
        Loaded::Ok(Diary::new())
    );

    let diary = Diary::from_entries(vec![night(1, "2025-03-01", 1, 3)]).expect("valid");
    let good = saved::save(&diary);
    let damaged = &good[..good.len() - 5];
    for raw in [
        damaged,
        "{\"app\":\"night-cramps\",\"schema\":9,\"entries\":[]}",
        "null",
        "\u{0}\u{1}garbage",
    ] {
        match saved::load(Some(raw)) {
            Loaded::Unreadable { raw: kept, reason } => {
                assert_eq!(kept, raw, "the exact stored text is handed back");
                assert!(!reason.is_empty());
                assert!(!reason.contains("imported"), "{reason}");
            }
            other => panic!("{raw:?} gave {other:?}"),
        }
    }
    let Loaded::Unreadable { reason, .. } = saved::load(Some(
        "{\"app\":\"night-cramps\",\"schema\":9,\"entries\":[]}",
    )) else {
        panic!("newer schema")
    };
    assert!(
        reason.contains("saved diary") && reason.contains("version 9"),
        "{reason}"
    );
}

#[test]
fn stored_future_nights_still_load_after_a_clock_change() {
    let future = Diary::from_entries(vec![night(1, "2030-01-01", 1, 3)]).expect("valid");
    assert_eq!(saved::load(Some(&saved::save(&future))), Loaded::Ok(future));
}

#[test]
fn stored_entries_without_or_with_repeated_ids_get_fresh_ones() {
    let raw = file_with(json!([
        { "night_of": "2025-03-01", "cramps": 1, "worst_pain": 1 },
        { "id": 4, "night_of": "2025-03-02", "cramps": 1, "worst_pain": 1 },
        { "id": 4, "night_of": "2025-03-03", "cramps": 1, "worst_pain": 1 },
    ]));
    let Loaded::Ok(diary) = saved::load(Some(&raw)) else {
        panic!("should load")
    };
    assert_eq!(diary.len(), 3);
    support::assert_diary_invariants(&diary);
}

#[test]
fn ten_years_of_entries_export_import_and_save() {
    let mut rng = Rng::new(3650);
    let entries: Vec<DiaryEntry> = (0..3_650)
        .map(|back| support::random_entry(&mut rng, back as u64 + 1, today().add_days(-back)))
        .collect();
    let diary = Diary::from_entries(entries).expect("valid");
    assert_eq!(diary.len(), 3_650);

    let file = export_json(&diary, today());
    assert!(
        file.len() < MAX_IMPORT_BYTES,
        "ten years fit well within the import limit"
    );
    assert_eq!(import_into_empty(&file), diary);

    let csv = export_csv(&diary);
    assert_eq!(parse_csv(csv.trim_start_matches('\u{feff}')).len(), 3_651);

    assert_eq!(
        saved::load(Some(&saved::save(&diary))),
        Loaded::Ok(diary.clone())
    );

    let overview = night_cramps::diary::stats::overview(&diary, today(), 12);
    assert_eq!(overview.weeks.len(), 12);
    assert_eq!(overview.last_12_weeks.nights_logged, 84);
    let first: Date = diary.entries().last().map(|e| e.night_of).expect("entries");
    assert_eq!(first, today().add_days(-3_649));
}
