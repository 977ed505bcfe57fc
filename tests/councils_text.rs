//! A council's own text in each of the site's languages: every free-text
//! field of an area and an assessment, on the pages, in the checks, in the
//! open data, and in the worksheets `aba new` writes.

mod common;

use common::*;

/// An area and an assessment with every free text in English and Welsh
/// (`{ en, cy }`), and the same fields again in English only.
fn bilingual() -> Site {
    Site::new(&[
        ("site.yaml", "title: Network\nlanguages: [en, cy]\n"),
        (
            "assessments/bro/area.yaml",
            "name: { en: Oak Vale, cy: Bro Derwen }\nkind:\n  en: County borough\n  cy: Bwrdeistref sirol\nnation: Wales\n",
        ),
        (
            "assessments/bro/2024.yaml",
            "assessed_on: 2024-03-31
facilitator: { en: Community team, cy: Tîm cymunedol }
reviewed_by: { name: { en: Kestle Vale Council, cy: Cyngor Cwm Kestle }, on: 2024-05-01 }
stories:
  - { text: { en: The lunch club found me., cy: Daeth y clwb cinio o hyd i mi. }, from: { en: a carer, cy: gofalwr }, consent: true }
pointers:
  living-map:
    score: 2
    evidence:
      - { en: Asset map with 1200 entries, cy: Map asedau gyda 1200 o gofnodion }
      - { text: { en: Map refresh with residents, cy: Adnewyddu'r map gyda thrigolion }, link: \"https://example.org/map\" }
    next_steps:
      - { en: Add health services to the map, cy: Ychwanegu gwasanaethau iechyd at y map }
      - { action: { en: Train 40 staff, cy: Hyfforddi 40 o staff }, owner: { en: Public health, cy: Iechyd y cyhoedd }, status: planned }
",
        ),
        ("assessments/eng/area.yaml", "name: Ashby\nkind: District\n"),
        (
            "assessments/eng/2024.yaml",
            "assessed_on: 2024-03-31
summary: We meet on the green.
facilitator: Ashby team
reviewed_by: { name: Millbrook Council }
stories:
  - { text: We meet on Tuesdays., from: a neighbour, consent: true }
pointers:
  living-map:
    score: 1
    evidence:
      - Ward lists
      - { text: Street survey, date: 2024-01-10 }
    next_steps:
      - Ask the libraries
      - { action: Open the map, owner: Libraries }
",
        ),
    ])
}

#[test]
fn each_field_is_shown_in_the_pages_language_or_marked_as_the_other() {
    let site = bilingual();
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let (en, cy) = (site.read("public/areas/bro/index.html"), site.read("public/cy/areas/bro/index.html"));
    let pairs = [
        ("Oak Vale", "Bro Derwen"),
        ("County borough", "Bwrdeistref sirol"),
        ("Community team", "Tîm cymunedol"),
        ("Kestle Vale Council", "Cyngor Cwm Kestle"),
        ("a carer", "gofalwr"),
        ("Asset map with 1200 entries", "Map asedau gyda 1200 o gofnodion"),
        ("Map refresh with residents", "Adnewyddu&#39;r map gyda thrigolion"),
        ("Add health services to the map", "Ychwanegu gwasanaethau iechyd at y map"),
        ("Train 40 staff", "Hyfforddi 40 o staff"),
        ("Public health", "Iechyd y cyhoedd"),
    ];
    for (english, welsh) in pairs {
        assert!(en.contains(english) && !en.contains(welsh), "{english} / {welsh} on the English page:\n{en}");
        assert!(cy.contains(welsh) && !cy.contains(english), "{english} / {welsh} on the Welsh page:\n{cy}");
    }
    // Every text is in the page's language: nothing is marked as another.
    assert!(!cy.contains("lang=\"en\"><") && !cy.contains("untranslated"), "{cy}");
    // The area's name on the other pages of each language, and the address stays the folder's.
    assert!(site.read("public/cy/areas/index.html").contains(">Bro Derwen</a>"));
    assert!(site.read("public/areas/index.html").contains(">Oak Vale</a>"));
    assert!(site.read("public/cy/pointers/living-map/index.html").contains("Map asedau gyda 1200 o gofnodion"));
    assert!(site.read("public/cy/areas/bro/2024/report/index.html").contains("Hyfforddi 40 o staff"));

    // An area written in English only: on Welsh pages, each text in English, marked.
    let cy = site.read("public/cy/areas/eng/index.html");
    for text in ["District", "Ashby team", "Millbrook Council", "a neighbour", "Ward lists", "Street survey"] {
        assert!(cy.contains(&format!("<span lang=\"en\">{text}</span>")), "{text} not marked:\n{cy}");
    }
    for text in ["Ask the libraries", "Open the map", "Libraries"] {
        assert!(cy.contains(&format!("<span lang=\"en\">{text}</span>")), "{text} not marked:\n{cy}");
    }
    // A quiet note after the evidence and after the next steps, once each, and the story's.
    let note = "<p class=\"meta untranslated\">Dim yn Gymraeg eto.</p>";
    assert_eq!(cy.matches(note).count(), 4, "{cy}");
    // The home page's list of recent assessments marks the summary's first words too.
    let home = site.read("public/cy/index.html");
    assert!(home.contains("<p><span lang=\"en\">We meet on the green.</span></p>"), "{home}");
    // So does a pointer's page, under the area's evidence.
    let pointer = site.read("public/cy/pointers/living-map/index.html");
    assert!(pointer.contains("<span lang=\"en\">Ward lists</span>"), "{pointer}");
    assert!(pointer.contains(&format!("</ul>{note}")), "{pointer}");
    // On the English pages nothing of it is marked.
    let en = site.read("public/areas/eng/index.html");
    assert!(!en.contains("<span lang=") && !en.contains("untranslated"), "{en}");
}

#[test]
fn texts_in_one_language_are_one_warning_per_file_with_a_count() {
    let site = bilingual();
    let out = site.aba(&["check"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("warning: assessments/eng/area.yaml:1:1: 2 texts of this file are in one language only"),
        "{err}"
    );
    assert!(
        err.contains("warning: assessments/eng/2024.yaml:3:1: 10 texts of this file are in one language only"),
        "{err}"
    );
    assert_eq!(err.matches("in one language only").count(), 2, "{err}");
}

#[test]
fn a_language_the_site_does_not_have_is_an_error_at_its_line_and_column() {
    let site = bilingual();
    site.write(
        "assessments/eng/2024.yaml",
        "assessed_on: 2024-03-31
pointers:
  living-map:
    score: 1
    evidence:
      - { en: Ward lists, fr: Listes }
    next_steps:
      - action:
          en: Open the map
          de: Die Karte
",
    );
    site.write("assessments/eng/area.yaml", "name: Ashby\nkind: { en: District, gd: Sgìre }\n");
    let out = site.aba(&["check"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("assessments/eng/2024.yaml:6:27: `fr` is not one of the site's languages"), "{err}");
    assert!(err.contains("assessments/eng/2024.yaml:10:11: `de` is not one of the site's languages"), "{err}");
    assert!(err.contains("assessments/eng/area.yaml:2:23: `gd` is not one of the site's languages"), "{err}");
    assert!(err.contains("write the text in each of en, cy"), "{err}");

    // A site in one language takes the form for its own language only.
    site.write("site.yaml", "title: Network\n");
    site.write("assessments/eng/area.yaml", "name: { en: Ashby }\nkind: { cy: Ardal }\n");
    site.write("assessments/eng/2024.yaml", "assessed_on: 2024-03-31\n");
    std::fs::remove_dir_all(site.path().join("assessments/bro")).unwrap();
    let out = site.aba(&["check"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("assessments/eng/area.yaml:2:9: `cy` is not one of the site's languages"), "{err}");
    assert!(err.contains("the site is published in en only"), "{err}");
    assert!(!err.contains("area.yaml:1:"), "{err}");
}

#[test]
fn links_in_every_language_are_checked_once_where_they_are_written() {
    let site = bilingual();
    site.write(
        "assessments/eng/2024.yaml",
        "assessed_on: 2024-03-31
summary:
  en: See [the map](/pointers/living-map/).
  cy: |
    Gweler y map.

    Mae [y map](/no-such-page/) yma, a [hwn](javascript:alert(1)).
pointers:
  living-map:
    strengths: { en: Good., cy: \"[Da](/pointers/no-such/)\" }
",
    );
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let err = stderr(&out);
    let broken = "error: assessments/eng/2024.yaml:7";
    assert!(err.contains(broken) && err.contains("broken link `/no-such-page/`"), "{err}");
    assert_eq!(err.matches("/no-such-page/").count(), 1, "{err}");
    assert!(err.contains("assessments/eng/2024.yaml:10") && err.contains("broken link `/pointers/no-such/`"), "{err}");
    assert_eq!(err.matches("/pointers/no-such/").count(), 1, "{err}");
    assert!(err.contains("javascript"), "{err}");
    assert!(!err.contains("(page)"), "{err}");
}

#[test]
fn the_open_data_gives_each_text_in_each_language_beside_the_default() {
    let site = bilingual();
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&site.read("public/data/areas/bro/2024.json")).unwrap();
    assert_eq!(json["area_name"], "Oak Vale");
    assert_eq!(json["area_name_by_language"], serde_json::json!({"en": "Oak Vale", "cy": "Bro Derwen"}));
    assert_eq!(json["kind_by_language"]["cy"], "Bwrdeistref sirol");
    assert_eq!(json["facilitator_by_language"]["cy"], "Tîm cymunedol");
    assert_eq!(json["reviewed_by"]["name_by_language"]["cy"], "Cyngor Cwm Kestle");
    assert_eq!(json["stories"][0]["text_by_language"]["cy"], "Daeth y clwb cinio o hyd i mi.");
    assert_eq!(json["stories"][0]["from_by_language"]["cy"], "gofalwr");
    let map = &json["pointers"][0];
    assert_eq!(map["title_by_language"]["cy"], "Map byw o asedau lleol");
    assert_eq!(map["evidence"][0]["text"], "Asset map with 1200 entries");
    assert_eq!(map["evidence"][0]["text_by_language"]["cy"], "Map asedau gyda 1200 o gofnodion");
    assert_eq!(map["evidence"][1]["text_by_language"]["cy"], "Adnewyddu'r map gyda thrigolion");
    assert_eq!(map["next_steps"][0]["action_by_language"]["cy"], "Ychwanegu gwasanaethau iechyd at y map");
    assert_eq!(map["next_steps"][1]["owner_by_language"]["cy"], "Iechyd y cyhoedd");
    // A text in one language has only that one.
    let eng: serde_json::Value = serde_json::from_str(&site.read("public/data/areas/eng/2024.json")).unwrap();
    assert_eq!(eng["pointers"][0]["evidence"][0]["text_by_language"], serde_json::json!({"en": "Ward lists"}));

    // scores.json: the area's name, the pointer's title and the score's label in each language.
    let scores: serde_json::Value = serde_json::from_str(&site.read("public/data/scores.json")).unwrap();
    let row = scores.as_array().unwrap().iter().find(|r| r["area"] == "bro" && r["pointer"] == "living-map").unwrap();
    assert_eq!(row["area_name_by_language"]["cy"], "Bro Derwen");
    assert_eq!(row["pointer_title_by_language"]["en"], "A living map of local assets");
    assert_eq!(row["pointer_title_by_language"]["cy"], "Map byw o asedau lleol");
    assert_eq!(row["score_label_by_language"], serde_json::json!({"en": "Developing", "cy": "Yn datblygu"}));
    let unscored = scores.as_array().unwrap().iter().find(|r| r["area"] == "bro" && r["score"].is_null()).unwrap();
    assert!(unscored.get("score_label_by_language").is_none(), "{unscored}");
    // `aba export` gives the same bytes, and scores.csv keeps exactly its columns.
    let export = site.aba(&["export", "--format", "json"]);
    assert_eq!(stdout(&export), site.read("public/data/scores.json"));
    let csv = site.read("public/data/scores.csv");
    assert!(csv.starts_with("area,area_name,nation,region,period,assessed_on,pointer,pointer_number,score,votes\n"));
    assert!(csv.contains("bro,Oak Vale,Wales,") && !csv.contains("Bro Derwen"), "{csv}");
}

#[test]
fn the_schema_takes_either_form_of_every_such_text() {
    let site = bilingual();
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let schema: serde_json::Value = serde_json::from_str(&site.read("public/data/assessment.schema.json")).unwrap();
    let in_each = |v: &serde_json::Value| {
        let languages = &v["oneOf"][1];
        languages["type"] == "object"
            && languages["additionalProperties"] == false
            && languages["properties"].as_object().is_some_and(|p| p.keys().eq(["cy", "en"].iter()))
    };
    let props = &schema["properties"];
    let defs = &schema["$defs"];
    for (what, v) in [
        ("summary", &props["summary"]),
        ("facilitator", &props["facilitator"]),
        ("reviewed_by.name", &props["reviewed_by"]["properties"]["name"]),
        ("story text", &defs["story"]["properties"]["text"]),
        ("story from", &defs["story"]["properties"]["from"]),
        ("evidence text", &defs["evidence"]["properties"]["text"]),
        ("action", &defs["next_step"]["properties"]["action"]),
        ("owner", &defs["next_step"]["properties"]["owner"]),
        (
            "an evidence item as text",
            &props["pointers"]["properties"]["living-map"]["properties"]["evidence"]["oneOf"][1],
        ),
    ] {
        assert!(in_each(v), "{what}: {v:#}");
    }
    // Each language's text keeps the limit of the field.
    assert_eq!(defs["next_step"]["properties"]["owner"]["oneOf"][1]["properties"]["cy"]["maxLength"], 200);
    // The framework's name is not a council's text.
    assert!(props["framework"].get("oneOf").is_none(), "{:#}", props["framework"]);
}

#[test]
fn aba_new_writes_its_comments_in_the_language_asked_for() {
    let site = bilingual();
    let out = site.aba(&["new", "cwm", "--period", "2026", "--name", "Cwm Tawel", "--lang", "cy"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let file = site.read("assessments/cwm/2026.yaml");
    for welsh in [
        "# Hunanasesiad ar gyfer 2026 yn erbyn Asset-Based Area, TLAP 2017.",
        "# Y raddfa:",
        "#   2 Yn datblygu",
        "summary: { cy: ... }",
        "  # 1. Map byw o asedau lleol",
        "  # Cwestiynau i'w trafod:",
        "    votes: []          # un rhif i bob person neu fwrdd",
        "assessed_on: 2026-01-01   # dyddiad y gweithdy, BBBB-MM-DD",
    ] {
        assert!(file.contains(welsh), "{welsh} is not in:\n{file}");
    }
    assert!(!file.contains("Questions to discuss") && !file.contains("The scale"), "{file}");
    assert!(
        site.read("assessments/cwm/area.yaml")
            .contains("# kind: ...              # y math o gyngor, fel bwrdeistref sirol")
    );
    // The file passes `aba check` as it stands.
    let out = site.aba(&["check"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));

    // In English, as before; a language the site does not have names the choices.
    let out = site.aba(&["new", "ash", "--period", "2026", "--lang", "en"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(site.read("assessments/ash/2026.yaml").contains("# The scale:\n#   0 Not started\n"));
    let out = site.aba(&["new", "fra", "--period", "2026", "--lang", "fr"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("`fr` is not one of the site's languages: use --lang with one of en, cy"));
    assert!(!site.exists("assessments/fra/2026.yaml"));
}
