//! Careless and hostile input (issue 15): each class of defect the outside
//! review found, tested as a class. Time is never asserted; inputs are sized
//! so that work growing with the square of their size would not finish.

mod common;

#[path = "../examples/gen_assessment.rs"]
mod gen_assessment;

use common::*;

/// Whether this process may read and write regardless of permissions (root
/// does): the permission tests cannot show anything then.
fn privileged(dir: &std::path::Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let probe = dir.join("probe");
    std::fs::create_dir(&probe).unwrap();
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o500)).unwrap();
    let can = std::fs::write(probe.join("x"), "x").is_ok();
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::fs::remove_dir_all(&probe).unwrap();
    can
}

fn errors(out: &std::process::Output) -> Vec<String> {
    stderr(out).lines().filter(|l| l.starts_with("error:")).map(str::to_owned).collect()
}

#[test]
fn links_that_leave_the_site_are_errors_naming_the_link() {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().unwrap();
    let secret = "SECRET-FROM-OUTSIDE";
    let o = |p: &str| outside.path().join(p);
    std::fs::create_dir_all(o("area")).unwrap();
    std::fs::write(o("area/area.yaml"), format!("name: {secret}\n")).unwrap();
    std::fs::write(o("period.yaml"), format!("assessed_on: 2024-03-31\nsummary: {secret}\n")).unwrap();
    std::fs::write(o("page.md"), format!("---\ntitle: {secret}\n---\n{secret}\n")).unwrap();
    std::fs::create_dir_all(o("theme/static")).unwrap();
    std::fs::write(o("theme/static/leak.txt"), secret).unwrap();
    std::fs::write(o("leak.css"), secret).unwrap();

    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    let s = |p: &str| site.path().join(p);
    symlink(o("area"), s("assessments/elsewhere")).unwrap();
    symlink(o("period.yaml"), s("assessments/millbrook/2023.yaml")).unwrap();
    symlink(o("page.md"), s("content/about.md")).unwrap();
    std::fs::create_dir_all(s("themes")).unwrap();
    symlink(o("theme"), s("themes/default")).unwrap();
    for args in [&["check"][..], &["build"]] {
        let out = site.aba(args);
        assert_eq!(code(&out), 1, "{}", stderr(&out));
        let errors = errors(&out);
        for link in ["assessments/elsewhere", "assessments/millbrook/2023.yaml", "content/about.md", "themes/default"] {
            assert!(
                errors.iter().any(|e| e.starts_with(&format!("error: {link}: this link leads outside the site"))),
                "{link} not reported: {errors:#?}"
            );
        }
        assert!(!stderr(&out).contains(secret));
    }
    assert!(!site.exists("public"));

    // A link that stays inside the site is followed; one inside a theme
    // folder that leaves it is not.
    std::fs::remove_file(s("themes/default")).unwrap();
    std::fs::remove_file(s("assessments/millbrook/2023.yaml")).unwrap();
    std::fs::remove_file(s("assessments/elsewhere")).unwrap();
    std::fs::remove_file(s("content/about.md")).unwrap();
    site.write("archive/2023.yaml", "assessed_on: 2023-03-31\npointers:\n  living-map:\n    score: 2\n");
    symlink(s("archive/2023.yaml"), s("assessments/millbrook/2023.yaml")).unwrap();
    site.write("themes/default/static/site.css", "body {}");
    symlink(o("leak.css"), s("themes/default/static/leak.css")).unwrap();
    let out = site.aba(&["build"]);
    assert_eq!(
        errors(&out),
        vec![
            "error: themes/default/static/leak.css: this link leads outside the site, to ".to_owned()
                + &outside.path().canonicalize().unwrap().join("leak.css").display().to_string()
                + "; aba reads only files inside the site folder: copy the file in instead of linking to it"
        ]
    );
    std::fs::remove_file(s("themes/default/static/leak.css")).unwrap();
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(site.exists("public/areas/millbrook/2023/index.html"), "the link inside the site was read");
}

#[test]
fn nothing_is_skipped_in_silence() {
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", GOOD),
        ("assessments/millbrook/2023.yaml/notes.txt", "a folder named like a file"),
        ("assessments/millbrook/2022.YAML", GOOD),
        ("assessments/2021.yaml", GOOD),
        // Editors' and tools' hidden folders are not areas.
        ("assessments/.vscode/settings.json", "{}"),
        ("assessments/.public.aba-spare/index.html", "left by an old build"),
        ("assessments/millbrook/.2020.yaml.swp", "an editor's swap file"),
    ]);
    std::os::unix::fs::symlink("gone.yaml", site.path().join("assessments/millbrook/2019.yaml")).unwrap();
    let out = site.aba(&["check"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(
        errors(&out),
        vec![
            "error: assessments/millbrook/2019.yaml: this link is broken: `gone.yaml` does not exist; point the link at a file in the site, or delete it",
            "error: assessments/millbrook/2023.yaml: `2023.yaml` is a folder, not a file; an assessment is a file, 2023.yaml, directly in the area's folder",
        ]
    );
    assert!(err.contains("warning: assessments/2021.yaml: this file is not read"), "{err}");
    assert!(err.contains("warning: assessments/millbrook/2022.YAML: this file is not read"), "{err}");
    assert!(!err.contains(".vscode") && !err.contains("aba-spare") && !err.contains(".swp"), "{err}");
}

#[test]
fn a_folder_that_cannot_be_read_is_an_error() {
    use std::os::unix::fs::PermissionsExt;
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    if privileged(site.path()) {
        eprintln!("skipped: this user can read any folder");
        return;
    }
    let dir = site.path().join("assessments/millbrook");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o000)).unwrap();
    let out = site.aba(&["check"]);
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("error: assessments/millbrook/: cannot read this folder"), "{}", stderr(&out));
}

