//! `aba check`: every mistake gets an error naming the file, line and column,
//! with what would be right; warnings do not fail; exit codes as SPEC §2.

mod common;

use common::*;

/// Runs `aba check` on a site with one assessment file and returns (exit code, stderr).
fn check_assessment(yaml: &str) -> (i32, String) {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2018.yaml", yaml)]);
    let out = site.aba(&["check"]);
    (code(&out), stderr(&out))
}

#[test]
fn the_example_network_has_no_errors() {
    let site = Site::example();
    let out = site.aba(&["check"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("0 errors"));
    assert!(!site.exists("public"), "check writes nothing");
}

#[test]
fn unknown_pointer_names_the_nearest_id() {
    let (code, err) = check_assessment("assessed_on: 2018-03-31\npointers:\n  living-maps:\n    score: 3\n");
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "error: assessments/millbrook/2018.yaml:3:3: unknown pointer \"living-maps\"; did you mean \"living-map\"?"
        ),
        "{err}"
    );
}

#[test]
fn unknown_keys_suggest_the_known_one() {
    let (code, err) = check_assessment(
        "assessed_on: 2018-03-31\npointers:\n  living-map:\n    score: 3\n    evidance:\n      - A map\n",
    );
    assert_eq!(code, 1);
    assert!(err.contains("assessments/millbrook/2018.yaml:5:5: unknown key `evidance`"), "{err}");
    assert!(err.contains("did you mean `evidence`?"), "{err}");
}

#[test]
fn values_off_the_scale_are_errors_at_their_line() {
    let (code, err) = check_assessment(
        "assessed_on: 2018-03-31\npointers:\n  living-map:\n    score: 5\n    votes: [2, 7]\n    target: -1\n",
    );
    assert_eq!(code, 1);
    assert!(err.contains("2018.yaml:4:12: the score 5 is not on the scale; use one of 0, 1, 2, 3, 4"), "{err}");
    assert!(err.contains("2018.yaml:5:16: the vote 7 is not on the scale"), "{err}");
    assert!(err.contains("2018.yaml:6:13: the target -1 is not on the scale"), "{err}");
    assert!(err.contains("3 errors"), "every error is reported, with a count: {err}");
}

#[test]
fn impossible_dates_and_bad_statuses_and_links() {
    let (code, err) = check_assessment(
        "assessed_on: 2018-02-30
pointers:
  living-map:
    score: 2
    evidence:
      - { text: Map, link: \"javascript:alert(1)\" }
    next_steps:
      - { action: Train staff, status: finished }
",
    );
    assert_eq!(code, 1);
    assert!(err.contains("2018.yaml:1:14: `2018-02-30` is not a real date"), "{err}");
    assert!(err.contains("the link `javascript:alert(1)` is not allowed"), "{err}");
    assert!(err.contains(":6:"), "the link error is on its line: {err}");
    assert!(err.contains("`finished` is not a next-step status"), "{err}");
}

#[test]
fn yaml_syntax_errors_give_the_parsers_position() {
    let (code, err) =
        check_assessment("assessed_on: 2018-03-31\npointers:\n  living-map:\n    score: 3\n   evidence: [\n");
    assert_eq!(code, 1);
    assert!(
        err.contains("error: assessments/millbrook/2018.yaml:5:4: this line is not in line with the lines above it"),
        "{err}"
    );
}

#[test]
fn a_file_that_is_not_utf8_or_is_empty() {
    let site =
        Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2019.yaml", "\n# nothing\n")]);
    std::fs::write(site.path().join("assessments/millbrook/2018.yaml"), b"assessed_on: 2018-03-31\nsummary: caf\xe9\n")
        .unwrap();
    let out = site.aba(&["check"]);
    let err = stderr(&out);
    assert_eq!(code(&out), 1);
    assert!(err.contains("assessments/millbrook/2018.yaml:2:13: this file is not UTF-8 text"), "{err}");
    assert!(err.contains("assessments/millbrook/2019.yaml:1:1: this file is empty"), "{err}");
}

#[test]
fn folder_and_file_names_are_checked() {
    let site = Site::new(&[
        ("assessments/Tally Bridge/area.yaml", "name: Tally Bridge\n"),
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2018-3.yaml", GOOD),
        ("assessments/saxby/2020.yaml", GOOD),
    ]);
    let out = site.aba(&["check"]);
    let err = stderr(&out);
    assert_eq!(code(&out), 1);
    assert!(err.contains("the folder name `Tally Bridge` cannot be used in a web address"), "{err}");
    assert!(err.contains("`tally-bridge`"), "{err}");
    assert!(err.contains("assessments/millbrook/2018-3.yaml: `2018-3` is not a period"), "{err}");
    assert!(err.contains("assessments/saxby/area.yaml: this area has no area.yaml"), "{err}");
}

#[test]
fn area_files_need_a_name_and_a_known_nation() {
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", "kind: Borough\nnation: Englnd\nwebsite: ftp://x\n"),
        ("assessments/millbrook/2024.yaml", GOOD),
    ]);
    let err = stderr(&site.aba(&["check"]));
    assert!(err.contains("assessments/millbrook/area.yaml:1:1: area.yaml has no `name`"), "{err}");
    assert!(err.contains("area.yaml:2:9: `Englnd` is not a nation aba knows; did you mean `England`?"), "{err}");
    assert!(err.contains("area.yaml:3:10: the website `ftp://x` is not a web address"), "{err}");
}

