//! The CI workflow, read as a maintainer would: every push and pull request runs the README's
//! test command; only a passing main is built (at the sub-path GitHub Pages reports) and
//! deployed; write permissions belong to the deploy job alone; actions are at current majors;
//! the prebuilt tools match the pinned versions; Dependabot watches every ecosystem.

use serde_yaml::Value;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn yaml(path: &str) -> Value {
    serde_yaml::from_str(&read(path)).unwrap_or_else(|e| panic!("{path} is not YAML: {e}"))
}

fn workflow() -> Value {
    yaml(".github/workflows/ci.yml")
}

fn job<'a>(doc: &'a Value, name: &str) -> &'a Value {
    doc.get("jobs")
        .and_then(|j| j.get(name))
        .unwrap_or_else(|| panic!("job {name}"))
}

fn steps(job: &Value) -> Vec<Value> {
    job.get("steps")
        .and_then(Value::as_sequence)
        .cloned()
        .unwrap_or_default()
}

fn field(step: &Value, key: &str) -> Option<String> {
    step.get(key)?.as_str().map(String::from)
}

fn uses(job: &Value) -> Vec<String> {
    steps(job).iter().filter_map(|s| field(s, "uses")).collect()
}

fn runs(job: &Value) -> Vec<String> {
    steps(job).iter().filter_map(|s| field(s, "run")).collect()
}

/// `needs:` as a list, whether written as one name or several.
fn needs(job: &Value) -> Vec<String> {
    match job.get("needs") {
        Some(Value::String(one)) => vec![one.clone()],
        Some(Value::Sequence(many)) => many
            .iter()
            .filter_map(|v| v.as_str().map(String::from))
            .collect(),
        _ => Vec::new(),
    }
}

fn permission(scope: Option<&Value>, name: &str) -> Option<String> {
    scope?
        .get("permissions")?
        .get(name)?
        .as_str()
        .map(String::from)
}

#[test]
fn every_push_and_pull_request_runs_the_readme_test_command() {
    let doc = workflow();
    // YAML 1.1 reads a bare `on` as the boolean true.
    let on = doc
        .get("on")
        .or_else(|| doc.get(Value::Bool(true)))
        .expect("on:");
    for event in ["push", "pull_request"] {
        assert!(on.get(event).is_some(), "runs on {event}");
    }
    assert!(
        on.get("push").and_then(|p| p.get("branches")).is_none(),
        "runs on pushes to every branch"
    );
    let readme = read("README.md");
    assert!(
        readme.contains("cargo xtask test"),
        "README names the command"
    );
    let test = job(&doc, "test");
    assert!(
        runs(test).iter().any(|r| r.trim() == "cargo xtask test"),
        "the test job runs `cargo xtask test`"
    );
    assert!(test.get("if").is_none(), "the tests always run");
}

#[test]
fn only_a_tested_main_is_built_at_the_pages_sub_path_and_deployed() {
    let doc = workflow();
    let build = job(&doc, "build");
    assert_eq!(needs(build), ["test"], "build waits for the tests");
    let condition = field(build, "if").expect("build has a condition");
    assert!(
        condition.contains("refs/heads/main") && condition.contains("pull_request"),
        "build only for main, never for a pull request: {condition}"
    );
    let build_uses = uses(build);
    let pages_step = steps(build)
        .into_iter()
        .find(|s| field(s, "uses").is_some_and(|u| u.starts_with("actions/configure-pages@")))
        .expect("configure-pages gives the sub-path");
    let pages_id = field(&pages_step, "id").expect("configure-pages has an id");
    let dist = steps(build)
        .into_iter()
        .find(|s| field(s, "run").is_some_and(|r| r.contains("cargo xtask dist")))
        .expect("build uses the pinned xtask build");
    let base_path = format!("steps.{pages_id}.outputs.base_path");
    let text = serde_yaml::to_string(&dist).unwrap_or_default();
    assert!(
        text.contains(&base_path) && text.contains("--sub-path"),
        "the sub-path comes from configure-pages: {text}"
    );
    assert!(build_uses
        .iter()
        .any(|u| u.starts_with("actions/upload-pages-artifact@")));
    let deploy = job(&doc, "deploy");
    assert_eq!(needs(deploy), ["build"]);
    assert!(uses(deploy)
        .iter()
        .any(|u| u.starts_with("actions/deploy-pages@")));
}

