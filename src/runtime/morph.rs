//! Writes new markup into a place by changing only the nodes that differ, as if by `innerHTML`.
//!
//! Replacing a place's markup wholesale makes the browser build, style and lay out every element
//! in it again: a diary save rewrote the form and thirty list entries that way, and the layout
//! alone took most of a 100 ms task on a slow phone. Here the new markup is parsed off the page
//! and the place's nodes are brought in step with it: an element with the same tag (and the same
//! key) is kept and only its differing attributes and text change, so style and layout are
//! redone for what changed. A child with a key (`data-key`, or else `id`) is matched with the old
//! child of that key, so a night added at the top of the list is one inserted `li`.
//!
//! The result is what `innerHTML` would show: a form field takes the value and checked state its
//! new markup gives, so what the person typed is reset whenever the place is written, exactly as
//! before; what is kept is the nodes, and with them focus and the browser's style and layout.

use wasm_bindgen::JsValue;
use web_sys::{Element, Node};

/// Makes `place`'s children match `html`.
pub fn morph(place: &Element, html: &str) {
    let Some(fresh) = place
        .owner_document()
        .and_then(|d| d.create_element("div").ok())
    else {
        place.set_inner_html(html);
        return;
    };
    fresh.set_inner_html(html);
    morph_children(place, &fresh);
}

fn morph_children(old_parent: &Node, new_parent: &Node) {
    let mut old = old_parent.first_child();
    let mut new = new_parent.first_child();
    while let Some(new_node) = new {
        // Taken now: moving `new_node` into the page takes it out of `new_parent`.
        new = new_node.next_sibling();
        if let Some(wanted) = key(&new_node) {
            if old.as_ref().and_then(key).as_ref() != Some(&wanted) {
                if let Some(found) = find_key(old.clone(), &wanted) {
                    let _ = old_parent.insert_before(&found, old.as_ref());
                    old = Some(found);
                }
            }
        }
        match old.take() {
            Some(old_node) if same_kind(&old_node, &new_node) => {
                morph_node(&old_node, &new_node);
                old = old_node.next_sibling();
            }
            other => {
                let _ = old_parent.insert_before(&new_node, other.as_ref());
                old = other;
            }
        }
    }
    while let Some(extra) = old {
        old = extra.next_sibling();
        let _ = old_parent.remove_child(&extra);
    }
}

/// Same node type, and for elements the same tag and key.
fn same_kind(old: &Node, new: &Node) -> bool {
    old.node_type() == new.node_type() && old.node_name() == new.node_name() && key(old) == key(new)
}

fn key(node: &Node) -> Option<String> {
    let element = wasm_bindgen::JsCast::dyn_ref::<Element>(node)?;
    element
        .get_attribute("data-key")
        .or_else(|| element.get_attribute("id"))
}

/// The first of `from` and its following siblings with this key.
fn find_key(mut from: Option<Node>, wanted: &str) -> Option<Node> {
    while let Some(node) = from {
        if key(&node).as_deref() == Some(wanted) {
            return Some(node);
        }
        from = node.next_sibling();
    }
    None
}

fn morph_node(old: &Node, new: &Node) {
    use wasm_bindgen::JsCast;
    let (Some(old_el), Some(new_el)) = (old.dyn_ref::<Element>(), new.dyn_ref::<Element>()) else {
        if old.node_value() != new.node_value() {
            old.set_node_value(new.node_value().as_deref());
        }
        return;
    };
    // Most of a place is as it was (the list's other nights, the form's labels): one comparison
    // in the browser tells, and an equal subtree is skipped unless it holds a field, whose typed
    // state the comparison cannot see.
    let equal = old.is_equal_node(Some(new));
    if !equal {
        for name in new_el
            .get_attribute_names()
            .iter()
            .filter_map(|n| n.as_string())
        {
            let value = new_el.get_attribute(&name);
            if old_el.get_attribute(&name) != value {
                let _ = old_el.set_attribute(&name, value.as_deref().unwrap_or(""));
            }
        }
        for name in old_el
            .get_attribute_names()
            .iter()
            .filter_map(|n| n.as_string())
        {
            if !new_el.has_attribute(&name) {
                let _ = old_el.remove_attribute(&name);
            }
        }
    }
    // A field's state is its properties, which its attributes only set at first.
    match old.node_name().as_str() {
        // An unchanged form's fields go back to what its markup says in one step.
        "FORM" if equal => {
            if let Some(form) = old.dyn_ref::<web_sys::HtmlFormElement>() {
                form.reset();
                return;
            }
        }
        "INPUT" => {
            set_property(old, "checked", new_el.has_attribute("checked").into());
            set_property(
                old,
                "value",
                new_el.get_attribute("value").unwrap_or_default().into(),
            );
            return;
        }
        "OPTION" => set_property(old, "selected", new_el.has_attribute("selected").into()),
        "TEXTAREA" => {
            set_property(old, "value", new.text_content().unwrap_or_default().into());
            return;
        }
        _ => {}
    }
    if equal && !holds_fields(old_el) {
        return;
    }
    morph_children(old, new);
}

fn holds_fields(element: &Element) -> bool {
    (element.query_selector("input, textarea, select").ok()).is_none_or(|found| found.is_some())
}

fn set_property(node: &Node, name: &str, value: JsValue) {
    let _ = js_sys::Reflect::set(node, &name.into(), &value);
}
