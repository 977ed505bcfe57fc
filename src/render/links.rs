//! After rendering: every internal link and anchor must lead somewhere.
//! Links written in the input (in Markdown, or as an evidence item's `link:`)
//! are reported against their source file and line; the rest come from
//! templates and are reported against the page.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use pulldown_cmark::{Event, Parser, Tag};
use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Diagnostics, Pos};
use crate::model::{Area, Markdown, Site};
use crate::render::markdown;

/// A link to check: where it was written, and what it points at.
struct Link {
    /// The output file the target names (`areas/x/index.html`), or why it names none.
    target: Result<String, String>,
    anchor: Option<String>,
    report: Diagnostic,
    /// The address as written in the input (`/about/`); empty for a page's.
    written: String,
}

/// What the link check needs of one HTML page: its internal links (each
/// once) and the ids of its parts. Taken as each page is rendered, so that
/// `build` can write pages out and let them go.
#[derive(Debug, Default, Clone)]
pub struct PageLinks {
    /// Each ends with a newline: one allocation a page, not one a link.
    hrefs: String,
    /// Sorted, to be looked up by every link to a part of the page.
    ids: Box<[Box<str>]>,
}

impl PageLinks {
    fn hrefs(&self) -> impl Iterator<Item = &str> {
        self.hrefs.lines()
    }

    fn has_id(&self, id: &str) -> bool {
        self.ids.binary_search_by(|i| i.as_ref().cmp(id)).is_ok()
    }
}

/// Every output file, with the links of its HTML pages.
pub type Index = BTreeMap<String, Option<Arc<PageLinks>>>;

/// The internal links and ids of one page.
pub fn scan(html: &[u8], base: &str) -> PageLinks {
    let mut hrefs: Vec<&str> = attribute(html, b"href=\"").chain(attribute(html, b"src=\"")).collect();
    hrefs.retain(|h| (h.starts_with(base) || h.starts_with('#')) && !h.starts_with("//"));
    hrefs.sort_unstable();
    hrefs.dedup();
    let mut page = PageLinks::default();
    for h in hrefs {
        page.hrefs.push_str(h);
        page.hrefs.push('\n');
    }
    let mut ids: Vec<Box<str>> = attribute(html, b"id=\"").map(Box::from).collect();
    ids.sort_unstable();
    ids.dedup();
    page.ids = ids.into_boxed_slice();
    page
}

/// The values of attribute `needle` (`href="`) on a page: the attribute,
/// not the end of a longer word (`data-href="`).
fn attribute<'h>(html: &'h [u8], needle: &'static [u8]) -> impl Iterator<Item = &'h str> {
    memchr::memmem::find_iter(html, needle).filter_map(move |i| {
        if !i.checked_sub(1).is_some_and(|j| html[j].is_ascii_whitespace()) {
            return None;
        }
        let start = i + needle.len();
        let end = start + memchr::memchr(b'"', &html[start..])?;
        std::str::from_utf8(&html[start..end]).ok()
    })
}

