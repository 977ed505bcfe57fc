//! Raw YAML values to the validated `Site`, or every diagnostic.

use std::collections::{BTreeMap, BTreeSet};

use serde_yaml::{Mapping, Value};

use crate::diagnostic::{Diagnostic, Diagnostics, Pos, nearest};
use crate::load::{AreaSource, MarkdownSource, Source, Sources, Spans};
use crate::model::*;
use crate::score;

/// Page slugs the site itself uses; a content page of that name would collide.
const RESERVED: &[&str] = &["areas", "pointers", "compare", "regions", "static", "404", "present", "worksheet"];

/// Checked areas kept between rebuilds (`serve`): an area whose files are
/// the very same parsed files as last time (the parse cache hands back the
/// same ones for files that did not change), under the same settings and
/// pointers, is not checked again.
#[derive(Default)]
pub struct Memo {
    inner: std::sync::Mutex<MemoInner>,
}

#[derive(Default)]
struct MemoInner {
    /// The settings and pointers the areas were checked against.
    against: Option<(Config, Vec<Pointer>)>,
    areas: std::collections::HashMap<String, Checked>,
}

struct Checked {
    /// The parsed files it was checked from, kept so that "the same file"
    /// can be told by address.
    source: AreaSource,
    area: Option<Area>,
    diags: Vec<Diagnostic>,
}

/// Whether two reads of an area folder gave the very same parsed files.
fn same_files(a: &AreaSource, b: &AreaSource) -> bool {
    let same = |x: &Option<std::sync::Arc<Source>>, y: &Option<std::sync::Arc<Source>>| match (x, y) {
        (Some(x), Some(y)) => std::sync::Arc::ptr_eq(x, y),
        (None, None) => true,
        _ => false,
    };
    a.area_exists == b.area_exists
        && same(&a.area, &b.area)
        && a.periods.len() == b.periods.len()
        && a.periods.iter().zip(&b.periods).all(|((s, x), (t, y))| s == t && same(x, y))
}

impl Memo {
    fn lock(&self) -> std::sync::MutexGuard<'_, MemoInner> {
        self.inner.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Forgets every area if the settings or pointers changed.
    fn against(&self, config: &Config, pointers: &[Pointer]) {
        let mut inner = self.lock();
        if inner.against.as_ref().is_none_or(|(c, p)| c != config || p.as_slice() != pointers) {
            inner.areas.clear();
            inner.against = Some((config.clone(), pointers.to_vec()));
        }
    }

    fn area(
        &self,
        src: &AreaSource,
        diags: &mut Diagnostics,
        check: impl FnOnce(&mut Diagnostics) -> Option<Area>,
    ) -> Option<Area> {
        if let Some(c) = self.lock().areas.get(&src.dir_file).filter(|c| same_files(&c.source, src)) {
            diags.extend(c.diags.iter().cloned());
            return c.area.clone();
        }
        let mut local = Diagnostics::default();
        let area = check(&mut local);
        let found = local.sorted();
        diags.extend(found.iter().cloned());
        let checked = Checked { source: src.clone(), area: area.clone(), diags: found };
        self.lock().areas.insert(src.dir_file.clone(), checked);
        area
    }
}

pub fn check(sources: &Sources, drafts: bool, diags: &mut Diagnostics) -> Site {
    check_with(sources, drafts, None, diags)
}

/// `check`, taking unchanged areas from `memo` when one is given.
pub fn check_with(sources: &Sources, drafts: bool, memo: Option<&Memo>, diags: &mut Diagnostics) -> Site {
    let config = check_config(sources.site.as_ref(), diags);
    let pointers = check_pointers(&sources.pointers, &config, diags);
    let pages = sources.pages.iter().filter_map(|(slug, md)| check_page(slug, md, diags)).collect();
    let ids: BTreeSet<&str> = pointers.iter().map(|p| p.id.0.as_str()).collect();
    // Areas are independent of each other: check them in parallel.
    if let Some(m) = memo {
        m.against(&config, &pointers);
    }
    let checked = sources.areas.each(|a, local| match memo {
        Some(m) => m.area(a, local, |d| check_area(a, &config, &pointers, &ids, d)),
        None => check_area(a, &config, &pointers, &ids, local),
    });
    let mut areas = Vec::with_capacity(checked.len());
    for (area, local) in checked {
        areas.extend(area);
        diags.extend(local.sorted());
    }
    for area in &mut areas {
        if !drafts && area.assessments.iter().any(|a| a.status != Status::Published) {
            std::sync::Arc::make_mut(&mut area.assessments).retain(|a| a.status == Status::Published);
        }
    }
    areas.sort_by(|a, b| a.slug.cmp(&b.slug));
    Site { config, pages, pointers, areas }
}

