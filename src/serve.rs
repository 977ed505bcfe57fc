//! `aba serve`: the same pipeline as `build`, kept in memory and served on
//! loopback; a change to the site's files rebuilds it, and open pages reload.
//! While the input has errors the last good build is still served, and open
//! pages show the errors over the top.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use crate::load::ParseCache;
use crate::render::{Pages, Previous};
use crate::{Mode, Options, ServeState, run};

/// Events come in bursts when an editor saves; wait this long for quiet.
const QUIET: Duration = Duration::from_millis(12);
const EVENTS: &str = "__aba/events";

pub struct Config {
    pub root: PathBuf,
    pub host: String,
    pub port: u16,
    pub drafts: bool,
    pub open: bool,
}

/// What the server shows: the last good build, and the errors of the latest attempt.
struct State {
    pages: Arc<Pages>,
    base: String,
    build: u64,
    /// Every rebuild, good or bad, so open pages hear of each.
    attempt: u64,
    errors: Vec<String>,
}

type Shared = Arc<(Mutex<State>, Condvar)>;

pub fn serve(config: Config) -> Result<(), String> {
    let addr = format!("{}:{}", config.host, config.port);
    let listener = TcpListener::bind(&addr).map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let bound = listener.local_addr().map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    // tiny_http reads a request's whole head before anyone sees it, with no
    // limit: it listens on loopback only, behind `front`, which reads each
    // head with a limit and hands on only those within it.
    let server = tiny_http::Server::http("127.0.0.1:0").map_err(|e| format!("cannot listen on 127.0.0.1: {e}"))?;
    let inner = server.server_addr().to_ip().ok_or("the server has no IP address")?;

    let shared: Shared = Arc::new((
        Mutex::new(State { pages: Arc::new(Pages::new()), base: "/".into(), build: 0, attempt: 0, errors: vec![] }),
        Condvar::new(),
    ));
    // Watch before the first build, so that no save after it goes unseen.
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        if let Ok(event) = res
            && counts(&event)
        {
            let new_folder = adds_a_folder(&event);
            let _ = tx.send((Instant::now(), event.paths, new_folder));
        }
    })
    .map_err(|e| format!("cannot watch files: {e}"))?;
    watch(&mut watcher, &config.root);
    let cache = Arc::new(ParseCache::default());
    let memo = Arc::new(crate::check::Memo::default());
    let theme = Arc::new(crate::ThemeMemo::default());
    let memos = (&cache, &memo, &theme);
    let mut previous = rebuild(&config.root, config.drafts, &shared, memos, None).0;
    let base = shared.0.lock().map(|s| s.base.clone()).unwrap_or_else(|_| "/".into());
    let url = format!("http://{bound}{base}");
    if !is_loopback(&bound) {
        eprintln!("warning: serving on {bound}: anyone on your network can see this preview");
    }
    // A closed terminal must not stop the server: write errors are ignored.
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "Serving the site at {url}");
    let _ = writeln!(out, "Watching {} for changes. Press Ctrl-C to stop.", config.root.display());
    let _ = out.flush();
    drop(out);
    if config.open {
        open_browser(&url);
    }

    let root = config.root.clone();
    let drafts = config.drafts;
    let watched = Arc::clone(&shared);
    std::thread::spawn(move || {
        let roots =
            [root.join("assessments"), root.canonicalize().unwrap_or_else(|_| root.clone()).join("assessments")];
        // Whether every path of a burst is an assessment: then the parse cache
        // need only read those files again.
        let in_assessments =
            |paths: &[PathBuf]| !paths.is_empty() && paths.iter().all(|p| roots.iter().any(|a| p.starts_with(a)));
        while let Ok((first, paths, new_folder)) = rx.recv() {
            // Drain the burst: several files saved together make one rebuild.
            let mut only_assessments = in_assessments(&paths);
            let mut changed = paths;
            let mut new_folders = new_folder;
            loop {
                match rx.recv_timeout(QUIET) {
                    Ok((_, paths, new_folder)) => {
                        only_assessments &= in_assessments(&paths);
                        changed.extend(paths);
                        new_folders |= new_folder;
                    }
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            }
            // A folder created since the start (themes/, a new area) is
            // watched too, with what was made in it before it was watched.
            // Walking every folder again costs a tenth of a rebuild at 400
            // areas: only a burst that made or moved in a folder does it.
            if new_folders {
                watch(&mut watcher, &root);
            }
            cache.changed(&roots, only_assessments.then_some(changed));
            let (kept, done) = rebuild(&root, drafts, &watched, (&cache, &memo, &theme), previous.clone());
            let ms = (done - first).as_millis();
            let _ = match kept {
                Some(_) => writeln!(std::io::stderr(), "rebuilt in {ms} ms after the change"),
                None => writeln!(
                    std::io::stderr(),
                    "not rebuilt ({ms} ms after the change): the pages served are the last good build's until the errors above are put right"
                ),
            };
            if let Some(kept) = kept {
                // The build before is large: let it go off the path to the next rebuild.
                let old = previous.replace(kept);
                std::thread::spawn(move || drop(old));
            }
        }
    });

    std::thread::spawn(move || front(listener, inner));
    let saver = Arc::new(crate::save::Saver::new(&config.root, config.drafts, bound));
    for request in server.incoming_requests() {
        let (shared, saver) = (Arc::clone(&shared), Arc::clone(&saver));
        std::thread::spawn(move || respond(request, &shared, &saver));
    }
    Ok(())
}