/// Checks the links of every page, and of all Markdown in the input, and
/// reports what in the Markdown will not reach a page as written (links the
/// sanitizer refuses, nesting too deep). `skip` names areas whose Markdown
/// is known good from a previous build with the same set of pages (`serve`);
/// it is not checked again. `before` is the index of that build (`serve`'s
/// last good one, which had no broken link): while every address and every
/// page's ids are as then, a page carried over from it (the very same
/// links) is not judged again, since each of its links leads where it did.
pub fn check(
    site: &Site,
    index: &Index,
    before: Option<&Index>,
    skip: &dyn Fn(&Area) -> bool,
    diags: &mut Diagnostics,
) {
    let base = site.config.base_url.as_str();
    let markdown = all_markdown(site, skip);
    let (mut links, problems, anchors): (Vec<Link>, Vec<Diagnostic>, Vec<String>) = markdown
        .par_iter()
        .flat_map_iter(|m| m.each_language().into_iter().map(move |(at, text)| (m, at, text)))
        .map(|(m, at, text)| {
            let found = markdown::inspect(text);
            let mut pos_of = at.locate(text);
            // A council's text is shown on several pages (its area's, its
            // pointer's, a report), each with parts of its own.
            let anchors: Vec<String> = match m.by_council() {
                true => found.links.iter().filter(|(_, d)| d.starts_with('#')).map(|(_, d)| d.clone()).collect(),
                false => Vec::new(),
            };
            let anchored: Vec<Diagnostic> = (found.links.iter().filter(|(_, d)| anchors.contains(d)))
                .map(|(offset, dest)| {
                    Diagnostic::error(
                        &m.file,
                        pos_of(*offset),
                        format!("the link `{dest}` leads to a part of whichever page shows this text"),
                    )
                    .with_hint("name the page as well, such as /areas/millbrook/#living-map")
                })
                .collect();
            let links = found
                .links
                .into_iter()
                .filter(|(_, dest)| dest.starts_with('/') && !dest.starts_with("//"))
                .map(|(offset, dest)| {
                    let (target, anchor) = resolve(base, &format!("{base}{}", &dest[1..]));
                    let report = Diagnostic::error(&m.file, pos_of(offset), format!("broken link `{dest}`")).with_hint(
                        "links to this site start with / and name a page, such as /pointers/living-map/ or /about/",
                    );
                    Link { target, anchor, report, written: dest }
                })
                .collect::<Vec<_>>();
            let mut problems: Vec<Diagnostic> = anchored;
            problems.extend(
                found
                    .problems
                    .into_iter()
                    .map(|p| Diagnostic::error(&m.file, pos_of(p.offset), p.message).with_hint(p.hint)),
            );
            (links, problems, anchors)
        })
        .reduce(
            || (Vec::new(), Vec::new(), Vec::new()),
            |(mut l, mut p, mut a), (l2, p2, a2)| {
                l.extend(l2);
                p.extend(p2);
                a.extend(a2);
                (l, p, a)
            },
        );
    // Anchors a council's text links to are reported where written, not on each page.
    let anchors: std::collections::HashSet<String> = anchors.into_iter().collect();
    diags.extend(problems);

    // Most pages share most links (the menus, the footer): each thread judges
    // each address once.
    let pages: Vec<(&String, &Option<Arc<PageLinks>>)> = match before.filter(|b| settled(index, b)) {
        Some(b) => (index.iter().zip(b.values()))
            .filter(|((_, now), then)| !matches!((now, then), (Some(n), Some(t)) if Arc::ptr_eq(n, t)))
            .map(|(page, _)| page)
            .collect(),
        None => index.iter().collect(),
    };
    let from_pages: Vec<Link> = pages
        .into_par_iter()
        .fold(
            || (HashMap::new(), Vec::new()),
            |(mut judged, mut found): (HashMap<&str, bool>, Vec<Link>), (path, page)| {
                let Some(page) = page else { return (judged, found) };
                for href in page.hrefs() {
                    let ok = match href.strip_prefix('#') {
                        Some(anchor) => page.has_id(anchor),
                        None => *judged.entry(href).or_insert_with(|| {
                            let (target, anchor) = resolve(base, &href.replace("&amp;", "&"));
                            link_ok(index, &target, &anchor)
                        }),
                    };
                    if !ok {
                        found.push(page_link(base, path, href));
                    }
                }
                (judged, found)
            },
        )
        .flat_map_iter(|(_, found)| found)
        .collect();
    links.extend(written_links(site, skip).map(|(file, pos, dest)| {
        let (target, anchor) = resolve(base, &format!("{base}{}", &dest[1..]));
        let report = Diagnostic::error(file, pos, format!("broken link `{dest}`"))
            .with_hint("links to this site start with / and name a page, such as /pointers/living-map/ or /about/");
        Link { target, anchor, report, written: dest.to_owned() }
    }));
    let from_markdown = links.len();
    links.extend(from_pages);

    // A broken link written in Markdown is on the pages that show the text
    // too: it is reported once, where it was written.
    let mut reported = std::collections::HashSet::new();
    let languages = &site.config.languages;
    let folders: Vec<String> = (1..languages.len()).map(|l| super::routes::language_folder(languages, l)).collect();
    for (i, link) in links.into_iter().enumerate() {
        let why = match (&link.target, &link.anchor) {
            (Err(why), _) => why.clone(),
            (Ok(file), _) if !index.contains_key(file) => "no page has that address".into(),
            (Ok(_), Some(a)) if !link_ok(index, &link.target, &link.anchor) => {
                format!("that page has no part with the id `{a}`")
            }
            _ => continue,
        };
        let key = (link.target.clone(), link.anchor.clone());
        if i < from_markdown {
            // The pages of each other language show it under their folder (`/cy/…`).
            for folder in &folders {
                let path = link.written.strip_prefix('/').unwrap_or(&link.written);
                reported.insert(resolve(base, &format!("{base}{folder}{path}")));
            }
            reported.insert(key);
        } else if reported.contains(&key) || (link.written.starts_with('#') && anchors.contains(&link.written)) {
            continue;
        }
        let mut d = link.report;
        d.message = format!("{}: {why}", d.message);
        diags.push(d);
    }
}

