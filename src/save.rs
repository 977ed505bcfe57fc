//! "Save to the site": under `aba serve`, the worksheet page writes an area's
//! `area.yaml` and an assessment's `PERIOD.yaml` straight into
//! `assessments/FOLDER/`, then runs the same check as `aba check` and answers
//! with its diagnostics.
//!
//! Safe by design:
//! - only when the server listens on loopback, to a client on loopback, with
//!   the `Host` (and `Origin`, when sent) of this server: a web page on
//!   another site, or one that rebinds its name to 127.0.0.1, is refused;
//! - with a secret made fresh for each run of `aba serve`, which only pages
//!   served by it carry, sent with every save;
//! - only into `assessments/FOLDER/` (a folder name of `[a-z0-9-]`, no links
//!   out), only `area.yaml` and `PERIOD.yaml`, at most 1 MB a request;
//! - written atomically (a temporary file, then a rename);
//! - refused if a file changed on disk since the page opened it: the page
//!   sends a hash of what it opened, and nobody's edits are overwritten.

use std::io::Read;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::model::{Period, is_slug};

/// The save address, under the site's base URL.
pub const SAVE: &str = "__aba/save";
/// Where pages carry the secret; `serve` fills it in as each page is sent.
pub const SECRET_PLACEHOLDER: &str = "__ABA_SECRET__";
/// The header that carries the secret. A custom header also means a page on
/// another origin cannot send it without asking first, and it is never told yes.
pub const SECRET_HEADER: &str = "X-Aba-Secret";
/// The most a save may send.
pub const MAX_BODY: usize = 1024 * 1024;

pub struct Saver {
    root: PathBuf,
    drafts: bool,
    secret: String,
    /// `127.0.0.1:1111` and the other names of this server a browser may use.
    hosts: Vec<String>,
    loopback: bool,
    /// One save at a time: the check against the disk and the rename go together.
    lock: Mutex<()>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SaveRequest {
    files: Vec<FileIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileIn {
    path: String,
    text: String,
    /// The hash of the file as the page opened it; none for a new file.
    base: Option<String>,
}

#[derive(Serialize)]
struct Saved {
    path: String,
    hash: String,
}

#[derive(Serialize)]
struct DiagnosticOut<'a> {
    severity: &'static str,
    file: &'a str,
    line: usize,
    column: usize,
    message: &'a str,
    hint: Option<&'a str>,
    /// As `aba check` prints it.
    text: String,
}

/// Why a save was refused: the status and what the page shows.
struct Refusal {
    status: u16,
    message: String,
    conflicts: Vec<String>,
}

fn refuse(status: u16, message: impl Into<String>) -> Refusal {
    Refusal { status, message: message.into(), conflicts: vec![] }
}

impl Saver {
    pub fn new(root: &Path, drafts: bool, bound: SocketAddr) -> Saver {
        let port = bound.port();
        let hosts = vec![format!("127.0.0.1:{port}"), format!("localhost:{port}"), format!("[::1]:{port}")];
        Saver {
            root: root.to_owned(),
            drafts,
            secret: fresh_secret(),
            hosts,
            loopback: bound.ip().is_loopback(),
            lock: Mutex::new(()),
        }
    }

    /// Whether the request names this server as a browser on this computer would.
    fn host_ok(&self, request: &tiny_http::Request) -> bool {
        let host = header(request, "Host");
        host.is_some_and(|h| self.hosts.iter().any(|ok| ok.eq_ignore_ascii_case(h)))
    }

    /// A served page, with the secret filled in; left empty for a request
    /// that does not come to this server by its loopback name.
    pub fn fill_secret(&self, page: &[u8], request: &tiny_http::Request) -> Vec<u8> {
        let Some(at) = memchr::memmem::find(page, SECRET_PLACEHOLDER.as_bytes()) else { return page.to_vec() };
        let secret = if self.loopback && self.host_ok(request) { self.secret.as_str() } else { "" };
        let mut out = Vec::with_capacity(page.len());
        out.extend_from_slice(&page[..at]);
        out.extend_from_slice(secret.as_bytes());
        out.extend_from_slice(&page[at + SECRET_PLACEHOLDER.len()..]);
        out
    }

    /// Answers a request to the save address.
    pub fn respond(&self, mut request: tiny_http::Request) {
        let (status, body) = match self.save(&mut request) {
            Ok(body) => (200, body),
            Err(r) => {
                let body = serde_json::json!({"error": r.message, "conflicts": r.conflicts});
                (r.status, body.to_string())
            }
        };
        let mut response = tiny_http::Response::from_string(body)
            .with_status_code(status)
            .with_header(header_value("Content-Type", "application/json"))
            .with_header(header_value("Cache-Control", "no-store"));
        if status == 405 {
            response = response.with_header(header_value("Allow", "POST"));
        }
        let _ = request.respond(response);
    }

