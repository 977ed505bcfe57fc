//! Easy read: each pointer's `easy_read` ideas as a page of its own, in each
//! of the site's languages and in the workshop kit, and `check`'s answers
//! to a bad one.

mod common;

use common::*;

const LIVING_MAP: &str = "content/pointers/01-living-map.md";

fn bilingual() -> Site {
    let site = Site::example();
    let yaml = site.read("site.yaml").replace("language: en-GB", "languages: [en-GB, cy]");
    assert!(yaml.contains("languages: [en-GB, cy]"));
    site.write("site.yaml", &yaml);
    site
}

/// Each pointer file of the example (not the translations): its id and the
/// text of its first easy-read idea.
fn pointers(site: &Site) -> Vec<(String, String)> {
    pointers_in(site, ".md")
}

/// The same, of the files whose names end in `ending` (`.cy.md` for the
/// Welsh; `.md` for the default language's).
fn pointers_in(site: &Site, ending: &str) -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir(site.path().join("content/pointers"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(ending) && (ending != ".md" || !n.ends_with(".cy.md")))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| {
            let text = site.read(&format!("content/pointers/{f}"));
            let id = text.lines().find_map(|l| l.strip_prefix("id: ")).unwrap().to_owned();
            let first =
                text.split("easy_read:\n").nth(1).and_then(|t| t.lines().next()).unwrap_or_else(|| panic!("{f}"));
            (id, first.trim().strip_prefix("- text: ").unwrap().to_owned())
        })
        .collect()
}

/// `text` without its `easy_read:` list (the last key of the front matter).
fn without_easy_read(text: &str) -> String {
    let start = text.find("easy_read:\n").unwrap();
    let end = start + text[start..].find("\n---\n").unwrap() + 1;
    format!("{}{}", &text[..start], &text[end..])
}

