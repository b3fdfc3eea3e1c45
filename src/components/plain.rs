//! The little DOM building the plain islands need (`Island::is_plain`): they run without Yew.

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
