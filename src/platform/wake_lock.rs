//! Keeps the screen awake while the hold timer runs (Screen Wake Lock API), so a phone does not
//! go dark mid-stretch. Released when the timer stops and when the page is hidden; taken again
//! when the page comes back while the timer still runs. Where the API is missing or refuses
//! (older browsers, low battery, permissions policy), nothing happens: the timer works the same.
//!
//! The API is called through `js_sys::Reflect` because web-sys only exposes it behind
//! `--cfg=web_sys_unstable_apis`.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};

/// Keeps the screen awake while asked to. Cloning shares the same lock.
#[derive(Clone, Default)]
pub struct ScreenWakeLock {
    state: Rc<RefCell<LockState>>,
}

#[derive(Default)]
struct LockState {
    /// Whether the screen should stay awake.
    wanted: bool,
    /// The `WakeLockSentinel` the browser gave us.
    sentinel: Option<JsValue>,
    /// Bumped on every acquire and release, so a request that resolves after a release (or a
    /// newer request) releases its own lock instead of keeping it.
    generation: u64,
    /// Asks again when the page comes back (the browser drops the lock when it is hidden).
    on_return: Option<EventListener>,
}

impl ScreenWakeLock {
    /// Keeps the screen awake (`true`) or lets it sleep again (`false`).
    pub fn keep_awake(&self, on: bool) {
        if self.state.borrow().wanted == on {
            return;
        }
        self.state.borrow_mut().wanted = on;
        if on {
            self.acquire();
            let lock = self.clone();
            let listener = web_sys::window()
                .and_then(|w| w.document())
                .map(|document| {
                    EventListener::new(&document, "visibilitychange", move |_| {
                        if page_is_visible() {
                            lock.acquire();
                        } else {
                            lock.release();
                        }
                    })
                });
            self.state.borrow_mut().on_return = listener;
        } else {
            let listener = self.state.borrow_mut().on_return.take();
            drop(listener);
            self.release();
        }
    }

    fn acquire(&self) {
        self.release();
        let Some(request) = request_screen_lock() else {
            return;
        };
        let generation = {
            let mut s = self.state.borrow_mut();
            s.generation += 1;
            s.generation
        };
        let state = self.state.clone();
        spawn_local(async move {
            // A refusal (page hidden, battery saver, policy) is fine: the screen may just dim.
            let Ok(sentinel) = JsFuture::from(request).await else {
                return;
            };
            let mut s = state.borrow_mut();
            if s.generation == generation {
                s.sentinel = Some(sentinel);
            } else {
                release_sentinel(&sentinel);
            }
        });
    }

    fn release(&self) {
        let sentinel = {
            let mut s = self.state.borrow_mut();
            s.generation += 1;
            s.sentinel.take()
        };
        if let Some(sentinel) = sentinel {
            release_sentinel(&sentinel);
        }
    }
}

/// `navigator.wakeLock.request('screen')`, or None where unsupported.
fn request_screen_lock() -> Option<Promise> {
    let navigator = web_sys::window()?.navigator();
    let wake_lock = Reflect::get(&navigator, &"wakeLock".into())
        .ok()
        .filter(|v| v.is_object())?;
    let request = Reflect::get(&wake_lock, &"request".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    request
        .call1(&wake_lock, &"screen".into())
        .ok()?
        .dyn_into::<Promise>()
        .ok()
}

/// `sentinel.release()`, ignoring failures (an already released lock rejects).
fn release_sentinel(sentinel: &JsValue) {
    let Some(release) = Reflect::get(sentinel, &"release".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return;
    };
    if let Some(promise) = release
        .call0(sentinel)
        .ok()
        .and_then(|p| p.dyn_into::<Promise>().ok())
    {
        // Await it so a rejection is handled here rather than logged as unhandled.
        spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

fn page_is_visible() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_none_or(|d| d.visibility_state() == web_sys::VisibilityState::Visible)
}
