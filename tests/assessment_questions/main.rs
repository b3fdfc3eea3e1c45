//! The assessment's data tables are consistent with each other and with the content: every id
//! resolves, every condition names a real option, enable-conditions only look backwards, red
//! flags match the content, and no text gives a dose or tells anyone to stop a medicine.

use std::collections::BTreeSet;

use night_cramps::assessment::questions::{red_flag_disposition, Choice};
use night_cramps::assessment::{
    Condition, Disposition, Enable, Kind, QuestionId, Section, Wording, FACTOR_RULES, PLAN_ITEMS,
    QUESTIONS, RULES, STRETCH_ROUTINE,
};
use night_cramps::content::{
    claims::claim, factors::MEDICINE_CLASSES, red_flags::RED_FLAGS, sources::source,
};

mod helpers;
mod red_flags;
mod references;
mod structure;
mod wording;

use helpers::*;
