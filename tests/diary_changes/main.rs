//! The trial and the medicines beside the nights: stored on the device and carried at the top
//! level of a schema 2 backup. A restore brings them back; a schema 1 backup still imports; a
//! malformed trial or medicine refuses the whole file with a message that names it; the form's
//! checks; and how an import merges a file's into the device's.

#[path = "../plain_words_support/mod.rs"]
mod plain_words;
#[path = "../diary_support/mod.rs"]
mod support;

use night_cramps::diary::changes::{
    decode_experiment, decode_medicines, encode_experiment, encode_medicines, experiment_from_form,
    medicine_from_form, merge, preview_line, stop_date, stop_prompt, with_medicine, with_stop,
    without_medicine, Change, Experiment, MedicineCourse, TrialAndMedicines, MAX_MEDICINES,
};
use night_cramps::diary::import::preview;
use night_cramps::diary::{export_backup, export_json, Diary, ImportError};
use serde_json::{json, Value};
use support::{date, night, today};

mod backups;
mod forms;
mod medicine_list;

fn statin() -> MedicineCourse {
    MedicineCourse {
        name: "Atorvastatin".into(),
        class_id: Some("statins".into()),
        started: date("2025-01-10"),
        stopped: None,
    }
}

fn inhaler() -> MedicineCourse {
    MedicineCourse {
        name: "Blue, \"reliever\" inhaler".into(),
        class_id: None,
        started: date("2024-11-02"),
        stopped: Some(date("2025-02-01")),
    }
}

fn both() -> TrialAndMedicines {
    TrialAndMedicines {
        experiment: Some(Experiment {
            change: Change::Named("No coffee after lunch".into()),
            start: date("2025-02-20"),
        }),
        medicines: vec![inhaler(), statin()],
    }
}

fn diary() -> Diary {
    Diary::from_entries(vec![
        night(1, "2025-03-01", 1, 3),
        night(2, "2025-03-02", 0, 0),
    ])
    .expect("valid")
}

fn refusal(file: &str) -> String {
    let diary = diary();
    let error = preview(&diary, file, today()).expect_err("should be refused");
    assert_eq!(diary, self::diary(), "a refused file changes nothing");
    let message = error.message();
    assert!(message.ends_with("Nothing was imported."), "{message}");
    message
}

fn v2(top: Value) -> String {
    let mut file = json!({ "app": "night-cramps", "schema": 2, "entries": [] });
    for (key, value) in top.as_object().expect("object") {
        file[key] = value.clone();
    }
    file.to_string()
}
