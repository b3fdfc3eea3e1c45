//! The result: the care card first, then why ("because you said ..."), the factors that may
//! contribute with their evidence, the personal plan, every answer (with Change), and Print /
//! Change my answers / Start again. Its heading receives focus when it appears.

use crate::assessment::screen_text;
use crate::assessment::{Choice, Disposition, Factor, Reason, ReasonValue, SafetyLine, Signs};
use crate::content::red_flags::{red_flags_of, NOT_SURE_ADVICE};
use crate::ui::shared::care_card::write_care_card;
use crate::ui::shared::cites::write_cites;
use crate::ui::shared::markup::Markup;

use super::answers::{write_answer_list, write_said};
use super::intro::button;
use super::plan::write_plan;
use super::state::CheckState;
use super::FOCUS_ID;

pub fn write_result(m: &mut Markup, state: &CheckState) {
    let Some(outcome) = state.flow.outcome() else {
        m.open("div").close("div");
        return;
    };
    let disposition = outcome.disposition;
    let class = format!("check-result check-result--{}", disposition.key());
    m.open("div").attr("class", &class);
    m.open("h2")
        .attr("id", FOCUS_ID)
        .attr("class", "check-result__heading");
    m.attr("tabindex", "-1")
        .open("span")
        .attr("class", "check-result__label");
    m.text(screen_text::RESULT_HEADING).text(": ").close("span");
    m.text(disposition.label()).close("h2");
    if let Some(card) = outcome.care_card() {
        write_care_card(m, card.urgency, 3, true);
    }
    if outcome.has_not_sure() {
        m.open("p").attr("class", "check-not-sure");
        m.el("strong", "", NOT_SURE_ADVICE).close("p");
    }
    if disposition == Disposition::SelfCare {
        m.el("p", "check-now", screen_text::NOW_SELF_CARE);
    }
    let lead = if disposition == Disposition::SelfCare {
        screen_text::BECAUSE_NO_WARNING_SIGNS
    } else {
        screen_text::BECAUSE
    };
    m.open("section")
        .attr("class", "check-section")
        .attr("aria-labelledby", "check-why");
    m.open("h2")
        .attr("id", "check-why")
        .text(screen_text::WHY_HEADING)
        .close("h2");
    m.el("p", "", lead)
        .open("ul")
        .attr("class", "check-reasons");
    for reason in &outcome.because {
        write_why(m, reason);
    }
    m.close("ul").close("section");
    write_safety_net(m, outcome.safety_net);
    if let Some(plan) = &outcome.plan {
        write_factors(m, &outcome.factors);
        write_plan(m, plan);
    } else {
        m.el("p", "check-no-plan", screen_text::RED_FLAG_NO_PLAN);
    }
    write_answer_list(m, state);
    m.open("div").attr("class", "check-actions no-print");
    button(m, "", "print", "Print");
    button(m, "secondary", "change-all", "Change my answers");
    button(m, "secondary", "again", "Start again");
    m.close("div").close("div");
}

/// One "because you said" line; for a warning sign answered yes or not sure, what it may mean.
fn write_why(m: &mut Markup, reason: &Reason) {
    let raised = matches!(
        reason.value,
        ReasonValue::Choice(Choice::Yes | Choice::NotSure)
    );
    let flag = reason.question.question().red_flag().filter(|_| raised);
    m.open("li").open("span").attr("class", "check-said");
    m.text(reason.question_label()).text(": ");
    m.el("strong", "", &reason.answer_label()).close("span");
    if let Some(flag) = flag {
        m.open("p").attr("class", "check-reason-why").text(flag.why);
        write_cites(m, flag.sources);
        m.close("p");
    }
    m.close("li");
}

/// "If things change": what would change the advice, under every result.
fn write_safety_net(m: &mut Markup, lines: &[SafetyLine]) {
    m.open("section")
        .attr("class", "check-section check-safety-net");
    m.attr("aria-labelledby", "check-safety-net").open("h2");
    m.attr("id", "check-safety-net")
        .text(crate::assessment::safety_net::HEADING)
        .close("h2");
    for line in lines {
        let signs: Vec<&str> = match line.signs {
            Signs::RedFlags(urgency) => red_flags_of(urgency).map(|f| f.sign).collect(),
            Signs::Listed(signs) => signs.to_vec(),
            Signs::None => Vec::new(),
        };
        m.open("div").attr("class", "check-safety-line");
        m.open("p").el("strong", "", line.lead).close("p");
        if !signs.is_empty() {
            m.open("ul");
            for s in signs {
                m.el("li", "", s);
            }
            m.close("ul");
        }
        m.close("div");
    }
    m.close("section");
}

/// Ranked factors, each with its evidence strength, summary, sources and the answers behind it.
fn write_factors(m: &mut Markup, factors: &[Factor]) {
    m.open("section")
        .attr("class", "check-section")
        .attr("aria-labelledby", "check-factors");
    m.open("h2")
        .attr("id", "check-factors")
        .text(screen_text::FACTORS_HEADING)
        .close("h2");
    if factors.is_empty() {
        m.open("p").text(screen_text::NO_FACTORS.text);
        write_cites(m, screen_text::NO_FACTORS.sources);
        m.close("p");
    } else {
        m.el("p", "", screen_text::FACTORS_NOTE);
        m.open("ol").attr("class", "factors check-factors");
        for f in factors {
            m.open("li")
                .el("h3", "", f.name)
                .el("p", "strength", f.strength.label());
            m.open("p").text(f.summary);
            write_cites(m, f.sources);
            m.close("p");
            write_said(m, &f.because);
            m.close("li");
        }
        m.close("ol");
    }
    m.close("section");
}
