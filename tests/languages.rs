//! A site in Welsh and English: every page in both, linked to each other.

mod common;

use common::*;

/// The example, which publishes in English and Welsh.
fn bilingual() -> Site {
    let site = Site::example();
    assert!(site.read("site.yaml").contains("\nlanguages: [en-GB, cy]\n"));
    site
}

/// Every `index.html` under `public/`, relative to it.
fn pages(site: &Site) -> Vec<String> {
    let root = site.path().join("public");
    walkdir::WalkDir::new(&root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_name() == "index.html")
        .map(|e| e.path().strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/"))
        .collect()
}

/// The English messages that are whole phrases (no placeable, no markup)
/// and are said differently in Welsh; not the names of nations, regions and
/// roles (the worksheet suggests an area's region in the words its file
/// takes), nor the worksheet's examples of an area's keys (`Metropolitan borough`),
/// which the pointers' and areas' own text (in English until translated)
/// also uses.
fn english_phrases() -> Vec<String> {
    let read = |lang: &str| {
        let text =
            std::fs::read_to_string(format!("{}/themes/default/i18n/{lang}.ftl", env!("CARGO_MANIFEST_DIR"))).unwrap();
        text.lines()
            .filter_map(|l| l.split_once(" = "))
            .filter(|(id, _)| !id.starts_with(['#', ' ']))
            .map(|(id, v)| (id.trim().to_owned(), v.trim().to_owned()))
            .collect::<std::collections::HashMap<_, _>>()
    };
    let (en, cy) = (read("en"), read("cy"));
    en.iter()
        .filter(|(id, v)| {
            !id.starts_with("nation-")
                && !id.starts_with("region-name-")
                && !id.starts_with("role-")
                && !id.starts_with("js-worksheet-yaml-")
                && v.len() >= 12
                && v.contains(' ')
                && !v.contains(['{', '<'])
                && cy.get(*id).is_some_and(|w| w != *v)
        })
        .map(|(_, v)| v.replace('\'', "&#39;"))
        .collect()
}

#[test]
fn every_page_has_its_welsh_counterpart_linked_both_ways() {
    let site = bilingual();
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let all = pages(&site);
    let english: Vec<&String> = all.iter().filter(|p| !p.starts_with("cy/")).collect();
    assert!(english.len() > 50);
    assert_eq!(all.len(), english.len() * 2, "each English page has one Welsh page");
    let phrases = english_phrases();
    // The same site without its own pages, whose English text (translated
    // in content/*.cy.md, not yet read) is not the theme's.
    let bare = bilingual();
    for page in ["_index", "about", "data", "guide", "method", "workshop"] {
        std::fs::remove_file(bare.path().join(format!("content/{page}.md"))).unwrap();
    }
    let out = bare.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(phrases.len() > 100, "{}", phrases.len());
    for page in english {
        let dir = page.strip_suffix("index.html").unwrap();
        let en = site.read(&format!("public/{page}"));
        let cy = site.read(&format!("public/cy/{page}"));
        let theirs = std::fs::read_to_string(bare.path().join(format!("public/cy/{page}"))).unwrap_or_default();
        assert!(en.contains("<html lang=\"en-GB\">"), "{page}");
        assert!(cy.contains("<html lang=\"cy\">"), "cy/{page}");
        // The switcher, named in the other language, to the same page (an
        // area's own page is its latest assessment's, and names that).
        let switch = |html: &str, name: &str| {
            let at = html.find(&format!("\">{name}</a>")).unwrap_or_else(|| panic!("{page}: no link to {name}"));
            html[..at].rsplit_once("<a href=\"").unwrap().1.to_owned()
        };
        let (to_cy, to_en) = (switch(&en, "Cymraeg"), switch(&cy, "English"));
        assert!(to_cy.starts_with(&format!("/cy/{dir}")) && to_cy.ends_with("\" lang=\"cy\" hreflang=\"cy"), "{page}");
        assert!(
            to_en.starts_with(&format!("/{dir}")) && to_en.ends_with("\" lang=\"en-GB\" hreflang=\"en-GB"),
            "{page}"
        );
        let same = to_cy.split('"').next().unwrap().strip_prefix("/cy/").unwrap().to_owned();
        for html in [&en, &cy] {
            for (lang, at) in [("en-GB", format!("/{same}")), ("cy", format!("/cy/{same}"))] {
                let link = format!("<link rel=\"alternate\" hreflang=\"{lang}\" href=\"https://aba.example.org{at}\">");
                assert!(html.contains(&link), "{page}: {link}");
            }
        }
        assert!(cy.contains("Neidio i'r prif gynnwys") && cy.contains("aria-label=\"Prif ddewislen\""), "cy/{page}");
        // Outside the parts marked as English (the site's own text, not yet translated).
        let mut welsh = String::new();
        let mut rest = theirs.as_str();
        while let Some(i) = rest.find("<div lang=\"en-GB\">") {
            welsh.push_str(&rest[..i]);
            rest = &rest[i + 4..];
            let mut depth = 1;
            while depth > 0 {
                let (open, close) = (rest.find("<div"), rest.find("</div>"));
                match (open, close) {
                    (Some(o), Some(c)) if o < c => (depth, rest) = (depth + 1, &rest[o + 4..]),
                    (_, Some(c)) => (depth, rest) = (depth - 1, &rest[c + 6..]),
                    _ => (depth, rest) = (0, ""),
                }
            }
        }
        welsh.push_str(rest);
        for phrase in &phrases {
            assert!(!welsh.contains(phrase.as_str()), "cy/{page} says in English: {phrase}");
        }
    }
    let sitemap = site.read("public/sitemap.xml");
    assert!(sitemap.contains("<url><loc>https://aba.example.org/cy/areas/bro-derwen/</loc><xhtml:link rel=\"alternate\" hreflang=\"en-GB\" href=\"https://aba.example.org/areas/bro-derwen/\"/><xhtml:link rel=\"alternate\" hreflang=\"cy\" href=\"https://aba.example.org/cy/areas/bro-derwen/\"/></url>"));
    // The open data is one set of files for every language.
    assert!(site.exists("public/data/scores.csv") && !site.exists("public/cy/data/scores.csv"));
    assert!(!site.exists("public/cy/static/style.css"));
    let home = site.read("public/cy/index.html");
    assert!(home.contains("Mae 14 o ardaloedd wedi cyhoeddi"), "{home}");
    assert!(home.contains("href=\"/static/style.css\""));
}

#[test]
fn a_site_in_one_language_has_no_other_language() {
    let site = Site::example();
    let yaml = site.read("site.yaml").replace("\nlanguages: [en-GB, cy]\n", "\nlanguage: en-GB\n");
    site.write("site.yaml", &yaml);
    // The Welsh areas, whose text is in both languages, are for a site in both.
    for area in ["bro-derwen", "cwm-tawel"] {
        std::fs::remove_dir_all(site.path().join("assessments").join(area)).unwrap();
    }
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!site.exists("public/cy"));
    let page = site.read("public/areas/millbrook/index.html");
    assert!(!page.contains("hreflang") && !page.contains("language-switch"));
    assert!(!site.read("public/sitemap.xml").contains("xhtml"));
}