fn watch(watcher: &mut notify::RecommendedWatcher, root: &Path) {
    let _ = watcher.watch(root, RecursiveMode::NonRecursive);
    for dir in ["content", "assessments", "themes"] {
        let path = root.join(dir);
        if path.is_dir() {
            let _ = watcher.watch(&path, RecursiveMode::Recursive);
        }
    }
}

/// Whether `event` may have made a folder that is not watched yet: a folder
/// created, or moved or renamed into place (the watcher names the new path;
/// a rename may come as one event or two), or events lost. A file saved,
/// even through a temporary file renamed over it, is not.
fn adds_a_folder(event: &notify::Event) -> bool {
    use notify::EventKind::{Any, Create, Modify, Other};
    use notify::event::{CreateKind, ModifyKind};
    match event.kind {
        Create(CreateKind::File) => false,
        // Events lost (the queue overflowed), or of a kind not known: walk again.
        Create(_) | Any | Other => true,
        Modify(ModifyKind::Name(_)) | Modify(ModifyKind::Any) => event.paths.iter().any(|p| p.is_dir()),
        _ => false,
    }
}

/// Whether a file event starts a rebuild. Reading files (our own rebuild
/// does) is not a change; an event without paths is notify saying events
/// were lost, which counts as a change of anything.
fn counts(event: &notify::Event) -> bool {
    !event.kind.is_access() && (event.paths.is_empty() || event.paths.iter().any(|p| is_input(p)))
}

/// Editor swap and backup files, and the output, do not count as changes.
fn is_input(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let ignored = name.starts_with(".#")
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name == "4913"
        || name.starts_with(".public")
        // At the top of the site (the only level watched there): the output and tools' folders.
        || matches!(name, "public" | "target" | ".git" | "node_modules");
    !ignored
}

fn is_loopback(addr: &SocketAddr) -> bool {
    addr.ip().is_loopback()
}

fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let _ = std::process::Command::new(opener).arg(url).spawn();
}

/// What is kept from one rebuild to the next: parsed files, checked areas, the theme.
type Memos<'a> = (&'a Arc<ParseCache>, &'a Arc<crate::check::Memo>, &'a Arc<crate::ThemeMemo>);

/// Runs the pipeline; a good build replaces what is served, a bad one only reports.
/// `previous` is the last good build, whose pages are carried over where
/// their contexts are unchanged. Returns the new build to keep, and when
/// open pages were told to reload.
fn rebuild(
    root: &Path,
    drafts: bool,
    shared: &Shared,
    (cache, memo, theme): Memos,
    previous: Option<Arc<Previous>>,
) -> (Option<Arc<Previous>>, Instant) {
    let (lock, changed) = &**shared;
    let state = ServeState {
        live_reload: RELOAD_SCRIPT.to_owned(),
        previous,
        cache: Arc::clone(cache),
        memo: Arc::clone(memo),
        theme: Arc::clone(theme),
    };
    let options = Options { drafts, base_url: None, mode: Mode::Serve(Box::new(state)) };
    let outcome = run(root, &options);
    drop(options);
    report_for_serve(&outcome);
    let mut kept = None;
    let mut state = lock.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    state.attempt += 1;
    match (outcome.rendered, outcome.site) {
        (Some(rendered), site) => {
            state.base = site.config.base_url.clone();
            let (pages, previous) = rendered.into_previous();
            state.pages = pages;
            state.build += 1;
            state.errors.clear();
            kept = Some(Arc::new(previous));
        }
        _ => {
            state.errors = outcome.diagnostics.iter().filter(|d| d.is_error()).map(ToString::to_string).collect();
        }
    }
    changed.notify_all();
    let done = Instant::now();
    drop(state);
    // The outcome (thousands of warnings, say) is let go after the reload is sent.
    std::thread::spawn(move || drop(outcome.diagnostics));
    (kept, done)
}

