//! A care card (emergency / urgent / non-urgent), styled after the NHS ones, with a visually
//! hidden prefix so screen readers announce its urgency first.

use yew::prelude::*;

use crate::content::care::{card, card_items, Urgency};
use crate::ui::shared::cites::write_cites;
use crate::ui::shared::markup::{yew_html, Markup};

/// The card for `urgency`, its heading at `level` (2 inside guide pages, 3 or 4 elsewhere). A
/// function, not a component: each component type adds code to every download that uses it.
pub fn care_card(urgency: Urgency, level: u8) -> Html {
    yew_html(|m| write_care_card(m, urgency, level, true))
}

/// The same card where it may appear more than once on a page (the diary's flagged nights and
/// its form): a labelled group, not a region, since landmarks must each have their own name.
pub fn repeated_care_card(urgency: Urgency, level: u8) -> Html {
    yew_html(|m| write_care_card(m, urgency, level, false))
}

/// Writes the card: a region when it appears once on the page, a labelled group otherwise.
pub fn write_care_card(m: &mut Markup, urgency: Urgency, level: u8, region: bool) {
    let Some(card) = card(urgency) else {
        return;
    };
    let class = format!("care-card care-card--{}", urgency.key());
    let tag = if region { "section" } else { "div" };
    m.open(tag).attr("class", &class);
    if !region {
        m.attr("role", "group");
    }
    m.attr("aria-label", card.heading);
    let heading = match level {
        3 => "h3",
        4 => "h4",
        _ => "h2",
    };
    m.open(heading).attr("class", "care-card__heading");
    m.el("span", "visually-hidden", urgency.hidden_prefix());
    m.text(card.heading).close(heading);
    m.open("div").attr("class", "care-card__body").open("ul");
    for item in card_items(card) {
        m.open("li").text(item.text);
        write_cites(m, item.sources);
        m.close("li");
    }
    m.close("ul");
    m.el("p", "care-card__action", card.action);
    m.close("div").close(tag);
}
