//! The recovery banner: saved diary data that could not be read (a damaged night, or an old
//! diary that could not be moved to per-night storage) stays in storage untouched, and this
//! offers it as a download until the person says they are done with it.

use crate::diary::night_store::Unreadable;
use crate::diary::page::unreadable_label;
use crate::ui::diary::form::DO;
use crate::ui::shared::markup::Markup;

/// Everything unreadable as one text file: each value under the key it was stored at.
pub fn recovery_file(items: &[Unreadable]) -> String {
    let mut text = String::new();
    for item in items {
        text.push_str(&format!(
            "== {} ({})\n{}\n\n",
            item.key, item.reason, item.raw
        ));
    }
    text
}

/// The banner; `confirming` while it asks whether to remove the kept copy, with the problem a
/// download met, if any.
pub fn write_recovery(
    m: &mut Markup,
    items: &[Unreadable],
    confirming: bool,
    problem: Option<&str>,
) {
    m.open("section")
        .attr("class", "diary-recovery")
        .attr("role", "alert");
    m.attr("aria-labelledby", "diary-recovery-title").open("h2");
    m.attr("id", "diary-recovery-title")
        .text("Some saved diary data could not be read");
    m.close("h2").open("ul");
    for item in items {
        m.el("li", "", &unreadable_label(item));
    }
    m.close("ul");
    m.el("p", "", "It is kept on this device exactly as it was, and nothing will be saved over it. Download a copy to keep it, or to give to someone who can help recover it. You can carry on using the diary.");
    m.open("div").attr("class", "button-row");
    button(m, "", "recovery-download", "Download the unreadable data");
    if !confirming {
        button(m, "secondary", "recovery-ask", "Remove the kept copy");
    }
    m.close("div");
    if confirming {
        m.open("div").attr("class", "confirm").open("p");
        m.el("strong", "", "Remove the kept copy from this device? This cannot be undone. Download it first if you may need it.");
        m.close("p").open("div").attr("class", "button-row");
        button(m, "danger", "recovery-remove", "Yes, remove it");
        button(m, "secondary", "recovery-keep", "No, keep it");
        m.close("div").close("div");
    }
    if let Some(problem) = problem {
        m.el("p", "diary-problem", problem);
    }
    m.close("section");
}

fn button(m: &mut Markup, class: &str, what: &str, label: &str) {
    m.open("button")
        .attr("type", "button")
        .attr_if(!class.is_empty(), "class", class);
    m.attr(DO, what).text(label).close("button");
}
