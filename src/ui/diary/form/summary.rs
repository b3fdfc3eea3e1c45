//! "There is a problem": the refused save's problems, each a link that moves focus to its field.

use yew::prelude::*;

use super::fields::option_id;
use super::night::NightShown;
use crate::diary::{Choice, Field, FieldError, Muscle, Relief, WarningSign};
use crate::routes::Route;
use crate::runtime::plain::focus_by_id;
use crate::ui::shared::link::href;

/// The id of a field's first control: what its label and the error summary point at. The
/// night's is its date field when that is shown, otherwise its recent night chosen.
pub(super) fn control_id(field: Field, night: &NightShown) -> String {
    match field {
        Field::NightOf => match night.picked {
            Some(r) if !night.other => option_id(field, r.key),
            _ => field.key().to_string(),
        },
        Field::Muscles => option_id(field, Muscle::ALL[0].key()),
        Field::Side => option_id(field, "none"),
        Field::Longest => option_id(field, "none"),
        Field::WorstPain => option_id(field, "0"),
        Field::SleepLost => option_id(field, "none"),
        Field::Helped => option_id(field, Relief::ALL[0].key()),
        Field::WarningSigns => option_id(field, WarningSign::ALL[0].key()),
        _ => field.key().to_string(),
    }
}

/// "There is a problem", with a link to each field that moves focus to it.
pub(super) fn error_summary(errors: &[FieldError], node: NodeRef, night: &NightShown) -> Html {
    if errors.is_empty() {
        // Keep the element so the node ref stays valid; it is empty and takes no space.
        return html! { <div key="summary" ref={node} class="error-summary error-summary--empty"></div> };
    }
    html! {
        <div key="summary" ref={node} class="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
            <h3 id="error-summary-title" class="error-summary__title">{ "There is a problem" }</h3>
            <ul class="error-summary__list">
                { for errors.iter().map(|error| {
                    let target = control_id(error.field, night);
                    let onclick = {
                        let target = target.clone();
                        Callback::from(move |e: MouseEvent| {
                            // A fragment link would resolve against <base href> and leave the page.
                            e.prevent_default();
                            focus_by_id(&target);
                        })
                    };
                    html! { <li><a href={href(&Route::Diary, Some(&target))} {onclick}>{ error.message.clone() }</a></li> }
                }) }
            </ul>
        </div>
    }
}