/// Whether a link judged against `before` is judged the same against
/// `index`: the same addresses, and each page with the same ids.
fn settled(index: &Index, before: &Index) -> bool {
    index.len() == before.len()
        && index.iter().zip(before).all(|((path, now), (was, then))| {
            path == was
                && match (now, then) {
                    (Some(n), Some(t)) => Arc::ptr_eq(n, t) || n.ids == t.ids,
                    (None, None) => true,
                    _ => false,
                }
        })
}

/// A broken link on a page, for the report.
fn page_link(base: &str, path: &str, href: &str) -> Link {
    let href = href.replace("&amp;", "&");
    let absolute = match href.strip_prefix('#') {
        Some(anchor) => format!("{base}{}#{anchor}", path.strip_suffix("index.html").unwrap_or(path)),
        None => href.clone(),
    };
    let (target, anchor) = resolve(base, &absolute);
    let report =
        Diagnostic::error(format!("(page) {path}"), Pos::UNKNOWN, format!("broken link `{href}` made by the theme"));
    Link { target, anchor, report, written: href }
}

/// The links to this site written in the input outside Markdown (an evidence
/// item's `link: /…`), with where each is written, but those of areas `skip` names.
fn written_links<'s>(site: &'s Site, skip: &dyn Fn(&Area) -> bool) -> impl Iterator<Item = (&'s str, Pos, &'s str)> {
    let areas = site.areas.iter().filter(move |a| !skip(a));
    areas
        .flat_map(|area| area.assessments.iter())
        .flat_map(|a| {
            let evidence = a.pointers.values().flat_map(|pa| pa.evidence.iter());
            evidence.filter_map(|e| Some((a.file.as_str(), e.link_at, e.link.as_deref()?)))
        })
        .filter(|(_, _, dest)| dest.starts_with('/') && !dest.starts_with("//"))
}

