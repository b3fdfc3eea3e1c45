//! The diary form and list: dates, validation edges, and add / update / delete / undo.

#[path = "../diary_support/mod.rs"]
mod support;

use std::collections::BTreeSet;

use night_cramps::diary::{
    recent_choice, recent_nights, validate, Date, DateError, Diary, DiaryError, Draft, EntryId,
    Field, FieldError, Longest, Muscle, Side, Weekday,
};
use support::{date, today};

mod dates;
mod diary;
mod helpers;
mod validation;

use helpers::*;
