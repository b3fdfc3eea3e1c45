//! The little DOM building the islands need: they run without Yew, on the prerendered markup.
//! (Yew pages use the focus helper too.)

/// A new `<tag class=…>text</tag>`, not yet in the page.
pub fn element(tag: &str, class: &str, text: &str) -> Option<web_sys::Element> {
    let node = web_sys::window()?.document()?.create_element(tag).ok()?;
    if !class.is_empty() {
        node.set_class_name(class);
    }
    node.set_text_content(Some(text));
    Some(node)
}

/// A new `<button type="button" class=…>text</button>` that calls `on_click` for the life of
/// the page.
pub fn button(
    class: &str,
    text: &str,
    on_click: impl FnMut(&web_sys::Event) + 'static,
) -> Option<web_sys::Element> {
    let node = element("button", class, text)?;
    let _ = node.set_attribute("type", "button");
    gloo::events::EventListener::new(&node, "click", on_click).forget();
    Some(node)
}

/// Focuses (and so scrolls to) the element with this id, if there is one.
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Sets an attribute, touching the DOM only when the value changes (a countdown redraws four
/// times a second).
pub fn set_attribute(node: &web_sys::Element, name: &str, value: &str) {
    if node.get_attribute(name).as_deref() != Some(value) {
        let _ = node.set_attribute(name, value);
    }
}

/// Sets a boolean attribute such as `disabled` or `hidden` on or off.
pub fn set_flag(node: &web_sys::Element, name: &str, on: bool) {
    if on {
        set_attribute(node, name, "");
    } else {
        let _ = node.remove_attribute(name);
    }
}

/// Sets an element's text, touching the DOM only when it changes.
pub fn set_text(node: &web_sys::Element, value: &str) {
    if node.text_content().as_deref() != Some(value) {
        node.set_text_content(Some(value));
    }
}

/// Calls `tick` every `ms` while `running`: starts the interval in `slot` when needed, and stops
/// it when not. Safe to call from inside that interval's own callback.
pub fn keep_ticking(
    slot: &mut Option<gloo::timers::callback::Interval>,
    running: bool,
    ms: u32,
    tick: impl FnMut() + 'static,
) {
    if running && slot.is_none() {
        *slot = Some(gloo::timers::callback::Interval::new(ms, tick));
    } else if !running {
        if let Some(interval) = slot.take() {
            // Dropping it inside its own callback would free the code that is running: drop it
            // once that returns.
            wasm_bindgen_futures::spawn_local(async move { drop(interval) });
        }
    }
}