/// Reads one YAML document, reporting against its file and spans.
struct Reader<'a> {
    file: &'a str,
    spans: &'a Spans,
    diags: &'a mut Diagnostics,
}

impl<'a> Reader<'a> {
    fn new(source: &'a Source, diags: &'a mut Diagnostics) -> Self {
        Reader { file: &source.file, spans: &source.spans, diags }
    }

    fn error(&mut self, path: &str, message: impl Into<String>) -> &mut Diagnostic {
        let pos = self.spans.value_pos(path);
        self.error_at(pos, message)
    }

    fn error_at(&mut self, pos: Pos, message: impl Into<String>) -> &mut Diagnostic {
        self.diags.push(Diagnostic::error(self.file, pos, message));
        self.diags.last_mut()
    }

    /// A mapping whose keys are all among `known`; unknown keys are reported with the nearest known one.
    fn mapping<'v>(&mut self, v: &'v Value, path: &str, what: &str, known: &[&str]) -> Option<&'v Mapping> {
        let Some(m) = v.as_mapping() else {
            let keys = known.join(", ");
            self.error(path, format!("{what} should be a set of `key: value` lines, not {}", kind_of(v))).hint =
                Some(format!("the keys it can have are: {keys}"));
            return None;
        };
        for k in m.keys() {
            let Some(name) = k.as_str() else {
                self.error(path, format!("a key in {what} is not text")).hint = None;
                continue;
            };
            if !known.contains(&name) {
                let child = join(path, name);
                let pos = self.spans.pos(&child);
                let hint = match nearest(name, known.iter().copied()) {
                    Some(n) => format!("did you mean `{n}`?"),
                    None => format!("the keys {what} can have are: {}", known.join(", ")),
                };
                self.error_at(pos, format!("unknown key `{name}` in {what}")).hint = Some(hint);
            }
        }
        Some(m)
    }

    fn text(&mut self, m: &Mapping, key: &str, path: &str) -> Option<String> {
        let v = m.get(key)?;
        match v {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            Value::Null => None,
            other => {
                let k = kind_of(other);
                self.error(&join(path, key), format!("`{key}` should be text, not {k}"));
                None
            }
        }
    }

    fn required_text(&mut self, m: &Mapping, key: &str, path: &str, what: &str) -> Option<String> {
        let t = self.text(m, key, path).filter(|t| !t.trim().is_empty());
        if t.is_none() && m.get(key).is_none_or(Value::is_null) {
            let pos = if path.is_empty() { Pos::new(1, 1) } else { self.spans.pos(path) };
            self.error_at(pos, format!("{what} has no `{key}`")).hint = Some(format!("add a line `{key}: …`"));
        }
        t
    }

    fn int(&mut self, v: &Value, path: &str, what: &str) -> Option<i64> {
        match v.as_i64() {
            Some(n) => Some(n),
            None => {
                let k = kind_of(v);
                self.error(path, format!("{what} should be a whole number, not {k}"));
                None
            }
        }
    }

    fn scale_value(&mut self, v: &Value, path: &str, what: &str, config: &Config) -> Option<Score> {
        let n = self.int(v, path, what)?;
        if config.is_on_scale(n) {
            Some(n as Score)
        } else {
            let values: Vec<String> = config.scale.iter().map(|l| l.value.to_string()).collect();
            self.error(path, format!("{what} {n} is not on the scale")).hint =
                Some(format!("use one of {}", values.join(", ")));
            None
        }
    }

    /// One of a fixed list of words; anything else is reported with the nearest.
    fn choice<T: Copy>(
        &mut self,
        value: &str,
        path: &str,
        what: &str,
        all: &[T],
        name: fn(T) -> &'static str,
    ) -> Option<T> {
        if let Some(found) = all.iter().copied().find(|t| name(*t) == value) {
            return Some(found);
        }
        let names: Vec<&str> = all.iter().map(|t| name(*t)).collect();
        let hint = match nearest(value, names.iter().copied()) {
            Some(n) => format!("did you mean `{n}`?"),
            None => format!("use one of: {}", names.join("; ")),
        };
        self.error(path, format!("`{value}` is not {what}")).hint = Some(hint);
        None
    }

    /// A mapping key that must be a scale value (`levels: { 0: … }`); reported at the key.
    fn scale_key(&mut self, k: &Value, path: &str, config: &Config) -> Option<Score> {
        let n = k.as_i64().filter(|n| config.is_on_scale(*n));
        if n.is_none() {
            let values: Vec<String> = config.scale.iter().map(|l| l.value.to_string()).collect();
            let pos = self.spans.pos(path);
            self.error_at(pos, format!("level {} is not on the scale", key_text(k))).hint =
                Some(format!("use one of {}", values.join(", ")));
        }
        n.map(|n| n as Score)
    }

    fn date(&mut self, m: &Mapping, key: &str, path: &str) -> Option<Date> {
        let raw = self.text(m, key, path)?;
        let d = Date::parse(raw.trim());
        if d.is_none() {
            self.error(&join(path, key), format!("`{raw}` is not a real date")).hint =
                Some("write dates as YYYY-MM-DD, for example 2018-03-31".into());
        }
        d
    }

    fn link(&mut self, m: &Mapping, key: &str, path: &str) -> Option<String> {
        let raw = self.text(m, key, path)?;
        let raw = raw.trim();
        if is_safe_link(raw) {
            Some(raw.to_owned())
        } else {
            self.error(&join(path, key), format!("the link `{raw}` is not allowed")).hint =
                Some("links must start with https://, http://, mailto: or / (a page of this site)".into());
            None
        }
    }

    fn markdown(&mut self, m: &Mapping, key: &str, path: &str) -> Option<Markdown> {
        let text = self.text(m, key, path).filter(|t| !t.trim().is_empty())?;
        let pos = self.spans.pos(&join(path, key));
        // A block scalar (`|`) starts on the line after its key.
        let line =
            if m.get(key).and_then(Value::as_str).is_some_and(|s| s.contains('\n')) { pos.line + 1 } else { pos.line };
        Some(Markdown { text, file: self.file.to_owned(), line })
    }

    /// A list, or a single item written without the list around it.
    fn one_or_many<'v>(&mut self, v: &'v Value, path: &str, what: &str) -> &'v [Value] {
        match v {
            Value::String(_) | Value::Mapping(_) => std::slice::from_ref(v),
            other => self.list(other, path, what),
        }
    }

    fn list<'v>(&mut self, v: &'v Value, path: &str, what: &str) -> &'v [Value] {
        match v {
            Value::Sequence(s) => s,
            Value::Null => &[],
            other => {
                let k = kind_of(other);
                self.error(path, format!("{what} should be a list (lines starting with `- `), not {k}"));
                &[]
            }
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_owned() } else { format!("{path}.{key}") }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing",
        Value::Bool(_) => "yes/no",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a set of keys",
        Value::Tagged(_) => "a tagged value",
    }
}

