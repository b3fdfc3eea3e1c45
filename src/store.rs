//! The one place that touches browser storage (localStorage), under one namespace.
//!
//! Rules it keeps: a value it could not read is never overwritten before a copy has been kept
//! aside (`keep_aside`); write failures (a full quota, storage disabled in private mode) come
//! back as values with a plain-English message, never a panic; "erase everything" removes every
//! key of ours and nothing else. What a value means (diary, saved answers) is decided by the
//! pure modules; this module only moves strings.

/// Every key we own starts with this.
pub const PREFIX: &str = "night-cramps.";

/// What the app stores. One key each; the value format is owned by the pure module named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// `diary::saved` format.
    Diary,
    /// `assessment::AnswerSet` JSON, only when the user chose "Save on this device".
    Answers,
    /// The last assessment result summary, for the doctor summary.
    LastResult,
    /// Whether persistent storage was requested/granted.
    Settings,
}

impl Key {
    pub fn name(self) -> &'static str {
        match self {
            Key::Diary => "night-cramps.diary",
            Key::Answers => "night-cramps.answers",
            Key::LastResult => "night-cramps.last-result",
            Key::Settings => "night-cramps.settings",
        }
    }

    /// Where an unreadable value is kept aside, untouched, so the user can download it.
    pub fn aside_name(self) -> String {
        format!("{}.unreadable", self.name())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Storage exists but is full.
    Full,
    /// Storage is switched off or blocked (some private-browsing modes).
    Unavailable,
    Other(String),
}

impl StoreError {
    pub fn message(&self) -> String {
        match self {
            StoreError::Full => "This device's storage for Night Cramps is full, so the change was not saved. Export your diary to keep a copy, then free some space.".into(),
            StoreError::Unavailable => "This browser is not letting Night Cramps save anything (private browsing can do this). Your entries work for now but will be gone when you close the tab.".into(),
            StoreError::Other(e) => format!("Saving failed: {e}. Your data was not changed."),
        }
    }
}

fn storage() -> Result<web_sys::Storage, StoreError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StoreError::Unavailable)
}

/// Reads a value. `Ok(None)` when nothing is stored.
pub fn read(key: Key) -> Result<Option<String>, StoreError> {
    storage()?
        .get_item(key.name())
        .map_err(|_| StoreError::Unavailable)
}

/// A value as it was read, left in the browser's hands: comparing it with what is stored later
/// ([`write_if_unchanged`]) copies nothing, which matters for a diary of a megabyte.
#[derive(PartialEq)]
pub struct Snapshot(wasm_bindgen::JsValue);

