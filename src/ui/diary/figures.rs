//! The summary figures: the last 4 and 12 weeks side by side (nights with cramps per week,
//! average and worst pain, ...) and the trend with its reason. The numbers and the trend's
//! wording come from `diary::stats`; this only lays them out.

use yew::prelude::*;

use crate::diary::{Overview, PeriodSummary};

fn one_decimal(value: f64) -> String {
    crate::decimal::fixed(value, 1)
}

fn average_pain(period: &PeriodSummary) -> String {
    period
        .average_pain()
        .map_or("Not recorded".to_string(), |pain| {
            format!("{} out of 10", one_decimal(pain))
        })
}

fn worst_pain(period: &PeriodSummary) -> String {
    period
        .worst_pain
        .map_or("Not recorded".to_string(), |pain| {
            format!("{pain} out of 10")
        })
}

/// The figures for the last 4 and 12 weeks. A function, not a component (less code to download).
// Not inlined: the pages that show it open in steps, and each step's code is compiled when
// first run (ARCHITECTURE.md, "Code that runs later").
#[inline(never)]
pub fn figures(o: &Overview) -> Html {
    let periods = [&o.last_4_weeks, &o.last_12_weeks];
    let row = |name: &str, value: &dyn Fn(&PeriodSummary) -> String| {
        html! {
            <tr>
                <th scope="row">{ name.to_string() }</th>
                { for periods.iter().map(|p| html! { <td>{ value(p) }</td> }) }
            </tr>
        }
    };
    let partial: Vec<&PeriodSummary> = periods
        .iter()
        .copied()
        .filter(|p| p.weeks_covered < p.weeks && p.weeks_covered > 0)
        .collect();
    html! {
        <div class="diary-figures">
            <p class="diary-trend">
                <strong class="diary-trend__label">{ format!("Trend: {}.", o.trend.trend.label()) }</strong>
                { " " }{ o.trend.reason.clone() }
            </p>
            <table class="diary-table diary-table--figures">
                <caption>{ "Your figures" }</caption>
                <thead>
                    <tr>
                        <th scope="col"><span class="visually-hidden">{ "Figure" }</span></th>
                        <th scope="col">{ "Last 4 weeks" }</th>
                        <th scope="col">{ "Last 12 weeks" }</th>
                    </tr>
                </thead>
                <tbody>
                    { row("Nights with cramps per week", &|p| one_decimal(p.nights_with_cramps_per_week())) }
                    { row("Nights with cramps", &|p| p.nights_with_cramps.to_string()) }
                    { row("Cramps in total", &|p| p.total_cramps.to_string()) }
                    { row("Average worst pain", &average_pain) }
                    { row("Worst pain", &worst_pain) }
                    { row("Nights in the diary", &|p| p.nights_logged.to_string()) }
                </tbody>
            </table>
            if let Some(period) = partial.last() {
                <p class="hint">
                    { format!(
                        "Your diary goes back {} so far, so the weekly figures are averaged over those weeks only.",
                        weeks(period.weeks_covered)
                    ) }
                </p>
            }
        </div>
    }
}

fn weeks(count: u32) -> String {
    if count == 1 {
        "1 week".to_string()
    } else {
        format!("{count} weeks")
    }
}
