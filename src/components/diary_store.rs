//! The browser side of the diary: loading and saving it through `crate::store` (keeping
//! unreadable data aside before anything overwrites it), today's date from the device clock, and
//! handing a file to the person as a download.
//!
//! Shared by the diary pages and relief mode's one-tap log, so both follow the same rules.

use std::cell::RefCell;
use std::ops::ControlFlow;

use wasm_bindgen::JsCast;

use crate::diary::saved::{self, OpenStep};
use crate::diary::{Date, Diary, Loaded};
use crate::store::{self, Key, StoreError};

/// Stored diary data that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// Exactly what was stored, for the person to download.
    pub raw: String,
    /// Why it could not be read; `None` when the copy was kept aside on an earlier visit.
    pub reason: Option<String>,
    /// Whether the copy is safely kept aside. If not, saving is refused (see [`save_diary`]).
    pub kept_aside: bool,
}

/// What opening the diary found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiaryLoad {
    /// The diary to work with (empty when nothing could be read).
    pub diary: Diary,
    /// Data that could not be read and is kept aside, waiting for the person to deal with it.
    pub unreadable: Option<Unreadable>,
    /// Storage could not be reached at all.
    pub problem: Option<StoreError>,
}

/// Opens the stored diary in one go (pages and the one-tap log read it a slice per task with
/// [`open_diary`] or [`open_text`]). Never fails: anything unreadable is kept
/// aside (not overwritten) and reported, and the app carries on with an empty diary.
pub fn load_diary() -> DiaryLoad {
    match store::read(Key::Diary) {
        Ok(raw) => settle(saved::load(raw.as_deref())),
        Err(problem) => out_of_reach(problem),
    }
}

thread_local! {
    /// What a page opened with [`open_diary`] until it is read; then, if it could be read, it
    /// becomes [`KNOWN_GOOD`].
    static OPENED: RefCell<Option<store::Snapshot>> = const { RefCell::new(None) };
    /// The stored diary as this page last read it (when it could be read) or wrote it. Saving
    /// over exactly that needs no check that it is readable (see [`save_diary`]), which for a
    /// ten-year diary would mean reading a megabyte again at every save.
    static KNOWN_GOOD: RefCell<Option<store::Snapshot>> = const { RefCell::new(None) };
}

/// Starts opening the stored diary: fetches its text from storage and reads nothing yet (see
/// [`read_a_slice`]). Ends as [`load_diary`] does.
pub fn open_diary() -> ControlFlow<DiaryLoad, saved::Opening> {
    match stored_diary() {
        Ok(stored) => {
            let text = stored.text();
            OPENED.set(Some(stored));
            open_text(text)
        }
        Err(problem) => ControlFlow::Break(out_of_reach(problem)),
    }
}

/// Starts opening the diary from its stored text, already fetched.
pub fn open_text(raw: Option<String>) -> ControlFlow<DiaryLoad, saved::Opening> {
    then(saved::open(raw))
}

/// Entries read (or written) at a time, between looks at the clock (`in_tasks::for_one_task`).
pub const ENTRIES_PER_SLICE: usize = 20;

/// Reads the next few entries of the stored diary.
pub fn read_a_slice(opening: saved::Opening) -> ControlFlow<DiaryLoad, saved::Opening> {
    then(opening.next(ENTRIES_PER_SLICE))
}

fn then(step: OpenStep) -> ControlFlow<DiaryLoad, saved::Opening> {
    match step {
        OpenStep::More(opening) => ControlFlow::Continue(opening),
        OpenStep::Done(loaded) => {
            let opened = OPENED.take();
            if !matches!(loaded, Loaded::Unreadable { .. }) {
                KNOWN_GOOD.set(opened);
            }
            ControlFlow::Break(settle(loaded))
        }
    }
}

/// Storage could not be reached at all.
fn out_of_reach(problem: StoreError) -> DiaryLoad {
    DiaryLoad {
        diary: Diary::new(),
        unreadable: None,
        problem: Some(problem),
    }
}

