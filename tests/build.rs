//! `aba build` on the example network and on small sites: the pages and data
//! files of SPEC §3, determinism, base_url, drafts, and nothing lost.

mod common;

use common::*;

#[test]
fn the_example_network_builds_every_page_of_the_spec() {
    let site = Site::example();
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    for path in [
        "public/index.html",
        "public/pointers/index.html",
        "public/pointers/living-map/index.html",
        "public/pointers/whole-place-change/index.html",
        "public/areas/index.html",
        "public/compare/index.html",
        "public/regions/index.html",
        "public/regions/north-west/index.html",
        "public/regions/wales/index.html",
        "public/regions/scotland/index.html",
        "public/regions/northern-ireland/index.html",
        "public/workshop/index.html",
        "public/about/index.html",
        "public/data/index.html",
        "public/data/scores.csv",
        "public/data/scores.json",
        "public/data/assessment.schema.json",
        "public/sitemap.xml",
        "public/404.html",
        "public/static/style.css",
    ] {
        assert!(site.exists(path), "{path} is missing");
    }
    // Every area, and every published period, has its page; drafts do not.
    let (mut published, mut rows) = (0, 0);
    for area in std::fs::read_dir(site.path().join("assessments")).unwrap() {
        let area = area.unwrap();
        let slug = area.file_name().to_string_lossy().into_owned();
        assert!(site.exists(&format!("public/areas/{slug}/index.html")), "{slug}");
        for file in std::fs::read_dir(area.path()).unwrap() {
            let name = file.unwrap().file_name().to_string_lossy().into_owned();
            let Some(period) = name.strip_suffix(".yaml").filter(|p| *p != "area") else { continue };
            let text = site.read(&format!("assessments/{slug}/{name}"));
            let page = format!("public/areas/{slug}/{period}/index.html");
            if text.contains("status: draft") {
                assert!(!site.exists(&page), "draft {page} was published");
            } else {
                assert!(site.exists(&page), "{page} is missing");
                assert!(
                    site.read("public/sitemap.xml")
                        .contains(&format!("<loc>https://aba.example.org/areas/{slug}/{period}/</loc>"))
                );
                published += 1;
                // The network's 2019 pilot had seven pointers; the site's framework has ten.
                rows += if text.contains("framework: Millbrook network pilot, 2019") { 7 } else { 10 };
            }
        }
    }
    assert!(published >= 20, "the example network should have many assessments, found {published}");
    let csv = site.read("public/data/scores.csv");
    assert_eq!(
        csv.lines().next(),
        Some("area,area_name,nation,region,period,assessed_on,pointer,pointer_number,score,votes")
    );
    assert_eq!(csv.lines().count() - 1, rows, "one row per published assessment and pointer of its version");
    assert!(rows < published * 10, "one assessment is on the pilot");
    assert!(
        site.exists("public/frameworks/pilot-2019/index.html")
            && site.exists("public/cy/frameworks/pilot-2019/index.html")
    );
}

#[test]
fn two_builds_are_byte_identical() {
    let site = Site::example();
    assert_eq!(code(&site.aba(&["build", "--out", "one"])), 0);
    assert_eq!(code(&site.aba(&["build", "--out", "two"])), 0);
    let one = snapshot(&site.path().join("one"));
    let two = snapshot(&site.path().join("two"));
    assert_eq!(one.keys().collect::<Vec<_>>(), two.keys().collect::<Vec<_>>());
    for (path, bytes) in &one {
        assert!(bytes == &two[path], "{path} differs between builds");
    }
}