#[test]
fn yaml_aliases_are_limited_by_what_they_expand_to() {
    // 200 KB that would expand to 2 GB: the alias of a long text, repeated.
    let long = "x".repeat(100_000);
    let repeated: String = (0..20_000).map(|_| "  - *t\n").collect();
    let bomb = format!("assessed_on: 2024-03-31\nfacilitator: &t \"{long}\"\nsummary: |\n  hi\nlist:\n{repeated}");
    // Few aliases, each of a large list of aliases.
    let mut laughs =
        String::from("assessed_on: 2024-03-31\na0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
    for i in 1..12 {
        let refs = vec![format!("*a{}", i - 1); 8].join(", ");
        laughs.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", &bomb),
        ("assessments/millbrook/2023.yaml", &laughs),
    ]);
    let out = site.aba(&["check"]);
    assert_eq!(code(&out), 1);
    let errors = errors(&out);
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(
        errors[1].starts_with("error: assessments/millbrook/2024.yaml:")
            && errors[1].contains("the aliases (`*name`) in this file would make it more than 1 MB larger"),
        "{}",
        errors[1]
    );
    // At an alias in the list, not at the top of the file.
    let line: usize = errors[1].split(':').nth(2).unwrap().parse().unwrap();
    assert!(line > 5, "{}", errors[1]);
    assert!(errors[0].starts_with("error: assessments/millbrook/2023.yaml:") && errors[0].contains("aliases"));
    for e in &errors {
        assert!(!e.contains("indentation"), "{e}");
    }
    // An alias or two, as people use them, is fine.
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        (
            "assessments/millbrook/2024.yaml",
            "assessed_on: 2024-03-31\nparticipants: &people\n  - { role: people with lived experience, count: 5 }\npointers:\n  living-map:\n    score: 2\n    strengths: &s Residents keep the map.\n  social-value:\n    score: 1\n    strengths: *s\n",
        ),
    ]);
    let out = site.aba(&["check"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn odd_characters_are_named_and_placed_in_the_users_terms() {
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        // A NUL after three two-byte letters: column 17 in characters (20 in bytes).
        ("assessments/millbrook/2024.yaml", "assessed_on: 2024-03-31\nfacilitator: ééé\0x\n"),
        ("assessments/millbrook/2023.yaml", "assessed_on: 2023-03-31\nfacilitator: Tîm\u{2028}Cymunedau\n"),
        (
            "assessments/millbrook/2022.yaml",
            "assessed_on: 2022-03-31\npointers:\n  living-map\u{200b}:\n    score: 2\n",
        ),
        (
            "assessments/millbrook/2021.yaml",
            "assessed_on: 2021-03-31\npointers:\n  living-map: { score: 9, target: 2 }\n  social-value: {target: 2, score: 9}\n",
        ),
    ]);
    let out = site.aba(&["check"]);
    let errors = errors(&out);
    let find = |file: &str| errors.iter().find(|e| e.contains(file)).unwrap_or_else(|| panic!("{file}: {errors:#?}"));
    assert!(
        find("2024.yaml")
            .starts_with("error: assessments/millbrook/2024.yaml:2:17: an invisible NUL character, \\u{0}, is here"),
        "{}",
        find("2024.yaml")
    );
    assert!(
        find("2023.yaml")
            .starts_with("error: assessments/millbrook/2023.yaml:2:17: an invisible line separator, \\u{2028}"),
        "{}",
        find("2023.yaml")
    );
    assert!(find("2022.yaml").contains("unknown pointer \"living-map\\u{200b}\""), "{}", find("2022.yaml"));
    // Scores in flow mappings are pointed at exactly.
    assert!(
        errors.iter().any(|e| e.starts_with("error: assessments/millbrook/2021.yaml:3:24: the score 9")),
        "{errors:#?}"
    );
    assert!(
        errors.iter().any(|e| e.starts_with("error: assessments/millbrook/2021.yaml:4:36: the score 9")),
        "{errors:#?}"
    );
}

#[test]
fn keys_that_are_not_names_are_placed_where_they_are_written() {
    // A list, a number and a mapping as keys, at the top and inside a pointer.
    let file = "assessed_on: 2024-03-31\npointers:\n  living-map:\n    score: 2\n    [x, y]: 3\n\n[a]: 1\n{ b: 2 }: 3\n2024: four\n";
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", file)]);
    let out = site.aba(&["check"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let errors = errors(&out);
    let at: Vec<&str> = errors.iter().map(|e| e.split(": a key").next().unwrap()).collect();
    assert_eq!(
        at,
        [
            "error: assessments/millbrook/2024.yaml:5:5",
            "error: assessments/millbrook/2024.yaml:7:1",
            "error: assessments/millbrook/2024.yaml:8:1",
            "error: assessments/millbrook/2024.yaml:9:1"
        ],
        "{errors:#?}"
    );
    assert!(errors[0].contains("a key in a pointer's assessment is a list, not a name"), "{}", errors[0]);
    assert!(
        errors[3].contains("is a number, not a name") && errors[3].contains("assessed_on, status"),
        "{}",
        errors[3]
    );
}

#[test]
fn many_mappings_with_keys_that_are_not_names_are_placed_in_linear_time() {
    // Finding where such a key is written once searched every position of
    // the file for every mapping: the square of the file's size.
    let n = 16_000;
    let stories: String = (0..n)
        .map(|i| format!("  - text: Story {i}.\n    from: a resident\n    consent: true\n    [a]: 1\n"))
        .collect();
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", &format!("assessed_on: 2024-03-31\nstories:\n{stories}")),
    ]);
    let errors = errors(&site.aba(&["check"]));
    assert_eq!(errors.len(), n);
    let last =
        format!("error: assessments/millbrook/2024.yaml:{}:5: a key in a story is a list, not a name", 2 + 4 * n);
    assert!(errors.iter().any(|e| e.starts_with(&last)), "{:?}", errors.last());
}

#[test]
fn markdown_links_to_scripts_and_data_are_errors_where_they_are_written() {
    let summary = "summary: |\n  Fine [map](https://example.org/map) and [about](/pointers/).\n  [a](javascript:alert(1))\n  [b](data:text/html;base64,PHNjcmlwdD4=) [c](VBScript:msgbox)\n";
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", &format!("{GOOD}{summary}")),
    ]);
    let out = site.aba(&["check"]);
    assert_eq!(code(&out), 1);
    let errors = errors(&out);
    let places: Vec<&str> = errors.iter().map(|e| e.split(": ").nth(1).unwrap()).collect();
    let text = format!("{GOOD}{summary}");
    let at = |link: &str| format!("assessments/millbrook/2024.yaml:{}", place_of(&text, link));
    assert_eq!(places, [at("[a]"), at("[b]"), at("[c]")], "{errors:#?}");
    for scheme in ["javascript:", "data:", "vbscript:"] {
        assert!(errors.iter().any(|e| e.contains(&format!("`{scheme}` links are not allowed"))), "{errors:#?}");
    }
    assert_eq!(code(&site.aba(&["build"])), 1);
}

/// A council's text is shown on several pages: a link relative to the page
/// (`map.pdf`, `about/`, `?q=1`, `#top`) leads nowhere from some of them, and
/// a link in its HTML is the council's, not the theme's. Each is an error
/// where it is written, and nothing else is reported for it.
#[test]
fn links_that_lead_nowhere_from_a_councils_text_are_errors_where_written() {
    let summary = "summary: |\n  See [map](map.pdf), [x](about/), [y](?q=1), [r](../../etc), [w](www.example.org), [t](#top).\n  <a href=\"/nope/\">raw</a>, <a href=relative.html>r2</a>, [fine](https://example.org/) [fine](/pointers/living-map/#levels)\n  <write@example.org> <!-- old: href=old.html --> <span title=\"href=x\">t</span> ![a picture](map.png)\n";
    let text = format!("{GOOD}{summary}");
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", &text)]);
    let out = site.aba(&["check"]);
    assert_eq!(code(&out), 1);
    let errors = errors(&out);
    let at = |link: &str| format!("error: assessments/millbrook/2024.yaml:{}: ", place_of(&text, link));
    let expected = [
        format!("{}the link `map.pdf` does not say where it leads", at("[map]")),
        format!("{}the link `about/` does not say where it leads", at("[x]")),
        format!("{}the link `?q=1` does not say where it leads", at("[y]")),
        format!("{}the link `../../etc` does not say where it leads", at("[r]")),
        format!("{}the link `www.example.org` does not say where it leads", at("[w]")),
        format!("{}the link `#top` leads to a part of whichever page shows this text", at("[t]")),
        format!("{}broken link `/nope/`: no page has that address", at("/nope/")),
        format!("{}the link `relative.html` does not say where it leads", at("relative.html")),
    ];
    assert_eq!(errors.len(), expected.len(), "{errors:#?}");
    for (e, x) in errors.iter().zip(&expected) {
        assert!(e.starts_with(x.as_str()), "{e}\nnot {x}");
    }
}

