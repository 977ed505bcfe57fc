//! `aba new`, `aba init`, `aba export`, and the scores that come from votes.

mod common;

use common::*;

#[test]
fn new_writes_a_worksheet_with_every_pointer_that_passes_check() {
    let site = Site::new(&[]);
    let out = site.aba(&["new", "tally-bridge", "--period", "2026-03", "--name", "Tally Bridge"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let sheet = site.read("assessments/tally-bridge/2026-03.yaml");
    assert!(sheet.starts_with("# yaml-language-server: $schema="));
    for id in [
        "living-map",
        "power-to-citizens",
        "connection-test",
        "social-value",
        "community-enterprise",
        "shared-ownership",
        "neighbourhood-connectors",
        "good-life-support",
        "whole-system",
        "whole-place-change",
    ] {
        assert!(sheet.contains(&format!("\n  {id}:\n    votes: []")), "{id} missing");
    }
    assert!(sheet.contains("people with lived experience"));
    assert!(sheet.contains("# Questions to discuss:"));
    assert!(site.read("assessments/tally-bridge/area.yaml").contains("name: \"Tally Bridge\""));
    let check = site.aba(&["check", "--drafts"]);
    assert_eq!(code(&check), 0, "{}", stderr(&check));
    assert!(stderr(&check).contains("not assessed"));
    assert!(!stderr(&check).contains("error:"));

    site.write("assessments/tally-bridge/2026-03.yaml", &format!("{sheet}# typed in at the workshop\n"));
    let again = site.aba(&["new", "tally-bridge", "--period", "2026-03"]);
    assert_eq!(code(&again), 2);
    assert!(stderr(&again).contains("already exists"));
    assert!(
        site.read("assessments/tally-bridge/2026-03.yaml").ends_with("# typed in at the workshop\n"),
        "not touched"
    );
}

#[test]
fn init_lays_out_a_site_that_builds() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("my-network");
    let out = assert_cmd::Command::cargo_bin("aba").unwrap().arg("init").arg(&target).output().unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    for path in
        ["site.yaml", "content/_index.md", "content/pointers/01-living-map.md", "themes/default/templates/base.html"]
    {
        assert!(target.join(path).exists(), "{path}");
    }
    let build = assert_cmd::Command::cargo_bin("aba").unwrap().args(["build", "--root"]).arg(&target).output().unwrap();
    assert_eq!(code(&build), 0, "{}", stderr(&build));
    assert!(target.join("public/index.html").exists());
    // The example is in English and Welsh; a new site starts in English.
    let settings = std::fs::read_to_string(target.join("site.yaml")).unwrap();
    assert!(settings.contains("\nlanguage: en-GB\n") && !settings.contains("languages:"), "{settings}");
    assert!(!target.join("public/cy").exists());
    let again = assert_cmd::Command::cargo_bin("aba").unwrap().arg("init").arg(&target).output().unwrap();
    assert_eq!(code(&again), 2, "init refuses a folder that is not empty");
}

#[test]
fn export_prints_the_same_bytes_as_the_built_files() {
    let site = Site::example();
    assert_eq!(code(&site.aba(&["build"])), 0);
    let csv = site.aba(&["export"]);
    assert_eq!(code(&csv), 0);
    assert_eq!(stdout(&csv), site.read("public/data/scores.csv"));
    let json = site.aba(&["export", "--format", "json"]);
    assert_eq!(stdout(&json), site.read("public/data/scores.json"));
    let rows: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    let first = &rows[0];
    for key in [
        "area",
        "area_name",
        "nation",
        "region",
        "period",
        "assessed_on",
        "pointer",
        "pointer_number",
        "score",
        "votes",
        "target",
        "confidence",
    ] {
        assert!(first.get(key).is_some(), "scores.json rows have {key}");
    }
}

#[test]
fn scores_come_from_votes_as_the_spec_defines() {
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        (
            "assessments/millbrook/2024.yaml",
            "assessed_on: 2024-03-31
pointers:
  living-map: { votes: [1, 2, 3, 4] }
  power-to-citizens: { votes: [0, 4, 4] }
  connection-test: { score: 1, votes: [3, 3, 4] }
  social-value: { votes: [2] }
  community-enterprise: { votes: [2, 3, 3] }
",
        ),
    ]);
    assert_eq!(code(&site.aba(&["build"])), 0);
    let csv = site.read("public/data/scores.csv");
    let score = |pointer: &str| -> String {
        let line = csv.lines().find(|l| l.contains(&format!(",{pointer},"))).unwrap();
        let cols: Vec<&str> = line.split(',').collect();
        format!("{}/{}", cols[8], cols[9])
    };
    assert_eq!(score("living-map"), "2/4", "even count: the lower middle vote");
    assert_eq!(score("power-to-citizens"), "4/3");
    assert_eq!(score("connection-test"), "1/3", "a given score stands beside the votes");
    assert_eq!(score("social-value"), "2/1");
    assert_eq!(score("shared-ownership"), "/0", "not assessed: empty score, no votes");

    // The divided-group note appears exactly when the votes span three or more levels.
    let page = site.read("public/areas/millbrook/index.html");
    let section = |id: &str| -> String {
        let start = page.find(&format!("<section class=\"pointer-result\" id=\"{id}\"")).unwrap();
        let end = page[start..].find("</section>").unwrap();
        page[start..start + end].to_owned()
    };
    assert!(section("living-map").contains("The group was divided"));
    assert!(section("power-to-citizens").contains("The group was divided"));
    assert!(!section("connection-test").contains("The group was divided"));
    assert!(!section("social-value").contains("The group was divided"));
    assert!(!section("community-enterprise").contains("The group was divided"));
    assert!(section("connection-test").contains("The group agreed a score of 1 directly"));
}

#[test]
fn every_assessment_page_has_a_workshop_screen_readable_without_javascript() {
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", "assessed_on: 2024-03-31\npointers:\n  living-map: { votes: [0, 2, 4] }\n"),
    ]);
    assert_eq!(code(&site.aba(&["build"])), 0);
    let page = site.read("public/areas/millbrook/2024/index.html");
    assert!(page.contains("<span id=\"present\""), "the page is its own workshop screen at #present");
    assert!(page.contains("href=\"#present\""));
    assert_eq!(page.matches("<section class=\"pointer-result\" id=").count(), 10, "one screen per pointer");
    assert!(page.contains("The group was divided"));
    assert!(page.contains("3 votes (0, 2, 4). The middle vote is 2 (Developing)."));
    assert!(page.contains("src=\"/static/present.js\""));
    assert!(
        site.read("public/static/style.css").contains("body:has(#present:target)"),
        "large type without JavaScript"
    );
}
