//! The trial on the page: choosing the change and its first night, then the trial under way.

use std::rc::Rc;

use yew::prelude::*;

use super::{Opened, TrialForm};
use crate::diary::changes::{Change, Experiment};
use crate::diary::experiment::{
    assess, periods_text, ratio_text, trial_finding, Report, HOW_IT_WORKS, LIMITS, RATIO_MEANS,
};
use crate::diary::{stats, Date};
use crate::routes::Route;
use crate::ui::diary::chart::{weekly_chart, weekly_table};
use crate::ui::shared::cites::cites;
use crate::ui::shared::link::href;

/// Choosing the change and its first night.
#[inline(never)]
pub(super) fn trial_form(
    today: Date,
    on_start: Callback<SubmitEvent>,
    form: UseStateHandle<TrialForm>,
) -> Html {
    // Controlled: a re-render (after a message) keeps what the person chose and typed.
    let set = |update: fn(&mut TrialForm, String)| {
        let form = form.clone();
        Callback::from(move |event: InputEvent| {
            let value = event
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .map(|input| input.value())
                .unwrap_or_default();
            let mut next = (*form).clone();
            update(&mut next, value);
            form.set(next);
        })
    };
    let on_stretching = set(|f, _| f.named = false);
    let on_named = set(|f, _| f.named = true);
    let on_name = set(|f, value| f.name = value);
    let on_date = set(|f, value| f.start = Some(value));
    let start = form.start.clone().unwrap_or_else(|| today.to_string());
    html! {
        <>
            <h3>{ "How it works" }</h3>
            <ol>
                { for HOW_IT_WORKS.iter().map(|line| html! { <li>{ *line }</li> }) }
            </ol>
            <form class="experiment-form" id="experiment-form" onsubmit={on_start} novalidate=true>
                <fieldset class="field choices choices--radio">
                    <legend class="field__label">{ "The change" }</legend>
                    <div class="choices__options">
                        <div class="choice">
                            <input type="radio" id="experiment-change-stretching" name="experiment-change" value="bedtime-stretching" checked={!form.named} oninput={on_stretching} />
                            <label for="experiment-change-stretching">{ "Bedtime stretching (calf and back of thigh, every night)" }</label>
                        </div>
                        <div class="choice">
                            <input type="radio" id="experiment-change-named" name="experiment-change" value="named" checked={form.named} oninput={on_named} />
                            <label for="experiment-change-named">{ "Something else" }</label>
                        </div>
                    </div>
                </fieldset>
                <div class="field">
                    <label for="experiment-name" class="field__label">{ "If something else, what?" }</label>
                    <span class="hint" id="experiment-name-hint">{ "A few words, for example \"No coffee after lunch\"." }</span>
                    <input type="text" class="input" id="experiment-name" maxlength="80" aria-describedby="experiment-name-hint" value={form.name.clone()} oninput={on_name} />
                </div>
                <div class="field">
                    <label for="experiment-start" class="field__label">{ "First night of the change" }</label>
                    <span class="hint" id="experiment-start-hint">{ "Today, or a night in the next month. The 6 weeks before it are compared with the 6 weeks from it." }</span>
                    <input type="date" class="input" id="experiment-start" value={start} aria-describedby="experiment-start-hint" oninput={on_date} />
                </div>
                <div class="button-row">
                    <button type="submit">{ "Start the trial" }</button>
                </div>
            </form>
        </>
    }
}

/// The trial under way: the verdict, the figures before and during, the ratio with its interval,
/// what the trial found, and the limits.
#[inline(never)]
pub(super) fn trial_report(
    open: &Opened,
    chosen: &Experiment,
    on_end: Callback<MouseEvent>,
) -> Html {
    let report: Report = assess(&open.nights, chosen.start, open.today);
    let before = Rc::new(stats::weekly(&open.diary, chosen.start.add_days(-1), 6));
    // Only the weeks begun so far: a week still to come would show as 0 cramp nights.
    let weeks_begun = report.days_done.div_ceil(7).max(1);
    let during_end = chosen.start.add_days(7 * i64::from(weeks_begun) - 1);
    let during = Rc::new(stats::weekly(&open.diary, during_end, weeks_begun));
    let finding = trial_finding(&chosen.change);
    let [figure_before, figure_during] = report.figures_text();
    html! {
        <>
            <p class="experiment-change"><strong>{ chosen.change.name().to_string() }</strong>
                { format!(", from the night of {}.", chosen.start.long_label()) }</p>
            <p class="experiment-verdict" id="experiment-verdict"><strong>{ report.verdict_text() }</strong></p>
            <ul class="experiment-figures">
                <li>{ figure_before }</li>
                <li>{ figure_during }</li>
                <li id="experiment-ratio">{ ratio_text(&report) }</li>
            </ul>
            <p class="hint">{ RATIO_MEANS }</p>
            <p class="hint">{ periods_text(&report) }</p>
            <h3>{ "Cramp nights per week before the change" }</h3>
            { weekly_chart(&before, true) }
            <details class="diary-table-toggle">
                <summary>{ "Show the weeks before as a table" }</summary>
                <div class="table-scroll">
                    { weekly_table(&before, "Nights with cramps per week, the 6 weeks before the change, newest first".into()) }
                </div>
            </details>
            if report.days_done > 0 {
                <h3>{ "Cramp nights per week during the change, so far" }</h3>
                { weekly_chart(&during, true) }
                <details class="diary-table-toggle">
                    <summary>{ "Show the weeks during as a table" }</summary>
                    <div class="table-scroll">
                        { weekly_table(&during, "Nights with cramps per week during the change, newest first".into()) }
                    </div>
                </details>
            }
            if !finding.is_empty() {
                <h3>{ "What the trial found" }</h3>
                { for finding.iter().map(|c| html! { <p>{ c.text }{ cites(c.sources) }</p> }) }
            }
            if matches!(chosen.change, Change::BedtimeStretching) {
                <p><a href={href(&Route::Stretch, None)}>{ crate::content::stretches::GUIDE_LINK }</a></p>
            }
            <h3>{ "What this cannot tell you" }</h3>
            <ul>
                { for LIMITS.iter().map(|c| html! { <li>{ c.text }{ cites(c.sources) }</li> }) }
            </ul>
            <div class="button-row">
                <button type="button" class="secondary" onclick={on_end}>{ "End this trial" }</button>
            </div>
            <p class="hint">{ "Ending the trial keeps your diary. You can then start a new one." }</p>
        </>
    }
}
