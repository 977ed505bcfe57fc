//! Files to raw YAML values with source positions. Nothing here judges what
//! the values mean: that is `check`'s job.

pub mod depth;
pub mod fast;
pub mod spans;
pub mod value;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Diagnostics, Pos};
use crate::embedded;
pub use spans::Spans;
pub use value::{Mapping, Value};

/// One YAML document (a whole file, or a Markdown file's front matter).
#[derive(Debug, Clone)]
pub struct Source {
    /// Relative to the site root, `/`-separated.
    pub file: String,
    pub value: Value,
    /// Shared, so that a source parsed once can be handed out again
    /// (the built-in framework's: `built_in`).
    pub spans: Arc<Spans>,
}

/// A Markdown file: front matter plus body.
#[derive(Debug, Clone)]
pub struct MarkdownSource {
    pub front: Source,
    pub body: String,
    /// 1-based line of the body's first line in the file.
    pub body_line: usize,
}

/// Another version of the framework: `content/frameworks/SLUG/`, with its
/// `framework.yaml` and `pointers/NN-id.md` (and their translations).
#[derive(Debug, Default)]
pub struct VersionSource {
    /// The folder name, not yet validated.
    pub folder: String,
    /// `content/frameworks/SLUG/`.
    pub dir_file: String,
    pub framework: Option<Source>,
    pub pointers: Vec<MarkdownSource>,
    pub translations: Vec<(String, MarkdownSource)>,
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
    /// `(language, source)` of the translations of pointers and pages:
    /// `content/pointers/01-living-map.cy.md`, `content/about.cy.md`.
    pub translations: Vec<(String, MarkdownSource)>,
    /// `content/roles.yaml`: who may take part in an assessment.
    pub roles: Option<Source>,
    /// Other versions of the framework the site holds: `content/frameworks/SLUG/`.
    pub versions: Vec<VersionSource>,
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
    Folders { root: Arc<Root>, dirs: Vec<PathBuf>, cache: Option<Arc<ParseCache>> },
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
fn load_area(root: &Root, dir: &Path, cache: Option<&ParseCache>, diags: &mut Diagnostics) -> AreaSource {
    let read = |path: &Path, diags: &mut Diagnostics| match cache {
        Some(c) => c.read(root, path, diags),
        None => read_yaml(root, path, diags).map(Arc::new),
    };
    let folder = dir.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let mut area: Option<(PathBuf, Option<Arc<Source>>)> = None;
    let mut periods = Vec::new();
    let listed = root.entries(dir, diags);
    // A folder that cannot be read is reported as that, not as an area without area.yaml.
    let unreadable = listed.is_none();
    for (path, name) in listed.unwrap_or_default() {
        let Some((stem, ext)) = name.rsplit_once('.') else { continue };
        let yaml = ext == "yaml" || ext == "yml";
        if !yaml {
            if ext.eq_ignore_ascii_case("yaml") || ext.eq_ignore_ascii_case("yml") {
                diags.push(
                    Diagnostic::warning(root.rel(&path), Pos::UNKNOWN, "this file is not read")
                        .with_hint(format!("aba reads files ending in .yaml, in lower case: rename it {stem}.yaml")),
                );
            }
            continue;
        }
        match root.follow(&path, diags) {
            Some(Kind::File) => {}
            Some(Kind::Folder) => {
                diags.push(
                    Diagnostic::error(root.rel(&path), Pos::UNKNOWN, format!("`{name}` is a folder, not a file"))
                        .with_hint(format!("an assessment is a file, {stem}.yaml, directly in the area's folder")),
                );
                continue;
            }
            Some(Kind::Missing) | None => continue,
        }
        if stem == "area" {
            if let Some((first, _)) = &area {
                diags.push(
                    Diagnostic::error(
                        root.rel(&path),
                        Pos::UNKNOWN,
                        format!("this area has both {} and {name}", root.rel(first)),
                    )
                    .with_hint("keep one of them"),
                );
                continue;
            }
            let source = read(&path, diags);
            area = Some((path, source));
        } else {
            periods.push((stem.to_owned(), read(&path, diags)));
        }
    }
    let area_exists = area.is_some() || unreadable;
    AreaSource { dir_file: root.rel(dir) + "/", folder, area: area.and_then(|(_, s)| s), area_exists, periods }
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
    fn area(&self, root: &Root, dir: &Path, diags: &mut Diagnostics) -> AreaSource {
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

    fn read(&self, root: &Root, path: &Path, diags: &mut Diagnostics) -> Option<Arc<Source>> {
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
    let root = Arc::new(Root::new(root));
    let mut sources = Sources::default();
    let site_path = root.given.join("site.yaml");
    let mut theme = "default".to_owned();
    if root.is_file(&site_path, diags) {
        sources.site = read_yaml(&root, &site_path, diags);
        if let Some(site) = &sources.site
            && let Some(name) = site.value.get("theme").and_then(Value::as_str)
        {
            // Anything but a plain folder name is reported by `check`; never
            // let it name a folder elsewhere (`../..`).
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
                theme = name.to_owned();
            }
        }
    }

    let content = root.given.join("content");
    let has_content = root.is_folder(&content, diags);
    let pointers_dir = content.join("pointers");
    if has_content && root.is_folder(&pointers_dir, diags) {
        for path in root.files(&pointers_dir, "md", diags) {
            let stem = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
            if let Some(text) = read_text(&root, &path, diags)
                && let Some(md) = split_front_matter(&root.rel(&path), &text, diags)
            {
                match translation_of(&stem) {
                    Some((_, lang)) => sources.translations.push((lang.to_owned(), md)),
                    None => sources.pointers.push(md),
                }
            }
        }
    } else {
        // A network that publishes only assessments uses the built-in framework.
        sources.pointers = built_in_pointers(diags);
        sources.translations = built_in_translations(diags);
    }
    if has_content {
        let roles = content.join("roles.yaml");
        if root.is_file(&roles, diags) {
            sources.roles = read_yaml(&root, &roles, diags);
        }
        let frameworks = content.join("frameworks");
        if root.exists(&frameworks) && root.is_folder(&frameworks, diags) {
            for (dir, folder) in root.entries(&frameworks, diags).unwrap_or_default() {
                if root.follow(&dir, diags) != Some(Kind::Folder) {
                    continue;
                }
                sources.versions.push(load_version(&root, &dir, folder, diags));
            }
        }
        for path in root.files(&content, "md", diags) {
            let stem = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
            if let Some(text) = read_text(&root, &path, diags)
                && let Some(md) = split_front_matter(&root.rel(&path), &text, diags)
            {
                match translation_of(&stem) {
                    Some((_, lang)) => sources.translations.push((lang.to_owned(), md)),
                    None => sources.pages.push((stem, md)),
                }
            }
        }
    }

    let assessments = root.given.join("assessments");
    if root.is_folder(&assessments, diags) {
        let mut dirs = Vec::new();
        for (path, name) in root.entries(&assessments, diags).unwrap_or_default() {
            match root.follow(&path, diags) {
                Some(Kind::Folder) => dirs.push(path),
                Some(Kind::File) if name.ends_with(".yaml") || name.ends_with(".yml") => diags.push(
                    Diagnostic::warning(root.rel(&path), Pos::UNKNOWN, "this file is not read")
                        .with_hint("an assessment goes in its area's folder: assessments/SLUG/PERIOD.yaml"),
                ),
                _ => {}
            }
        }
        sources.areas = AreaSources::Folders { root: root.clone(), dirs, cache };
    } else if !root.exists(&assessments) {
        diags.push(
            Diagnostic::error("assessments/", Pos::UNKNOWN, "there is no assessments/ folder")
                .with_hint("create assessments/SLUG/area.yaml, or run `aba new SLUG`"),
        );
    }

    let theme_dir = root.given.join("themes").join(&theme);
    let has_theme = root.is_folder(&root.given.join("themes"), diags) && root.is_folder(&theme_dir, diags);
    if !has_theme && theme != "default" {
        let pos = sources.site.as_ref().map(|s| s.spans.value_pos("theme")).unwrap_or(Pos::UNKNOWN);
        diags.push(
            Diagnostic::error("site.yaml", pos, format!("there is no theme folder themes/{theme}/"))
                .with_hint("create it, or remove `theme:` to use the built-in theme"),
        );
    }
    let templates = theme_dir.join("templates");
    if has_theme && root.is_folder(&templates, diags) {
        for path in root.files_under(&templates, diags) {
            if let Some(text) = read_text(&root, &path, diags) {
                let name = path.strip_prefix(&templates).unwrap_or(&path).to_string_lossy().replace('\\', "/");
                sources.templates.push((name, root.rel(&path), text));
            }
        }
    }
    let i18n = theme_dir.join("i18n");
    if has_theme && root.is_folder(&i18n, diags) {
        for path in root.files_under(&i18n, diags) {
            if let Some(text) = read_text(&root, &path, diags) {
                let name = path.strip_prefix(&i18n).unwrap_or(&path).to_string_lossy().replace('\\', "/");
                sources.messages.push((name, root.rel(&path), text));
            }
        }
    }
    let statics = theme_dir.join("static");
    if has_theme && root.is_folder(&statics, diags) {
        for path in root.files_under(&statics, diags) {
            let name = path.strip_prefix(&statics).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            if let Some(bytes) = read_bytes(&root, &path, diags) {
                sources.statics.push((name, bytes));
            }
        }
    }
    sources
}

/// One other version of the framework: its `framework.yaml` and pointers.
fn load_version(root: &Root, dir: &Path, folder: String, diags: &mut Diagnostics) -> VersionSource {
    let mut v = VersionSource { folder, dir_file: root.rel(dir) + "/", ..VersionSource::default() };
    let yaml = dir.join("framework.yaml");
    if root.is_file(&yaml, diags) {
        v.framework = read_yaml(root, &yaml, diags);
    } else if !root.exists(&yaml) {
        diags.push(
            Diagnostic::error(v.dir_file.clone(), Pos::UNKNOWN, "this version of the framework has no framework.yaml")
                .with_hint("add framework.yaml with its `name:`, the name an assessment's `framework:` gives"),
        );
    }
    let pointers = dir.join("pointers");
    if root.is_folder(&pointers, diags) {
        for path in root.files(&pointers, "md", diags) {
            let stem = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
            if let Some(text) = read_text(root, &path, diags)
                && let Some(md) = split_front_matter(&root.rel(&path), &text, diags)
            {
                match translation_of(&stem) {
                    Some((_, lang)) => v.translations.push((lang.to_owned(), md)),
                    None => v.pointers.push(md),
                }
            }
        }
    }
    if v.pointers.is_empty() {
        diags.push(
            Diagnostic::error(
                v.dir_file.clone() + "pointers/",
                Pos::UNKNOWN,
                "this version of the framework has no pointers",
            )
            .with_hint("write its pointers as pointers/01-ID.md, in the same form as content/pointers/"),
        );
    }
    v
}

/// The framework compiled into the binary.
pub fn built_in_pointers(diags: &mut Diagnostics) -> Vec<MarkdownSource> {
    built_in(diags).filter(|(lang, _)| lang.is_none()).map(|(_, md)| md).collect()
}

/// The translations of the framework compiled into the binary.
pub fn built_in_translations(diags: &mut Diagnostics) -> Vec<(String, MarkdownSource)> {
    built_in(diags).filter_map(|(lang, md)| Some((lang?, md))).collect()
}

/// The framework's files compiled into the binary, with their language
/// (none: the default's), parsed once per process: `serve` loads the site
/// again on every save.
fn built_in(diags: &mut Diagnostics) -> impl Iterator<Item = (Option<String>, MarkdownSource)> + '_ {
    type Parsed = (Vec<(Option<String>, MarkdownSource)>, Vec<Diagnostic>);
    static PARSED: std::sync::OnceLock<Parsed> = std::sync::OnceLock::new();
    let (files, found) = PARSED.get_or_init(|| {
        let mut diags = Diagnostics::default();
        let files = (embedded::FILES.iter())
            .filter_map(|(name, bytes)| {
                let stem = name.strip_prefix("content/pointers/")?.strip_suffix(".md")?;
                let lang = translation_of(stem).map(|(_, lang)| lang.to_owned());
                split_front_matter(name, &String::from_utf8_lossy(bytes), &mut diags).map(|md| (lang, md))
            })
            .collect();
        (files, diags.sorted())
    });
    diags.extend(found.iter().cloned());
    files.iter().cloned()
}

/// `("about", "cy")` for the file stem `about.cy`: a translation of
/// `about.md` into the language `cy`.
pub fn translation_of(stem: &str) -> Option<(&str, &str)> {
    let (base, lang) = stem.rsplit_once('.')?;
    let ok = !base.is_empty() && !lang.is_empty() && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    ok.then_some((base, lang))
}

/// The site root, and how the file system names it, so that every file read
/// can be shown to be inside it.
pub struct Root {
    /// As given on the command line.
    given: PathBuf,
    /// With every link resolved.
    real: PathBuf,
}

/// What a path names, once a link is followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    File,
    Folder,
    Missing,
}

