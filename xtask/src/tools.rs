//! Installs the pinned tools, each only when it is missing or at the wrong version, and says
//! clearly what to do when an install cannot work (e.g. no browser and no apt).
//!
//! trunk and wasm-bindgen-cli go under `target/tools` (`cargo install --root`), never over a
//! tool of the same name the user installed for something else. One already on PATH is used
//! only when its version is exactly the pinned one (CI puts prebuilt ones there).

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const TRUNK_VERSION: &str = "0.21.14";

/// What the build and test steps need: the repo root, a PATH with the pinned tools first, and
/// (for the browser suites) the Chromium or Chrome to drive.
pub struct Env {
    pub root: PathBuf,
    pub path: OsString,
    pub chromium: Option<PathBuf>,
}

impl Env {
    pub fn cmd(&self, program: &str) -> Command {
        let mut c = Command::new(program);
        c.current_dir(&self.root).env("PATH", &self.path);
        if let Some(chromium) = &self.chromium {
            c.env("CHROMIUM", chromium);
        }
        c
    }
}

pub fn root() -> PathBuf {
    // xtask/ lives one level below the repository root.
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Where the pinned cargo tools are installed: `<repo>/target/tools/bin`.
fn tools_bin(root: &Path) -> PathBuf {
    root.join("target").join("tools").join("bin")
}

fn output(program: impl AsRef<std::ffi::OsStr>, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

pub fn run(cmd: &mut Command, what: &str) -> Result<(), String> {
    eprintln!("xtask: {what}");
    let status = cmd
        .status()
        .map_err(|e| format!("{what}: could not start: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what}: failed ({status})"))
    }
}

/// The exact wasm-bindgen version in Cargo.lock: wasm-bindgen-cli must equal it.
pub fn locked_wasm_bindgen(root: &Path) -> Result<String, String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
            {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err("wasm-bindgen not found in Cargo.lock".into())
}

pub fn ensure_all(browser: bool) -> Result<Env, String> {
    let root = root();
    ensure_wasm_target()?;
    // The release bundles rebuild the standard library from its source (build::smallest_wasm).
    ensure_rust_components(&["rust-src"])?;
    ensure_cargo_tool(&root, "trunk", "trunk", TRUNK_VERSION, true)?;
    let wb = locked_wasm_bindgen(&root)?;
    // `--locked` fails for wasm-bindgen-cli (a locked dependency is gone from the registry).
    ensure_cargo_tool(&root, "wasm-bindgen", "wasm-bindgen-cli", &wb, false)?;
    ensure_node_tools(&root)?;
    let chromium = if browser {
        Some(ensure_chromium()?)
    } else {
        None
    };
    let mut dirs = vec![tools_bin(&root), root.join("node_modules").join(".bin")];
    dirs.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    let path = std::env::join_paths(dirs).map_err(|e| format!("cannot build PATH: {e}"))?;
    Ok(Env {
        root,
        path,
        chromium,
    })
}

fn ensure_wasm_target() -> Result<(), String> {
    // rust-toolchain.toml asks rustup for the target; this covers a toolchain set up otherwise.
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    run(
        Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]),
        "adding the wasm32-unknown-unknown target",
    )
    .map_err(|e| format!("{e}\n  Rust must be installed with rustup (https://rustup.rs)."))
}

/// Adds rustup components (rustfmt, clippy, rust-src) that a minimal Rust install leaves out.
pub fn ensure_rust_components(names: &[&str]) -> Result<(), String> {
    let installed = output("rustup", &["component", "list", "--installed"]).unwrap_or_default();
    let missing: Vec<&str> = names
        .iter()
        .copied()
        .filter(|name| {
            // "rustfmt-x86_64-unknown-linux-gnu", but "rust-src" (it has no host).
            !installed.lines().any(|l| {
                let l = l.trim();
                l == *name || l.starts_with(&format!("{name}-"))
            })
        })
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    run(
        Command::new("rustup")
            .args(["component", "add"])
            .args(&missing),
        &format!("adding the Rust components {}", missing.join(", ")),
    )
    .map_err(|e| format!("{e}\n  Rust must be installed with rustup (https://rustup.rs)."))
}

/// The version a tool reports (`trunk 0.21.14` → `0.21.14`), if it runs.
fn version_of(program: impl AsRef<std::ffi::OsStr>) -> Option<String> {
    let text = output(program, &["--version"])?;
    text.split_whitespace().nth(1).map(String::from)
}

/// `name` with the platform's executable suffix (`.exe` on Windows).
fn exe(name: &str) -> String {
    format!("{name}{}", std::env::consts::EXE_SUFFIX)
}

/// Makes `bin` at exactly `version` the one builds find first: the copy in `target/tools`, else
/// one on PATH at that version, else a fresh install into `target/tools`.
fn ensure_cargo_tool(
    root: &Path,
    bin: &str,
    krate: &str,
    version: &str,
    locked: bool,
) -> Result<(), String> {
    let dir = tools_bin(root);
    let local = dir.join(exe(bin));
    let local_version = local.is_file().then(|| version_of(&local)).flatten();
    if local_version.as_deref() == Some(version) {
        return Ok(());
    }
    // A copy in target/tools at another version would shadow one on PATH: replace it instead.
    if !local.exists() && version_of(bin).as_deref() == Some(version) {
        return Ok(());
    }
    if let Some(found) = local_version.or_else(|| version_of(bin)) {
        eprintln!("xtask: {bin} is {found}; this project pins {version}");
    }
    let tools_root = root.join("target").join("tools");
    let mut cmd = Command::new("cargo");
    cmd.current_dir(root)
        .args(["install", krate, "--version", version, "--root"])
        .arg(&tools_root);
    if local.exists() {
        cmd.arg("--force");
    }
    if locked {
        cmd.arg("--locked");
    }
    run(
        &mut cmd,
        &format!(
            "installing {krate} {version} into {} (one time, several minutes)",
            tools_root.display()
        ),
    )
}

