//! Project automation: `cargo xtask <command>` (see README.md).
//!
//! - `serve [--port N] [--sub-path /night-cramps/]`: install what is missing, build, prerender,
//!   and serve `dist/` on 127.0.0.1 like GitHub Pages would.
//! - `test`: install what is missing (including Chromium for the browser suites), check the
//!   format (`cargo fmt --check`) and lints (`cargo clippy -D warnings`, native and wasm), and run
//!   every suite: native Rust tests, then the real-browser tests against the built site under a
//!   sub-path.
//! - `dist [--sub-path /night-cramps/]`: the deployable folder `dist/` (the sub-path only matters
//!   for `404.html`; every other page works at any path).
//! - `setup [--browser]`: only install what is missing.
//! - `bench [--runs N] [--no-build] [--routes /,guide/] [--network slow-4g] [--diaries 60,3650]
//!   [--shared-cpu]`: sizes and cold-load timings against a plain-HTML baseline, and the pure
//!   core's figures (BENCHMARKS.md).

mod bench;
mod build;
mod tools;

use std::process::ExitCode;

/// The sub-path the browser tests serve the site under, as GitHub Pages does for a project site.
pub const TEST_SUB_PATH: &str = "/night-cramps/";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let sub_path = flag("--sub-path").unwrap_or_else(|| "/".into());
    // --out lets several builds live side by side (e.g. two versions for the update test).
    let out = flag("--out").unwrap_or_else(|| "dist".into());
    let result = match args.first().map(String::as_str) {
        Some("setup") => tools::ensure_all(args.iter().any(|a| a == "--browser")).map(|_| ()),
        Some("dist") => tools::ensure_all(false).and_then(|env| build::dist(&env, &sub_path, &out)),
        Some("serve") => tools::ensure_all(false).and_then(|env| {
            build::dist(&env, &sub_path, &out)?;
            build::serve(
                &env,
                &sub_path,
                &flag("--port").unwrap_or_else(|| "8080".into()),
                &out,
            )
        }),
        Some("test") => tools::ensure_all(true).and_then(|env| build::test(&env, &out)),
        Some("bench") => tools::ensure_all(true)
            .and_then(|env| bench::bench(&env, &bench::Options::from_args(&args))),
        _ => {
            eprintln!("usage: cargo xtask <serve|test|dist|bench|setup> [--sub-path /path/] [--port N] [--out DIR]");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: {e}");
            ExitCode::FAILURE
        }
    }
}
