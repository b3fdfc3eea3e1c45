//! What the person changed, beside their nights: the personal trial they chose
//! ([`Experiment`], for [`super::experiment`]) and the medicines they listed
//! ([`MedicineCourse`], for [`super::medicine_timeline`]). This module owns how both are written,
//! read back and checked: the same JSON on the device (one key each) and at the top level of a
//! backup file (`"experiment"`, `"medicines"`, schema 2), the form's checks, and how an import
//! merges a file's into the device's.
//!
//! ```json
//! "experiment": { "change": "bedtime-stretching", "start": "2025-03-01" }
//! "experiment": { "change": "named", "name": "No coffee after lunch", "start": "2025-03-01" }
//! "medicines": [ { "name": "Atorvastatin", "class": "statins", "started": "2025-01-10",
//!                  "stopped": null } ]
//! ```
//!
//! Reading is field by field, as for entries, so every problem names its field; unknown fields
//! are refused. No dose is ever asked or kept: a medicine is a name, a class and dates.
//!
//! `json` writes and reads both (on the device and in a backup), `form` checks what the
//! person typed, `merge` takes a file's into the device's, `summary` words them for the
//! doctor's summary.

mod form;
mod json;
mod merge;
mod summary;

pub use super::experiment::Change;
pub use super::medicine_timeline::MedicineCourse;
use crate::diary::date::Date;
pub use form::{
    check_name, experiment_from_form, medicine_from_form, stop_date, stop_prompt, STOP_LABEL,
};
pub use json::{
    decode_experiment, decode_medicines, encode_experiment, encode_medicines, experiment_to_json,
    medicines_to_json, read_experiment, read_medicines,
};
pub use merge::{merge, preview_line, with_medicine, with_stop, without_medicine, Merged};
pub use summary::summary_lines;

/// The change being tried and its first night.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Experiment {
    pub change: Change,
    pub start: Date,
}

/// The top-level parts of a backup file beside its entries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrialAndMedicines {
    pub experiment: Option<Experiment>,
    pub medicines: Vec<MedicineCourse>,
}

/// Longest name of a change or a medicine, in characters.
pub const MAX_NAME_CHARS: usize = 80;
/// More medicines than anyone lists in a diary.
pub const MAX_MEDICINES: usize = 100;
/// How far ahead a trial may be planned: a first night within the next month.
pub const PLAN_AHEAD_DAYS: i64 = 31;

const EXPERIMENT_FIELDS: [&str; 3] = ["change", "name", "start"];
const MEDICINE_FIELDS: [&str; 4] = ["name", "class", "started", "stopped"];

/// What is wrong with the trial or the medicines: the medicine's number (from 1) when one is to
/// blame, the JSON field, and what to say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub number: Option<usize>,
    pub field: Option<String>,
    pub message: String,
}

impl Problem {
    fn field(number: Option<usize>, field: &str, message: impl Into<String>) -> Problem {
        Problem {
            number,
            field: Some(field.to_string()),
            message: message.into(),
        }
    }

    /// The whole problem in one sentence, for a stored value that cannot be read.
    pub fn sentence(&self) -> String {
        let which = self
            .number
            .map(|n| format!("medicine {n}: "))
            .unwrap_or_default();
        match &self.field {
            Some(field) => format!("{which}\"{field}\" {}", self.message),
            None => format!("{which}{}", self.message),
        }
    }
}

impl Change {
    /// The key the file stores: "bedtime-stretching" or "named".
    fn key(&self) -> &'static str {
        match self {
            Change::BedtimeStretching => "bedtime-stretching",
            Change::Named(_) => "named",
        }
    }
}