fn build(site: &Site) {
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn every_pointer_of_the_example_has_its_easy_read_page_in_each_language() {
    let site = bilingual();
    build(&site);
    let all = pointers(&site);
    assert_eq!(all.len(), 10);
    let kit = site.read("public/workshop/index.html");
    let kit_cy = site.read("public/cy/workshop/index.html");
    // The guide's advice to send easy-read versions links them.
    for kit in [&kit, &kit_cy] {
        let guide = kit.split(r#"<section id="guide""#).nth(1).unwrap().split("</section>").next().unwrap();
        assert!(guide.contains(r##"<a href="#easy-read""##), "{guide}");
        assert!(kit.contains(r#"<h2 id="easy-read""#));
    }
    let welsh = pointers_in(&site, ".cy.md");
    assert_eq!(welsh.len(), 10);
    for ((id, first), (_, cymraeg)) in all.iter().zip(&welsh) {
        for (folder, kit) in [("", &kit), ("cy/", &kit_cy)] {
            let page = site.read(&format!("public/{folder}pointers/{id}/easy-read/index.html"));
            let first = if folder.is_empty() { first } else { cymraeg };
            assert!(page.contains(&first.replace('\'', "&#39;")), "{folder}{id}: {first}");
            assert!(!page.contains("untranslated"), "{folder}{id} is in its own language");
            // Pictures are decorative, from the one shared folder.
            assert!(page.contains(r#"<img src="/static/easy-read/"#), "{folder}{id}");
            assert!(!page.contains(r#"<img src="/static/easy-read/" alt="x"#));
            assert!(page.contains("Am I making myself clear?"), "{folder}{id} names its guidance");
            let pointer = site.read(&format!("public/{folder}pointers/{id}/index.html"));
            let url = format!(r#"href="/{folder}pointers/{id}/easy-read/""#);
            assert!(pointer.contains(&url), "the pointer page {folder}{id} links its easy-read page");
            assert!(kit.contains(&url), "the kit {folder} links {id}'s easy-read page");
            let list = site.read(&format!("public/{folder}pointers/index.html"));
            assert!(list.contains(&url), "the list of pointers {folder} links {id}'s easy-read page");
            assert!(kit.contains(&first.replace('\'', "&#39;")), "the kit {folder} prints {id}'s easy read");
        }
    }
    for img in site.read("public/pointers/living-map/easy-read/index.html").split("<img ").skip(1) {
        assert!(img.contains(r#"alt="""#), "{img}");
    }
    assert!(site.exists("public/static/easy-read/map.svg"));
    assert!(!site.exists("public/cy/static/easy-read/map.svg"));
}

#[test]
fn a_pointer_without_easy_read_has_no_page_and_nothing_links_to_one() {
    let site = Site::example();
    site.write(LIVING_MAP, &without_easy_read(&site.read(LIVING_MAP)));
    build(&site);
    assert!(!site.exists("public/pointers/living-map/easy-read/index.html"));
    assert!(site.exists("public/pointers/power-to-citizens/easy-read/index.html"));
    assert!(!site.read("public/pointers/living-map/index.html").contains("easy-read/"));
    assert!(!site.read("public/pointers/index.html").contains("living-map/easy-read/"));
    assert!(!site.read("public/workshop/index.html").contains("pointers/living-map/easy-read/"));
    // The next pointer's page has no link back to the missing one.
    let next = site.read("public/pointers/power-to-citizens/easy-read/index.html");
    assert!(!next.contains("rel=\"prev\""), "{next}");
}

#[test]
fn a_welsh_easy_read_without_an_english_one_makes_no_page_in_either() {
    let site = bilingual();
    site.write(LIVING_MAP, &without_easy_read(&site.read(LIVING_MAP)));
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let cy = "content/pointers/01-living-map.cy.md";
    let line = site.read(cy).lines().position(|l| l == "easy_read:").unwrap() + 1;
    let warning = format!("warning: {cy}:{line}:1: {LIVING_MAP} has no `easy_read`");
    assert!(stderr(&out).contains(&warning), "{}", stderr(&out));
    assert!(!site.exists("public/cy/pointers/living-map/easy-read/index.html"));
    assert!(!site.exists("public/pointers/living-map/easy-read/index.html"));
}

#[test]
fn a_welsh_pointer_without_its_own_easy_read_shows_the_english_marked_as_such() {
    let site = bilingual();
    let cy = "content/pointers/01-living-map.cy.md";
    site.write(cy, &without_easy_read(&site.read(cy)));
    let out = site.aba(&["check"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!("warning: {cy}:1:1: this translation has no `easy_read`")),
        "{}",
        stderr(&out)
    );
    build(&site);
    let page = site.read("public/cy/pointers/living-map/easy-read/index.html");
    assert!(page.contains(r#"<ul class="easy-ideas" lang="en-GB">"#), "{page}");
    assert!(page.contains("Nid yw'r dudalen hon wedi'i chyfieithu i'r Gymraeg eto."));
    assert!(page.contains("Every place has good things in it"));
    // The title is the Welsh translation's, not marked.
    assert!(page.contains("Map byw o asedau lleol"));
}

#[test]
fn check_names_the_file_line_and_column_of_a_bad_idea() {
    let site = Site::example();
    let text = site.read(LIVING_MAP);
    let bad = text
        .replacen("    picture: home\n", "    picture: maps\n", 1)
        .replacen("    picture: group\n", "", 1)
        .replacen(
            "  - text: It has clubs, charities, small shops and places where people meet.\n    picture: shop\n",
            "  - It has clubs.\n",
            1,
        );
    site.write(LIVING_MAP, &bad);
    let line_of = |needle: &str| bad.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let out = site.aba(&["check"]);
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{err}");
    let picture = format!("{LIVING_MAP}:{}:14: there is no easy-read picture `maps`", line_of("picture: maps"));
    assert!(err.contains(&picture), "{err}");
    assert!(err.contains("did you mean `map`? the pictures are: calendar, council, group,"), "{err}");
    let missing = format!("{LIVING_MAP}:{}:3: this idea has no `picture`", line_of("It has people with skills"));
    assert!(err.contains(&missing), "{err}");
    let not_mapping = format!("{LIVING_MAP}:{}:3: an easy-read idea should be", line_of("- It has clubs"));
    assert!(err.contains(&not_mapping), "{err}");
    assert!(err.contains("the keys it can have are: text, picture"), "{err}");
}

#[test]
fn a_site_may_add_a_picture_of_its_own() {
    let site = Site::example();
    let text = site.read(LIVING_MAP).replacen("    picture: home\n", "    picture: bus\n", 1);
    site.write(LIVING_MAP, &text);
    let out = site.aba(&["check"]);
    assert_eq!(code(&out), 1, "bus is not a picture yet: {}", stderr(&out));
    site.write(
        "themes/default/static/easy-read/bus.svg",
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96"><rect x="10" y="20" width="76" height="50"/></svg>"#,
    );
    build(&site);
    assert!(site.exists("public/static/easy-read/bus.svg"));
    assert!(site.read("public/pointers/living-map/easy-read/index.html").contains("/static/easy-read/bus.svg"));
}