/// Headings in a council's text sit below the page's own: `#` in a summary
/// or strengths is not a second `<h1>`, nor above the section it is in.
#[test]
fn headings_in_a_councils_text_sit_below_the_pages_own() {
    let text = format!(
        "{}summary: |\n  # Our year\n\n  Text <h1>raw</h1>\n",
        GOOD.replace("strengths: A map kept by residents.", "strengths: |\n      # Big\n      A map.")
    );
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", &text)]);
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let page = site.read("public/areas/millbrook/index.html");
    assert_eq!(page.matches("<h1").count(), 1, "{page}");
    for heading in ["<h5>Our year</h5>", "<h5>raw</h5>", "<h5>Big</h5>"] {
        assert!(page.contains(heading), "{heading}");
    }
}

#[test]
fn deep_nesting_is_reported_and_does_not_take_quadratic_time() {
    // A megabyte of nested HTML: the sanitizer alone took half a minute.
    let n = 100_000;
    let nested = format!("{}x{}", "<div>".repeat(n), "</div>".repeat(n));
    let quotes = "> ".repeat(n);
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", &format!("{GOOD}summary: |\n  Intro\n  {nested}\n")),
        ("assessments/millbrook/2023.yaml", &format!("assessed_on: 2023-03-31\nsummary: |\n  {quotes}deep\n")),
    ]);
    let out = site.aba(&["check"]);
    let errors = errors(&out);
    let line = GOOD.lines().count() + 3;
    assert_eq!(
        errors,
        vec![
            "error: assessments/millbrook/2023.yaml:3:67: this text is nested more than 32 deep (HTML, quotes or lists inside each other); nothing deeper than 32 levels is shown: close the HTML tags you open, or nest less".to_owned(),
            format!("error: assessments/millbrook/2024.yaml:{line}:163: this text is nested more than 32 deep (HTML, quotes or lists inside each other); nothing deeper than 32 levels is shown: close the HTML tags you open, or nest less"),
        ]
    );
}

#[test]
fn brackets_nested_too_deep_are_found_before_the_yaml_parser_reads_them() {
    // The parser's scanner looks at every open `[` for each token it reads:
    // 400 KB of them took minutes.
    let n = 200_000;
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        (
            "assessments/millbrook/2024.yaml",
            &format!("assessed_on: 2024-03-31\nsummary: {}{}\n", "[".repeat(n), "]".repeat(n)),
        ),
        ("assessments/millbrook/2023.yaml", &format!("assessed_on: 2023-03-31\nsummary: |\n  {}\n", "[".repeat(n))),
    ]);
    let out = site.aba(&["check"]);
    assert_eq!(
        errors(&out),
        [
            "error: assessments/millbrook/2024.yaml:2:138: lists and mappings are nested more than 128 deep here; no assessment needs this: look for a run of `[`, `{` or `- ` that is never closed"
        ],
        "at the 129th; brackets in a block of text are text"
    );
}

#[test]
fn lists_nested_too_deep_are_found_whatever_ends_their_lines() {
    // Lines ended by a lone `\r` (old Mac files, or `\r` in a quoted
    // YAML string) are lines to the Markdown parser as well.
    let lists = |end: &str| (0..25).map(|i| format!("{}- x{end}", "  ".repeat(i))).collect::<String>();
    let quoted = lists("\\r");
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", &format!("{GOOD}summary: \"{quoted}\"\n")),
        ("content/deep.md", &format!("---\ntitle: Deep\n---\n{}", lists("\r"))),
        ("content/windows.md", &format!("---\ntitle: Windows\n---\n{}", lists("\r\n"))),
    ]);
    let out = site.aba(&["check"]);
    let errors = errors(&out);
    for file in ["assessments/millbrook/2024.yaml:", "content/deep.md:", "content/windows.md:"] {
        assert!(
            errors.iter().any(|e| e.starts_with(&format!("error: {file}")) && e.contains("nested more than 32 deep")),
            "{file}: {errors:#?}"
        );
    }
    assert_eq!(code(&site.aba(&["build"])), 1);
}

#[test]
fn a_megabyte_assessment_checks_and_builds() {
    let text = gen_assessment::assessment(1_000_000);
    assert!(text.len() >= 1_000_000);
    let site = Site::new(&[
        ("site.yaml", COMPLETE_SITE),
        ("assessments/big/area.yaml", "name: Ynys Fawr\nnation: Wales\n"),
        ("assessments/big/2025.yaml", &text),
    ]);
    let out = site.aba(&["check"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("no problems found"), "{}", stderr(&out));
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&site.read("public/data/areas/big/2025.json")).unwrap();
    let linked: usize = json["pointers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["evidence"].as_array().unwrap().iter().filter(|e| e["link"].is_string()).count())
        .sum();
    assert_eq!(linked, gen_assessment::linked_evidence(&text));
    let page = site.read("public/areas/big/index.html");
    let last = text.lines().rev().find(|l| l.contains("action: Widen the map to ward")).unwrap();
    let words = last.split("action: ").nth(1).unwrap().split(" with").next().unwrap();
    assert!(
        page.contains(&format!("{words} with residents&#39; own entries")),
        "the last next step, {words}, is on the page"
    );
}

#[test]
fn many_diagnostics_in_one_file_are_placed_quickly() {
    // Each position was found by searching every key of the file, and each
    // column by counting from the start of a long line.
    let n = 50_000;
    let votes = vec!["9"; n].join(", ");
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        (
            "assessments/millbrook/2024.yaml",
            &format!("assessed_on: 2024-03-31\npointers:\n  living-map:\n    votes: [{votes}]\n"),
        ),
    ]);
    let out = site.aba(&["check"]);
    let errors = errors(&out);
    assert_eq!(errors.len(), n);
    assert!(
        errors[0].starts_with("error: assessments/millbrook/2024.yaml:4:13: the vote 9 is not on the scale"),
        "{}",
        errors[0]
    );
    assert!(
        errors[n - 1].starts_with(&format!("error: assessments/millbrook/2024.yaml:4:{}:", 13 + 3 * (n - 1))),
        "{}",
        errors[n - 1]
    );
}

#[test]
fn the_output_guard_judges_where_the_path_leads() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    std::os::unix::fs::symlink("content", site.path().join("to-content")).unwrap();
    for out in [
        "not-yet/../assessments",
        "not-yet/../assessments/x",
        "to-content/x",
        "to-content",
        "./assessments/../content/y",
        "public/..",
        "site.yaml",
    ] {
        let run = site.aba(&["build", "--out", out]);
        assert_eq!(code(&run), 2, "--out {out}: {}", stderr(&run));
        assert!(stderr(&run).contains("refusing"), "{}", stderr(&run));
    }
    assert!(!site.exists("not-yet") && !site.exists("content/x") && !site.exists("content/y"));
    // No spare folder anywhere in the input, and the next build is clean.
    let spares: Vec<_> = walkdir::WalkDir::new(site.path())
        .into_iter()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".aba-"))
        .map(|e| e.path().to_owned())
        .collect();
    assert!(spares.is_empty(), "{spares:?}");
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(errors(&out), Vec::<String>::new());
}

