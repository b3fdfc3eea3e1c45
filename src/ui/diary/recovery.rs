//! The recovery banner: saved diary data that could not be read (a damaged night, or an old
//! diary that could not be moved to per-night storage) stays in storage untouched, and this
//! offers it as a download until the person says they are done with it.

use std::rc::Rc;

use yew::prelude::*;

use crate::diary::night_store::Unreadable;
use crate::diary::page::unreadable_label;
use crate::diary::Date;
use crate::platform::diary_store::download;

#[derive(Properties, PartialEq)]
pub struct RecoveryProps {
    pub unreadable: Rc<Vec<Unreadable>>,
    pub today: Date,
    /// The person asked to remove what could not be read.
    pub on_remove: Callback<()>,
}

/// Everything unreadable as one text file: each value under the key it was stored at.
fn recovery_file(items: &[Unreadable]) -> String {
    let mut text = String::new();
    for item in items {
        text.push_str(&format!(
            "== {} ({})\n{}\n\n",
            item.key, item.reason, item.raw
        ));
    }
    text
}

#[component]
pub fn RecoveryBanner(props: &RecoveryProps) -> Html {
    let confirming = use_state(|| false);
    let problem = use_state(|| None::<String>);
    let items = props.unreadable.clone();

    let on_download = {
        let (items, problem, today) = (items.clone(), problem.clone(), props.today);
        Callback::from(move |_: MouseEvent| {
            let name = format!("night-cramps-unreadable-diary-{today}.txt");
            problem.set(download(&name, "text/plain;charset=utf-8", &recovery_file(&items)).err());
        })
    };
    let on_ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let on_keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let on_remove = props.on_remove.reform(|_: MouseEvent| ());

    html! {
        <section class="diary-recovery" role="alert" aria-labelledby="diary-recovery-title">
            <h2 id="diary-recovery-title">{ "Some saved diary data could not be read" }</h2>
            <ul>
                { for items.iter().map(|item| html! { <li>{ unreadable_label(item) }</li> }) }
            </ul>
            <p>{ "It is kept on this device exactly as it was, and nothing will be saved over it. Download a copy to keep it, or to give to someone who can help recover it. You can carry on using the diary." }</p>
            <div class="button-row">
                <button type="button" onclick={on_download}>{ "Download the unreadable data" }</button>
                if !*confirming {
                    <button type="button" class="secondary" onclick={on_ask}>{ "Remove the kept copy" }</button>
                }
            </div>
            if *confirming {
                <div class="confirm">
                    <p><strong>{ "Remove the kept copy from this device? This cannot be undone. Download it first if you may need it." }</strong></p>
                    <div class="button-row">
                        <button type="button" class="danger" onclick={on_remove}>{ "Yes, remove it" }</button>
                        <button type="button" class="secondary" onclick={on_keep}>{ "No, keep it" }</button>
                    </div>
                </div>
            }
            if let Some(problem) = &*problem {
                <p class="diary-problem">{ problem.clone() }</p>
            }
        </section>
    }
}
