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
