//! The browser side of the diary: the per-night storage the diary pages and relief mode's one-tap
//! log work on (`diary::night_store` over localStorage), version stamps from the clock, what other
//! windows change (the `storage` event), the last backup's date, today's date, and handing a
//! file to the person.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;

use crate::diary::keeping::{Keeping, LastBackup, LAST_BACKUP_KEY};
use crate::diary::night_store::{
    self, load_all, night_of_key, Reading, Storage, Stored, WriteError, NIGHT_PREFIX,
    SINGLE_VALUE_KEY,
};
use crate::diary::page::{self, DiaryAction, Opening};
use crate::diary::{Date, Diary, Writing};
use crate::platform::store::{self, NightStorage, StoreError};
use crate::runtime::in_tasks::in_next_task;

/// The diary's storage, or what to tell the person when the browser allows none (some private
/// modes): then nothing can be saved, and every change says so.
pub fn device_storage() -> Result<NightStorage, String> {
    store::night_storage().map_err(|problem| problem.message())
}

/// Runs a step that writes on the diary's storage; without storage, the step is not run and the
/// page is told why (`DiaryAction::Failed`).
pub fn with_storage(work: impl FnOnce(&mut NightStorage) -> DiaryAction) -> DiaryAction {
    match device_storage() {
        Ok(mut storage) => work(&mut storage),
        Err(problem) => DiaryAction::Failed(problem),
    }
}

/// A version stamp for a night saved now.
pub fn new_stamp() -> u64 {
    let random = (js_sys::Math::random() * 1024.0) as u16;
    night_store::new_stamp(crate::platform::browser::now_ms(), random)
}

/// How long one task of the opening reads nights for before it lets the browser in: no task
/// passes 50 ms however long the diary is or however slow the phone. A fixed number of nights
/// cannot promise that: at 4× CPU slowdown 400 nights take 40 to 85 ms as the phone's other
/// work comes and goes (ten years in one task: 240 ms).
const READ_FOR_MS: u64 = 20;
/// Nights read between two looks at the clock.
const NIGHTS_A_STEP: usize = 25;

/// Opens the stored diary for a page and hands it to `opened`, each step in a task of its own
/// after the one that called it: moving an old single-value diary, listing the nights, reading
/// nights for [`READ_FOR_MS`] at a time, building the diary, and then `opened`
/// (`diary::page::begin_opening`, `night_store::Reading`).
pub fn open_stored(opened: impl FnOnce(Opening) + 'static) {
    in_next_task(move || {
        let keeping = Keeping {
            persisted: None,
            last_backup: last_backup(),
        };
        let mut storage = match device_storage() {
            Ok(storage) => storage,
            Err(problem) => {
                return opened(Opening {
                    today: today(),
                    stored: Stored::default(),
                    problem: Some(problem),
                    keeping,
                })
            }
        };
        let (reading, problem) = page::begin_opening(&mut storage, new_stamp());
        let done = move |stored| {
            opened(Opening {
                today: today(),
                stored,
                problem,
                keeping,
            })
        };
        read_on(storage, reading, Box::new(done));
    });
}

/// The next step of reading, in a task of its own; once every night is read, the diary is
/// built in one more task and handed to `done` in another.
fn read_on(storage: NightStorage, mut reading: Reading, done: Box<dyn FnOnce(Stored)>) {
    in_next_task(move || {
        let start = crate::platform::browser::now_ms();
        let mut all_read = reading.read(&storage, NIGHTS_A_STEP);
        while !all_read && crate::platform::browser::now_ms() < start + READ_FOR_MS {
            all_read = reading.read(&storage, NIGHTS_A_STEP);
        }
        if all_read {
            in_next_task(move || {
                let stored = reading.finish();
                in_next_task(move || done(stored));
            });
        } else {
            read_on(storage, reading, done);
        }
    });
}

/// Every stored night, read again.
pub fn read_all() -> Stored {
    device_storage().map_or_else(|_| Stored::default(), |storage| load_all(&storage))
}

fn last_backup() -> Option<LastBackup> {
    let storage = device_storage().ok()?;
    storage
        .get(LAST_BACKUP_KEY)
        .as_deref()
        .and_then(LastBackup::decode)
}

/// Notes that a backup file was just downloaded (for "Last backup" and the reminder).
pub fn record_backup() -> Result<LastBackup, StoreError> {
    let last = LastBackup {
        date: today(),
        at_ms: crate::platform::browser::now_ms(),
    };
    let mut storage = store::night_storage()?;
    storage
        .set(LAST_BACKUP_KEY, &last.encode())
        .map_err(|error| match error {
            WriteError::Full => StoreError::Full,
            WriteError::Other(reason) => StoreError::Other(reason),
        })?;
    Ok(last)
}

/// Whether a key of this origin's storage belongs to the diary (its nights, the last backup's
/// date, an old single-value diary).
fn is_diary_key(key: &str) -> bool {
    key.starts_with(NIGHT_PREFIX) || key == LAST_BACKUP_KEY || key == SINGLE_VALUE_KEY
}

