//! The stretch player in the browser: brings the prerendered player to life with plain DOM code,
//! feeds the routine the clock, plays its cues, keeps the screen awake and draws what it says.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Interval;

use crate::runtime::plain::{keep_ticking, set_attribute, set_flag, set_text};
use wasm_bindgen::JsCast;

use super::{decimal, phase_key, routine, state_key, stretch_key, RING, TICK_MS};
use crate::diary::quick;
use crate::platform::browser::{now_ms, vibrate_pattern};
use crate::platform::diary_store::{device_storage, new_stamp, today, utc_offset_minutes};
use crate::platform::wake_lock::ScreenWakeLock;
use crate::stretch::{words, Cue, Routine, State};
use crate::ui::relief::cue_sounds::{has_local_voice, CueSounds};

/// The prerendered player's parts.
struct Parts {
    section: web_sys::Element,
    figures: Vec<web_sys::Element>,
    progress: web_sys::Element,
    number: web_sys::Element,
    unit: web_sys::Element,
    now: web_sys::Element,
    left: web_sys::Element,
    toggle: web_sys::HtmlElement,
    skip: web_sys::HtmlElement,
    reset: web_sys::HtmlElement,
    done: web_sys::Element,
    mark: web_sys::Element,
    marked: web_sys::Element,
    voice: web_sys::HtmlInputElement,
    voice_note: web_sys::Element,
    said: web_sys::Element,
}

struct Model {
    routine: Routine,
    parts: Parts,
    ticking: Option<Interval>,
    screen: ScreenWakeLock,
    sounds: CueSounds,
}

/// Brings the prerendered player inside `root` to life; false if its markup is not there.
pub fn start(root: &web_sys::Element) -> bool {
    let Some(parts) = find_parts(root) else {
        return false;
    };
    let toggle = parts.toggle.clone();
    let skip = parts.skip.clone();
    let reset = parts.reset.clone();
    let voice = parts.voice.clone();
    let (mark, marked) = (parts.mark.clone(), parts.marked.clone());
    let model = Rc::new(RefCell::new(Model {
        routine: routine(),
        parts,
        ticking: None,
        screen: ScreenWakeLock::default(),
        sounds: CueSounds::default(),
    }));

    let on_toggle = {
        let model = model.clone();
        move |_: &web_sys::Event| {
            let now = now_ms();
            let cue = {
                let mut m = model.borrow_mut();
                match m.routine.state() {
                    State::NotStarted | State::Done => {
                        // In the tap itself: browsers allow sound only after one.
                        m.sounds.wake();
                        m.routine.start(now)
                    }
                    State::Running { .. } => m.routine.pause(now),
                    State::Paused { .. } => m.routine.resume(now),
                }
            };
            changed(&model, now, cue);
        }
    };
    EventListener::new(&toggle, "click", on_toggle).forget();

    let on_skip = {
        let model = model.clone();
        move |_: &web_sys::Event| {
            let now = now_ms();
            let cue = model.borrow_mut().routine.skip(now);
            changed(&model, now, cue);
        }
    };
    EventListener::new(&skip, "click", on_skip).forget();

    let on_reset = {
        let model = model.clone();
        move |_: &web_sys::Event| {
            {
                let mut m = model.borrow_mut();
                m.routine.reset();
                m.sounds.hush();
                m.parts.said.set_text_content(Some(""));
            }
            changed(&model, now_ms(), None);
        }
    };
    EventListener::new(&reset, "click", on_reset).forget();

    let on_voice = {
        let model = model.clone();
        move |_: &web_sys::Event| {
            let m = model.borrow();
            let note = if m.parts.voice.checked() && !has_local_voice() {
                words::NO_LOCAL_VOICE
            } else {
                ""
            };
            m.parts.voice_note.set_text_content(Some(note));
        }
    };
    EventListener::new(&voice, "change", on_voice).forget();

    let on_mark = {
        let button = mark.clone();
        move |_: &web_sys::Event| {
            // Once marked, a second tap changes nothing (and says so); not `disabled`, which
            // would drop the keyboard's focus.
            if button.get_attribute("aria-disabled").is_some() {
                return;
            }
            match mark_tonight(now_ms()) {
                Ok(message) => {
                    set_text(&marked, &message);
                    set_text(&button, words::MARKED_STRETCHED);
                    set_attribute(&button, "aria-disabled", "true");
                }
                Err(problem) => set_text(&marked, &problem),
            }
        }
    };
    EventListener::new(&mark, "click", on_mark).forget();
    // Browsers load their voice list on first asking: ask now, so it is there when needed.
    has_local_voice();
    true
}

