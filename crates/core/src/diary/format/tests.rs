//! Helpers that build entries for other modules' tests.

use super::*;
use crate::diary::entry::{Longest, Muscle, Relief, Side, SleepLost, WarningSign};

/// Some of a choice's options, picked by the bits of `i` (also for `saved`'s tests).
pub(crate) fn some<T: Choice + Ord>(i: usize) -> BTreeSet<T> {
    T::ALL
        .iter()
        .enumerate()
        .filter(|(k, _)| (i >> k) & 1 == 1)
        .map(|(_, c)| *c)
        .collect()
}

/// One of a choice's options, or none, picked by `i`.
pub(crate) fn one<T: Choice>(i: usize) -> Option<T> {
    T::ALL.get(i % (T::ALL.len() + 1)).copied()
}

pub(crate) fn entry(note: String, i: usize) -> DiaryEntry {
    DiaryEntry {
        id: EntryId([1, 42, MAX_ID][i % 3]),
        night_of: Date::from_ymd(
            1999 + (i % 40) as i32,
            1 + (i % 12) as u32,
            1 + (i % 28) as u32,
        )
        .unwrap(),
        cramps: (i % 51) as u16,
        muscles: some::<Muscle>(i),
        side: one::<Side>(i),
        longest: one::<Longest>(i / 3),
        worst_pain: [None, Some(0), Some(7), Some(10)][i % 4],
        sleep_lost: one::<SleepLost>(i / 5),
        helped: some::<Relief>(i / 7),
        warning_signs: some::<WarningSign>(i / 11),
        stretched: i % 3 == 1,
        note,
    }
}