impl Root {
    pub fn new(given: &Path) -> Root {
        let real = given.canonicalize().unwrap_or_else(|_| std::path::absolute(given).unwrap_or(given.to_owned()));
        Root { given: given.to_owned(), real }
    }

    /// Relative to the root, `/`-separated, for messages.
    fn rel(&self, path: &Path) -> String {
        path.strip_prefix(&self.given).unwrap_or(path).to_string_lossy().replace('\\', "/")
    }

    /// What `path` is. A link is followed, but only within the site: a link
    /// that is broken or leads outside the site root is reported, naming
    /// the link, and counts as nothing (`None`); so is anything but a file
    /// or a folder (a pipe would never finish reading).
    fn follow(&self, path: &Path, diags: &mut Diagnostics) -> Option<Kind> {
        let here = match std::fs::symlink_metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Some(Kind::Missing),
            Err(e) => {
                diags.push(Diagnostic::error(self.rel(path), Pos::UNKNOWN, format!("cannot read this: {e}")));
                return None;
            }
        };
        let meta = if here.file_type().is_symlink() {
            let target = std::fs::read_link(path).map(|t| t.display().to_string()).unwrap_or_default();
            let real = match path.canonicalize() {
                Ok(real) => real,
                Err(_) => {
                    diags.push(
                        Diagnostic::error(
                            self.rel(path),
                            Pos::UNKNOWN,
                            format!("this link is broken: `{target}` does not exist"),
                        )
                        .with_hint("point the link at a file in the site, or delete it"),
                    );
                    return None;
                }
            };
            if !real.starts_with(&self.real) {
                diags.push(
                    Diagnostic::error(
                        self.rel(path),
                        Pos::UNKNOWN,
                        format!("this link leads outside the site, to {}", real.display()),
                    )
                    .with_hint(
                        "aba reads only files inside the site folder: copy the file in instead of linking to it",
                    ),
                );
                return None;
            }
            match std::fs::metadata(&real) {
                Ok(m) => m,
                Err(e) => {
                    diags.push(Diagnostic::error(self.rel(path), Pos::UNKNOWN, format!("cannot read this: {e}")));
                    return None;
                }
            }
        } else {
            here
        };
        if meta.is_file() {
            Some(Kind::File)
        } else if meta.is_dir() {
            Some(Kind::Folder)
        } else {
            diags.push(
                Diagnostic::error(self.rel(path), Pos::UNKNOWN, "this is neither a file nor a folder")
                    .with_hint("delete it, or replace it with an ordinary file"),
            );
            None
        }
    }

    fn exists(&self, path: &Path) -> bool {
        std::fs::symlink_metadata(path).is_ok()
    }

    /// Whether `path` is a folder to read; something else by that name is reported.
    fn is_folder(&self, path: &Path, diags: &mut Diagnostics) -> bool {
        match self.follow(path, diags) {
            Some(Kind::Folder) => true,
            Some(Kind::File) => {
                diags.push(
                    Diagnostic::error(self.rel(path), Pos::UNKNOWN, "this should be a folder, not a file")
                        .with_hint("move the file away and make a folder of this name"),
                );
                false
            }
            _ => false,
        }
    }

    /// Whether `path` is a file to read; something else by that name is reported.
    fn is_file(&self, path: &Path, diags: &mut Diagnostics) -> bool {
        match self.follow(path, diags) {
            Some(Kind::File) => true,
            Some(Kind::Folder) => {
                diags.push(
                    Diagnostic::error(self.rel(path), Pos::UNKNOWN, "this is a folder, not a file")
                        .with_hint("aba reads a file of this name: move the folder away"),
                );
                false
            }
            _ => false,
        }
    }

    /// The entries of folder `dir`, but hidden ones (`.git`, `.vscode`,
    /// `.DS_Store`), sorted by name, each with its name. A folder that cannot
    /// be listed, and a name that is not UTF-8, are reported.
    fn entries(&self, dir: &Path, diags: &mut Diagnostics) -> Option<Vec<(PathBuf, String)>> {
        let list = match std::fs::read_dir(dir) {
            Ok(list) => list,
            Err(e) => {
                diags.push(
                    Diagnostic::error(self.rel(dir) + "/", Pos::UNKNOWN, format!("cannot read this folder: {e}"))
                        .with_hint("check that you may open it (its permissions)"),
                );
                return None;
            }
        };
        let mut out = Vec::new();
        for entry in list {
            match entry {
                Ok(entry) => {
                    let path = entry.path();
                    match entry.file_name().into_string() {
                        Ok(name) if name.starts_with('.') => {}
                        Ok(name) => out.push((path, name)),
                        Err(name) => diags.push(
                            Diagnostic::error(
                                self.rel(&path),
                                Pos::UNKNOWN,
                                "this name is not UTF-8 text, so it is not read",
                            )
                            .with_hint(format!("rename {}", name.to_string_lossy())),
                        ),
                    }
                }
                Err(e) => diags.push(Diagnostic::error(
                    self.rel(dir) + "/",
                    Pos::UNKNOWN,
                    format!("cannot read this folder: {e}"),
                )),
            }
        }
        out.sort();
        Some(out)
    }

    /// Files directly in `dir` named `*.EXT` (also `.yml` for `yaml`), sorted;
    /// such a name that is not a readable file is reported.
    fn files(&self, dir: &Path, ext: &str, diags: &mut Diagnostics) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for (path, name) in self.entries(dir, diags).unwrap_or_default() {
            let e = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
            if (e == ext || (ext == "yaml" && e == "yml")) && self.is_file(&path, diags) {
                out.push(path);
            }
        }
        out
    }

    /// Every file under `dir`, at any depth, but hidden ones, sorted by path.
    fn files_under(&self, dir: &Path, diags: &mut Diagnostics) -> Vec<PathBuf> {
        self.files_below(dir, 0, diags)
    }

    fn files_below(&self, dir: &Path, depth: usize, diags: &mut Diagnostics) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for (path, _) in self.entries(dir, diags).unwrap_or_default() {
            match self.follow(&path, diags) {
                Some(Kind::File) => out.push(path),
                // A link back up the tree would loop: `follow` keeps links
                // inside the site, and depth is bounded by that.
                Some(Kind::Folder) if depth < 32 => out.extend(self.files_below(&path, depth + 1, diags)),
                Some(Kind::Folder) => diags.push(Diagnostic::error(
                    self.rel(&path),
                    Pos::UNKNOWN,
                    "folders nested this deep are not read (is there a link to a folder above it?)",
                )),
                _ => {}
            }
        }
        out
    }
}

