//! Cramp nights per week: an inline SVG bar chart (one bar per week of 7 nights, oldest on the
//! left) and the same numbers as a table for screen readers, keyboard users and print.
//!
//! The chart has no inline `style` (the CSP forbids it): positions are SVG attributes, colours
//! come from CSS classes. Bars are placed in percentages so the chart fills any width while the
//! text keeps its size.

use yew::prelude::*;

use crate::diary::{Date, WeekSummary};

/// Nights in a week: the top of the scale.
const NIGHTS: u32 = 7;
/// Space above the tallest bar (for its number and the scale) and below the bars (for labels).
const ABOVE: u32 = 44;
const BELOW: u32 = 36;

/// How tall the tallest bar is, in pixels.
fn plot_height(compact: bool) -> u32 {
    if compact {
        70
    } else {
        130
    }
}

/// "14 Mar": a night without its weekday (short_label is "Fri 14 Mar").
fn day_month(date: Date) -> String {
    let label = date.short_label();
    label
        .split_once(' ')
        .map_or(label.clone(), |(_, rest)| rest.to_string())
}

/// "8 to 14 Mar", or "28 Feb to 6 Mar" across a month end, for the table.
fn week_range(week: &WeekSummary) -> String {
    if week.start.month() == week.end.month() {
        format!("{} to {}", week.start.day(), day_month(week.end))
    } else {
        format!("{} to {}", day_month(week.start), day_month(week.end))
    }
}

/// The chart's text alternative: what a sighted reader takes from it at a glance.
fn chart_label(weeks: &[WeekSummary]) -> String {
    let Some(last) = weeks.last() else {
        return "Chart of nights with cramps per week: no weeks to show.".into();
    };
    let most = weeks
        .iter()
        .map(|w| w.nights_with_cramps)
        .max()
        .unwrap_or(0);
    format!(
        "Bar chart of nights with cramps in each of the last {} weeks. This week: {} of 7 nights. Highest week: {} of 7 nights. The table that follows has every week.",
        weeks.len(),
        last.nights_with_cramps,
        most
    )
}

/// The bar chart, oldest week first; `compact` is the shorter one of the printed summary.
/// Functions, not components, here and below: each component type adds code to the download.
// Not inlined: the pages that show it open in steps, and each step's code is compiled when
// first run (ARCHITECTURE.md, "Code that runs later").
#[inline(never)]
pub fn weekly_chart(weeks: &[WeekSummary], compact: bool) -> Html {
    weekly_chart_marked(weeks, compact, &[])
}

/// The bar chart with marks: a dashed line through the week of each night in `marks` (a medicine
/// started or stopped), and the marks' words in a list below it, which screen readers read.
#[inline(never)]
pub fn weekly_chart_marked(weeks: &[WeekSummary], compact: bool, marks: &[(Date, String)]) -> Html {
    let count = weeks.len().max(1) as f64;
    let slot = 100.0 / count;
    let percent = |value: f64| format!("{}%", crate::decimal::fixed(value, 3));
    let plot = plot_height(compact);
    let baseline = ABOVE + plot;
    let height = baseline + BELOW;
    html! {
        <figure class="diary-chart">
            <svg class="diary-chart__svg" role="img" aria-label={chart_label(weeks)} width="100%" height={height.to_string()} focusable="false">
                <text class="diary-chart__scale" x="0" y={(baseline - plot - 26).to_string()}>{ "7 nights" }</text>
                <line class="diary-chart__grid" x1="0" x2="100%" y1={(baseline - plot).to_string()} y2={(baseline - plot).to_string()} />
                <line class="diary-chart__axis" x1="0" x2="100%" y1={baseline.to_string()} y2={baseline.to_string()} />
                { for weeks.iter().enumerate().map(|(index, week)| {
                    let value = week.nights_with_cramps.min(NIGHTS);
                    let bar = plot * value / NIGHTS;
                    let centre = percent(slot * (index as f64 + 0.5));
                    // On narrow screens every other label hides; the newest week always keeps its label.
                    let minor = (weeks.len() - 1 - index) % 2 == 1;
                    html! {
                        <g>
                            if bar > 0 {
                                <rect class="diary-chart__bar" x={percent(slot * (index as f64 + 0.2))} width={percent(slot * 0.6)}
                                    y={(baseline - bar).to_string()} height={bar.to_string()} rx="3" />
                            }
                            <text class="diary-chart__value" x={centre.clone()} y={(baseline - bar - 6).to_string()}>{ value.to_string() }</text>
                            <text class={classes!("diary-chart__label", minor.then_some("diary-chart__label--minor"))} x={centre} y={(baseline + 22).to_string()}>{ day_month(week.end) }</text>
                        </g>
                    }
                }) }
                { for marks.iter().filter_map(|(night, _)| {
                    let index = weeks.iter().position(|w| w.start <= *night && *night <= w.end)?;
                    let x = percent(slot * (index as f64 + 0.5));
                    Some(html! {
                        <g class="diary-chart__mark">
                            <line x1={x.clone()} x2={x.clone()} y1={(baseline - plot - 10).to_string()} y2={baseline.to_string()} />
                            <circle cx={x} cy={(baseline - plot - 14).to_string()} r="4" />
                        </g>
                    })
                }) }
            </svg>
            <figcaption class="diary-chart__caption">{ "Each bar is one week of 7 nights, labelled with its last night; the number is how many of those nights had cramps." }
                if !marks.is_empty() {
                    { " A dashed line marks a week when a medicine was started or stopped:" }
                }
            </figcaption>
            if !marks.is_empty() {
                <ul class="diary-chart__marks">
                    { for marks.iter().map(|(_, words)| html! { <li>{ words.clone() }</li> }) }
                </ul>
            }
        </figure>
    }
}

/// The chart's numbers, newest week first (how a table is read).
// Not inlined: the pages that show it open in steps, and each step's code is compiled when
// first run (ARCHITECTURE.md, "Code that runs later").
#[inline(never)]
pub fn weekly_table(weeks: &[WeekSummary], caption: String) -> Html {
    html! {
        <table class="diary-table">
            <caption>{ caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Week" }</th>
                    <th scope="col">{ "Nights with cramps" }</th>
                    <th scope="col">{ "Cramps in total" }</th>
                    <th scope="col">{ "Nights logged" }</th>
                </tr>
            </thead>
            <tbody>
                { for weeks.iter().rev().map(|week| html! {
                    <tr>
                        <th scope="row">{ week_range(week) }</th>
                        <td>{ format!("{} of 7", week.nights_with_cramps) }</td>
                        <td>{ week.total_cramps }</td>
                        <td>{ week.nights_logged }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
