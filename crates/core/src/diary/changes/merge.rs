//! An import's trial and medicines taken into the device's, and what the preview says of them.

use super::{MedicineCourse, TrialAndMedicines, MAX_MEDICINES};
use crate::counted::counted;
use crate::diary::date::Date;

/// The device's trial and medicines after importing a file's, and what to say about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    pub result: TrialAndMedicines,
    /// Medicines from the file that were not on the device.
    pub medicines_added: usize,
    /// The file's trial was taken (the device had none).
    pub trial_taken: bool,
    /// The file had a different trial, and the device's was kept.
    pub trial_kept: bool,
}

/// Merges a file's trial and medicines into the device's: medicines the device lacks are added
/// (an identical one is not repeated); the file's trial is taken only when the device has none,
/// so an import never ends a trial under way.
pub fn merge(mine: &TrialAndMedicines, file: &TrialAndMedicines) -> Merged {
    let mut result = mine.clone();
    let mut medicines_added = 0;
    for medicine in &file.medicines {
        if !result.medicines.contains(medicine) && result.medicines.len() < MAX_MEDICINES {
            result.medicines.push(medicine.clone());
            medicines_added += 1;
        }
    }
    sort_medicines(&mut result.medicines);
    let (trial_taken, trial_kept) = match (&mine.experiment, &file.experiment) {
        (None, Some(theirs)) => {
            result.experiment = Some(theirs.clone());
            (true, false)
        }
        (Some(ours), Some(theirs)) => (false, ours != theirs),
        _ => (false, false),
    };
    Merged {
        result,
        medicines_added,
        trial_taken,
        trial_kept,
    }
}

/// The medicines as stored now with `medicine` added in its place (by start, then name). The
/// page adds to what storage holds at that moment, not to the list it showed, so a medicine
/// another window added meanwhile stays. One listed already is not repeated; a full list is
/// refused with the reason (a longer one could not be read back).
pub fn with_medicine(
    mut medicines: Vec<MedicineCourse>,
    medicine: MedicineCourse,
) -> Result<Vec<MedicineCourse>, String> {
    if medicines.contains(&medicine) {
        return Ok(medicines);
    }
    if medicines.len() >= MAX_MEDICINES {
        return Err(format!(
            "Your list already has {MAX_MEDICINES} medicines, the most it keeps. Remove one you no longer take, then add this one."
        ));
    }
    medicines.push(medicine);
    sort_medicines(&mut medicines);
    Ok(medicines)
}

/// The medicines as stored now without `medicine` (the one the person saw and chose); if
/// another window removed or changed it, the reason to show instead.
pub fn without_medicine(
    mut medicines: Vec<MedicineCourse>,
    medicine: &MedicineCourse,
) -> Result<Vec<MedicineCourse>, String> {
    let Some(index) = medicines.iter().position(|m| m == medicine) else {
        return Err(changed_elsewhere(medicine));
    };
    medicines.remove(index);
    Ok(medicines)
}

/// The medicines as stored now with `medicine` (the one the person saw) stopped on `stopped`,
/// or taken again when it is `None`, and what to tell the person. If another window removed or
/// changed it, the reason to show instead. The same course listed twice becomes one.
pub fn with_stop(
    medicines: Vec<MedicineCourse>,
    medicine: &MedicineCourse,
    stopped: Option<Date>,
) -> Result<(Vec<MedicineCourse>, String), String> {
    let mut medicines = without_medicine(medicines, medicine)?;
    let changed = MedicineCourse {
        stopped,
        ..medicine.clone()
    };
    let done = match stopped {
        Some(day) => format!(
            "Saved: you stopped {} on {}.",
            changed.name,
            day.long_label()
        ),
        None => format!("Saved: you still take {}.", changed.name),
    };
    if !medicines.contains(&changed) {
        medicines.push(changed);
        sort_medicines(&mut medicines);
    }
    Ok((medicines, done))
}

fn changed_elsewhere(medicine: &MedicineCourse) -> String {
    format!(
        "{} was already removed or changed in another window. The list below is the one saved now.",
        medicine.name
    )
}

fn sort_medicines(medicines: &mut [MedicineCourse]) {
    medicines.sort_by(|a, b| a.started.cmp(&b.started).then(a.name.cmp(&b.name)));
}

impl Merged {
    /// What changed besides the nights, in plain words ("" when nothing did).
    pub fn message(&self) -> String {
        let mut parts = Vec::new();
        match self.medicines_added {
            0 => {}
            1 => parts.push("Added 1 medicine.".to_string()),
            n => parts.push(format!("Added {n} medicines.")),
        }
        if self.trial_taken {
            parts.push("Brought back your trial of a change.".to_string());
        }
        if self.trial_kept {
            parts.push("Kept the trial on this device; the file's trial was not used.".to_string());
        }
        parts.join(" ")
    }

    /// Whether the device's values change.
    pub fn changes_anything(&self) -> bool {
        self.medicines_added > 0 || self.trial_taken
    }
}

/// What the import preview says the file holds besides nights ("" when nothing).
pub fn preview_line(file: &TrialAndMedicines) -> String {
    let mut parts = Vec::new();
    if let Some(experiment) = &file.experiment {
        parts.push(format!(
            "a trial of \"{}\" from {}",
            experiment.change.name(),
            experiment.start.long_label()
        ));
    }
    if !file.medicines.is_empty() {
        parts.push(counted(file.medicines.len(), "medicine", "medicines"));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("The file also has {}.", parts.join(" and "))
    }
}
