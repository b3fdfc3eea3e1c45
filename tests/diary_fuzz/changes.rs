//! The trial and the medicines at the top level of a schema 2 file.

use super::*;

/// Part 10: Wrong types in every field of the trial and the medicines, and known-bad values that
/// must be refused.
pub(crate) fn trial_and_medicines(h: &mut Harness) {
    let good_experiment = json!({ "change": "named", "name": "No coffee", "start": "2025-02-01" });
    let good_medicine = json!({ "name": "Atorvastatin", "class": "statins",
                                "started": "2025-01-10", "stopped": null });
    let v2 = |experiment: Value, medicines: Value| {
        json!({ "app": "night-cramps", "schema": 2, "entries": [good_entry()],
                "experiment": experiment, "medicines": medicines })
        .to_string()
    };
    assert_eq!(
        h.run(
            "valid trial and medicines",
            &v2(good_experiment.clone(), json!([good_medicine.clone()]))
        ),
        Outcome::Previewed
    );
    for value in hostile_values() {
        h.run("wrong type as trial", &v2(value.clone(), json!([])));
        h.run("wrong type as medicines", &v2(json!(null), value.clone()));
        h.run(
            "wrong type as medicine",
            &v2(json!(null), json!([value.clone()])),
        );
        for field in ["change", "name", "start"] {
            let mut experiment = good_experiment.clone();
            experiment[field] = value.clone();
            h.run("wrong type in trial", &v2(experiment, json!([])));
        }
        for field in ["name", "class", "started", "stopped"] {
            let mut medicine = good_medicine.clone();
            medicine[field] = value.clone();
            h.run(
                "wrong type in medicine",
                &v2(json!(null), json!([medicine])),
            );
        }
    }
    for (field, value) in [
        ("change", json!("magnesium")),
        ("change", json!(null)),
        ("name", json!("")),
        ("name", json!("   ")),
        ("name", json!("x".repeat(81))),
        ("name", json!("two\nlines")),
        ("start", json!("2025-02-30")),
        ("start", json!("2099-01-01")),
        ("start", json!(null)),
        ("extra", json!(1)),
    ] {
        let mut experiment = good_experiment.clone();
        experiment[field] = value;
        h.refused("known bad trial", &v2(experiment, json!([])));
    }
    h.refused(
        "stretching with a name",
        &v2(
            json!({ "change": "bedtime-stretching", "name": "x", "start": "2025-02-01" }),
            json!([]),
        ),
    );
    for (field, value) in [
        ("name", json!("")),
        ("name", json!(null)),
        ("name", json!("x".repeat(81))),
        ("class", json!("magnesium")),
        ("class", json!(["statins"])),
        ("started", json!("2099-01-01")),
        ("started", json!(null)),
        ("stopped", json!("2025-01-09")),
        ("stopped", json!("2099-01-01")),
        ("dose", json!("20 mg")),
    ] {
        let mut medicine = good_medicine.clone();
        medicine[field] = value;
        h.refused("known bad medicine", &v2(json!(null), json!([medicine])));
    }
    h.refused(
        "too many medicines",
        &v2(json!(null), Value::Array(vec![good_medicine.clone(); 101])),
    );
    h.refused(
        "medicines not a list",
        &v2(json!(null), json!({ "name": "x" })),
    );
}
