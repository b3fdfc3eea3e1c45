//! Host-side prerender: renders every route of the app into its own static HTML file inside the
//! Trunk output folder, so content shows before (and without) WebAssembly and the browser
//! hydrates on top.
//!
//! Usage: `prerender <dist-dir> [--not-found-base /night-cramps/] [--no-offline]`
//!
//! Trunk builds the hashed JS/wasm/CSS; this step owns every HTML file. Each page gets:
//! a relative `<base href>` (so one build works at the site root or under any sub-path), its own
//! title and description, and a Content-Security-Policy that allows only this origin plus the
//! hash of the one inline loader script. `404.html` (served by static hosts for unknown paths)
//! needs an absolute base, because its depth is unknown: `--not-found-base` (default `/`).

use std::path::{Path, PathBuf};
use std::{fs, process::ExitCode};

use night_cramps::app::{App, AppProps};
use night_cramps::islands::Bundle;
use night_cramps::routes::Route;
use sha2::{Digest, Sha256};

mod page;
use page::page;

/// The hashed files Trunk produced: the stylesheet, and the JS glue + wasm of each bundle.
struct Assets {
    css: String,
    bundles: Vec<(Bundle, BundleFiles)>,
}

struct BundleFiles {
    js: String,
    wasm: String,
}

impl Assets {
    fn of(&self, bundle: Bundle) -> &BundleFiles {
        // find_assets found every bundle, or failed.
        &self
            .bundles
            .iter()
            .find(|(b, _)| *b == bundle)
            .expect("every bundle was found")
            .1
    }
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(dist) = args.next().map(PathBuf::from) else {
        eprintln!("usage: prerender <dist-dir> [--not-found-base /sub-path/]");
        return ExitCode::from(2);
    };
    let mut not_found_base = "/".to_string();
    let mut offline = true;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--not-found-base" => not_found_base = args.next().unwrap_or_else(|| "/".into()),
            // `cargo xtask serve --quick`: a worker that caches nothing, so a reload always
            // shows the latest debug build.
            "--no-offline" => offline = false,
            _ => {
                eprintln!("prerender: unknown argument {arg}");
                return ExitCode::from(2);
            }
        }
    }
    if !not_found_base.ends_with('/') {
        not_found_base.push('/');
    }
    match run(&dist, &not_found_base, offline) {
        Ok(count) => {
            println!("prerender: wrote {count} pages into {}", dist.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(dist: &Path, not_found_base: &str, offline: bool) -> Result<usize, String> {
    let assets = find_assets(dist)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the render runtime: {e}"))?;
    let local = tokio::task::LocalSet::new();
    let mut pages = Vec::new();
    for route in Route::all().into_iter().chain([Route::NotFound]) {
        let body = local.block_on(&runtime, render(route));
        let (base, file) = match route {
            Route::NotFound => (not_found_base.to_string(), dist.join("404.html")),
            _ => (
                "../".repeat(route.depth()),
                dist.join(route.rel_path()).join("index.html"),
            ),
        };
        let html = page(&route, &base, &assets, &body);
        if let Some(parent) = file.parent() {
            fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        fs::write(&file, html).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
        pages.push(file);
    }
    write_manifest(dist, not_found_base)?;
    let build = if offline {
        write_service_worker(dist)?
    } else {
        write_passing_worker(dist)?;
        "debug".to_string()
    };
    fill_build_id(&pages, &build)?;
    Ok(pages.len())
}

/// The web app manifest with its `id`: the sub-path the site lives under. The manifest
/// resolves `start_url` and `scope` against its own address ("./" is the app root), but `id`
/// against the origin alone, so without this two apps on one `*.github.io` origin would be the
/// same installed app. (The source file leaves `id` out, which means `start_url`: also right,
/// but a reader or tool that expects the member would not find it.)
fn write_manifest(dist: &Path, sub_path: &str) -> Result<(), String> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("static")
        .join("manifest.webmanifest");
    let text = fs::read_to_string(&source)
        .map_err(|e| format!("cannot read {}: {e}", source.display()))?;
    let parsed: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| format!("{} is not JSON: {e}", source.display()))?;
    if parsed.get("id").is_some() {
        return Err(format!(
            "{}: leave `id` out; the prerender writes it from the sub-path",
            source.display()
        ));
    }
    let id = serde_json::Value::String(sub_path.to_string());
    let filled = text.replacen('{', &format!("{{\n  \"id\": {id},"), 1);
    let target = dist.join("manifest.webmanifest");
    fs::write(&target, filled).map_err(|e| format!("cannot write {}: {e}", target.display()))
}

/// Writes the build id into the pages that show it (/about).
fn fill_build_id(pages: &[PathBuf], build: &str) -> Result<(), String> {
    use night_cramps::ui::guide::about::BUILD_ID_SLOT;
    for file in pages {
        let html =
            fs::read_to_string(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        if html.contains(BUILD_ID_SLOT) {
            fs::write(file, html.replace(BUILD_ID_SLOT, build))
                .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
        }
    }
    Ok(())
}

/// Fills the service worker's precache list with exactly this build's files (learned here, never
/// kept by hand) and names its cache after a hash of their contents: the build id, returned.
/// The manifest's screenshots are left out: only an install dialog shows them, online.
fn write_service_worker(dist: &Path) -> Result<String, String> {
    let sw = dist.join("sw.js");
    // Read the template from the source tree, so prerendering the same folder twice works.
    let template_path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("static")
        .join("sw.js");
    let template = fs::read_to_string(&template_path)
        .map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
    let mut files = Vec::new();
    list_files(dist, dist, &mut files)?;
    files.retain(|f| f != "sw.js" && !f.starts_with("screenshots/"));
    files.sort();
    let mut hasher = Sha256::new();
    let mut entries = Vec::new();
    for f in &files {
        hasher.update(f.as_bytes());
        hasher.update(fs::read(dist.join(f)).map_err(|e| format!("cannot read {f}: {e}"))?);
        // Pages are fetched by their folder address, as a visitor types it.
        let entry = match f.strip_suffix("index.html") {
            Some("") => "./".to_string(),
            Some(folder) => folder.to_string(),
            None => f.clone(),
        };
        entries.push(format!("\"{entry}\""));
    }
    let version: String = hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    let filled = template
        .replace("'__VERSION__'", &format!("'{version}'"))
        .replace(
            "'__APP_VERSION__'",
            &format!("'{}'", env!("CARGO_PKG_VERSION")),
        )
        .replace("__PRECACHE__", &format!("[{}]", entries.join(",")));
    fs::write(&sw, filled).map_err(|e| format!("cannot write {}: {e}", sw.display()))?;
    println!(
        "prerender: service worker precaches {} files (build {version})",
        files.len()
    );
    Ok(version)
}

/// A service worker that replaces any earlier one, caches nothing and unregisters itself, for
/// quick debug builds: with the offline cache, a reload would show the build before the edit.
fn write_passing_worker(dist: &Path) -> Result<(), String> {
    let sw = dist.join("sw.js");
    let text = "// Quick debug build (cargo xtask serve --quick): no offline cache.\n\
        self.addEventListener('install', () => self.skipWaiting());\n\
        self.addEventListener('activate', (e) => e.waitUntil(caches.keys()\n\
          .then((keys) => Promise.all(keys.filter((k) => k.startsWith('night-cramps-')).map((k) => caches.delete(k))))\n\
          .then(() => self.registration.unregister())));\n";
    fs::write(&sw, text).map_err(|e| format!("cannot write {}: {e}", sw.display()))
}

fn list_files(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
    for entry in fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            list_files(root, &path, out)?;
        } else if let Ok(rel) = path.strip_prefix(root) {
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(())
}

/// Renders one route's body with Yew's server renderer, without the markers Yew would hydrate
/// from: the browser never runs Yew (each island's DOM code finds its markup by class).
async fn render(route: Route) -> String {
    let props = AppProps { route };
    yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

fn find_assets(dist: &Path) -> Result<Assets, String> {
    let entries = fs::read_dir(dist).map_err(|e| {
        format!(
            "cannot read {}: {e} (run trunk build first)",
            dist.display()
        )
    })?;
    let names: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    let find = |pred: &dyn Fn(&str) -> bool, what: &str| {
        names
            .iter()
            .find(|n| pred(n))
            .cloned()
            .ok_or_else(|| format!("no {what} in {} (did trunk build run?)", dist.display()))
    };
    let mut bundles = Vec::new();
    for bundle in Bundle::ALL {
        // "nc-check-<hash>.js": the bin name, a dash, then Trunk's hash (names never nest).
        let prefix = format!("{}-", bundle.bin());
        let js = find(
            &|n| n.starts_with(&prefix) && n.ends_with(".js"),
            &format!("{} JavaScript", bundle.bin()),
        )?;
        let wasm = find(
            &|n| n.starts_with(&prefix) && n.ends_with("_bg.wasm"),
            &format!("{} WebAssembly", bundle.bin()),
        )?;
        bundles.push((bundle, BundleFiles { js, wasm }));
    }
    Ok(Assets {
        css: find(
            &|n| n.starts_with("style-") && n.ends_with(".css"),
            "stylesheet",
        )?,
        bundles,
    })
}
