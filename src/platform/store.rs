//! The one place that touches browser storage (localStorage), under one namespace.
//!
//! Rules it keeps: a value it could not read is never overwritten before a copy has been kept
//! aside (`keep_aside`; the diary's nights instead stay where they are, `NightStorage`); write failures (a full quota, storage disabled in private mode) come
//! back as values with a plain-English message, never a panic; "erase everything" removes every
//! key of ours and nothing else. What a value means (diary, saved answers) is decided by the
//! pure modules; this module only moves strings.

/// Every key we own starts with this.
pub const PREFIX: &str = "night-cramps.";

/// What the app stores. One key each; the value format is owned by the pure module named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// The diary as the previous version stored it (`diary::saved` format), until it is moved
    /// to one key per night (`diary::night_store`).
    Diary,
    /// `assessment::AnswerSet` JSON, only when the user chose "Save on this device".
    Answers,
    /// The last assessment result summary, for the doctor summary.
    LastResult,
    /// Whether persistent storage was requested/granted.
    Settings,
    /// The trial of a change the person chose (`diary::changes`, one JSON object).
    Experiment,
    /// The medicines the person listed (`diary::changes`, a JSON list).
    Medicines,
}

impl Key {
    pub fn name(self) -> &'static str {
        match self {
            Key::Diary => "night-cramps.diary",
            Key::Answers => "night-cramps.answers",
            Key::LastResult => "night-cramps.last-result",
            Key::Settings => "night-cramps.settings",
            Key::Experiment => "night-cramps.experiment",
            Key::Medicines => "night-cramps.medicines",
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
            StoreError::Unavailable => "This browser is not letting Night Cramps save anything (private browsing can do this). Nothing you enter can be kept on this device.".into(),
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
        let granted = crate::platform::persistence::request().await;
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

/// Every key of ours.
fn our_keys(s: &web_sys::Storage) -> Vec<String> {
    let len = s.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect()
}

/// The name /privacy lists for every night of the diary together (one key per night).
pub const DIARY_NIGHTS: &str = "night-cramps.night.*";

/// Every key of ours with its size in characters (for /privacy); the diary's nights together,
/// as [`DIARY_NIGHTS`].
pub fn inventory() -> Vec<(String, usize)> {
    let Ok(s) = storage() else { return Vec::new() };
    let mut out: Vec<(String, usize)> = Vec::new();
    let mut nights = None;
    for k in our_keys(&s) {
        let size = (s.get_item(&k).ok().flatten()).map_or(0, |v| v.chars().count());
        if k.starts_with(crate::diary::night_store::NIGHT_PREFIX) {
            *nights.get_or_insert(0) += size + k.len();
        } else {
            out.push((k, size));
        }
    }
    out.extend(nights.map(|size| (DIARY_NIGHTS.to_string(), size)));
    out.sort();
    out
}

/// Erases every key of ours (and nothing belonging to anyone else on this origin). Other tabs
/// hear of each removal through the `storage` event.
pub fn erase_everything() -> Result<usize, StoreError> {
    let s = storage()?;
    let keys = our_keys(&s);
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
        // One call into the browser for every key (`Object.keys(localStorage)`, joined), not
        // two per key: with ten years of nights that is 7,300 calls fewer. A key holding a
        // line break splits into pieces that name no night, which the diary skips.
        let keys = js_sys::Object::keys(&self.0).join("\n");
        String::from(keys).split('\n').map(String::from).collect()
    }
}
