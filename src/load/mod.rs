//! Files to raw YAML values with source positions. Nothing here judges what
//! the values mean: that is `check`'s job.

pub mod fast;
pub mod spans;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use rayon::prelude::*;
use serde_yaml::Value;

use crate::diagnostic::{Diagnostic, Diagnostics, Pos};
use crate::embedded;
pub use spans::Spans;

/// One YAML document (a whole file, or a Markdown file's front matter).
#[derive(Debug)]
pub struct Source {
    /// Relative to the site root, `/`-separated.
    pub file: String,
    pub value: Value,
    pub spans: Spans,
}

/// A Markdown file: front matter plus body.
#[derive(Debug)]
pub struct MarkdownSource {
    pub front: Source,
    pub body: String,
    /// 1-based line of the body's first line in the file.
    pub body_line: usize,
}

#[derive(Debug, Clone)]
pub struct AreaSource {
    /// The folder name, not yet validated.
    pub folder: String,
    pub dir_file: String,
    pub area: Option<Arc<Source>>,
    /// Whether `area.yaml` exists (it may still have failed to parse).
    pub area_exists: bool,
    /// `(file stem, source)`, sorted by file name.
    pub periods: Vec<(String, Option<Arc<Source>>)>,
}

/// Everything read from a site root.
#[derive(Default)]
pub struct Sources {
    pub site: Option<Source>,
    pub pages: Vec<(String, MarkdownSource)>,
    pub pointers: Vec<MarkdownSource>,
    pub areas: AreaSources,
    /// `(name, file, text)` of the site's own templates, overriding the built-in ones.
    pub templates: Vec<(String, String, String)>,
    /// `(path under static/, bytes)` of the site's own static files.
    pub statics: Vec<(String, Vec<u8>)>,
    /// `(name, file, text)` of the site's own message files (`en.ftl`).
    pub messages: Vec<(String, String, String)>,
}

/// The areas' files. A large network's parsed YAML is several times the size
/// of its text, so areas are not all read up front: `check` reads each area
/// when it comes to it and lets it go once checked.
pub enum AreaSources {
    /// Already in memory (the fuzz target).
    Loaded(Vec<AreaSource>),
    /// The folders under `assessments/`, to be read by `each`.
    Folders { root: PathBuf, dirs: Vec<PathBuf>, cache: Option<Arc<ParseCache>> },
}

impl Default for AreaSources {
    fn default() -> Self {
        AreaSources::Loaded(Vec::new())
    }
}

impl AreaSources {
    /// Applies `f` to every area, in parallel, in folder order; each area's
    /// diagnostics (reading and parsing as well as `f`'s) come back with it.
    pub fn each<T: Send>(&self, f: impl Fn(&AreaSource, &mut Diagnostics) -> T + Sync + Send) -> Vec<(T, Diagnostics)> {
        match self {
            AreaSources::Loaded(areas) => areas
                .par_iter()
                .map(|a| {
                    let mut local = Diagnostics::default();
                    (f(a, &mut local), local)
                })
                .collect(),
            AreaSources::Folders { root, dirs, cache } => dirs
                .par_iter()
                .map(|dir| {
                    let mut local = Diagnostics::default();
                    let area = match cache {
                        Some(c) => c.area(root, dir, &mut local),
                        None => load_area(root, dir, None, &mut local),
                    };
                    (f(&area, &mut local), local)
                })
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            AreaSources::Loaded(areas) => areas.is_empty(),
            AreaSources::Folders { dirs, .. } => dirs.is_empty(),
        }
    }
}

/// Reads one area's folder: `area.yaml` and its assessment files.
fn load_area(root: &Path, dir: &Path, cache: Option<&ParseCache>, diags: &mut Diagnostics) -> AreaSource {
    let read = |path: &Path, diags: &mut Diagnostics| match cache {
        Some(c) => c.read(root, path, diags),
        None => read_yaml(root, path, diags).map(Arc::new),
    };
    let folder = dir.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let area_path = dir.join("area.yaml");
    let area_exists = area_path.exists();
    let area = if area_exists { read(&area_path, diags) } else { None };
    let mut periods = Vec::new();
    for path in files_in(dir, "yaml") {
        let stem = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        if stem != "area" {
            periods.push((stem, read(&path, diags)));
        }
    }
    AreaSource { dir_file: rel(root, dir) + "/", folder, area, area_exists, periods }
}

