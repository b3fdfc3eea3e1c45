//! The little DOM building the islands need: they run without Yew, on the prerendered markup.

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

/// Focuses (and so scrolls to) the element with this id; false when there is none.
pub fn focus_by_id(id: &str) -> bool {
    use wasm_bindgen::JsCast;
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    let element = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    element.is_some_and(|element| element.focus().is_ok())
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

/// One listener on `root` for each of `kinds` (click, submit, change…), for the life of the page:
/// an island hears every tap inside it there, so markup written again needs no listeners of its
/// own. `heard` may call `preventDefault`.
pub fn listen(
    root: &web_sys::Element,
    kinds: &[&'static str],
    heard: impl Fn(&web_sys::Event) + 'static,
) {
    let heard = std::rc::Rc::new(heard);
    for &kind in kinds {
        let heard = heard.clone();
        gloo::events::EventListener::new_with_options(
            root,
            kind,
            gloo::events::EventListenerOptions::enable_prevent_default(),
            move |event| heard(event),
        )
        .forget();
    }
}

/// Writes `html` into the place `selector` inside `root` unless the place already shows it
/// (`shown`, then updated), so a place that did not change keeps its focus and what was typed
/// in it. A place that changed is brought in step node by node (`morph`). Returns the place
/// when it was written.
pub fn write_place(
    root: &web_sys::Element,
    selector: &str,
    html: String,
    shown: &mut String,
) -> Option<web_sys::Element> {
    if *shown == html {
        return None;
    }
    let place = root.query_selector(selector).ok().flatten();
    if let Some(place) = &place {
        super::morph::morph(place, &html);
    }
    *shown = html;
    place
}
