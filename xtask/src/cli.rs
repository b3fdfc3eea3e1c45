//! The command line: which task to run and its options, checked before anything is built, so a
//! mistyped command or flag stops at once with the usage instead of running something else.

use crate::bench;

pub const USAGE: &str = "\
Night Cramps project automation.

usage: cargo xtask <command> [options]

commands:
  serve   install what is missing, build the site, serve it like GitHub Pages
            --sub-path /path/  serve under this sub-path (default /)
            --port N           (default 8080)
            --out DIR          build folder (default dist, or dist-quick with --quick)
            --quick            debug builds, no wasm-opt, no offline cache; rebuilds and
                               keeps serving whenever src/, static/ or index.html change
  test    install what is missing (Chromium too), check format and lints, run every
          native and browser suite
            --out DIR          build folder for the browser suites (default dist)
  dist    the deployable folder
            --sub-path /path/  where the site will live (default /): 404.html and the
                               installed app's id need it
            --out DIR          (default dist)
  setup   only install what is missing
            --browser          Chromium for the browser suites too
  bench   sizes and cold-load timings against a plain-HTML baseline (BENCHMARKS.md)
            --out DIR  --runs N  --no-build  --routes /,guide/  --network slow-4g
            --diaries 60,3650  --own-core
            --lighthouse       then Lighthouse's LCP against each page without scripts
                               (3 medians of 3 runs a route; a pinned Lighthouse via npx)
  help    this text (also -h, --help)

Chromium: set CHROMIUM (or CHROME) to its path, or it is looked for where browsers are
usually installed, then installed with apt (Debian/Ubuntu) as a last resort.";

/// What to do, with its options.
#[derive(Debug, PartialEq)]
pub enum Task {
    Help,
    Setup {
        browser: bool,
    },
    Dist {
        sub_path: String,
        out: String,
    },
    Serve {
        sub_path: String,
        port: u16,
        out: String,
        quick: bool,
    },
    Test {
        out: String,
    },
    Bench(bench::Options),
}

/// The flags a command takes: those followed by a value, and switches.
struct Flags {
    values: &'static [&'static str],
    switches: &'static [&'static str],
}

fn flags_of(command: &str) -> Option<Flags> {
    let (values, switches): (&[&str], &[&str]) = match command {
        "setup" => (&[], &["--browser"]),
        "dist" => (&["--sub-path", "--out"], &[]),
        "serve" => (&["--sub-path", "--port", "--out"], &["--quick"]),
        "test" => (&["--out"], &[]),
        "bench" => (
            &["--out", "--runs", "--routes", "--network", "--diaries"],
            &["--no-build", "--own-core", "--lighthouse"],
        ),
        _ => return None,
    };
    Some(Flags { values, switches })
}

/// The options given after the command, checked against what it takes.
struct Given {
    values: Vec<(String, String)>,
    switches: Vec<String>,
}

impl Given {
    fn value(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn switch(&self, name: &str) -> bool {
        self.switches.iter().any(|s| s == name)
    }
}

/// Reads the arguments after `cargo xtask`. An error is a message to print with the usage.
pub fn parse(args: &[String]) -> Result<Task, String> {
    let Some(command) = args.first() else {
        return Err("no command given".into());
    };
    if matches!(command.as_str(), "help" | "-h" | "--help") {
        return Ok(Task::Help);
    }
    let Some(flags) = flags_of(command) else {
        return Err(format!("unknown command `{command}`"));
    };
    let mut given = Given {
        values: Vec::new(),
        switches: Vec::new(),
    };
    let mut rest = args[1..].iter();
    while let Some(arg) = rest.next() {
        if arg == "-h" || arg == "--help" {
            return Ok(Task::Help);
        }
        // `--port=8081` is the same as `--port 8081`.
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_string())),
            _ => (arg.as_str(), None),
        };
        if flags.values.contains(&name) {
            let value = match inline {
                Some(v) => v,
                None => rest
                    .next()
                    .filter(|v| !v.starts_with("--"))
                    .cloned()
                    .ok_or_else(|| format!("`{name}` needs a value"))?,
            };
            given.values.push((name.to_string(), value));
        } else if flags.switches.contains(&name) && inline.is_none() {
            given.switches.push(name.to_string());
        } else if name.starts_with('-') {
            return Err(format!("`{command}` has no option `{arg}`"));
        } else {
            return Err(format!("unexpected argument `{arg}` after `{command}`"));
        }
    }
    let sub_path = given
        .value("--sub-path")
        .map(checked_sub_path)
        .transpose()?
        .unwrap_or_else(|| "/".into());
    let out = |default: &str| given.value("--out").unwrap_or(default).to_string();
    Ok(match command.as_str() {
        "setup" => Task::Setup {
            browser: given.switch("--browser"),
        },
        "dist" => Task::Dist {
            sub_path,
            out: out("dist"),
        },
        "serve" => {
            let quick = given.switch("--quick");
            Task::Serve {
                sub_path,
                port: given
                    .value("--port")
                    .map(checked_port)
                    .transpose()?
                    .unwrap_or(8080),
                out: out(if quick { "dist-quick" } else { "dist" }),
                quick,
            }
        }
        "test" => Task::Test { out: out("dist") },
        _ => Task::Bench(bench::Options {
            out: out("dist-bench"),
            runs: given
                .value("--runs")
                .map(checked_runs)
                .transpose()?
                .unwrap_or_else(|| "5".into()),
            no_build: given.switch("--no-build"),
            routes: given.value("--routes").map(String::from),
            network: given.value("--network").map(String::from),
            diaries: given.value("--diaries").map(String::from),
            own_core: given.switch("--own-core"),
            lighthouse: given.switch("--lighthouse"),
        }),
    })
}