#[test]
fn the_area_page_shows_scores_chart_evidence_and_who_took_part() {
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", &format!("{AREA}contact: assets@millbrook.gov.uk\n")),
        (
            "assessments/millbrook/2023.yaml",
            "assessed_on: 2023-03-01\nparticipants:\n  - { role: senior leaders, count: 4 }\npointers:\n  living-map: { score: 2, target: 3 }\n",
        ),
        (
            "assessments/millbrook/2024.yaml",
            "assessed_on: 2024-03-31
reviewed_by: { name: Tally Bridge Council, on: 2024-05-10 }
participants:
  - { role: people with lived experience, count: 12 }
  - { role: frontline workers, count: 20 }
summary: We are proud of the map.
stories:
  - { text: The map found my street's *lunch club*., from: a family carer, consent: true }
next_review: 2025-09-30
pointers:
  living-map:
    score: 3
    target: 4
    confidence: medium
    strengths: Residents keep the map **themselves**.
    stories:
      - { text: I added the choir myself., from: Aled Price, named: true, consent: true }
    evidence:
      - Asset map with 1,200 entries
      - { text: Map refresh with residents, link: https://example.org/map, date: 2023-11-02 }
    next_steps:
      - { action: Train 40 staff in asset mapping, owner: Public health, due: 2024-12-31, status: planned }
      - { action: Refresh the map with the NHS, due: 2024-03-15, status: in progress }
",
        ),
    ]);
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let page = site.read("public/areas/millbrook/index.html");
    for want in [
        "<svg class=\"radar\"",
        "role=\"img\"",
        "<table class=\"scores\"",
        "Established",
        "<strong>themselves</strong>",
        "Asset map with 1,200 entries",
        "href=\"https://example.org/map\"",
        "Train 40 staff in asset mapping",
        "12 people with lived experience",
        "Tally Bridge Council",
        "Up from Developing (2) to Established (3) since 2023",
        "aiming for 4 (Embedded)",
        "In 2023 the area was aiming for 3 (Established).",
        "not done yet, was due March 2024",
        // One set of brackets round all that is said of a step.
        "Refresh the map with the NHS <span class=\"meta\">(in progress, <span class=\"not-done\">not done yet, was due March 2024</span>)</span>",
        "<em>lunch club</em>",
        "a family carer",
        "I added the choir myself.",
        "Aled Price",
        "Next review</dt><dd>30 September 2025",
        "href=\"mailto:assets@millbrook.gov.uk\">assets@millbrook.gov.uk</a>",
    ] {
        assert!(page.contains(want), "area page lacks {want:?}");
    }
    // A conversation, not a dashboard: no countdown to the target, no verdict on it, no "overdue" flag.
    for unwanted in ["level to go", "levels to go", "Not met", "Met.", "overdue", "tag-warn\">not done"] {
        assert!(!page.contains(unwanted), "area page still says {unwanted:?}");
    }
    // Words before numbers: the summary, the stories and the strengths come before the chart and the table.
    let at = |s: &str| page.find(s).unwrap_or_else(|| panic!("no {s:?}"));
    assert!(at("We are proud of the map") < at("lunch club"));
    assert!(at("lunch club") < at("<strong>themselves</strong>"));
    assert!(at("<strong>themselves</strong>") < at("<svg class=\"radar\""));
    assert!(at("<strong>themselves</strong>") < at("<table class=\"scores\""));
    assert_eq!(page, site.read("public/areas/millbrook/2024/index.html"), "the latest period's page is the area page");
    let earlier = site.read("public/areas/millbrook/2023/index.html");
    assert!(earlier.contains("No people with lived experience took part"));
    assert!(earlier.contains("This is an earlier assessment"));
}

