//! The privacy page in the browser: lists what is stored and whether the browser keeps it, and
//! erases everything after a confirmation step, on the markup the host rendered.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::Element;

use super::words;
use crate::platform::{persistence, store};
use crate::runtime::plain::focus_by_id;
use crate::runtime::plain::{button, element};

/// Brings the prerendered page inside `root` to life; false when its markup is missing.
pub fn start(root: &Element) -> bool {
    let find = |selector: &str| root.query_selector(selector).ok().flatten();
    let (Some(stored), Some(kept), Some(ask), Some(result)) = (
        find("#stored-now").and_then(|h| h.next_element_sibling()),
        find("#kept-safe").and_then(|h| h.next_element_sibling()),
        find("#erase-button"),
        find("#erase-result"),
    ) else {
        return false;
    };
    let stored = Rc::new(RefCell::new(stored));
    show_stored(&stored);
    wasm_bindgen_futures::spawn_local(async move {
        let status = persistence::status().await;
        show_kept(&kept, &status);
    });
    let Some(confirmation) = confirm(&ask, &result, &stored) else {
        return false;
    };
    let on_ask = {
        let (ask, confirmation, result) = (ask.clone(), confirmation.clone(), result.clone());
        move |_: &web_sys::Event| {
            result.set_text_content(None);
            swap(&ask, &confirmation);
            focus_by_id("erase-question");
        }
    };
    gloo::events::EventListener::new(&ask, "click", on_ask).forget();
    true
}

/// The confirmation that takes the erase button's place while it asks (not yet in the page).
fn confirm(ask: &Element, result: &Element, stored: &Rc<RefCell<Element>>) -> Option<Element> {
    let group = element("div", "confirm", "")?;
    let _ = group.set_attribute("role", "group");
    let _ = group.set_attribute("aria-labelledby", "erase-question");
    let question = element("p", "", "")?;
    let _ = question.set_attribute("id", "erase-question");
    let _ = question.set_attribute("tabindex", "-1");
    let strong = element("strong", "", words::ERASE_QUESTION)?;
    let _ = question.append_child(&strong);
    let row = element("div", "button-row", "")?;
    let on_erase = {
        let (ask, result, stored, group) =
            (ask.clone(), result.clone(), stored.clone(), group.clone());
        move |_: &web_sys::Event| {
            let said = words::erased(store::erase_everything());
            swap(&group, &ask);
            let (class, message) = match said {
                Ok(message) => ("", message),
                Err(message) => ("diary-problem", message),
            };
            result.set_text_content(None);
            if let Some(p) = element("p", class, &message) {
                let _ = result.append_child(&p);
            }
            show_stored(&stored);
            focus_by_id("erase-result");
        }
    };
    let on_cancel = {
        let (ask, group) = (ask.clone(), group.clone());
        move |_: &web_sys::Event| {
            swap(&group, &ask);
            focus_by_id("erase-button");
        }
    };
    let (yes, cancel) = (
        button("danger", words::ERASE_YES, on_erase)?,
        button("secondary", words::ERASE_CANCEL, on_cancel)?,
    );
    let _ = row.append_child(&yes);
    let _ = row.append_child(&cancel);
    let _ = group.append_child(&question);
    let _ = group.append_child(&row);
    Some(group)
}

/// Puts `new` where `old` is in the page.
fn swap(old: &Element, new: &Element) {
    let _ = old.replace_with_with_node_1(new);
}

/// Lists what Night Cramps keeps in this browser now, in place of what was there.
fn show_stored(stored: &Rc<RefCell<Element>>) {
    let items = store::inventory();
    let list = if items.is_empty() {
        element("p", "privacy-nothing", words::NOTHING_STORED)
    } else {
        element("ul", "privacy-stored", "").inspect(|list| {
            for (name, chars) in &items {
                if let Some(item) = element("li", "", &words::stored_item(name, *chars)) {
                    let _ = list.append_child(&item);
                }
            }
        })
    };
    if let Some(list) = list {
        swap(&stored.borrow(), &list);
        *stored.borrow_mut() = list;
    }
}

/// Says whether the browser keeps the data safe from clean-ups, and how much is stored.
fn show_kept(placeholder: &Element, status: &persistence::StorageStatus) {
    let Some(kept) = element("p", "", words::persistence_label(status.persisted)) else {
        return;
    };
    let _ = kept.set_attribute("id", "persistence-status");
    swap(placeholder, &kept);
    if let Some(usage) = status.usage_bytes {
        if let Some(p) = element("p", "", &words::usage_label(usage)) {
            let _ = p.set_attribute("id", "storage-usage");
            let _ = kept.after_with_node_1(&p);
        }
    }
}