/// `http`, `https`, `mailto` or a site-relative path; nothing else may be linked.
pub fn is_safe_link(link: &str) -> bool {
    let lower = link.to_ascii_lowercase();
    let has_ctrl = link.chars().any(|c| c.is_control() || c == ' ');
    !has_ctrl
        && ((lower.starts_with("https://") && lower.len() > 8)
            || (lower.starts_with("http://") && lower.len() > 7)
            || (lower.starts_with("mailto:") && lower.len() > 7)
            || (link.starts_with('/') && !link.starts_with("//")))
}

const SITE_KEYS: &[&str] =
    &["title", "base_url", "theme", "language", "framework", "licence", "stale_after_months", "scale"];

pub fn default_scale() -> Vec<Level> {
    ["Not started", "Emerging", "Developing", "Established", "Leading"]
        .iter()
        .enumerate()
        .map(|(i, l)| Level { value: i as Score, label: (*l).to_owned() })
        .collect()
}

fn check_config(source: Option<&Source>, diags: &mut Diagnostics) -> Config {
    let mut c = Config {
        title: "Asset-Based Area self-assessments".into(),
        base_url: "/".into(),
        origin: None,
        theme: "default".into(),
        language: "en".into(),
        framework: "Asset-Based Area, TLAP 2017".into(),
        licence: "Open Government Licence v3.0".into(),
        stale_after_months: 18,
        scale: default_scale(),
    };
    let Some(source) = source else { return c };
    let mut r = Reader::new(source, diags);
    if source.value.is_null() {
        return c;
    }
    let Some(m) = r.mapping(&source.value, "", "site.yaml", SITE_KEYS) else {
        return c;
    };
    if let Some(t) = r.text(m, "title", "") {
        c.title = t;
    }
    if let Some(b) = r.text(m, "base_url", "") {
        c.base_url = normalise_base_url(&b);
        c.origin = origin(&b);
        if !c.base_url.starts_with('/') || c.base_url.contains("//") && !c.base_url.contains("://") {
            r.error("base_url", format!("`{b}` is not a usable base URL")).hint =
                Some("use a path such as / or /aba/, or a full address such as https://example.org/aba/".into());
        }
    }
    if let Some(t) = r.text(m, "theme", "") {
        if !is_slug(&t) && !t.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_') {
            r.error("theme", format!("`{t}` is not a theme folder name"));
        } else {
            c.theme = t;
        }
    }
    if let Some(t) = r.text(m, "language", "") {
        c.language = t;
    }
    if let Some(t) = r.text(m, "framework", "") {
        c.framework = t;
    }
    if let Some(t) = r.text(m, "licence", "") {
        c.licence = t;
    }
    if let Some(v) = m.get("stale_after_months")
        && let Some(n) = r.int(v, "stale_after_months", "`stale_after_months`")
    {
        match u32::try_from(n) {
            Ok(n) if n > 0 => c.stale_after_months = n,
            _ => {
                r.error("stale_after_months", "`stale_after_months` must be 1 or more");
            }
        }
    }
    if let Some(v) = m.get("scale") {
        let items = r.list(v, "scale", "`scale`");
        let mut scale = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = format!("scale[{i}]");
            let Some(lm) = r.mapping(item, &path, "a scale level", &["value", "label"]) else {
                continue;
            };
            let value = lm.get("value").and_then(|v| r.int(v, &join(&path, "value"), "a scale value"));
            let label = r.required_text(lm, "label", &path, "this scale level");
            if lm.get("value").is_none() {
                r.error(&path, "this scale level has no `value`");
            }
            match value {
                Some(v) if (0..=20).contains(&v) => {
                    if let Some(label) = label {
                        scale.push(Level { value: v as Score, label });
                    }
                }
                Some(v) => {
                    r.error(&join(&path, "value"), format!("scale value {v} is out of range")).hint =
                        Some("scale values are whole numbers from 0 to 20".into());
                }
                None => {}
            }
        }
        let distinct: BTreeSet<Score> = scale.iter().map(|l| l.value).collect();
        if scale.len() < 2 {
            r.error("scale", "the scale needs at least two levels").hint =
                Some("leave `scale` out to use the usual five levels, 0 Not started to 4 Leading".into());
        } else if distinct.len() != scale.len() {
            r.error("scale", "two levels of the scale have the same value");
        } else if scale.windows(2).any(|w| w[0].value > w[1].value) {
            r.error("scale", "the scale's levels must be listed from lowest to highest");
        } else {
            c.scale = scale;
        }
    }
    c
}

