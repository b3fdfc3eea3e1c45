//! A small "Offline" note in the header while the device has no connection, so people know the
//! app still works and that nothing is being sent anywhere anyway.
//! Renders nothing on the server and on the first browser render (hydration must match).

use gloo::events::EventListener;
use yew::prelude::*;

#[component]
pub fn OfflineBadge() -> Html {
    let offline = use_state(|| false);
    {
        let offline = offline.clone();
        use_effect_with((), move |_| {
            let mut listeners = Vec::new();
            if let Some(window) = web_sys::window() {
                offline.set(!window.navigator().on_line());
                for (event, value) in [("offline", true), ("online", false)] {
                    let offline = offline.clone();
                    listeners.push(EventListener::new(&window, event, move |_| {
                        offline.set(value)
                    }));
                }
            }
            move || drop(listeners)
        });
    }
    if *offline {
        html! { <p class="offline-badge" role="status">{ "Offline: everything here still works." }</p> }
    } else {
        html! {}
    }
}