#[test]
fn a_linked_public_folder_is_published_where_it_points() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    let server = tempfile::tempdir().unwrap();
    let www = server.path().join("www");
    std::os::unix::fs::symlink(&www, site.path().join("public")).unwrap();
    for score in [3, 2] {
        site.write("assessments/millbrook/2024.yaml", &GOOD.replace("score: 3", &format!("score: {score}")));
        let out = site.aba(&["build"]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert!(std::fs::symlink_metadata(site.path().join("public")).unwrap().file_type().is_symlink());
        let csv = std::fs::read_to_string(www.join("data/scores.csv")).unwrap();
        assert!(csv.contains(&format!(",living-map,1,{score},")), "{csv}");
    }
}

#[test]
fn the_lock_file_is_never_followed() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("made-by-aba");
    std::os::unix::fs::symlink(&target, site.path().join(".public.aba-lock")).unwrap();
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains(".public.aba-lock is a link"), "{}", stderr(&out));
    assert!(!target.exists());
}

#[test]
fn a_read_only_public_folder_does_not_stop_the_next_build() {
    use std::os::unix::fs::PermissionsExt;
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    if privileged(site.path()) {
        eprintln!("skipped: this user can write any folder");
        return;
    }
    for round in 0..3 {
        let out = site.aba(&["build"]);
        assert_eq!(code(&out), 0, "round {round}: {}", stderr(&out));
        for entry in walkdir::WalkDir::new(site.path().join("public")).into_iter().flatten() {
            if entry.file_type().is_dir() {
                std::fs::set_permissions(entry.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
            }
        }
    }
    for entry in walkdir::WalkDir::new(site.path()).into_iter().flatten() {
        if entry.file_type().is_dir() {
            let _ = std::fs::set_permissions(entry.path(), std::fs::Permissions::from_mode(0o755));
        }
    }
}

#[test]
fn export_never_overwrites_the_site_or_a_file_it_did_not_write() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    site.write("notes.txt", "precious");
    std::os::unix::fs::symlink("assessments/millbrook/2024.yaml", site.path().join("link.csv")).unwrap();
    for out in
        ["assessments/millbrook/2024.yaml", "assessments/millbrook/2025.yaml", "link.csv", "notes.txt", "content/x.csv"]
    {
        let run = site.aba(&["export", "--out", out]);
        assert_eq!(code(&run), 2, "--out {out}: {}", stderr(&run));
    }
    assert_eq!(site.read("assessments/millbrook/2024.yaml"), GOOD);
    assert_eq!(site.read("notes.txt"), "precious");
    assert!(!site.exists("assessments/millbrook/2025.yaml"));
    for format in ["csv", "json"] {
        for _ in 0..2 {
            let run = site.aba(&["export", "--format", format, "--out", "scores.out"]);
            assert_eq!(code(&run), 0, "{}", stderr(&run));
        }
    }
}