/// The largest input file `aba` reads, in bytes (64 MB): a whole network's
/// assessments are a small part of that, and a larger file is almost
/// certainly not what was meant (a video in the theme, a file that grew
/// without end).
pub const MAX_FILE: u64 = 64 << 20;

/// The bytes of an input file, if it is no larger than `MAX_FILE`; a larger
/// file is reported, naming the limit, before any of it is read.
fn read_bytes(root: &Root, path: &Path, diags: &mut Diagnostics) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| {
        let size = f.metadata()?.len();
        if size > MAX_FILE {
            return Ok(Some(size));
        }
        bytes.reserve_exact(size as usize);
        // It may grow while it is read: no more than the limit is taken.
        f.take(MAX_FILE + 1).read_to_end(&mut bytes)?;
        Ok((bytes.len() as u64 > MAX_FILE).then_some(bytes.len() as u64))
    });
    let error = match read {
        Ok(None) => return Some(bytes),
        Ok(Some(size)) => Diagnostic::error(
            root.rel(path),
            Pos::UNKNOWN,
            format!("this file is {} MB, larger than the {} MB aba reads", size.div_ceil(1 << 20), MAX_FILE >> 20),
        )
        .with_hint("is it the right file? An assessment is a few kilobytes of text"),
        Err(e) => Diagnostic::error(root.rel(path), Pos::UNKNOWN, format!("cannot read this file: {e}")),
    };
    diags.push(error);
    None
}

