//! The open data describes itself: `data/datapackage.json` is a Frictionless
//! Data Package whose table schema matches `scores.csv` column by column, and
//! every published data file carries the licence.

mod common;

use std::collections::BTreeSet;

use common::*;
use serde_json::Value;

/// The fields of a CSV file, quoted or not (the quoting `aba` writes).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field, mut quoted, mut chars) = (Vec::new(), String::new(), false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    assert!(field.is_empty() && row.is_empty(), "the file ends with a line break");
    rows
}

fn package(site: &Site) -> Value {
    serde_json::from_str(&site.read("public/data/datapackage.json")).expect("datapackage.json is JSON")
}

fn fields(package: &Value) -> &Vec<Value> {
    package["resources"][0]["schema"]["fields"].as_array().expect("the resource has a table schema")
}

/// Checks one cell against its field's type and constraints, as a Data
/// Package validator would (patterns are left to the CI's `frictionless`).
fn conforms(cell: &str, field: &Value) -> Result<(), String> {
    let c = &field["constraints"];
    let name = field["name"].as_str().unwrap();
    if cell.is_empty() {
        return if c["required"] == true { Err(format!("{name} is required")) } else { Ok(()) };
    }
    let value = match field["type"].as_str().unwrap() {
        "string" => Value::from(cell),
        "integer" => Value::from(cell.parse::<i64>().map_err(|_| format!("{name}: `{cell}` is not an integer"))?),
        "date" => {
            let ok = cell.len() == 10
                && cell.char_indices().all(|(i, ch)| if i == 4 || i == 7 { ch == '-' } else { ch.is_ascii_digit() });
            if !ok {
                return Err(format!("{name}: `{cell}` is not a date"));
            }
            Value::from(cell)
        }
        other => return Err(format!("{name}: unexpected type {other}")),
    };
    if let Some(allowed) = c["enum"].as_array()
        && !allowed.contains(&value)
    {
        return Err(format!("{name}: `{cell}` is not one of {allowed:?}"));
    }
    if let (Some(n), Some(min)) = (value.as_i64(), c["minimum"].as_i64())
        && n < min
    {
        return Err(format!("{name}: {n} is below {min}"));
    }
    if let (Some(n), Some(max)) = (value.as_i64(), c["maximum"].as_i64())
        && n > max
    {
        return Err(format!("{name}: {n} is above {max}"));
    }
    Ok(())
}

#[test]
fn the_data_package_describes_scores_csv_column_by_column() {
    let site = Site::example();
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let package = package(&site);
    assert_eq!(package["profile"], "tabular-data-package");
    let resource = &package["resources"][0];
    assert_eq!(resource["path"], "scores.csv");
    assert_eq!(resource["profile"], "tabular-data-resource");
    // The path is relative to the package: the file is beside it.
    let rows = csv_rows(&site.read("public/data/scores.csv"));
    let fields = fields(&package);
    let names: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(names, rows[0], "the package's fields are the CSV header, in order");
    for f in fields {
        assert!(f["description"].as_str().is_some_and(|d| !d.is_empty()), "{} has a description", f["name"]);
    }
    // Every row of the example keeps to the schema, and the primary key is unique.
    let key: Vec<usize> = resource["schema"]["primaryKey"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| names.iter().position(|n| n == k).expect("the primary key names columns"))
        .collect();
    let mut keys = BTreeSet::new();
    for (i, row) in rows.iter().enumerate().skip(1) {
        assert_eq!(row.len(), fields.len(), "row {i} has every column");
        for (cell, field) in row.iter().zip(fields) {
            if let Err(e) = conforms(cell, field) {
                panic!("row {i}: {e}");
            }
        }
        assert!(keys.insert(key.iter().map(|k| row[*k].clone()).collect::<Vec<_>>()), "row {i} repeats a key");
    }
    assert!(rows.len() > 100, "the example has many rows");
    // The scores on the scale the site uses, and the pointers it has.
    let score = fields.iter().find(|f| f["name"] == "score").unwrap();
    assert_eq!(score["type"], "integer");
    assert_eq!(score["constraints"]["enum"], serde_json::json!([0, 1, 2, 3, 4]));
    let pointer = fields.iter().find(|f| f["name"] == "pointer").unwrap();
    // The site's ten, and the seven of the network's 2019 pilot that Millbrook's 2019 rows give.
    assert_eq!(pointer["constraints"]["enum"].as_array().unwrap().len(), 17);
    assert!(pointer["constraints"]["enum"].as_array().unwrap().contains(&Value::from("know-what-we-have")));
    assert!(pointer["constraints"]["enum"].as_array().unwrap().contains(&Value::from("living-map")));
}

