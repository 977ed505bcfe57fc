//! Other versions of the framework (`content/frameworks/SLUG/`): an
//! assessment made against one is read and shown with that version's
//! pointers, and never put beside the site's own framework's scores.

mod common;

use common::*;
use serde_json::Value;

const PILOT: &str = "name: Pilot 2019\nsummary: Three pointers the network tried out in 2019.\n";

/// A pilot pointer: `id` may be one of the site's own ids, with other words.
fn pilot_pointer(id: &str, number: u8, title: &str) -> String {
    format!(
        "---\nid: {id}\nnumber: {number}\ntitle: {title}\nsummary: What {title} meant in the pilot.\nlevels:\n  0: Nothing yet.\n  1: A start.\n  2: Some of it.\n  3: Most of it.\n  4: All of it.\n---\nThe pilot's words on {title}.\n"
    )
}

const MILLBROOK_2019: &str = "\
assessed_on: 2019-03-21
framework: Pilot 2019
participants:
  - { role: people with lived experience, count: 14 }
pointers:
  living-map:
    score: 1
    strengths: The pilot's first look at the map.
  people-in-control:
    score: 4
";

/// Coldmere assessed itself only once, on the pilot, and highly: a score
/// that answers another question than the site's own `living-map`.
const COLDMERE_2019: &str = "\
assessed_on: 2019-05-01
framework: Pilot 2019
participants:
  - { role: people with lived experience, count: 20 }
pointers:
  living-map:
    score: 4
    confidence: high
    strengths: Coldmere's pilot strengths.
    evidence:
      - { text: A pilot map, date: 2019-01-10 }
";

/// Tally Bridge is early on `living-map`, so it is shown areas to learn from.
const TALLY_2024: &str = "\
assessed_on: 2024-05-01
participants:
  - { role: people with lived experience, count: 6 }
pointers:
  living-map:
    score: 1
    target: 3
";

fn pilot_files() -> Vec<(String, String)> {
    let mut files = vec![("content/frameworks/pilot/framework.yaml".to_owned(), PILOT.to_owned())];
    for (n, (id, title)) in [
        ("living-map", "Knowing what we have"),
        ("people-in-control", "People in control"),
        ("local-connectors", "Local connectors"),
    ]
    .into_iter()
    .enumerate()
    {
        let n = n as u8 + 1;
        files.push((format!("content/frameworks/pilot/pointers/0{n}-{id}.md"), pilot_pointer(id, n, title)));
    }
    files
}

fn network() -> Site {
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2019.yaml", MILLBROOK_2019),
        ("assessments/millbrook/2024.yaml", GOOD),
        ("assessments/coldmere/area.yaml", "name: Coldmere\nregion: North West\nnation: England\n"),
        ("assessments/coldmere/2019.yaml", COLDMERE_2019),
        ("assessments/tally-bridge/area.yaml", "name: Tally Bridge\nregion: North West\nnation: England\n"),
        ("assessments/tally-bridge/2024.yaml", TALLY_2024),
    ]);
    for (path, text) in pilot_files() {
        site.write(&path, &text);
    }
    site
}

fn built() -> Site {
    let site = network();
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    site
}

#[test]
fn an_assessment_on_another_version_is_shown_with_that_versions_pointers() {
    let site = built();
    let page = site.read("public/areas/millbrook/2019/index.html");
    assert!(page.contains("Knowing what we have") && page.contains("People in control"), "the pilot's pointers");
    assert!(!page.contains("id=\"power-to-citizens\""), "none of the site's own ten pointers is listed");
    assert!(!page.contains("Handing power to citizens"));
    assert!(page.contains("href=\"/frameworks/pilot/\""), "it links to its version's page");
    assert!(page.contains("href=\"/frameworks/pilot/#living-map\""), "its pointers link to that page, not /pointers/");
    assert!(page.contains("made this assessment against Pilot 2019, which has 3 pointers"), "it says it stands alone");

    let version = site.read("public/frameworks/pilot/index.html");
    for title in ["Knowing what we have", "People in control", "Local connectors", "words on Local connectors"] {
        assert!(version.contains(title), "the version's page shows {title}");
    }
    assert!(version.contains("href=\"/areas/millbrook/2019/\"") && version.contains("href=\"/areas/coldmere/2019/\""));
    assert!(site.exists("public/frameworks/pilot/index.html"));
}

