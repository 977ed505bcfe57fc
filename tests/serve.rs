//! `aba serve`: the real binary on a free loopback port, edited while it runs.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::*;

fn start(site: &Site) -> Server {
    site.serve()
}

/// A plain HTTP/1.0 GET: (status, body).
fn get(server: &Server, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(&server.addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(s, "GET {path} HTTP/1.0\r\nHost: x\r\n\r\n").unwrap();
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let text = String::from_utf8_lossy(&buf).into_owned();
    let status = text.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
    (status, body)
}

/// Polls until `check` holds, for up to ten seconds.
fn eventually(what: &str, mut check: impl FnMut() -> bool) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if check() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("timed out waiting for: {what}");
}

/// The first server-sent event after connecting: the current state.
fn first_event(server: &Server) -> String {
    let mut s = TcpStream::connect(&server.addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(s, "GET {}__aba/events HTTP/1.1\r\nHost: x\r\n\r\n", server.base).unwrap();
    let mut reader = BufReader::new(s);
    let mut event = String::new();
    let mut line = String::new();
    while reader.read_line(&mut line).unwrap_or(0) > 0 {
        if line.starts_with("event:") || line.starts_with("data:") {
            event.push_str(&line);
        }
        if (line == "\r\n" || line == "\n") && !event.is_empty() {
            break;
        }
        line.clear();
    }
    event
}

#[test]
fn serve_rebuilds_on_change_keeps_the_last_good_site_and_recovers() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    let server = start(&site);
    let (status, page) = get(&server, "/areas/millbrook/");
    assert_eq!(status, 200);
    assert!(page.contains("A map kept by residents."));
    assert!(page.contains("EventSource"), "serve adds the reload script");

    site.write(
        "assessments/millbrook/2024.yaml",
        &GOOD.replace("A map kept by residents.", "Residents run the map now."),
    );
    eventually("the edited page is served", || {
        get(&server, "/areas/millbrook/").1.contains("Residents run the map now.")
    });

    site.write("assessments/millbrook/2024.yaml", "assessed_on: 2024-03-31\npointers:\n  living-map: { score: 9 }\n");
    eventually("the error is reported to open pages", || first_event(&server).contains("event: errors"));
    let event = first_event(&server);
    assert!(event.contains("assessments/millbrook/2024.yaml:3:"), "{event}");
    assert!(event.contains("not on the scale"), "{event}");
    assert!(
        get(&server, "/areas/millbrook/").1.contains("Residents run the map now."),
        "the last good build is still served"
    );

    site.write("assessments/millbrook/2024.yaml", GOOD);
    eventually("recovery after the fix", || first_event(&server).contains("event: ok"));
    assert!(get(&server, "/areas/millbrook/").1.contains("A map kept by residents."));

    // A new area folder is picked up too.
    site.write("assessments/tally-bridge/area.yaml", "name: Tally Bridge\n");
    site.write("assessments/tally-bridge/2024.yaml", GOOD);
    eventually("the new area's page", || get(&server, "/areas/tally-bridge/").0 == 200);
}

/// The terminal says a save was not built while the site has errors, and
/// rebuilt once they are put right.
#[test]
fn the_terminal_says_when_a_save_was_not_built() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    let log = site.path().join("serve.log");
    let server = site.serve_telling(std::fs::File::create(&log).unwrap());
    let said = || std::fs::read_to_string(&log).unwrap_or_default();
    site.write("assessments/millbrook/2024.yaml", "assessed_on: 2024-03-31\npointers:\n  living-map: { score: 9 }\n");
    eventually("the error is reported to open pages", || first_event(&server).contains("event: errors"));
    eventually("the terminal says so", || said().contains("not rebuilt ("));
    assert!(!said().contains("rebuilt in"), "{}", said());
    assert!(said().contains("the pages served are the last good build's"), "{}", said());
    site.write("assessments/millbrook/2024.yaml", GOOD);
    eventually("recovery after the fix", || first_event(&server).contains("event: ok"));
    eventually("the terminal says it was rebuilt", || said().contains("rebuilt in "));
}