/// Listens for changes other windows make to the diary (the `storage` event fires in every
/// other tab of this origin) and hands each batch to `heard` as an action: the nights changed,
/// everything read again when storage was cleared or many nights changed at once (an erase or
/// an import), or a new backup date. For the life of the page.
pub fn listen_other_windows(heard: impl Fn(DiaryAction) + 'static) {
    if let Some(listener) = listen_elsewhere(is_diary_key, move |keys| {
        changes_heard(keys).into_iter().for_each(&heard)
    }) {
        listener.forget();
    }
}

/// Hands `heard` the keys of this origin's storage that other windows changed and `wanted`
/// accepts (`None`: storage was cleared), until the listener it returns is dropped. Events that
/// arrive together are handled together, after the last of them, so an import of many nights
/// elsewhere is one batch here.
pub fn listen_elsewhere(
    wanted: fn(&str) -> bool,
    heard: impl Fn(Vec<Option<String>>) + 'static,
) -> Option<gloo::events::EventListener> {
    let pending: Rc<RefCell<Option<Vec<Option<String>>>>> = Rc::default();
    let heard = Rc::new(heard);
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "storage",
        move |event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            let key = event.key();
            if !key.as_deref().is_none_or(wanted) {
                return;
            }
            let first = pending.borrow().is_none();
            pending.borrow_mut().get_or_insert_with(Vec::new).push(key);
            if first {
                let (pending, heard) = (pending.clone(), heard.clone());
                gloo::timers::callback::Timeout::new(0, move || {
                    if let Some(keys) = pending.borrow_mut().take() {
                        heard(keys);
                    }
                })
                .forget();
            }
        },
    ))
}

/// Beyond this many nights in one batch, reading everything again is quicker than one by one.
const MANY_NIGHTS: usize = 200;

fn changes_heard(keys: Vec<Option<String>>) -> Vec<DiaryAction> {
    let Ok(storage) = device_storage() else {
        return Vec::new();
    };
    let mut actions = Vec::new();
    let mut nights: Vec<Date> = Vec::new();
    let mut everything = false;
    for key in keys {
        match key.as_deref() {
            None | Some(SINGLE_VALUE_KEY) => everything = true,
            Some(LAST_BACKUP_KEY) => {
                if let Some(last) = last_backup() {
                    actions.push(DiaryAction::BackedUp(last));
                }
            }
            Some(key) => nights.extend(night_of_key(key).filter(|n| !nights.contains(n))),
        }
    }
    if everything || nights.len() > MANY_NIGHTS {
        actions.push(DiaryAction::Reloaded(load_all(&storage)));
    } else if !nights.is_empty() {
        let changed = (nights.into_iter())
            .map(|night| (night, storage.get(&night_store::night_key(night))))
            .collect();
        actions.push(DiaryAction::NightsChanged(changed));
    }
    actions
}

/// The device's offset from UTC in minutes, east positive.
pub fn utc_offset_minutes() -> i32 {
    let offset = js_sys::Date::new_0().get_timezone_offset();
    if offset.is_finite() && offset.abs() < 24.0 * 60.0 {
        -(offset as i32)
    } else {
        0
    }
}

/// Today's date on this device (local calendar day).
pub fn today() -> Date {
    let ms = js_sys::Date::now();
    let ms = if ms.is_finite() { ms as i64 } else { 0 };
    Date::from_unix_ms(ms, utc_offset_minutes())
}

/// Entries written per task while an export file is made: about 15 ms at 4x CPU slowdown
/// (a ten-year backup written in one task took 90 ms there, and 135 ms with handing it over).
const ENTRIES_PER_TASK: usize = 400;

/// Writes `writing` from `diary` [`ENTRIES_PER_TASK`] entries a task, then hands the file to
/// the person ([`download`]) in one more and tells `done` how that went.
pub fn download_in_tasks(
    diary: Rc<Diary>,
    mut writing: Writing,
    name: String,
    mime: &'static str,
    done: Box<dyn FnOnce(Result<(), String>)>,
) {
    in_next_task(move || {
        if writing.write(&diary, ENTRIES_PER_TASK) {
            in_next_task(move || done(download(&name, mime, &writing.finish())));
        } else {
            download_in_tasks(diary, writing, name, mime, done);
        }
    });
}

/// Gives `text` to the person as a file called `name` (Blob, object URL, a temporary link).
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let failed = |_| "Your browser did not allow the download. Please try again.".to_string();
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("There is no page to download from.")?;
    // Handed over as UTF-8 bytes: a Blob made from a string encodes it again (25 ms for a
    // ten-year backup at 4x CPU slowdown), bytes are only copied.
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(text.as_bytes()));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(failed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let link = document
        .create_element("a")
        .map_err(failed)?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| failed(wasm_bindgen::JsValue::NULL))?;
    link.set_href(&url);
    link.set_download(name);
    link.set_class_name("visually-hidden");
    let body = document
        .body()
        .ok_or("There is no page to download from.")?;
    let _ = body.append_child(&link);
    link.click();
    link.remove();
    // Revoke a little later: some browsers start reading the URL only after click() returns.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
