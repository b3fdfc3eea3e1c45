//! Building the deployable folder, serving it, and running every test suite.

use std::fs;
use std::path::{Path, PathBuf};

use crate::tools::{run, Env};

/// The browser bundles besides the site one (index.html). Keep in step with `Bundle` in
/// src/islands.rs (the prerender fails if a bundle is missing).
const MORE_BUNDLES: [&str; 6] = ["relief", "check", "diary", "summary", "backup", "privacy"];

/// `dist/`: Trunk builds and hashes each bundle's wasm/JS and the CSS; then the host prerender
/// writes every page.
pub fn dist(env: &Env, sub_path: &str, out: &str) -> Result<(), String> {
    // Trunk runs cargo with --offline: fetch the crates first.
    run(env.cmd("cargo").args(["fetch"]), "fetching crates")?;
    run(
        env.cmd("trunk").args(["build", "--release", "--dist", out]),
        "trunk build --release (site bundle)",
    )?;
    // Trunk builds one app per HTML file and replaces its output folder, so each other bundle
    // goes to its own folder under target/ and only its JS and wasm are copied in. One at a time:
    // Trunk builds that share target/ must not run at once.
    let rust_link = site_rust_link(env)?;
    for bundle in MORE_BUNDLES {
        let staging = env.root.join("target").join("trunk-bundles").join(bundle);
        let staging_arg = staging.to_string_lossy().into_owned();
        let input = bundle_input(env, &rust_link, bundle)?;
        let input = input.to_string_lossy().into_owned();
        run(
            env.cmd("trunk").args([
                "build",
                input.as_str(),
                "--release",
                "--dist",
                staging_arg.as_str(),
            ]),
            &format!("trunk build --release ({bundle} bundle)"),
        )?;
        copy_bundle(&staging, &env.root.join(out), bundle)?;
    }
    run(
        env.cmd("cargo").args([
            "run",
            "--quiet",
            "--profile",
            "prerender",
            "--features",
            "ssr",
            "--bin",
            "prerender",
            "--",
            out,
            "--not-found-base",
            sub_path,
        ]),
        "prerendering every route",
    )
}

/// The site bundle's `<link data-trunk rel="rust" …>` from index.html: every bundle is built
/// with the same wasm-opt settings, written once there.
fn site_rust_link(env: &Env) -> Result<String, String> {
    let index = fs::read_to_string(env.root.join("index.html"))
        .map_err(|e| format!("cannot read index.html: {e}"))?;
    index
        .lines()
        .find(|line| line.contains("rel=\"rust\"") && line.contains("data-bin=\"nc-site\""))
        .map(|line| line.trim().to_string())
        .ok_or_else(|| {
            "index.html has no <link data-trunk rel=\"rust\" data-bin=\"nc-site\" …>".into()
        })
}

/// Writes Trunk's input for one bundle (target/trunk-bundles/<bundle>.html): the site's rust link
/// for another binary of the same crate, and nothing else.
fn bundle_input(env: &Env, rust_link: &str, bundle: &str) -> Result<PathBuf, String> {
    // Trunk resolves href against the input's folder (even a path starting with /).
    let link = rust_link.replacen(
        "data-bin=\"nc-site\"",
        &format!("data-bin=\"nc-{bundle}\" href=\"../../Cargo.toml\""),
        1,
    );
    let html = format!("<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>{bundle}</title>\n{link}\n</head>\n<body></body>\n</html>\n");
    let dir = env.root.join("target").join("trunk-bundles");
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let path = dir.join(format!("{bundle}.html"));
    fs::write(&path, html).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}

/// Copies `nc-<bundle>-<hash>.js` and its `_bg.wasm` from Trunk's folder into the site.
fn copy_bundle(from: &Path, to: &Path, bundle: &str) -> Result<(), String> {
    let prefix = format!("nc-{bundle}-");
    let mut copied = 0;
    for entry in fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))? {
        let name = entry
            .map_err(|e| e.to_string())?
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name.starts_with(&prefix) && (name.ends_with(".js") || name.ends_with("_bg.wasm")) {
            fs::copy(from.join(&name), to.join(&name))
                .map_err(|e| format!("cannot copy {name}: {e}"))?;
            copied += 1;
        }
    }
    if copied == 2 {
        Ok(())
    } else {
        Err(format!(
            "expected {prefix}*.js and {prefix}*_bg.wasm in {}, found {copied} files",
            from.display()
        ))
    }
}

/// Serves dist/ like GitHub Pages (sub-path, 404.html, correct MIME types) until Ctrl-C.
pub fn serve(env: &Env, sub_path: &str, port: &str, out: &str) -> Result<(), String> {
    run(
        env.cmd("node").args([
            "tests/browser/server.mjs",
            out,
            "--sub-path",
            sub_path,
            "--port",
            port,
        ]),
        "serving dist/",
    )
}

pub fn test(env: &Env, out: &str) -> Result<(), String> {
    // Style and lints first: they take seconds and name the line to fix. Clippy also runs for the
    // browser target, where the code behind `cfg(target_arch = "wasm32")` lives.
    crate::tools::ensure_rust_components(&["rustfmt", "clippy"])?;
    run(
        env.cmd("cargo").args(["fmt", "--all", "--check"]),
        "formatting (cargo fmt --all --check; `cargo fmt --all` fixes it)",
    )?;
    run(
        env.cmd("cargo").args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
        "lints (cargo clippy, native)",
    )?;
    run(
        env.cmd("cargo").args([
            "clippy",
            "--target",
            "wasm32-unknown-unknown",
            "--lib",
            "--bins",
            "--",
            "-D",
            "warnings",
        ]),
        "lints (cargo clippy, browser build)",
    )?;
    run(
        env.cmd("cargo").args(["test", "--workspace"]),
        "native test suites (cargo test)",
    )?;
    dist(env, crate::TEST_SUB_PATH, out)?;
    let mut node = env.cmd("node");
    node.args(["--test", "--test-concurrency=1", "tests/browser/"])
        .env("NC_SUB_PATH", crate::TEST_SUB_PATH)
        .env("NC_DIST", env.root.join(out));
    run(&mut node, "browser test suites (headless Chromium)")?;
    Ok(())
}