fn read_text(root: &Root, path: &Path, diags: &mut Diagnostics) -> Option<String> {
    let file = root.rel(path);
    match read_bytes(root, path, diags) {
        Some(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Some(text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text)),
            Err(e) => {
                let upto = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                let line = upto.iter().filter(|b| **b == b'\n').count() + 1;
                let line_start = upto.iter().rposition(|b| *b == b'\n').map(|i| i + 1).unwrap_or(0);
                let col = String::from_utf8_lossy(&upto[line_start..]).chars().count() + 1;
                diags.push(
                    Diagnostic::error(file, Pos::new(line, col), "this file is not UTF-8 text")
                        .with_hint("save it as UTF-8 (in most editors: Save As, then choose the UTF-8 encoding)"),
                );
                None
            }
        },
        None => None,
    }
}

fn read_yaml(root: &Root, path: &Path, diags: &mut Diagnostics) -> Option<Source> {
    let text = read_text(root, path, diags)?;
    parse_yaml(&root.rel(path), &text, 0, diags)
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
        return Some(Source { file: file.to_owned(), value, spans: Arc::new(spans) });
    }
    if let Some(at) = depth::too_deep(text) {
        diags.push(
            Diagnostic::error(
                file,
                byte_pos(text, at, line_offset),
                "lists and mappings are nested more than 128 deep here",
            )
            .with_hint("no assessment needs this: look for a run of `[`, `{` or `- ` that is never closed"),
        );
        return None;
    }
    if let Some(d) = aliases_too_large(file, text, line_offset) {
        diags.push(d);
        return None;
    }
    match serde_yaml::from_str::<serde_yaml::Value>(text) {
        Ok(value) => {
            let spans = Arc::new(Spans::scan(text, line_offset));
            Some(Source { file: file.to_owned(), value: value.into(), spans })
        }
        Err(e) => {
            let pos = e
                .location()
                .map(|l| Pos::new(l.line() + line_offset, l.column()))
                .unwrap_or(Pos::new(line_offset + 1, 1));
            let message = e.to_string();
            let d = odd_character(file, text, line_offset)
                .or_else(|| duplicate_key(file, text, line_offset, pos, &message))
                .unwrap_or_else(|| yaml_error(file, text, line_offset, pos, &message));
            diags.push(d);
            None
        }
    }
}