#[test]
fn participant_roles_are_from_the_list() {
    let (code, err) = check_assessment(
        "assessed_on: 2018-03-31\nparticipants:\n  - { role: family carer, count: 5 }\n  - role: leaders\n    count: -2\n",
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("2018.yaml:3:13: `family carer` is not a participant role; did you mean `family carers`?"),
        "{err}"
    );
    assert!(err.contains("2018.yaml:4:11: `leaders` is not a participant role"), "{err}");
    assert!(err.contains("2018.yaml:5:12: `count` cannot be negative"), "{err}");
}

#[test]
fn errors_are_sorted_by_file_and_line() {
    let site = Site::new(&[
        ("assessments/b-area/area.yaml", "name: B\n"),
        (
            "assessments/b-area/2020.yaml",
            "assessed_on: 2020-01-01\npointers:\n  living-map: { score: 9 }\n  whole-systm: { score: 1 }\n",
        ),
        ("assessments/a-area/area.yaml", "name: A\nnation: Mars\n"),
    ]);
    let err = stderr(&site.aba(&["check"]));
    let lines: Vec<&str> = err.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(lines.len(), 3, "{err}");
    assert!(lines[0].contains("a-area/area.yaml:2"));
    assert!(lines[1].contains("b-area/2020.yaml:3"));
    assert!(lines[2].contains("b-area/2020.yaml:4"));
    assert!(err.trim_end().ends_with("3 errors and 1 warning") || err.contains("3 errors and"), "{err}");
}

#[test]
fn warnings_do_not_fail_and_say_what_is_worth_knowing() {
    let (code, err) = check_assessment(
        "assessed_on: 2019-12-01
participants:
  - { role: senior leaders, count: 4 }
pointers:
  living-map:
    score: 2
    evidence:
      - { text: Old survey, date: 2018-01-01 }
    next_steps:
      - { action: Publish the map, due: 2019-01-31, status: in progress }
",
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("warning: assessments/millbrook/2018.yaml:1:1: not assessed: power-to-citizens"), "{err}");
    assert!(err.contains("no people with lived experience took part"), "{err}");
    assert!(err.contains("2018.yaml:8:7: evidence dated 2018-01-01 was more than 18 months old"), "{err}");
    assert!(
        err.contains("2018.yaml:10:7: the next step \"Publish the map\" was due on 2019-01-31 and is not done"),
        "{err}"
    );
}