#[test]
fn languages_are_checked() {
    for (yaml, expect) in [
        ("languages: [en, cy, cy-GB]\n", "site.yaml:1:"),
        ("languages: [en, Welsh]\n", "`Welsh` is not a language"),
        ("languages: []\n", "`languages` lists no language"),
        ("language: en\nlanguages: [cy, en]\n", "`language` says en but `languages` starts with cy"),
    ] {
        let site = Site::new(&[("site.yaml", yaml)]);
        let out = site.aba(&["check"]);
        assert_ne!(code(&out), 0, "{yaml}");
        assert!(stderr(&out).contains(expect), "{yaml}: {}", stderr(&out));
    }
}

/// A message a site adds in one language only is an error naming it and the other.
#[test]
fn a_message_missing_in_one_language_stops_the_build() {
    let site = Site::new(&[
        ("site.yaml", "languages: [en, cy]\n"),
        ("themes/default/i18n/en.ftl", "my-note = Read this first\n"),
    ]);
    let out = site.aba(&["build"]);
    assert_ne!(code(&out), 0);
    assert!(stderr(&out).contains("the message `my-note` is missing for the language `cy`"), "{}", stderr(&out));
}

const POINTER: &str = "---\nid: living-map\nnumber: 1\ntitle: A living map\nsummary: The area knows what it has.\nquestions: [What do we have?]\n---\nWhat it means.\n";
const POINTER_CY: &str = "---\nid: living-map\nnumber: 1\ntitle: Map byw\nsummary: Mae'r ardal yn gwybod beth sydd ganddi.\nquestions: [Beth sydd gennym ni?]\n---\nBeth mae'n ei olygu.\n";

