//! `cargo xtask bench`: builds the release site into its own folder, times the pure core
//! natively (`crates/core/benches/core.rs`), then measures sizes and cold loads of every route in headless
//! Chromium against a plain-HTML baseline (`tests/bench/bench.mjs`). It reports; it never fails
//! because a figure is slow. See BENCHMARKS.md for how to read the output.

use crate::tools::{run, Env};

/// Where the JSON report goes (the core figures are written next to it, then merged in).
const REPORT: &str = "target/bench.json";
const CORE_REPORT: &str = "target/bench-core.json";

#[derive(Debug, PartialEq)]
pub struct Options {
    /// The site folder to build and measure (default `dist-bench`, so `dist/` is left alone).
    pub out: String,
    /// Cold loads per route, per variant (app / baseline), per CPU rate.
    pub runs: String,
    /// Measure an existing build in `out` instead of building first.
    pub no_build: bool,
    /// Comma-separated routes to time (all by default), e.g. `/,guide/myths/`.
    pub routes: Option<String>,
    /// Network emulation for the cold loads (`slow-4g`); none by default.
    pub network: Option<String>,
    /// Sizes (nights) of the diaries the diary pages are also timed with (`60,3650` by default;
    /// 0: none).
    pub diaries: Option<String>,
    /// Give each page's main thread a CPU of its own (`tests/bench/own_core.mjs`) instead of
    /// sharing the CPUs with everything else.
    pub own_core: bool,
    /// Then Lighthouse's LCP of each route against the page without scripts: 3 measurements,
    /// each the median of 3 runs (`tests/bench/lighthouse.mjs`; fetches a pinned Lighthouse with npx).
    pub lighthouse: bool,
}

pub fn bench(env: &Env, options: &Options) -> Result<(), String> {
    if !options.no_build {
        crate::build::dist(env, crate::TEST_SUB_PATH, &options.out)?;
    }
    // A bench runs in its package's folder (crates/core): the report's path is made absolute.
    let core_report = env.root.join(CORE_REPORT);
    run(
        env.cmd("cargo")
            .args([
                "bench",
                "--quiet",
                "--package",
                "night-cramps-core",
                "--bench",
                "core",
                "--",
                "--quiet",
                "--json",
            ])
            .arg(&core_report),
        "timing the pure core (cargo bench -p night-cramps-core --bench core)",
    )?;
    let mut node = env.cmd("node");
    node.args([
        "tests/bench/bench.mjs",
        "--dist",
        &options.out,
        "--runs",
        &options.runs,
        "--sub-path",
        crate::TEST_SUB_PATH,
    ])
    .args(["--core", CORE_REPORT, "--json", REPORT]);
    if let Some(routes) = &options.routes {
        node.args(["--routes", routes]);
    }
    if let Some(network) = &options.network {
        node.args(["--network", network]);
    }
    if let Some(nights) = &options.diaries {
        node.args(["--diaries", nights]);
    }
    if options.own_core {
        node.arg("--own-core");
    }
    run(
        &mut node,
        "measuring sizes and cold loads in headless Chromium (tests/bench/bench.mjs)",
    )?;
    if !options.lighthouse {
        return Ok(());
    }
    let mut lighthouse = env.cmd("node");
    lighthouse.args(["tests/bench/lighthouse.mjs", "--dist", &options.out]);
    lighthouse.args(["--sub-path", crate::TEST_SUB_PATH]);
    if let Some(routes) = &options.routes {
        lighthouse.args(["--routes", routes]);
    }
    run(
        &mut lighthouse,
        "Lighthouse's LCP against the pages without scripts (tests/bench/lighthouse.mjs)",
    )
}