/// Marks the night `now_ms` belongs to as "stretched" in the diary on this device; the
/// confirmation, or why nothing was saved.
fn mark_tonight(now_ms: u64) -> Result<String, String> {
    let mut storage = device_storage()?;
    let at = i64::try_from(now_ms).unwrap_or(i64::MAX);
    let night = quick::night_of_moment(at, utc_offset_minutes());
    quick::mark_stretched_in_store(&mut storage, night, today(), new_stamp())
        .map(|marked| marked.message())
}

fn find_parts(root: &web_sys::Element) -> Option<Parts> {
    let find = |selector: &str| root.query_selector(selector).ok().flatten();
    let html = |selector: &str| find(selector).and_then(|e| e.dyn_into().ok());
    let figures = root
        .query_selector_all(".stretch-player__figure")
        .ok()
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i).and_then(|n| n.dyn_into().ok()))
                .collect()
        })
        .unwrap_or_default();
    Some(Parts {
        section: find(".stretch-player")?,
        figures,
        progress: find(".stretch-player__progress")?,
        number: find(".stretch-player__number")?,
        unit: find(".stretch-player__unit")?,
        now: find(".stretch-player__now")?,
        left: find(".stretch-player__left")?,
        toggle: html(".stretch-player__toggle")?,
        skip: html(".stretch-player__skip")?,
        reset: html(".stretch-player__reset")?,
        done: find(".stretch-player__done")?,
        mark: find(".stretch-player__mark")?,
        marked: find(".stretch-player__marked")?,
        voice: find(".stretch-player__voice-switch").and_then(|e| e.dyn_into().ok())?,
        voice_note: find(".stretch-player__voice-note")?,
        said: find(".stretch-player__said")?,
    })
}

/// After a tap or a tick: gives the cue that is due, starts or stops ticking and the wake
/// lock, and draws the player.
fn changed(model: &Rc<RefCell<Model>>, now: u64, cue: Option<Cue>) {
    let mut m = model.borrow_mut();
    if let Some(cue) = cue {
        m.parts.said.set_text_content(Some(&cue.words));
        m.sounds.play(cue.tone);
        if m.parts.voice.checked() {
            // The voice list can fill in after the switch was turned on: say so either way.
            let spoke = m.sounds.say(&cue.words);
            let note = if spoke { "" } else { words::NO_LOCAL_VOICE };
            m.parts.voice_note.set_text_content(Some(note));
        }
        vibrate_pattern(cue.vibration);
    }
    let running = matches!(m.routine.state(), State::Running { .. });
    let ticking = model.clone();
    keep_ticking(&mut m.ticking, running, TICK_MS, move || {
        let now = now_ms();
        let cue = ticking.borrow_mut().routine.tick(now);
        changed(&ticking, now, cue);
    });
    m.screen.keep_awake(running);
    draw(&m.parts, &m.routine, now);
}

fn draw(parts: &Parts, routine: &Routine, now: u64) {
    let state = routine.state();
    let view = routine.view(now);
    let key = state_key(state);
    let (set, text) = (set_attribute, set_text);
    let enable = |e: &web_sys::Element, on: bool| set_flag(e, "disabled", !on);
    let show = |e: &web_sys::Element, on: bool| set_flag(e, "hidden", !on);
    set(
        &parts.section,
        "class",
        &format!("stretch-player stretch-player--{key}"),
    );
    set(&parts.section, "data-state", key);
    set(&parts.section, "data-part", phase_key(view.phase));
    for figure in &parts.figures {
        let this = figure.get_attribute("data-stretch");
        show(figure, this.as_deref() == Some(stretch_key(view.stretch)));
    }
    let done = 1.0 - f64::from(view.permille_left) / 1000.0;
    set(
        &parts.progress,
        "stroke-dashoffset",
        &decimal::fixed(RING * done, 2),
    );
    text(&parts.number, &view.seconds_left.to_string());
    text(&parts.unit, words::seconds_unit(view.seconds_left));
    let doing = match state {
        State::NotStarted => words::READY.to_string(),
        _ => words::doing_now(&view),
    };
    text(&parts.now, &doing);
    text(&parts.left, &words::routine_left(view.routine_seconds_left));
    text(&parts.toggle, words::toggle_label(state));
    let under_way = matches!(state, State::Running { .. } | State::Paused { .. });
    // A button that disables itself would drop the keyboard's focus: hand it to the main one.
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let loses_focus = |b: &web_sys::HtmlElement| {
        focused.as_ref().is_some_and(|f| {
            let e: &web_sys::Element = b;
            f == e
        })
    };
    if (!under_way && loses_focus(&parts.skip))
        || (state == State::NotStarted && loses_focus(&parts.reset))
    {
        let _ = parts.toggle.focus();
    }
    enable(&parts.skip, under_way);
    enable(&parts.reset, state != State::NotStarted);
    show(&parts.done, state == State::Done);
}
