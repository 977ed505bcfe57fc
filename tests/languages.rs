//! A site in Welsh and English: every page in both, linked to each other.

mod common;

use common::*;

fn bilingual() -> Site {
    let site = Site::example();
    let yaml = site.read("site.yaml").replace("language: en-GB", "languages: [en-GB, cy]");
    assert!(yaml.contains("languages: [en-GB, cy]"));
    site.write("site.yaml", &yaml);
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
/// and are said differently in Welsh; not the names of nations and roles,
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
                && !id.starts_with("role-")
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
    assert!(home.contains("Mae 13 o ardaloedd wedi cyhoeddi"), "{home}");
    assert!(home.contains("href=\"/static/style.css\""));
}

#[test]
fn a_site_in_one_language_has_no_other_language() {
    let site = Site::example();
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!site.exists("public/cy"));
    let page = site.read("public/areas/bro-derwen/index.html");
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
