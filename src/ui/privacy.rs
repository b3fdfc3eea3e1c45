//! Privacy (/privacy): what is stored where, what is on this device right now, and one control
//! (with a confirmation step) that erases everything Night Cramps keeps on the device.
//!
//! The list of stored items depends on the browser, so it is read after mount (the prerendered
//! page says "Checking…").

use yew::prelude::*;

use crate::platform::persistence;
use crate::platform::store::{self, Key};
use crate::ui::diary::form::focus_by_id;

/// A plain name for one of our storage keys.
fn describe(name: &str) -> String {
    let known = [
        (Key::Diary, "Your cramp diary"),
        (Key::Answers, "Your saved check answers"),
        (Key::LastResult, "Your latest check result"),
        (Key::Settings, "Settings"),
        (
            Key::Experiment,
            "The change you are trying (\"Does it work for me?\")",
        ),
        (Key::Medicines, "The medicines you listed in the diary"),
    ];
    for (key, label) in known {
        if name == key.name() {
            return label.to_string();
        }
        if name.starts_with(&key.aside_name()) {
            return format!("{label}: a copy that could not be read, kept for you to download");
        }
    }
    if name == store::DIARY_NIGHTS {
        return "Your cramp diary, one item per night".into();
    }
    if name == crate::diary::keeping::LAST_BACKUP_KEY {
        return "When you last downloaded a backup of your diary".into();
    }
    if name == "night-cramps.persist-asked" {
        return "Whether this browser was asked to keep Night Cramps' data safe from clean-ups"
            .into();
    }
    format!("Other Night Cramps data ({name})")
}

fn size_label(chars: usize) -> String {
    if chars < 1000 {
        format!("{chars} characters")
    } else {
        format!("about {} KB", chars.div_ceil(1000))
    }
}

fn persistence_label(persisted: Option<bool>) -> &'static str {
    match persisted {
        Some(true) => "Yes: this browser has agreed to keep Night Cramps' data even when it is short of space.",
        Some(false) => "Not yet: this browser may clear Night Cramps' data if it runs short of space (we ask when you first save something). Download a backup of your diary to be safe.",
        None => "This browser cannot say whether it will keep Night Cramps' data. Download a backup of your diary to be safe.",
    }
}

fn bytes_label(bytes: f64) -> String {
    if bytes < 1_000_000.0 {
        format!("{} KB", crate::decimal::fixed((bytes / 1000.0).ceil(), 0))
    } else {
        format!("{} MB", crate::decimal::fixed(bytes / 1_000_000.0, 1))
    }
}

#[derive(Clone, PartialEq)]
enum EraseStep {
    Idle,
    Confirming,
    /// Back to the button after "Cancel" (focus returns to it).
    Cancelled,
    Done(String),
    Failed(String),
}

