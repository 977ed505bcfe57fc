//! `content/`: the pointers and the other pages.

use std::collections::BTreeMap;

use crate::load::{Mapping, Value};

use super::reader::*;
use super::*;
use crate::diagnostic::{Diagnostic, Diagnostics, Pos, TextMap, nearest};
use crate::load::MarkdownSource;

pub const ROLES_KEYS: &[&str] = &["roles"];
pub const ROLE_KEYS: &[&str] = &["role", "id", "lived_experience"];

/// `content/roles.yaml`: who may take part in an assessment. Without a
/// usable list, the default one stands.
pub(super) fn check_roles(src: &crate::load::Source, diags: &mut Diagnostics) -> Vec<Role> {
    let mut r = Reader::new(src, diags);
    let mut roles: Vec<Role> = Vec::new();
    let Some(m) = r.mapping(&src.value, "", "roles.yaml", ROLES_KEYS) else { return default_roles() };
    let Some(list) = m.get("roles") else {
        r.error_at(Pos::new(1, 1), "roles.yaml has no `roles:` list").hint =
            Some("list each role as `- { role: people with lived experience, lived_experience: true }`".into());
        return default_roles();
    };
    for (i, item) in r.list(list, "roles", "`roles`").iter().enumerate() {
        let path = format!("roles[{i}]");
        let Some(rm) = r.mapping(item, &path, "a role", ROLE_KEYS) else { continue };
        let Some(key) = r.required_text(rm, "role", &path, "this role") else { continue };
        let key = key.trim().to_owned();
        let id = match r.text(rm, "id", &path) {
            Some(id) if is_slug(&id) => id,
            Some(id) => {
                r.error(&join(&path, "id"), format!("the id `{id}` is not lower-case letters, digits and -")).hint =
                    Some(format!("for example `{}`", slugify(&id)));
                continue;
            }
            None => slugify(&key),
        };
        let lived_experience = match rm.get("lived_experience") {
            None | Some(Value::Null) => false,
            Some(Value::Bool(b)) => *b,
            Some(other) => {
                let k = kind_of(other);
                r.error(
                    &join(&path, "lived_experience"),
                    format!("`lived_experience` should be true or false, not {k}"),
                );
                false
            }
        };
        if let Some(first) = roles.iter().position(|x| x.key == key || x.id == id) {
            let pos = r.spans.pos(&path);
            r.error_at(pos, format!("the role `{key}` is listed twice")).hint =
                Some(format!("it is already role {} of the list; keep one", first + 1));
            continue;
        }
        roles.push(Role { id, key, lived_experience });
    }
    if roles.is_empty() {
        r.error("roles", "the list of roles is empty").hint =
            Some("name at least one role, or delete roles.yaml to use the default list".into());
        return default_roles();
    }
    if !roles.iter().any(|x| x.lived_experience) {
        let pos = r.spans.pos("roles");
        r.diags.push(
            Diagnostic::warning(r.file, pos, "no role is marked `lived_experience: true`")
                .with_hint("mark the role of people who use services, so that pages can say when they took part"),
        );
    }
    roles
}

/// How far from 0 a page's `weight` may be.
const WEIGHTS: i64 = 10_000;

pub(super) const POINTER_KEYS: &[&str] =
    &["id", "number", "title", "summary", "questions", "levels", "next_steps", "easy_read"];
pub(super) const EASY_IDEA_KEYS: &[&str] = &["text", "picture"];

/// One idea of a pointer's `easy_read:` list, its picture one of `pictures`.
fn read_idea(r: &mut Reader, v: &Value, path: &str, pictures: &[String]) -> Option<EasyIdea> {
    let m = r.mapping(v, path, "an easy-read idea", EASY_IDEA_KEYS)?;
    let text = r.required_text(m, "text", path, "this idea");
    let choices = || format!("the pictures are: {}", pictures.join(", "));
    let picture = match r.text(m, "picture", path).map(|p| p.trim().to_owned()) {
        Some(p) if pictures.contains(&p) => Some(p),
        Some(p) => {
            let hint = match nearest(&p, pictures.iter().map(String::as_str)) {
                Some(n) => format!("did you mean `{n}`? {}", choices()),
                None => choices(),
            };
            r.error(&join(path, "picture"), format!("there is no easy-read picture {}", quoted(&p))).hint = Some(hint);
            None
        }
        None => {
            let pos = r.spans.pos(path);
            r.error_at(pos, "this idea has no `picture`").hint =
                Some(format!("add a line `picture: …`; {}", choices()));
            None
        }
    };
    Some(EasyIdea { text: text?, picture: picture? })
}