/// Parsed assessment files kept between rebuilds (`serve`): a file whose
/// modification time and size are unchanged is not read or parsed again.
#[derive(Default)]
pub struct ParseCache {
    files: Mutex<HashMap<PathBuf, Cached>>,
    /// Each area folder as last read, with what reading it reported.
    areas: Mutex<HashMap<PathBuf, (AreaSource, Vec<Diagnostic>)>>,
    /// The area folders in which something changed since the last rebuild,
    /// when the watcher could say (`None`: anything may have).
    touched: Mutex<Option<std::collections::HashSet<std::ffi::OsString>>>,
}

struct Cached {
    modified: SystemTime,
    len: u64,
    source: Option<Arc<Source>>,
    diags: Vec<Diagnostic>,
}

impl ParseCache {
    /// Tells the next rebuild which paths changed (`None`: anything may
    /// have), so that area folders with none of them are not listed and their
    /// files not looked at again. `assessments` is the assessments folder as
    /// the paths may name it (as given, and canonical).
    pub fn changed(&self, assessments: &[PathBuf], paths: Option<Vec<PathBuf>>) {
        let touched = paths.and_then(|paths| {
            paths
                .iter()
                .map(|p| {
                    let rel = assessments.iter().find_map(|a| p.strip_prefix(a).ok())?;
                    Some(rel.components().next()?.as_os_str().to_owned())
                })
                .collect::<Option<std::collections::HashSet<_>>>()
        });
        *self.touched.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = touched;
    }

    /// An area folder, from memory if nothing in it changed.
    fn area(&self, root: &Path, dir: &Path, diags: &mut Diagnostics) -> AreaSource {
        let untouched = {
            let touched = self.touched.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            touched.as_ref().is_some_and(|t| dir.file_name().is_some_and(|name| !t.contains(name)))
        };
        let areas = || self.areas.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if untouched && let Some((area, found)) = areas().get(dir) {
            diags.extend(found.iter().cloned());
            return area.clone();
        }
        let mut local = Diagnostics::default();
        let area = load_area(root, dir, Some(self), &mut local);
        let found = local.sorted();
        diags.extend(found.iter().cloned());
        areas().insert(dir.to_owned(), (area.clone(), found));
        area
    }

    fn read(&self, root: &Path, path: &Path, diags: &mut Diagnostics) -> Option<Arc<Source>> {
        let meta = std::fs::metadata(path).ok();
        let stamp = meta.as_ref().and_then(|m| Some((m.modified().ok()?, m.len())));
        if let Some((modified, len)) = stamp {
            let files = self.files.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            if let Some(c) = files.get(path).filter(|c| c.modified == modified && c.len == len) {
                diags.extend(c.diags.iter().cloned());
                return c.source.clone();
            }
        }
        let mut local = Diagnostics::default();
        let source = read_yaml(root, path, &mut local).map(Arc::new);
        let found = local.sorted();
        diags.extend(found.iter().cloned());
        if let Some((modified, len)) = stamp {
            let entry = Cached { modified, len, source: source.clone(), diags: found };
            self.files.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(path.to_owned(), entry);
        }
        source
    }
}

/// Reads the site root. Files that cannot be read or parsed become diagnostics;
/// the rest is still returned so that every error of a run is found.
pub fn load(root: &Path, diags: &mut Diagnostics) -> Sources {
    load_with(root, None, diags)
}