#[test]
fn write_permissions_belong_to_the_deploy_job_alone() {
    let doc = workflow();
    for name in ["pages", "id-token", "contents"] {
        let top = permission(Some(&doc), name);
        assert!(
            top.as_deref() != Some("write"),
            "the workflow grants no {name}: write"
        );
    }
    let deploy = job(&doc, "deploy");
    assert_eq!(permission(Some(deploy), "pages").as_deref(), Some("write"));
    assert_eq!(
        permission(Some(deploy), "id-token").as_deref(),
        Some("write")
    );
    let jobs = doc.get("jobs").and_then(Value::as_mapping).expect("jobs");
    for (name, other) in jobs {
        if name.as_str() == Some("deploy") {
            continue;
        }
        let text = serde_yaml::to_string(other.get("permissions").unwrap_or(&Value::Null))
            .unwrap_or_default();
        assert!(!text.contains("write"), "{name:?} writes nothing: {text}");
    }
}

/// The oldest major of each action this project accepts: the ones that run on a supported
/// Node (20 is past its end of life on GitHub's runners).
const CURRENT_MAJORS: [(&str, u32); 7] = [
    ("actions/checkout", 6),
    ("actions/setup-node", 6),
    ("actions/cache", 5),
    ("actions/configure-pages", 6),
    ("actions/upload-pages-artifact", 5),
    ("actions/deploy-pages", 5),
    ("taiki-e/install-action", 2),
];

#[test]
fn actions_are_at_current_majors_and_node_is_supported() {
    let doc = workflow();
    let jobs = doc.get("jobs").and_then(Value::as_mapping).expect("jobs");
    for (_, j) in jobs {
        for step in steps(j) {
            let Some(action) = field(&step, "uses") else {
                continue;
            };
            let (name, version) = action.split_once('@').expect("action@version");
            let (_, oldest) = CURRENT_MAJORS
                .iter()
                .find(|(n, _)| *n == name)
                .unwrap_or_else(|| {
                    panic!("{name} is not a known action: add it to CURRENT_MAJORS")
                });
            let major: u32 = version
                .trim_start_matches('v')
                .split('.')
                .next()
                .and_then(|m| m.parse().ok())
                .unwrap_or_else(|| panic!("{action}: a major version tag"));
            assert!(major >= *oldest, "{action}: use v{oldest} or newer");
            if name == "actions/setup-node" {
                let node = step
                    .get("with")
                    .and_then(|w| w.get("node-version"))
                    .and_then(|v| v.as_u64().or_else(|| v.as_str()?.parse().ok()))
                    .expect("setup-node names a Node version");
                assert!(node >= 22, "Node {node} is past its end of life");
            }
        }
    }
}

#[test]
fn prebuilt_tools_are_the_pinned_versions() {
    let doc = workflow();
    let tools = doc
        .get("env")
        .and_then(|e| e.get("PREBUILT_TOOLS"))
        .and_then(Value::as_str)
        .expect("PREBUILT_TOOLS")
        .to_string();
    let xtask = read("xtask/src/tools.rs");
    let trunk = xtask
        .split("TRUNK_VERSION: &str = \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("xtask pins trunk");
    let lock = read("Cargo.lock");
    let bindgen = lock
        .split("name = \"wasm-bindgen\"\nversion = \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("Cargo.lock has wasm-bindgen");
    assert!(tools.contains(&format!("trunk@{trunk}")), "{tools}");
    assert!(
        tools.contains(&format!("wasm-bindgen@{bindgen}")),
        "{tools}"
    );
    assert!(
        read("Trunk.toml").contains(&format!("wasm_bindgen = \"{bindgen}\"")),
        "Trunk.toml pins the same wasm-bindgen"
    );
    // Both jobs that build install them, and carry on to the source build if that fails.
    for name in ["test", "build"] {
        let install = steps(job(&doc, name))
            .into_iter()
            .find(|s| field(s, "uses").is_some_and(|u| u.starts_with("taiki-e/install-action@")))
            .unwrap_or_else(|| panic!("{name} installs prebuilt tools"));
        assert_eq!(
            install.get("continue-on-error").and_then(Value::as_bool),
            Some(true),
            "{name}: a failed download falls back to xtask's source build"
        );
    }
}

#[test]
fn dependabot_watches_cargo_npm_and_actions() {
    let doc = yaml(".github/dependabot.yml");
    let ecosystems: Vec<String> = doc
        .get("updates")
        .and_then(Value::as_sequence)
        .expect("updates")
        .iter()
        .filter_map(|u| field(u, "package-ecosystem"))
        .collect();
    for want in ["cargo", "npm", "github-actions"] {
        assert!(ecosystems.iter().any(|e| e == want), "{want}");
    }
}
