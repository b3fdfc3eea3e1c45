//! The seam between relief mode and the diary: one tap records "cramp tonight: this muscle,
//! about this long".
//!
//! An island run by plain DOM code (`crate::runtime::plain`): the host renders the button and its empty status line
//! ([`QuickLogPanel`]); in the browser [`start`] brings that markup to life with a few lines of
//! DOM code, no Yew. Its words and every reason a log was not saved come from
//! `crate::diary::quick`.
//!
//! The diary (`crate::diary`) keeps one full entry per night (count, pain, sleep lost, ...), so
//! turning a quick log into an entry, or adding it to tonight's existing entry, is a diary
//! decision that belongs in `crate::diary` (`diary::quick::log_in_store`), which writes only
//! that night through `platform::diary_store`.

use yew::prelude::*;

use crate::content::relief::{muscle, MuscleId};
use crate::diary::{quick, Muscle};
use crate::platform::diary_store::{device_storage, new_stamp, today, utc_offset_minutes};
use crate::routes::Route;
use crate::ui::shared::link::href;

thread_local! {
    /// When the first hold on this page started (page clock, ms): the timer and the log button
    /// are separate islands, and only the tap reads it.
    static FIRST_HOLD_STARTED: std::cell::Cell<Option<u64>> = const { std::cell::Cell::new(None) };
}

/// Called by the hold timer at every start; only the first one counts.
pub fn note_hold_started(now_ms: u64) {
    FIRST_HOLD_STARTED.with(|first| {
        if first.get().is_none() {
            first.set(Some(now_ms));
        }
    });
}

/// When the first hold on this page started, if the timer was used.
pub fn first_hold_started() -> Option<u64> {
    FIRST_HOLD_STARTED.with(std::cell::Cell::get)
}

/// What relief mode knows when the cramp has eased.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuickLog {
    /// The muscle the person picked.
    pub muscle: MuscleId,
    /// About how long the cramp lasted, in seconds: from the first timer start to the tap.
    /// None when the timer was never started.
    pub about_seconds: Option<u32>,
    /// The page's clock (ms since 1970) at the tap; the diary decides which night it belongs to.
    pub at_ms: u64,
}

/// Why a quick log was not saved, in words for the person.
pub type NotSaved = String;

/// Records a quick log in the diary on this device: the night's entry is created, or the cramp
/// is added to it (`diary::quick::log_in_store`). Only that night is read and written, so this
/// is quick whatever the diary's size.
pub fn record_quick_log(log: &QuickLog) -> Result<(), NotSaved> {
    let mut storage = device_storage()?;
    let at_ms = i64::try_from(log.at_ms).unwrap_or(i64::MAX);
    let night = quick::night_of_moment(at_ms, utc_offset_minutes());
    let muscle = diary_muscle(log.muscle);
    quick::log_in_store(
        &mut storage,
        night,
        muscle,
        log.about_seconds,
        today(),
        new_stamp(),
    )
    .map(|_| ())
}

/// Relief mode's muscles are the diary's first four.
fn diary_muscle(muscle: MuscleId) -> Muscle {
    match muscle {
        MuscleId::Calf => Muscle::Calf,
        MuscleId::Foot => Muscle::Foot,
        MuscleId::BackOfThigh => Muscle::BackOfThigh,
        MuscleId::FrontOfThigh => Muscle::FrontOfThigh,
    }
}

/// The muscle's name as the button says it ("back of thigh").
fn muscle_name(id: MuscleId) -> String {
    muscle(id).map_or("", |m| m.name).to_ascii_lowercase()
}

#[derive(Properties, PartialEq)]
pub struct QuickLogProps {
    pub muscle: MuscleId,
}

/// The one-tap log before its first tap, as the host renders it into the page.
#[component]
pub fn QuickLogPanel(props: &QuickLogProps) -> Html {
    html! {
        <div class="relief-log">
            <button type="button" class="relief-log__button" data-name={muscle_name(props.muscle)}>
                { quick::log_button_words(&muscle_name(props.muscle), false) }
            </button>
            <p class="relief-log__status" role="status"></p>
        </div>
    }
}

/// Brings the prerendered log inside `root` to life for `id`; false when its markup is missing.
pub fn start(root: &web_sys::Element, id: MuscleId) -> bool {
    let find = |selector: &str| root.query_selector(selector).ok().flatten();
    let (Some(button), Some(status)) = (find(".relief-log__button"), find(".relief-log__status"))
    else {
        return false;
    };
    let taken = std::cell::Cell::new(false);
    let on_tap = {
        let button = button.clone();
        move |_: &web_sys::Event| {
            // Once saved, a second tap (a shaky hand at 3 a.m.) must not log a second cramp.
            if taken.get() {
                return;
            }
            let at_ms = crate::platform::browser::now_ms();
            let about_seconds = first_hold_started()
                .map(|start| u32::try_from(at_ms.saturating_sub(start) / 1000).unwrap_or(u32::MAX));
            let log = QuickLog {
                muscle: id,
                about_seconds,
                at_ms,
            };
            match record_quick_log(&log) {
                Ok(()) => {
                    taken.set(true);
                    show_logged(&button, &status);
                }
                Err(message) => status.set_text_content(Some(&message)),
            }
        }
    };
    gloo::events::EventListener::new(&button, "click", on_tap).forget();
    true
}

/// The button says it is done and the status line leads to the diary.
fn show_logged(button: &web_sys::Element, status: &web_sys::Element) {
    use crate::runtime::plain::{element, set_attribute, set_text};

    // The muscle's name is in the markup, so the bundle carries no relief content.
    let name = button.get_attribute("data-name").unwrap_or_default();
    set_text(button, &quick::log_button_words(&name, true));
    // Not `disabled`: that would drop keyboard focus; aria-disabled says it instead.
    set_attribute(button, "aria-disabled", "true");
    status.set_text_content(Some(quick::LOGGED));
    if let Some(link) = element("a", "", quick::OPEN_THE_DIARY) {
        let _ = link.set_attribute("href", &href(&Route::Diary, None));
        let _ = status.append_child(&link);
    }
}
