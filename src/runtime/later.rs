//! A part of a page drawn one task after the rest, so the first screen (a form's first
//! questions, a heading) is on screen before the lists and charts below it are built. On a slow
//! phone a whole page drawn at once, just after it has read its data, is one long task.

use yew::prelude::*;

use crate::runtime::in_tasks::in_next_task;

#[derive(Properties, PartialEq)]
pub struct LaterProps {
    pub children: Html,
}

/// Draws nothing at first, then `children`, in a task of their own ([`in_next_task`]).
#[component]
pub fn Later(props: &LaterProps) -> Html {
    let shown = use_state(|| false);
    {
        let shown = shown.clone();
        use_effect_with((), move |_| in_next_task(move || shown.set(true)));
    }
    if *shown {
        props.children.clone()
    } else {
        html! {}
    }
}

/// `value` as it was one task ago. A page that changes several parts at once (a save: the form,
/// the list, the figures) draws what the person touched now and lets a part below the form
/// follow in a task of its own; chaining two gives a third task. `same` says when there is
/// nothing to catch up (for an `Rc`, `Rc::ptr_eq`: comparing a ten-year diary costs time).
#[hook]
pub fn use_later<T: Clone + 'static>(value: &T, same: fn(&T, &T) -> bool) -> T {
    let shown = use_state(|| value.clone());
    let behind = (!same(&shown, value)).then(|| value.clone());
    let catch_up = shown.setter();
    use_effect(move || {
        if let Some(value) = behind {
            in_next_task(move || catch_up.set(value));
        }
    });
    (*shown).clone()
}