/// A sub-path is where the site lives on its host: `/` or `/name/` (both slashes), no spaces,
/// queries or fragments, since it is written into pages and the manifest as it is.
fn checked_sub_path(path: &str) -> Result<String, String> {
    let fine = path.starts_with('/')
        && path.ends_with('/')
        && !path.contains("//")
        && !path
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '?' | '#' | '"' | '<' | '>' | '\\'));
    if fine {
        Ok(path.to_string())
    } else {
        Err(format!(
            "`--sub-path {path}`: give the path the site lives under, starting and ending with `/` (e.g. `/` or `/night-cramps/`)"
        ))
    }
}

fn checked_port(port: &str) -> Result<u16, String> {
    port.parse::<u16>()
        .ok()
        .filter(|p| *p > 0)
        .ok_or_else(|| format!("`--port {port}`: give a port number from 1 to 65535"))
}

fn checked_runs(runs: &str) -> Result<String, String> {
    match runs.parse::<u32>() {
        Ok(n) if n > 0 => Ok(runs.to_string()),
        _ => Err(format!("`--runs {runs}`: give a whole number above 0")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_line(line: &str) -> Result<Task, String> {
        let args: Vec<String> = line.split_whitespace().map(String::from).collect();
        parse(&args)
    }

    #[test]
    fn help_in_every_spelling() {
        for line in ["help", "-h", "--help", "dist --help", "serve --quick -h"] {
            assert_eq!(parse_line(line), Ok(Task::Help), "{line}");
        }
    }

    #[test]
    fn no_command_unknown_command_or_flag_is_an_error() {
        assert!(parse_line("").is_err());
        assert!(parse_line("deploy")
            .unwrap_err()
            .contains("unknown command `deploy`"));
        assert!(parse_line("dist --port 9000")
            .unwrap_err()
            .contains("no option `--port`"));
        assert!(parse_line("serve --qiuck").is_err());
        assert!(parse_line("test extra").is_err());
        assert!(parse_line("serve --port")
            .unwrap_err()
            .contains("needs a value"));
        assert!(parse_line("serve --port --quick").is_err());
        assert!(parse_line("setup --browser=yes").is_err());
    }

    #[test]
    fn sub_path_must_start_and_end_with_a_slash() {
        for bad in [
            "night-cramps",
            "/night-cramps",
            "night-cramps/",
            "//",
            "/a b/",
            "/a?b/",
        ] {
            let args = ["dist", "--sub-path", bad].map(String::from);
            let err = parse(&args).unwrap_err();
            assert!(err.contains("--sub-path"), "{bad}: {err}");
        }
        assert_eq!(
            parse_line("dist --sub-path /night-cramps/ --out dist-x"),
            Ok(Task::Dist {
                sub_path: "/night-cramps/".into(),
                out: "dist-x".into()
            })
        );
        assert_eq!(
            parse_line("dist"),
            Ok(Task::Dist {
                sub_path: "/".into(),
                out: "dist".into()
            })
        );
    }

    #[test]
    fn serve_defaults_and_quick() {
        assert_eq!(
            parse_line("serve"),
            Ok(Task::Serve {
                sub_path: "/".into(),
                port: 8080,
                out: "dist".into(),
                quick: false
            })
        );
        assert_eq!(
            parse_line("serve --quick --port=8081 --sub-path /x/"),
            Ok(Task::Serve {
                sub_path: "/x/".into(),
                port: 8081,
                out: "dist-quick".into(),
                quick: true
            })
        );
        assert!(parse_line("serve --port 0").is_err());
        assert!(parse_line("serve --port eighty").is_err());
    }

    #[test]
    fn bench_options() {
        let Ok(Task::Bench(o)) = parse_line("bench --runs 3 --no-build --routes /,guide/") else {
            panic!("bench parses");
        };
        assert_eq!(
            (
                o.runs.as_str(),
                o.no_build,
                o.routes.as_deref(),
                o.out.as_str(),
                o.lighthouse
            ),
            ("3", true, Some("/,guide/"), "dist-bench", false)
        );
        let Ok(Task::Bench(o)) = parse_line("bench --lighthouse") else {
            panic!("bench --lighthouse parses");
        };
        assert!(o.lighthouse);
        assert!(parse_line("bench --runs 0").is_err());
    }

    #[test]
    fn usage_names_every_command() {
        for command in ["serve", "test", "dist", "setup", "bench", "help"] {
            assert!(
                USAGE.contains(&format!("\n  {command} ")),
                "{command} in the usage"
            );
        }
    }
}
