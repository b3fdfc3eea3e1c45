//! Installs the pinned tools, each only when it is missing or at the wrong version, and says
//! clearly what to do when an install cannot work (e.g. apt without root).

use std::path::{Path, PathBuf};
use std::process::Command;

pub const TRUNK_VERSION: &str = "0.21.14";

/// What the build and test steps need: the repo root and a PATH with the pinned tools first.
pub struct Env {
    pub root: PathBuf,
    pub path: String,
}

impl Env {
    pub fn cmd(&self, program: &str) -> Command {
        let mut c = Command::new(program);
        c.current_dir(&self.root).env("PATH", &self.path);
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

fn output(program: &str, args: &[&str]) -> Option<String> {
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
    ensure_cargo_tool(
        "trunk",
        &["--version"],
        &format!("trunk {TRUNK_VERSION}"),
        "trunk",
        TRUNK_VERSION,
        true,
    )?;
    let wb = locked_wasm_bindgen(&root)?;
    // `--locked` fails for wasm-bindgen-cli (a locked dependency is gone from the registry).
    ensure_cargo_tool(
        "wasm-bindgen",
        &["--version"],
        &format!("wasm-bindgen {wb}"),
        "wasm-bindgen-cli",
        &wb,
        false,
    )?;
    ensure_node_tools(&root)?;
    if browser {
        ensure_chromium()?;
    }
    let bin = root.join("node_modules").join(".bin");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    Ok(Env { root, path })
}

fn ensure_wasm_target() -> Result<(), String> {
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

/// Adds rustup components (rustfmt, clippy) that a minimal Rust install leaves out.
pub fn ensure_rust_components(names: &[&str]) -> Result<(), String> {
    let installed = output("rustup", &["component", "list", "--installed"]).unwrap_or_default();
    let missing: Vec<&str> = names
        .iter()
        .copied()
        .filter(|name| {
            !installed
                .lines()
                .any(|l| l.trim().starts_with(&format!("{name}-")))
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

fn ensure_cargo_tool(
    bin: &str,
    args: &[&str],
    expect_prefix: &str,
    krate: &str,
    version: &str,
    locked: bool,
) -> Result<(), String> {
    if let Some(v) = output(bin, args) {
        if v.starts_with(expect_prefix) {
            return Ok(());
        }
        eprintln!("xtask: {bin} is {v}; need {version}");
    }
    let mut cmd = Command::new("cargo");
    cmd.args(["install", krate, "--version", version, "--force"]);
    if locked {
        cmd.arg("--locked");
    }
    run(
        &mut cmd,
        &format!("installing {krate} {version} (one time, several minutes)"),
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
    if output("npm", &["--version"]).is_none() {
        return Err(
            "npm is missing: install Node.js 20 or newer (with npm), then run this again.".into(),
        );
    }
    run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(root),
        "installing pinned npm tools (npm ci)",
    )?;
    std::fs::write(&stamp, lock).map_err(|e| format!("cannot write {}: {e}", stamp.display()))
}

/// Debian's Chromium and ChromeDriver for the browser tests (test tools never download browsers).
fn ensure_chromium() -> Result<(), String> {
    if output("chromium", &["--version"]).is_some()
        && output("chromedriver", &["--version"]).is_some()
    {
        return Ok(());
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
    let hint = "\n  Installing Chromium needs root (apt). Run as root, or: sudo apt-get update && sudo apt-get install -y chromium chromium-driver";
    run(&mut apt(&["update"]), "apt-get update (for Chromium)")
        .map_err(|e| format!("{e}{hint}"))?;
    run(
        &mut apt(&["install", "-y", "chromium", "chromium-driver"]),
        "installing Debian chromium + chromium-driver",
    )
    .map_err(|e| format!("{e}{hint}"))
}
