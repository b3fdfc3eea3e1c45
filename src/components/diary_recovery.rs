//! The recovery banner: saved diary data that could not be read is kept aside untouched, and
//! this offers it as a download until the person says they are done with it.

use yew::prelude::*;

use crate::components::diary_store::{discard_unreadable, download, Unreadable};
use crate::diary::Date;

#[derive(Properties, PartialEq)]
pub struct RecoveryProps {
    pub unreadable: Unreadable,
    pub today: Date,
    /// The kept copy was removed at the person's request.
    pub on_removed: Callback<()>,
}

#[component]
pub fn RecoveryBanner(props: &RecoveryProps) -> Html {
    let confirming = use_state(|| false);
    let problem = use_state(|| None::<String>);
    let u = &props.unreadable;

    let on_download = {
        let (raw, problem, today) = (u.raw.clone(), problem.clone(), props.today);
        Callback::from(move |_: MouseEvent| {
            let name = format!("night-cramps-unreadable-diary-{today}.txt");
            problem.set(download(&name, "text/plain;charset=utf-8", &raw).err());
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
    let on_remove = {
        let (problem, on_removed) = (problem.clone(), props.on_removed.clone());
        Callback::from(move |_: MouseEvent| match discard_unreadable() {
            Ok(()) => on_removed.emit(()),
            Err(error) => problem.set(Some(error.message())),
        })
    };

    html! {
        <section class="diary-recovery" role="alert" aria-labelledby="diary-recovery-title">
            <h2 id="diary-recovery-title">{ "Some saved diary data could not be read" }</h2>
            if let Some(reason) = &u.reason {
                <p>{ reason.clone() }</p>
            }
            if u.kept_aside {
                <p>{ "It has been kept safely on this device, exactly as it was. Download a copy to keep it, or to give to someone who can help recover it. You can carry on using the diary: new entries are saved separately." }</p>
            } else {
                <p>{ "It could not be copied somewhere safe, so nothing will be saved over it. Please download a copy now." }</p>
            }
            <div class="button-row">
                <button type="button" onclick={on_download}>{ "Download the unreadable data" }</button>
                if u.kept_aside && !*confirming {
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
