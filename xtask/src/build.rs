//! Building the deployable folder, serving it, and running every test suite.


use crate::tools::{run, Env};

/// `dist/`: Trunk builds and hashes the wasm/JS/CSS; then the host prerender writes every page.
pub fn dist(env: &Env, sub_path: &str, out: &str) -> Result<(), String> {
    // Trunk runs cargo with --offline: fetch the crates first.
    run(&mut env.cmd("cargo").args(["fetch"]), "fetching crates")?;
    run(&mut env.cmd("trunk").args(["build", "--release", "--dist", out]), "trunk build --release")?;
    run(
        &mut env.cmd("cargo").args([
            "run", "--quiet", "--profile", "prerender", "--features", "ssr", "--bin", "prerender", "--", out,
            "--not-found-base", sub_path,
        ]),
        "prerendering every route",
    )
}

/// Serves dist/ like GitHub Pages (sub-path, 404.html, correct MIME types) until Ctrl-C.
pub fn serve(env: &Env, sub_path: &str, port: &str, out: &str) -> Result<(), String> {
    run(
        &mut env.cmd("node").args(["tests/browser/server.mjs", out, "--sub-path", sub_path, "--port", port]),
        "serving dist/",
    )
}

pub fn test(env: &Env, out: &str) -> Result<(), String> {
    run(&mut env.cmd("cargo").args(["test", "--workspace"]), "native test suites (cargo test)")?;
    dist(env, crate::TEST_SUB_PATH, out)?;
    let mut node = env.cmd("node");
    node.args(["--test", "--test-concurrency=1", "tests/browser/"])
        .env("NC_SUB_PATH", crate::TEST_SUB_PATH)
        .env("NC_DIST", env.root.join(out));
    run(&mut node, "browser test suites (headless Chromium)")?;
    Ok(())
}
