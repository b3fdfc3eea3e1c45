//! Cramp nights per week: an inline SVG bar chart (one bar per week of 7 nights, oldest on the
//! left) and the same numbers as a table for screen readers, keyboard users and print.
//!
//! The chart has no inline `style` (the CSP forbids it): positions are SVG attributes, colours
//! come from CSS classes. Bars are placed in percentages so the chart fills any width while the
//! text keeps its size.

use crate::diary::{Date, WeekSummary};
use crate::ui::shared::markup::Markup;

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

/// The bar chart, oldest week first; `compact` is the shorter one of the printed summary. With
/// marks: a dashed line through the week of each night in `marks` (a medicine started or
/// stopped), and the marks' words in a list below it, which screen readers read.
pub fn write_chart(m: &mut Markup, weeks: &[WeekSummary], compact: bool, marks: &[(Date, String)]) {
    let count = weeks.len().max(1) as f64;
    let slot = 100.0 / count;
    let percent = |value: f64| format!("{}%", crate::decimal::fixed(value, 3));
    let plot = plot_height(compact);
    let baseline = ABOVE + plot;
    let px = |value: u32| value.to_string();
    m.open("figure").attr("class", "diary-chart");
    m.open("svg")
        .attr("class", "diary-chart__svg")
        .attr("role", "img");
    m.attr("aria-label", &chart_label(weeks))
        .attr("width", "100%");
    m.attr("height", &px(baseline + BELOW))
        .attr("focusable", "false");
    m.open("text")
        .attr("class", "diary-chart__scale")
        .attr("x", "0");
    m.attr("y", &px(baseline - plot - 26))
        .text("7 nights")
        .close("text");
    for (class, y) in [
        ("diary-chart__grid", baseline - plot),
        ("diary-chart__axis", baseline),
    ] {
        m.open("line")
            .attr("class", class)
            .attr("x1", "0")
            .attr("x2", "100%");
        m.attr("y1", &px(y)).attr("y2", &px(y)).close("line");
    }
    for (index, week) in weeks.iter().enumerate() {
        let value = week.nights_with_cramps.min(NIGHTS);
        let bar = plot * value / NIGHTS;
        let centre = percent(slot * (index as f64 + 0.5));
        // On narrow screens every other label hides; the newest week always keeps its label.
        let minor = (weeks.len() - 1 - index) % 2 == 1;
        m.open("g");
        if bar > 0 {
            m.open("rect").attr("class", "diary-chart__bar");
            m.attr("x", &percent(slot * (index as f64 + 0.2)))
                .attr("width", &percent(slot * 0.6));
            m.attr("y", &px(baseline - bar))
                .attr("height", &px(bar))
                .attr("rx", "3");
            m.close("rect");
        }
        m.open("text")
            .attr("class", "diary-chart__value")
            .attr("x", &centre);
        m.attr("y", &px(baseline - bar - 6))
            .text(&value.to_string())
            .close("text");
        m.open("text").attr(
            "class",
            if minor {
                "diary-chart__label diary-chart__label--minor"
            } else {
                "diary-chart__label"
            },
        );
        m.attr("x", &centre)
            .attr("y", &px(baseline + 22))
            .text(&day_month(week.end));
        m.close("text").close("g");
    }
    for (night, _) in marks {
        let Some(index) = weeks
            .iter()
            .position(|w| w.start <= *night && *night <= w.end)
        else {
            continue;
        };
        let x = percent(slot * (index as f64 + 0.5));
        m.open("g").attr("class", "diary-chart__mark");
        m.open("line").attr("x1", &x).attr("x2", &x);
        m.attr("y1", &px(baseline - plot - 10))
            .attr("y2", &px(baseline))
            .close("line");
        m.open("circle")
            .attr("cx", &x)
            .attr("cy", &px(baseline - plot - 14))
            .attr("r", "4");
        m.close("circle").close("g");
    }
    m.close("svg")
        .open("figcaption")
        .attr("class", "diary-chart__caption");
    m.text("Each bar is one week of 7 nights, labelled with its last night; the number is how many of those nights had cramps.");
    if !marks.is_empty() {
        m.text(" A dashed line marks a week when a medicine was started or stopped:");
    }
    m.close("figcaption");
    if !marks.is_empty() {
        m.open("ul").attr("class", "diary-chart__marks");
        for (_, words) in marks {
            m.el("li", "", words);
        }
        m.close("ul");
    }
    m.close("figure");
}

/// The chart's numbers, newest week first (how a table is read).
pub fn write_table(m: &mut Markup, weeks: &[WeekSummary], caption: &str) {
    m.open("table")
        .attr("class", "diary-table")
        .el("caption", "", caption);
    m.open("thead").open("tr");
    for heading in [
        "Week",
        "Nights with cramps",
        "Cramps in total",
        "Nights logged",
    ] {
        m.open("th").attr("scope", "col").text(heading).close("th");
    }
    m.close("tr").close("thead").open("tbody");
    for week in weeks.iter().rev() {
        m.open("tr")
            .open("th")
            .attr("scope", "row")
            .text(&week_range(week))
            .close("th");
        m.el("td", "", &format!("{} of 7", week.nights_with_cramps));
        m.el("td", "", &week.total_cramps.to_string());
        m.el("td", "", &week.nights_logged.to_string()).close("tr");
    }
    m.close("tbody").close("table");
}
