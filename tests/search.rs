//! The search page and the text it searches: one script file per year, in
//! each of the site's languages, loaded by `<script src>` (which works from
//! a folder on disk, where `fetch()` does not).

mod common;

use common::*;

/// A part's assessments: `abaSearch([...]);` read back as JSON.
fn part(site: &Site, path: &str) -> Vec<serde_json::Value> {
    let js = site.read(path);
    let json = js.strip_prefix("abaSearch([").and_then(|j| j.strip_suffix("]);\n")).unwrap_or_else(|| panic!("{js}"));
    serde_json::from_str(&format!("[{json}]")).unwrap_or_else(|e| panic!("{e}: {js}"))
}

/// The texts of a part, as (area, period, pointer, kind, text).
fn texts(assessments: &[serde_json::Value]) -> Vec<(String, String, i64, u64, String)> {
    let mut out = Vec::new();
    for a in assessments {
        for t in a["texts"].as_array().unwrap() {
            out.push((
                a["slug"].as_str().unwrap().to_owned(),
                a["period"].as_str().unwrap().to_owned(),
                t[0].as_i64().unwrap(),
                t[1].as_u64().unwrap(),
                t[2].as_str().unwrap().to_owned(),
            ));
        }
    }
    out
}

/// The JSON the search page hands its script.
fn page_data(html: &str) -> serde_json::Value {
    let tag = r#"<script type="application/json" id="search-data">"#;
    let start = html.find(tag).expect("the page's data") + tag.len();
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).unwrap()
}

#[test]
fn every_kind_of_text_is_searchable_in_each_language_in_one_part_per_year() {
    let site = Site::new(&[
        ("site.yaml", "title: Network\nlanguages: [en, cy]\n"),
        ("assessments/bro/area.yaml", "name: Bro Teg\n"),
        (
            "assessments/bro/2023.yaml",
            "assessed_on: 2023-03-31
pointers:
  living-map:
    score: 1
    evidence:
      - Time bank with 40 members
      - Lunch club directory
",
        ),
        (
            "assessments/bro/2024-06.yaml",
            "assessed_on: 2024-06-30
summary: { en: We are proud of the **map**., cy: Rydym yn falch o'r map. }
stories:
  - { text: The lunch club found me., from: a carer, consent: true }
pointers:
  living-map:
    score: 2
    strengths: { cy: Mae gennym ni fap. }
    evidence:
      - Time bank with 40 members
    next_steps:
      - Start a micro-enterprise fund
  connection-test:
    score: 1
    stories:
      - { text: A neighbour rang me every week., from: a resident, consent: true }
",
        ),
        ("assessments/empty/area.yaml", "name: Not yet\n"),
    ]);
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));

    // One part per year, newest first, in each language; the page names them.
    let data = page_data(&site.read("public/search/index.html"));
    assert_eq!(data["parts"], serde_json::json!(["2024-1.js", "2023-1.js"]));
    assert_eq!(data["periods"]["2024-06"], "June 2024");
    assert_eq!(data["pointers"][0], serde_json::json!(["living-map", 1, "A living map of local assets"]));
    let cy = page_data(&site.read("public/cy/search/index.html"));
    assert_eq!(cy["parts"], data["parts"]);
    assert!(site.read("public/cy/search/index.html").starts_with("<!DOCTYPE html>\n<html lang=\"cy\""));
    assert_eq!(cy["periods"]["2024-06"], "Mehefin 2024");
    assert_eq!(cy["kinds"][3], "Tystiolaeth");
    // The count of results in Welsh's plural forms, for words.js.
    let cy_page = site.read("public/cy/search/index.html");
    let words = cy_page.split("id=\"aba-words\">").nth(1).and_then(|w| w.split("</script>").next()).unwrap();
    let count: serde_json::Value = serde_json::from_str(words).unwrap();
    assert!(count["js-search-count"].to_string().contains("chanlyniad"), "{words}");

    // Every kind of text, as plain text, with its pointer (0: living-map, 2: connection-test; -1: none).
    let en = texts(&part(&site, "public/search/2024-1.js"));
    let expected = [
        (-1, 0, "We are proud of the map."),
        (-1, 1, "The lunch club found me."),
        (0, 2, "Mae gennym ni fap."),
        (0, 3, "Time bank with 40 members"),
        (0, 4, "Start a micro-enterprise fund"),
        (2, 1, "A neighbour rang me every week."),
    ];
    for (pointer, kind, text) in expected {
        assert!(
            en.iter().any(
                |t| (t.0.as_str(), t.1.as_str(), t.2, t.3, t.4.as_str()) == ("bro", "2024-06", pointer, kind, text)
            ),
            "{text} is missing from {en:?}"
        );
    }
    assert_eq!(en.len(), expected.len(), "{en:?}");
    // The Welsh part has the Welsh where the area wrote it; a text in English marks its language.
    let assessments = part(&site, "public/cy/search/2024-1.js");
    let cy = texts(&assessments);
    assert!(cy.iter().any(|t| t.4 == "Rydym yn falch o'r map."), "{cy:?}");
    assert!(!cy.iter().any(|t| t.4.contains("proud")), "{cy:?}");
    let written: Vec<_> =
        assessments[0]["texts"].as_array().unwrap().iter().map(|t| (t[2].clone(), t[3].clone())).collect();
    assert!(written.contains(&("Rydym yn falch o'r map.".into(), serde_json::Value::Null)), "{written:?}");
    assert!(written.contains(&("Time bank with 40 members".into(), "en".into())), "{written:?}");
    assert!(written.contains(&("Mae gennym ni fap.".into(), serde_json::Value::Null)), "{written:?}");
    let en = &part(&site, "public/search/2024-1.js")[0]["texts"];
    assert!(en.as_array().unwrap().iter().any(|t| t[2] == "Mae gennym ni fap." && t[3] == "cy"), "{en}");
    // A text written again the next year is found in the newest only.
    let older = texts(&part(&site, "public/search/2023-1.js"));
    assert_eq!(older.iter().map(|t| t.4.as_str()).collect::<Vec<_>>(), ["Lunch club directory"]);

    // The page without its script: where to look instead, with a link to each pointer.
    let html = site.read("public/search/index.html");
    assert!(html.contains("Searching needs JavaScript"), "{html}");
    assert!(html.contains(r#"<a href="/pointers/living-map/">1. A living map of local assets</a>"#), "{html}");
    assert!(html.contains(r#"<a href="/areas/">list of areas</a>"#), "{html}");
    assert!(html.contains(r#"<script src="../static/minisearch.js" defer></script>"#), "{html}");
    assert!(
        site.read("public/cy/search/index.html").contains(r#"<script src="../../static/search.js" defer></script>"#)
    );
    // Every page links to it.
    assert!(site.read("public/index.html").contains(r#"<a href="/search/">Search</a>"#));
    assert!(site.read("public/cy/areas/index.html").contains(r#"<a href="/cy/search/">Chwilio</a>"#));
}
