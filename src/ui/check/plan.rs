//! The personal plan: the nightly stretch routine (with a link to relief mode's drawings and
//! hold timer), habits, what to ask a doctor or pharmacist about, what is not worth trying, and
//! links to ease a cramp in the muscles the person named.

use crate::assessment::screen_text;
use crate::assessment::{Plan, PlanEntry};
use crate::content::guide;
use crate::content::relief::muscle;
use crate::routes::Route;
use crate::ui::shared::cites::write_cites;
use crate::ui::shared::link::href;
use crate::ui::shared::markup::Markup;

use super::answers::write_said;

pub fn write_plan(m: &mut Markup, plan: &Plan) {
    let routine = plan.stretches;
    m.open("section").attr("class", "check-section check-plan");
    m.attr("aria-labelledby", "check-plan");
    m.open("h2")
        .attr("id", "check-plan")
        .text(screen_text::PLAN_HEADING)
        .close("h2");
    m.el("h3", "", screen_text::STRETCH_HEADING)
        .el("p", "", routine.when);
    for s in routine.stretches {
        m.open("div")
            .attr("class", "check-stretch")
            .el("h4", "", s.name)
            .open("ol");
        for step in s.steps {
            m.el("li", "", step);
        }
        m.close("ol").open("p").attr("class", "no-print");
        m.open("a")
            .attr("href", &href(&Route::NowMuscle(s.muscle), None));
        m.text("Drawings and a hold timer: ")
            .text(&s.name.to_ascii_lowercase());
        m.close("a").close("p").close("div");
    }
    m.open("p").text(routine.evidence);
    write_cites(m, routine.sources);
    m.close("p");
    write_part(m, screen_text::HABITS_HEADING, None, &plan.habits);
    write_part(m, screen_text::ASK_HEADING, None, &plan.ask_about);
    write_part(
        m,
        screen_text::NOT_WORTH_HEADING,
        Some(screen_text::NOT_WORTH_NOTE),
        &plan.not_worth_trying,
    );
    if !plan.relief.is_empty() {
        m.open("div")
            .attr("class", "no-print")
            .el("h3", "", screen_text::RELIEF_HEADING);
        m.open("ul").attr("class", "check-relief");
        for relief in plan.relief.iter().filter_map(|id| muscle(*id)) {
            m.open("li")
                .open("a")
                .attr("href", &href(&Route::NowMuscle(relief.id), None));
            m.text(relief.name)
                .text(" cramp: ease it now")
                .close("a")
                .close("li");
        }
        m.close("ul").close("div");
    }
    m.close("section");
}

/// One part of the plan as a list; nothing when empty.
fn write_part(m: &mut Markup, heading: &str, note: Option<&str>, entries: &[PlanEntry]) {
    if entries.is_empty() {
        return;
    }
    m.el("h3", "", heading);
    if let Some(note) = note {
        m.el("p", "", note);
    }
    m.open("ul").attr("class", "check-plan-items");
    for e in entries {
        write_entry(m, e);
    }
    m.close("ul");
}

fn write_entry(m: &mut Markup, e: &PlanEntry) {
    m.open("li").open("p").text(e.item.text);
    write_cites(m, e.item.sources);
    m.close("p");
    write_said(m, &e.because);
    // The first claim the item rests on, in the guide's "myths and evidence" list.
    if let Some(claim) = e.item.claims.first() {
        let to = href(
            &Route::GuideSection(&guide::MYTHS),
            Some(&format!("claim-{claim}")),
        );
        m.open("p").attr("class", "check-evidence");
        m.open("a").attr("href", &to).attr("class", "no-print");
        m.text("What the evidence says").close("a").close("p");
    }
    m.close("li");
}