/// A site in English and Welsh with one pointer and two pages, `about`
/// translated into Welsh and `method` not.
fn framework() -> Site {
    Site::new(&[
        ("site.yaml", "title: Network\nlanguages: [en, cy]\n"),
        ("content/pointers/01-living-map.md", POINTER),
        ("content/about.md", "---\ntitle: About us\n---\nWho we are.\n"),
        ("content/about.cy.md", "---\ntitle: Amdanom ni\n---\nPwy ydym ni.\n"),
        ("content/method.md", "---\ntitle: How it works\n---\nThe method.\n"),
    ])
}

#[test]
fn a_translated_page_is_in_welsh_and_an_untranslated_one_is_marked_english() {
    let site = framework();
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let err = stderr(&out);
    // Once per file without a translation, naming it and the file to write.
    for file in ["content/method.md", "content/pointers/01-living-map.md"] {
        let (stem, _) = file.rsplit_once(".md").unwrap();
        let line = format!("warning: {file}:1:1: this page has no translation into `cy`; write {stem}.cy.md");
        assert_eq!(err.matches(&line).count(), 1, "{err}");
    }
    assert!(!err.contains("content/about.md:1:1"), "{err}");
    let note = "Nid yw'r dudalen hon wedi'i chyfieithu i'r Gymraeg eto.";
    let about = site.read("public/cy/about/index.html");
    assert!(about.contains("<h1>Amdanom ni</h1>") && about.contains("<p>Pwy ydym ni.</p>"), "{about}");
    assert!(
        !about.contains("<div lang=\"en\">")
            && !about.contains("<h1 lang")
            && !about.contains(note)
            && !about.contains("Who we are")
    );
    // The footer of every Welsh page names the page in Welsh.
    assert!(site.read("public/cy/index.html").contains(">Amdanom ni</a>"));
    let method = site.read("public/cy/method/index.html");
    assert!(method.contains("<h1 lang=\"en\">How it works</h1>"), "{method}");
    assert!(method.contains(note) && method.contains("<div lang=\"en\"><p>The method.</p>"), "{method}");
    let pointer = site.read("public/cy/pointers/living-map/index.html");
    assert!(pointer.contains("<h1 lang=\"en\"><span class=\"num-badge\">1</span> A living map</h1>"), "{pointer}");
    assert!(pointer.contains("<p class=\"lead\" lang=\"en\">The area knows") && pointer.contains(note));
    assert!(pointer.contains("<ul lang=\"en\"><li>What do we have?</li></ul>"), "{pointer}");
    // The English pages have neither the note nor the Welsh text.
    let english = site.read("public/pointers/living-map/index.html");
    assert!(!english.contains("untranslated") && !english.contains("Map byw") && !english.contains("<h1 lang"));

    // Once translated, the pointer is in Welsh everywhere, without the note.
    site.write("content/pointers/01-living-map.cy.md", POINTER_CY);
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!stderr(&out).contains("01-living-map.md:1:1"), "{}", stderr(&out));
    let pointer = site.read("public/cy/pointers/living-map/index.html");
    assert!(pointer.contains("<h1><span class=\"num-badge\">1</span> Map byw</h1>"), "{pointer}");
    assert!(pointer.contains("<p>Beth mae'n ei olygu.</p>") && !pointer.contains(note), "{pointer}");
    assert!(!pointer.contains("A living map") && !pointer.contains("What it means"));
    let list = site.read("public/cy/pointers/index.html");
    assert!(list.contains("Map byw") && !list.contains("A living map"), "{list}");
    assert!(site.read("public/pointers/index.html").contains("A living map"));
}

