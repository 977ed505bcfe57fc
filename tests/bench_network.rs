//! The benchmark's synthetic networks (`examples/gen_network.rs`): the files
//! are shaped like councils' own, `aba check` finds no errors in them and
//! warns about the late steps and old evidence a real network has, and the
//! same seed writes the same bytes.

mod common;

#[path = "../examples/gen_network.rs"]
mod gen_network;

use assert_cmd::Command;
use common::*;
use gen_network::{Options, write_network};

/// `aba check --format json` on `dir`: its exit code and each diagnostic.
fn check(dir: &std::path::Path) -> (i32, Vec<serde_json::Value>) {
    let out =
        Command::cargo_bin("aba").unwrap().args(["check", "--format", "json", "--root"]).arg(dir).output().unwrap();
    let lines = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    (code(&out), lines)
}

fn count(diags: &[serde_json::Value], severity: &str, words: &str) -> usize {
    diags.iter().filter(|d| d["severity"] == severity && d["message"].as_str().unwrap().contains(words)).count()
}

#[test]
fn a_realistic_network_checks_with_the_warnings_of_real_files() {
    let dir = tempfile::tempdir().unwrap();
    let o = Options { areas: 24, years: 5, ..Options::default() };
    let bytes = write_network(dir.path(), &o).unwrap();
    let per_file = bytes / 120;
    assert!((13_000..15_000).contains(&per_file), "{per_file} bytes a file, where councils' are about 13 to 14 KB");

    let text = std::fs::read_to_string(dir.path().join("assessments/hollwick-1/2026.yaml")).unwrap();
    for shape in ["summary: |\n", "\n\n", "\n  - ", "**", "](https://", "stories:\n", "consent: true", "votes: ["] {
        assert!(text.contains(shape), "the file has {shape:?}:\n{text}");
    }

    let (code, diags) = check(dir.path());
    assert_eq!(code, 0, "{diags:#?}");
    assert_eq!(count(&diags, "error", ""), 0, "{diags:#?}");
    let late = count(&diags, "warning", "and is not done");
    let stale = count(&diags, "warning", "months old when");
    assert!(late >= 5 && stale >= 5, "{late} late steps and {stale} pieces of old evidence, of {}", diags.len());
    assert!(diags.len() < 120, "about one warning every two files, not {}", diags.len());
}

#[test]
fn the_same_seed_writes_the_same_bytes_and_another_seed_does_not() {
    let [a, b, c] = [(); 3].map(|_| tempfile::tempdir().unwrap());
    let o = Options { areas: 6, years: 3, ..Options::default() };
    write_network(a.path(), &o).unwrap();
    write_network(b.path(), &o).unwrap();
    write_network(c.path(), &Options { seed: 8, ..o }).unwrap();
    assert_eq!(snapshot(a.path()), snapshot(b.path()));
    assert_ne!(snapshot(a.path()), snapshot(c.path()));
}

#[test]
fn the_plain_network_is_lighter_and_checks_too() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = write_network(dir.path(), &Options { areas: 12, years: 5, plain: true, ..Options::default() }).unwrap();
    assert!((5_000..8_000).contains(&(bytes / 60)), "{} bytes a file", bytes / 60);
    let (code, diags) = check(dir.path());
    assert_eq!(code, 0, "{diags:#?}");
    assert_eq!(count(&diags, "error", ""), 0, "{diags:#?}");
}

#[test]
fn a_network_in_two_languages_has_bilingual_areas_and_the_same_english() {
    let [one, two] = [(); 2].map(|_| tempfile::tempdir().unwrap());
    let o = Options { areas: 24, years: 2, ..Options::default() };
    write_network(one.path(), &o).unwrap();
    let languages = vec!["en-GB".to_owned(), "cy".to_owned()];
    write_network(two.path(), &Options { languages, ..o }).unwrap();
    let site = std::fs::read_to_string(two.path().join("site.yaml")).unwrap();
    assert!(site.contains("languages: [en-GB, cy]\n") && !site.contains("language: en-GB"), "{site}");

    // The areas of Wales, and one in twelve elsewhere, write in both; the others as before.
    let (mut bilingual, mut english) = (0, 0);
    for area in std::fs::read_dir(two.path().join("assessments")).unwrap() {
        let area = area.unwrap().path();
        let latest = std::fs::read_to_string(area.join("2026.yaml")).unwrap();
        let before = one.path().join("assessments").join(area.file_name().unwrap());
        if latest.contains("\n  cy: |\n") {
            bilingual += 1;
            assert!(latest.contains("summary:\n  en-GB: |\n") && latest.contains("{ en-GB: \""), "{latest}");
        } else {
            english += 1;
            assert_eq!(latest, std::fs::read_to_string(before.join("2026.yaml")).unwrap());
        }
    }
    assert_eq!((bilingual, english), (4, 20));

    let (code, diags) = check(two.path());
    assert_eq!(code, 0, "{diags:#?}");
    assert_eq!(count(&diags, "error", ""), 0, "{diags:#?}");
    // Every English-only file is counted once; most bilingual files have a text or two in English only.
    let only = count(&diags, "warning", "in one language only");
    assert!((40..=72).contains(&only), "{only} files with text in one language only, of 72");
}