#[test]
fn new_outside_a_site_refuses_and_inside_finds_the_site() {
    let nowhere = tempfile::tempdir().unwrap();
    let out =
        assert_cmd::Command::cargo_bin("aba").unwrap().current_dir(nowhere.path()).args(["new", "x"]).output().unwrap();
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("is not in an aba site"), "{}", stderr(&out));
    assert_eq!(std::fs::read_dir(nowhere.path()).unwrap().count(), 0, "nothing was made");

    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    let out = assert_cmd::Command::cargo_bin("aba")
        .unwrap()
        .current_dir(site.path().join("assessments/millbrook"))
        .args(["new", "tally-bridge", "--period", "2026"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(site.exists("assessments/tally-bridge/2026.yaml"));
    assert!(!site.exists("assessments/millbrook/assessments"));
}

/// Check and build of one site: the errors of each, which must be the same,
/// and each must name an input file with its line, never a page.
fn same_errors_from_check_and_build(site: &Site) -> Vec<String> {
    let check = site.aba(&["check"]);
    let build = site.aba(&["build"]);
    let (from_check, from_build) = (errors(&check), errors(&build));
    assert_eq!(from_check, from_build, "check and build disagree");
    assert_eq!(code(&check), code(&build), "{}", stderr(&build));
    for e in &from_check {
        let place = e.strip_prefix("error: ").unwrap().split(": ").next().unwrap();
        assert!(!e.contains("(page)") && !e.contains("made by the theme"), "{e}");
        // (Links in Markdown are placed by line only.)
        assert!(place.contains(':') || place.ends_with('/'), "no line: {e}");
    }
    from_check
}

#[test]
fn check_finds_every_error_build_would_and_names_the_input() {
    // The first area is the one check renders in full; the others it only
    // lists, so whatever breaks their pages must be found from the input.
    let site = Site::new(&[
        ("site.yaml", COMPLETE_SITE),
        ("assessments/aardvark/area.yaml", AREA),
        ("assessments/aardvark/2024.yaml", GOOD),
        ("assessments/kyiv/area.yaml", "name: Київ\nregion: Північ\nnation: Wales\n"),
        ("assessments/tohoku/area.yaml", "name: 仙台\nregion: 東北地方\nnation: Scotland\n"),
        ("assessments/ynys-mon/area.yaml", "name: Ynys Môn\nregion: Gogledd Cymru – Môn\nnation: Wales\n"),
        ("assessments/nowhere/area.yaml", "name: Nowhere\nregion: \"— ? —\"\nnation: England\n"),
        (
            "assessments/kyiv/2024.yaml",
            "assessed_on: 2024-03-31\npointers:\n  living-map:\n    score: 2\n    evidence:\n      - { text: Map, link: /pointers/living-mapp/ }\n      - text: Levels\n        link: /pointers/living-map/#levelz\n      - { text: Fine, link: /pointers/living-map/#levels }\nsummary: See [the region](/regions/Північ/).\n",
        ),
        // The Markdown writer %-encodes these: still one error, where it is written.
        ("content/about.md", "---\ntitle: About\n---\nSee [this](/pointer\\s/) and [that](/ｐointers/).\n"),
    ]);
    for area in ["tohoku", "ynys-mon", "nowhere"] {
        site.write(&format!("assessments/{area}/2024.yaml"), GOOD);
    }
    let errors = same_errors_from_check_and_build(&site);
    assert_eq!(
        errors,
        [
            "error: assessments/kyiv/2024.yaml:6:28: broken link `/pointers/living-mapp/`: no page has that address; \
             links to this site start with / and name a page, such as /pointers/living-map/ or /about/",
            "error: assessments/kyiv/2024.yaml:8:15: broken link `/pointers/living-map/#levelz`: that page has no \
             part with the id `levelz`; links to this site start with / and name a page, such as \
             /pointers/living-map/ or /about/",
            "error: assessments/kyiv/2024.yaml:10:14: broken link `/regions/Північ/`: no page has that address; links \
             to this site start with / and name a page, such as /pointers/living-map/ or /about/",
            "error: assessments/nowhere/area.yaml:2:9: the region `— ? —` has no letter or digit to make its page's \
             address from; give the region's name in words, such as North West",
            "error: content/about.md:4:5: broken link `/pointer\\s/`: no page has that address; links to this site \
             start with / and name a page, such as /pointers/living-map/ or /about/",
            "error: content/about.md:4:29: broken link `/ｐointers/`: no page has that address; links to this site \
             start with / and name a page, such as /pointers/living-map/ or /about/",
        ]
    );

    // Put right, the regions of any script have pages at addresses in A to Z.
    site.write("assessments/nowhere/area.yaml", "name: Nowhere\nregion: North West\nnation: England\n");
    let kyiv = site.read("assessments/kyiv/2024.yaml").replace("mapp/", "map/").replace("levelz", "levels");
    site.write("assessments/kyiv/2024.yaml", &kyiv.replace("Північ", "pivnich"));
    site.write("content/about.md", "---\ntitle: About\n---\nAbout.\n");
    assert_eq!(same_errors_from_check_and_build(&site), Vec::<String>::new());
    for (area, region) in [("kyiv", "pivnich"), ("tohoku", "dong-bei-di-fang"), ("ynys-mon", "gogledd-cymru-mon")] {
        assert!(
            site.read(&format!("public/areas/{area}/index.html")).contains(&format!("/regions/{region}/")),
            "{area}"
        );
        assert!(site.exists(&format!("public/regions/{region}/index.html")), "{region}");
    }
}

#[test]
fn implausible_periods_lengths_and_numbers_are_errors_that_say_the_rule() {
    let megabyte = "x".repeat(1 << 20);
    let site = Site::new(&[
        ("site.yaml", &format!("{COMPLETE_SITE}stale_after_months: 4294967296\n")),
        ("assessments/millbrook/area.yaml", &format!("name: {megabyte}\nregion: North West\n")),
        ("assessments/millbrook/9999.yaml", GOOD),
        ("assessments/millbrook/0000.yaml", GOOD),
        ("assessments/millbrook/2026.yaml", &GOOD.replace("2024-03-31", "2024-12-31")),
        ("assessments/millbrook/2023-02.yaml", &GOOD.replace("2024-03-31", "2024-02-29")),
        ("assessments/millbrook/2025.yaml", &GOOD.replace("2024-03-31", "2024-12-31")),
        ("assessments/millbrook/2024-03.yaml", &GOOD.replace("2024-03-31", "2023-03-01")),
        (
            "assessments/millbrook/2022.yaml",
            &format!(
                "{GOOD}facilitator: {}\nparticipants:\n  - {{ role: other, count: 4294967295 }}\n",
                "é".repeat(201)
            )
            .replace("participants:\n  - { role: people with lived experience, count: 5 }\n", "")
            .replace("2024-03-31", "2022-03-31"),
        ),
    ]);
    let out = site.aba(&["check"]);
    assert_eq!(code(&out), 1);
    let errors = errors(&out);
    let expected = [
        "error: assessments/millbrook/0000.yaml: 0 is not a year an assessment could be for; name the file by the \
         year the assessment was made, from 1990 to 2100",
        "error: assessments/millbrook/2022.yaml:8:14: `facilitator` is 201 characters long, and may be at most 200; \
         a name or title is one short line: shorten it",
        "error: assessments/millbrook/2022.yaml:10:27: `count` is 4294967295: more than the 100,000 people a group may \
         count; count the people who took part in this assessment",
        "error: assessments/millbrook/2026.yaml:1:14: this assessment was made on 2024-12-31, more than a year from \
         2026, the period its file name gives; if the date is right, rename the file to 2024.yaml; if the file name \
         is right, correct `assessed_on`",
        "error: assessments/millbrook/9999.yaml: 9999 is not a year an assessment could be for; name the file by the \
         year the assessment was made, from 1990 to 2100",
        "error: assessments/millbrook/area.yaml:1:7: `name` is 1,048,576 characters long, and may be at most 200; a \
         name or title is one short line: shorten it",
        "error: site.yaml:6:21: `stale_after_months` is 4294967296, and must be from 1 to 600 (50 years); the usual \
         is 18: evidence older than a year and a half is flagged",
    ];
    assert_eq!(errors, expected);
    // A month's period a year and a month from its date is one too far.
    // (the expected list has no error about 2023-02.yaml, 2024-03.yaml or 2025.yaml)
    site.write("assessments/millbrook/2024-03.yaml", &GOOD.replace("2024-03-31", "2023-02-28"));
    assert!(stderr(&site.aba(&["check"])).contains("2024-03.yaml:1:14: this assessment was made on 2023-02-28"));

    // The largest number that does not wrap round passes no further either.
    site.write("site.yaml", &format!("{COMPLETE_SITE}stale_after_months: 4294967295\n"));
    let out = site.aba(&["build"]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("site.yaml:6:21: `stale_after_months` is 4294967295"), "{}", stderr(&out));

    // The schema says the same limits to editors.
    let good = Site::new(&[
        ("site.yaml", COMPLETE_SITE),
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", GOOD),
    ]);
    assert_eq!(code(&good.aba(&["build"])), 0);
    let schema: serde_json::Value = serde_json::from_str(&good.read("public/data/assessment.schema.json")).unwrap();
    assert_eq!(schema["properties"]["facilitator"]["maxLength"], 200);
    assert_eq!(schema["properties"]["participants"]["items"]["properties"]["count"]["maximum"], 100_000);
    assert_eq!(schema["$defs"]["evidence"]["properties"]["text"]["maxLength"], 1000);
    assert_eq!(schema["$defs"]["evidence"]["properties"]["link"]["maxLength"], 2000);
}

#[test]
fn messages_say_what_is_wrong_in_the_users_terms() {
    let site = Site::new(&[
        ("site.yaml", COMPLETE_SITE),
        ("assessments/millbrook/area.yaml", "name: Millbrook\nwebsite: www.millbrook.gov.uk\n"),
        (
            "assessments/millbrook/2024.yaml",
            "assessed_on: 2024-03-31\nparticipants:\n  - { role: other, count: 2.5 }\npointers:\n  living-map:\n    score: 2.0\n    target: 3.5\n    votes: [\"2\"]\n    evidence:\n      - { text: a, link: \"https://\" }\n      - { text: b, link: \"\" }\n      - { text: c, link: \"ftp://files\" }\n      - { text: d, link: \"/about us/\" }\n\"template ``\": x\n",
        ),
        ("assessments/ｍｉｌｌｂｒｏｏｋ/area.yaml", AREA),
        ("assessments/північ/area.yaml", AREA),
        ("assessments/🙂/area.yaml", AREA),
    ]);
    let out = site.aba(&["check"]);
    let errors = errors(&out);
    let expected = [
        "error: assessments/millbrook/2024.yaml:3:27: `count` is `2.5`, which is not a whole number; use a whole \
         number, such as 2 or 3: there are no halves",
        "error: assessments/millbrook/2024.yaml:6:12: the score is written `2.0`: write it as a whole number, \
         without the decimal point; write `2`",
        "error: assessments/millbrook/2024.yaml:7:13: the target is `3.5`, which is not a whole number; use a whole \
         number, such as 2 or 3: there are no halves",
        "error: assessments/millbrook/2024.yaml:8:13: the vote is written in quotes, as text (`\"2\"`); write it \
         without the quotes: `2`",
        "error: assessments/millbrook/2024.yaml:10:26: the link `https://` has nothing after `https://`; write the \
         whole address, such as https://www.example.gov.uk/report",
        "error: assessments/millbrook/2024.yaml:11:26: the link is empty; give the address, or leave `link` out",
        "error: assessments/millbrook/2024.yaml:12:26: the link `ftp://files` is not allowed: it starts with `ftp:`; \
         a link starts with https:// or http:// (another site), mailto: (an email address) or / (a page of this site)",
        "error: assessments/millbrook/2024.yaml:13:26: the link `/about us/` contains a space; a web address has no \
         spaces: write a space as %20, and delete invisible characters",
        "error: assessments/millbrook/2024.yaml:14:1: unknown key \"template ``\" in an assessment; the keys an \
         assessment can have are: assessed_on, status, facilitator, framework, reviewed_by, participants, summary, \
         stories, next_review, pointers",
        "error: assessments/millbrook/area.yaml:2:10: the link `www.millbrook.gov.uk` does not start with https://; \
         write it in full: https://www.millbrook.gov.uk",
        "error: assessments/північ/: the folder name `північ` cannot be used in a web address; rename the folder to \
         lower-case letters a to z, digits and -: `pivnich`",
        "error: assessments/ｍｉｌｌｂｒｏｏｋ/: the folder name `ｍｉｌｌｂｒｏｏｋ` cannot be used in a web address; \
         rename the folder to lower-case letters a to z, digits and -: `millbrook`",
        "error: assessments/🙂/: the folder name `🙂` cannot be used in a web address; rename the folder to \
         lower-case letters a to z, digits and -: `slight-smile`",
    ];
    assert_eq!(errors, expected);
    // A number past what the parser can hold is said to be too large, not a matter of indentation.
    site.write(
        "assessments/millbrook/2024.yaml",
        "assessed_on: 2024-03-31\nparticipants:\n  - { role: other, count: 99999999999999999999 }\n",
    );
    let out = site.aba(&["check"]);
    assert!(
        stderr(&out).contains("error: assessments/millbrook/2024.yaml:3:27: the number 99999999999999999999 is far too large; the numbers in these files are small whole numbers, such as a score or a count"),
        "{}",
        stderr(&out)
    );
    // A language that is no language's code would reach every page's `lang`.
    site.write("site.yaml", &format!("{COMPLETE_SITE}language: en GB\n"));
    let out = site.aba(&["check"]);
    assert!(stderr(&out).contains("error: site.yaml:6:11: `en GB` is not a language: "), "{}", stderr(&out));
}

/// A process's resident memory, in MB.
#[cfg(target_os = "linux")]
fn resident_mb(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let kb = status.lines().find_map(|l| l.strip_prefix("VmRSS:")).unwrap().split_whitespace().next().unwrap();
    kb.parse::<u64>().unwrap() / 1024
}

#[test]
#[cfg(target_os = "linux")]
fn serve_reads_no_more_of_a_request_head_than_it_allows() {
    use std::io::{Read, Write};
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    let server = site.serve();
    let get = || {
        let mut s = std::net::TcpStream::connect(&server.addr).unwrap();
        s.set_read_timeout(Some(std::time::Duration::from_secs(10))).unwrap();
        write!(s, "GET / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let mut answer = String::new();
        let _ = s.read_to_string(&mut answer);
        answer
    };
    assert!(get().starts_with("HTTP/1.1 200"));
    let before = resident_mb(server.pid());
    // A request line, then a header, that never end: 200 MB each, unless the
    // server stops reading (and closes the connection) first.
    let limit = 200 << 20;
    for start in ["GET /", "GET / HTTP/1.1\r\nX-Big: "] {
        let mut s = std::net::TcpStream::connect(&server.addr).unwrap();
        s.set_write_timeout(Some(std::time::Duration::from_secs(10))).unwrap();
        s.write_all(start.as_bytes()).unwrap();
        let chunk = vec![b'a'; 1 << 20];
        let mut sent = 0;
        while sent < limit && s.write_all(&chunk).is_ok() {
            sent += chunk.len();
        }
        assert!(sent < limit / 4, "{start:?}: the server took {} MB before closing", sent >> 20);
    }
    let grown = resident_mb(server.pid()).saturating_sub(before);
    assert!(grown < 32, "serve grew by {grown} MB");
    assert!(get().starts_with("HTTP/1.1 200"), "still serving");

    // Connections that send nothing are capped too: the next is told to come back.
    let idle: Vec<std::net::TcpStream> =
        (0..256).map(|_| std::net::TcpStream::connect(&server.addr).unwrap()).collect();
    let answer = || {
        let mut s = std::net::TcpStream::connect(&server.addr).unwrap();
        s.set_read_timeout(Some(std::time::Duration::from_secs(10))).unwrap();
        let mut answer = String::new();
        let _ = s.read_to_string(&mut answer);
        answer
    };
    let start = std::time::Instant::now();
    let mut told = answer();
    while !told.starts_with("HTTP/1.1 503") && start.elapsed() < std::time::Duration::from_secs(10) {
        told = answer();
    }
    assert!(told.starts_with("HTTP/1.1 503"), "{told:?}");
    drop(idle);
    let start = std::time::Instant::now();
    while !get().starts_with("HTTP/1.1 200") {
        assert!(start.elapsed() < std::time::Duration::from_secs(10), "serving again once they close");
    }
}

#[test]
fn a_site_with_a_scale_of_three_levels_builds_every_page_check_renders_none_of() {
    // The pointer pages are ones `check` lists without rendering: what they
    // show of the scale must hold for any scale `check` accepts.
    let scale = "scale:\n  - { value: 1, label: Starting }\n  - { value: 2, label: Growing }\n  - { value: 3, label: Thriving }\n";
    let site = Site::new(&[
        ("site.yaml", &format!("{COMPLETE_SITE}{scale}")),
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", "assessed_on: 2024-03-31\npointers:\n  one: { score: 3 }\n"),
        (
            "content/pointers/01-one.md",
            "---\nid: one\nnumber: 1\ntitle: One\nlevels:\n  1: a\n  2: b\n  3: c\n---\nAbout.\n",
        ),
    ]);
    assert_eq!(same_errors_from_check_and_build(&site), Vec::<String>::new());
    // Each level of the site's own scale has its group on the pointer's page.
    let page = site.read("public/pointers/one/index.html");
    assert!(["Starting", "Growing", "Thriving"].iter().all(|l| page.contains(l)), "{page}");
}

/// Where `needle` first is in `text`: `line:column`, in characters, as
/// editors count them.
fn place_of(text: &str, needle: &str) -> String {
    let at = text.find(needle).unwrap_or_else(|| panic!("no {needle:?}"));
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    format!("{}:{}", text[..at].matches('\n').count() + 1, text[line_start..at].chars().count() + 1)
}

#[test]
fn markdown_links_are_placed_at_their_column_in_every_written_form() {
    // The same refused link, [xN](javascript:N), written in each form a text can take.
    let assessment = "assessed_on: 2024-03-31
participants:
  - { role: people with lived experience, count: 5 }
summary: >
  Folded text, then
    more indented [x1](javascript:1)

  and a [x2](javascript:2) after a blank line.
stories:
  - text: \"In quotes, with escapes: caf\\u00e9 \\\"said\\\" [x3](javascript:3)
      and folded on [x4](javascript:4)\"
    from: a carer
    consent: true
  - { text: 'Single quotes, it''s [x5](javascript:5)', from: a carer, consent: true }
  - text: Plain and
      folded over [x6](javascript:6) lines
    from: a carer
    consent: true
pointers:
  living-map:
    score: 3
    strengths: |
      A block, with a broken link [to nowhere](/nowhere/) and
        indented [x7](javascript:7)
  social-value:
    score: 2
    strengths:
      Plain on the next line [x8](javascript:8)
";
    let page = "---\ntitle: About\n---\n\nSome text, then a [x9](javascript:9).\n";
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", assessment),
        ("content/about.md", page),
    ]);
    for command in ["check", "build"] {
        let out = site.aba(&[command]);
        assert_eq!(code(&out), 1);
        let errors = errors(&out);
        for n in 1..=9 {
            let (file, text) =
                if n == 9 { ("content/about.md", page) } else { ("assessments/millbrook/2024.yaml", assessment) };
            let want = format!(
                "error: {file}:{}: `javascript:` links are not allowed (`javascript:{n}`)",
                place_of(text, &format!("[x{n}]"))
            );
            assert!(errors.iter().any(|e| e.starts_with(&want)), "{command}: no {want:?} in {errors:#?}");
        }
        let broken = format!(
            "error: assessments/millbrook/2024.yaml:{}: broken link `/nowhere/`",
            place_of(assessment, "[to nowhere]")
        );
        assert!(errors.iter().any(|e| e.starts_with(&broken)), "{command}: no {broken:?} in {errors:#?}");
        assert_eq!(errors.len(), 10, "{errors:#?}");
    }
}

