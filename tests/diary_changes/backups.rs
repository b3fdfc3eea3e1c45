//! Backups: the trial and medicines carried in a file, brought back, refused with a message
//! that names them, and merged into the device's on import.

use super::*;

#[test]
fn a_backup_brings_back_the_trial_and_the_medicines() {
    let file = export_backup(&diary(), &both(), today());
    let value: Value = serde_json::from_str(&file).expect("json");
    assert_eq!(value["schema"], 2);
    assert_eq!(
        value["experiment"],
        json!({ "change": "named", "name": "No coffee after lunch", "start": "2025-02-20" })
    );
    assert_eq!(value["medicines"][1]["class"], "statins");
    assert_eq!(value["medicines"][0]["stopped"], "2025-02-01");
    // No dose anywhere: a medicine is a name, a group and dates.
    assert!(!file.to_lowercase().contains("dose"));

    let read = preview(&Diary::new(), &file, today()).expect("valid");
    assert_eq!(read.trial_and_medicines(), &both());
    assert_eq!(read.total(), 2);

    let stretching = TrialAndMedicines {
        experiment: Some(Experiment {
            change: Change::BedtimeStretching,
            start: date("2025-03-10"),
        }),
        medicines: vec![],
    };
    let file = export_backup(&diary(), &stretching, today());
    assert!(!file.contains("\"medicines\""), "an empty list is left out");
    let read = preview(&Diary::new(), &file, today()).expect("valid");
    assert_eq!(read.trial_and_medicines(), &stretching);
}

#[test]
fn a_backup_without_them_has_neither_field() {
    let file = export_json(&diary(), today());
    let value: Value = serde_json::from_str(&file).expect("json");
    assert!(value.get("experiment").is_none() && value.get("medicines").is_none());
    let read = preview(&Diary::new(), &file, today()).expect("valid");
    assert_eq!(read.trial_and_medicines(), &TrialAndMedicines::default());
}

#[test]
fn a_schema_1_backup_still_imports_and_its_unknown_top_level_fields_are_ignored() {
    let file = json!({ "app": "night-cramps", "schema": 1, "exported": "2025-03-14",
        "experiment": "not checked in version 1", "medicines": 42,
        "entries": [{ "id": 1, "night_of": "2025-03-01", "cramps": 2, "muscles": ["calf"],
            "side": "left", "longest": "1_to_5_min", "worst_pain": 6, "sleep_lost": null,
            "helped": [], "note": "" }] })
    .to_string();
    let read = preview(&Diary::new(), &file, today()).expect("a version 1 file imports");
    assert_eq!(read.total(), 1);
    assert_eq!(read.trial_and_medicines(), &TrialAndMedicines::default());
}

#[test]
fn a_malformed_trial_is_refused_with_a_message_that_names_it() {
    let cases = [
        (json!("stretching"), "should be a group of fields"),
        (json!({ "start": "2025-03-01" }), "\"change\" is missing"),
        (
            json!({ "change": "magnesium", "start": "2025-03-01" }),
            "should be \"bedtime-stretching\" or \"named\", not \"magnesium\"",
        ),
        (
            json!({ "change": "named", "start": "2025-03-01" }),
            "\"name\" is missing",
        ),
        (
            json!({ "change": "named", "name": "  ", "start": "2025-03-01" }),
            "\"name\" is empty",
        ),
        (
            json!({ "change": "named", "name": "x".repeat(81), "start": "2025-03-01" }),
            "too long",
        ),
        (
            json!({ "change": "bedtime-stretching", "name": "x", "start": "2025-03-01" }),
            "only for a change you name yourself",
        ),
        (
            json!({ "change": "bedtime-stretching", "start": "2025-02-30" }),
            "February has only 28 days",
        ),
        (
            json!({ "change": "bedtime-stretching", "start": 20250301 }),
            "should be a date like",
        ),
        (
            json!({ "change": "bedtime-stretching", "start": "2025-06-01" }),
            "more than a month from today",
        ),
        (
            json!({ "change": "bedtime-stretching", "start": "2025-03-01", "dose": 1 }),
            "\"dose\" is not a field this app knows",
        ),
    ];
    for (experiment, expected) in cases {
        let message = refusal(&v2(json!({ "experiment": experiment })));
        assert!(
            message.starts_with("The trial of a change in the file"),
            "{message}"
        );
        assert!(message.contains(expected), "{expected:?} in {message}");
    }
}