#[test]
fn every_data_file_carries_the_licence_of_site_yaml() {
    let site = Site::new(&[
        ("site.yaml", "title: Fenland network\nlicence: Creative Commons Attribution 4.0\n"),
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", GOOD),
    ]);
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let package = package(&site);
    let licence = &package["licenses"][0];
    assert_eq!(licence["title"], "Creative Commons Attribution 4.0");
    assert_eq!(licence["name"], "CC-BY-4.0", "a well-known licence is named by its Open Definition id");
    assert_eq!(licence["path"], "https://creativecommons.org/licenses/by/4.0/");
    assert_eq!(package["resources"][0]["licenses"][0], *licence);
    assert_eq!(package["name"], "fenland-network-scores");
    let rows: Value = serde_json::from_str(&site.read("public/data/scores.json")).unwrap();
    let rows = rows.as_array().expect("scores.json is still a list of rows");
    assert_eq!(rows.len(), 10);
    for row in rows {
        assert_eq!(row["licence"], "Creative Commons Attribution 4.0");
    }
    let one: Value = serde_json::from_str(&site.read("public/data/areas/millbrook/2024.json")).unwrap();
    assert_eq!(one["licence"], "Creative Commons Attribution 4.0");
}

#[test]
fn a_site_of_its_own_making_gets_a_package_that_fits_it() {
    // A four-level scale from 1, a framework of two pointers and a licence no list
    // knows: the scores and pointers allowed are the site's own, and the
    // licence points at the site's data page.
    let pointer = |n: u8, id: &str| {
        format!(
            "---\nid: {id}\nnumber: {n}\ntitle: Pointer {n}\nsummary: One sentence.\nlevels:\n  1: a\n  2: b\n  3: c\n  4: d\n---\nBody.\n"
        )
    };
    let (first, second) = (pointer(1, "living-map"), pointer(2, "open-doors"));
    let site = Site::new(&[
        ("content/pointers/01-living-map.md", &first),
        ("content/pointers/02-open-doors.md", &second),
        (
            "site.yaml",
            "title: Tally network\nbase_url: https://data.example.org/aba/\nlicence: Tally Council open terms\n\
             scale:\n  - { value: 1, label: Starting }\n  - { value: 2, label: Growing }\n  - { value: 3, label: Strong }\n  - { value: 4, label: Leading }\n",
        ),
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", "assessed_on: 2024-03-31\npointers:\n  living-map:\n    score: 3\n"),
    ]);
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let package = package(&site);
    let licence = &package["licenses"][0];
    assert_eq!(licence["title"], "Tally Council open terms");
    assert!(licence.get("name").is_none(), "no made-up licence id: {licence}");
    assert_eq!(licence["path"], "https://data.example.org/aba/data/");
    assert_eq!(package["homepage"], "https://data.example.org/aba/");
    let fields = fields(&package);
    let score = fields.iter().find(|f| f["name"] == "score").unwrap();
    assert_eq!(score["constraints"]["enum"], serde_json::json!([1, 2, 3, 4]));
    assert!(score["description"].as_str().unwrap().contains("1 Starting, 2 Growing, 3 Strong, 4 Leading"));
    let pointer = fields.iter().find(|f| f["name"] == "pointer").unwrap();
    assert_eq!(pointer["constraints"]["enum"], serde_json::json!(["living-map", "open-doors"]));
    let number = fields.iter().find(|f| f["name"] == "pointer_number").unwrap();
    assert_eq!(number["constraints"]["maximum"], 2);
    let rows = csv_rows(&site.read("public/data/scores.csv"));
    for row in &rows[1..] {
        for (cell, field) in row.iter().zip(fields) {
            conforms(cell, field).unwrap();
        }
    }
}