#[test]
fn base_url_puts_every_internal_link_under_the_sub_folder() {
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", GOOD),
        ("content/about.md", "---\ntitle: About\n---\nSee [the pointers](/pointers/).\n"),
    ]);
    let out = site.aba(&["build", "--base-url", "/aba/"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let home = site.read("public/index.html");
    assert!(home.contains("href=\"/aba/static/style.css\""));
    assert!(home.contains("href=\"/aba/areas/millbrook/\""));
    assert!(!home.contains("href=\"/areas/"), "a link escaped the base URL");
    assert!(site.read("public/about/index.html").contains("href=\"/aba/pointers/\""));
}

#[test]
fn drafts_build_only_when_asked() {
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", GOOD),
        (
            "assessments/millbrook/2025.yaml",
            "assessed_on: 2025-03-01\nstatus: draft\npointers:\n  living-map: { score: 4 }\n",
        ),
    ]);
    assert_eq!(code(&site.aba(&["build"])), 0);
    assert!(!site.exists("public/areas/millbrook/2025/index.html"));
    assert!(!site.read("public/data/scores.csv").contains(",2025,"));
    assert_eq!(code(&site.aba(&["build", "--drafts"])), 0);
    assert!(site.read("public/areas/millbrook/2025/index.html").contains("Draft."));
}

#[test]
fn a_failed_build_leaves_the_previous_site_exactly_as_it_was() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    assert_eq!(code(&site.aba(&["build"])), 0);
    let before = snapshot(&site.path().join("public"));
    site.write("assessments/millbrook/2024.yaml", "assessed_on: 2024-03-31\npointers:\n  living-map:\n    score: 9\n");
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("public is unchanged") || stderr(&out).contains("unchanged"));
    assert_eq!(before, snapshot(&site.path().join("public")));
}

#[test]
fn build_refuses_to_replace_a_folder_it_did_not_make() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    site.write("mine/notes.txt", "precious");
    let out = site.aba(&["build", "--out", "mine"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert_eq!(site.read("mine/notes.txt"), "precious");
    let out = site.aba(&["build", "--out", "assessments/public"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("refusing"));
}

#[test]
fn hostile_markdown_never_reaches_the_page_in_executable_form() {
    let hostile = "\
assessed_on: 2024-03-31
summary: |
  Good work <script>alert('s')</script> here.
  <img src=x onerror=\"alert('i')\"> and <iframe src=\"https://evil.example\"></iframe>
  <a href=\"https://example.org/\" onclick=\"alert('h')\">html link</a>
  <form action=\"https://evil.example\"><input name=q></form>
  <p style=\"background:url(javascript:alert('c'))\" onclick=\"alert('o')\">styled</p>
pointers:
  living-map:
    score: 2
    strengths: \"Kind <b onmouseover=alert('b')>neighbours</b> <svg onload=alert('v')></svg>\"
";
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", "name: \"Mill<script>alert('n')</script>\"\n"),
        ("assessments/millbrook/2024.yaml", hostile),
    ]);
    // A link in the text's HTML is judged as one written in Markdown.
    site.write(
        "assessments/millbrook/2023.yaml",
        "assessed_on: 2023-03-31\nsummary: <a href=\"javascript:alert('h')\">x</a>\n",
    );
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("2023.yaml:2:19: `javascript:` links are not allowed"), "{}", stderr(&out));
    std::fs::remove_file(site.path().join("assessments/millbrook/2023.yaml")).unwrap();
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    for page in ["public/areas/millbrook/index.html", "public/index.html", "public/pointers/living-map/index.html"] {
        let html = site.read(page).to_lowercase();
        // Only what is inside a tag can run; escaped text (`&lt;b onmouseover…`) is harmless.
        for tag in html.split('<').skip(1).map(|t| t.split('>').next().unwrap_or("")) {
            let name = tag.split_whitespace().next().unwrap_or("");
            // The theme's own scripts are files under /static/; nothing else may run.
            let theme_script = name == "script" && tag.starts_with("script src=\"/static/") && tag.ends_with(" defer");
            assert!(
                theme_script || !["script", "iframe", "form", "input", "object", "embed", "img"].contains(&name),
                "{page}: <{tag}>"
            );
            assert!(!(name == "svg" && tag.contains("onload")), "{page}: <{tag}>");
            for bad in [" onerror", " onclick", " onmouseover", " onload", "javascript:", "style=\"background"] {
                assert!(!tag.contains(bad), "{page}: <{tag}> has {bad}");
            }
        }
    }
    let page = site.read("public/areas/millbrook/index.html");
    for kept in ["Good work", "here.", "html link", "styled", "neighbours", "Mill&lt;script&gt;"] {
        assert!(page.contains(kept), "harmless text {kept:?} was lost");
    }
}