#[component]
pub fn Privacy() -> Html {
    // None until read in the browser.
    let stored = use_state(|| None::<Vec<(String, usize)>>);
    let step = use_state(|| EraseStep::Idle);
    // How much this site stores and whether the browser agreed to keep it (read after mount).
    let storage = use_state(|| None::<persistence::StorageStatus>);
    {
        let stored = stored.clone();
        let storage = storage.clone();
        use_effect_with((), move |_| {
            stored.set(Some(store::inventory()));
            wasm_bindgen_futures::spawn_local(async move {
                storage.set(Some(persistence::status().await))
            });
        });
    }
    // Keep keyboard focus with the control that replaced the one just pressed.
    use_effect_with((*step).clone(), |step| match step {
        EraseStep::Confirming => focus_by_id("erase-question"),
        EraseStep::Done(_) | EraseStep::Failed(_) => focus_by_id("erase-result"),
        EraseStep::Cancelled => focus_by_id("erase-button"),
        EraseStep::Idle => {}
    });
    let on_ask = {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(EraseStep::Confirming))
    };
    let on_cancel = {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(EraseStep::Cancelled))
    };
    let on_erase = {
        let (step, stored) = (step.clone(), stored.clone());
        Callback::from(move |_: MouseEvent| {
            step.set(match store::erase_everything() {
                Ok(0) => EraseStep::Done(
                    "There was nothing to erase: Night Cramps keeps nothing on this device now."
                        .into(),
                ),
                Ok(n) => EraseStep::Done(format!(
                    "Erased {n} item{}. Night Cramps keeps nothing on this device now.",
                    if n == 1 { "" } else { "s" }
                )),
                Err(error) => EraseStep::Failed(error.message()),
            });
            stored.set(Some(store::inventory()));
        })
    };

    html! {
        <>
            <h1>{ "Your data stays on this device" }</h1>
            <p>{ "Night Cramps has no server that receives your answers. There is no tracking, no advertising and no account." }</p>
            <h2>{ "What is stored, and where" }</h2>
            <ul>
                <li>{ "Your answers to the check stay in this tab's memory and are gone when you close it, unless you choose \"Save on this device\"." }</li>
                <li>{ "Diary entries are saved in this browser's storage on this device, so they are there next time. They are never sent anywhere." }</li>
                <li>{ "The app's own files are kept by your browser so the guide works offline." }</li>
            </ul>

            <h2 id="stored-now">{ "On this device now" }</h2>
            { match &*stored {
                None => html! { <p>{ "Checking what is stored…" }</p> },
                Some(items) if items.is_empty() => html! { <p class="privacy-nothing">{ "Nothing: Night Cramps has not saved anything in this browser." }</p> },
                Some(items) => stored_list(items),
            } }

            <h2 id="kept-safe">{ "Kept safe from clean-ups?" }</h2>
            { match &*storage {
                None => html! { <p>{ "Checking…" }</p> },
                Some(status) => storage_status(status),
            } }

            <h2 id="what-clears">{ "What can clear your diary" }</h2>
            <ul>
                <li>{ "Clearing this site's data, cookies or browsing history in your browser's settings removes the diary with it." }</li>
                <li>{ "Safari (on iPhone, iPad and Mac) deletes a site's storage after 7 days without a visit, unless Night Cramps is added to the home screen." }</li>
                <li>{ "A browser short of space may clear sites it was not asked to keep (see above)." }</li>
            </ul>
            <p>{ "A backup file you download is not affected by any of these: keep a recent one." }</p>

            <h2>{ "Erase everything" }</h2>
            <p>{ "This removes your diary, any saved answers and everything else Night Cramps keeps in this browser. It cannot be undone, so download a backup of your diary first if you want to keep it." }</p>
            <div class="erase">
                { match &*step {
                    EraseStep::Confirming => confirm_erase(on_erase, on_cancel),
                    _ => html! { <button type="button" id="erase-button" class="danger" onclick={on_ask}>{ "Erase everything" }</button> },
                } }
                <div role="status" id="erase-result" tabindex="-1">
                    { match &*step {
                        EraseStep::Done(message) => html! { <p>{ message.clone() }</p> },
                        EraseStep::Failed(message) => html! { <p class="diary-problem">{ message.clone() }</p> },
                        _ => html! {},
                    } }
                </div>
            </div>
        </>
    }
}

// The parts below are shown only once the browser has answered (or the person asked), so each is
// a function the page's first render does not run: the browser compiles its code then, not in
// the task that hydrates the page (ARCHITECTURE.md, "Code that runs later").

/// What Night Cramps keeps in this browser, item by item.
#[inline(never)]
fn stored_list(items: &[(String, usize)]) -> Html {
    html! {
        <ul class="privacy-stored">
            { for items.iter().map(|(name, size)| html! { <li>{ describe(name) }{ format!(" ({})", size_label(*size)) }</li> }) }
        </ul>
    }
}

/// Whether the browser keeps the data safe from clean-ups, and how much is stored.
#[inline(never)]
fn storage_status(status: &persistence::StorageStatus) -> Html {
    html! {
        <>
            <p id="persistence-status">{ persistence_label(status.persisted) }</p>
            if let Some(usage) = status.usage_bytes {
                <p id="storage-usage">{ format!("Night Cramps uses about {} on this device, including the offline copy of the app.", bytes_label(usage)) }</p>
            }
        </>
    }
}

/// The question before erasing, with its two answers.
#[inline(never)]
fn confirm_erase(on_erase: Callback<MouseEvent>, on_cancel: Callback<MouseEvent>) -> Html {
    html! {
        <div class="confirm" role="group" aria-labelledby="erase-question">
            <p id="erase-question" tabindex="-1"><strong>{ "Erase everything Night Cramps keeps on this device?" }</strong></p>
            <div class="button-row">
                <button type="button" class="danger" onclick={on_erase}>{ "Yes, erase everything" }</button>
                <button type="button" class="secondary" onclick={on_cancel}>{ "Cancel" }</button>
            </div>
        </div>
    }
}