/// npm packages pinned in package-lock.json: binaryen (wasm-opt), playwright-core, axe-core.
fn ensure_node_tools(root: &Path) -> Result<(), String> {
    let lock = std::fs::read(root.join("package-lock.json"))
        .map_err(|e| format!("cannot read package-lock.json: {e}"))?;
    let stamp = root.join("node_modules").join(".xtask-lock");
    if std::fs::read(&stamp).ok().as_deref() == Some(lock.as_slice()) {
        return Ok(());
    }
    // npm is npm.cmd on Windows, which Command does not find by its bare name.
    let npm = if cfg!(windows) { "npm.cmd" } else { "npm" };
    if output(npm, &["--version"]).is_none() {
        return Err(
            "npm is missing: install Node.js 20 or newer (with npm), then run this again.".into(),
        );
    }
    run(
        Command::new(npm)
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(root),
        "installing pinned npm tools (npm ci)",
    )?;
    std::fs::write(&stamp, lock).map_err(|e| format!("cannot write {}: {e}", stamp.display()))
}

/// Program names Chromium and Chrome go by on PATH.
const BROWSER_NAMES: [&str; 5] = [
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
];

/// Where Chromium or Chrome is usually installed on Linux, macOS and Windows.
fn usual_browser_paths() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
        "/snap/bin/chromium",
        "/opt/google/chrome/chrome",
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .collect();
    if let Some(home) = std::env::var_os("HOME") {
        let apps = PathBuf::from(home).join("Applications");
        paths.push(apps.join("Chromium.app/Contents/MacOS/Chromium"));
        paths.push(apps.join("Google Chrome.app/Contents/MacOS/Google Chrome"));
    }
    for var in ["ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA"] {
        if let Some(base) = std::env::var_os(var) {
            let base = PathBuf::from(base);
            paths.push(base.join(r"Google\Chrome\Application\chrome.exe"));
            paths.push(base.join(r"Chromium\Application\chrome.exe"));
        }
    }
    paths
}

/// The browser the tests drive: `CHROMIUM` or `CHROME` if set, else the first one found on
/// PATH or in the usual places.
fn find_chromium() -> Result<Option<PathBuf>, String> {
    for var in ["CHROMIUM", "CHROME"] {
        if let Some(value) = std::env::var_os(var).filter(|v| !v.is_empty()) {
            let path = PathBuf::from(&value);
            return if path.is_file() {
                Ok(Some(path))
            } else {
                Err(format!(
                    "{var} is set to {}, which is not a file: point it at the Chromium or Chrome program",
                    path.display()
                ))
            };
        }
    }
    let path_var = std::env::var_os("PATH").unwrap_or_default();
    let on_path = std::env::split_paths(&path_var)
        .flat_map(|dir| BROWSER_NAMES.iter().map(move |name| dir.join(exe(name))));
    Ok(on_path
        .chain(usual_browser_paths())
        .find(|path| path.is_file()))
}

/// Chromium or Chrome for the browser tests (the test tools never download a browser). When
/// none is found, Debian's or Ubuntu's is installed with apt if this user can; otherwise the
/// message says how to point the tests at one.
fn ensure_chromium() -> Result<PathBuf, String> {
    if let Some(found) = find_chromium()? {
        return Ok(found);
    }
    let hint = "\n  The browser tests need Chromium or Google Chrome. Install one, or set CHROMIUM=/path/to/chrome \
                (on Debian or Ubuntu: sudo apt-get install -y chromium).";
    if output("apt-get", &["--version"]).is_none() {
        return Err(format!("no Chromium or Chrome found.{hint}"));
    }
    let is_root = output("id", &["-u"]).as_deref() == Some("0");
    let apt = |args: &[&str]| {
        let mut c = if is_root {
            Command::new("apt-get")
        } else {
            let mut s = Command::new("sudo");
            s.args(["-n", "apt-get"]);
            s
        };
        c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        c
    };
    eprintln!("xtask: no Chromium or Chrome found; installing Debian's chromium with apt");
    run(&mut apt(&["update"]), "apt-get update (for Chromium)")
        .map_err(|e| format!("{e}{hint}"))?;
    run(
        &mut apt(&["install", "-y", "chromium"]),
        "installing Debian chromium",
    )
    .map_err(|e| format!("{e}{hint}"))?;
    find_chromium()?.ok_or_else(|| format!("apt installed chromium, but it was not found.{hint}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wasm_bindgen_version_comes_from_the_lockfile() {
        let v = locked_wasm_bindgen(&root()).expect("Cargo.lock names wasm-bindgen");
        assert!(v.split('.').count() == 3, "{v}");
    }

    #[test]
    fn usual_places_cover_linux_and_macos() {
        let paths = usual_browser_paths();
        for want in [
            "/usr/bin/chromium",
            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        ] {
            assert!(paths.iter().any(|p| p == Path::new(want)), "{want}");
        }
    }
}