    fn save(&self, request: &mut tiny_http::Request) -> Result<String, Refusal> {
        if *request.method() != tiny_http::Method::Post {
            return Err(refuse(405, "saving takes a POST request"));
        }
        let peer_loopback = request.remote_addr().is_some_and(|a| a.ip().is_loopback());
        if !self.loopback || !peer_loopback {
            return Err(refuse(
                403,
                "saving works only when aba serve listens on this computer alone (--host 127.0.0.1)",
            ));
        }
        if !self.host_ok(request) {
            return Err(refuse(403, "this request did not come from a page of this aba serve"));
        }
        if let Some(origin) = header(request, "Origin")
            && !self.hosts.iter().any(|h| origin.eq_ignore_ascii_case(&format!("http://{h}")))
        {
            return Err(refuse(403, "this request came from a page of another site"));
        }
        let secret = header(request, SECRET_HEADER).unwrap_or("");
        if secret.is_empty() || !same_secret(secret, &self.secret) {
            return Err(refuse(
                403,
                "the page's key to save does not match this run of aba serve: reload the page and save again",
            ));
        }
        if request.body_length().is_some_and(|n| n > MAX_BODY) {
            return Err(refuse(413, "a save can send at most 1 MB"));
        }
        let mut body = Vec::new();
        let read = request.as_reader().take(MAX_BODY as u64 + 1).read_to_end(&mut body);
        if read.is_err() {
            return Err(refuse(400, "the request could not be read"));
        }
        if body.len() > MAX_BODY {
            return Err(refuse(413, "a save can send at most 1 MB"));
        }
        let req: SaveRequest = serde_json::from_slice(&body)
            .map_err(|e| refuse(400, format!("the request is not what the worksheet sends: {e}")))?;
        if req.files.is_empty() || req.files.len() > 2 {
            return Err(refuse(400, "a save writes one or two files: area.yaml and an assessment"));
        }
        let mut targets = Vec::new();
        for f in &req.files {
            let target = self.target(&f.path)?;
            if targets.iter().any(|(_, p, _): &(&FileIn, PathBuf, PathBuf)| *p == target.0) {
                return Err(refuse(400, format!("{} is sent twice", f.path)));
            }
            targets.push((f, target.0, target.1));
        }
        let _guard = self.lock.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        // Every file is checked against the disk before any is written.
        let (mut conflicts, mut reasons) = (Vec::new(), Vec::new());
        for (f, path, _) in &targets {
            let now = match std::fs::read(path) {
                Ok(bytes) => Some(hash(&bytes)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                Err(e) => return Err(refuse(500, format!("cannot read {}: {e}", f.path))),
            };
            let reason = match (&now, &f.base) {
                (a, b) if a == b => continue,
                (None, Some(_)) => "is not there any more (is the folder name right?)",
                (Some(_), None) => "is already there, and this page did not open it",
                _ => "changed on disk since this page opened it",
            };
            reasons.push(format!("`{}` {reason}", f.path));
            conflicts.push(f.path.clone());
        }
        if !conflicts.is_empty() {
            let message = format!(
                "nothing was saved: {}. Download your version instead, and compare the two",
                reasons.join("; ")
            );
            return Err(Refusal { status: 409, message, conflicts });
        }
        let mut saved = Vec::new();
        for (f, path, dir) in &targets {
            make_folder(dir).map_err(|e| refuse(500, format!("cannot create the folder for {}: {e}", f.path)))?;
            write_atomically(path, f.text.as_bytes())
                .map_err(|e| refuse(500, format!("cannot write {}: {e}", f.path)))?;
            saved.push(Saved { path: f.path.clone(), hash: hash(f.text.as_bytes()) });
        }
        drop(_guard);
        Ok(self.report(saved))
    }

    /// `assessments/FOLDER/NAME` to the file and its folder, if it may be written.
    fn target(&self, rel: &str) -> Result<(PathBuf, PathBuf), Refusal> {
        let parts: Vec<&str> = rel.split('/').collect();
        let allowed = "only assessments/FOLDER/area.yaml or assessments/FOLDER/PERIOD.yaml can be saved";
        let [top, folder, name] = parts.as_slice() else {
            return Err(refuse(400, format!("`{rel}`: {allowed}")));
        };
        let is_period = name.strip_suffix(".yaml").and_then(Period::parse).is_some();
        if *top != "assessments" || !is_slug(folder) || !(*name == "area.yaml" || is_period) {
            return Err(refuse(400, format!("`{rel}`: {allowed}")));
        }
        let assessments = self.root.join("assessments");
        let real_dir = |p: &Path| std::fs::symlink_metadata(p).map(|m| m.is_dir() && !m.file_type().is_symlink());
        if !real_dir(&assessments).unwrap_or(false) {
            return Err(refuse(403, "the site's assessments/ is not a plain folder, so nothing is saved into it"));
        }
        let dir = assessments.join(folder);
        match std::fs::symlink_metadata(&dir) {
            Ok(m) if m.is_dir() && !m.file_type().is_symlink() => {}
            Ok(_) => return Err(refuse(403, format!("assessments/{folder} is not a plain folder"))),
            Err(_) => {}
        }
        let file = dir.join(name);
        if let Ok(m) = std::fs::symlink_metadata(&file)
            && !m.is_file()
        {
            return Err(refuse(403, format!("{rel} is not a plain file")));
        }
        Ok((file, dir))
    }

    /// The same check as `aba check`, after the save: its diagnostics for the
    /// saved folder, and the count for the whole site.
    fn report(&self, saved: Vec<Saved>) -> String {
        let outcome =
            crate::run(&self.root, &crate::Options { drafts: self.drafts, base_url: None, mode: crate::Mode::Check });
        let folders: Vec<String> =
            saved.iter().filter_map(|s| s.path.rsplit_once('/').map(|(dir, _)| format!("{dir}/"))).collect();
        let diagnostics: Vec<DiagnosticOut> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.is_error() || folders.iter().any(|f| d.file.starts_with(f.as_str())))
            .map(|d| DiagnosticOut {
                severity: if d.is_error() { "error" } else { "warning" },
                file: &d.file,
                line: d.line,
                column: d.column,
                message: &d.message,
                hint: d.hint.as_deref(),
                text: d.to_string(),
            })
            .collect();
        serde_json::json!({
            "saved": saved,
            "errors": outcome.errors,
            "summary": outcome.summary,
            "diagnostics": diagnostics,
        })
        .to_string()
    }
}

/// FNV-1a, 64 bits, as hex: enough to tell that a file changed (the page
/// computes the same over the bytes it opened).
pub fn hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// 32 random bytes from the operating system, as hex.
fn fresh_secret() -> String {
    let mut bytes = [0u8; 32];
    if getrandom::fill(&mut bytes).is_err() {
        // Should the OS refuse, the standard library's hasher keys are
        // still seeded from its randomness, once per process.
        use std::hash::{BuildHasher, Hasher};
        for (i, chunk) in bytes.chunks_mut(8).enumerate() {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_usize(i);
            h.write_u128(
                std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos(),
            );
            h.write_u32(std::process::id());
            chunk.copy_from_slice(&h.finish().to_le_bytes());
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares every byte, so the time taken says nothing about how much matched.
fn same_secret(given: &str, secret: &str) -> bool {
    given.len() == secret.len() && given.bytes().zip(secret.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

fn header<'r>(request: &'r tiny_http::Request, name: &str) -> Option<&'r str> {
    request.headers().iter().find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name)).map(|h| h.value.as_str())
}

fn header_value(name: &str, value: &str) -> tiny_http::Header {
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("static header is valid")
}

/// A new area's folder; never through a link.
fn make_folder(dir: &Path) -> std::io::Result<()> {
    match std::fs::create_dir(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let m = std::fs::symlink_metadata(dir)?;
            if m.is_dir() && !m.file_type().is_symlink() {
                Ok(())
            } else {
                Err(std::io::Error::other("it is not a plain folder"))
            }
        }
        other => other,
    }
}

/// A temporary file beside `path`, then a rename over it: a reader sees the
/// old file or the new one, never half of one. (`serve` ignores `.tmp` files.)
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().ok_or_else(|| std::io::Error::other("no folder"))?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let mut n = 0u32;
    loop {
        let tmp = dir.join(format!(".{name}.aba-save-{}-{n}.tmp", std::process::id()));
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(mut f) => {
                let written = f.write_all(bytes).and_then(|_| f.sync_all());
                drop(f);
                if let Err(e) = written.and_then(|_| std::fs::rename(&tmp, path)) {
                    let _ = std::fs::remove_file(&tmp);
                    return Err(e);
                }
                return Ok(());
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 100 => n += 1,
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_like_the_page_does() {
        // FNV-1a 64 of "" and "a", as published.
        assert_eq!(hash(b""), "cbf29ce484222325");
        assert_eq!(hash(b"a"), "af63dc4c8601ec8c");
    }

    #[test]
    fn secrets_are_fresh_and_long() {
        let (a, b) = (fresh_secret(), fresh_secret());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert!(same_secret(&a, &a.clone()));
        assert!(!same_secret(&a, &b));
        assert!(!same_secret(&a, &a[..63]));
    }

    #[test]
    fn only_assessment_files_are_targets() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("assessments")).unwrap();
        let saver = Saver::new(dir.path(), false, "127.0.0.1:1111".parse().unwrap());
        assert!(saver.target("assessments/tally-bridge/area.yaml").is_ok());
        assert!(saver.target("assessments/tally-bridge/2026-03.yaml").is_ok());
        for bad in [
            "assessments/../site.yaml",
            "assessments/tally-bridge/../../site.yaml",
            "content/_index.md",
            "assessments/Tally/2026.yaml",
            "assessments/tally-bridge/notes.yaml",
            "assessments/tally-bridge/2026.yml",
            "/etc/passwd",
            "assessments/a/b/2026.yaml",
            "assessments//2026.yaml",
        ] {
            assert_eq!(saver.target(bad).err().map(|r| r.status), Some(400), "{bad}");
        }
    }
}