/// One pointer's front matter and text, before it is compared with the others.
fn read_pointer(
    md: &MarkdownSource,
    config: &Config,
    pictures: &[String],
    translated: bool,
    diags: &mut Diagnostics,
) -> Option<Pointer> {
    let src = &md.front;
    let mut r = Reader::new(src, diags);
    let m = r.mapping(&src.value, "", "a pointer's front matter", POINTER_KEYS)?;
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
    let summary = r.line(m, "summary", "", LINE_MAX).unwrap_or_default();
    let questions: Vec<String> = match m.get("questions") {
        Some(v) => r
            .list(v, "questions", "`questions`")
            .iter()
            .enumerate()
            .filter_map(|(i, q)| match q.as_str() {
                Some(s) => r.limit(s.to_owned(), &format!("questions[{i}]"), "this question", LINE_MAX),
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
                if let Some(value) = r.scale_key(k, &path, config)
                    && let Some(text) =
                        r.limit(text.as_str().unwrap_or_default().to_owned(), &path, "this level", LINE_MAX)
                {
                    levels.insert(value, text);
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
                    Value::String(s) => r.limit(s.clone(), &path, "this next step", LINE_MAX).into_iter().collect(),
                    other => r
                        .list(other, &path, "next steps")
                        .iter()
                        .enumerate()
                        .filter_map(|(i, s)| {
                            r.limit(s.as_str()?.to_owned(), &item_path(&path, i), "this next step", LINE_MAX)
                        })
                        .collect(),
                };
                next_steps.insert(value, list);
            }
        } else {
            r.error("next_steps", "`next_steps` should list steps for each level: `0: [ … ]`");
        }
    }
    let easy_read = match m.get("easy_read") {
        Some(v) => {
            let list = r.list(v, "easy_read", "`easy_read`");
            list.iter()
                .enumerate()
                .filter_map(|(i, v)| read_idea(&mut r, v, &format!("easy_read[{i}]"), pictures))
                .collect()
        }
        None => Vec::new(),
    };
    let (Some(id), Some(number), Some(title)) = (id, number, title) else {
        return None;
    };
    if !is_slug(&id) {
        r.error("id", format!("the pointer id `{id}` may use only a-z, 0-9 and -"));
        return None;
    }
    let Ok(number) =
        u8::try_from(number).map_err(|_| ()).and_then(|n| if (1..=99).contains(&n) { Ok(n) } else { Err(()) })
    else {
        r.error("number", format!("pointer number {number} should be from 1 to 99")).hint =
            Some("pointers are numbered 1, 2, 3 … with no gaps".into());
        return None;
    };
    Some(Pointer {
        id: PointerId(id),
        number,
        title,
        summary,
        questions,
        levels,
        next_steps,
        body: body_of(md, translated),
        easy_read,
        easy_read_fallback: false,
        file: src.file.clone(),
        fallback: false,
    })
}

