//! Helpers: import into an empty diary, a refusal's message, files and entries as JSON.

use super::*;

pub(crate) fn import_into_empty(file: &str) -> Diary {
    let mut diary = Diary::new();
    let preview = preview(&diary, file, today()).unwrap_or_else(|e| panic!("{}", e.message()));
    apply(&mut diary, preview, ConflictChoice::KeepMine);
    diary
}

pub(crate) fn refusal(file: &str) -> ImportError {
    let diary = Diary::from_entries(vec![night(1, "2025-03-01", 1, 3)]).expect("valid");
    let before = diary.clone();
    let error = preview(&diary, file, today()).expect_err("should be refused");
    assert_eq!(diary, before);
    let message = error.message();
    assert!(message.ends_with("Nothing was imported."), "{message}");
    error
}

/// A minimal export around the given entries.
pub(crate) fn file_with(entries: Value) -> String {
    json!({ "app": "night-cramps", "schema": 1, "exported": "2025-03-14", "entries": entries })
        .to_string()
}

pub(crate) fn entry_json(night_of: &str) -> Value {
    json!({ "id": 1, "night_of": night_of, "cramps": 2, "muscles": ["calf"], "side": "left",
            "longest": "1_to_5_min", "worst_pain": 6, "sleep_lost": null, "helped": [], "note": "" })
}
