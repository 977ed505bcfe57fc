//! Publishing without the toolchain: `aba init` writes workflows that check,
//! build and publish the site on GitHub Pages and GitLab Pages, with a
//! released aba that the release workflow really makes.

mod common;

use std::path::Path;

use common::*;
use serde_yaml::Value;

fn init() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("new-site");
    let out = assert_cmd::Command::cargo_bin("aba").unwrap().arg("init").arg(&target).output().unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("GitHub Pages") && stdout(&out).contains("GitLab Pages"), "{}", stdout(&out));
    (dir, target)
}

fn yaml(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{} is not YAML: {e}", path.display()))
}

/// The shell lines of a list of steps or script lines, in order.
fn commands(steps: &Value) -> Vec<String> {
    steps
        .as_sequence()
        .unwrap()
        .iter()
        .map(|s| match s {
            Value::String(line) => line.clone(),
            step => step.get("run").and_then(Value::as_str).unwrap_or("").to_owned(),
        })
        .collect()
}

fn position(lines: &[String], needle: &str) -> usize {
    lines.iter().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("no `{needle}` in {lines:#?}"))
}

/// Where the workflows download aba from, for this version.
fn release_asset() -> String {
    "releases/download/v${ABA_VERSION}/aba-x86_64-unknown-linux-musl.tar.gz".to_owned()
}

#[test]
fn the_github_workflow_checks_with_annotations_then_builds_and_publishes_on_pages() {
    let (_dir, site) = init();
    let wf = yaml(&site.join(".github/workflows/aba.yml"));
    assert_eq!(wf["on"]["push"]["branches"], serde_yaml::from_str::<Value>("[main]").unwrap());
    assert_eq!(wf["env"]["ABA_VERSION"], env!("CARGO_PKG_VERSION"), "the workflow pins the aba that wrote it");
    let steps = &wf["jobs"]["build"]["steps"];
    let run = commands(steps);
    let get = position(&run, release_asset().as_str());
    let check = position(&run, "aba check --format github");
    let build = position(&run, "aba build");
    assert!(get < check && check < build, "aba is fetched, then the files checked, then the site built: {run:#?}");
    let uses: Vec<&str> = steps.as_sequence().unwrap().iter().filter_map(|s| s["uses"].as_str()).collect();
    assert!(uses.iter().any(|u| u.starts_with("actions/upload-pages-artifact@")), "{uses:?}");
    let upload =
        steps.as_sequence().unwrap().iter().find(|s| s["uses"].as_str().is_some_and(|u| u.contains("upload-pages")));
    assert_eq!(upload.unwrap()["with"]["path"], "public");
    let publish = &wf["jobs"]["publish"];
    assert_eq!(publish["needs"], "build");
    assert_eq!(publish["permissions"]["pages"], "write");
    assert!(publish["steps"][0]["uses"].as_str().unwrap().starts_with("actions/deploy-pages@"));
    // A pull request is checked and built, never published.
    assert_eq!(publish["if"], "github.event_name != 'pull_request'");
}

#[test]
fn the_gitlab_pipeline_checks_then_publishes_public_on_the_default_branch() {
    let (_dir, site) = init();
    let ci = yaml(&site.join(".gitlab-ci.yml"));
    assert_eq!(ci["variables"]["ABA_VERSION"], env!("CARGO_PKG_VERSION"));
    let setup = commands(&ci["default"]["before_script"]);
    position(&setup, release_asset().as_str());
    let pages = &ci["pages"];
    let script = commands(&pages["script"]);
    assert!(position(&script, "aba check") < position(&script, "aba build"), "{script:#?}");
    assert!(script[position(&script, "aba build")].contains("$CI_PAGES_URL"), "links fit the Pages address");
    assert_eq!(pages["artifacts"]["paths"][0], "public");
    assert_eq!(pages["rules"][0]["if"], "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH");
    // Other branches and merge requests are checked.
    assert_eq!(commands(&ci["check"]["script"]), ["aba check"]);
}

#[test]
fn the_site_init_makes_builds_and_the_workflows_are_not_part_of_it() {
    let (_dir, site) = init();
    let out = assert_cmd::Command::cargo_bin("aba").unwrap().current_dir(&site).arg("build").output().unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!site.join("public/.github").exists() && !site.join("public/.gitlab-ci.yml").exists());
    let ignored = std::fs::read_to_string(site.join(".gitignore")).unwrap();
    assert!(ignored.lines().any(|l| l == "/public"), "the built site is not committed: {ignored}");
}

#[test]
fn the_release_workflow_makes_the_binary_the_site_workflows_download() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let wf = yaml(&repo.join(".github/workflows/release.yml"));
    assert_eq!(wf["on"]["push"]["tags"][0], "v*", "a release is made from a tag v1.2.3");
    let matrix = wf["jobs"]["build"]["strategy"]["matrix"]["include"].as_sequence().unwrap();
    let targets: Vec<&str> = matrix.iter().map(|m| m["target"].as_str().unwrap()).collect();
    for os in ["linux", "windows", "apple-darwin"] {
        assert!(targets.iter().any(|t| t.contains(os)), "a binary for {os}: {targets:?}");
    }
    // The Linux archive has the name the Pages workflows download.
    assert!(targets.contains(&"x86_64-unknown-linux-musl"));
    let run = commands(&wf["jobs"]["build"]["steps"]);
    let pack = &run[position(&run, "tar -czf")];
    assert!(pack.contains("dist/aba-${{ matrix.target }}.tar.gz") && pack.ends_with(" aba\n"), "{pack}");
    // Each binary is tried on a new site before it is released.
    let tried = &run[position(&run, "init")];
    assert!(tried.contains("check") && tried.contains("build"), "{tried}");
    // The version the tag names is the version the binary writes into workflows.
    let compare = commands(&wf["jobs"]["version"]["steps"]);
    position(&compare, "Cargo.toml");
    assert_eq!(wf["jobs"]["build"]["needs"], "version");
    assert_eq!(wf["jobs"]["release"]["permissions"]["contents"], "write");
}
