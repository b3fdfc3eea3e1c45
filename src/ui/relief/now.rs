//! Relief mode (/now): for someone woken by a cramp, phone in hand, in the dark. Pick the muscle
//! (or "Not sure", which starts with the calf), then a hold timer and big numbered steps with
//! drawings, what to do if you can't stand, when to get help, and what helps afterwards. A "Get
//! help now" link under the heading reaches the emergency and urgent signs in one tap.
//!
//! Every instruction and warning comes from `crate::content` (relief steps, red flags, the urgent
//! care card); this page only arranges them.

use yew::prelude::*;

use crate::content::care::Urgency;
use crate::content::red_flags::red_flag;
use crate::content::relief::{muscle, Figure, MuscleId, Step, AFTERCARE, MUSCLES};
use crate::islands::Island;
use crate::routes::Route;
use crate::runtime::island::IslandSlot;
use crate::ui::relief::hold_timer::HoldTimer;
use crate::ui::shared::care_card::care_card;
use crate::ui::shared::cites::cites;
use crate::ui::shared::figures::{FigureDrawing, LegMap};
use crate::ui::shared::get_help::{get_help_link, get_help_section};
use crate::ui::shared::link::href;

/// The muscle "Not sure" leads to: the calf, where night cramps are most common.
pub const NOT_SURE: MuscleId = MuscleId::Calf;

/// The red flags that matter in the middle of a cramp, asked before showing the urgent card.
const SAFETY_EXIT_FLAGS: [&str; 2] = ["cramp-over-10-min", "swollen-red-warm-leg"];

/// "Where is the cramp?": one big button per muscle, and "Not sure".
#[component]
pub fn MusclePicker() -> Html {
    html! {
        <div class="relief">
            <h1>{ "Where is the cramp?" }</h1>
            { get_help_link(&Route::Now) }
            <ul class="relief-picker">
                { for MUSCLES.iter().map(|m| html! {
                    <li>
                        <a href={href(&Route::NowMuscle(m.id), None)} class="relief-pick">
                            <LegMap muscle={Some(m.id)} />
                            <span class="relief-pick__text">
                                <span class="relief-pick__name">{ m.name }</span>
                                <span class="relief-pick__hint">{ m.hint }</span>
                            </span>
                        </a>
                    </li>
                }) }
                <li>
                    <a href={href(&Route::NowMuscle(NOT_SURE), None)} class="relief-pick relief-pick--unsure">
                        <LegMap muscle={None::<MuscleId>} />
                        <span class="relief-pick__text">
                            <span class="relief-pick__name">{ "Not sure" }</span>
                            <span class="relief-pick__hint">{ format!("Start with the {} stretch", muscle(NOT_SURE).map_or("calf", |m| m.name).to_lowercase()) }</span>
                        </span>
                    </a>
                </li>
            </ul>
            <SafetyExit />
            { get_help_section() }
        </div>
    }
}

/// Props of everything on a muscle's page: which muscle.
#[derive(Properties, PartialEq)]
pub struct MuscleProps {
    pub muscle: MuscleId,
}

/// The steps for one muscle, with the hold timer. The page is prerendered; only the timer and
/// the one-tap diary log are islands (`crate::islands`): the page reads without its bundle.
#[component]
pub fn MuscleRelief(props: &MuscleProps) -> Html {
    let Some(m) = muscle(props.muscle) else {
        return html! {};
    };
    html! {
        <div class="relief">
            <h1>{ format!("{} cramp", m.name) }</h1>
            { get_help_link(&Route::NowMuscle(m.id)) }
            <p class="relief-hint">{ m.hint }</p>
            <IslandSlot island={Island::HoldTimer(m.id)} />
            <h2 class="visually-hidden">{ "Steps" }</h2>
            <StepList steps={m.steps} />
            if let Some(note) = m.confidence_note {
                <p class="relief-note">{ note }</p>
            }
            <p class="relief-sources">{ "Sources:" }{ cites(m.sources) }</p>
            <section class="relief-section relief-alt" aria-labelledby="relief-alt-title">
                <h2 id="relief-alt-title">{ "If you can't stand" }</h2>
                <StepList steps={m.alternatives} />
            </section>
            <SafetyExit />
            { get_help_section() }
            <Aftercare muscle={m.id} />
            <p class="relief-other"><a href={href(&Route::Now, None)}>{ "Pick a different muscle" }</a></p>
        </div>
    }
}

/// The hold timer for one muscle (a plain island, `ui::relief::hold_timer`), as the host renders
/// it.
#[component]
pub fn MuscleTimer(props: &MuscleProps) -> Html {
    let Some(m) = muscle(props.muscle) else {
        return html! {};
    };
    html! { <HoldTimer seconds={m.hold_seconds} /> }
}

#[derive(Properties, PartialEq)]
pub struct StepListProps {
    pub steps: &'static [Step],
}

/// Big numbered steps. A drawing shows once, beside the first step that uses it, so a pose held
/// over several steps is not drawn three times.
#[component]
pub fn StepList(props: &StepListProps) -> Html {
    let mut shown: Option<Figure> = None;
    html! {
        <ol class="relief-steps">
            { for props.steps.iter().map(|s| {
                let figure = s.figure.filter(|f| shown != Some(*f));
                if s.figure.is_some() {
                    shown = s.figure;
                }
                html! {
                    <li class={classes!("relief-step", figure.is_some().then_some("relief-step--figure"))}>
                        <span class="relief-step__text">{ s.text }</span>
                        if let Some(figure) = figure {
                            <FigureDrawing {figure} />
                        }
                    </li>
                }
            }) }
        </ol>
    }
}

/// "Still cramping, or worried?": the red flags that apply mid-cramp, and behind one tap the
/// urgent care card. A native disclosure, so it works before (and without) WebAssembly.
#[component]
fn SafetyExit() -> Html {
    let flags: Vec<Html> = SAFETY_EXIT_FLAGS
        .iter()
        .filter_map(|id| red_flag(id))
        .map(|f| html! { <li>{ f.question }</li> })
        .collect();
    html! {
        <section class="relief-section safety-exit" aria-labelledby="safety-exit-title">
            <h2 id="safety-exit-title">{ "Still cramping, or worried?" }</h2>
            <ul class="safety-exit__signs">{ for flags }</ul>
            <details class="safety-exit__more">
                <summary class="safety-exit__toggle">{ "Yes: what to do now" }</summary>
                { care_card(Urgency::Urgent, 3) }
            </details>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct AftercareProps {
    muscle: MuscleId,
}

/// What helps once the cramp eases, and the way into the diary.
#[component]
fn Aftercare(props: &AftercareProps) -> Html {
    html! {
        <section class="relief-section relief-after" aria-labelledby="relief-after-title">
            <h2 id="relief-after-title">{ "After the cramp" }</h2>
            <ul class="relief-after__list">
                { for AFTERCARE.iter().map(|c| html! { <li>{ c.text }{ cites(c.sources) }</li> }) }
            </ul>
            <IslandSlot island={Island::QuickLog(props.muscle)} />
        </section>
    }
}