#[test]
fn the_framework_itself_is_checked() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    site.write("content/pointers/01-a.md", "---\nid: a\nnumber: 1\ntitle: A\nlevels:\n  0: x\n  7: y\n---\nBody\n");
    site.write("content/pointers/02-b.md", "---\nid: a\nnumber: 3\ntitle: B\n---\n");
    site.write("content/pointers/03-c.md", "---\nid: c\nnumber: 3\ntitel: C\n---\n");
    site.write("site.yaml", "title: X\nbase_ur: /x/\n");
    let err = stderr(&site.aba(&["check"]));
    assert!(err.contains("content/pointers/01-a.md:7:3: level 7 is not on the scale"), "{err}");
    assert!(
        err.contains("content/pointers/01-a.md:5:1: `levels` does not say what level 1, 2, 3, 4 looks like"),
        "{err}"
    );
    assert!(
        err.contains("content/pointers/02-b.md:2:5: the pointer id `a` is also used by content/pointers/01-a.md"),
        "{err}"
    );
    assert!(err.contains("content/pointers/03-c.md:4:1: unknown key `titel`"), "{err}");
    assert!(err.contains("site.yaml:2:1: unknown key `base_ur` in site.yaml; did you mean `base_url`?"), "{err}");
}

#[test]
fn usage_errors_exit_2_and_input_errors_exit_1() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    assert_eq!(code(&site.aba(&["frobnicate"])), 2);
    assert_eq!(code(&site.aba(&["build", "--nope"])), 2);
    assert_eq!(code(&site.aba(&["check", "--root", "does-not-exist"])), 2);
    assert_eq!(code(&site.aba(&["check"])), 0);
}

#[test]
fn broken_internal_links_are_errors_naming_where_they_were_written() {
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        (
            "assessments/millbrook/2024.yaml",
            "assessed_on: 2024-03-31\npointers:\n  living-map:\n    score: 2\n    strengths: |\n      Fine.\n\n      See [the map](/areas/nowhere/).\n",
        ),
        (
            "content/about.md",
            "---\ntitle: About\n---\nGood: [pointers](/pointers/) and [a level](/pointers/living-map/#levels).\n\nBad: [a part](/pointers/living-map/#no-such-part).\n",
        ),
    ]);
    site.write("themes/default/templates/404.html", "{% extends \"base.html\" %}{% block main %}<h1>Lost</h1><a href=\"{{ site.base_url }}missing/\">x</a>{% endblock main %}");
    let out = site.aba(&["check"]);
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{err}");
    assert!(
        err.contains(
            "error: assessments/millbrook/2024.yaml:8:11: broken link `/areas/nowhere/`: no page has that address"
        ),
        "{err}"
    );
    assert!(err.contains("error: content/about.md:6:6: broken link `/pointers/living-map/#no-such-part`: that page has no part with the id `no-such-part`"), "{err}");
    assert!(err.contains("error: (page) 404.html: broken link `/missing/` made by the theme"), "{err}");
    assert!(!err.contains("#levels"), "a good anchor is not reported: {err}");
}

#[test]
fn a_pointer_assessed_twice_is_an_error_at_the_second() {
    let (code, err) = check_assessment(
        "assessed_on: 2018-03-31\npointers:\n  living-map:\n    score: 3\n  living-map:\n    score: 1\n",
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("error: assessments/millbrook/2018.yaml:5:3: the pointer \"living-map\" is assessed twice in this file (first on line 3)"),
        "{err}"
    );
    assert!(err.contains("each key may appear only once"), "{err}");
}

#[test]
fn gaps_in_pointer_numbers_and_a_malformed_scale_are_errors() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    let levels = "levels:\n  0: a\n  1: b\n  2: c\n  3: d\n  4: e\n";
    site.write(
        "content/pointers/01-living-map.md",
        &format!("---\nid: living-map\nnumber: 1\ntitle: A\n{levels}---\n"),
    );
    site.write("content/pointers/03-other.md", &format!("---\nid: other\nnumber: 3\ntitle: C\n{levels}---\n"));
    site.write("site.yaml", "scale:\n  - { value: 0, label: None }\n  - { value: 0, label: Some }\n");
    let err = stderr(&site.aba(&["check"]));
    assert!(err.contains("content/pointers/03-other.md:2:1: no pointer has number 2"), "{err}");
    assert!(err.contains("site.yaml:1:1: two levels of the scale have the same value"), "{err}");
}