#[test]
fn a_site_can_override_one_template() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    site.write(
        "themes/default/templates/404.html",
        "{% extends \"base.html\" %}{% block main %}<h1>Lost? Ring the council.</h1>{% endblock main %}",
    );
    assert_eq!(code(&site.aba(&["build"])), 0);
    assert!(site.read("public/404.html").contains("Lost? Ring the council."));
    assert!(site.read("public/index.html").contains("Every area's scores"), "other templates stay built in");
}

#[test]
fn a_broken_template_is_an_error_naming_the_template_and_line() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    site.write(
        "themes/default/templates/404.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{{ oops(\n{% endblock main %}",
    );
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(err.contains("error: themes/default/templates/404.html:"), "{err}");
    assert!(!site.exists("public"));
}

/// The words the code puts on pages come from the theme's message file, and
/// a site changes one by giving its own file with just that message.
#[test]
fn a_site_can_change_the_words_of_the_theme_message_by_message() {
    let area = "name: Millbrook\nregion: North West\nnation: Northern Ireland\n";
    let site = Site::new(&[("assessments/millbrook/area.yaml", area), ("assessments/millbrook/2024.yaml", GOOD)]);
    site.write(
        "themes/default/i18n/en.ftl",
        "role-lived-experience = residents who use services\nnation-northern-ireland = Tuaisceart Éireann\nmonth-3 = Mar.\n",
    );
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let page = site.read("public/areas/millbrook/index.html");
    assert!(page.contains("residents who use services"), "the role's label");
    assert!(!page.contains("people with lived experience"));
    assert!(page.contains("Tuaisceart Éireann") && page.contains("31 Mar. 2024"), "the nation and the date");
    assert!(
        site.read("public/regions/northern-ireland/index.html").contains("Tuaisceart Éireann"),
        "the address stays"
    );
    // The open data keeps the words of the YAML, whatever the pages say.
    assert!(site.read("public/data/scores.csv").contains(",Northern Ireland,"));
    assert!(site.read("public/data/areas/millbrook/2024.json").contains("people with lived experience"));

    site.write("themes/default/i18n/en.ftl", "nav-home = Home\nnav-areas = { $unclosed\n");
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(err.contains("error: themes/default/i18n/en.ftl:2:"), "{err}");
}

#[test]
fn rebuilds_that_update_the_spare_folder_in_place_equal_a_clean_build() {
    let site = Site::example();
    let clean = |site: &Site| {
        let _ = std::fs::remove_dir_all(site.path().join("clean"));
        assert_eq!(code(&site.aba(&["build", "--out", "clean"])), 0, "a build into an empty folder");
        snapshot(&site.path().join("clean"))
    };
    assert_eq!(code(&site.aba(&["build"])), 0);
    let file = "assessments/millbrook/2025.yaml";
    let text = site.read(file).replacen("assessed_on:", "# edited\nassessed_on:", 1).replace("score: 3", "score: 2");
    site.write(file, &text);
    assert_eq!(code(&site.aba(&["build"])), 0, "a rebuild over the previous output");
    assert_eq!(snapshot(&site.path().join("public")), clean(&site));
    // The site before last is kept as the spare, and is what the next build updates.
    assert!(site.exists(".public.aba-spare/.aba-output"));

    // An area goes, a score changes, and someone has meddled with the spare:
    // the next build must still equal a clean one, file for file.
    std::fs::remove_dir_all(site.path().join("assessments/ashcombe")).unwrap();
    site.write(file, &site.read(file).replace("score: 2", "score: 4"));
    site.write(".public.aba-spare/stray.html", "left behind");
    site.write(".public.aba-spare/index.html", "changed by hand");
    std::fs::remove_dir_all(site.path().join(".public.aba-spare/pointers")).unwrap();
    std::fs::remove_dir_all(site.path().join(".public.aba-spare/about")).unwrap();
    site.write(".public.aba-spare/about", "a file where a folder belongs");
    assert_eq!(code(&site.aba(&["build"])), 0);
    let public = snapshot(&site.path().join("public"));
    assert!(!public.keys().any(|k| k.contains("ashcombe") || k.contains("stray")));
    assert_eq!(public, clean(&site));
}

