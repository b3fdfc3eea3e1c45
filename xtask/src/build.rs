//! Building the deployable folder, the quick debug site for the edit-build-look loop, serving
//! them, and running every test suite.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use night_cramps_core::islands::Bundle;

use crate::tools::{run, Env};

/// The browser bundles besides the site one (index.html's), as Cargo binaries: `Bundle` in
/// crates/core/src/islands.rs is the one list of bundles (tests/islands.rs checks Cargo.toml's
/// binaries and index.html against it), and the prerender and the precache take the built files.
fn more_bundles() -> impl Iterator<Item = &'static str> {
    Bundle::ALL
        .into_iter()
        .filter(|bundle| *bundle != Bundle::Site)
        .map(Bundle::bin)
}

/// `dist/`: Trunk builds and hashes each bundle's wasm/JS and the CSS; then the host prerender
/// writes every page.
pub fn dist(env: &Env, sub_path: &str, out: &str) -> Result<(), String> {
    // Trunk runs cargo with --offline: fetch the crates first, and the standard library's own
    // crates, which the bundles' build-std compiles (`smallest_wasm`).
    run(env.cmd("cargo").args(["fetch"]), "fetching crates")?;
    run(
        smallest_wasm(env.cmd("cargo")).args(["fetch", "--target", "wasm32-unknown-unknown"]),
        "fetching the standard library's crates",
    )?;
    run(
        smallest_wasm(env.cmd("trunk")).args(["build", "--release", "--dist", out]),
        "trunk build --release (site bundle)",
    )?;
    // Trunk builds one app per HTML file and replaces its output folder, so each other bundle
    // goes to its own folder under target/ and only its JS and wasm are copied in. One at a time:
    // Trunk builds that share target/ must not run at once.
    let rust_link = site_rust_link(env)?;
    for bundle in more_bundles() {
        let staging = env.root.join("target").join("trunk-bundles").join(bundle);
        let staging_arg = staging.to_string_lossy().into_owned();
        let input = bundle_input(env, &rust_link, bundle)?;
        let input = input.to_string_lossy().into_owned();
        run(
            smallest_wasm(env.cmd("trunk")).args([
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

/// Release bundles link a standard library built for size from the pinned toolchain's source
/// (rust-src), with no panic machinery: a panic traps at once, which the page's loader reports
/// like any other wasm trap. This takes about 80 KB gzip off the install (BENCHMARKS.md).
/// `-Zbuild-std` is unstable; RUSTC_BOOTSTRAP lets the pinned stable release (rust-toolchain.toml)
/// use it, so it cannot change under us. Only Trunk's wasm builds (and the fetch before them)
/// get it: the host's builds need no `--target`, which build-std requires.
fn smallest_wasm(mut cargo: std::process::Command) -> std::process::Command {
    cargo
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
        .env("CARGO_UNSTABLE_BUILD_STD_FEATURES", "optimize_for_size")
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
            "-Zunstable-options -Cpanic=immediate-abort",
        );
    cargo
}

/// The site bundle's `<link data-trunk rel="rust" …>` from index.html: every bundle is built
/// with the same wasm-opt settings, written once there.
fn site_rust_link(env: &Env) -> Result<String, String> {
    let index = fs::read_to_string(env.root.join("index.html"))
        .map_err(|e| format!("cannot read index.html: {e}"))?;
    let site = format!("data-bin=\"{}\"", Bundle::Site.bin());
    index
        .lines()
        .find(|line| line.contains("rel=\"rust\"") && line.contains(&site))
        .map(|line| line.trim().to_string())
        .ok_or_else(|| format!("index.html has no <link data-trunk rel=\"rust\" {site} …>"))
}

/// Writes Trunk's input for one bundle (target/trunk-bundles/<bin>.html): the site's rust link
/// for another binary of the same crate, and nothing else.
fn bundle_input(env: &Env, rust_link: &str, bundle: &str) -> Result<PathBuf, String> {
    // Trunk resolves href against the input's folder (even a path starting with /).
    let link = rust_link.replacen(
        &format!("data-bin=\"{}\"", Bundle::Site.bin()),
        &format!("data-bin=\"{bundle}\" href=\"../../Cargo.toml\""),
        1,
    );
    let html = format!("<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>{bundle}</title>\n{link}\n</head>\n<body></body>\n</html>\n");
    let dir = env.root.join("target").join("trunk-bundles");
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let path = dir.join(format!("{bundle}.html"));
    fs::write(&path, html).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}

/// Copies `<bin>-<hash>.js` and its `_bg.wasm` from Trunk's folder into the site.
fn copy_bundle(from: &Path, to: &Path, bundle: &str) -> Result<(), String> {
    let prefix = format!("{bundle}-");
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

/// The command that serves `out` like GitHub Pages (sub-path, 404.html, correct MIME types).
fn server(env: &Env, sub_path: &str, port: u16, out: &str) -> std::process::Command {
    let mut node = env.cmd("node");
    node.args(["tests/browser/server.mjs", out, "--sub-path", sub_path])
        .args(["--port", &port.to_string()]);
    node
}

/// Serves `out` until Ctrl-C.
pub fn serve(env: &Env, sub_path: &str, port: u16, out: &str) -> Result<(), String> {
    run(
        &mut server(env, sub_path, port, out),
        &format!("serving {out}/"),
    )
}

/// `serve --quick`: a debug build of the whole site into `out`, served, and built again each time
/// a source changes (the server reads files as they are asked for, so a reload shows the new
/// build). Debug builds skip wasm-opt, link-time optimisation and Trunk, and the quick site has
/// no offline cache, so a reload never shows an older build. Not for measuring sizes or speed.
pub fn serve_quick(env: &Env, sub_path: &str, port: u16, out: &str) -> Result<(), String> {
    let started = Instant::now();
    quick_dist(env, sub_path, out)?;
    eprintln!(
        "xtask: quick build ready in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let mut child = server(env, sub_path, port, out)
        .spawn()
        .map_err(|e| format!("cannot start the server: {e}"))?;
    let mut seen = newest_source(&env.root);
    loop {
        std::thread::sleep(Duration::from_millis(400));
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("the server stopped ({status})"));
        }
        let now = newest_source(&env.root);
        if now == seen {
            continue;
        }
        let started = Instant::now();
        match quick_dist(env, sub_path, out) {
            Ok(()) => eprintln!(
                "xtask: rebuilt in {:.1} s; reload the page",
                started.elapsed().as_secs_f64()
            ),
            Err(e) => eprintln!("xtask: {e}\nxtask: waiting for the next change"),
        }
        seen = newest_source(&env.root);
    }
}

/// The latest change time and the number of files under the folders a build reads, so an edit,
/// a new file and a deleted one each count as a change.
fn newest_source(root: &Path) -> (Option<SystemTime>, usize) {
    fn walk(path: &Path, newest: &mut Option<SystemTime>, count: &mut usize) {
        let Ok(meta) = fs::metadata(path) else {
            return;
        };
        if meta.is_dir() {
            for entry in fs::read_dir(path).into_iter().flatten().flatten() {
                walk(&entry.path(), newest, count);
            }
        } else {
            *count += 1;
            if let Ok(modified) = meta.modified() {
                *newest = (*newest).max(Some(modified));
            }
        }
    }
    let mut newest = None;
    let mut count = 0;
    for part in ["src", "crates", "static", "index.html", "Cargo.toml"] {
        walk(&root.join(part), &mut newest, &mut count);
    }
    (newest, count)
}

/// The whole site with debug builds: one cargo build of every bundle, wasm-bindgen for each
/// (as Trunk would call it), the files index.html copies, then the prerender (also a debug
/// build, so the hydration markers match the debug bundles).
fn quick_dist(env: &Env, sub_path: &str, out: &str) -> Result<(), String> {
    let out_dir = env.root.join(out);
    fs::create_dir_all(&out_dir).map_err(|e| format!("cannot create {out}: {e}"))?;
    let bundles = Bundle::ALL.map(Bundle::bin);
    let mut cargo = env.cmd("cargo");
    cargo.args(["build", "--target", "wasm32-unknown-unknown"]);
    for bundle in bundles {
        cargo.args(["--bin", bundle]);
    }
    run(&mut cargo, "cargo build (browser bundles, debug)")?;
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| env.root.join("target"));
    let wasm_dir = target.join("wasm32-unknown-unknown").join("debug");
    for bundle in bundles {
        let wasm = wasm_dir.join(format!("{bundle}.wasm"));
        let mut bindgen = env.cmd("wasm-bindgen");
        bindgen
            .args(["--target", "web", "--no-typescript", "--out-dir"])
            .arg(&out_dir)
            .args(["--out-name", &format!("{bundle}-quick")])
            .arg(&wasm);
        run(&mut bindgen, &format!("wasm-bindgen ({bundle} bundle)"))?;
    }
    copy_static_files(env, &out_dir)?;
    run(
        env.cmd("cargo").args([
            "run",
            "--quiet",
            "--features",
            "ssr",
            "--bin",
            "prerender",
            "--",
            out,
            "--not-found-base",
            sub_path,
            "--no-offline",
        ]),
        "prerendering every route (debug)",
    )
}

/// Copies what index.html's Trunk links name: the stylesheet (as `style-quick.css`, the name
/// pattern the prerender looks for), and each `copy-dir` and `copy-file`.
fn copy_static_files(env: &Env, out_dir: &Path) -> Result<(), String> {
    let index = fs::read_to_string(env.root.join("index.html"))
        .map_err(|e| format!("cannot read index.html: {e}"))?;
    for line in index.lines().filter(|l| l.contains("data-trunk")) {
        let attr = |name: &str| {
            let start = line.find(&format!("{name}=\""))? + name.len() + 2;
            line[start..].split('"').next()
        };
        let (Some(rel), Some(href)) = (attr("rel"), attr("href")) else {
            continue;
        };
        let from = env.root.join(href);
        let name = Path::new(href)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match rel {
            "css" => copy_file(&from, &out_dir.join("style-quick.css"))?,
            "copy-file" => copy_file(&from, &out_dir.join(&name))?,
            "copy-dir" => copy_dir(&from, &out_dir.join(&name))?,
            _ => {}
        }
    }
    Ok(())
}

fn copy_file(from: &Path, to: &Path) -> Result<(), String> {
    fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    for entry in fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let target = to.join(path.file_name().unwrap_or_default());
        if path.is_dir() {
            copy_dir(&path, &target)?;
        } else {
            copy_file(&path, &target)?;
        }
    }
    Ok(())
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
            "--features",
            "night-cramps/ssr",
            "--",
            "-D",
            "warnings",
        ]),
        "lints (cargo clippy, native, with the prerender's ssr code)",
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