#[test]
fn translations_are_checked() {
    // A translation keeps the pointer's id and number.
    let site = framework();
    site.write("content/pointers/01-living-map.cy.md", &POINTER_CY.replace("id: living-map", "id: map-byw"));
    let out = site.aba(&["check"]);
    assert_ne!(code(&out), 0);
    let err = stderr(&out);
    assert!(err.contains("content/pointers/01-living-map.cy.md:2:5: this translation says map-byw 1"), "{err}");
    // A language the site does not list, and a translation of nothing: warnings.
    let site = framework();
    site.write("content/about.fr.md", "---\ntitle: À propos\n---\n");
    site.write("content/contact.cy.md", "---\ntitle: Cysylltu\n---\n");
    let out = site.aba(&["check"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("content/about.fr.md:1:1: `fr` is not one of the site's other languages"), "{err}");
    assert!(err.contains("content/contact.cy.md:1:1: there is no content/contact.md for this file to translate"));
    // A site in one language keeps its translations for later, quietly.
    let site = framework();
    site.write("site.yaml", "title: Network\nlanguage: en\n");
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!stderr(&out).contains("cy"), "{}", stderr(&out));
    assert!(!site.exists("public/about.cy") && !site.exists("public/cy"));
    assert!(site.read("public/about/index.html").contains("Who we are"));
}