#[test]
fn a_template_that_fails_to_render_names_its_file_and_line() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    site.write(
        "themes/default/templates/404.html",
        "{% extends \"base.html\" %}\n{% block main %}\n<h1>Lost</h1>\n{{ no_such_thing.field }}\n{% endblock main %}",
    );
    let out = site.aba(&["check"]);
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{err}");
    assert!(err.contains("error: themes/default/templates/404.html:4:"), "{err}");
    assert!(err.contains("template `404.html`"), "{err}");
}

#[test]
fn check_reports_exactly_what_build_reports_about_the_input() {
    // check renders only a sample of the pages; every file is still read and
    // judged, so its report equals build's (which then writes the site).
    let site = Site::example();
    let file = "assessments/millbrook/2025.yaml";
    site.write(file, &site.read(file).replacen("score: 3", "score: 7", 1));
    let checked = site.aba(&["check"]);
    let built = site.aba(&["build"]);
    assert_eq!(code(&checked), 1);
    assert_eq!(code(&built), 1);
    let report = |o: &std::process::Output| -> Vec<String> {
        stderr(o).lines().filter(|l| l.starts_with("error:") || l.starts_with("warning:")).map(String::from).collect()
    };
    assert!(report(&checked).iter().any(|l| l.contains("2025.yaml") && l.contains("not on the scale")));
    assert!(report(&checked).iter().filter(|l| l.starts_with("warning:")).count() > 3, "the example has warnings");
    assert_eq!(report(&checked), report(&built));
}

/// A network reviewing files by pull request sees each problem on its line:
/// `--format github` prints workflow annotations, `--format json` one object
/// a line, both on standard output; the exit code is the same as ever.
#[test]
fn check_prints_annotations_or_json_lines_for_tools() {
    let bad = "assessed_on: 2024-03-31\npointers:\n  living-maps: { score: 2 }\n";
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", bad)]);
    let out = site.aba(&["check", "--format", "github"]);
    assert_eq!(code(&out), 1);
    let annotations = stdout(&out);
    assert!(
        annotations.lines().any(|l| l
            .starts_with("::error file=assessments/millbrook/2024.yaml,line=3,col=3::unknown pointer \"living-maps\"")),
        "{annotations}"
    );
    assert!(annotations.lines().all(|l| l.starts_with("::")), "{annotations}");
    let out = site.aba(&["check", "--format", "json"]);
    assert_eq!(code(&out), 1);
    let error = stdout(&out).lines().find(|l| l.contains("\"error\"")).unwrap().to_owned();
    assert!(error.contains("\"file\":\"assessments/millbrook/2024.yaml\",\"line\":3,\"column\":3"), "{error}");
    assert!(error.contains("\"hint\":\"did you mean \\\"living-map\\\"?\""), "{error}");
    assert_eq!(code(&site.aba(&["check", "--format", "xml"])), 2, "an unknown format is a usage error");
}

#[test]
fn a_story_without_consent_is_refused_at_its_line() {
    let (code, err) = check_assessment(
        "assessed_on: 2018-03-31\nstories:\n  - text: The map found my street's lunch club.\n    from: a family carer\n\
         pointers:\n  living-map:\n    score: 3\n    stories:\n      - { text: I run the lunch club., from: a volunteer, consent: false }\n",
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(
            "error: assessments/millbrook/2018.yaml:3:3: this story has no `consent: true`, so it cannot be published"
        ),
        "the story is named at its first line: {err}"
    );
    assert!(err.contains("add `consent: true` once the person it is from has agreed"), "{err}");
    assert!(
        err.contains("2018.yaml:9:68: this story is marked `consent: false`"),
        "a pointer's story is refused too, at its `consent`: {err}"
    );
    assert!(err.contains("2 errors"), "{err}");
}

