//! After rendering: every internal link and anchor must lead somewhere.
//! Links written in Markdown are reported against their source file and line;
//! the rest come from templates and are reported against the page.

use std::collections::{BTreeSet, HashMap, HashSet};

use pulldown_cmark::{Event, Parser, Tag};
use rayon::prelude::*;

use super::Pages;
use crate::diagnostic::{Diagnostic, Diagnostics, Pos};
use crate::model::{Area, Markdown, Site};

/// A link to check: where it was written, and what it points at.
struct Link {
    /// The output file the target names (`areas/x/index.html`), or why it names none.
    target: Result<String, String>,
    anchor: Option<String>,
    report: Diagnostic,
}

/// Checks the links of every page, and of all Markdown in the input. `skip`
/// names areas whose pages and Markdown are known good from a previous build
/// with the same set of pages (`serve`); their links are not checked again.
pub fn check(site: &Site, pages: &Pages, skip: &dyn Fn(&Area) -> bool, diags: &mut Diagnostics) {
    let base = site.config.base_url.as_str();
    let skipped: Vec<String> = site
        .areas
        .iter()
        .filter(|a| skip(a))
        .flat_map(|a| [format!("areas/{}/", a.slug), format!("data/areas/{}/", a.slug)])
        .collect();

    let mut markdown: Vec<&Markdown> = Vec::new();
    markdown.extend(site.pages.iter().map(|p| &p.body));
    markdown.extend(site.pointers.iter().map(|p| &p.body));
    for area in site.areas.iter().filter(|a| !skip(a)) {
        for a in &area.assessments {
            markdown.extend(a.summary.iter());
            markdown.extend(a.pointers.values().filter_map(|pa| pa.strengths.as_ref()));
        }
    }
    let mut links: Vec<Link> = markdown
        .par_iter()
        .flat_map_iter(|m| {
            markdown_links(&m.text)
                .into_iter()
                .filter(|(_, dest)| dest.starts_with('/') && !dest.starts_with("//"))
                .map(|(offset, dest)| {
                    let line = m.line + m.text[..offset].matches('\n').count();
                    let (target, anchor) = resolve(base, &format!("{base}{}", &dest[1..]));
                    let report = Diagnostic::error(&m.file, Pos::new(line, 0), format!("broken link `{dest}`"))
                        .with_hint(
                            "links to this site start with / and name a page, such as /pointers/living-map/ or /about/",
                        );
                    Link { target, anchor, report }
                })
        })
        .collect();

    let from_pages: Vec<Link> = pages
        .par_iter()
        .filter(|(path, _)| path.ends_with(".html") && !skipped.iter().any(|s| path.starts_with(s.as_str())))
        .flat_map_iter(|(path, bytes)| {
            let html = std::str::from_utf8(bytes).unwrap_or("");
            let mut seen = HashSet::new();
            let mut found = Vec::new();
            for href in attr_values(html, "href=\"").chain(attr_values(html, "src=\"")) {
                let internal = href.starts_with(base) || href.starts_with('#');
                if !internal || href.starts_with("//") || !seen.insert(href) {
                    continue;
                }
                let href = href.replace("&amp;", "&");
                let absolute = match href.strip_prefix('#') {
                    Some(anchor) => format!("{base}{}#{anchor}", path.strip_suffix("index.html").unwrap_or(path)),
                    None => href.clone(),
                };
                let (target, anchor) = resolve(base, &absolute);
                let report = Diagnostic::error(
                    format!("(page) {path}"),
                    Pos::UNKNOWN,
                    format!("broken link `{href}` made by the theme"),
                );
                found.push(Link { target, anchor, report });
            }
            found
        })
        .collect();
    links.extend(from_pages);

    // Read the ids only of the pages that anchors point into.
    let anchored: BTreeSet<String> =
        links.iter().filter(|l| l.anchor.is_some()).filter_map(|l| l.target.clone().ok()).collect();
    let ids: HashMap<&str, HashSet<&str>> = anchored
        .par_iter()
        .filter_map(|file| {
            let (key, bytes) = pages.get_key_value(file.as_str())?;
            Some((key.as_str(), attr_values(std::str::from_utf8(bytes).unwrap_or(""), "id=\"").collect()))
        })
        .collect();

    for link in links {
        let why = match (&link.target, &link.anchor) {
            (Err(why), _) => why.clone(),
            (Ok(file), _) if !pages.contains_key(file) => "no page has that address".into(),
            (Ok(file), Some(a))
                if file.ends_with(".html") && !ids.get(file.as_str()).is_some_and(|s| s.contains(a.as_str())) =>
            {
                format!("that page has no part with the id `{a}`")
            }
            _ => continue,
        };
        let mut d = link.report;
        d.message = format!("{}: {why}", d.message);
        diags.push(d);
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
    let Some(rel) = path.strip_prefix(base) else {
        return (Err("it is outside the site's base URL".into()), anchor);
    };
    let file = if rel.is_empty() || rel.ends_with('/') { format!("{rel}index.html") } else { rel.to_owned() };
    (Ok(file), anchor)
}

fn attr_values<'h>(html: &'h str, needle: &'static str) -> impl Iterator<Item = &'h str> {
    html.match_indices(needle).filter_map(move |(i, _)| {
        // ` id="` or ` href="`: the attribute, not the end of another word.
        let before = html[..i].chars().next_back();
        if !before.is_some_and(char::is_whitespace) {
            return None;
        }
        let start = i + needle.len();
        html[start..].find('"').map(|end| &html[start..start + end])
    })
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