/// Errors in full, as `aba check` prints them; warnings as a count, since a
/// large network has thousands and they do not change with each save.
fn report_for_serve(outcome: &crate::Outcome) {
    let mut err = std::io::BufWriter::new(std::io::stderr().lock());
    for d in outcome.diagnostics.iter().filter(|d| d.is_error()) {
        let _ = writeln!(err, "{d}");
    }
    let _ = writeln!(err, "{} (run `aba check` to list the warnings)", outcome.summary);
    let _ = err.flush();
}

/// The script `serve` adds to every page: reload on a new build, show errors over the page.
const RELOAD_SCRIPT: &str = r#"<script>
(function () {
  var build = null;
  // For the worksheet's "Save to the site": the key of this run of aba serve.
  window.abaServe = { secret: "__ABA_SECRET__", save: "__ABA_BASE____aba/save" };
  var es = new EventSource("__ABA_BASE____aba/events");
  function overlay(errors) {
    var o = document.getElementById("aba-errors");
    if (!errors) { if (o) o.remove(); return; }
    if (!o) {
      o = document.createElement("div"); o.id = "aba-errors"; o.setAttribute("role", "alert");
      o.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:99;background:#fff;color:#0b0c0c;border-top:6px solid #d4351c;padding:1rem 1.5rem;font:16px/1.4 system-ui,sans-serif;box-shadow:0 -4px 12px rgba(0,0,0,.3)";
      document.body.appendChild(o);
    }
    o.textContent = "";
    var h = document.createElement("h2"); h.textContent = "The site could not be rebuilt: " + errors.length + (errors.length === 1 ? " error" : " errors");
    h.style.cssText = "margin:0 0 .5rem;font-size:1.25rem";
    var p = document.createElement("p"); p.textContent = "You are seeing the last good version. Fix the files below and save: this page will update by itself.";
    var ul = document.createElement("ul"); ul.style.cssText = "font-family:ui-monospace,monospace;font-size:14px;padding-left:1.2rem";
    errors.forEach(function (e) { var li = document.createElement("li"); li.textContent = e; ul.appendChild(li); });
    o.appendChild(h); o.appendChild(p); o.appendChild(ul);
  }
  // The first "ok" is the build this page came from; a later, different one is news.
  // A page that keeps what is typed in it (the worksheet) sets abaServe.stay.
  es.addEventListener("ok", function (e) {
    if (build === null) build = e.data;
    if (e.data !== build && !window.abaServe.stay) location.reload(); else { build = e.data; overlay(null); }
  });
  es.addEventListener("errors", function (e) { overlay(JSON.parse(e.data)); });
})();
</script>
"#;

/// The longest request line, and all headers together, a request may have.
const MAX_URL: usize = 8 * 1024;
const MAX_HEADERS: usize = 32 * 1024;
/// Connections open at once; more are answered 503 and closed.
const MAX_CONNECTIONS: usize = 256;
/// How long a client may take to send a request's head.
const HEAD_TIME: Duration = Duration::from_secs(30);
static CONNECTIONS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The door every connection comes in by. Each connection's request line and
/// headers are read here, at most `MAX_URL` and `MAX_HEADERS` bytes, and a
/// head over either is answered 414 or 431 without reading more. A head
/// within them is handed on to tiny_http (`inner`) with `Connection: close`,
/// so that each connection carries one request, and every head is read here;
/// then the bytes are passed on both ways as they come (a save's body, the
/// answer, an event stream).
fn front(listener: TcpListener, inner: SocketAddr) {
    use std::sync::atomic::Ordering::SeqCst;
    struct Open;
    impl Drop for Open {
        fn drop(&mut self) {
            CONNECTIONS.fetch_sub(1, SeqCst);
        }
    }
    for client in listener.incoming() {
        let Ok(mut client) = client else { continue };
        let open = Open;
        if CONNECTIONS.fetch_add(1, SeqCst) >= MAX_CONNECTIONS {
            let _ = client.write_all(&refusal(503));
            continue;
        }
        std::thread::spawn(move || {
            let _open = open;
            pass_on(client, inner);
        });
    }
}