/// All Markdown of the site, but that of areas `skip` names.
fn all_markdown<'s>(site: &'s Site, skip: &dyn Fn(&Area) -> bool) -> Vec<&'s Markdown> {
    let mut markdown: Vec<&Markdown> = Vec::new();
    markdown.extend(site.pages.iter().map(|p| &p.body));
    markdown.extend(site.pointers.iter().map(|p| &p.body));
    for v in &site.versions {
        markdown.extend(v.pointers.iter().map(|p| &p.body));
        markdown.extend(v.translations.iter().flatten().map(|p| &p.body).filter(|m| m.translated));
    }
    for c in &site.translations {
        markdown
            .extend(c.pages.iter().map(|p| &p.body).chain(c.pointers.iter().map(|p| &p.body)).filter(|m| m.translated));
    }
    for area in site.areas.iter().filter(|a| !skip(a)) {
        for a in area.assessments.iter() {
            markdown.extend(a.summary.iter());
            markdown.extend(a.stories.iter().map(|s| &s.text));
            markdown.extend(a.pointers.values().filter_map(|pa| pa.strengths.as_ref()));
            markdown.extend(a.pointers.values().flat_map(|pa| pa.stories.iter().map(|s| &s.text)));
        }
    }
    markdown
}

/// The output files that links in Markdown point into with an anchor
/// (`/pointers/living-map/#levels`): `check` renders those pages, to judge
/// the anchors.
pub fn anchored_targets(site: &Site) -> BTreeSet<String> {
    let base = site.config.base_url.as_str();
    let written: Vec<String> = written_links(site, &|_| false).map(|(_, _, dest)| dest.to_owned()).collect();
    all_markdown(site, &|_| false)
        .par_iter()
        .flat_map_iter(|m| {
            // A link's address can only have a `#` where the text has one,
            // or an `&` (`&#35;`): a text with neither is not parsed.
            let texts =
                m.each_language().into_iter().filter(|(_, t)| memchr::memchr2(b'#', b'&', t.as_bytes()).is_some());
            texts.flat_map(|(_, t)| markdown_links(t)).map(|(_, dest)| dest)
        })
        .chain(written.into_par_iter())
        .filter(|dest| dest.starts_with('/') && !dest.starts_with("//") && dest.contains('#'))
        .filter_map(|dest| resolve(base, &format!("{base}{}", &dest[1..])).0.ok())
        .collect()
}

/// The target exists, and so does the anchor on it (on pages that were scanned).
fn link_ok(index: &Index, target: &Result<String, String>, anchor: &Option<String>) -> bool {
    let Ok(file) = target else { return false };
    match (index.get(file), anchor) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(_), Some(_)) if !file.ends_with(".html") => true,
        (Some(Some(page)), Some(a)) => page.has_id(a),
        // A page `check` did not render: only `build` can judge its anchors.
        (Some(None), Some(_)) => true,
    }
}

/// The output file a site-absolute address names, and its anchor.
fn resolve(base: &str, target: &str) -> (Result<String, String>, Option<String>) {
    let (path, anchor) = match target.split_once('#') {
        Some((p, a)) if !a.is_empty() => (p, Some(a.to_owned())),
        Some((p, _)) => (p, None),
        None => (target, None),
    };
    let path = path.split('?').next().unwrap_or("");
    // As a web server reads it: the Markdown writer %-encodes what a link
    // written in the input has as it is, and both must name the same file.
    let path = percent_decoded(path);
    let Some(rel) = path.strip_prefix(base) else {
        return (Err("it is outside the site's base URL".into()), anchor);
    };
    let file = if rel.is_empty() || rel.ends_with('/') { format!("{rel}index.html") } else { rel.to_owned() };
    (Ok(file), anchor)
}

/// `path` with its %-escapes decoded, where they make UTF-8; as it was otherwise.
fn percent_decoded(path: &str) -> std::borrow::Cow<'_, str> {
    if !path.contains('%') {
        return path.into();
    }
    let (bytes, mut out, mut i) = (path.as_bytes(), Vec::with_capacity(path.len()), 0);
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match hex.filter(|_| bytes[i] == b'%').and_then(|h| u8::from_str_radix(h, 16).ok()) {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_or(path.into(), Into::into)
}

fn markdown_links(text: &str) -> Vec<(usize, String)> {
    Parser::new(text)
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Link { dest_url, .. }) => Some((range.start, dest_url.to_string())),
            _ => None,
        })
        .collect()
}