/// How many bytes more than its own text a file may grow to when its
/// aliases (`*name`) are written out in full. A few hundred kilobytes of
/// aliases of a long text would otherwise fill the memory.
pub const ALIAS_ALLOWANCE: usize = 1_000_000;

/// Reported when the aliases of a file expand it past its allowance.
const TOO_LARGE: &str = "\u{0}aliases too large";

/// The file's aliases would expand it too far: walks the document as the
/// parser expands it, counting bytes, and stops at the limit, before
/// anything is built.
fn aliases_too_large(file: &str, text: &str, line_offset: usize) -> Option<Diagnostic> {
    if !text.contains('&') || !text.contains('*') {
        return None;
    }
    let left = std::cell::Cell::new(text.len() + ALIAS_ALLOWANCE);
    let e = serde::de::DeserializeSeed::deserialize(Budget(&left), serde_yaml::Deserializer::from_str(text)).err()?;
    let message = e.to_string();
    let at = message.find(TOO_LARGE)?;
    let path = message[..at].trim_end_matches(": ");
    let pos = if path.is_empty() || path == "." {
        e.location().map(|l| Pos::new(l.line() + line_offset, l.column())).unwrap_or(Pos::new(line_offset + 1, 1))
    } else {
        Spans::scan(text, line_offset).pos(path)
    };
    Some(
        Diagnostic::error(
            file,
            pos,
            format!(
                "the aliases (`*name`) in this file would make it more than {} MB larger than it is",
                ALIAS_ALLOWANCE / 1_000_000
            ),
        )
        .with_hint("an alias repeats everything its anchor (`&name`) holds: write the text out where it is needed, or use fewer aliases"),
    )
}

