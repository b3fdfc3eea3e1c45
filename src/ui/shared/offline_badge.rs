//! A small "Offline" note in the header while the device has no connection, so people know the
//! app still works and that nothing is being sent anywhere anyway.
//!
//! An island run by plain DOM code (`crate::runtime::plain`): a few lines of DOM code, no Yew. It shows nothing on the
//! server or until the connection drops, and it is on every page.

use gloo::events::EventListener;

use crate::runtime::plain::element;

/// Shows the note inside `root` while the device is offline, from now on.
pub fn start(root: web_sys::Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let show = move |offline: bool| {
        root.set_text_content(None);
        if offline {
            if let Some(note) = element(
                "p",
                "offline-badge",
                "Offline: everything here still works.",
            ) {
                let _ = note.set_attribute("role", "status");
                let _ = root.append_child(&note);
            }
        }
    };
    show(!window.navigator().on_line());
    let show = std::rc::Rc::new(show);
    for (event, offline) in [("offline", true), ("online", false)] {
        let show = show.clone();
        // For the life of the page.
        EventListener::new(&window, event, move |_| show(offline)).forget();
    }
}
