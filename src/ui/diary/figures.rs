//! The summary figures: the last 4 and 12 weeks side by side (nights with cramps per week,
//! average and worst pain, ...) and the trend with its reason. The numbers and the trend's
//! wording come from `diary::stats`; this only lays them out.

use crate::counted::counted;
use crate::diary::{Overview, PeriodSummary};
use crate::ui::shared::markup::Markup;

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

/// One figure of a period, as shown.
type Figure<'a> = &'a dyn Fn(&PeriodSummary) -> String;

/// The figures for the last 4 and 12 weeks.
pub fn write_figures(m: &mut Markup, o: &Overview) {
    let periods = [&o.last_4_weeks, &o.last_12_weeks];
    let rows: [(&str, Figure); 6] = [
        ("Nights with cramps per week", &|p| {
            one_decimal(p.nights_with_cramps_per_week())
        }),
        ("Nights with cramps", &|p| p.nights_with_cramps.to_string()),
        ("Cramps in total", &|p| p.total_cramps.to_string()),
        ("Average worst pain", &average_pain),
        ("Worst pain", &worst_pain),
        ("Nights in the diary", &|p| p.nights_logged.to_string()),
    ];
    m.open("div").attr("class", "diary-figures");
    m.open("p").attr("class", "diary-trend");
    m.el(
        "strong",
        "diary-trend__label",
        &format!("Trend: {}.", o.trend.trend.label()),
    );
    m.text(" ").text(&o.trend.reason).close("p");
    m.open("table")
        .attr("class", "diary-table diary-table--figures");
    m.el("caption", "", "Your figures").open("thead").open("tr");
    m.open("th")
        .attr("scope", "col")
        .el("span", "visually-hidden", "Figure")
        .close("th");
    for heading in ["Last 4 weeks", "Last 12 weeks"] {
        m.open("th").attr("scope", "col").text(heading).close("th");
    }
    m.close("tr").close("thead").open("tbody");
    for (name, value) in rows {
        m.open("tr")
            .open("th")
            .attr("scope", "row")
            .text(name)
            .close("th");
        for p in periods {
            m.el("td", "", &value(p));
        }
        m.close("tr");
    }
    m.close("tbody").close("table");
    let partial = periods
        .iter()
        .rfind(|p| p.weeks_covered < p.weeks && p.weeks_covered > 0);
    if let Some(period) = partial {
        m.el("p", "hint", &format!(
            "Your diary goes back {} so far, so the weekly figures are averaged over those weeks only.",
            counted(period.weeks_covered as usize, "week", "weeks")
        ));
    }
    m.close("div");
}
