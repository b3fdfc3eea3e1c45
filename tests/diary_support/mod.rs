//! Shared helpers for the diary tests (each `tests/diary_*.rs` includes it as `mod support`):
//! a tiny deterministic PRNG, random but valid diaries, and date shorthands.
#![allow(dead_code)]

use std::collections::BTreeSet;

use night_cramps::diary::{
    Choice, Date, Diary, DiaryEntry, EntryId, Longest, Muscle, Relief, Side, SleepLost, WarningSign,
};

/// The "today" most tests use: Friday 14 March 2025.
pub fn today() -> Date {
    date("2025-03-14")
}

/// A date from text; panics on a typo in the test itself.
pub fn date(text: &str) -> Date {
    Date::parse(text).unwrap_or_else(|e| panic!("bad test date {text}: {e}"))
}

/// xorshift64*: small, fast, and the same sequence on every machine, so failures reproduce.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// 0..n (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    fn subset<T: Choice + Ord>(&mut self) -> BTreeSet<T> {
        T::ALL.iter().copied().filter(|_| self.chance(35)).collect()
    }

    fn maybe<T: Choice>(&mut self) -> Option<T> {
        if self.chance(25) {
            None
        } else {
            Some(*self.pick(T::ALL))
        }
    }
}

/// Text that has broken exporters before: quotes, commas, line breaks, markup, formulas,
/// non-Latin scripts, emoji sequences, control and direction characters.
pub const NASTY_NOTE_PARTS: &[&str] = &[
    "Woke at 3am",
    "\"quoted\"",
    ", comma",
    "\n",
    "\r\n",
    "\t",
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "=HYPERLINK(\"http://example.com\",\"click\")",
    "+1",
    "-1",
    "@SUM(A1:A2)",
    "'",
    "\\",
    "\\u0000",
    "\u{0}",
    "café crème",
    "日本語のメモ",
    "👩‍👩‍👧‍👦",
    "🦵💤",
    "\u{202e}reversed",
    "e\u{301}",
    "  spaces  ",
    "}\"]",
    "; semicolon",
];

pub fn nasty_note(rng: &mut Rng) -> String {
    let parts = rng.below(6);
    (0..parts).map(|_| *rng.pick(NASTY_NOTE_PARTS)).collect()
}

/// A valid entry for `night`: cramp details only when there were cramps.
pub fn random_entry(rng: &mut Rng, id: u64, night: Date) -> DiaryEntry {
    let cramps = if rng.chance(20) {
        0
    } else {
        1 + rng.below(50) as u16
    };
    let had = cramps > 0;
    let mut entry = DiaryEntry {
        id: EntryId(id),
        night_of: night,
        cramps,
        muscles: if had {
            rng.subset::<Muscle>()
        } else {
            BTreeSet::new()
        },
        side: if had { rng.maybe::<Side>() } else { None },
        longest: if had { rng.maybe::<Longest>() } else { None },
        // Pain may be unrecorded (a quick log); a cramp-free night has none or 0.
        worst_pain: match (had, rng.below(10)) {
            (true, 0) | (false, 0..=4) => None,
            (true, _) => Some(rng.below(11) as u8),
            (false, _) => Some(0),
        },
        sleep_lost: rng.maybe::<SleepLost>(),
        helped: rng.subset::<Relief>(),
        note: nasty_note(rng),
        warning_signs: BTreeSet::new(),
        stretched: false,
    };
    // Drawn after the other fields, so the diaries generated before these fields existed keep
    // their other values. A long cramp needs a cramp (`check_entry`).
    if rng.chance(10) {
        entry.warning_signs = rng.subset::<WarningSign>();
        if !had {
            entry.warning_signs.remove(&WarningSign::LongCramp);
        }
    }
    entry.stretched = rng.chance(30);
    entry
}

/// A valid diary of `count` entries on distinct nights within `span_days` before `today`.
pub fn random_diary(rng: &mut Rng, today: Date, count: usize, span_days: u64) -> Diary {
    assert!(count as u64 <= span_days);
    let mut days_back = BTreeSet::new();
    while days_back.len() < count {
        days_back.insert(rng.below(span_days));
    }
    let mut id = 0;
    let entries = days_back
        .into_iter()
        .map(|back| {
            id += 1 + rng.below(3);
            random_entry(rng, id, today.add_days(-(back as i64)))
        })
        .collect();
    Diary::from_entries(entries).expect("generated entries are valid")
}

/// A simple cramp night, for hand-built data.
pub fn night(id: u64, night_of: &str, cramps: u16, pain: u8) -> DiaryEntry {
    DiaryEntry {
        id: EntryId(id),
        night_of: date(night_of),
        cramps,
        muscles: if cramps > 0 {
            BTreeSet::from([Muscle::Calf])
        } else {
            BTreeSet::new()
        },
        side: None,
        longest: None,
        worst_pain: Some(pain),
        sleep_lost: None,
        helped: BTreeSet::new(),
        warning_signs: BTreeSet::new(),
        stretched: false,
        note: String::new(),
    }
}

/// Checks the invariants every diary must keep.
pub fn assert_diary_invariants(diary: &Diary) {
    let entries = diary.entries();
    for pair in entries.windows(2) {
        assert!(
            pair[0].night_of > pair[1].night_of,
            "newest first, one per night"
        );
    }
    let ids: BTreeSet<EntryId> = entries.iter().map(|e| e.id).collect();
    assert_eq!(ids.len(), entries.len(), "ids unique");
    for entry in entries {
        assert!(
            night_cramps::diary::check_entry(entry, None).is_empty(),
            "{entry:?}"
        );
        assert!(entry.id.0 <= night_cramps::diary::MAX_ID);
    }
}
