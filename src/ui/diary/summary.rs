//! The doctor summary (/diary/summary/): the nights with warning signs first, then the last 4
//! to 8 weeks of the diary (flagged nights first in its table), its figures, and the latest check (disposition, factors, medicine classes), laid out to print on one or two
//! A4/Letter pages. The print styles hide the site's header, footer and buttons. Like the diary,
//! it is read from storage after hydrating.

use std::rc::Rc;

use yew::prelude::*;

use crate::assessment::ResultSummary;
use crate::diary::changes::{summary_lines, TrialAndMedicines};
use crate::diary::night_rates::{nights_from_entries, METHOD};
use crate::diary::warning::{self, ROW_MARK, SUMMARY_INTRO, SUMMARY_TITLE};
use crate::diary::{
    self as model, stats, Date, DiaryEntry, Longest, Muscle, Relief, Side, SleepLost,
};
use crate::platform::diary_store::open_stored;
use crate::routes::Route;
use crate::runtime::later::Later;
use crate::ui::diary::changes::load_changes;
use crate::ui::diary::chart::{weekly_chart, weekly_table};
use crate::ui::diary::figures::figures;
use crate::ui::diary::last_check::{
    load_last_check, medicine_classes, medicines_reported, reason_label, risk_factors, CheckFactor,
};
use crate::ui::shared::link::href;

/// The summary covers at least this many weeks, and at most [`MOST_WEEKS`].
const FEWEST_WEEKS: u32 = 4;
const MOST_WEEKS: u32 = 8;
/// Entry rows that fit on the printed pages with everything else.
const MOST_ROWS: usize = 40;

#[derive(Clone, PartialEq)]
struct Opened {
    today: Date,
    diary: Rc<model::Diary>,
    unreadable: bool,
    check: Option<ResultSummary>,
    /// The trial of a change and the medicines, when the person set them.
    changes: TrialAndMedicines,
}

#[component]
pub fn DiarySummary() -> Html {
    let opened = use_state(|| None::<Opened>);
    {
        let opened = opened.clone();
        use_effect_with((), move |_| {
            open_stored(move |opening| {
                opened.set(Some(Opened {
                    today: opening.today,
                    diary: Rc::new(opening.stored.diary),
                    unreadable: !opening.stored.unreadable.is_empty(),
                    check: load_last_check(),
                    changes: load_changes().changes,
                }))
            });
        });
    }
    use_effect_with(opened.is_some(), |opened| {
        // The island is live once the summary is on screen (`Island::opens_from_storage`).
        if *opened {
            crate::platform::browser::island_hydrated();
        }
    });
    // The page's frame (title, lead, Print, the way back and where the summary comes from) is
    // the same before and after the diary is read, so it is prerendered whole and only the
    // figures fill in below it.
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let frame = html! {
        <>
            <h1>{ "Summary for your doctor" }</h1>
            <p class="lead no-print">{ "Your cramp diary and your latest check on one or two pages, to print or show at an appointment." }</p>
            <div class="summary-actions no-print">
                <button type="button" onclick={on_print}>{ "Print" }</button>
                <a href={href(&Route::Diary, None)}>{ "Back to the diary" }</a>
            </div>
            <p class="summary-meta">{ "Made with the Night Cramps app, from the diary kept by the person on their own device." }</p>
        </>
    };
    let Some(open) = (*opened).clone() else {
        return html! {
            <div class="summary">{ frame }<p class="diary-opening">{ "Opening your diary…" }</p></div>
        };
    };
    opened_summary(open, frame)
}