/// A council's text in English and Welsh, in English only, in Welsh only.
#[test]
fn a_councils_text_is_shown_in_each_language_or_marked_as_the_other() {
    let site = Site::new(&[
        ("site.yaml", "title: Network\nlanguages: [en, cy]\n"),
        ("assessments/bro/area.yaml", "name: { en: Bro, cy: Bro }\n"),
        (
            "assessments/bro/2024.yaml",
            "assessed_on: 2024-03-31
summary: { en: We are proud of the map., cy: Rydym yn falch o'r map. }
stories:
  - { text: The lunch club found me., from: a carer, consent: true }
pointers:
  living-map:
    score: 2
    strengths: { cy: Mae gennym ni fap. }
",
        ),
    ]);
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // One warning for the file, with the count, at the first such text.
    let err = stderr(&out);
    let warning = "warning: assessments/bro/2024.yaml:4:7: 3 texts of this file are in one language only";
    assert_eq!(err.matches("in one language only").count(), 1, "{err}");
    assert!(err.contains(warning), "{err}");
    let (en, cy) = (site.read("public/areas/bro/index.html"), site.read("public/cy/areas/bro/index.html"));
    assert!(en.contains("<p>We are proud of the map.</p>") && !en.contains("Rydym yn falch"), "{en}");
    assert!(cy.contains("<p>Rydym yn falch o'r map.</p>") && !cy.contains("We are proud"), "{cy}");
    // Each falls back to the other language, marked, with a quiet note.
    let story = "<div lang=\"en\"><p>The lunch club found me.</p>\n</div><p class=\"meta untranslated\">Dim yn Gymraeg eto.</p>";
    assert!(cy.contains(story), "{cy}");
    let strengths =
        "<div lang=\"cy\"><p>Mae gennym ni fap.</p>\n</div><p class=\"meta untranslated\">Not yet in English.</p>";
    assert!(en.contains(strengths), "{en}");
    assert!(cy.contains("<p>Mae gennym ni fap.</p>") && !cy.contains("lang=\"cy\"><p>Mae"), "{cy}");
    // The open data keeps the default language's text, and each language's beside it.
    let json = site.read("public/data/areas/bro/2024.json");
    assert!(json.contains("\"summary\":\"We are proud of the map.\",\"summary_by_language\":{\"en\":\"We are proud of the map.\",\"cy\":\"Rydym yn falch o'r map.\"}"), "{json}");
    let schema = site.read("public/data/assessment.schema.json");
    assert!(schema.contains("in one language or in each: { en: …, cy: … }"), "{schema}");
    // A language the site does not have is an error at its line.
    site.write("assessments/bro/2024.yaml", "assessed_on: 2024-03-31\nsummary:\n  en: Proud.\n  fr: Fiers.\n");
    let out = site.aba(&["check"]);
    assert_ne!(code(&out), 0);
    assert!(stderr(&out).contains("2024.yaml:4:3: `fr` is not one of the site's languages"), "{}", stderr(&out));
}

/// The ids of the messages a theme script asks for (`t("js-compare-…")`).
fn script_ids(script: &str) -> Vec<String> {
    let text =
        std::fs::read_to_string(format!("{}/themes/default/static/{script}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    text.split("\"js-").skip(1).filter_map(|rest| rest.split_once('"')).map(|(id, _)| format!("js-{id}")).collect()
}

/// The messages of a page's scripts (`<script type="application/json" id="aba-words">`).
fn script_words(html: &str) -> serde_json::Map<String, serde_json::Value> {
    let start = html.find("id=\"aba-words\">").expect("the page has its scripts' words") + 15;
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).unwrap()
}

/// Every word the scripts show is in the page's language: each message a
/// script asks for is in the page, in Welsh on a Welsh page, and every
/// script message of the theme is asked for by its script.
#[test]
fn the_scripts_words_are_in_the_language_of_the_page() {
    let site = bilingual();
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let en_ftl = std::fs::read_to_string(format!("{}/themes/default/i18n/en.ftl", env!("CARGO_MANIFEST_DIR"))).unwrap();
    for (script, page) in [("compare.js", "compare/"), ("filter.js", "areas/"), ("worksheet.js", "worksheet/")] {
        let ids = script_ids(script);
        assert!(!ids.is_empty(), "{script}");
        let (en, cy) =
            (site.read(&format!("public/{page}index.html")), site.read(&format!("public/cy/{page}index.html")));
        assert!(en.contains("static/words.js") && cy.contains("static/words.js"), "{page}");
        let (en, cy) = (script_words(&en), script_words(&cy));
        for id in &ids {
            assert!(en.contains_key(id) && cy.contains_key(id), "{script} asks for `{id}`, which {page} does not have");
        }
        let prefix = format!("js-{}-", script.trim_end_matches(".js"));
        for line in en_ftl.lines().filter(|l| l.starts_with(&prefix)) {
            let id = line.split(' ').next().unwrap();
            assert!(ids.iter().any(|x| x == id), "`{id}` of en.ftl is not used by {script}");
        }
        // Every message that is words (not punctuation, a web address or a pattern of variables) is in Welsh.
        for id in &ids {
            let words =
                en[id.as_str()].as_str().is_some_and(|w| w.split(' ').any(|w| w.len() > 2) && !w.contains("://"));
            assert!(!words || en[id.as_str()] != cy[id.as_str()], "{page}: `{id}` is in English on the Welsh page");
        }
    }
    // A count takes its Welsh plural forms, chosen in the browser by the number.
    let cy = script_words(&site.read("public/cy/areas/index.html"));
    let shown = cy["js-filter-shown"][0].clone();
    assert_eq!(shown["s"], "n");
    for form in ["zero", "one", "two", "few", "many", "other"] {
        assert!(shown["k"].get(form).is_some(), "no `{form}` form: {shown}");
    }
    // Statuses, months and the like come with the script's own words.
    assert_eq!(script_words(&site.read("public/cy/compare/index.html"))["status-in-progress"], "ar y gweill");
}

/// A script's message may show only the variables the script gives, and
/// only text, variables and choices by a number: otherwise the build
/// stops, naming the file, the line and the message.
#[test]
fn a_scripts_message_the_script_cannot_show_stops_the_build() {
    let site = Site::new(&[
        ("site.yaml", "languages: [en, cy]\n"),
        ("themes/default/i18n/cy.ftl", "# Ours\njs-compare-loading = Wrthi'n llwytho { $area }…\n"),
    ]);
    let out = site.aba(&["build"]);
    assert_ne!(code(&out), 0);
    let err = stderr(&out);
    assert!(
        err.contains("themes/default/i18n/cy.ftl:2:1")
            && err.contains("the message `js-compare-loading` for the language `cy` shows `{ $area }`, which the script does not give")
            && err.contains("this message has no variables"),
        "{err}"
    );
    site.write("themes/default/i18n/cy.ftl", "js-compare-loading = { -brand } yn llwytho…\n-brand = aba\n");
    let out = site.aba(&["build"]);
    assert_ne!(code(&out), 0);
    let err = stderr(&out);
    assert!(
        err.contains("themes/default/i18n/cy.ftl:1:1")
            && err.contains("the message `js-compare-loading` of the theme's scripts uses a reference to another message, a term or a function"),
        "{err}"
    );
}

/// England's regions and the nations, as area.yaml names them in English,
/// are named in Welsh on the Welsh pages; their pages keep one address, a
/// region named as a nation is not shown twice, and the open data and the
/// worksheet keep the words of the files.
#[test]
fn regions_are_named_in_the_language_of_the_page() {
    let site = bilingual();
    site.write("assessments/tally-bridge/area.yaml", "name: Tally Bridge\nregion: Dyffryn Tawe\nnation: Wales\n");
    site.write("assessments/tally-bridge/2024.yaml", GOOD);
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let breadcrumb = |page: &str| {
        let html = site.read(page);
        let at = html.find("<p class=\"breadcrumb\">").unwrap();
        html[at..at + html[at..].find("</p>").unwrap()].to_owned()
    };
    let ashcombe = breadcrumb("public/cy/areas/ashcombe/index.html");
    assert!(ashcombe.contains("<a href=\"/cy/regions/south-west/\">De-orllewin Lloegr</a>"), "{ashcombe}");
    assert!(breadcrumb("public/areas/ashcombe/index.html").contains("/regions/south-west/\">South West</a>"));
    // Bro Derwen's file says `region: Wales`, which is its nation: once.
    assert!(site.read("assessments/bro-derwen/area.yaml").contains("region: Wales"));
    let derwen = breadcrumb("public/cy/areas/bro-derwen/index.html");
    assert_eq!(derwen.matches("/cy/regions/wales/").count(), 1, "{derwen}");
    assert!(!derwen.contains(">Wales<"), "{derwen}");
    // A region of the area's own naming is shown as written, in any language.
    assert!(breadcrumb("public/cy/areas/tally-bridge/index.html").contains(">Dyffryn Tawe</a>"));
    let regions = site.read("public/cy/regions/index.html");
    assert!(regions.contains("<a href=\"/cy/regions/north-west/\">Gogledd-orllewin Lloegr</a>"), "{regions}");
    assert!(regions.contains("<a href=\"/cy/regions/dyffryn-tawe/\">Dyffryn Tawe</a>"), "{regions}");
    assert!(site.read("public/cy/regions/london/index.html").contains("<h1>Llundain</h1>"));
    let areas = site.read("public/cy/areas/index.html");
    assert!(areas.contains("<option value=\"Llundain\">Llundain</option>"), "the filter, in Welsh");
    assert!(areas.contains("data-region=\"Llundain\""), "and what it filters by");
    assert!(site.read("public/data/scores.csv").contains(",England,London,"), "the open data keeps the file's words");
    assert!(site.read("public/cy/worksheet/index.html").contains("\"London\""), "so does the worksheet");
}

/// A language aba has no words for is published with the theme's English
/// words: check says so, and says how to give them, until a message file
/// gives every one.
#[test]
fn a_language_without_words_of_its_own_is_warned_of() {
    let site = Site::new(&[("site.yaml", "languages: [en, fr]\n"), ("assessments/millbrook/area.yaml", AREA)]);
    let warning =
        "warning: themes/default/i18n/fr.ftl: aba has no words of its own in `fr`, and there is no message file";
    let out = site.aba(&["check"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains(warning), "{}", stderr(&out));
    assert!(!stderr(&out).contains("i18n/en.ftl:"), "English has its words");
    site.write("themes/default/i18n/fr.ftl", "nav-home = Accueil\n");
    let out = site.aba(&["check"]);
    assert!(stderr(&out).contains("and the message file gives 1 of the "), "{}", stderr(&out));
    let english =
        std::fs::read_to_string(format!("{}/themes/default/i18n/en.ftl", env!("CARGO_MANIFEST_DIR"))).unwrap();
    site.write("themes/default/i18n/fr.ftl", &english.replace("nav-home = Home", "nav-home = Accueil"));
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!stderr(&out).contains("fr.ftl"), "{}", stderr(&out));
    assert!(site.read("public/fr/index.html").contains(">Accueil<"));
}