#[test]
fn regions_that_would_share_a_page_are_errors_naming_both_spellings() {
    let area = |name: &str, region: &str, nation: &str| format!("name: {name}\nregion: {region}\nnation: {nation}\n");
    let site = Site::new(&[
        ("assessments/anglesey/area.yaml", &area("Ynys Môn", "Môn", "Wales")),
        ("assessments/anglesey/2024.yaml", GOOD),
        ("assessments/mon/area.yaml", &area("Mon Valley", "Mon", "Wales")),
        ("assessments/arfon/area.yaml", &area("Arfon", "Gwynedd", "Wales")),
        ("assessments/bangor/area.yaml", &area("Bangor", "\"Gwynedd \"", "Wales")),
        ("assessments/border/area.yaml", &area("Border", "Scotland", "Wales")),
        ("assessments/nowhere/area.yaml", "name: Nowhere\nregion: England\n"),
        // Its own nation, in any spelling, is its nation's page: no error.
        ("assessments/cardiff/area.yaml", &area("Cardiff", "wales", "Wales")),
        ("assessments/ynys-mon/area.yaml", &area("ynys môn", "Môn", "Wales")),
    ]);
    for command in ["check", "build"] {
        let out = site.aba(&[command]);
        assert_eq!(code(&out), 1, "{}", stderr(&out));
        assert_eq!(
            errors(&out),
            [
                "error: assessments/bangor/area.yaml:2:9: the region \"Gwynedd \" has the same web address, \
                 /regions/gwynedd/, as the region `Gwynedd` in assessments/arfon/area.yaml:2:9, so the two would share \
                 one page; write the region the same way in every area.yaml, letter for letter",
                "error: assessments/border/area.yaml:2:9: the region `Scotland` is the name of a nation, and this \
                 area's nation is Wales; its page would be the page of Scotland: for an area in Scotland, write \
                 `nation: Scotland`; otherwise give the region the area is in",
                "error: assessments/mon/area.yaml:2:9: the region `Mon` has the same web address, /regions/mon/, as \
                 the region `Môn` in assessments/anglesey/area.yaml:2:9, so the two would share one page; write the \
                 region the same way in every area.yaml, letter for letter",
                "error: assessments/nowhere/area.yaml:2:9: the region `England` is the name of a nation, and this \
                 area gives no `nation`; its page would be the page of England: for an area in England, write \
                 `nation: England`; otherwise give the region the area is in",
            ]
        );
        assert!(
            stderr(&out).contains(
                "warning: assessments/ynys-mon/area.yaml:1:7: another area has the name `Ynys Môn` too, in \
                 assessments/anglesey/area.yaml:1:7"
            ),
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn every_date_must_be_from_1990_to_2100_and_is_placed_where_written() {
    let assessment = "assessed_on: 1989-12-31
reviewed_by: { name: Tally Bridge, on: 2101-01-01 }
next_review: 0001-01-01
pointers:
  living-map:
    score: 3
    evidence:
      - { text: Map, date: 1900-06-30 }
    next_steps:
      - { action: Train staff, due: 9999-12-31 }
";
    let site = Site::new(&[
        (
            "site.yaml",
            "url: https://aba.example.org/\naccessibility:\n  contact: access@example.org\n  prepared_on: 1970-01-01\n  reviewed_on: 2100-12-31\n",
        ),
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/1990.yaml", assessment),
    ]);
    for command in ["check", "build"] {
        let out = site.aba(&[command]);
        assert_eq!(code(&out), 1);
        let at = |needle: &str| format!("assessments/millbrook/1990.yaml:{}", place_of(assessment, needle));
        let rule =
            "a date here must be from 1990 to 2100; check the year: write dates as YYYY-MM-DD, for example 2018-03-31";
        assert_eq!(
            errors(&out),
            [
                format!("error: {}: `assessed_on` is in the year 1989: {rule}", at("1989")),
                format!("error: {}: `on` is in the year 2101: {rule}", at("2101")),
                format!("error: {}: `next_review` is in the year 1: {rule}", at("0001")),
                format!("error: {}: `date` is in the year 1900: {rule}", at("1900")),
                format!("error: {}: `due` is in the year 9999: {rule}", at("9999")),
                format!("error: site.yaml:4:16: `prepared_on` is in the year 1970: {rule}"),
            ]
        );
    }
}

#[test]
fn contact_and_story_from_have_lengths_stated_in_the_error_and_the_schema() {
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", &format!("{AREA}contact: https://example.org/{}\n", "x".repeat(2000))),
        (
            "assessments/millbrook/2024.yaml",
            &format!("{GOOD}stories:\n  - {{ text: Hello, from: {}, consent: true }}\n", "a carer ".repeat(30).trim()),
        ),
    ]);
    let out = site.aba(&["check"]);
    assert_eq!(
        errors(&out),
        [
            "error: assessments/millbrook/2024.yaml:11:26: `from` is 239 characters long, and may be at most 200; a \
             name or title is one short line: shorten it",
            "error: assessments/millbrook/area.yaml:4:10: `contact` is 2,020 characters long, and may be at most \
             2,000; a web address this long is almost certainly a mistake: check it",
        ]
    );
    let good = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    assert_eq!(code(&good.aba(&["build"])), 0);
    let schema: serde_json::Value = serde_json::from_str(&good.read("public/data/assessment.schema.json")).unwrap();
    assert_eq!(schema["$defs"]["story"]["properties"]["from"]["maxLength"], 200);
}

#[test]
fn an_input_file_over_64_mb_is_an_error_before_it_is_read() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    // Sparse: it takes no room on the disk, and reading it would take 65 MB.
    for path in ["assessments/millbrook/2023.yaml", "themes/default/static/film.mp4"] {
        let p = site.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::File::create(&p).unwrap().set_len(65 << 20).unwrap();
    }
    for command in ["check", "build"] {
        let out = site.aba(&[command]);
        assert_eq!(code(&out), 1);
        assert_eq!(
            errors(&out),
            [
                "error: assessments/millbrook/2023.yaml: this file is 65 MB, larger than the 64 MB aba reads; is it \
                 the right file? An assessment is a few kilobytes of text",
                "error: themes/default/static/film.mp4: this file is 65 MB, larger than the 64 MB aba reads; is it \
                 the right file? An assessment is a few kilobytes of text",
            ]
        );
    }
}