/// The summary once the diary is read. Kept out of [`DiarySummary`] so that the browser compiles
/// its code when it is first shown, not in the task that hydrates "Opening your diary…"
/// (ARCHITECTURE.md, "Code that runs later").
#[inline(never)]
fn opened_summary(open: Opened, frame: Html) -> Html {
    let Opened {
        today,
        diary,
        unreadable,
        check,
        changes,
    } = open;

    // The diary's own span, between 4 and 8 weeks, so a new diary is not padded with empty weeks.
    let weeks = stats::period(&diary, today, MOST_WEEKS)
        .weeks_covered
        .clamp(FEWEST_WEEKS, MOST_WEEKS);
    let overview = Rc::new(stats::overview(&diary, today, weeks));
    let chart = Rc::new(overview.weeks.clone());
    let in_weeks = |weeks: u32| -> Vec<&DiaryEntry> {
        let from = today.add_days(1 - 7 * i64::from(weeks));
        // Oldest first, like a log on paper.
        diary
            .iter()
            .rev()
            .filter(|e| e.night_of >= from && e.night_of <= today)
            .collect()
    };
    // A busy diary lists only its last 4 weeks of nights, so the summary stays within two pages.
    let mut entry_weeks = weeks;
    let mut entries = in_weeks(weeks);
    if entries.len() > MOST_ROWS {
        entry_weeks = FEWEST_WEEKS;
        entries = in_weeks(FEWEST_WEEKS);
    }
    let entries = warning::flagged_first(&entries);
    // Every flagged night of the diary, newest first, whatever the weeks covered.
    let flagged: Vec<&DiaryEntry> = diary
        .iter()
        .filter(|e| warning::entry_urgency(e).is_some())
        .collect();

    // Two children, as before the diary was read: the frame is kept, only what follows it changes.
    html! {
        <div class="summary">
            { frame }
            <>
                <p class="summary-meta">
                    { format!("Covers the {weeks} weeks up to {}, when it was made.", today.long_label()) }
                </p>
                if unreadable {
                    <p class="diary-problem no-print">{ "Some saved diary data could not be read, so it is not in this summary. The diary page explains how to download it." }</p>
                }

                if !flagged.is_empty() {
                    { flagged_section(&flagged) }
                }

                <section aria-labelledby="summary-check-title" class="summary-section">
                    <h2 id="summary-check-title">{ "Latest check" }</h2>
                    { check_section(check.as_ref()) }
                </section>

                { changes_section(&changes, &diary, today) }

                <section aria-labelledby="summary-figures-title" class="summary-section">
                    <h2 id="summary-figures-title">{ "Figures" }</h2>
                    if diary.is_empty() {
                        <p>{ "There are no diary entries yet." }</p>
                    } else {
                        { figures(&overview) }
                    }
                </section>

                if !diary.is_empty() {
                    // The chart and the two tables, the most to draw, follow in a task of their own.
                    <Later>
                        <section aria-labelledby="summary-weeks-title" class="summary-section summary-weeks">
                            <h2 id="summary-weeks-title">{ format!("Nights with cramps per week, last {weeks} weeks") }</h2>
                            { weekly_chart(&chart, true) }
                            <div class="table-scroll" role="region" aria-label="Nights with cramps per week (table)" tabindex="0">
                                { weekly_table(&chart, format!("Nights with cramps per week, last {weeks} weeks, newest first")) }
                            </div>
                        </section>
                        <section aria-labelledby="summary-entries-title" class="summary-section">
                            <h2 id="summary-entries-title">{ format!("Diary entries, last {entry_weeks} weeks") }</h2>
                            if entries.is_empty() {
                                <p>{ "No entries in these weeks." }</p>
                            } else {
                                <div class="table-scroll summary-entries-wrap" role="region" aria-label="Diary entries (table)" tabindex="0">
                                    { entries_table(&entries) }
                                </div>
                            }
                        </section>
                    </Later>
                }
            </>
        </div>
    }
}

/// The nights with warning signs: each night, what was recorded and the check's advice for it.
#[inline(never)]
fn flagged_section(flagged: &[&DiaryEntry]) -> Html {
    html! {
        <section aria-labelledby="summary-flagged-title" class="summary-section summary-flagged">
            <h2 id="summary-flagged-title">{ SUMMARY_TITLE }</h2>
            <p>{ SUMMARY_INTRO }</p>
            <dl class="summary-check">
                { for flagged.iter().map(|e| {
                    let signs = warning::raised(e);
                    let advice = warning::urgency_of(&signs).map(warning::advice).unwrap_or_default();
                    html! {
                        <div class="summary-check__row">
                            <dt>{ e.night_of.long_label() }</dt>
                            { for warning::recorded(&signs).into_iter().map(|label| html! { <dd>{ label }</dd> }) }
                            <dd><strong>{ format!("The check's advice: {advice}") }</strong></dd>
                        </div>
                    }
                }) }
            </dl>
        </section>
    }
}

/// The trial of a change (with its verdict and the method) and the medicines with what the diary
/// shows around each start; nothing when neither is set.
#[inline(never)]
fn changes_section(changes: &TrialAndMedicines, diary: &model::Diary, today: Date) -> Html {
    if changes.experiment.is_none() && changes.medicines.is_empty() {
        return html! {};
    }
    let nights = nights_from_entries(diary.iter());
    let (trial, medicines) = summary_lines(changes, &nights, today);
    html! {
        <>
            if let Some([line, verdict]) = trial {
                <section aria-labelledby="summary-trial-title" class="summary-section summary-trial">
                    <h2 id="summary-trial-title">{ "Trial of a change" }</h2>
                    <p>{ line }</p>
                    <p><strong>{ verdict }</strong></p>
                    <p class="hint">{ METHOD }</p>
                </section>
            }
            if !medicines.is_empty() {
                <section aria-labelledby="summary-medicines-title" class="summary-section summary-medicines">
                    <h2 id="summary-medicines-title">{ "Medicines listed in the diary" }</h2>
                    <ul>
                        { for medicines.into_iter().map(|line| html! { <li>{ line }</li> }) }
                    </ul>
                </section>
            }
        </>
    }
}

