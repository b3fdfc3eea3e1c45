//! The diary pages' messages: a problem that stops the page or an action, said at once (an
//! alert), and the notice after an action, said in the page's notice area (a status region).

use crate::diary::page::Notice;
use crate::ui::diary::form::DO;
use crate::ui::shared::markup::Markup;

/// A problem, announced as soon as it is written.
pub fn write_alert(m: &mut Markup, problem: &str) {
    m.open("p")
        .attr("class", "diary-problem")
        .attr("role", "alert");
    m.text(problem).close("p");
}

/// What an action did (`Ok`) or why it could not (`Err`), for the notice area.
pub fn write_notice(m: &mut Markup, notice: Option<&Result<String, String>>) {
    match notice {
        None => {}
        Some(Ok(message)) => done(m, message),
        Some(Err(message)) => problem(m, message),
    }
}

/// The diary page's notice: what a save or delete did, with Undo after a delete while the night
/// can still come back (`can_undo`).
pub fn write_page_notice(m: &mut Markup, notice: Option<&Notice>, can_undo: bool) {
    match notice {
        None => {}
        Some(Notice::Done(message)) => done(m, message),
        Some(Notice::Deleted(message)) => {
            m.open("p")
                .attr("class", "diary-notice__done")
                .text(message)
                .text(" ");
            if can_undo {
                m.open("button")
                    .attr("type", "button")
                    .attr("class", "secondary diary-undo");
                m.attr(DO, "undo").text("Undo").close("button");
            }
            m.close("p");
        }
        Some(Notice::Problem(message)) => problem(m, message),
    }
}

fn done(m: &mut Markup, message: &str) {
    m.el("p", "diary-notice__done", message);
}

fn problem(m: &mut Markup, message: &str) {
    m.el("p", "diary-problem", message);
}