/// `load`, taking unchanged assessment files from `cache` when one is given.
pub fn load_with(root: &Path, cache: Option<Arc<ParseCache>>, diags: &mut Diagnostics) -> Sources {
    let mut sources = Sources::default();
    let site_path = root.join("site.yaml");
    let theme = if site_path.exists() {
        sources.site = read_yaml(root, &site_path, diags);
        sources.site.as_ref().and_then(|s| s.value.get("theme")).and_then(Value::as_str).unwrap_or("default").to_owned()
    } else {
        "default".to_owned()
    };

    let content = root.join("content");
    if content.join("pointers").is_dir() {
        for path in files_in(&content.join("pointers"), "md") {
            if let Some(text) = read_text(root, &path, diags)
                && let Some(md) = split_front_matter(&rel(root, &path), &text, diags)
            {
                sources.pointers.push(md);
            }
        }
    } else {
        // A network that publishes only assessments uses the built-in framework.
        sources.pointers = built_in_pointers(diags);
    }
    if content.is_dir() {
        for path in files_in(&content, "md") {
            let stem = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
            if let Some(text) = read_text(root, &path, diags)
                && let Some(md) = split_front_matter(&rel(root, &path), &text, diags)
            {
                sources.pages.push((stem, md));
            }
        }
    }

    let assessments = root.join("assessments");
    if assessments.is_dir() {
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(&assessments)
            .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect())
            .unwrap_or_default();
        dirs.sort();
        sources.areas = AreaSources::Folders { root: root.to_owned(), dirs, cache };
    } else {
        diags.push(
            Diagnostic::error("assessments/", Pos::UNKNOWN, "there is no assessments/ folder")
                .with_hint("create assessments/SLUG/area.yaml, or run `aba new SLUG`"),
        );
    }

    let theme_dir = root.join("themes").join(&theme);
    for path in files_under(&theme_dir.join("templates")) {
        if let Some(text) = read_text(root, &path, diags) {
            let name =
                path.strip_prefix(theme_dir.join("templates")).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            sources.templates.push((name, rel(root, &path), text));
        }
    }
    for path in files_under(&theme_dir.join("i18n")) {
        if let Some(text) = read_text(root, &path, diags) {
            let name = path.strip_prefix(theme_dir.join("i18n")).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            sources.messages.push((name, rel(root, &path), text));
        }
    }
    for path in files_under(&theme_dir.join("static")) {
        let name = path.strip_prefix(theme_dir.join("static")).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        match std::fs::read(&path) {
            Ok(bytes) => sources.statics.push((name, bytes)),
            Err(e) => diags.push(Diagnostic::error(rel(root, &path), Pos::UNKNOWN, format!("cannot read: {e}"))),
        }
    }
    sources
}

/// The framework compiled into the binary.
pub fn built_in_pointers(diags: &mut Diagnostics) -> Vec<MarkdownSource> {
    embedded::FILES
        .iter()
        .filter(|(name, _)| name.starts_with("content/pointers/") && name.ends_with(".md"))
        .filter_map(|(name, bytes)| split_front_matter(name, &String::from_utf8_lossy(bytes), diags))
        .collect()
}

fn rel(root: &Path, path: &Path) -> String {
    path.strip_prefix(root).unwrap_or(path).to_string_lossy().replace('\\', "/")
}

/// Files directly in `dir` with extension `ext` (also `.yml` for `yaml`), sorted.
fn files_in(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .min_depth(1)
        .max_depth(1)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .filter(|p| {
            let e = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            let hidden = p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
            !hidden && (e == ext || (ext == "yaml" && e == "yml"))
        })
        .collect();
    out.sort();
    out
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    if !dir.is_dir() {
        return Vec::new();
    }
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.into_path())
        .collect()
}

fn read_text(root: &Path, path: &Path, diags: &mut Diagnostics) -> Option<String> {
    let file = rel(root, path);
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Some(text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text)),
            Err(e) => {
                let upto = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                let line = upto.iter().filter(|b| **b == b'\n').count() + 1;
                let col = upto.iter().rev().take_while(|b| **b != b'\n').count() + 1;
                diags.push(
                    Diagnostic::error(file, Pos::new(line, col), "this file is not UTF-8 text")
                        .with_hint("save it as UTF-8 (in most editors: Save As, then choose the UTF-8 encoding)"),
                );
                None
            }
        },
        Err(e) => {
            diags.push(Diagnostic::error(file, Pos::UNKNOWN, format!("cannot read this file: {e}")));
            None
        }
    }
}

fn read_yaml(root: &Path, path: &Path, diags: &mut Diagnostics) -> Option<Source> {
    let text = read_text(root, path, diags)?;
    parse_yaml(&rel(root, path), &text, 0, diags)
}