#[test]
fn serve_never_serves_a_file_outside_the_site() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    site.write("secret.txt", "do not serve");
    let server = start(&site);
    for path in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/areas/../../secret.txt",
        "/..%5csecret.txt",
        "/assessments/millbrook/2024.yaml",
        "/%zz",
    ] {
        let (status, body) = get(&server, path);
        assert_eq!(status, 404, "{path}: {}", &body[..body.len().min(300)]);
        assert!(!body.contains("do not serve"), "{path}");
    }
    assert_eq!(get(&server, "/").0, 200, "still serving after hostile requests");
    assert_eq!(get(&server, "/no-such-page/").0, 404);
    assert_eq!(get(&server, "/areas/millbrook").0, 301, "a folder without its slash is redirected");
}

#[test]
fn serve_uses_the_base_url_path_like_the_published_site() {
    let site = Site::new(&[
        ("site.yaml", "base_url: /aba/\n"),
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", GOOD),
    ]);
    let server = start(&site);
    assert_eq!(server.base, "/aba/");
    let (status, page) = get(&server, "/aba/areas/millbrook/");
    assert_eq!(status, 200);
    assert!(page.contains("href=\"/aba/static/style.css\""));
    assert!(page.contains("new EventSource(\"/aba/__aba/events\")"));
    assert_eq!(get(&server, "/areas/millbrook/").0, 404);
    assert!(first_event(&server).contains("event: ok"));
}

/// The served page with the live-reload script taken out again.
fn without_reload_script(page: &str) -> String {
    match page.find("<script>\n(function () {\n  var build = null;") {
        Some(start) => {
            let end = start + page[start..].find("</script>\n").unwrap() + "</script>\n".len();
            format!("{}{}", &page[..start], &page[end..])
        }
        None => page.to_owned(),
    }
}

#[test]
fn a_rebuild_that_reuses_unchanged_areas_serves_exactly_what_build_writes() {
    let site = Site::new(&[
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", GOOD),
        ("assessments/tally-bridge/area.yaml", "name: Tally Bridge\nregion: North West\nnation: England\n"),
        ("assessments/tally-bridge/2024.yaml", "assessed_on: 2024-05-01\npointers:\n  living-map: { score: 1 }\n"),
        ("assessments/ashcombe/area.yaml", "name: Ashcombe\nregion: South West\nnation: England\n"),
        ("assessments/ashcombe/2024.yaml", "assessed_on: 2024-05-01\npointers:\n  living-map: { score: 2 }\n"),
    ]);
    let server = start(&site);
    let same_as_a_full_build = |when: &str| {
        let _ = std::fs::remove_dir_all(site.path().join("full"));
        assert_eq!(code(&site.aba(&["build", "--out", "full"])), 0);
        let full = snapshot(&site.path().join("full"));
        assert!(full.len() > 30, "{} files", full.len());
        for (path, bytes) in &full {
            if path == ".aba-output" {
                continue;
            }
            let url = format!("/{}", path.strip_suffix("index.html").unwrap_or(path));
            let (status, body) = get(&server, &url);
            assert_eq!(status, 200, "{url}");
            assert_eq!(
                without_reload_script(&body),
                String::from_utf8_lossy(bytes),
                "{when}: {url} differs from a full build"
            );
        }
    };
    // Ashcombe moves above Millbrook: Tally Bridge's learn-from changes, Millbrook's pages do not.
    site.write("assessments/ashcombe/2024.yaml", "assessed_on: 2024-05-01\npointers:\n  living-map: { score: 4 }\n");
    eventually("the edit is served", || get(&server, "/areas/ashcombe/").1.contains("Embedded"));
    same_as_a_full_build("after the first edit");
    // Then another area changes, on another pointer: the areas and pages the
    // first rebuild made are themselves carried over now.
    site.write(
        "assessments/tally-bridge/2024.yaml",
        "assessed_on: 2024-05-01\npointers:\n  living-map: { score: 1 }\n  power-to-citizens: { score: 3 }\n",
    );
    eventually("the second edit is served", || get(&server, "/areas/tally-bridge/").1.contains("chip level-3"));
    same_as_a_full_build("after the second edit");
}