#[test]
fn a_story_with_consent_passes_and_a_name_needs_named() {
    let story = |from: &str, named: &str| {
        format!(
            "assessed_on: 2018-03-31\nstories:\n  - text: The map found my street's lunch club.\n    from: {from}\n    consent: true\n{named}"
        )
    };
    let (code, err) = check_assessment(&story("a family carer", ""));
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("looks like a person's name"), "{err}");
    let (code, err) = check_assessment(&story("Maria Lopez", ""));
    assert_eq!(code, 0, "a possible name is a warning, not an error: {err}");
    assert!(
        err.contains("warning: assessments/millbrook/2018.yaml:4:11: `from: Maria Lopez` looks like a person's name"),
        "{err}"
    );
    assert!(err.contains("add `named: true` if they agreed to be named"), "{err}");
    let (_, err) = check_assessment(&story("Maria Lopez", "    named: true\n"));
    assert!(!err.contains("looks like a person's name"), "named: true says they agreed: {err}");
    let (code, err) = check_assessment("assessed_on: 2018-03-31\nstories:\n  - { from: a carer, consent: yes }\n");
    assert_eq!(code, 1);
    assert!(err.contains("2018.yaml:3:3: this story has no `text`"), "{err}");
    assert!(err.contains("`consent` should be true or false, not text"), "{err}");
}

#[test]
fn next_review_is_a_date_and_contact_an_address_or_page() {
    let (status, err) = check_assessment("assessed_on: 2018-03-31\nnext_review: 2019-02-30\n");
    assert_eq!(status, 1);
    assert!(err.contains("2018.yaml:2:14: `2019-02-30` is not a real date"), "{err}");
    for (contact, ok) in [
        ("assessments@millbrook.gov.uk", true),
        ("mailto:assessments@millbrook.gov.uk", true),
        ("https://www.millbrook.gov.uk/abc", true),
        ("ring the council", false),
        ("javascript:alert(1)", false),
    ] {
        let site = Site::new(&[
            ("assessments/millbrook/area.yaml", &format!("{AREA}contact: {contact}\n")),
            ("assessments/millbrook/2018.yaml", "assessed_on: 2018-03-31\n"),
        ]);
        let out = site.aba(&["check"]);
        assert_eq!(code(&out) == 0, ok, "{contact}: {}", stderr(&out));
        if !ok {
            assert!(stderr(&out).contains("area.yaml:4:10: the contact"), "{}", stderr(&out));
        }
    }
}

#[test]
fn participant_roles_come_from_the_framework_content() {
    let roles = "roles:\n  - { role: people who use services, lived_experience: true }\n  - { role: neighbours }\n";
    let assessment = "assessed_on: 2018-03-31\nparticipants:\n  - { role: neighbours, count: 4 }\n  - { role: family carers, count: 2 }\n";
    let site = Site::new(&[
        ("content/roles.yaml", roles),
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2018.yaml", assessment),
    ]);
    let out = site.aba(&["check"]);
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{err}");
    assert!(err.contains("2018.yaml:4:13: `family carers` is not a participant role"), "{err}");
    assert!(!err.contains("`neighbours` is not"), "{err}");
    assert!(
        err.contains("warning: assessments/millbrook/2018.yaml:2:1: no people with lived experience took part"),
        "{err}"
    );
    // Without roles.yaml the default list stands, with people who do not use services.
    let (status, err) = check_assessment(
        "assessed_on: 2018-03-31\nparticipants:\n  - { role: people who do not currently use services, count: 3 }\n",
    );
    assert_eq!(status, 0, "{err}");
    let site = Site::new(&[
        ("content/roles.yaml", "roles:\n  - { role: carers, lived_experience: maybe }\n  - { role: carers }\n"),
        ("assessments/millbrook/area.yaml", AREA),
    ]);
    let err = stderr(&site.aba(&["check"]));
    assert!(err.contains("content/roles.yaml:2:39: `lived_experience` should be true or false"), "{err}");
    assert!(err.contains("content/roles.yaml:3:3: the role `carers` is listed twice"), "{err}");
}