#[test]
fn compare_lists_every_area_without_javascript_and_regions_list_exactly_theirs() {
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", GOOD),
        ("assessments/tally-bridge/area.yaml", "name: Tally Bridge\nregion: North West\nnation: England\n"),
        ("assessments/tally-bridge/2023.yaml", "assessed_on: 2023-05-01\npointers:\n  living-map: { score: 1 }\n"),
        ("assessments/tally-bridge/2024.yaml", "assessed_on: 2024-05-01\npointers:\n  living-map: { score: 2 }\n"),
        ("assessments/bro-derwen/area.yaml", "name: Bro Derwen\nregion: Wales\nnation: Wales\n"),
        ("assessments/bro-derwen/2024.yaml", GOOD),
    ]);
    assert_eq!(code(&site.aba(&["build"])), 0);
    let compare = site.read("public/compare/index.html");
    let table = &compare[compare.find("<table class=\"heatmap\"").unwrap()..];
    for name in ["Millbrook", "Tally Bridge", "Bro Derwen"] {
        assert!(table.contains(&format!(">{name}</a>")), "{name} missing from the compare table");
    }
    assert!(compare.contains("id=\"picker\" hidden"), "the picker shows only with JavaScript");

    let region = site.read("public/regions/north-west/index.html");
    let rows = &region[region.find("<tbody>").unwrap()..region.find("</tbody>").unwrap()];
    assert_eq!(rows.matches("<tr>").count(), 2, "the North West has exactly two areas");
    assert!(rows.contains(">Millbrook</a>") && rows.contains(">Tally Bridge</a>") && !rows.contains("Bro Derwen"));
    let wales = site.read("public/regions/wales/index.html");
    assert!(wales.contains(">Bro Derwen</a>") && !wales.contains(">Millbrook</a>"));
    assert!(region.contains("Change over time"), "{}", "a region with several years shows its change");

    // Progress over time, and the pointer's spread year by year.
    let area = site.read("public/areas/tally-bridge/index.html");
    assert!(area.contains("Up from Emerging (1) to Developing (2) since 2023"));
    assert!(area.contains("id=\"progress\""));
    let pointer = site.read("public/pointers/living-map/index.html");
    assert!(pointer.contains("Areas at each level at the end of each year"));
    assert!(!pointer.contains("moved up"), "the pointer page does not reward raising a score");
    // Learn from: Millbrook (3) has no confidence given and no peer review, so it is not suggested to Tally Bridge (2).
    let section = |page: &str| {
        let tb = &page[page.find("id=\"living-map\"").unwrap()..];
        tb[..tb.find("</section>").unwrap()].to_owned()
    };
    assert!(!section(&area).contains("Learn from"), "{}", section(&area));
    // With medium confidence in its evidence it is, with the reasons.
    site.write(
        "assessments/millbrook/2024.yaml",
        &GOOD.replace("    score: 3\n", "    score: 3\n    confidence: medium\n"),
    );
    assert_eq!(code(&site.aba(&["build"])), 0);
    let tb = section(&site.read("public/areas/tally-bridge/index.html"));
    assert!(tb.contains("Learn from") && tb.contains(">Millbrook</a> (3 Established, North West)"), "{tb}");
    assert!(
        tb.contains("medium confidence in the evidence, 5 people with lived experience took part, evidence from 2024, also in North West"),
        "{tb}"
    );
}