/// An answer with no body that closes the connection.
fn refusal(status: u16) -> Vec<u8> {
    let reason = match status {
        414 => "URI Too Long",
        431 => "Request Header Fields Too Large",
        _ => "Service Unavailable",
    };
    format!("HTTP/1.1 {status} {reason}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").into_bytes()
}

/// One connection: its head read within the limits, then handed on.
fn pass_on(mut client: TcpStream, inner: SocketAddr) {
    let _ = client.set_read_timeout(Some(HEAD_TIME));
    let (head, rest) = match read_head(&mut client) {
        Ok(Some(read)) => read,
        Ok(None) => return,
        Err(status) => {
            let _ = client.write_all(&refusal(status));
            let _ = client.shutdown(std::net::Shutdown::Write);
            return;
        }
    };
    let _ = client.set_read_timeout(None);
    let Ok(mut server) = TcpStream::connect(inner) else { return };
    if server.write_all(&one_request(&head)).and_then(|_| server.write_all(&rest)).is_err() {
        return;
    }
    let (Ok(mut from_client), Ok(mut to_server)) = (client.try_clone(), server.try_clone()) else { return };
    std::thread::spawn(move || {
        let _ = std::io::copy(&mut from_client, &mut to_server);
    });
    let _ = std::io::copy(&mut server, &mut client);
    let _ = client.shutdown(std::net::Shutdown::Both);
    let _ = server.shutdown(std::net::Shutdown::Both);
}

/// A request's head, and the bytes read after it.
type Head = (Vec<u8>, Vec<u8>);

/// Reads a request's head (up to and with its empty line) and any bytes
/// read after it. `Ok(None)` when the client goes before sending one;
/// `Err(414)` or `Err(431)` as soon as the request line or the head is
/// longer than allowed: no more is read.
fn read_head(client: &mut impl Read) -> Result<Option<Head>, u16> {
    let mut buf = Vec::with_capacity(4096);
    let mut chunk = [0u8; 4096];
    let mut searched: usize = 0;
    loop {
        let n = match client.read(&mut chunk) {
            Ok(0) | Err(_) => return Ok(None),
            Ok(n) => n,
        };
        buf.extend_from_slice(&chunk[..n]);
        let line_end = memchr::memchr(b'\n', &buf);
        if line_end.unwrap_or(buf.len()) > MAX_URL {
            return Err(414);
        }
        // The headers, after the request line, may take `MAX_HEADERS`.
        let limit = line_end.unwrap_or(0) + MAX_HEADERS;
        // The head ends at its first empty line (`\r\n\r\n`, or bare `\n\n`).
        let from = searched.saturating_sub(3);
        let end = memchr::memchr_iter(b'\n', &buf[from..]).map(|i| from + i).find(|&i| {
            let before = &buf[..i];
            before.ends_with(b"\n") || before.ends_with(b"\n\r")
        });
        if let Some(end) = end {
            let rest = buf.split_off(end + 1);
            if buf.len() > limit {
                return Err(431);
            }
            return Ok(Some((buf, rest)));
        }
        searched = buf.len();
        if buf.len() > limit {
            return Err(431);
        }
    }
}

