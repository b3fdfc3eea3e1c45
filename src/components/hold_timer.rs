//! The hold timer for a stretch: a big countdown with a ring, Start / Pause / Resume and Reset,
//! and a polite live region that speaks only at the moments [`crate::timer`] says are due.
//!
//! All timing decisions live in the pure [`Timer`]; this component feeds it the clock, ticks it
//! while it runs, keeps the screen awake meanwhile, and buzzes gently at the end. On the server
//! and on the first browser render it shows the idle timer, so hydration matches.

use std::rc::Rc;

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::browser;
use crate::components::wake_lock::use_screen_wake_lock;
use crate::decimal;
use crate::timer::{Announcement, Phase, Timer};

/// How often the countdown is refreshed while running. Fine enough for a smooth ring; the
/// spoken announcements do not depend on it.
const TICK_MS: u32 = 250;

/// The ring's circumference in SVG units (radius 52), written with [`decimal::fixed`] (Rust's float
/// formatter would add ~10 KB to the relief bundle).
const RING: f64 = 2.0 * std::f64::consts::PI * 52.0;

#[derive(Properties, PartialEq)]
pub struct HoldTimerProps {
    /// Length of one hold, in seconds.
    pub seconds: u32,
    /// Called when a hold starts (first start or again), with the clock time in ms.
    #[prop_or_default]
    pub on_start: Callback<u64>,
}

#[derive(Clone, Debug, PartialEq)]
struct TimerModel {
    timer: Timer,
    /// The latest clock reading, for the countdown.
    now_ms: u64,
    /// What the live region says now; changes only at announcements (and is cleared by Reset).
    said: Option<Announcement>,
    /// Counts announcements, so effects can react to each one once.
    said_count: u32,
}

enum TimerAction {
    /// The main button: Start, Pause, Resume or Start again, depending on the phase.
    Toggle(u64),
    Reset,
    Tick(u64),
}

impl Reducible for TimerModel {
    type Action = TimerAction;

    fn reduce(self: Rc<Self>, action: TimerAction) -> Rc<Self> {
        let mut next = (*self).clone();
        let said = match action {
            TimerAction::Toggle(now) => {
                next.now_ms = now;
                match next.timer.phase() {
                    Phase::Idle | Phase::Finished => next.timer.start(now),
                    Phase::Running { .. } => next.timer.pause(now),
                    Phase::Paused { .. } => next.timer.resume(now),
                }
            }
            TimerAction::Reset => {
                next.timer.reset();
                next.said = None;
                None
            }
            TimerAction::Tick(now) => {
                let said = next.timer.tick(now);
                // Skip the re-render when nothing a person can see has changed.
                let same_frame = next.timer.phase() == self.timer.phase()
                    && next.timer.display(now) == self.timer.display(self.now_ms);
                if said.is_none() && same_frame {
                    return self;
                }
                next.now_ms = now;
                said
            }
        };
        if let Some(a) = said {
            next.said = Some(a);
            next.said_count += 1;
        }
        Rc::new(next)
    }
}

/// What the live region says for an announcement.
fn spoken(a: Announcement) -> String {
    match a {
        Announcement::Started { seconds } => format!("Hold for {seconds} seconds."),
        Announcement::Halfway { seconds_left } => format!("Halfway: {seconds_left} seconds left."),
        Announcement::SecondsLeft(s) => format!("{s} seconds left."),
        Announcement::Done => "Time is up. Hold done.".to_string(),
    }
}

#[component]
pub fn HoldTimer(props: &HoldTimerProps) -> Html {
    let seconds = props.seconds;
    let model = use_reducer_eq(move || TimerModel {
        timer: Timer::new(seconds),
        now_ms: 0,
        said: None,
        said_count: 0,
    });
    let running = model.timer.is_running();

    // Tick while running; dropping the interval stops it.
    {
        let dispatcher = model.dispatcher();
        use_effect_with(running, move |&running| {
            let interval = running.then(|| {
                Interval::new(TICK_MS, move || {
                    dispatcher.dispatch(TimerAction::Tick(browser::now_ms()))
                })
            });
            move || drop(interval)
        });
    }
    use_screen_wake_lock(running);
    // A gentle buzz when a hold ends (where supported, and never with reduced motion).
    use_effect_with(model.said_count, {
        let said = model.said;
        move |_| {
            if said == Some(Announcement::Done) {
                browser::vibrate_gently();
            }
        }
    });

    let phase = model.timer.phase();
    let toggle = {
        let dispatcher = model.dispatcher();
        let on_start = props.on_start.clone();
        Callback::from(move |_: MouseEvent| {
            let now = browser::now_ms();
            if matches!(phase, Phase::Idle | Phase::Finished) {
                on_start.emit(now);
            }
            dispatcher.dispatch(TimerAction::Toggle(now));
        })
    };
    let toggle_ref = use_node_ref();
    let reset = {
        let dispatcher = model.dispatcher();
        let toggle_ref = toggle_ref.clone();
        Callback::from(move |_: MouseEvent| {
            // Reset disables itself; hand focus to Start first so keyboard users are not dropped.
            if let Some(button) = toggle_ref.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
            dispatcher.dispatch(TimerAction::Reset)
        })
    };

    let display = model.timer.display(model.now_ms);
    let left = display.seconds_left;
    let fraction_done = 1.0 - f64::from(display.permille_left) / 1000.0;
    let (toggle_label, toggle_class) = match phase {
        Phase::Idle => ("Start timer", "hold-timer__toggle--start"),
        Phase::Running { .. } => ("Pause", "hold-timer__toggle--pause"),
        Phase::Paused { .. } => ("Resume", "hold-timer__toggle--start"),
        Phase::Finished => ("Hold again", "hold-timer__toggle--start"),
    };
    let phase_key = match phase {
        Phase::Idle => "idle",
        Phase::Running { .. } => "running",
        Phase::Paused { .. } => "paused",
        Phase::Finished => "finished",
    };
    let unit = if left == 1 { "second" } else { "seconds" };

    html! {
        <section class={classes!("hold-timer", format!("hold-timer--{phase_key}"))} aria-label="Hold timer" data-phase={phase_key}>
            <div class="hold-timer__clock">
                <svg class="hold-timer__ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
                    <circle class="hold-timer__track" cx="60" cy="60" r="52" />
                    <circle class="hold-timer__progress" cx="60" cy="60" r="52"
                        stroke-dasharray={decimal::fixed(RING, 2)}
                        stroke-dashoffset={decimal::fixed(RING * fraction_done, 2)}
                        transform="rotate(-90 60 60)" />
                </svg>
                <p class="hold-timer__count" role="timer">
                    <span class="hold-timer__number">{ left }</span>
                    <span class="hold-timer__unit">{ unit }</span>
                </p>
            </div>
            <div class="hold-timer__controls">
                <button type="button" class={classes!("hold-timer__toggle", toggle_class)} onclick={toggle} ref={toggle_ref}>{ toggle_label }</button>
                <button type="button" class="hold-timer__reset secondary" onclick={reset} disabled={phase == Phase::Idle}>{ "Reset" }</button>
            </div>
            <p class="hold-timer__said" aria-live="polite" aria-atomic="true">{ model.said.map(spoken).unwrap_or_default() }</p>
        </section>
    }
}