#[test]
fn a_full_base_url_gives_the_sitemap_full_addresses_and_pages_site_relative_links() {
    let site = Site::new(&[
        ("site.yaml", "base_url: https://www.example.gov.uk/aba/\n"),
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", GOOD),
    ]);
    assert_eq!(code(&site.aba(&["build"])), 0);
    let sitemap = site.read("public/sitemap.xml");
    assert!(sitemap.contains("<loc>https://www.example.gov.uk/aba/areas/millbrook/</loc>"), "{sitemap}");
    assert!(site.read("public/index.html").contains("href=\"/aba/areas/millbrook/\""));
}

/// `base_url` and `url`, from site.yaml or `--base-url`, obey one rule: a
/// path starting with one `/`, or a full http(s) address, with nothing that
/// could lead a link to another host or out of the attribute, XML or script
/// it is written into.
#[test]
fn the_sites_address_is_one_checked_value_wherever_it_comes_from() {
    let hostile = [
        "/\\evil.example/",
        "//evil.example/",
        "/a\"onload=\"x/",
        "/a'b/",
        "/a b/",
        "/a&b=1/",
        "/a<b/",
        "/a\u{200b}b/",
        "/a/../b/",
        "javascript:alert(1)",
        "https:///x/",
        "https://user@evil.example/",
        "aba/",
    ];
    for bad in hostile {
        let site = Site::new(&[
            ("site.yaml", &format!("base_url: {}\n", serde_json_string(bad))),
            ("assessments/millbrook/area.yaml", AREA),
            ("assessments/millbrook/2024.yaml", GOOD),
        ]);
        let out = site.aba(&["check"]);
        assert_eq!(code(&out), 1, "{bad:?} was taken");
        assert!(stderr(&out).contains("error: site.yaml:1:"), "{bad:?}: {}", stderr(&out));
        let out = site.aba(&["build", "--base-url", bad]);
        assert_eq!(code(&out), 2, "--base-url {bad:?} was taken");
        assert!(!site.exists("public"));
    }
    // A full address on the command line keeps its host for the sitemap.
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    let out = site.aba(&["build", "--base-url", "https://www.example.gov.uk/x/"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(site.read("public/sitemap.xml").contains("<loc>https://www.example.gov.uk/x/areas/millbrook/</loc>"));
    assert!(site.read("public/robots.txt").contains("Sitemap: https://www.example.gov.uk/x/sitemap.xml"));
    assert!(site.read("public/index.html").contains("<link rel=\"canonical\" href=\"https://www.example.gov.uk/x/\">"));
}

/// Without the site's public address a sitemap would be invalid (its
/// addresses must be full): it is left out, with one warning saying why.
#[test]
fn without_a_public_address_the_sitemap_is_left_out_with_one_warning() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0);
    assert_eq!(stderr(&out).matches("public address is not given").count(), 1, "{}", stderr(&out));
    assert!(!site.exists("public/sitemap.xml") && !site.exists("public/robots.txt"));
    assert!(!site.read("public/index.html").contains("canonical"));
    site.write("site.yaml", "url: https://aba.example.org/network/\n");
    let out = site.aba(&["build"]);
    assert!(!stderr(&out).contains("public address"), "{}", stderr(&out));
    assert!(site.read("public/sitemap.xml").contains("<loc>https://aba.example.org/network/areas/millbrook/</loc>"));
    assert!(site.read("public/index.html").contains("href=\"/network/areas/millbrook/\""), "base_url follows url");
}

fn serde_json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) > 0x7f || c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[test]
fn a_build_killed_at_any_moment_leaves_the_old_site_or_the_whole_new_one() {
    let site = Site::example();
    assert_eq!(code(&site.aba(&["build"])), 0);
    let old = snapshot(&site.path().join("public"));
    let file = "assessments/millbrook/2025.yaml";
    site.write(file, &site.read(file).replace("score: 3", "score: 2"));
    assert_eq!(code(&site.aba(&["build", "--out", "expected"])), 0);
    let new = snapshot(&site.path().join("expected"));
    assert_ne!(old, new);
    for delay_ms in [0u64, 5, 15, 30, 60, 100, 150] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("aba"))
            .arg("build")
            .current_dir(site.path())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill(); // as abrupt as a Ctrl-C, or more
        let _ = child.wait();
        let now = snapshot(&site.path().join("public"));
        assert!(now == old || now == new, "after {delay_ms} ms public/ is neither the old site nor the new one");
    }
}