/// Parses one YAML document; `line_offset` is where it starts in its file.
pub fn parse_yaml(file: &str, text: &str, line_offset: usize, diags: &mut Diagnostics) -> Option<Source> {
    if text.trim().is_empty() || text.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) {
        diags.push(
            Diagnostic::error(file, Pos::new(line_offset + 1, 1), "this file is empty")
                .with_hint("fill it in, or delete it"),
        );
        return None;
    }
    if let Some((value, positions)) = fast::parse(text, line_offset) {
        let spans = Spans::from_positions(positions, text, line_offset);
        return Some(Source { file: file.to_owned(), value, spans });
    }
    match serde_yaml::from_str::<Value>(text) {
        Ok(value) => Some(Source { file: file.to_owned(), value, spans: Spans::scan(text, line_offset) }),
        Err(e) => {
            let pos = e
                .location()
                .map(|l| Pos::new(l.line() + line_offset, l.column()))
                .unwrap_or(Pos::new(line_offset + 1, 1));
            let message = e.to_string();
            let d = duplicate_key(file, text, line_offset, pos, &message)
                .unwrap_or_else(|| yaml_error(file, pos, &message));
            diags.push(d);
            None
        }
    }
}

/// A key written twice: the parser points at the first; say so at the second,
/// where the mistake usually is (a pointer assessed twice, say).
fn duplicate_key(file: &str, text: &str, line_offset: usize, first: Pos, message: &str) -> Option<Diagnostic> {
    let key = message.split("duplicate entry with key \"").nth(1)?.split('"').next()?;
    let indent = first.column.checked_sub(1)?;
    let start = first.line.checked_sub(line_offset)?;
    let (i, _) = text.lines().enumerate().skip(start).find(|(_, l)| {
        let trimmed = l.trim_start_matches(' ');
        l.len() - trimmed.len() == indent && trimmed.strip_prefix(key).is_some_and(|r| r.starts_with(':'))
    })?;
    let second = Pos::new(i + 1 + line_offset, indent + 1);
    let what = if message.starts_with("pointers:") {
        format!("the pointer \"{key}\" is assessed twice in this file (first on line {})", first.line)
    } else {
        format!("`{key}` is written twice (first on line {})", first.line)
    };
    Some(
        Diagnostic::error(file, second, what)
            .with_hint("each key may appear only once in a mapping: merge the two entries"),
    )
}

/// The parser's message without its own position, with a hint for the usual causes.
fn yaml_error(file: &str, pos: Pos, message: &str) -> Diagnostic {
    let message = match message.find(" at line ") {
        Some(i) => &message[..i],
        None => message,
    };
    let hint = if message.contains("duplicate entry") {
        "each key may appear only once in a mapping: merge the two entries"
    } else if message.contains("mapping values are not allowed") {
        "a value containing \": \" must be put in quotes, or written as a block with |"
    } else if message.contains("tab") {
        "indent with spaces, not tabs"
    } else {
        "check the indentation and quotes on this line and the one before it"
    };
    Diagnostic::error(file, pos, format!("this is not valid YAML: {message}")).with_hint(hint)
}

/// Splits `---` front matter from the Markdown body.
pub fn split_front_matter(file: &str, text: &str, diags: &mut Diagnostics) -> Option<MarkdownSource> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        diags.push(
            Diagnostic::error(file, Pos::new(1, 1), "this file does not start with front matter")
                .with_hint("begin the file with a line `---`, the YAML settings (title: …), then another `---`"),
        );
        return None;
    }
    let mut front = String::new();
    let mut consumed = first.len();
    let mut line_no = 1;
    for line in lines {
        line_no += 1;
        consumed += line.len();
        if line.trim_end() == "---" {
            let body = text[consumed..].to_owned();
            let front = parse_yaml(file, &front, 1, diags)?;
            return Some(MarkdownSource { front, body, body_line: line_no + 1 });
        }
        front.push_str(line);
    }
    diags.push(
        Diagnostic::error(file, Pos::new(1, 1), "the front matter is never closed")
            .with_hint("add a line `---` after the last setting, before the text"),
    );
    None
}
