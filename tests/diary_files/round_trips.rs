//! Round trips: export then import loses nothing, the envelope, markup in notes, optional fields.

use super::*;

#[test]
fn json_export_then_import_is_lossless_for_many_generated_diaries() {
    let mut rng = Rng::new(2025);
    for round in 0..300 {
        let count = rng.below(40) as usize;
        let diary = support::random_diary(&mut rng, today(), count, 400);
        let file = export_json(&diary, today());

        let imported = import_into_empty(&file);
        assert_eq!(imported, diary, "round {round}");
        assert_eq!(imported.next_id(), diary.next_id());

        // Importing the same file again finds everything already present.
        let again = preview(&imported, &file, today()).expect("valid");
        assert_eq!((again.new_count(), again.identical_count()), (0, count));
        assert!(again.conflicts().is_empty() && again.changes_nothing());

        // Storage keeps everything too.
        assert_eq!(saved::load(Some(&saved::save(&diary))), Loaded::Ok(diary));
    }
}

#[test]
fn export_has_the_versioned_envelope() {
    let diary = Diary::from_entries(vec![night(7, "2025-03-13", 2, 6)]).expect("valid");
    let file = export_json(&diary, today());
    let value: Value = serde_json::from_str(&file).expect("json");
    assert_eq!(value["app"], "night-cramps");
    assert_eq!(value["schema"], 2);
    assert_eq!(value["exported"], "2025-03-14");
    assert_eq!(
        value["entries"][0],
        json!({ "id": 7, "night_of": "2025-03-13", "cramps": 2, "muscles": ["calf"], "side": null,
                "longest": null, "worst_pain": 6, "sleep_lost": null, "helped": [], "note": "" })
    );
    assert!(file.ends_with("}\n"));
    assert_eq!(
        night_cramps::diary::json_file_name(today()),
        "night-cramps-diary-2025-03-14.json"
    );
}

#[test]
fn markup_in_notes_survives_as_plain_text() {
    let mut entry = night(1, "2025-03-13", 1, 2);
    entry.note = "<script>alert(1)</script><img src=x onerror=alert(2)>".to_string();
    let diary = Diary::from_entries(vec![entry.clone()]).expect("valid");
    let imported = import_into_empty(&export_json(&diary, today()));
    assert_eq!(imported.entries()[0].note, entry.note);
}

#[test]
fn a_byte_order_mark_and_missing_optional_fields_are_accepted() {
    let hand_made = format!(
        "\u{feff}{}",
        file_with(json!([{ "night_of": "2025-03-10", "cramps": 0, "worst_pain": 0 }]))
    );
    let diary = import_into_empty(&hand_made);
    assert_eq!(diary.len(), 1);
    assert_eq!(diary.entries()[0].cramps, 0);
    assert!(diary.entries()[0].note.is_empty());
}
