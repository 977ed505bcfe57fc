//! docs/format.md, the users' reference for every file, keeps in step with
//! what `aba` accepts: every key the JSON Schema knows, and every key `aba
//! check` lists for each kind of file, is documented; and the examples the
//! page marks as checked pass `aba check`.

mod common;

use std::collections::BTreeSet;

use common::*;
use serde_json::Value;

fn format_md() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/format.md");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every property name anywhere in a JSON Schema.
fn property_keys(schema: &Value, out: &mut BTreeSet<String>) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get("properties") {
                out.extend(props.keys().cloned());
            }
            for v in map.values() {
                property_keys(v, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| property_keys(v, out)),
        _ => {}
    }
}

fn undocumented<'a>(keys: impl IntoIterator<Item = &'a String>, doc: &str) -> Vec<&'a String> {
    keys.into_iter().filter(|k| !doc.contains(&format!("`{k}`"))).collect()
}

#[test]
fn every_key_of_the_assessment_schema_is_documented() {
    let site = Site::example();
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let schema: Value = serde_json::from_str(&site.read("public/data/assessment.schema.json")).unwrap();
    let mut keys = BTreeSet::new();
    property_keys(&schema, &mut keys);
    // The walk reaches the nested objects, not only the top.
    for nested in ["assessed_on", "on", "count", "living-map", "votes", "link", "owner"] {
        assert!(keys.contains(nested), "the schema walk found {nested}");
    }
    let doc = format_md();
    let missing = undocumented(&keys, &doc);
    assert!(missing.is_empty(), "docs/format.md does not document these keys of the assessment schema: {missing:?}");
}

#[test]
fn every_key_check_accepts_in_the_other_files_is_documented() {
    // A key no file accepts, in each kind of file: `aba check` answers with
    // the list of keys that kind of file can have.
    let odd = "zqxjkvwpfy: 1\n";
    let site = Site::new(&[
        (
            "site.yaml",
            &format!("{odd}scale:\n  - {{ value: 0, label: A, zqxjkvwpfy: 1 }}\n  - {{ value: 1, label: B }}\n"),
        ),
        ("assessments/millbrook/area.yaml", &format!("name: Millbrook\n{odd}")),
        ("content/about.md", &format!("---\ntitle: About\n{odd}---\nText.\n")),
        (
            "content/pointers/01-living-map.md",
            &format!(
                "---\nid: living-map\nnumber: 1\ntitle: Map\n{odd}easy_read:\n  - {{ text: A map., picture: map, zqxjkvwpfy: 1 }}\n---\n"
            ),
        ),
        (
            "content/roles.yaml",
            &format!("{odd}roles:\n  - {{ role: carers, lived_experience: true, zqxjkvwpfy: 1 }}\n"),
        ),
    ]);
    let out = site.aba(&["check"]);
    let err = stderr(&out);
    let lists: Vec<&str> = err.lines().filter_map(|l| l.split_once(" can have are: ").map(|(_, keys)| keys)).collect();
    assert_eq!(
        lists.len(),
        8,
        "site.yaml, a scale level, area.yaml, a page, a pointer, an easy-read idea, roles.yaml and a role list their keys:\n{err}"
    );
    let keys: BTreeSet<String> = lists.iter().flat_map(|l| l.split(", ")).map(|k| k.trim().to_owned()).collect();
    for expected in ["title", "base_url", "label", "website", "contact", "weight", "questions", "lived_experience"] {
        assert!(keys.contains(expected), "{expected} is among the keys listed:\n{err}");
    }
    let doc = format_md();
    let missing = undocumented(&keys, &doc);
    assert!(missing.is_empty(), "docs/format.md does not document these keys: {missing:?}");
}

#[test]
fn the_examples_in_the_reference_pass_aba_check() {
    // Each example marked `<!-- checked: PATH -->` is the next code block,
    // written to PATH of one site.
    let doc = format_md();
    let mut files: Vec<(String, String)> = Vec::new();
    let mut rest = doc.as_str();
    while let Some(at) = rest.find("<!-- checked: ") {
        let after = &rest[at + "<!-- checked: ".len()..];
        let (path, after) = after.split_once(" -->").expect("the marker is closed");
        let fence = after.find("```").expect("a code block follows the marker");
        let body = &after[fence..];
        let start = body.find('\n').unwrap() + 1;
        let end = body[start..].find("\n```").expect("the code block is closed") + start + 1;
        files.push((path.to_owned(), body[start..end].to_owned()));
        rest = &body[end..];
    }
    let paths: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
    for expected in ["site.yaml", "assessments/tally-bridge/area.yaml", "assessments/tally-bridge/2026.yaml"] {
        assert!(paths.contains(&expected), "the reference has a checked example of {expected}: {paths:?}");
    }
    let refs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    let site = Site::new(&refs);
    let out = site.aba(&["check"]);
    let err = stderr(&out);
    assert_eq!(code(&out), 0, "the examples have errors:\n{err}");
    assert!(!err.contains("error:"), "{err}");
    // The full example really uses every key of an assessment.
    let example = &files.iter().find(|(p, _)| p.ends_with("2026.yaml")).unwrap().1;
    for key in aba::check::ASSESSMENT_KEYS
        .iter()
        .chain(aba::check::POINTER_ASSESSMENT_KEYS)
        .chain(aba::check::REVIEW_KEYS)
        .chain(aba::check::PARTICIPANT_KEYS)
        .chain(aba::check::EVIDENCE_KEYS)
        .chain(aba::check::STEP_KEYS)
        .chain(aba::check::STORY_KEYS)
    {
        assert!(example.contains(&format!("{key}:")), "the full example shows `{key}`");
    }
}
