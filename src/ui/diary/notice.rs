//! The diary pages' messages: a problem that stops the page or an action, said at once (an
//! alert), and the notice after an action, said in the page's notice area (a status region).

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
        Some(Ok(message)) => {
            m.el("p", "diary-notice__done", message);
        }
        Some(Err(message)) => {
            m.el("p", "diary-problem", message);
        }
    }
}