#[test]
fn an_area_that_changed_version_says_so_and_compares_like_with_like() {
    let site = built();
    let latest = site.read("public/areas/millbrook/index.html");
    assert!(
        latest.contains(
            "Millbrook has changed version of the framework: its 2019 assessment used Pilot 2019, with 3 pointers"
        ),
        "the area's page says it changed version"
    );
    // The 2024 assessment is the first on the site's framework: no progress
    // chart across the two, and no change "since 2019" on any pointer.
    assert!(!latest.contains("href=\"#progress\""), "no progress across versions");
    assert!(!latest.contains("since 2019"), "no change since the pilot");
    assert!(!latest.contains("class=\"change "), "no change at all");
}

#[test]
fn the_networks_pages_use_only_the_sites_own_framework() {
    let site = built();
    // Coldmere's only assessment is on the pilot: it is at no level of the
    // site's own `living-map`, and nowhere in its spread over the years.
    let pointer = site.read("public/pointers/living-map/index.html");
    assert!(!pointer.contains("Coldmere"), "the pilot's score is not on the pointer's page");
    assert!(!pointer.contains(">2019<"), "the years start with the first assessment on the site's framework");
    // Nor suggested to Tally Bridge to learn from, however well grounded.
    let tally = site.read("public/areas/tally-bridge/index.html");
    assert!(!tally.contains("Coldmere"), "a pilot score is not a suggestion");
    // The grid shows Millbrook's 2024 score, and no pilot period to compare.
    let compare = site.read("public/compare/index.html");
    assert!(!compare.contains("value=\"2019\""), "the compare picker offers no pilot period");
    assert!(compare.contains("data-framework=\"Asset-Based Area, TLAP 2017\""), "the picker knows which rows to use");
    let home = site.read("public/index.html");
    let row = home.split(">Coldmere<").nth(1).and_then(|r| r.split("</tr>").next()).expect("Coldmere's row");
    assert!(!row.contains("level-4"), "Coldmere's pilot 4 is not in the grid: {row}");
    let areas = site.read("public/areas/index.html");
    let item = areas.split(">Coldmere<").nth(1).and_then(|r| r.split("</li>").next()).unwrap();
    assert!(item.contains("Assessed only against another version of the framework"), "{item}");
}

#[test]
fn the_data_files_carry_each_rows_version() {
    let site = built();
    let rows: Vec<Value> = serde_json::from_str(&site.read("public/data/scores.json")).unwrap();
    let pilot: Vec<&Value> = rows.iter().filter(|r| r["area"] == "millbrook" && r["period"] == "2019").collect();
    assert_eq!(pilot.len(), 3, "one row for each of the pilot's pointers");
    assert!(pilot.iter().all(|r| r["framework"] == "Pilot 2019"));
    let ids: Vec<&str> = pilot.iter().map(|r| r["pointer"].as_str().unwrap()).collect();
    assert_eq!(ids, ["living-map", "people-in-control", "local-connectors"]);
    let own = rows.iter().filter(|r| r["area"] == "millbrook" && r["period"] == "2024");
    assert!(own.clone().count() == 10 && own.into_iter().all(|r| r["framework"] == "Asset-Based Area, TLAP 2017"));

    let csv = site.read("public/data/scores.csv");
    assert_eq!(
        csv.lines().next(),
        Some("area,area_name,nation,region,period,assessed_on,pointer,pointer_number,score,votes"),
        "the CSV keeps its header"
    );
    assert!(csv.contains("millbrook,Millbrook,England,North West,2019,2019-03-21,local-connectors,3,,0\n"));

    let one: Value = serde_json::from_str(&site.read("public/data/areas/millbrook/2019.json")).unwrap();
    assert_eq!(one["framework"], "Pilot 2019");
    assert_eq!(one["pointers"].as_array().unwrap().len(), 3);
}

#[test]
fn an_unknown_version_is_a_warning_that_names_the_versions_held() {
    let site = network();
    site.write("assessments/millbrook/2019.yaml", &MILLBROOK_2019.replace("Pilot 2019", "Pilot 2018"));
    site.write(
        "assessments/millbrook/2019.yaml",
        &site.read("assessments/millbrook/2019.yaml").replace("people-in-control", "power-to-citizens"),
    );
    let out = site.aba(&["check"]);
    let err = stderr(&out);
    assert_eq!(code(&out), 0, "a warning, not an error:\n{err}");
    let line = err.lines().find(|l| l.contains("Pilot 2018")).expect("a warning names the version");
    assert!(
        line.starts_with("warning: assessments/millbrook/2019.yaml:2:12: this assessment used the framework `Pilot 2018`, which this site does not hold"),
        "{line}"
    );
    assert!(line.contains("`Asset-Based Area, TLAP 2017` (content/pointers/)"), "{line}");
    assert!(line.contains("`Pilot 2019` (content/frameworks/pilot/framework.yaml)"), "{line}");
}