pub(super) fn check_pointers(
    sources: &[MarkdownSource],
    config: &Config,
    pictures: &[String],
    diags: &mut Diagnostics,
) -> Vec<Pointer> {
    let mut pointers: Vec<Pointer> = Vec::new();
    let mut by_id: BTreeMap<String, String> = BTreeMap::new();
    let mut by_number: BTreeMap<u8, String> = BTreeMap::new();
    for md in sources {
        let Some(p) = read_pointer(md, config, pictures, false, diags) else { continue };
        let src = &md.front;
        let mut r = Reader::new(src, diags);
        let (id, number) = (p.id.0.clone(), p.number);
        if let Some(other) = by_id.insert(id.clone(), src.file.clone()) {
            r.error("id", format!("the pointer id `{id}` is also used by {other}"));
            continue;
        }
        if let Some(other) = by_number.insert(number, src.file.clone()) {
            r.error("number", format!("pointer number {number} is also used by {other}"));
            continue;
        }
        pointers.push(p);
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

/// The Markdown below a file's front matter.
fn body_of(md: &MarkdownSource, translated: bool) -> Markdown {
    Markdown {
        text: Text::plain(md.body.clone()),
        file: md.front.file.clone(),
        at: vec![TextMap::Lines(Pos::new(md.body_line, 1))],
        translated,
    }
}

pub(super) fn check_page(slug: &str, md: &MarkdownSource, diags: &mut Diagnostics) -> Option<Page> {
    read_page(slug, md, false, diags)
}

fn read_page(slug: &str, md: &MarkdownSource, translated: bool, diags: &mut Diagnostics) -> Option<Page> {
    let src = &md.front;
    let mut r = Reader::new(src, diags);
    let m = r.mapping(&src.value, "", "a page's front matter", &["title", "description", "weight"])?;
    let title = r.required_text(m, "title", "", "this page");
    let description = r.line(m, "description", "", LINE_MAX);
    let weight = m.get("weight").and_then(|v| r.int(v, "weight", "`weight`")).unwrap_or(0);
    if !(-WEIGHTS..=WEIGHTS).contains(&weight) {
        r.error("weight", format!("`weight` is {weight}, and must be from -{WEIGHTS} to {WEIGHTS}")).hint =
            Some("pages are listed by weight, lowest first: small numbers such as 1, 2, 3 are enough".into());
    }
    if slug != "_index" && (!is_slug(slug) || crate::render::routes::is_reserved(slug)) {
        let taken: Vec<&str> =
            crate::render::routes::reserved_names().filter(|n| crate::render::routes::is_reserved(n)).collect();
        r.error_at(Pos::new(1, 1), format!("`{slug}` cannot be a page name")).hint = Some(format!(
            "rename the file: lower-case letters, digits and -, and not a name the site uses ({})",
            taken.join(", ")
        ));
        return None;
    }
    Some(Page {
        slug: slug.to_owned(),
        title: title?,
        description,
        weight,
        body: body_of(md, translated),
        fallback: false,
    })
}

/// The pointers and pages in each of the site's other languages: each from
/// its translation (`01-living-map.cy.md` beside `01-living-map.md`), or,
/// with a warning, the default language's, marked as such.
pub(super) fn translate(
    translations: &[(String, MarkdownSource)],
    config: &Config,
    pictures: &[String],
    pointers: &[Pointer],
    pages: &[Page],
    diags: &mut Diagnostics,
) -> Vec<Content> {
    let others = config.languages.get(1..).unwrap_or_default();
    let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    // Which file each translation translates.
    let original = |md: &MarkdownSource| -> String {
        let file = &md.front.file;
        let (dir, name) = file.rsplit_once('/').unwrap_or(("", file));
        let stem = name.strip_suffix(".md").unwrap_or(name);
        let base = crate::load::translation_of(stem).map_or(stem, |(base, _)| base);
        format!("{dir}/{base}.md")
    };
    for (lang, md) in translations {
        if others.is_empty() {
            // A site in one language keeps its translations for later.
            continue;
        }
        let file = &md.front.file;
        if !others.iter().any(|l| same(l, lang)) {
            diags.push(
                Diagnostic::warning(file, Pos::new(1, 1), format!("`{lang}` is not one of the site's other languages"))
                    .with_hint(format!(
                        "site.yaml lists `languages: [{}]`; name the file after one of {}",
                        config.languages.join(", "),
                        others.join(", ")
                    )),
            );
            continue;
        }
        let wanted = original(md);
        let known = pointers.iter().any(|p| p.file == wanted) || pages.iter().any(|p| p.body.file == wanted);
        if !known {
            diags.push(
                Diagnostic::warning(file, Pos::new(1, 1), format!("there is no {wanted} for this file to translate"))
                    .with_hint(format!("a translation sits beside the page it translates, named like {wanted}")),
            );
        }
    }
    let default = config.languages.first().map_or("the default language", String::as_str);
    let missing = |file: &str, lang: &str, diags: &mut Diagnostics| {
        let (stem, _) = file.rsplit_once(".md").unwrap_or((file, ""));
        diags.push(
            Diagnostic::warning(file, Pos::new(1, 1), format!("this page has no translation into `{lang}`")).with_hint(
                format!(
                    "write {stem}.{lang}.md with the same front matter keys; until then the `{lang}` pages show \
                     this text in `{default}`, marked as such"
                ),
            ),
        );
    };
    others
        .iter()
        .map(|lang| {
            let find = |file: &str| {
                translations.iter().find(|(l, md)| same(l, lang) && original(md) == file).map(|(_, md)| md)
            };
            let pointers = pointers
                .iter()
                .map(|p| {
                    let translated = find(&p.file).and_then(|md| {
                        let t = read_pointer(md, config, pictures, true, diags)?;
                        if (&t.id, t.number) != (&p.id, p.number) {
                            let mut r = Reader::new(&md.front, diags);
                            let key = if t.id != p.id { "id" } else { "number" };
                            r.error(
                                key,
                                format!(
                                    "this translation says {} {}, but {} says {} {}",
                                    t.id, t.number, p.file, p.id, p.number
                                ),
                            )
                            .hint =
                                Some("a translation keeps the `id` and `number` of the pointer it translates".into());
                            return None;
                        }
                        // Without its own easy-read version, the default's, marked as such.
                        if t.easy_read.is_empty() && !p.easy_read.is_empty() {
                            diags.push(
                                Diagnostic::warning(&t.file, Pos::new(1, 1), "this translation has no `easy_read`")
                                    .with_hint(format!(
                                        "translate the `easy_read` ideas of {}; until then the `{lang}` easy-read \
                                         page shows them in `{default}`, marked as such",
                                        p.file
                                    )),
                            );
                            return Some(Pointer { easy_read: p.easy_read.clone(), easy_read_fallback: true, ..t });
                        }
                        // Every language has the same pages: none where the default has none.
                        if p.easy_read.is_empty() && !t.easy_read.is_empty() {
                            let pos = Reader::new(&md.front, diags).spans.pos("easy_read");
                            diags.push(
                                Diagnostic::warning(&t.file, pos, format!("{} has no `easy_read`", p.file)).with_hint(
                                    "a pointer has an easy-read page in every language or in none: add `easy_read` \
                                     to the pointer this file translates",
                                ),
                            );
                            return Some(Pointer { easy_read: Vec::new(), ..t });
                        }
                        Some(t)
                    });
                    translated.unwrap_or_else(|| {
                        if find(&p.file).is_none() {
                            missing(&p.file, lang, diags);
                        }
                        Pointer { fallback: true, ..p.clone() }
                    })
                })
                .collect();
            let pages = pages
                .iter()
                .map(|p| {
                    let translated = find(&p.body.file).and_then(|md| read_page(&p.slug, md, true, diags));
                    translated.map(|t| Page { weight: p.weight, ..t }).unwrap_or_else(|| {
                        if find(&p.body.file).is_none() {
                            missing(&p.body.file, lang, diags);
                        }
                        Page { fallback: true, ..p.clone() }
                    })
                })
                .collect();
            Content { pages, pointers }
        })
        .collect()
}

pub const FRAMEWORK_KEYS: &[&str] = &["name", "summary"];

/// A text of `framework.yaml`: plain, or `{ en-GB: …, cy: … }`. Like the
/// framework's other files, it may be written in languages the site does
/// not (yet) publish in: those are left out, not refused. The text in the
/// site's first language is the default, or else the first one written.
fn framework_text(r: &mut Reader, m: &Mapping, key: &str, max: usize, languages: &[String]) -> Option<Text> {
    let v = m.get(key).filter(|v| !v.is_null())?;
    let one = |r: &mut Reader, v: &Value, at: &str| -> Option<String> {
        let t = match v {
            Value::String(s) => s.trim().to_owned(),
            Value::Number(n) => n.to_string(),
            other => {
                r.error(at, format!("`{key}` should be text, not {}", kind_of(other)));
                return None;
            }
        };
        if t.is_empty() {
            return None;
        }
        r.limit(t, at, &format!("`{key}`"), max)
    };
    match v {
        Value::Mapping(by) => {
            let same = |a: &str, b: &str| {
                let primary = |t: &str| t.split(['-', '_']).next().unwrap_or(t).to_ascii_lowercase();
                a.eq_ignore_ascii_case(b) || primary(a) == primary(b)
            };
            let mut written: Vec<(String, String)> = Vec::new();
            for (k, v) in by {
                let name = key_text(k);
                if let Some(t) = one(r, v, &join(key, &name)) {
                    written.push((name, t));
                }
            }
            let mut langs: Vec<(usize, String)> = Vec::new();
            for (l, lang) in languages.iter().enumerate() {
                if let Some((_, t)) = written.iter().find(|(k, _)| same(k, lang)) {
                    langs.push((l, t.clone()));
                }
            }
            let text = langs.first().map(|(_, t)| t.clone()).or_else(|| written.first().map(|(_, t)| t.clone()))?;
            let langs = if languages.len() > 1 { langs } else { Vec::new() };
            Some(Text { text, langs })
        }
        other => one(r, other, key).map(Text::plain),
    }
}

/// The other versions of the framework (`content/frameworks/SLUG/`): each
/// with a name of its own, unlike the site's own framework's and each
/// other's, and pointers read as `content/pointers/` is.
pub(super) fn check_versions(
    sources: &[crate::load::VersionSource],
    config: &Config,
    pictures: &[String],
    diags: &mut Diagnostics,
) -> Vec<Version> {
    let mut versions: Vec<Version> = Vec::new();
    for v in sources {
        if !is_slug(&v.folder) {
            diags.push(
                Diagnostic::error(
                    &v.dir_file,
                    Pos::UNKNOWN,
                    format!("the folder name `{}` cannot be used in a web address", v.folder),
                )
                .with_hint(format!("rename it `{}`: lower-case letters, digits and -", slugify(&v.folder))),
            );
            continue;
        }
        let Some(src) = &v.framework else { continue };
        let mut r = Reader::new(src, diags);
        r.languages = &config.languages;
        let Some(m) = r.mapping(&src.value, "", "framework.yaml", FRAMEWORK_KEYS) else { continue };
        let errors = r.diags.error_count();
        let Some(title) = framework_text(&mut r, m, "name", NAME_MAX, &config.languages) else {
            // Missing, blank (`name: ""`, `{}`, every language empty), or
            // already reported: the version is left out, never in silence.
            if r.diags.error_count() == errors {
                let pos = if m.contains_key("name") { r.spans.value_pos("name") } else { Pos::new(1, 1) };
                r.error_at(pos, "this version of the framework has no `name`").hint =
                    Some("add a line `name: …`, the name an assessment's `framework:` gives".into());
            }
            continue;
        };
        let summary = framework_text(&mut r, m, "summary", LINE_MAX, &config.languages);
        let name = title.text.trim().to_owned();
        if name == config.framework.trim() {
            r.error("name", format!("`{name}` is the name of the site's own framework (content/pointers/)")).hint =
                Some("give this version a name of its own, such as the year it was used".into());
            continue;
        }
        if let Some(other) = versions.iter().find(|o| o.name == name) {
            let other = other.file.clone();
            r.error("name", format!("the version `{name}` is also named by {other}")).hint =
                Some("give each version of the framework a name of its own".into());
            continue;
        }
        let pointers = check_pointers(&v.pointers, config, pictures, diags);
        let translations = translate(&v.translations, config, pictures, &pointers, &[], diags);
        versions.push(Version {
            slug: v.folder.clone(),
            name,
            title,
            summary,
            file: src.file.clone(),
            pointers,
            translations: translations.into_iter().map(|c| c.pointers).collect(),
        });
    }
    versions
}
