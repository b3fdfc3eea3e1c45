//! The pure core names no UI or browser crate, so it stays testable natively and the UI cannot
//! hide a medical rule in it behind a browser call. Checked on the source text: the crate has one
//! Cargo.toml, so the compiler alone cannot keep these modules pure.

use std::path::{Path, PathBuf};

/// The pure modules (files or folders under src/).
const PURE: &[&str] = &[
    "content",
    "assessment",
    "diary",
    "stretch",
    "timer.rs",
    "decimal.rs",
    "routes.rs",
    "islands.rs",
];

const UI_CRATES: &[&str] = &["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"];

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).expect("a readable folder") {
            rust_files(&entry.expect("a folder entry").path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_path_buf());
    }
}

/// Whether `word` appears in `text` as a whole identifier (so "gloom" is not "gloo").
fn names(text: &str, word: &str) -> bool {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
    })
}

#[test]
fn no_pure_module_names_a_ui_or_browser_crate() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for module in PURE {
        let path = src.join(module);
        assert!(path.exists(), "{module} is missing");
        rust_files(&path, &mut files);
    }
    assert!(files.len() > 20, "found only {} files", files.len());
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable source");
        for krate in UI_CRATES {
            assert!(!names(&text, krate), "{} names {krate}", file.display());
        }
    }
}

#[test]
fn the_check_finds_a_crate_named_in_code() {
    assert!(names("use web_sys::Window;", "web_sys"));
    assert!(names("yew::html!", "yew"));
    assert!(!names("a gloomy night", "gloo"));
    assert!(!names("my_yew_tree", "yew"));
}
