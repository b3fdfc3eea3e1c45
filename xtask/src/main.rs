//! Project automation: `cargo xtask <command>`; `cargo xtask help` lists the commands
//! (`cli::USAGE`), README.md and CONTRIBUTING.md say when to use which.
//!
//! - `cli`: the command line, checked before anything runs.
//! - `tools`: the pinned tools (installed under `target/tools`, never globally) and Chromium.
//! - `build`: the release site (`dist`), the quick debug site (`serve --quick`), serving, and
//!   every test suite.
//! - `bench`: sizes and cold-load timings (BENCHMARKS.md).

mod bench;
mod build;
mod cli;
mod tools;

use std::process::ExitCode;

use cli::Task;

/// The sub-path the browser tests serve the site under, as GitHub Pages does for a project site.
pub const TEST_SUB_PATH: &str = "/night-cramps/";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = match cli::parse(&args) {
        Ok(task) => task,
        Err(e) => {
            eprintln!("xtask: {e}\n\n{}", cli::USAGE);
            return ExitCode::from(2);
        }
    };
    let result = match task {
        Task::Help => {
            println!("{}", cli::USAGE);
            Ok(())
        }
        Task::Setup { browser } => tools::ensure_all(browser).map(|_| ()),
        Task::Dist { sub_path, out } => {
            tools::ensure_all(false).and_then(|env| build::dist(&env, &sub_path, &out))
        }
        Task::Serve {
            sub_path,
            port,
            out,
            quick: false,
        } => tools::ensure_all(false).and_then(|env| {
            build::dist(&env, &sub_path, &out)?;
            build::serve(&env, &sub_path, port, &out)
        }),
        Task::Serve {
            sub_path,
            port,
            out,
            quick: true,
        } => {
            tools::ensure_all(false).and_then(|env| build::serve_quick(&env, &sub_path, port, &out))
        }
        Task::Test { out } => tools::ensure_all(true).and_then(|env| build::test(&env, &out)),
        Task::Bench(options) => {
            tools::ensure_all(true).and_then(|env| bench::bench(&env, &options))
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
