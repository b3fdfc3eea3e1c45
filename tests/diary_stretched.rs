//! "Stretched tonight" from the stretch player: the night's entry is made or changed (nothing
//! else in it lost), a second tap writes nothing, and a full storage, an unreadable night or
//! another window saving the night at the same moment loses nothing and says why.

#[path = "diary_support/mod.rs"]
mod support;

use night_cramps::diary::night_store::{self, MemoryStorage, Record, Storage};
use night_cramps::diary::{quick, DiaryEntry, WarningSign};
use support::{date, night, today};

fn with_signs(mut entry: DiaryEntry, signs: &[WarningSign]) -> DiaryEntry {
    entry.warning_signs = signs.iter().copied().collect();
    entry
}

const STAMP: u64 = 5_000;

#[test]
fn marking_stretched_makes_tonights_entry_or_adds_to_it() {
    let mut storage = MemoryStorage::default();
    let tonight = date("2025-03-13");
    let marked =
        quick::mark_stretched_in_store(&mut storage, tonight, today(), STAMP).expect("saved");
    assert!(marked.created && !marked.already);
    assert!(
        marked.message().contains("without cramps so far"),
        "{}",
        marked.message()
    );
    let stored = night_store::load_all(&storage).diary;
    let entry = stored.entry_for_night(tonight).expect("tonight");
    assert!(entry.stretched);
    assert_eq!(entry.cramps, 0);

    // A second tap writes nothing and says so.
    let before = storage.values.clone();
    let again =
        quick::mark_stretched_in_store(&mut storage, tonight, today(), STAMP + 1).expect("fine");
    assert!(again.already);
    assert_eq!(storage.values, before);

    // A night with cramps keeps every detail.
    let mut storage = MemoryStorage::default();
    let mut cramp = with_signs(night(9, "2025-03-13", 3, 7), &[WarningSign::SwollenLeg]);
    cramp.note = "left calf".into();
    night_store::save_night(&mut storage, &cramp, None, 1).expect("saved");
    let marked =
        quick::mark_stretched_in_store(&mut storage, tonight, today(), STAMP).expect("saved");
    assert!(!marked.created && !marked.already);
    let after = night_store::load_all(&storage).diary;
    let entry = after.entry_for_night(tonight).expect("tonight");
    assert_eq!(entry.cramps, 3);
    assert_eq!(entry.note, "left calf");
    assert_eq!(entry.warning_signs, cramp.warning_signs);
    assert!(entry.stretched);
}

#[test]
fn a_full_quota_or_an_unreadable_night_loses_nothing_and_says_why() {
    let tonight = date("2025-03-13");
    let mut storage = MemoryStorage::default();
    night_store::save_night(&mut storage, &night(1, "2025-03-13", 2, 5), None, 1).expect("saved");
    storage.quota = Some(storage.values.iter().map(|(k, v)| k.len() + v.len()).sum());
    let before = storage.values.clone();
    let message =
        quick::mark_stretched_in_store(&mut storage, tonight, today(), STAMP).expect_err("full");
    assert!(
        message.contains("full") && message.contains("Nothing already saved was lost"),
        "{message}"
    );
    assert_eq!(storage.values, before);

    let mut storage = MemoryStorage::default();
    let key = night_store::night_key(tonight);
    storage.set(&key, "{not json").expect("set");
    let message = quick::mark_stretched_in_store(&mut storage, tonight, today(), STAMP)
        .expect_err("unreadable");
    assert!(message.contains("could not be read"), "{message}");
    assert_eq!(storage.get(&key).as_deref(), Some("{not json"));
}

/// Storage where another window logs a cramp for the night just after this tab has read it
/// (on the second read of the night's key: the save's own check).
struct Racing {
    inner: std::cell::RefCell<MemoryStorage>,
    reads: std::cell::Cell<u32>,
}

impl Storage for Racing {
    fn get(&self, key: &str) -> Option<String> {
        if key.starts_with(night_store::NIGHT_PREFIX) {
            self.reads.set(self.reads.get() + 1);
            if self.reads.get() == 2 {
                let theirs = Record {
                    stamp: 42,
                    entry: night(8, "2025-03-13", 1, 4),
                };
                let _ = self
                    .inner
                    .borrow_mut()
                    .set(key, &night_store::encode(&theirs));
            }
        }
        self.inner.borrow().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), night_store::WriteError> {
        self.inner.borrow_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) {
        self.inner.borrow_mut().remove(key)
    }
    fn keys(&self) -> Vec<String> {
        self.inner.borrow().keys()
    }
}

#[test]
fn a_night_another_window_saves_meanwhile_is_read_again_not_overwritten() {
    let tonight = date("2025-03-13");
    let mut storage = Racing {
        inner: Default::default(),
        reads: Default::default(),
    };
    let marked = quick::mark_stretched_in_store(&mut storage, tonight, today(), STAMP)
        .expect("saved on the second try");
    assert!(
        !marked.created,
        "the other window's entry was found and kept"
    );
    let stored = night_store::load_all(&*storage.inner.borrow()).diary;
    let entry = stored.entry_for_night(tonight).expect("tonight");
    assert!(entry.stretched);
    assert_eq!(entry.cramps, 1, "the other window's cramp is kept");
}