/// A blank name or text would leave out what it names without a word (an
/// area with `name: ""` vanished from every page and the open data): each
/// is an error where it is written.
#[test]
fn blank_names_and_texts_are_errors_where_they_are_written() {
    let assessment = "assessed_on: 2024-03-31\nparticipants:\n  - { role: people with lived experience, count: 5 }\npointers:\n  living-map:\n    score: 3\n    evidence:\n      - { text: \"  \", link: \"https://example.org/map\" }\n    next_steps:\n      - { action: \"\", due: 2025-01-31 }\nstories:\n  - { text: \"We met.\", from: \" \", consent: true }\n";
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", "name: \"   \"\nnation: England\n"),
        ("assessments/millbrook/2024.yaml", assessment),
    ]);
    let out = site.aba(&["check"]);
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{err}");
    for error in [
        "error: assessments/millbrook/area.yaml:1:7: the `name` of area.yaml is empty",
        "error: assessments/millbrook/2024.yaml:8:17: the `text` of this evidence item is empty",
        "error: assessments/millbrook/2024.yaml:10:19: the `action` of this next step is empty",
        "error: assessments/millbrook/2024.yaml:12:30: the `from` of this story is empty",
    ] {
        assert!(err.contains(error), "{error}\n{err}");
    }
    // Written as plain lines, too.
    let lines = "assessed_on: 2024-03-31\npointers:\n  living-map:\n    score: 3\n    evidence: [\"\", \"   \", A real item]\n    next_steps:\n      - \"\"\n      - A real step\n";
    site.write("assessments/millbrook/area.yaml", AREA);
    site.write("assessments/millbrook/2024.yaml", lines);
    let err = stderr(&site.aba(&["check"]));
    assert!(err.contains("2024.yaml:5:16: this evidence item is empty"), "{err}");
    assert!(err.contains("2024.yaml:5:20: this evidence item is empty"), "{err}");
    assert!(err.contains("2024.yaml:7:7: this next step is empty"), "{err}");
    // `name: ~` is no name at all, as before.
    site.write("assessments/millbrook/area.yaml", "name: ~\nnation: England\n");
    assert!(stderr(&site.aba(&["check"])).contains("area.yaml:1:1: area.yaml has no `name`"));
}

/// An assessment dated after today would be shown as done, and as the area's
/// latest: check warns, unless it is a draft.
#[test]
fn an_assessment_dated_after_today_is_warned_of() {
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2098.yaml", &GOOD.replace("2024-03-31", "2098-06-01")),
        ("assessments/millbrook/2099.yaml", &format!("status: draft\n{}", GOOD.replace("2024-03-31", "2099-06-01"))),
    ]);
    let out = site.aba(&["check"]);
    let err = stderr(&out);
    assert_eq!(code(&out), 0, "{err}");
    assert!(
        err.contains(
            "warning: assessments/millbrook/2098.yaml:1:1: this assessment is dated 2098-06-01, a day still to come"
        ),
        "{err}"
    );
    assert!(!err.contains("2099-06-01, a day"), "{err}");
}

/// A number read as text is said to be in quotes only when it is: `03` and
/// `1e400` are not, and `.nan` is not a number.
#[test]
fn numbers_written_as_text_are_named_as_written() {
    let (_, err) = check_assessment(
        "assessed_on: 2018-03-31\npointers:\n  living-map:\n    score: 03\n  power-to-citizens:\n    score: \"3\"\n  connection-test:\n    score: 1e400\n  social-value:\n    score: .nan\n",
    );
    for message in [
        "2018.yaml:4:12: the score is written `03`; write `3`",
        "2018.yaml:6:12: the score is written in quotes, as text (`\"3\"`); write it without the quotes: `3`",
        "2018.yaml:8:12: the score `1e400` is far too large",
        "2018.yaml:10:12: the score `.nan` is not a number",
    ] {
        assert!(err.contains(message), "{message}\n{err}");
    }
}

/// A date written day first, as in the UK, is given back year first.
#[test]
fn a_date_written_day_first_is_given_back_year_first() {
    let (status, err) = check_assessment("assessed_on: 31/03/2018\n");
    assert_eq!(status, 1);
    assert!(
        err.contains(
            "2018.yaml:1:14: `31/03/2018` is not a real date; write dates as YYYY-MM-DD, year first: `2018-03-31`"
        ),
        "{err}"
    );
    let (_, err) = check_assessment("assessed_on: 31 March 2018\n");
    assert!(err.contains("is not a real date; write dates as YYYY-MM-DD, for example 2018-03-31"), "{err}");
}
