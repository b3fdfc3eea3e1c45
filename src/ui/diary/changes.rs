//! The trial and the medicines on this device (`store::Key::Experiment`, `Key::Medicines`; the
//! format is `diary::changes`'). A value that cannot be read is reported and left in place; it
//! is copied aside (`store::keep_aside`) before anything new is written over it.

use crate::diary::changes::{
    decode_experiment, decode_medicines, encode_experiment, encode_medicines, Experiment,
    MedicineCourse, TrialAndMedicines,
};
use crate::platform::store::{self, Key};

/// What the device holds, and a message for each part that could not be read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StoredChanges {
    pub changes: TrialAndMedicines,
    pub problems: Vec<String>,
}

/// Reads the trial and the medicines.
pub fn load_changes() -> StoredChanges {
    let mut stored = StoredChanges::default();
    match store::read(Key::Experiment) {
        Ok(Some(text)) => match decode_experiment(&text) {
            Ok(experiment) => stored.changes.experiment = Some(experiment),
            Err(problem) => stored.problems.push(problem),
        },
        Ok(None) => {}
        Err(problem) => stored.problems.push(problem.message()),
    }
    stored.changes.medicines = load_medicines(&mut stored.problems);
    stored
}

/// The medicines alone (the diary page's chart marks them); a problem is added to `problems`.
pub fn load_medicines(problems: &mut Vec<String>) -> Vec<MedicineCourse> {
    match store::read(Key::Medicines) {
        Ok(Some(text)) => decode_medicines(&text).unwrap_or_else(|problem| {
            problems.push(problem);
            Vec::new()
        }),
        Ok(None) => Vec::new(),
        Err(_) => Vec::new(),
    }
}

/// Before `key` is written: if what it holds cannot be read, keep a copy aside first.
fn keep_unreadable(key: Key, readable: impl Fn(&str) -> bool) -> Result<(), String> {
    if let Ok(Some(raw)) = store::read(key) {
        if !readable(&raw) {
            store::keep_aside(key, &raw).map_err(|e| e.message())?;
        }
    }
    Ok(())
}

/// Saves the trial, or removes it (`None`: the person ended it).
pub fn save_experiment(experiment: Option<&Experiment>) -> Result<(), String> {
    keep_unreadable(Key::Experiment, |raw| decode_experiment(raw).is_ok())?;
    match experiment {
        Some(experiment) => store::write(Key::Experiment, &encode_experiment(experiment)),
        None => store::remove(Key::Experiment),
    }
    .map_err(|e| e.message())
}

/// Saves the medicines (an empty list removes the key).
pub fn save_medicines(medicines: &[MedicineCourse]) -> Result<(), String> {
    keep_unreadable(Key::Medicines, |raw| decode_medicines(raw).is_ok())?;
    if medicines.is_empty() {
        store::remove(Key::Medicines)
    } else {
        store::write(Key::Medicines, &encode_medicines(medicines))
    }
    .map_err(|e| e.message())
}

/// Saves both after an import: the trial only when it changed.
pub fn save_changes(before: &TrialAndMedicines, after: &TrialAndMedicines) -> Result<(), String> {
    if after.medicines != before.medicines {
        save_medicines(&after.medicines)?;
    }
    if after.experiment != before.experiment {
        save_experiment(after.experiment.as_ref())?;
    }
    Ok(())
}