#[test]
fn a_build_waits_while_another_build_of_the_site_holds_the_lock() {
    let site = Site::example();
    assert_eq!(code(&site.aba(&["build"])), 0);
    let file = "assessments/millbrook/2025.yaml";
    site.write(file, &site.read(file).replace("score: 3", "score: 2"));
    // Stand in for a build in progress.
    let lock = std::fs::File::create(site.path().join(".public.aba-lock")).unwrap();
    lock.lock().unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("aba"))
        .arg("build")
        .current_dir(site.path())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait for the build to say it is waiting, however long the loaded
    // machine takes to get there; then it must still be waiting.
    let mut err = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut said = String::new();
    while !said.contains("waiting for another build") {
        let mut line = String::new();
        if std::io::BufRead::read_line(&mut err, &mut line).unwrap() == 0 {
            panic!("the build ended without waiting for the lock: {said}");
        }
        said.push_str(&line);
    }
    std::thread::sleep(std::time::Duration::from_millis(100));
    assert!(child.try_wait().unwrap().is_none(), "the build went ahead while the lock was held");
    drop(lock);
    std::io::Read::read_to_string(&mut err, &mut said).unwrap();
    assert!(child.wait().unwrap().success(), "{said}");
    assert_eq!(code(&site.aba(&["build", "--out", "clean"])), 0);
    assert_eq!(snapshot(&site.path().join("public")), snapshot(&site.path().join("clean")));
}

/// UK public sector websites must publish an accessibility statement: every
/// site has one, filled in from site.yaml and linked from every page, and
/// `aba check` says what it lacks.
#[test]
fn every_site_has_an_accessibility_statement_that_check_keeps_up_to_date() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    let out = site.aba(&["check"]);
    let err = stderr(&out);
    assert!(err.contains("the accessibility statement has no contact"), "{err}");
    assert!(err.contains("does not say when it was prepared or last reviewed"), "{err}");

    site.write(
        "site.yaml",
        "url: https://www.example.gov.uk/\norganisation: Millbrook Council\naccessibility:\n  contact: access@millbrook.example\n  prepared_on: 2020-01-10\n  reviewed_on: 2021-02-03\n",
    );
    let out = site.aba(&["check"]);
    let err = stderr(&out);
    assert!(
        err.contains(
            "warning: site.yaml:6:16: the accessibility statement was last reviewed on 2021-02-03, more than a year ago"
        ),
        "{err}"
    );
    assert!(!err.contains("has no contact"), "{err}");
    site.write("content/accessibility.md", "---\ntitle: Accessibility\n---\nOur 2019 reports are scanned PDFs.\n");
    assert_eq!(code(&site.aba(&["build"])), 0);
    let page = site.read("public/accessibility/index.html");
    for expected in [
        "Millbrook Council",
        "href=\"mailto:access@millbrook.example\"",
        "Equality and Human Rights Commission",
        "Equality Commission for Northern Ireland",
        "partially compliant",
        "prepared on 10 January 2020",
        "last reviewed on 3 February 2021",
        "Our 2019 reports are scanned PDFs.",
        "axe-core",
    ] {
        assert!(page.contains(expected), "{expected}");
    }
    let home = site.read("public/index.html");
    assert!(home.contains("href=\"/accessibility/\""), "linked from every footer");
    assert_eq!(home.matches("/accessibility/").count(), 1, "once, though content/ has the page's text");

    site.write("site.yaml", "accessibility:\n  contact: javascript:alert(1)\n");
    let out = site.aba(&["check"]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out)
            .contains("error: site.yaml:2:12: `javascript:alert(1)` is neither an email address nor a web page"),
        "{}",
        stderr(&out)
    );
}

