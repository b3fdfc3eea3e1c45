//! Opening the diary for the page: an old single-value diary is moved first, then the nights
//! are read, at once ([`open`]) or a slice at a time ([`begin_opening`] and its `Reading`).

use super::*;

/// What opening the page found in storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opening {
    pub today: Date,
    pub stored: Stored,
    pub problem: Option<String>,
    pub keeping: Keeping,
}

/// Reads the diary for the page at once ([`begin_opening`], then every night).
pub fn open(storage: &mut impl Storage, today: Date, stamp: u64, keeping: Keeping) -> Opening {
    let (mut reading, problem) = begin_opening(storage, stamp);
    while !reading.read(storage, usize::MAX) {}
    Opening {
        today,
        stored: reading.finish(),
        problem,
        keeping,
    }
}

/// The first step of opening the diary: moves an old single-value diary to per-night records;
/// the nights are then read with the [`Reading`] it returns. If the move fails, the old value stays where it
/// is and the message says so; one that cannot be read is listed with the unreadable nights and
/// offered as a download.
pub fn begin_opening(storage: &mut impl Storage, stamp: u64) -> (Reading, Option<String>) {
    let migration = migrate(storage, stamp);
    let mut reading = Reading::default();
    let problem = match migration {
        Migration::Failed { message } => {
            // An old diary that could not be moved for want of room stays where it is and moves
            // on a later open.
            let old = storage.get(SINGLE_VALUE_KEY);
            if let Some(Loaded::Unreadable { raw, reason }) =
                old.as_deref().map(|raw| saved::load(Some(raw)))
            {
                reading.also_unreadable(Unreadable {
                    key: SINGLE_VALUE_KEY.into(),
                    raw,
                    reason,
                });
            }
            Some(message)
        }
        Migration::Nothing | Migration::Moved { .. } => None,
    };
    (reading, problem)
}