#[cfg(target_os = "linux")]
#[test]
fn no_room_to_write_is_one_message_and_public_stays_as_it_was() {
    use std::os::unix::process::CommandExt;
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    assert_eq!(code(&site.aba(&["build"])), 0);
    let before = site.read("public/areas/millbrook/index.html");
    site.write("assessments/millbrook/2024.yaml", &GOOD.replace("score: 3", "score: 2"));
    // As a full disk or a used-up quota would: no file may grow past 4 KB.
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_aba"));
    command.current_dir(site.path()).arg("build");
    // SAFETY: only async-signal-safe calls, between fork and exec.
    unsafe {
        command.pre_exec(|| {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let limit = libc::rlimit { rlim_cur: 4096, rlim_max: 4096 };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = command.output().unwrap();
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert_eq!(errors(&out).len(), 1, "{err}");
    assert!(errors(&out)[0].starts_with("error: there is no room to write "), "{err}");
    assert!(!err.contains("nothing was written"), "one message, not two: {err}");
    assert!(err.contains("Nothing was published, the site already there is as it was"), "{err}");
    assert_eq!(site.read("public/areas/millbrook/index.html"), before);
    let left: Vec<_> = std::fs::read_dir(site.path()).unwrap().flatten().map(|e| e.file_name()).collect();
    assert!(!left.iter().any(|n| n.to_string_lossy().contains("spare")), "{left:?}");
    // With room again, the next build publishes.
    assert_eq!(code(&site.aba(&["build"])), 0);
    assert_ne!(site.read("public/areas/millbrook/index.html"), before);
}

#[test]
fn invisible_characters_in_one_line_values_are_named_with_the_plain_text() {
    let area = "name: Mill\u{200b}brook\nregion: North\u{a0}West\nnation: England\n";
    let assessment = "assessed_on: 2024-03-31\u{feff}\nstatus: \"published\u{2060}\"\nfacilitator: \"Tîm\u{2028}Cymunedau\"\nparticipants:\n  - { role: \"people with lived\u{200d} experience\", count: 5 }\n";
    let site = Site::new(&[("assessments/millbrook/area.yaml", area), ("assessments/millbrook/2024.yaml", assessment)]);
    let out = site.aba(&["check"]);
    let a = "assessments/millbrook/area.yaml";
    let f = "assessments/millbrook/2024.yaml";
    assert_eq!(
        errors(&out),
        [
            format!(
                "error: {f}:1:24: `assessed_on` has an invisible character in it, \\u{{feff}}; write it as plain text: `2024-03-31`"
            ),
            format!(
                "error: {f}:2:19: `status` has an invisible character in it, \\u{{2060}}; write it as plain text: `published`"
            ),
            format!(
                "error: {f}:3:18: `facilitator` has an invisible character in it, \\u{{2028}}; write it as plain text: `Tîm Cymunedau`"
            ),
            format!(
                "error: {f}:5:31: `role` has an invisible character in it, \\u{{200d}}; write it as plain text: `people with lived experience`"
            ),
            format!(
                "error: {a}:1:11: `name` has an invisible character in it, \\u{{200b}}; write it as plain text: `Millbrook`"
            ),
            format!(
                "error: {a}:2:14: `region` has an invisible character in it, \\u{{a0}}; write it as plain text: `North West`"
            ),
        ]
    );
    // Where YAML itself refuses the character, the line is given as plain text.
    site.write(f, "assessed_on: 2024-03-31\nfacilitator: Tîm\u{2028}Cymunedau\n");
    let out = site.aba(&["check"]);
    assert_eq!(
        errors(&out),
        [
            format!(
                "error: {f}:2:17: an invisible line separator, \\u{{2028}}, is here, and YAML reads it as the end of a \
             line; write the line as `facilitator: Tîm Cymunedau`: it often comes with text pasted from a web page \
             or a word processor"
            ),
            format!(
                "error: {a}:1:11: `name` has an invisible character in it, \\u{{200b}}; write it as plain text: `Millbrook`"
            ),
            format!(
                "error: {a}:2:14: `region` has an invisible character in it, \\u{{a0}}; write it as plain text: `North West`"
            ),
        ]
    );
}

#[test]
fn a_page_name_the_site_uses_is_refused_naming_each_name_once() {
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", GOOD),
        ("content/areas.md", "---\ntitle: Areas\n---\nText.\n"),
    ]);
    let out = site.aba(&["check"]);
    let errors = errors(&out);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let names = errors[0].split(" (").nth(1).unwrap().trim_end_matches(')');
    let names: Vec<&str> = names.split(", ").collect();
    let mut once = names.clone();
    once.sort();
    once.dedup();
    assert_eq!(names, once, "{}", errors[0]);
    assert!(names.contains(&"areas") && names.contains(&"regions"), "{}", errors[0]);
}

#[test]
fn look_alike_letters_are_shown_as_codes_beside_the_word_they_imitate() {
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", "name: Millbrook\nnation: W\u{430}les\n"),
        (
            "assessments/millbrook/2024.yaml",
            "assessed_on: 2024-03-31\n\u{455}ummary: x\nｓｔａｔｕｓ: draft\nstatus: publ\u{456}shed\npointers:\n  l\u{456}ving-map:\n    score: 2\nparticipants:\n  - { role: \u{43e}ther, count: 2 }\n",
        ),
    ]);
    let out = site.aba(&["check"]);
    let errors = errors(&out);
    for (word, shown) in [
        ("`\u{455}ummary`", "\\u{455}ummary"),
        ("`ｓｔａｔｕｓ`", "\\u{ff53}\\u{ff54}\\u{ff41}\\u{ff54}\\u{ff55}\\u{ff53}"),
        ("`publ\u{456}shed`", "publ\\u{456}shed"),
        ("\"l\u{456}ving-map\"", "l\\u{456}ving-map"),
        ("`\u{43e}ther`", "\\u{43e}ther"),
        ("`W\u{430}les`", "W\\u{430}les"),
    ] {
        assert!(
            errors.iter().any(|e| e.contains(word) && e.contains(&format!("(it is written `{shown}`, with "))),
            "{word}: {errors:#?}"
        );
    }
}