/// `https://example.org` from `https://example.org/aba/`, for http(s) only.
fn origin(b: &str) -> Option<String> {
    let b = b.trim();
    let lower = b.to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return None;
    }
    let after = b.find("://")? + 3;
    let end = b[after..].find('/').map_or(b.len(), |i| after + i);
    (end > after).then(|| b[..end].to_owned())
}

pub fn normalise_base_url(b: &str) -> String {
    let b = b.trim();
    // A full address keeps only its path: links stay site-relative.
    let path = match b.find("://") {
        Some(i) => b[i + 3..].find('/').map(|j| &b[i + 3 + j..]).unwrap_or("/"),
        None => b,
    };
    let mut s = String::from("/");
    s.push_str(path.trim_matches('/'));
    if !s.ends_with('/') {
        s.push('/');
    }
    s
}

const POINTER_KEYS: &[&str] = &["id", "number", "title", "summary", "questions", "levels", "next_steps"];

fn check_pointers(sources: &[MarkdownSource], config: &Config, diags: &mut Diagnostics) -> Vec<Pointer> {
    let mut pointers: Vec<Pointer> = Vec::new();
    let mut by_id: BTreeMap<String, String> = BTreeMap::new();
    let mut by_number: BTreeMap<u8, String> = BTreeMap::new();
    for md in sources {
        let src = &md.front;
        let mut r = Reader::new(src, diags);
        let Some(m) = r.mapping(&src.value, "", "a pointer's front matter", POINTER_KEYS) else {
            continue;
        };
        let id = r.required_text(m, "id", "", "this pointer");
        let number = match m.get("number") {
            Some(v) => r.int(v, "number", "`number`"),
            None => {
                r.error_at(Pos::new(2, 1), "this pointer has no `number`").hint =
                    Some("add `number: N`, its place in the list (1 to 10)".into());
                None
            }
        };
        let title = r.required_text(m, "title", "", "this pointer");
        let summary = r.text(m, "summary", "").unwrap_or_default();
        let questions: Vec<String> = match m.get("questions") {
            Some(v) => r
                .list(v, "questions", "`questions`")
                .iter()
                .enumerate()
                .filter_map(|(i, q)| match q.as_str() {
                    Some(s) => Some(s.to_owned()),
                    None => {
                        r.error(&format!("questions[{i}]"), "a question should be text");
                        None
                    }
                })
                .collect(),
            None => Vec::new(),
        };
        let mut levels = BTreeMap::new();
        if let Some(v) = m.get("levels") {
            if let Some(lm) = v.as_mapping() {
                for (k, text) in lm {
                    let path = format!("levels.{}", key_text(k));
                    if let Some(value) = r.scale_key(k, &path, config) {
                        levels.insert(value, text.as_str().unwrap_or_default().to_owned());
                    }
                }
            } else {
                r.error("levels", "`levels` should list what each level looks like: `0: …`, `1: …`");
            }
        }
        let missing: Vec<String> =
            config.scale.iter().filter(|l| !levels.contains_key(&l.value)).map(|l| l.value.to_string()).collect();
        if !missing.is_empty() && m.contains_key("levels") {
            let pos = r.spans.pos("levels");
            r.error_at(pos, format!("`levels` does not say what level {} looks like", missing.join(", "))).hint =
                Some("give one line for each value of the scale: `0: …` to `4: …`".into());
        }
        let mut next_steps = BTreeMap::new();
        if let Some(v) = m.get("next_steps") {
            if let Some(nm) = v.as_mapping() {
                for (k, steps) in nm {
                    let path = format!("next_steps.{}", key_text(k));
                    let Some(value) = r.scale_key(k, &path, config) else {
                        continue;
                    };
                    if value == config.max_score() {
                        r.error(&path, format!("there is no level above {value} to step up to"));
                        continue;
                    }
                    let list = match steps {
                        Value::String(s) => vec![s.clone()],
                        other => r
                            .list(other, &path, "next steps")
                            .iter()
                            .filter_map(|s| s.as_str().map(str::to_owned))
                            .collect(),
                    };
                    next_steps.insert(value, list);
                }
            } else {
                r.error("next_steps", "`next_steps` should list steps for each level: `0: [ … ]`");
            }
        }
        let (Some(id), Some(number), Some(title)) = (id, number, title) else {
            continue;
        };
        if !is_slug(&id) {
            r.error("id", format!("the pointer id `{id}` may use only a-z, 0-9 and -"));
            continue;
        }
        let Ok(number) = u8::try_from(number).map_err(|_| ()).and_then(|n| if n >= 1 { Ok(n) } else { Err(()) }) else {
            r.error("number", format!("pointer number {number} should be 1 or more"));
            continue;
        };
        if let Some(other) = by_id.insert(id.clone(), src.file.clone()) {
            r.error("id", format!("the pointer id `{id}` is also used by {other}"));
            continue;
        }
        if let Some(other) = by_number.insert(number, src.file.clone()) {
            r.error("number", format!("pointer number {number} is also used by {other}"));
            continue;
        }
        pointers.push(Pointer {
            id: PointerId(id),
            number,
            title,
            summary,
            questions,
            levels,
            next_steps,
            body: Markdown { text: md.body.clone(), file: src.file.clone(), line: md.body_line },
            file: src.file.clone(),
        });
    }
    pointers.sort_by_key(|p| p.number);
    for (i, p) in pointers.iter().enumerate() {
        let expected = i as u8 + 1;
        if p.number != expected {
            diags.push(
                Diagnostic::error(&p.file, Pos::new(2, 1), format!("no pointer has number {expected}"))
                    .with_hint("pointers are numbered 1, 2, 3 … with no gaps"),
            );
            break;
        }
    }
    if pointers.is_empty() && !sources.is_empty() {
        diags.push(Diagnostic::error("content/pointers/", Pos::UNKNOWN, "no pointer could be read"));
    }
    pointers
}

