//! Browser entry: hydrate the prerendered page (or render from scratch if it is missing).

#[cfg(target_arch = "wasm32")]
fn main() {
    use night_cramps::app::App;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(root) = document.get_element_by_id("app") else { return };
    let renderer = yew::Renderer::<App>::with_root(root.clone());
    // Prerendered pages carry Yew's hydration markers; a bare index.html (trunk serve) does not.
    if root.child_element_count() > 0 {
        renderer.hydrate();
    } else {
        renderer.render();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("night-cramps is a browser app: build it with `cargo xtask dist` or run `cargo xtask serve`.");
}