#[test]
fn a_malformed_medicine_is_refused_with_a_message_that_names_it() {
    let good = json!({ "name": "Atorvastatin", "class": "statins", "started": "2025-01-10",
                       "stopped": null });
    let with = |field: &str, value: Value| {
        let mut medicine = good.clone();
        medicine[field] = value;
        medicine
    };
    let cases = [
        (json!({ "name": "x" }), "The list of medicines in the file should be a list"),
        (json!(["Atorvastatin"]), "Medicine 1 in the file is text"),
        (json!([good.clone(), with("name", json!(""))]), "Medicine 2 in the file: \"name\" is empty"),
        (json!([with("class", json!("magnesium"))]), "\"class\" should be one of the medicine groups this app knows, or empty, not \"magnesium\""),
        (json!([with("started", json!("2025-03-15"))]), "\"started\" is 2025-03-15, which is after today"),
        (json!([with("started", json!(null))]), "\"started\" is missing"),
        (json!([with("stopped", json!("2025-01-09"))]), "\"stopped\" is before the day it was started"),
        (json!([with("stopped", json!("2025-04-01"))]), "\"stopped\" is after today"),
        (json!([with("dose", json!("20 mg"))]), "\"dose\" is not a field this app knows"),
        (Value::Array(vec![good.clone(); 101]), "has 101 medicines; the most a diary keeps is 100"),
    ];
    for (medicines, expected) in cases {
        let message = refusal(&v2(json!({ "medicines": medicines })));
        assert!(message.contains(expected), "{expected:?} in {message}");
    }
    // null means none, as an absent field does.
    let read = preview(
        &diary(),
        &v2(json!({ "medicines": null, "experiment": null })),
        today(),
    )
    .expect("valid");
    assert_eq!(read.trial_and_medicines(), &TrialAndMedicines::default());
}

#[test]
fn the_device_keeps_what_it_wrote_and_says_plainly_when_it_cannot_read_it() {
    let changes = both();
    let experiment = changes.experiment.clone().expect("set");
    assert_eq!(
        decode_experiment(&encode_experiment(&experiment)),
        Ok(experiment)
    );
    assert_eq!(
        decode_medicines(&encode_medicines(&changes.medicines)),
        Ok(changes.medicines.clone())
    );
    for garbage in ["", "{", "[]", "{\"change\":\"x\"}", "null"] {
        let message = decode_experiment(garbage).expect_err(garbage);
        assert!(
            message.starts_with("Your saved trial could not be read"),
            "{message}"
        );
        assert!(message.contains("left as it was"), "{message}");
    }
    let message = decode_medicines("[{\"name\":\"\"}]").expect_err("empty name");
    assert!(
        message.contains("medicine 1: \"name\" is empty"),
        "{message}"
    );
}

#[test]
fn an_import_adds_missing_medicines_and_never_replaces_a_trial_under_way() {
    let mine = TrialAndMedicines {
        experiment: None,
        medicines: vec![statin()],
    };
    let merged = merge(&mine, &both());
    assert_eq!(merged.result.medicines, vec![inhaler(), statin()]);
    assert_eq!(merged.medicines_added, 1);
    assert!(merged.trial_taken && !merged.trial_kept);
    assert_eq!(merged.result.experiment, both().experiment);
    assert_eq!(
        merged.message(),
        "Added 1 medicine. Brought back your trial of a change."
    );

    let running = TrialAndMedicines {
        experiment: Some(Experiment {
            change: Change::BedtimeStretching,
            start: date("2025-03-01"),
        }),
        medicines: vec![],
    };
    let merged = merge(&running, &both());
    assert_eq!(merged.result.experiment, running.experiment);
    assert!(merged.trial_kept && !merged.trial_taken);
    assert!(merged.message().contains("Kept the trial on this device"));

    let same = merge(&both(), &both());
    assert!(!same.changes_anything());
    assert_eq!(same.message(), "");

    assert_eq!(
        preview_line(&both()),
        "The file also has a trial of \"No coffee after lunch\" from Thursday 20 February 2025 and 2 medicines."
    );
    assert_eq!(preview_line(&TrialAndMedicines::default()), "");
}

#[test]
fn refusals_name_the_file_not_an_entry() {
    let error = preview(
        &Diary::new(),
        &v2(json!({ "experiment": { "change": "named", "start": "2025-03-01" } })),
        today(),
    )
    .expect_err("refused");
    assert!(matches!(error, ImportError::BadExperiment { .. }));
}