#[test]
fn a_pointer_that_is_not_in_its_version_is_an_error() {
    let site = network();
    // `whole-system` is one of the site's own pointers, not the pilot's.
    site.write("assessments/millbrook/2019.yaml", &format!("{MILLBROOK_2019}  whole-system:\n    score: 2\n"));
    let out = site.aba(&["check"]);
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{err}");
    let line = err.lines().find(|l| l.contains("whole-system")).expect("the error names the pointer");
    assert!(
        line.starts_with(
            "error: assessments/millbrook/2019.yaml:11:3: unknown pointer \"whole-system\" in the version `Pilot 2019`"
        ),
        "{line}"
    );
    assert!(line.contains("living-map, local-connectors, people-in-control"), "the valid ids for that version: {line}");
    // The site's own assessments may use it.
    assert_eq!(err.matches("error:").count(), 1, "{err}");
}

#[test]
fn a_bad_framework_yaml_is_an_error_naming_the_file_and_line() {
    let cases = [
        (
            "summary: no name\n",
            "content/frameworks/pilot/framework.yaml:1:1: this version of the framework has no `name`",
        ),
        // A blank name, in each way it can be written, is no name.
        ("name: \"\"\n", "content/frameworks/pilot/framework.yaml:1:7: this version of the framework has no `name`"),
        ("name: {}\n", "content/frameworks/pilot/framework.yaml:1:7: this version of the framework has no `name`"),
        (
            "summary: blank\nname: { en-GB: \"  \", cy: \"\" }\n",
            "content/frameworks/pilot/framework.yaml:2:7: this version of the framework has no `name`",
        ),
        (
            "summary: the site's own\nname: Asset-Based Area, TLAP 2017\n",
            "content/frameworks/pilot/framework.yaml:2:7: `Asset-Based Area, TLAP 2017` is the name of the site's own framework",
        ),
    ];
    for (yaml, expected) in cases {
        let site = network();
        site.write("content/frameworks/pilot/framework.yaml", yaml);
        let out = site.aba(&["check"]);
        let err = stderr(&out);
        assert_eq!(code(&out), 1, "{err}");
        assert!(err.contains(&format!("error: {expected}")), "{expected}\n{err}");
    }
    // Two versions of one name: the second is refused, naming the first.
    let site = network();
    for (path, text) in pilot_files() {
        site.write(&path.replace("/pilot/", "/pilot-copy/"), &text);
    }
    let out = site.aba(&["check"]);
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{err}");
    assert!(
        err.contains("error: content/frameworks/pilot-copy/framework.yaml:1:7: the version `Pilot 2019` is also named by content/frameworks/pilot/framework.yaml"),
        "{err}"
    );
}

#[test]
fn a_version_with_errors_is_the_one_error_its_assessments_lead_to() {
    // Before, each assessment on the broken version also got an error per
    // pointer, with the site's own ids as the ones to use.
    let site = network();
    site.write("content/frameworks/pilot/framework.yaml", "- a list\n");
    let out = site.aba(&["check"]);
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{err}");
    let errors: Vec<&str> = err.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(errors.len(), 1, "{err}");
    assert!(errors[0].starts_with("error: content/frameworks/pilot/framework.yaml:1:1:"), "{err}");
    assert!(err.contains("and a version of the framework under content/frameworks/ has errors"), "{err}");
    // Nor is it said to leave the site's own pointers unassessed.
    assert!(!err.contains("millbrook/2019.yaml:1:1: not assessed"), "{err}");
}

#[test]
fn holding_a_version_no_assessment_uses_changes_no_other_page() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    assert_eq!(code(&site.aba(&["build", "--out", "before"])), 0);
    for (path, text) in pilot_files() {
        site.write(&path, &text);
    }
    let out = site.aba(&["build", "--out", "after"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let (before, mut after) = (snapshot(&site.path().join("before")), snapshot(&site.path().join("after")));
    assert!(after.remove("frameworks/pilot/index.html").is_some(), "the version has its page");
    assert_eq!(before.keys().collect::<Vec<_>>(), after.keys().collect::<Vec<_>>());
    // The schemas of an assessment file and of scores.csv now accept the
    // version's pointer ids (and the worksheet, which holds the first,
    // knows the version's name).
    let schema = String::from_utf8(after["data/assessment.schema.json"].clone()).unwrap();
    assert!(schema.contains("\"people-in-control\""), "the schema accepts the version's ids");
    for (file, bytes) in &before {
        let expected =
            matches!(file.as_str(), "data/assessment.schema.json" | "data/datapackage.json" | "worksheet/index.html");
        assert!((after[file] == *bytes) != expected, "{file} changed: {}", !expected);
    }
}
