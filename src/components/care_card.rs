//! A care card (emergency / urgent / non-urgent), styled after the NHS ones, with a visually
//! hidden prefix so screen readers announce its urgency first.

use yew::prelude::*;

use crate::components::cites::Cites;
use crate::content::care::{card, Urgency};

#[derive(Properties, PartialEq)]
pub struct CareCardProps {
    pub urgency: Urgency,
    /// Heading level: 2 inside guide pages, 2 or 3 elsewhere.
    #[prop_or(2)]
    pub level: u8,
    /// Show only the heading and the action (e.g. on a result page where the reasons are listed).
    #[prop_or_default]
    pub compact: bool,
}

#[component]
pub fn CareCard(props: &CareCardProps) -> Html {
    let Some(card) = card(props.urgency) else { return html! {} };
    let heading = html! {
        <>
            <span class="visually-hidden">{ props.urgency.hidden_prefix() }</span>
            { card.heading }
        </>
    };
    let heading = if props.level == 3 {
        html! { <h3 class="care-card__heading">{ heading }</h3> }
    } else {
        html! { <h2 class="care-card__heading">{ heading }</h2> }
    };
    html! {
        <section class={classes!("care-card", format!("care-card--{}", props.urgency.key()))} aria-label={card.heading}>
            { heading }
            <div class="care-card__body">
                if !props.compact {
                    <ul>
                        { for card.items.iter().map(|item| html! { <li>{ item.text }<Cites ids={item.sources} /></li> }) }
                    </ul>
                }
                <p class="care-card__action">{ card.action }</p>
            </div>
        </section>
    }
}