/// What was read, with anything unreadable kept aside before anything can overwrite it.
fn settle(loaded: Loaded) -> DiaryLoad {
    match loaded {
        Loaded::Ok(diary) => DiaryLoad {
            diary,
            unreadable: earlier_copy(),
            problem: None,
        },
        Loaded::Empty => DiaryLoad {
            diary: Diary::new(),
            unreadable: earlier_copy(),
            problem: None,
        },
        Loaded::Unreadable { raw, reason } => {
            let kept_aside = store::keep_aside(Key::Diary, &raw).is_ok();
            DiaryLoad {
                diary: Diary::new(),
                unreadable: Some(Unreadable {
                    raw,
                    reason: Some(reason),
                    kept_aside,
                }),
                problem: None,
            }
        }
    }
}

/// A copy kept aside on an earlier visit that the person has not yet dealt with.
fn earlier_copy() -> Option<Unreadable> {
    store::read_aside(Key::Diary).map(|raw| Unreadable {
        raw,
        reason: None,
        kept_aside: true,
    })
}

/// Saves the diary. If what is stored now cannot be read (another tab, a damaged value), it is
/// copied aside first, and nothing is written unless that copy succeeded. What is stored is only
/// read again when it is not what this page last read or wrote itself (`KNOWN_GOOD`).
pub fn save_diary(diary: &Diary) -> Result<(), StoreError> {
    let stored = stored_diary()?;
    let known = KNOWN_GOOD.with_borrow(|known| known.as_ref() == Some(&stored));
    if let Some(current) = stored.text().filter(|_| !known) {
        if matches!(saved::load(Some(&current)), Loaded::Unreadable { .. }) {
            store::keep_aside(Key::Diary, &current)?;
        }
    }
    store::write(Key::Diary, &saved::save(diary))?;
    remember_written();
    Ok(())
}

/// What was just written is known to be readable (this app wrote it).
fn remember_written() {
    KNOWN_GOOD.set(stored_diary().ok());
}

/// The stored diary as it is, to open with [`open_text`] and replace with [`save_text_over`].
pub fn stored_diary() -> Result<store::Snapshot, StoreError> {
    store::snapshot(Key::Diary)
}

/// Stores `text`, a diary made from `was` (opened with [`open_text`]), unless storage holds
/// something else by now (another tab saved in between): then nothing is written and the
/// answer is `Ok(false)`, so the caller can start again from what is there. Unlike
/// [`save_diary`], this needs no second reading of what is stored: `was` has been read
/// already, and kept aside if it could not be.
pub fn save_text_over(was: &store::Snapshot, text: &str) -> Result<bool, StoreError> {
    let written = store::write_if_unchanged(Key::Diary, was, text)?;
    if written {
        remember_written();
    }
    Ok(written)
}

/// Removes the kept-aside copy at the person's request, and the unreadable value itself if it is
/// still stored (otherwise it would be found, and kept aside, again on the next visit).
pub fn discard_unreadable() -> Result<(), StoreError> {
    store::remove_aside(Key::Diary)?;
    if let Some(current) = store::read(Key::Diary)? {
        if matches!(saved::load(Some(&current)), Loaded::Unreadable { .. }) {
            store::remove(Key::Diary)?;
        }
    }
    Ok(())
}

/// Whether a failed save still leaves the change usable for this visit: when storage is switched
/// off the diary works in memory (the message says so); a full or failing store keeps the old diary.
fn keep_change_after(error: &StoreError) -> bool {
    matches!(error, StoreError::Unavailable)
}

/// What a page does after trying to save a changed diary.
pub struct Saved {
    /// Show the changed diary (it is stored, or storage is off and it lives for this visit).
    pub show: bool,
    /// What went wrong, for the person; `None` when it was stored.
    pub problem: Option<String>,
}

/// Saves a changed diary and says whether the page should show it: what is on screen is what is
/// stored, except when storage is switched off.
pub fn save_for_page(next: &Diary) -> Saved {
    match save_diary(next) {
        Ok(()) => Saved {
            show: true,
            problem: None,
        },
        Err(error) => Saved {
            show: keep_change_after(&error),
            problem: Some(error.message()),
        },
    }
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

/// Gives `text` to the person as a file called `name` (Blob, object URL, a temporary link).
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let failed = |_| "Your browser did not allow the download. Please try again.".to_string();
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("There is no page to download from.")?;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(failed)?;
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
