//! "Save to the site" under `aba serve`: the real binary on a free loopback
//! port, and requests as a browser (or a hostile page) would send them.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use common::*;

fn start(site: &Site) -> Server {
    site.serve()
}

/// One HTTP/1.1 request; `Host` is the server's own unless `headers` gives one.
fn send(server: &Server, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> (u16, String) {
    let mut s = TcpStream::connect(&server.addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut head = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
        head.push_str(&format!("Host: {}\r\n", server.addr));
    }
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).unwrap();
    // A refused body may not be read at all: the answer still comes.
    let _ = s.write_all(body);
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let text = String::from_utf8_lossy(&buf).into_owned();
    let status = text.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
    (status, body)
}

/// The secret, as the served worksheet page carries it.
fn secret(server: &Server) -> String {
    let (status, page) = send(server, "GET", "/worksheet/", &[], b"");
    assert_eq!(status, 200);
    let at = page.find("secret: \"").expect("served pages carry the save key") + "secret: \"".len();
    let key = page[at..at + page[at..].find('"').unwrap()].to_owned();
    assert_eq!(key.len(), 64, "{key}");
    key
}

fn body(files: &[(&str, &str, Option<&str>)]) -> String {
    let files: Vec<serde_json::Value> =
        files.iter().map(|(path, text, base)| serde_json::json!({"path": path, "text": text, "base": base})).collect();
    serde_json::json!({ "files": files }).to_string()
}

fn save(server: &Server, key: &str, files: &[(&str, &str, Option<&str>)]) -> (u16, String) {
    let host = server.addr.clone();
    let origin = format!("http://{host}");
    let headers = [("Content-Type", "application/json"), ("X-Aba-Secret", key), ("Origin", origin.as_str())];
    send(server, "POST", "/__aba/save", &headers, body(files).as_bytes())
}

const NEW: &str = "assessed_on: 2026-04-01\nparticipants:\n  - { role: people with lived experience, count: 7 }\npointers:\n  living-map:\n    votes: [3, 3, 2]\n";

#[test]
fn saving_writes_the_files_and_answers_with_the_check() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    let server = start(&site);
    let key = secret(&server);
    let (status, answer) = save(
        &server,
        &key,
        &[("assessments/fenwick/2026.yaml", NEW, None), ("assessments/fenwick/area.yaml", "name: Fenwick\n", None)],
    );
    assert_eq!(status, 200, "{answer}");
    assert_eq!(site.read("assessments/fenwick/2026.yaml"), NEW);
    assert_eq!(site.read("assessments/fenwick/area.yaml"), "name: Fenwick\n");
    let json: serde_json::Value = serde_json::from_str(&answer).unwrap();
    assert_eq!(json["errors"], 0);
    assert_eq!(json["saved"][0]["hash"], aba::save::hash(NEW.as_bytes()));
    let texts: Vec<&str> =
        json["diagnostics"].as_array().unwrap().iter().map(|d| d["text"].as_str().unwrap()).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("warning: assessments/fenwick/2026.yaml:1:1: not assessed: power-to-citizens")),
        "{texts:?}"
    );
    assert!(!texts.iter().any(|t| t.contains("millbrook")), "only the saved area's warnings: {texts:?}");
    let leftovers: Vec<_> = std::fs::read_dir(site.path().join("assessments/fenwick")).unwrap().flatten().collect();
    assert_eq!(leftovers.len(), 2, "no temporary files are left behind");

    // A file with a mistake is saved, and the check says what is wrong, as `aba check` would.
    let broken = NEW.replace("votes: [3, 3, 2]", "score: 9");
    let (status, answer) =
        save(&server, &key, &[("assessments/fenwick/2026.yaml", &broken, Some(&aba::save::hash(NEW.as_bytes())))]);
    assert_eq!(status, 200, "{answer}");
    assert!(answer.contains("error: assessments/fenwick/2026.yaml:6:12: the score 9 is not on the scale"), "{answer}");
}