/// Counts down the bytes of a document as it is expanded, failing with
/// `TOO_LARGE` when none are left.
struct Budget<'a>(&'a std::cell::Cell<usize>);

impl Budget<'_> {
    fn spend<E: serde::de::Error>(&self, bytes: usize) -> Result<(), E> {
        match self.0.get().checked_sub(bytes) {
            Some(left) => {
                self.0.set(left);
                Ok(())
            }
            None => Err(E::custom(TOO_LARGE)),
        }
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Budget<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Budget<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<(), E> {
        self.spend(8)
    }
    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<(), E> {
        self.spend(8)
    }
    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<(), E> {
        self.spend(8)
    }
    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<(), E> {
        self.spend(8)
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<(), E> {
        self.spend(v.len() + 2)
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        self.spend(2)
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<(), E> {
        self.spend(2)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.spend(2)?;
        while seq.next_element_seed(Budget(self.0))?.is_some() {}
        Ok(())
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.spend(2)?;
        while map.next_key_seed(Budget(self.0))?.is_some() {
            map.next_value_seed(Budget(self.0))?;
        }
        Ok(())
    }
    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        // A tagged value (`!tag x`): the tag, then the value.
        let (tag, value) = data.variant::<String>()?;
        self.spend(tag.len())?;
        serde::de::VariantAccess::newtype_variant_seed(value, Budget(self.0))
    }
}

/// A character YAML does not allow, or reads as the end of a line where an
/// editor shows none: the parser's own message about it says a byte offset,
/// or something about the next line; say what it is, where it is, and the
/// line as plain text, to write instead.
fn odd_character(file: &str, text: &str, line_offset: usize) -> Option<Diagnostic> {
    let (at, c) =
        text.char_indices().find(|(_, c)| !yaml_printable(*c) || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}'))?;
    let pos = byte_pos(text, at, line_offset);
    let code = crate::diagnostic::code(c);
    let (message, why) = match c {
        '\u{85}' | '\u{2028}' | '\u{2029}' => (
            format!("an invisible line separator, {code}, is here, and YAML reads it as the end of a line"),
            "it often comes with text pasted from a web page or a word processor",
        ),
        '\0' => (
            format!("an invisible NUL character, {code}, is here"),
            "a YAML file may not contain control characters (if there are many, was the file saved as UTF-16, or is it not text?)",
        ),
        _ if c.is_control() => (
            format!("an invisible control character, {code}, is here"),
            "a YAML file may not contain control characters",
        ),
        _ => (format!("the character {code}, which YAML does not allow, is here"), "YAML does not allow it"),
    };
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let plain = crate::diagnostic::plain(text[line_start..line_end].trim_end());
    let hint = match plain.trim() {
        "" => format!("delete it: {why}"),
        p if p.chars().count() <= 200 && !p.contains('`') => format!("write the line as `{plain}`: {why}"),
        _ => format!("delete it: {why}"),
    };
    Some(Diagnostic::error(file, pos, message).with_hint(hint))
}

/// YAML's printable characters (YAML 1.1, §5.1), as libyaml checks them.
fn yaml_printable(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | ' '..='~' | '\u{85}' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

/// The line and column (in characters) of byte `at` of `text`.
fn byte_pos(text: &str, at: usize, line_offset: usize) -> Pos {
    let before = &text[..at];
    let line = memchr::memchr_iter(b'\n', before.as_bytes()).count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    Pos::new(line + line_offset, before[line_start..].chars().count() + 1)
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
fn yaml_error(file: &str, text: &str, line_offset: usize, pos: Pos, message: &str) -> Diagnostic {
    let (message, pos) = match message.find(" at position ") {
        // A reader error: the position is a byte offset into the text.
        Some(i) => {
            let at = message[i + 13..].split_whitespace().next().and_then(|n| n.parse::<usize>().ok());
            let pos = at.filter(|a| text.is_char_boundary(*a)).map(|a| byte_pos(text, a, line_offset)).unwrap_or(pos);
            (&message[..i], pos)
        }
        None => (message.find(" at line ").map(|i| &message[..i]).unwrap_or(message), pos),
    };
    if message.contains("repetition limit exceeded") {
        return Diagnostic::error(file, pos, "the aliases (`*name`) in this file repeat too much")
            .with_hint("an alias repeats everything its anchor (`&name`) holds: write the text out where it is needed, or use fewer aliases");
    }
    if let Some(n) = message.split("invalid type: integer `").nth(1).and_then(|m| m.split('`').next()) {
        // A number past 2^64, which the parser can only read as one of 128 bits.
        return Diagnostic::error(file, pos, format!("the number {n} is far too large"))
            .with_hint("the numbers in these files are small whole numbers, such as a score or a count");
    }
    if message.contains("recursion limit exceeded") {
        return Diagnostic::error(file, pos, "lists and mappings are nested more than 128 deep here")
            .with_hint("no assessment needs this: look for a run of `[`, `{` or `- ` that is never closed");
    }
    let line = pos.line.checked_sub(line_offset + 1).and_then(|i| text.lines().nth(i)).unwrap_or("");
    if line.trim_start_matches(' ').starts_with('\t') {
        return Diagnostic::error(file, pos, "this line is indented with a tab")
            .with_hint("indent with spaces, not tabs (many editors can be set to type spaces for the Tab key)");
    }
    if message.contains("unknown anchor") {
        let at = line.chars().skip(pos.column.saturating_sub(1)).collect::<String>();
        let name: String =
            at.trim_start_matches('*').chars().take_while(|c| !c.is_whitespace() && !",]}".contains(*c)).collect();
        return Diagnostic::error(file, pos, format!("the alias `*{name}` names no anchor `&{name}` before it"))
            .with_hint("an alias repeats what an anchor holds: put `&NAME` on the value to repeat, above this line, or write the text out here");
    }
    if message.contains("unexpected end of stream") {
        return Diagnostic::error(
            file,
            pos,
            "the file ends inside a quote, or inside a `[` or `{` that is never closed",
        )
        .with_hint("look for a \" or ' with no partner, or a [ or { without its ] or }, on this line or above it");
    }
    let unclosed = |open: &str, close: &str| {
        Diagnostic::error(file, pos, format!("a `{open}` before this is not closed with `{close}`, or its items are not separated by commas"))
            .with_hint(format!("close each `{open}` with `{close}` on the same line, and put a comma between items; put an item that has a comma in quotes"))
    };
    if message.contains("did not find expected ',' or ']'") {
        return unclosed("[", "]");
    }
    if message.contains("did not find expected ',' or '}'") {
        return unclosed("{", "}");
    }
    if message.contains("did not find expected key") || message.contains("did not find expected '-' indicator") {
        return Diagnostic::error(file, pos, "this line is not in line with the lines above it").with_hint(
            "check the indentation: the keys of one group, and the items of one list, start in the same column",
        );
    }
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