#[test]
fn the_data_files_carry_stories_and_how_each_assessment_was_made() {
    let assessment = "assessed_on: 2024-03-31
reviewed_by: { name: Tally Bridge Council }
participants:
  - { role: people with lived experience, count: 12 }
  - { role: senior leaders, count: 3 }
next_review: 2025-09-30
stories:
  - { text: The map found my street's lunch club., from: a family carer, consent: true }
pointers:
  living-map:
    score: 3
    confidence: medium
    stories:
      - { text: I added the choir myself., from: Aled Price, named: true, consent: true }
";
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", &format!("{AREA}contact: https://www.millbrook.gov.uk/ask\n")),
        ("assessments/millbrook/2024.yaml", assessment),
        ("assessments/leaders/area.yaml", "name: Leaders Only\n"),
        (
            "assessments/leaders/2024.yaml",
            "assessed_on: 2024-01-31\nparticipants:\n  - { role: senior leaders, count: 5 }\n",
        ),
        ("assessments/silent/area.yaml", "name: Silent\n"),
        ("assessments/silent/2024.yaml", "assessed_on: 2024-01-31\n"),
    ]);
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let one: Value = serde_json::from_str(&site.read("public/data/areas/millbrook/2024.json")).unwrap();
    assert_eq!(one["contact"], "https://www.millbrook.gov.uk/ask");
    assert_eq!(one["next_review"], "2025-09-30");
    assert_eq!((one["lived_experience"].as_u64(), one["peer_reviewed"].as_bool()), (Some(12), Some(true)));
    assert_eq!(one["stories"][0]["text"], "The map found my street's lunch club.");
    assert_eq!(
        (one["stories"][0]["from"].as_str(), one["stories"][0]["named"].as_bool()),
        (Some("a family carer"), Some(false))
    );
    let map = one["pointers"].as_array().unwrap().iter().find(|p| p["pointer"] == "living-map").unwrap();
    assert_eq!(
        (map["stories"][0]["from"].as_str(), map["stories"][0]["named"].as_bool()),
        (Some("Aled Price"), Some(true))
    );

    let rows: Vec<Value> = serde_json::from_str(&site.read("public/data/scores.json")).unwrap();
    let row = |area: &str| rows.iter().find(|r| r["area"] == area && r["pointer"] == "living-map").unwrap().clone();
    let m = row("millbrook");
    assert_eq!(
        (m["lived_experience"].as_u64(), m["peer_reviewed"].as_bool(), m["confidence"].as_str()),
        (Some(12), Some(true), Some("medium"))
    );
    let l = row("leaders");
    assert_eq!(
        (l["lived_experience"].as_u64(), l["peer_reviewed"].as_bool()),
        (Some(0), Some(false)),
        "a leaders-only score says so"
    );
    assert!(row("silent")["lived_experience"].is_null(), "not recorded is not zero");

    let schema: Value = serde_json::from_str(&site.read("public/data/assessment.schema.json")).unwrap();
    assert_eq!(schema["$defs"]["story"]["required"], serde_json::json!(["text", "from", "consent"]));
    assert_eq!(schema["$defs"]["story"]["properties"]["consent"]["const"], true);
    let roles = &schema["properties"]["participants"]["items"]["properties"]["role"]["enum"];
    assert!(roles.as_array().unwrap().iter().any(|r| r == "people who do not currently use services"), "{roles}");
}