#[test]
fn saving_is_refused_without_the_secret_from_another_host_or_origin_and_over_1_mb() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    let server = start(&site);
    let key = secret(&server);
    let files = body(&[("assessments/fenwick/2026.yaml", NEW, None)]);
    let json = ("Content-Type", "application/json");
    let origin = format!("http://{}", server.addr);
    let refused = |status: u16, headers: &[(&str, &str)], what: &str| {
        let (got, answer) = send(&server, "POST", "/__aba/save", headers, files.as_bytes());
        assert_eq!(got, status, "{what}: {answer}");
        assert!(!site.exists("assessments/fenwick/2026.yaml"), "{what}: nothing is written");
        answer
    };
    let answer = refused(403, &[json], "no secret");
    assert!(answer.contains("does not match this run of aba serve"), "{answer}");
    refused(403, &[json, ("X-Aba-Secret", "0123")], "a wrong secret");
    refused(403, &[json, ("X-Aba-Secret", &key[..63])], "most of the secret");
    // DNS rebinding: a page of evil.example that resolves to 127.0.0.1 sends its own name.
    let port = server.addr.rsplit(':').next().unwrap();
    let evil = format!("evil.example:{port}");
    refused(403, &[json, ("X-Aba-Secret", &key), ("Host", &evil)], "another host name");
    refused(403, &[json, ("X-Aba-Secret", &key), ("Origin", "http://evil.example")], "another site's page");
    refused(403, &[json, ("X-Aba-Secret", &key), ("Origin", "null")], "a page from a file");
    // Pages asked for by another name do not carry the secret at all.
    let (status, page) = send(&server, "GET", "/worksheet/", &[("Host", &evil)], b"");
    assert_eq!(status, 200);
    assert!(page.contains("secret: \"\""), "the page's secret is left empty");
    assert!(!page.contains(&key));

    let big = "x".repeat(aba::save::MAX_BODY + 10);
    let huge = body(&[("assessments/fenwick/2026.yaml", &big, None)]);
    let headers = [json, ("X-Aba-Secret", key.as_str()), ("Origin", origin.as_str())];
    let (status, answer) = send(&server, "POST", "/__aba/save", &headers, huge.as_bytes());
    assert_eq!(status, 413, "{answer}");
    assert!(!site.exists("assessments/fenwick/2026.yaml"));
    // With the secret, the same request is saved.
    let (status, answer) = send(&server, "POST", "/__aba/save", &headers, files.as_bytes());
    assert_eq!(status, 200, "{answer}");
    assert_eq!(site.read("assessments/fenwick/2026.yaml"), NEW);
}

#[test]
fn saving_writes_only_area_and_assessment_files_inside_assessments() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    let before = site.read("assessments/millbrook/area.yaml");
    let server = start(&site);
    let key = secret(&server);
    for path in [
        "site.yaml",
        "content/_index.md",
        "themes/default/templates/base.html",
        "assessments/../site.yaml",
        "assessments/millbrook/../../site.yaml",
        "assessments/..%2f..%2fsite.yaml",
        "assessments/../../outside.yaml",
        "/tmp/outside.yaml",
        "assessments/millbrook/notes.yaml",
        "assessments/Millbrook/2026.yaml",
        "assessments/millbrook/2026.yaml.tmp",
        "assessments/millbrook/sub/2026.yaml",
    ] {
        let (status, answer) = save(&server, &key, &[(path, "name: Hacked\n", None)]);
        assert_eq!(status, 400, "{path}: {answer}");
        assert!(answer.contains("only assessments/FOLDER/area.yaml or assessments/FOLDER/PERIOD.yaml"), "{answer}");
    }
    assert!(!site.exists("site.yaml") && !site.path().join("../outside.yaml").exists());
    assert_eq!(site.read("assessments/millbrook/area.yaml"), before);
}

#[cfg(unix)]
#[test]
fn saving_never_follows_a_link_out_of_assessments() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    let server = start(&site);
    let key = secret(&server);
    let outside = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(outside.path(), site.path().join("assessments/elsewhere")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("x.yaml"), site.path().join("assessments/millbrook/2026.yaml"))
        .unwrap();
    let (status, answer) = save(&server, &key, &[("assessments/elsewhere/2026.yaml", NEW, None)]);
    assert_eq!(status, 403, "{answer}");
    let (status, answer) = save(&server, &key, &[("assessments/millbrook/2026.yaml", NEW, None)]);
    assert_eq!(status, 403, "{answer}");
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0, "nothing was written through the links");
}

