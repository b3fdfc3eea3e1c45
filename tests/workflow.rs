//! The GitHub Pages workflow is valid YAML with a build job that runs our pinned build and a
//! deploy job that publishes its artifact.

use serde_yaml::Value;

#[test]
fn pages_workflow_builds_with_xtask_and_deploys() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/.github/workflows/pages.yml"
    ))
    .expect("workflow file exists");
    let doc: Value = serde_yaml::from_str(&text).expect("valid YAML");
    let jobs = doc.get("jobs").and_then(Value::as_mapping).expect("jobs");
    let steps = |job: &str| -> Vec<Value> {
        jobs.get(job)
            .and_then(|j| j.get("steps"))
            .and_then(Value::as_sequence)
            .cloned()
            .unwrap_or_default()
    };
    let uses = |job: &str| -> Vec<String> {
        steps(job)
            .iter()
            .filter_map(|s| s.get("uses")?.as_str().map(String::from))
            .collect()
    };
    let runs: Vec<String> = steps("build")
        .iter()
        .filter_map(|s| s.get("run")?.as_str().map(String::from))
        .collect();
    assert!(
        runs.iter().any(|r| r.contains("cargo xtask dist")),
        "build uses the pinned xtask build"
    );
    assert!(uses("build")
        .iter()
        .any(|u| u.starts_with("actions/upload-pages-artifact@")));
    assert!(uses("deploy")
        .iter()
        .any(|u| u.starts_with("actions/deploy-pages@")));
    assert_eq!(
        jobs.get("deploy")
            .and_then(|j| j.get("needs"))
            .and_then(Value::as_str),
        Some("build")
    );
    let perms = doc.get("permissions").expect("permissions");
    assert_eq!(perms.get("pages").and_then(Value::as_str), Some("write"));
    assert_eq!(perms.get("id-token").and_then(Value::as_str), Some("write"));
}
