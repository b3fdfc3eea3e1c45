//! The hold timer for a stretch: a big countdown with a ring, Start / Pause / Resume and Reset,
//! and a polite live region that speaks only at the moments [`crate::timer`] says are due.
//!
//! An island run by plain DOM code (`crate::runtime::plain`): the host renders the idle timer ([`HoldTimer`]), and in
//! the browser `start` brings that markup to life with a few lines of DOM code, no Yew, so a
//! muscle's page stays small. All timing decisions and words live in the pure [`Timer`]; this
//! file feeds it the clock, ticks it while it runs, keeps the screen awake meanwhile, and buzzes
//! gently at the end.

use yew::prelude::*;

use crate::decimal;
use crate::timer::Phase;

/// How often the countdown is refreshed while running. Fine enough for a smooth ring; the
/// spoken announcements do not depend on it.
const TICK_MS: u32 = 250;

/// The ring's circumference in SVG units (radius 52), written with [`decimal::fixed`] (Rust's float
/// formatter would add ~10 KB to the bundle).
const RING: f64 = 2.0 * std::f64::consts::PI * 52.0;

/// The main button's words and class in each phase.
fn toggle(phase: Phase) -> (&'static str, &'static str) {
    match phase {
        Phase::Idle => ("Start timer", "hold-timer__toggle--start"),
        Phase::Running { .. } => ("Pause", "hold-timer__toggle--pause"),
        Phase::Paused { .. } => ("Resume", "hold-timer__toggle--start"),
        Phase::Finished => ("Hold again", "hold-timer__toggle--start"),
    }
}

/// The phase's name in the markup (`data-phase`, and the section's modifier class).
fn phase_key(phase: Phase) -> &'static str {
    match phase {
        Phase::Idle => "idle",
        Phase::Running { .. } => "running",
        Phase::Paused { .. } => "paused",
        Phase::Finished => "finished",
    }
}

fn unit(seconds_left: u32) -> &'static str {
    if seconds_left == 1 {
        "second"
    } else {
        "seconds"
    }
}

#[derive(Properties, PartialEq)]
pub struct HoldTimerProps {
    /// Length of one hold, in seconds.
    pub seconds: u32,
}

/// The idle timer, as the host renders it into the page.
#[component]
pub fn HoldTimer(props: &HoldTimerProps) -> Html {
    let phase = Phase::Idle;
    let (label, class) = toggle(phase);
    let key = phase_key(phase);
    html! {
        <section class={classes!("hold-timer", format!("hold-timer--{key}"))} aria-label="Hold timer" data-phase={key} data-seconds={props.seconds.to_string()}>
            <div class="hold-timer__clock">
                <svg class="hold-timer__ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
                    <circle class="hold-timer__track" cx="60" cy="60" r="52" />
                    <circle class="hold-timer__progress" cx="60" cy="60" r="52"
                        stroke-dasharray={decimal::fixed(RING, 2)}
                        stroke-dashoffset={decimal::fixed(0.0, 2)}
                        transform="rotate(-90 60 60)" />
                </svg>
                <p class="hold-timer__count" role="timer">
                    <span class="hold-timer__number">{ props.seconds }</span>
                    <span class="hold-timer__unit">{ unit(props.seconds) }</span>
                </p>
            </div>
            <div class="hold-timer__controls">
                <button type="button" class={classes!("hold-timer__toggle", class)}>{ label }</button>
                <button type="button" class="hold-timer__reset secondary" disabled=true>{ "Reset" }</button>
            </div>
            <p class="hold-timer__said" aria-live="polite" aria-atomic="true"></p>
        </section>
    }
}

pub use browser::start;

mod browser {
    use std::cell::RefCell;
    use std::rc::Rc;

    use gloo::events::EventListener;
    use gloo::timers::callback::Interval;

    use crate::runtime::plain::{keep_ticking, set_attribute, set_flag, set_text};
    use wasm_bindgen::JsCast;

    use super::{decimal, phase_key, toggle, unit, Phase, RING, TICK_MS};
    use crate::platform::browser::{now_ms, vibrate_gently};
    use crate::platform::wake_lock::ScreenWakeLock;
    use crate::timer::{Announcement, Timer};

    /// The prerendered timer's parts.
    struct Parts {
        section: web_sys::Element,
        progress: web_sys::Element,
        number: web_sys::Element,
        unit: web_sys::Element,
        toggle: web_sys::HtmlElement,
        reset: web_sys::HtmlElement,
        said: web_sys::Element,
    }