fn key_text(k: &Value) -> String {
    match k {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => "?".into(),
    }
}

fn check_page(slug: &str, md: &MarkdownSource, diags: &mut Diagnostics) -> Option<Page> {
    let src = &md.front;
    let mut r = Reader::new(src, diags);
    let m = r.mapping(&src.value, "", "a page's front matter", &["title", "description", "weight"])?;
    let title = r.required_text(m, "title", "", "this page");
    let description = r.text(m, "description", "");
    let weight = m.get("weight").and_then(|v| r.int(v, "weight", "`weight`")).unwrap_or(0);
    if slug != "_index" && (!is_slug(slug) || RESERVED.contains(&slug)) {
        r.error_at(Pos::new(1, 1), format!("`{slug}` cannot be a page name"))
            .hint = Some("rename the file: lower-case letters, digits and -, and not a name the site uses (areas, pointers, compare, regions)".into());
        return None;
    }
    Some(Page {
        slug: slug.to_owned(),
        title: title?,
        description,
        weight,
        body: Markdown { text: md.body.clone(), file: src.file.clone(), line: md.body_line },
    })
}

const AREA_KEYS: &[&str] = &["name", "kind", "region", "nation", "website"];

fn check_area(
    src: &AreaSource,
    config: &Config,
    pointers: &[Pointer],
    ids: &BTreeSet<&str>,
    diags: &mut Diagnostics,
) -> Option<Area> {
    if !is_slug(&src.folder) {
        diags.push(
            Diagnostic::error(
                &src.dir_file,
                Pos::UNKNOWN,
                format!("the folder name `{}` cannot be used in a web address", src.folder),
            )
            .with_hint(format!(
                "rename the folder to lower-case letters, digits and -, for example `{}`",
                slugify(&src.folder)
            )),
        );
        return None;
    }
    let mut area = Area {
        slug: AreaSlug(src.folder.clone()),
        name: String::new(),
        kind: None,
        region: None,
        nation: None,
        website: None,
        assessments: Default::default(),
    };
    let mut assessments = Vec::new();
    match &src.area {
        Some(a) => {
            let mut r = Reader::new(a, diags);
            if let Some(m) = r.mapping(&a.value, "", "area.yaml", AREA_KEYS) {
                area.name = r.required_text(m, "name", "", "area.yaml").unwrap_or_default();
                area.kind = r.text(m, "kind", "");
                area.region = r.text(m, "region", "");
                if let Some(n) = r.text(m, "nation", "") {
                    area.nation = r.choice(&n, "nation", "a nation aba knows", &Nation::ALL, Nation::name);
                }
                if let Some(w) = r.text(m, "website", "") {
                    let lower = w.to_ascii_lowercase();
                    if (lower.starts_with("https://") || lower.starts_with("http://")) && is_safe_link(&w) {
                        area.website = Some(w);
                    } else {
                        r.error("website", format!("the website `{w}` is not a web address")).hint =
                            Some("start it with https://".into());
                    }
                }
            }
        }
        None => {
            if !src.area_exists {
                diags.push(
                    Diagnostic::error(format!("{}area.yaml", src.dir_file), Pos::UNKNOWN, "this area has no area.yaml")
                        .with_hint(format!("create it with at least `name: …`, or run `aba new {}`", src.folder)),
                );
            }
        }
    }
    for (stem, source) in &src.periods {
        let file = format!("{}{stem}.yaml", src.dir_file);
        let Some(period) = Period::parse(stem) else {
            diags.push(
                Diagnostic::error(file, Pos::UNKNOWN, format!("`{stem}` is not a period"))
                    .with_hint("name assessment files by year (2018.yaml) or year and month (2018-03.yaml)"),
            );
            continue;
        };
        let Some(source) = source else { continue };
        if let Some(a) = check_assessment(source, period, config, ids, diags) {
            warn_assessment(&a, &source.spans, config, pointers, diags);
            assessments.push(a);
        }
    }
    assessments.sort_by(|a, b| a.period.cmp(&b.period));
    for w in assessments.windows(2) {
        if w[0].period == w[1].period {
            diags.push(Diagnostic::error(
                &w[1].file,
                Pos::UNKNOWN,
                format!("there is already an assessment for {} in {}", w[1].period, w[0].file),
            ));
        }
    }
    assessments.dedup_by(|a, b| a.period == b.period);
    area.assessments = std::sync::Arc::new(assessments);
    (!area.name.is_empty()).then_some(area)
}

