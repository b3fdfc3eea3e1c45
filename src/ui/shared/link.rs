//! Links to other pages of the app: plain `<a href>` relative to the page's `<base href>`, so
//! they work at the site root, under any sub-path, with JavaScript off, and offline (the service
//! worker serves every page from the device). A plain function rather than a component: links
//! appear in every island, and each component type adds its own code to the download.

use crate::routes::Route;

/// The `href` for a route, relative to `<base href>` (the app root), with an optional in-page
/// anchor (without the `#`).
pub fn href(to: &Route, fragment: Option<&str>) -> String {
    let rel = to.rel_path();
    let rel = if rel.is_empty() {
        "./".to_string()
    } else {
        rel
    };
    match fragment {
        Some(f) => format!("{rel}#{f}"),
        None => rel,
    }
}