    struct Model {
        timer: Timer,
        parts: Parts,
        /// Ticks while the timer runs.
        ticking: Option<Interval>,
        screen: ScreenWakeLock,
    }

    /// Brings the prerendered timer inside `root` to life for holds of its `data-seconds`;
    /// `on_start` hears the clock time of every (re)start.
    pub fn start(root: &web_sys::Element, on_start: impl Fn(u64) + 'static) {
        let find = |selector: &str| root.query_selector(selector).ok().flatten();
        let (
            Some(section),
            Some(progress),
            Some(number),
            Some(unit),
            Some(toggle),
            Some(reset),
            Some(said),
        ) = (
            find(".hold-timer"),
            find(".hold-timer__progress"),
            find(".hold-timer__number"),
            find(".hold-timer__unit"),
            find(".hold-timer__toggle").and_then(|e| e.dyn_into().ok()),
            find(".hold-timer__reset").and_then(|e| e.dyn_into().ok()),
            find(".hold-timer__said"),
        )
        else {
            return;
        };
        // The hold's length is in the markup, so the bundle carries no relief content.
        let Some(seconds) = (section.get_attribute("data-seconds")).and_then(|s| s.parse().ok())
        else {
            return;
        };
        let parts = Parts {
            section,
            progress,
            number,
            unit,
            toggle,
            reset,
            said,
        };
        let (toggle_button, reset_button) = (parts.toggle.clone(), parts.reset.clone());
        let model = Rc::new(RefCell::new(Model {
            timer: Timer::new(seconds),
            parts,
            ticking: None,
            screen: ScreenWakeLock::default(),
        }));

        let on_toggle = {
            let model = model.clone();
            move |_: &web_sys::Event| {
                let now = now_ms();
                let said = {
                    let mut m = model.borrow_mut();
                    match m.timer.phase() {
                        Phase::Idle | Phase::Finished => {
                            on_start(now);
                            m.timer.start(now)
                        }
                        Phase::Running { .. } => m.timer.pause(now),
                        Phase::Paused { .. } => m.timer.resume(now),
                    }
                };
                changed(&model, now, said);
            }
        };
        EventListener::new(&toggle_button, "click", on_toggle).forget();

        let on_reset = {
            let model = model.clone();
            move |_: &web_sys::Event| {
                // Reset disables itself; hand focus to Start first so keyboard users are not dropped.
                let _ = model.borrow().parts.toggle.focus();
                model.borrow_mut().timer.reset();
                model.borrow().parts.said.set_text_content(Some(""));
                changed(&model, now_ms(), None);
            }
        };
        EventListener::new(&reset_button, "click", on_reset).forget();
    }

    /// After a tap or a tick: says what is due, starts or stops ticking and the wake lock, and
    /// draws the timer.
    fn changed(model: &Rc<RefCell<Model>>, now: u64, said: Option<Announcement>) {
        let mut m = model.borrow_mut();
        if let Some(a) = said {
            m.parts.said.set_text_content(Some(&a.words()));
            if a == Announcement::Done {
                vibrate_gently();
            }
        }
        let running = m.timer.is_running();
        let ticking = model.clone();
        keep_ticking(&mut m.ticking, running, TICK_MS, move || {
            let now = now_ms();
            let said = ticking.borrow_mut().timer.tick(now);
            changed(&ticking, now, said);
        });
        m.screen.keep_awake(running);
        draw(&m.parts, &m.timer, now);
    }

    fn draw(parts: &Parts, timer: &Timer, now: u64) {
        let phase = timer.phase();
        let display = timer.display(now);
        let key = phase_key(phase);
        let (label, class) = toggle(phase);
        let (set, text) = (set_attribute, set_text);
        set(
            &parts.section,
            "class",
            &format!("hold-timer hold-timer--{key}"),
        );
        set(&parts.section, "data-phase", key);
        let done = 1.0 - f64::from(display.permille_left) / 1000.0;
        set(
            &parts.progress,
            "stroke-dashoffset",
            &decimal::fixed(RING * done, 2),
        );
        text(&parts.number, &display.seconds_left.to_string());
        text(&parts.unit, unit(display.seconds_left));
        text(&parts.toggle, label);
        set(
            &parts.toggle,
            "class",
            &format!("hold-timer__toggle {class}"),
        );
        set_flag(&parts.reset, "disabled", phase == Phase::Idle);
    }
}