/// Atom feeds of published assessments, newest first, for the network, each
/// region and each area, linked from the pages; each entry's id is its
/// assessment's address, the same in every build.
#[test]
fn feeds_list_published_assessments_newest_first_and_are_valid_atom() {
    let site = Site::example();
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let read = |path: &str| {
        let text = site.read(path);
        assert_eq!(text.matches("<?xml").count(), 1, "{path}: one XML declaration");
        atom_syndication::Feed::read_from(text.as_bytes()).unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    let network = read("public/feed.xml");
    assert_eq!(network.id(), "https://aba.example.org/feed.xml");
    assert!(!network.authors().is_empty() && !network.title().is_empty());
    assert!(network.links().iter().any(|l| l.rel() == "self" && l.href() == "https://aba.example.org/feed.xml"));
    let entries = network.entries();
    let published = walkdir::WalkDir::new(site.path().join("public/data/areas"))
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .count();
    assert_eq!(entries.len(), published, "one entry per published assessment");
    assert!(entries.windows(2).all(|w| w[0].updated() >= w[1].updated()), "newest first");
    for e in entries {
        assert!(e.id().starts_with("https://aba.example.org/areas/") && e.id().ends_with('/'), "{}", e.id());
        assert!(e.links().iter().any(|l| l.rel() == "alternate" && l.href() == e.id()));
        assert!(!e.title().is_empty());
    }
    let area = read("public/areas/millbrook/feed.xml");
    assert!(area.entries().iter().all(|e| e.id().starts_with("https://aba.example.org/areas/millbrook/")));
    assert_eq!(area.entries().first().map(|e| e.id()), Some("https://aba.example.org/areas/millbrook/2025/"));
    let wales = read("public/regions/wales/feed.xml");
    assert!(wales.entries().iter().any(|e| e.id().contains("/areas/bro-derwen/")));
    assert!(site.read("public/areas/millbrook/index.html").contains(
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Millbrook: self-assessments\" href=\"/areas/millbrook/feed.xml\">"
    ));
    assert!(site.read("public/index.html").contains("type=\"application/atom+xml\""));
}

/// A copy to open from a folder: every internal link relative to its page
/// and naming a file, from `--relative` or `relative_urls: true` alike; the
/// pages are otherwise the ones a normal build writes.
#[test]
fn a_relative_build_links_every_page_to_files_beside_it() {
    let site = Site::example();
    assert_eq!(code(&site.aba(&["build", "--relative", "--out", "flag"])), 0);
    let page = site.read("flag/areas/millbrook/2021/index.html");
    assert!(page.contains("href=\"../../../static/style.css\""), "styles");
    assert!(page.contains("href=\"../../../pointers/living-map/index.html\""), "a folder's link names its index.html");
    assert!(!page.contains("href=\"/"), "no link from the site's root");
    let top = site.read("flag/index.html");
    assert!(top.contains("href=\"areas/index.html\""), "from the top folder");
    assert!(site.read("flag/compare/index.html").contains("id=\"compare-data\""), "compare carries its data");
    let yaml = site.read("site.yaml");
    site.write("site.yaml", &format!("{yaml}relative_urls: true\n"));
    assert_eq!(code(&site.aba(&["build", "--out", "setting"])), 0);
    assert_eq!(snapshot(&site.path().join("flag")), snapshot(&site.path().join("setting")));
    site.write("site.yaml", &yaml);
    assert_eq!(code(&site.aba(&["build", "--out", "plain"])), 0);
    assert!(site.read("plain/areas/millbrook/2021/index.html").contains("href=\"/static/style.css\""));
    assert!(!site.read("plain/compare/index.html").contains("compare-data"), "only a relative build embeds the data");
}
