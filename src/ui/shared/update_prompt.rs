//! Registers the service worker and, when a new version of the app is waiting, offers
//! "New version ready — reload", naming that version and its build (the waiting worker says
//! which: static/sw.js). It reloads only when the user agrees; stored data is untouched.
//!
//! An island run by plain DOM code (`crate::runtime::plain`): a few lines of DOM code, no Yew. It shows nothing on the
//! server or until a new version is waiting, and it is on every page.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Element, ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

use crate::runtime::plain::{button, element};

/// Registers the service worker, then offers each new version inside `root`.
pub fn start(root: Element) {
    spawn_local(async move {
        if let Some(reg) = register().await {
            watch(reg, root);
        }
    });
}

/// "New version ready." with "Reload now" (switch to `worker`) and "Later" (hide the offer).
fn offer(root: &Element, worker: ServiceWorker) {
    root.set_text_content(None);
    let Some(prompt) = element("div", "update-prompt no-print", "") else {
        return;
    };
    let _ = prompt.set_attribute("role", "status");
    let worker_for_version = worker.clone();
    let reload = button("", "Reload now", move |_| {
        // Reload once the new worker has taken control, so the page and its files come from the
        // same version.
        if let Some(container) = web_sys::window().map(|w| w.navigator().service_worker()) {
            EventListener::once(&container, "controllerchange", |_| {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            })
            .forget();
        }
        let _ = worker.post_message(&"skip-waiting".into());
    });
    let hidden = root.clone();
    let later = button("secondary", "Later", move |_| hidden.set_text_content(None));
    let version = element("p", "update-version", "");
    if let Some(version) = &version {
        ask_version(&worker_for_version, version.clone());
    }
    for part in [
        element("p", "", "New version ready."),
        version,
        reload,
        later,
    ]
    .into_iter()
    .flatten()
    {
        let _ = prompt.append_child(&part);
    }
    let _ = root.append_child(&prompt);
}

/// Asks the waiting worker which version and build it holds, and writes its answer
/// ("Version 0.2.0, build 1a2b…") into `line`; an older worker that does not answer leaves the
/// line empty.
fn ask_version(worker: &ServiceWorker, line: Element) {
    let Some(container) = web_sys::window().map(|w| w.navigator().service_worker()) else {
        return;
    };
    EventListener::new(&container, "message", move |event| {
        let field = |name: &str| {
            js_sys::Reflect::get(event, &"data".into())
                .and_then(|data| js_sys::Reflect::get(&data, &name.into()))
                .ok()
                .and_then(|v| v.as_string())
        };
        if let (Some(version), Some(build)) = (field("version"), field("build")) {
            line.set_text_content(Some(
                &["Version ", &version, ", build ", &build, "."].concat(),
            ));
        }
    })
    .forget();
    let _ = worker.post_message(&"version".into());
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

/// Offers a version that is already waiting, and every one that arrives later (the listeners
/// last as long as the page).
fn watch(reg: ServiceWorkerRegistration, root: Element) {
    let has_controller =
        || web_sys::window().is_some_and(|w| w.navigator().service_worker().controller().is_some());
    // A new version may already be waiting from an earlier visit.
    if let Some(w) = reg.waiting() {
        if has_controller() {
            offer(&root, w);
        }
    }
    let found = reg.clone();
    EventListener::new(&reg, "updatefound", move |_| {
        let Some(installing) = found.installing() else {
            return;
        };
        let worker = installing.clone();
        let root = root.clone();
        EventListener::new(&installing, "statechange", move |_| {
            // The first install has no controller yet: that is not an update, so no offer.
            if worker.state() == ServiceWorkerState::Installed && has_controller() {
                offer(&root, worker.clone());
            }
        })
        .forget();
    })
    .forget();
    // Look for a new version whenever the app comes back to the foreground.
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let doc = document.clone();
        EventListener::new(&document, "visibilitychange", move |_| {
            if doc.visibility_state() == web_sys::VisibilityState::Visible {
                let _ = reg.update();
            }
        })
        .forget();
    }
}
