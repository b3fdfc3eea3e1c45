//! "Get help now" for relief mode and the "During a cramp" guide page: a link near the top that
//! jumps, in one tap and without WebAssembly, to the emergency signs (999/112) with the urgent
//! signs (same day, 111) beside them. The signs are the red flags of each level and the wording
//! comes from `crate::content` (red flags by `urgency`, showing `short`; the care cards' heading
//! and action).

use yew::prelude::*;

use crate::content::care::{card, Urgency};
use crate::content::red_flags::RED_FLAGS;
use crate::routes::Route;
use crate::ui::shared::link::href;

/// The id the "Get help now" link jumps to.
pub const GET_HELP_ID: &str = "get-help";

/// The link, for near the top of `page`. A plain link to the section on the same page: it works
/// before (and without) WebAssembly, and moves focus to the section (which has
/// `tabindex="-1"`). It names the page, not just `#get-help`, because every page has a
/// `<base href>` and a bare fragment would lead to the start page.
pub fn get_help_link(page: &Route) -> Html {
    html! {
        <p class="get-help-bar">
            <a class="get-help-link" href={href(page, Some(GET_HELP_ID))}>{ "Get help now" }</a>
        </p>
    }
}

/// The emergency card and the urgent card side by side, each listing its red flags.
/// A function, not a component: each component type adds code to every download that uses it.
pub fn get_help_section() -> Html {
    html! {
        <section id={GET_HELP_ID} class="get-help" tabindex="-1" aria-labelledby="get-help-title">
            <h2 id="get-help-title">{ "Get help now" }</h2>
            <div class="get-help__cards">
                { signs_card(Urgency::Emergency) }
                { signs_card(Urgency::Urgent) }
            </div>
        </section>
    }
}

/// One care card whose list is the red flags of its level.
fn signs_card(urgency: Urgency) -> Html {
    let Some(card) = card(urgency) else {
        return html! {};
    };
    html! {
        // A plain box, not a labelled section: the urgent card elsewhere on the page is already a
        // landmark with this name, and landmark names must be unique.
        <div id={format!("get-help-{}", urgency.key())} class={classes!("care-card", format!("care-card--{}", urgency.key()))}>
            <h3 class="care-card__heading">
                <span class="visually-hidden">{ urgency.hidden_prefix() }</span>
                { card.heading }
            </h3>
            <div class="care-card__body">
                <ul>
                    { for RED_FLAGS.iter().filter(|f| f.urgency == urgency).map(|f| html! { <li>{ f.short }</li> }) }
                </ul>
                <p class="care-card__action">{ card.action }</p>
            </div>
        </div>
    }
}