#[test]
fn yaml_mistakes_are_told_in_the_writers_terms() {
    let cases = [
        ("summary: *intro\n", "2:10: the alias `*intro` names no anchor `&intro` before it"),
        ("pointers:\n\tliving-map:\n", "3:1: this line is indented with a tab; indent with spaces, not tabs"),
        ("summary: \"never closed\n", "the file ends inside a quote, or inside a `[` or `{` that is never closed"),
        ("pointers: [a, b\n", "3:1: a `[` before this is not closed with `]`"),
        ("reviewed_by: { name: x\n", "3:1: a `{` before this is not closed with `}`"),
        (
            "pointers:\n  living-map:\n    score: 2\n   target: 3\n",
            "5:4: this line is not in line with the lines above it",
        ),
        (
            "pointers:\n  living-map:\n    score: ３\n",
            "4:12: the score is written with full-width digits (`３`); write `3`",
        ),
    ];
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA)]);
    for (body, want) in cases {
        site.write("assessments/millbrook/2024.yaml", &format!("assessed_on: 2024-03-31\n{body}"));
        let out = site.aba(&["check"]);
        let errors = errors(&out);
        assert_eq!(errors.len(), 1, "{body:?}: {errors:#?}");
        assert!(errors[0].contains(want), "{body:?}: {} lacks {want:?}", errors[0]);
        assert!(!errors[0].contains("not valid YAML"), "{}", errors[0]);
    }
}