impl Snapshot {
    /// The text read (a copy), or `None` when nothing was stored.
    pub fn text(&self) -> Option<String> {
        self.0.as_string()
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `Storage`, seen through a `getItem` that leaves the value a JavaScript string (or null).
    type StorageAsIs;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item(
        this: &StorageAsIs,
        key: &str,
    ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
}

/// Reads a value for a later [`write_if_unchanged`].
pub fn snapshot(key: Key) -> Result<Snapshot, StoreError> {
    use wasm_bindgen::JsCast;
    storage()?
        .unchecked_ref::<StorageAsIs>()
        .get_item(key.name())
        .map(Snapshot)
        .map_err(|_| StoreError::Unavailable)
}

/// Writes a value only if what is stored is still what `was` read (another tab may have saved
/// in between); `Ok(false)`, writing nothing, when it is not.
pub fn write_if_unchanged(key: Key, was: &Snapshot, value: &str) -> Result<bool, StoreError> {
    if snapshot(key)? != *was {
        return Ok(false);
    }
    write(key, value)?;
    Ok(true)
}

/// Reads what was kept aside for a key, if anything.
pub fn read_aside(key: Key) -> Option<String> {
    storage().ok()?.get_item(&key.aside_name()).ok().flatten()
}

/// Writes a value, reporting a full quota as [`StoreError::Full`].
pub fn write(key: Key, value: &str) -> Result<(), StoreError> {
    let s = storage()?;
    write_raw(&s, key.name(), value)?;
    ask_to_persist_once(&s);
    Ok(())
}

/// The first time anything is saved, ask the browser to keep our storage even under storage
/// pressure (`navigator.storage.persist`). The answer is recorded for /privacy.
fn ask_to_persist_once(s: &web_sys::Storage) {
    const ASKED: &str = "night-cramps.persist-asked";
    if s.get_item(ASKED).ok().flatten().is_some() {
        return;
    }
    let _ = s.set_item(ASKED, "asked");
    wasm_bindgen_futures::spawn_local(async {
        let granted = crate::persistence::request().await;
        if let Ok(s) = storage() {
            let _ = s.set_item(
                ASKED,
                if granted == Some(true) {
                    "granted"
                } else {
                    "not granted"
                },
            );
        }
    });
}

fn write_raw(s: &web_sys::Storage, name: &str, value: &str) -> Result<(), StoreError> {
    s.set_item(name, value).map_err(|e| {
        let name = js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
            StoreError::Full
        } else {
            StoreError::Other(name)
        }
    })
}

/// Copies an unreadable value aside (never replacing an earlier copy that the user has not yet
/// dealt with). Only after this succeeds may the main key be overwritten.
pub fn keep_aside(key: Key, raw: &str) -> Result<(), StoreError> {
    let s = storage()?;
    if let Ok(Some(existing)) = s.get_item(&key.aside_name()) {
        if existing == raw {
            return Ok(());
        }
        // An older unreadable copy is still waiting: keep both by appending a numbered key.
        for n in 2..100 {
            let name = format!("{}.{n}", key.aside_name());
            if s.get_item(&name).ok().flatten().is_none() {
                return write_raw(&s, &name, raw);
            }
        }
        return Err(StoreError::Full);
    }
    write_raw(&s, &key.aside_name(), raw)
}

pub fn remove(key: Key) -> Result<(), StoreError> {
    storage()?
        .remove_item(key.name())
        .map_err(|_| StoreError::Unavailable)
}

/// Removes the kept-aside copy once the user has downloaded or dismissed it.
pub fn remove_aside(key: Key) -> Result<(), StoreError> {
    storage()?
        .remove_item(&key.aside_name())
        .map_err(|_| StoreError::Unavailable)
}

/// Every key of ours with its size in characters (for /privacy).
pub fn inventory() -> Vec<(String, usize)> {
    let Ok(s) = storage() else { return Vec::new() };
    let len = s.length().unwrap_or(0);
    let mut out: Vec<(String, usize)> = (0..len)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .map(|k| {
            let size = s
                .get_item(&k)
                .ok()
                .flatten()
                .map_or(0, |v| v.chars().count());
            (k, size)
        })
        .collect();
    out.sort();
    out
}

/// Erases every key of ours (and nothing belonging to anyone else on this origin).
pub fn erase_everything() -> Result<usize, StoreError> {
    let s = storage()?;
    let keys: Vec<String> = inventory().into_iter().map(|(k, _)| k).collect();
    for k in &keys {
        s.remove_item(k).map_err(|_| StoreError::Unavailable)?;
    }
    Ok(keys.len())
}

/// localStorage seen as the per-night diary's [`Storage`](crate::diary::night_store::Storage):
/// each night is its own key, so one `setItem` replaces one night or leaves it as it was, and
/// every other tab hears of the change through the `storage` event.
pub struct NightStorage(web_sys::Storage);

/// The per-night storage, or why there is none.
pub fn night_storage() -> Result<NightStorage, StoreError> {
    storage().map(NightStorage)
}

impl crate::diary::night_store::Storage for NightStorage {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), crate::diary::night_store::WriteError> {
        use crate::diary::night_store::WriteError;
        write_raw(&self.0, key, value).map_err(|error| match error {
            StoreError::Full => WriteError::Full,
            other => WriteError::Other(other.message()),
        })?;
        ask_to_persist_once(&self.0);
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        // Removing cannot run out of space; a blocked storage is reported by the next read.
        let _ = self.0.remove_item(key);
    }

    fn keys(&self) -> Vec<String> {
        let len = self.0.length().unwrap_or(0);
        (0..len)
            .filter_map(|i| self.0.key(i).ok().flatten())
            .collect()
    }
}
