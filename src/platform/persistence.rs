//! Asks the browser to keep our storage (so it is not cleared under storage pressure) and reports
//! whether it agreed and how much is stored. Browser-only; called from effects and handlers.

use wasm_bindgen_futures::JsFuture;

/// What /privacy shows about storage.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct StorageStatus {
    /// None when the browser cannot say (no StorageManager).
    pub persisted: Option<bool>,
    /// Bytes used by this site (all of its storage, including the offline copy of the app).
    pub usage_bytes: Option<f64>,
    pub quota_bytes: Option<f64>,
}

fn manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Older browsers have no navigator.storage.
    if !js_sys::Reflect::has(&navigator, &"storage".into()).unwrap_or(false) {
        return None;
    }
    Some(navigator.storage())
}

/// Called when the user first saves something: ask once to keep the data. Returns whether the
/// browser agreed (Chromium decides silently; Firefox may ask the user).
pub async fn request() -> Option<bool> {
    let promise = manager()?.persist().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// Whether the browser keeps our storage, asking it to when it does not yet (the diary page,
/// which shows the answer).
pub async fn ask() -> Option<bool> {
    let manager = manager()?;
    if let Ok(promise) = manager.persisted() {
        if JsFuture::from(promise).await.ok()?.as_bool() == Some(true) {
            return Some(true);
        }
    }
    request().await
}

pub async fn status() -> StorageStatus {
    let Some(m) = manager() else {
        return StorageStatus::default();
    };
    let persisted = match m.persisted() {
        Ok(p) => JsFuture::from(p).await.ok().and_then(|v| v.as_bool()),
        Err(_) => None,
    };
    let (usage_bytes, quota_bytes) = match m.estimate() {
        Ok(p) => match JsFuture::from(p).await {
            Ok(est) => {
                let get = |k: &str| {
                    js_sys::Reflect::get(&est, &k.into())
                        .ok()
                        .and_then(|v| v.as_f64())
                };
                (get("usage"), get("quota"))
            }
            Err(_) => (None, None),
        },
        Err(_) => (None, None),
    };
    StorageStatus {
        persisted,
        usage_bytes,
        quota_bytes,
    }
}