#[test]
fn saving_is_refused_when_the_file_changed_on_disk_since_it_was_opened() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    let server = start(&site);
    let key = secret(&server);
    let opened = aba::save::hash(GOOD.as_bytes());
    let mine = GOOD.replace("score: 3", "score: 4");
    // Someone else edits the file after the page opened it.
    let theirs = GOOD.replace("A map kept by residents.", "Edited by hand.");
    site.write("assessments/millbrook/2024.yaml", &theirs);
    let (status, answer) = save(&server, &key, &[("assessments/millbrook/2024.yaml", &mine, Some(&opened))]);
    assert_eq!(status, 409, "{answer}");
    assert!(answer.contains("assessments/millbrook/2024.yaml"), "{answer}");
    assert!(answer.contains("Download your version instead"), "{answer}");
    assert_eq!(site.read("assessments/millbrook/2024.yaml"), theirs, "their edit is kept");
    // A page that did not open the file cannot overwrite it either.
    let (status, _) = save(&server, &key, &[("assessments/millbrook/2024.yaml", &mine, None)]);
    assert_eq!(status, 409);
    // Two files: if one is refused, neither is written.
    let (status, _) = save(
        &server,
        &key,
        &[("assessments/millbrook/2025.yaml", NEW, None), ("assessments/millbrook/2024.yaml", &mine, Some(&opened))],
    );
    assert_eq!(status, 409);
    assert!(!site.exists("assessments/millbrook/2025.yaml"));
    // With the hash of what is on disk now, the save goes through.
    let (status, answer) =
        save(&server, &key, &[("assessments/millbrook/2024.yaml", &mine, Some(&aba::save::hash(theirs.as_bytes())))]);
    assert_eq!(status, 200, "{answer}");
    assert_eq!(site.read("assessments/millbrook/2024.yaml"), mine);
}

#[test]
fn serve_answers_only_get_and_head_except_the_save() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    let server = start(&site);
    assert_eq!(send(&server, "POST", "/areas/millbrook/", &[], b"x").0, 405);
    assert_eq!(send(&server, "DELETE", "/", &[], b"").0, 405);
    assert_eq!(send(&server, "PUT", "/assessments/millbrook/2024.yaml", &[], b"x").0, 405);
    assert_eq!(send(&server, "GET", "/__aba/save", &[], b"").0, 405);
    assert_eq!(send(&server, "HEAD", "/", &[], b"").0, 200);
    let long = format!("/{}", "a".repeat(10_000));
    assert_eq!(send(&server, "GET", &long, &[], b"").0, 414);
    let big = "b".repeat(40_000);
    assert_eq!(send(&server, "GET", "/", &[("X-Big", &big)], b"").0, 431);
    assert_eq!(send(&server, "GET", "/", &[], b"").0, 200, "still serving");
}

#[test]
fn serve_caps_the_open_event_streams() {
    let site = Site::new(&[("assessments/millbrook/area.yaml", AREA), ("assessments/millbrook/2024.yaml", GOOD)]);
    let server = start(&site);
    let open = |n: usize| -> Vec<(TcpStream, String)> {
        (0..n)
            .map(|_| {
                let mut s = TcpStream::connect(&server.addr).unwrap();
                s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
                write!(s, "GET /__aba/events HTTP/1.1\r\nHost: {}\r\n\r\n", server.addr).unwrap();
                let mut reader = BufReader::new(s.try_clone().unwrap());
                let mut status = String::new();
                reader.read_line(&mut status).unwrap();
                (s, status)
            })
            .collect()
    };
    let first = open(64);
    assert!(first.iter().all(|(_, status)| status.contains(" 200 ")), "{:?}", first[0].1);
    let more = open(1);
    assert!(more[0].1.contains(" 503 "), "one stream too many: {}", more[0].1);
    assert_eq!(send(&server, "GET", "/", &[], b"").0, 200, "pages are still served");
}