pub fn slugify(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

pub const REVIEW_KEYS: &[&str] = &["name", "on"];
pub const PARTICIPANT_KEYS: &[&str] = &["role", "count"];
pub const EVIDENCE_KEYS: &[&str] = &["text", "link", "date"];
pub const STEP_KEYS: &[&str] = &["action", "owner", "due", "status"];
pub const ASSESSMENT_KEYS: &[&str] =
    &["assessed_on", "status", "facilitator", "framework", "reviewed_by", "participants", "summary", "pointers"];
pub const POINTER_ASSESSMENT_KEYS: &[&str] =
    &["score", "votes", "target", "confidence", "strengths", "evidence", "next_steps"];

fn check_assessment(
    src: &Source,
    period: Period,
    config: &Config,
    ids: &BTreeSet<&str>,
    diags: &mut Diagnostics,
) -> Option<Assessment> {
    let mut r = Reader::new(src, diags);
    let m = r.mapping(&src.value, "", "an assessment", ASSESSMENT_KEYS)?;
    let assessed_on = match m.get("assessed_on") {
        Some(_) => r.date(m, "assessed_on", ""),
        None => {
            r.error_at(Pos::new(1, 1), "this assessment has no `assessed_on` date").hint =
                Some("add a line such as `assessed_on: 2018-03-31`".into());
            None
        }
    };
    let status = match r.text(m, "status", "").as_deref() {
        None | Some("published") => Status::Published,
        Some("draft") => Status::Draft,
        Some(other) => {
            r.error("status", format!("`{other}` is not a status")).hint = Some("use `published` or `draft`".into());
            Status::Published
        }
    };
    let facilitator = r.text(m, "facilitator", "");
    let framework = r.text(m, "framework", "");
    if let Some(f) = &framework
        && f != &config.framework
    {
        let pos = r.spans.value_pos("framework");
        r.diags.push(
            Diagnostic::warning(
                r.file,
                pos,
                format!("this assessment used the framework `{f}`, but the site describes `{}`", config.framework),
            )
            .with_hint("scores may not compare; check which version of the pointers was used"),
        );
    }
    let reviewed_by = m.get("reviewed_by").and_then(|v| {
        let rm = r.mapping(v, "reviewed_by", "`reviewed_by`", REVIEW_KEYS)?;
        let name = r.required_text(rm, "name", "reviewed_by", "`reviewed_by`")?;
        let on = r.date(rm, "on", "reviewed_by");
        Some(Review { name, on })
    });
    let participants = m.get("participants").map(|v| {
        let mut out: Vec<Participant> = Vec::new();
        for (i, item) in r.list(v, "participants", "`participants`").iter().enumerate() {
            let path = format!("participants[{i}]");
            let Some(pm) = r.mapping(item, &path, "a participant group", PARTICIPANT_KEYS) else {
                continue;
            };
            let role = r
                .required_text(pm, "role", &path, "this participant group")
                .and_then(|s| r.choice(&s, &join(&path, "role"), "a participant role", &Role::ALL, Role::name));
            let count = match pm.get("count") {
                Some(c) => r.int(c, &join(&path, "count"), "`count`").and_then(|n| match u32::try_from(n) {
                    Ok(n) => Some(n),
                    Err(_) => {
                        r.error(&join(&path, "count"), "`count` cannot be negative");
                        None
                    }
                }),
                None => {
                    r.error(&path, "this participant group has no `count`").hint =
                        Some("add `count: N`, how many took part".into());
                    None
                }
            };
            if let (Some(role), Some(count)) = (role, count) {
                out.push(Participant { role, count });
            }
        }
        out
    });
    let summary = r.markdown(m, "summary", "");
    let mut pointers = BTreeMap::new();
    if let Some(v) = m.get("pointers") {
        if let Some(pm) = v.as_mapping() {
            for (k, pv) in pm {
                let Some(id) = k.as_str() else {
                    r.error("pointers", "a pointer id should be text");
                    continue;
                };
                let path = format!("pointers.{id}");
                if !ids.contains(id) {
                    let pos = r.spans.pos(&path);
                    let hint = match nearest(id, ids.iter().copied()) {
                        Some(n) => format!("did you mean \"{n}\"?"),
                        None => format!("the pointer ids are: {}", ids.iter().copied().collect::<Vec<_>>().join(", ")),
                    };
                    r.error_at(pos, format!("unknown pointer \"{id}\"")).hint = Some(hint);
                    continue;
                }
                if let Some(pa) = check_pointer_assessment(&mut r, pv, &path, config) {
                    pointers.insert(PointerId(id.to_owned()), pa);
                }
            }
        } else if !v.is_null() {
            r.error("pointers", "`pointers` should list each pointer's id with its score under it");
        }
    }
    Some(Assessment {
        period,
        file: src.file.clone(),
        assessed_on: assessed_on?,
        status,
        facilitator,
        framework,
        reviewed_by,
        participants,
        summary,
        pointers,
    })
}

fn check_pointer_assessment(r: &mut Reader, v: &Value, path: &str, config: &Config) -> Option<PointerAssessment> {
    if v.is_null() {
        return Some(PointerAssessment::default());
    }
    let m = r.mapping(v, path, "a pointer's assessment", POINTER_ASSESSMENT_KEYS)?;
    let score = m
        .get("score")
        .filter(|v| !v.is_null())
        .and_then(|v| r.scale_value(v, &join(path, "score"), "the score", config));
    let votes_path = join(path, "votes");
    let votes: Vec<Score> = match m.get("votes") {
        Some(v) => r
            .list(v, &votes_path, "`votes`")
            .iter()
            .enumerate()
            .filter_map(|(i, x)| r.scale_value(x, &format!("{votes_path}[{i}]"), "the vote", config))
            .collect(),
        None => vec![],
    };
    let target = m
        .get("target")
        .filter(|v| !v.is_null())
        .and_then(|v| r.scale_value(v, &join(path, "target"), "the target", config));
    let confidence = r.text(m, "confidence", path).and_then(|c| {
        let conf = Confidence::parse(&c);
        if conf.is_none() {
            r.error(&join(path, "confidence"), format!("`{c}` is not a confidence level")).hint =
                Some("use low, medium or high".into());
        }
        conf
    });
    let strengths = r.markdown(m, "strengths", path);
    let mut evidence = Vec::new();
    let ev_path = join(path, "evidence");
    if let Some(v) = m.get("evidence") {
        for (i, item) in r.one_or_many(v, &ev_path, "`evidence`").iter().enumerate() {
            let p = format!("{ev_path}[{i}]");
            match item {
                Value::String(s) => evidence.push(Evidence { text: s.clone(), link: None, date: None }),
                Value::Mapping(_) => {
                    let Some(em) = r.mapping(item, &p, "an evidence item", EVIDENCE_KEYS) else {
                        continue;
                    };
                    let text = r.required_text(em, "text", &p, "this evidence item");
                    let link = r.link(em, "link", &p);
                    let date = r.date(em, "date", &p);
                    if let Some(text) = text {
                        evidence.push(Evidence { text, link, date });
                    }
                }
                other => {
                    let k = kind_of(other);
                    r.error(&p, format!("an evidence item should be text or `text:`/`link:`/`date:`, not {k}"));
                }
            }
        }
    }
    let mut next_steps = Vec::new();
    let ns_path = join(path, "next_steps");
    if let Some(v) = m.get("next_steps") {
        for (i, item) in r.one_or_many(v, &ns_path, "`next_steps`").iter().enumerate() {
            let p = format!("{ns_path}[{i}]");
            match item {
                Value::String(s) => {
                    next_steps.push(NextStep { action: s.clone(), owner: None, due: None, status: None })
                }
                Value::Mapping(_) => {
                    let Some(sm) = r.mapping(item, &p, "a next step", STEP_KEYS) else {
                        continue;
                    };
                    let action = r.required_text(sm, "action", &p, "this next step");
                    let owner = r.text(sm, "owner", &p);
                    let due = r.date(sm, "due", &p);
                    let status = r.text(sm, "status", &p).and_then(|s| {
                        r.choice(&s, &join(&p, "status"), "a next-step status", &StepStatus::ALL, StepStatus::name)
                    });
                    if let Some(action) = action {
                        next_steps.push(NextStep { action, owner, due, status });
                    }
                }
                other => {
                    let k = kind_of(other);
                    r.error(&p, format!("a next step should be text or `action:`/`owner:`/`due:`/`status:`, not {k}"));
                }
            }
        }
    }
    Some(PointerAssessment { score, votes, target, confidence, strengths, evidence, next_steps })
}

/// Things worth knowing that do not stop a build.
fn warn_assessment(a: &Assessment, spans: &Spans, config: &Config, pointers: &[Pointer], diags: &mut Diagnostics) {
    let spans_pos = |path: &str| spans.pos(path);
    let unassessed: Vec<&str> = pointers
        .iter()
        .filter(|p| a.pointers.get(&p.id).is_none_or(|pa| score::effective_score(pa).is_none()))
        .map(|p| p.id.0.as_str())
        .collect();
    if !unassessed.is_empty() {
        diags.push(
            Diagnostic::warning(&a.file, Pos::new(1, 1), format!("not assessed: {}", unassessed.join(", ")))
                .with_hint("give each pointer a `score` or `votes`, or leave it out on purpose"),
        );
    }
    match &a.participants {
        None => diags.push(
            Diagnostic::warning(&a.file, Pos::new(1, 1), "no participants are recorded")
                .with_hint("add a `participants:` list: who took part is part of the evidence"),
        ),
        Some(ps) if !ps.iter().any(|p| p.role == Role::LivedExperience && p.count > 0) => diags.push(
            Diagnostic::warning(&a.file, spans_pos("participants"), "no people with lived experience took part")
                .with_hint("the page will say so; invite people who use services to the next workshop"),
        ),
        _ => {}
    }
    for (id, pa) in &a.pointers {
        for (i, e) in pa.evidence.iter().enumerate() {
            if score::is_stale(e, a.assessed_on, config.stale_after_months) {
                let d = e.date.expect("stale evidence has a date");
                diags.push(Diagnostic::warning(
                    &a.file,
                    spans_pos(&format!("pointers.{id}.evidence[{i}]")),
                    format!(
                        "evidence dated {d} was more than {} months old when this assessment was made",
                        config.stale_after_months
                    ),
                ));
            }
        }
        for (i, s) in pa.next_steps.iter().enumerate() {
            if score::is_overdue(s, a.assessed_on) {
                let due = s.due.expect("an overdue step has a due date");
                diags.push(Diagnostic::warning(
                    &a.file,
                    spans_pos(&format!("pointers.{id}.next_steps[{i}]")),
                    format!("the next step \"{}\" was due on {due} and is not done", s.action),
                ));
            }
        }
    }
}