/// The head with its `Connection` headers replaced by `Connection: close`.
fn one_request(head: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(head.len() + 20);
    let mut lines = head.split_inclusive(|b| *b == b'\n');
    out.extend_from_slice(lines.next().unwrap_or_default());
    for line in lines {
        let name = line.split(|b| *b == b':').next().unwrap_or_default();
        if line.trim_ascii().is_empty() {
            break;
        }
        if name.trim_ascii().eq_ignore_ascii_case(b"connection")
            || name.trim_ascii().eq_ignore_ascii_case(b"keep-alive")
        {
            continue;
        }
        out.extend_from_slice(line);
    }
    out.extend_from_slice(b"Connection: close\r\n\r\n");
    out
}
/// Open pages each keep one event stream; more than this is not a browser's doing.
const MAX_STREAMS: usize = 64;
static STREAMS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn respond(request: tiny_http::Request, shared: &Shared, saver: &crate::save::Saver) {
    let (pages, base) = {
        let s = shared.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        (Arc::clone(&s.pages), s.base.clone())
    };
    let raw = request.url().split(['?', '#']).next().unwrap_or("/").to_owned();
    let Some(path) = percent_decode(&raw) else {
        let _ = request.respond(not_found(&pages));
        return;
    };
    if path == format!("{base}{}", crate::save::SAVE) {
        saver.respond(request);
        return;
    }
    if !matches!(request.method(), tiny_http::Method::Get | tiny_http::Method::Head) {
        let _ = request.respond(tiny_http::Response::empty(405).with_header(header("Allow", "GET, HEAD")));
        return;
    }
    if path == format!("{base}{EVENTS}") {
        events(request, shared);
        return;
    }
    if path == "/" && base != "/" {
        let _ = request.respond(redirect(&base));
        return;
    }
    let Some(rel) = path.strip_prefix(base.as_str()) else {
        let _ = request.respond(not_found(&pages));
        return;
    };
    // No input can reach outside the site: pages are looked up in memory, and
    // anything that even looks like a way out is refused.
    if rel.split('/').any(|seg| seg == ".." || seg == ".") || rel.contains(['\\', '\0']) {
        let _ = request.respond(not_found(&pages));
        return;
    }
    let file = if rel.is_empty() || rel.ends_with('/') { format!("{rel}index.html") } else { rel.to_owned() };
    match pages.get(&file) {
        Some(bytes) => {
            let body = if file.ends_with(".html") { saver.fill_secret(bytes, &request) } else { bytes.to_vec() };
            let response = tiny_http::Response::from_data(body)
                .with_header(header("Content-Type", content_type(&file)))
                .with_header(header("Cache-Control", "no-store"));
            let _ = request.respond(response);
        }
        None if pages.contains_key(&format!("{file}/index.html")) => {
            let _ = request.respond(redirect(&format!("{path}/")));
        }
        None => {
            let _ = request.respond(not_found(&pages));
        }
    }
}

/// Server-sent events: the current state at once, then each change.
fn events(request: tiny_http::Request, shared: &Shared) {
    struct Open;
    impl Drop for Open {
        fn drop(&mut self) {
            STREAMS.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
        }
    }
    let _open = Open;
    if STREAMS.fetch_add(1, std::sync::atomic::Ordering::SeqCst) >= MAX_STREAMS {
        let _ = request.respond(tiny_http::Response::from_string("too many open pages").with_status_code(503));
        return;
    }
    let mut w = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n";
    if w.write_all(head.as_bytes()).and_then(|_| w.flush()).is_err() {
        return;
    }
    let (lock, changed) = &**shared;
    let mut seen: Option<u64> = None;
    loop {
        let message = {
            let Ok(state) = lock.lock() else { return };
            let state = if seen == Some(state.attempt) {
                match changed.wait_timeout(state, Duration::from_secs(15)) {
                    Ok((s, _)) => s,
                    Err(_) => return,
                }
            } else {
                state
            };
            if seen == Some(state.attempt) {
                // Nothing new: a comment keeps the connection alive and finds closed clients.
                ": ping\n\n".to_owned()
            } else {
                seen = Some(state.attempt);
                if state.errors.is_empty() {
                    format!("event: ok\ndata: {}\n\n", state.build)
                } else {
                    let json = serde_json::to_string(&state.errors).unwrap_or_else(|_| "[]".into());
                    format!("event: errors\ndata: {json}\n\n")
                }
            }
        };
        if w.write_all(message.as_bytes()).and_then(|_| w.flush()).is_err() {
            return;
        }
    }
}

fn header(name: &str, value: &str) -> tiny_http::Header {
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("static header is valid")
}