#[inline(never)]
fn check_section(check: Option<&ResultSummary>) -> Html {
    let Some(check) = check else {
        return html! {
            <p>{ "No check saved yet. " }<span class="no-print"><a href={href(&Route::Check, None)}>{ "Check your cramps" }</a></span></p>
        };
    };
    let named = |factors: Vec<CheckFactor>| -> Vec<String> {
        factors
            .into_iter()
            .map(|f| format!("{} ({})", f.name, f.strength.label().to_lowercase()))
            .collect()
    };
    let row = |term: &'static str, items: Vec<String>, none: &'static str| {
        html! {
            <div class="summary-check__row">
                <dt>{ term }</dt>
                if items.is_empty() {
                    <dd>{ none }</dd>
                } else {
                    { for items.into_iter().map(|item| html! { <dd>{ item }</dd> }) }
                }
            </div>
        }
    };
    let classes = named(medicine_classes(check));
    html! {
        <>
            <p class="summary-disposition">
                <strong>{ check.disposition.label() }</strong>
                { format!(" (check done on {})", check.checked.long_label()) }
            </p>
            <dl class="summary-check">
                { row("Because of these answers", check.because.iter().map(reason_label).collect(), "No answers recorded.") }
                { row("What may contribute", named(risk_factors(check)), "None found in the answers.") }
                { row("Medicines reported", medicines_reported(check), "None of the medicines asked about.") }
                if !classes.is_empty() {
                    { row("Medicine groups linked with cramps", classes, "") }
                }
            </dl>
        </>
    }
}

/// Short forms for the table's narrow columns, so a row fits on one printed line. Matching on
/// every variant keeps them in step with the diary's options.
fn short_muscle(m: Muscle) -> &'static str {
    match m {
        Muscle::Calf => "Calf",
        Muscle::Foot => "Foot",
        Muscle::BackOfThigh => "Back of thigh",
        Muscle::FrontOfThigh => "Front of thigh",
        Muscle::Other => "Elsewhere",
    }
}

fn short_side(side: Side) -> &'static str {
    match side {
        Side::Left => "Left",
        Side::Right => "Right",
        Side::Both => "Both",
    }
}

fn short_longest(longest: Longest) -> &'static str {
    match longest {
        Longest::UnderOneMinute => "< 1 min",
        Longest::OneToFiveMinutes => "1–5 min",
        Longest::FiveToTenMinutes => "5–10 min",
        Longest::OverTenMinutes => "> 10 min",
    }
}

fn short_sleep(sleep: SleepLost) -> &'static str {
    match sleep {
        SleepLost::UnderFifteenMinutes => "< 15 min",
        SleepLost::UpToAnHour => "15–60 min",
        SleepLost::OneToTwoHours => "1–2 hours",
        SleepLost::OverTwoHours => "> 2 hours",
    }
}

fn short_relief(relief: Relief) -> &'static str {
    match relief {
        Relief::Stretching => "Stretching",
        Relief::Walking => "Walking",
        Relief::Massage => "Massage",
        Relief::Warmth => "Warmth",
        Relief::Other => "Other",
    }
}

#[inline(never)]
fn entries_table(entries: &[&DiaryEntry]) -> Html {
    let muscles = |e: &DiaryEntry| {
        e.muscles
            .iter()
            .map(|m| short_muscle(*m))
            .collect::<Vec<_>>()
            .join(", ")
    };
    html! {
        <table class="diary-table summary-entries">
            <caption class="visually-hidden">{ "Diary entries: nights with warning signs first, then oldest first" }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Night of" }</th>
                    <th scope="col" class="summary-num">{ "Cramps" }</th>
                    <th scope="col">{ "Muscles" }</th>
                    <th scope="col">{ "Side" }</th>
                    <th scope="col">{ "Longest" }</th>
                    <th scope="col" class="summary-num">{ "Pain (0-10)" }</th>
                    <th scope="col">{ "Sleep lost" }</th>
                    <th scope="col">{ "Stretched" }</th>
                    <th scope="col">{ "What helped" }</th>
                    <th scope="col">{ "Note" }</th>
                </tr>
            </thead>
            <tbody>
                { for entries.iter().map(|e| html! {
                    <tr>
                        <th scope="row">
                            { e.night_of.short_label() }
                            if warning::entry_urgency(e).is_some() {
                                <span class="summary-flag">{ ROW_MARK }</span>
                            }
                        </th>
                        <td class="summary-num">{ e.cramps }</td>
                        <td>{ muscles(e) }</td>
                        <td class="summary-short">{ e.side.map(short_side).unwrap_or_default() }</td>
                        <td class="summary-short">{ e.longest.map(short_longest).unwrap_or_default() }</td>
                        <td class="summary-num">{ e.worst_pain.map(|p| p.to_string()).unwrap_or_default() }</td>
                        <td class="summary-short">{ e.sleep_lost.map(short_sleep).unwrap_or_default() }</td>
                        <td class="summary-short">{ if e.stretched { "Yes" } else { "" } }</td>
                        <td>{ e.helped.iter().map(|r| short_relief(*r)).collect::<Vec<_>>().join(", ") }</td>
                        <td class="summary-note">{ e.note.clone() }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
