//! The bedtime stretch player: the drawing of the stretch under way, a big countdown with a
//! ring, what to do now ("Left calf: hold 2 of 3"), the whole routine's time left, Start / Pause /
//! Resume, Skip and Reset, the switch for spoken cues, and a polite live region that says each
//! cue's words. At the end: "Done", a button that marks "stretched tonight" in the diary (the
//! night is `diary::quick::night_of_moment`'s, saved by `diary::quick::mark_stretched_in_store`,
//! which says why when it cannot), and the way to the diary.
//!
//! An island run by plain DOM code (`crate::runtime::plain`), like the hold timer: the host renders the player idle
//! ([`StretchPlayer`]) and in the browser [`start`] brings that markup to life with a few lines
//! of DOM code, no Yew. Every decision (what part is under way, which cue is due) is the pure
//! [`crate::stretch::Routine`]'s; every word is from [`crate::stretch::words`]. This file feeds
//! it the clock, plays its cues (`ui::relief::cue_sounds`), keeps the screen awake while it runs
//! and draws what it says.

use yew::prelude::*;

use crate::content::relief::Figure;
use crate::content::stretches::{stretch, LegOrder, Position, StretchId};
use crate::decimal;
use crate::routes::Route;
use crate::stretch::{words, Phase, Routine, State};
use crate::ui::shared::figures::FigureDrawing;
use crate::ui::shared::link::href;

/// How often the countdown is refreshed while running: fine enough for a smooth ring. Cues do
/// not depend on it (the routine gives each one once, whenever it is asked).
const TICK_MS: u32 = 250;

/// The ring's circumference in SVG units (radius 52), written with [`decimal::fixed`].
const RING: f64 = 2.0 * std::f64::consts::PI * 52.0;

/// The routine the player walks: legs take turns, which keeps it near the trial's 3 minutes.
fn routine() -> Routine {
    Routine::bedtime(LegOrder::TakeTurns)
}

/// The drawing shown for a stretch: its first standing drawing, else its first sitting one.
fn figure_of(id: StretchId) -> Option<Figure> {
    let s = stretch(id);
    [Position::Standing, Position::Sitting]
        .into_iter()
        .flat_map(|p| s.steps(p))
        .find_map(|step| step.figure)
}

/// The state's name in the markup (`data-state`, and the section's modifier class).
fn state_key(state: State) -> &'static str {
    match state {
        State::NotStarted => "idle",
        State::Running { .. } => "running",
        State::Paused { .. } => "paused",
        State::Done => "done",
    }
}

/// The part's name in the markup (`data-part`), for styling and tests.
fn phase_key(phase: Phase) -> &'static str {
    match phase {
        Phase::GetReady => "get-ready",
        Phase::Hold => "hold",
        Phase::Rest => "rest",
        Phase::SwitchLeg => "switch-leg",
        Phase::NextStretch => "next-stretch",
        Phase::Done => "done",
    }
}

fn stretch_key(id: StretchId) -> &'static str {
    match id {
        StretchId::Calf => "calf",
        StretchId::BackOfThigh => "back-of-thigh",
    }
}

/// The idle player, as the host renders it into the page.
#[component]
pub fn StretchPlayer() -> Html {
    let routine = routine();
    let state = routine.state();
    let view = routine.view(0);
    html! {
        <>
        <section class="stretch-player stretch-player--idle" aria-labelledby="stretch-player-title"
            data-state={state_key(state)} data-part={phase_key(view.phase)}>
            <h2 id="stretch-player-title">{ words::TITLE }</h2>
            <div class="stretch-player__main">
                <div class="stretch-player__figures">
                    { for StretchId::ALL.iter().filter_map(|&id| figure_of(id).map(|figure| html! {
                        <div class="stretch-player__figure" data-stretch={stretch_key(id)} hidden={id != view.stretch}>
                            <FigureDrawing {figure} />
                        </div>
                    })) }
                </div>
                <div class="stretch-player__clock">
                    <svg class="stretch-player__ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
                        <circle class="stretch-player__track" cx="60" cy="60" r="52" />
                        <circle class="stretch-player__progress" cx="60" cy="60" r="52"
                            stroke-dasharray={decimal::fixed(RING, 2)}
                            stroke-dashoffset={decimal::fixed(0.0, 2)}
                            transform="rotate(-90 60 60)" />
                    </svg>
                    <p class="stretch-player__count" role="timer">
                        <span class="stretch-player__number">{ view.seconds_left }</span>
                        <span class="stretch-player__unit">{ words::seconds_unit(view.seconds_left) }</span>
                    </p>
                </div>
            </div>
            <p class="stretch-player__now">{ words::READY }</p>
            <p class="stretch-player__left">{ words::routine_left(view.routine_seconds_left) }</p>
            <div class="stretch-player__controls">
                <button type="button" class="stretch-player__toggle">{ words::toggle_label(state) }</button>
                <button type="button" class="stretch-player__skip secondary" disabled=true>{ words::SKIP }</button>
                <button type="button" class="stretch-player__reset secondary" disabled=true>{ words::RESET }</button>
            </div>
            // Shown at the end, under "Done" (the line above says it).
            <p class="stretch-player__done" hidden=true>
                <button type="button" class="stretch-player__mark">{ words::MARK_STRETCHED }</button>
                { " " }
                <a href={href(&Route::Diary, None)}>{ words::TO_DIARY }</a>
            </p>
            <p class="stretch-player__marked" role="status"></p>
            <p class="stretch-player__voice">
                <label>
                    <input type="checkbox" class="stretch-player__voice-switch" />
                    { " " }{ words::VOICE_LABEL }
                </label>
            </p>
            <p class="stretch-player__voice-note"></p>
            <ul class="stretch-player__sounds">
                { for words::SOUNDS.iter().map(|s| html! { <li>{ *s }</li> }) }
            </ul>
            <p class="stretch-player__said visually-hidden" aria-live="polite" aria-atomic="true"></p>
        </section>
        <section class="stretch-reminder" aria-labelledby="stretch-reminder-title">
            <h2 id="stretch-reminder-title">{ crate::diary::ics::STRETCH_REMINDER_TITLE }</h2>
            { crate::ui::shared::markup::yew_html(|m| crate::ui::shared::reminder::write_reminder(m, crate::ui::shared::reminder::ReminderKind::NightlyStretches)) }
        </section>
        </>
    }
}

mod browser;

pub use browser::start;