fn redirect(to: &str) -> tiny_http::Response<std::io::Empty> {
    tiny_http::Response::empty(301).with_header(header("Location", to))
}

fn not_found(pages: &Pages) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let body = pages.get("404.html").map(|b| b.to_vec()).unwrap_or_else(|| b"Not found".to_vec());
    tiny_http::Response::from_data(body)
        .with_status_code(404)
        .with_header(header("Content-Type", "text/html; charset=utf-8"))
}

fn content_type(file: &str) -> &'static str {
    match file.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "csv" => "text/csv; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// `%2e%2E` and friends decoded, so that encoded `..` is refused like the plain one.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_and_refuses_bad_escapes() {
        assert_eq!(percent_decode("/a%20b/").as_deref(), Some("/a b/"));
        assert_eq!(percent_decode("/%2e%2E/x").as_deref(), Some("/../x"));
        assert_eq!(percent_decode("/%zz"), None);
        assert_eq!(percent_decode("/%e2"), None, "not UTF-8");
    }

    #[test]
    fn heads_are_read_within_their_limits_and_passed_on_with_connection_close() {
        let read = |bytes: &[u8]| read_head(&mut std::io::Cursor::new(bytes.to_vec()));
        let (head, rest) = read(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\nbody").unwrap().unwrap();
        assert_eq!(rest, b"body");
        assert_eq!(one_request(&head), b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assert_eq!(read(b"GET / HTTP/1.0\n\n").unwrap().unwrap().0, b"GET / HTTP/1.0\n\n");
        assert_eq!(read(b"GET / HTTP/1.1\r\nHost"), Ok(None), "the client went");
        let long = [b"GET /".as_slice(), &[b'a'; MAX_URL]].concat();
        assert_eq!(read(&long), Err(414));
        let big = [b"GET / HTTP/1.1\r\nX: ".as_slice(), &[b'b'; MAX_HEADERS]].concat();
        assert_eq!(read(&big), Err(431));
        let many = [b"GET / HTTP/1.1\r\n".as_slice(), &b"X: y\r\n".repeat(MAX_HEADERS / 4), b"\r\n"].concat();
        assert_eq!(read(&many), Err(431));
    }

    /// A reader that never ends: `read_head` must stop by itself.
    struct Endless;
    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            buf.fill(b'x');
            Ok(buf.len())
        }
    }

    #[test]
    fn an_endless_head_is_refused_after_the_limit() {
        assert_eq!(read_head(&mut Endless), Err(414));
    }

    #[test]
    fn only_a_folder_made_or_moved_in_has_the_folders_walked_again() {
        use notify::event::{CreateKind, DataChange, ModifyKind, RenameMode};
        use notify::{Event, EventKind};
        let dir = std::env::temp_dir();
        let file = dir.join("aba-serve-no-such-file.yaml");
        let event = |kind, path: &Path| Event::new(kind).add_path(path.to_owned());
        assert!(!adds_a_folder(&event(EventKind::Create(CreateKind::File), &file)));
        assert!(!adds_a_folder(&event(EventKind::Modify(ModifyKind::Data(DataChange::Any)), &file)));
        assert!(!adds_a_folder(&event(EventKind::Modify(ModifyKind::Name(RenameMode::To)), &file)));
        assert!(adds_a_folder(&event(EventKind::Create(CreateKind::Folder), &dir)));
        assert!(adds_a_folder(&event(EventKind::Modify(ModifyKind::Name(RenameMode::To)), &dir)));
        assert!(adds_a_folder(&event(EventKind::Other, &file)), "events lost");
        // notify's word that its queue overflowed names no path.
        let lost = Event::new(EventKind::Other);
        assert!(counts(&lost) && adds_a_folder(&lost), "events lost start a rebuild that walks again");
    }

    #[test]
    fn editor_files_are_not_changes() {
        assert!(is_input(Path::new("assessments/a/2024.yaml")));
        assert!(!is_input(Path::new("assessments/a/.2024.yaml.swp")));
        assert!(!is_input(Path::new("assessments/a/2024.yaml~")));
        assert!(!is_input(Path::new("content/.#about.md")));
        assert!(!is_input(Path::new("/site/public")));
        assert!(
            is_input(Path::new("/home/me/public/site/assessments/a/2024.yaml")),
            "a site inside a folder named public"
        );
    }
}