/// Waits until every file a fresh `aba build` writes is served with the same
/// bytes (less the live-reload script), and every address in `gone` is not
/// served at all.
fn serves_what_build_writes(site: &Site, server: &Server, when: &str, gone: &[&str]) {
    let _ = std::fs::remove_dir_all(site.path().join("full"));
    let built = site.aba(&["build", "--out", "full"]);
    assert_eq!(code(&built), 0, "{when}: {}", stderr(&built));
    let full = snapshot(&site.path().join("full"));
    assert!(full.len() > 30, "{} files", full.len());
    let differences = || {
        let mut differ: Vec<String> = full
            .iter()
            .filter(|(path, _)| *path != ".aba-output")
            .filter_map(|(path, bytes)| {
                let url = format!("/{}", path.strip_suffix("index.html").unwrap_or(path));
                let (status, body) = get(server, &url);
                (status != 200 || without_reload_script(&body) != String::from_utf8_lossy(bytes)).then_some(url)
            })
            .collect();
        differ.extend(gone.iter().filter(|url| get(server, url).0 != 404).map(|url| format!("{url} (still served)")));
        differ
    };
    let start = Instant::now();
    loop {
        let differ = differences();
        if differ.is_empty() {
            return;
        }
        assert!(start.elapsed() < Duration::from_secs(15), "{when}: served pages differ from a full build: {differ:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Every kind of edit a user makes while `aba serve` runs: after each, every
/// page served is the page a fresh `aba build` writes, byte for byte.
#[test]
fn serve_equals_build_after_every_kind_of_edit() {
    // With a public address, so that the feeds and the sitemap are made (and compared) too.
    let site = Site::new(&[
        ("site.yaml", "url: https://aba.example.org/\n"),
        ("assessments/millbrook/area.yaml", AREA),
        ("assessments/millbrook/2024.yaml", GOOD),
        ("assessments/millbrook/2025.yaml", &format!("status: draft\n{}", GOOD.replace("2024-03-31", "2025-03-31"))),
        ("assessments/tally-bridge/area.yaml", "name: Tally Bridge\nregion: North West\nnation: England\n"),
        ("assessments/tally-bridge/2024.yaml", "assessed_on: 2024-05-01\npointers:\n  living-map: { score: 1 }\n"),
        ("assessments/ashcombe/area.yaml", "name: Ashcombe\nregion: South West\nnation: England\n"),
        ("assessments/ashcombe/2024.yaml", "assessed_on: 2024-05-01\npointers:\n  living-map: { score: 2 }\n"),
    ]);
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for entry in walkdir::WalkDir::new(repo.join("content")).into_iter().flatten().filter(|e| e.file_type().is_file()) {
        let rel = entry.path().strip_prefix(repo).unwrap().to_string_lossy().into_owned();
        site.write(&rel, &std::fs::read_to_string(entry.path()).unwrap());
    }
    let server = start(&site);
    serves_what_build_writes(&site, &server, "at the start", &[]);

    let edit = |path: &str, from: &str, to: &str| {
        let text = site.read(path);
        assert!(text.contains(from), "{path} has no {from:?}");
        site.write(path, &text.replacen(from, to, 1));
    };
    edit("assessments/tally-bridge/area.yaml", "Tally Bridge", "Tally Bridge and Wend");
    serves_what_build_writes(&site, &server, "an area's name changed", &[]);

    edit("assessments/ashcombe/area.yaml", "South West", "North West");
    serves_what_build_writes(&site, &server, "an area moved to another region", &["/regions/south-west/"]);

    site.write("assessments/coldmere/area.yaml", "name: Coldmere\nregion: Wales\nnation: Wales\n");
    site.write("assessments/coldmere/2023.yaml", "assessed_on: 2023-06-01\npointers:\n  social-value: { score: 3 }\n");
    serves_what_build_writes(&site, &server, "a new area added", &[]);

    std::fs::remove_dir_all(site.path().join("assessments/coldmere")).unwrap();
    serves_what_build_writes(&site, &server, "an area folder deleted", &["/areas/coldmere/", "/regions/wales/"]);

    edit("assessments/millbrook/2025.yaml", "status: draft", "status: published");
    serves_what_build_writes(&site, &server, "a draft published", &[]);

    // Ashcombe becomes an area the others can learn from (made with people
    // with lived experience, its evidence trusted): Tally Bridge's page,
    // whose files did not change, suggests it now.
    assert!(!get(&server, "/areas/tally-bridge/").1.contains("/areas/ashcombe/"));
    site.write(
        "assessments/ashcombe/2024.yaml",
        "assessed_on: 2024-05-01\nparticipants:\n  - { role: people with lived experience, count: 2 }\npointers:\n  living-map: { score: 4, confidence: high }\n",
    );
    serves_what_build_writes(&site, &server, "an area became one to learn from", &[]);
    assert!(get(&server, "/areas/tally-bridge/").1.contains("/areas/ashcombe/"));

    edit("content/pointers/01-living-map.md", "\n---\n", "\n---\n\nA sentence added while serving.\n");
    serves_what_build_writes(&site, &server, "a pointer's Markdown edited", &[]);

    let about = site.read("content/about.md");
    site.write("content/about.md", &format!("{about}\nA paragraph added while serving.\n"));
    serves_what_build_writes(&site, &server, "a content page edited", &[]);

    site.write(
        "site.yaml",
        "title: Our network\nurl: https://aba.example.org/\nscale:\n  - { value: 0, label: Not yet }\n  - { value: 1, label: Starting }\n  - { value: 2, label: Growing }\n  - { value: 3, label: Rooted }\n  - { value: 4, label: Embedded }\n",
    );
    serves_what_build_writes(&site, &server, "site.yaml's title and scale labels changed", &[]);

    let base = std::fs::read_to_string(repo.join("themes/default/templates/base.html")).unwrap();
    site.write("themes/default/templates/base.html", &base.replacen("<body", "<body data-override=\"yes\"", 1));
    serves_what_build_writes(&site, &server, "a template override added", &[]);
    assert!(get(&server, "/").1.contains("data-override"));

    std::fs::remove_file(site.path().join("themes/default/templates/base.html")).unwrap();
    serves_what_build_writes(&site, &server, "a template override removed", &[]);
    assert!(!get(&server, "/").1.contains("data-override"));

    site.write("themes/default/static/extra.css", "body { margin: 0 }\n");
    serves_what_build_writes(&site, &server, "a static file added", &[]);
    assert_eq!(get(&server, "/static/extra.css").0, 200);

    let settings = site.read("site.yaml");
    site.write("site.yaml", &format!("{settings}languages: [en, cy]\n"));
    serves_what_build_writes(&site, &server, "a second language added", &[]);

    // The Welsh title shows on the Welsh pages of every area.
    edit("content/pointers/01-living-map.cy.md", "title: Map byw o asedau lleol", "title: Map byw o'n hasedau");
    serves_what_build_writes(&site, &server, "a pointer's translation edited", &[]);
    assert!(get(&server, "/cy/areas/millbrook/").1.contains("Map byw o&#39;n hasedau"));
}

/// A folder made while serving (a theme, a new area) is watched: a file
/// edited in it later is seen, though nothing else changes then.
#[test]
fn files_in_a_folder_made_while_serving_are_watched() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    let server = start(&site);
    site.write("themes/default/static/extra.css", "body { margin: 0 }\n");
    eventually("the new theme file is served", || get(&server, "/static/extra.css").1.contains("margin: 0"));
    site.write("themes/default/static/extra.css", "body { margin: 1rem }\n");
    eventually("the edit in the new folder is served", || get(&server, "/static/extra.css").1.contains("margin: 1rem"));
    std::fs::create_dir(site.path().join("assessments/ashcombe")).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    site.write("assessments/ashcombe/area.yaml", "name: Ashcombe\nregion: South West\nnation: England\n");
    eventually("the area made in the new folder is served", || get(&server, "/areas/ashcombe/").0 == 200);
}
