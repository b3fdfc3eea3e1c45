//! The answers as the result shows them: "Your answers", every answer given in question order,
//! each with a Change button that goes back into the flow at that question (printed with the
//! result, for the appointment); and the "Because you said" line under a factor or plan item.

use crate::assessment::screen_text;
use crate::assessment::{Answer, Question, Reason};
use crate::ui::shared::markup::Markup;

use super::state::CheckState;
use super::DO;

/// What a Change button does (`data-do`); its `data-question` names the question.
pub const CHANGE: &str = "change";
pub const QUESTION: &str = "data-question";

pub fn write_answer_list(m: &mut Markup, state: &CheckState) {
    m.open("section")
        .attr("class", "check-section check-answers");
    m.attr("aria-labelledby", "check-answers");
    m.open("h2")
        .attr("id", "check-answers")
        .text(screen_text::ANSWERS_HEADING)
        .close("h2");
    m.open("dl");
    for (id, answer) in state.flow.answers().pruned().iter() {
        let q = id.question();
        m.open("div")
            .attr("class", "check-answer")
            .el("dt", "", q.short());
        m.open("dd").el("span", "", &answer_text(q, answer));
        m.open("button").attr("type", "button");
        m.attr("class", "secondary check-change no-print");
        m.attr(DO, CHANGE).attr(QUESTION, id.key()).text("Change");
        let hidden = format!(" your answer to: {}", q.short());
        m.el("span", "visually-hidden", &hidden);
        m.close("button").close("dd").close("div");
    }
    m.close("dl").close("section");
}

/// An answer as the person saw it: option labels, or the number with its unit.
fn answer_text(q: &Question, answer: &Answer) -> String {
    match answer {
        Answer::Choice(c) => q.label_of(*c).unwrap_or(c.key()).to_string(),
        Answer::Choices(set) => set
            .iter()
            .map(|c| q.label_of(*c).unwrap_or(c.key()))
            .collect::<Vec<_>>()
            .join("; "),
        Answer::Number(n) => q.number_label(*n),
    }
}

/// "Because you said: a; b" after a factor or plan item.
pub fn write_said(m: &mut Markup, reasons: &[Reason]) {
    if reasons.is_empty() {
        return;
    }
    let text = reasons
        .iter()
        .map(Reason::text)
        .collect::<Vec<_>>()
        .join("; ");
    m.open("p").attr("class", "check-because");
    m.el("strong", "", screen_text::BECAUSE)
        .text(" ")
        .text(&text)
        .close("p");
}
