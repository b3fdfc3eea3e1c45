//! Registers the service worker and, when a new version of the app is waiting, offers
//! "New version ready — reload". It reloads only when the user agrees; stored data is untouched.
//!
//! Renders nothing on the server and on the first browser render (so hydration matches).

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};
use yew::prelude::*;

#[component]
pub fn UpdatePrompt() -> Html {
    let waiting = use_state(|| None::<ServiceWorker>);
    {
        let waiting = waiting.clone();
        use_effect_with((), move |_| {
            let listeners = std::rc::Rc::new(std::cell::RefCell::new(Vec::<EventListener>::new()));
            let held = listeners.clone();
            spawn_local(async move {
                if let Some(reg) = register().await {
                    watch(reg, waiting, held);
                }
            });
            move || drop(listeners)
        });
    }
    let Some(worker) = (*waiting).clone() else {
        return html! {};
    };
    let reload = Callback::from(move |_| {
        // Reload once the new worker has taken control, so the page and its files come from the
        // same version.
        if let Some(container) = web_sys::window().map(|w| w.navigator().service_worker()) {
            let listener = EventListener::once(&container, "controllerchange", |_| {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            });
            listener.forget();
        }
        let _ = worker.post_message(&"skip-waiting".into());
    });
    let later = {
        let waiting = waiting.clone();
        Callback::from(move |_| waiting.set(None))
    };
    html! {
        <div class="update-prompt no-print" role="status">
            <p>{ "New version ready." }</p>
            <button type="button" onclick={reload}>{ "Reload now" }</button>
            <button type="button" class="secondary" onclick={later}>{ "Later" }</button>
        </div>
    }
}

async fn register() -> Option<ServiceWorkerRegistration> {
    let window = web_sys::window()?;
    let navigator = window.navigator();
    // Not every browser (or every context, e.g. plain http on another host) has service workers.
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return None;
    }
    let container = navigator.service_worker();
    // "sw.js" resolves against <base href>: the app root, at any sub-path.
    let promise = container.register("sw.js");
    JsFuture::from(promise)
        .await
        .ok()?
        .dyn_into::<ServiceWorkerRegistration>()
        .ok()
}

fn watch(
    reg: ServiceWorkerRegistration,
    waiting: UseStateHandle<Option<ServiceWorker>>,
    held: std::rc::Rc<std::cell::RefCell<Vec<EventListener>>>,
) {
    let has_controller =
        || web_sys::window().is_some_and(|w| w.navigator().service_worker().controller().is_some());
    // A new version may already be waiting from an earlier visit.
    if let Some(w) = reg.waiting() {
        if has_controller() {
            waiting.set(Some(w));
        }
    }
    let reg2 = reg.clone();
    let held2 = held.clone();
    let on_update = EventListener::new(&reg, "updatefound", move |_| {
        let Some(installing) = reg2.installing() else {
            return;
        };
        let waiting = waiting.clone();
        let worker = installing.clone();
        let listener = EventListener::new(&installing, "statechange", move |_| {
            // The first install has no controller yet: that is not an update, so no prompt.
            if worker.state() == ServiceWorkerState::Installed && has_controller() {
                waiting.set(Some(worker.clone()));
            }
        });
        held2.borrow_mut().push(listener);
    });
    held.borrow_mut().push(on_update);
    // Look for a new version whenever the app comes back to the foreground.
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let doc = document.clone();
        let listener = EventListener::new(&document, "visibilitychange", move |_| {
            if doc.visibility_state() == web_sys::VisibilityState::Visible {
                let _ = reg.update();
            }
        });
        held.borrow_mut().push(listener);
    }
}
