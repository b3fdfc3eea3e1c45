//! Referential integrity and safety checks for the pure content module (`crates/core/src/content/`).
//!
//! Every test walks the real data tables, so adding a bad id, an uncited source, a dose, or a
//! muscle without an alternative makes a test fail.

use std::collections::{BTreeSet, HashSet};

use night_cramps::content::{
    care::{self, Urgency, CARE_CARDS},
    claims::{self, CLAIMS},
    factors::{self, MEDICINE_CLASSES, RISK_FACTORS},
    guide::{self, Block, SECTIONS},
    red_flags::{self, RED_FLAGS},
    relief::{self, MuscleId, AFTERCARE, MUSCLES},
    sources::{self, SOURCES},
    Cited, Verdict,
};

mod citations;
mod gather;
mod required;
mod safety;
mod sections;

use gather::*;
use required::*;
