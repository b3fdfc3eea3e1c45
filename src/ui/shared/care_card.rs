//! A care card (emergency / urgent / non-urgent), styled after the NHS ones, with a visually
//! hidden prefix so screen readers announce its urgency first.

use yew::prelude::*;

use crate::content::care::{card, card_items, Urgency};
use crate::ui::shared::cites::cites;

/// The card for `urgency`, its heading at `level` (2 inside guide pages, 3 or 4 elsewhere). A
/// function, not a component: each component type adds code to every download that uses it.
pub fn care_card(urgency: Urgency, level: u8) -> Html {
    card_markup(urgency, level, true)
}

/// The same card where it may appear more than once on a page (the diary's flagged nights and
/// its form): a labelled group, not a region, since landmarks must each have their own name.
pub fn repeated_care_card(urgency: Urgency, level: u8) -> Html {
    card_markup(urgency, level, false)
}

fn card_markup(urgency: Urgency, level: u8, region: bool) -> Html {
    let Some(card) = card(urgency) else {
        return html! {};
    };
    let heading = html! {
        <>
            <span class="visually-hidden">{ urgency.hidden_prefix() }</span>
            { card.heading }
        </>
    };
    let heading = match level {
        3 => html! { <h3 class="care-card__heading">{ heading }</h3> },
        4 => html! { <h4 class="care-card__heading">{ heading }</h4> },
        _ => html! { <h2 class="care-card__heading">{ heading }</h2> },
    };
    let body = html! {
        <>
            { heading }
            <div class="care-card__body">
                <ul>
                    { for card_items(card).into_iter().map(|item| html! { <li>{ item.text }{ cites(item.sources) }</li> }) }
                </ul>
                <p class="care-card__action">{ card.action }</p>
            </div>
        </>
    };
    let class = classes!("care-card", format!("care-card--{}", urgency.key()));
    if region {
        html! { <section {class} aria-label={card.heading}>{ body }</section> }
    } else {
        html! { <div {class} role="group" aria-label={card.heading}>{ body }</div> }
    }
}
