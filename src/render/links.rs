//! After rendering: every internal link and anchor must lead somewhere.
//! Links written in Markdown are reported against their source file and line;
//! the rest come from templates and are reported against the page.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{Event, Parser, Tag};
use rayon::prelude::*;

use super::Pages;
use crate::diagnostic::{Diagnostic, Diagnostics, Pos};
use crate::model::{Markdown, Site};

pub fn check(site: &Site, pages: &Pages, diags: &mut Diagnostics) {
    let base = &site.config.base_url;
    let ids: HashMap<&str, HashSet<&str>> = pages
        .par_iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .map(|(path, bytes)| (path.as_str(), attr_values(std::str::from_utf8(bytes).unwrap_or(""), "id=\"").collect()))
        .collect();
    let exists = |target: &str| -> Result<(), String> {
        let (path, anchor) = match target.split_once('#') {
            Some((p, a)) => (p, Some(a)),
            None => (target, None),
        };
        let path = path.split('?').next().unwrap_or("");
        let Some(rel) = path.strip_prefix(base.as_str()).or(if path.is_empty() { Some("") } else { None }) else {
            return Err("it is outside the site's base URL".into());
        };
        let file = if rel.is_empty() || rel.ends_with('/') { format!("{rel}index.html") } else { rel.to_owned() };
        if !pages.contains_key(&file) {
            return Err("no page has that address".into());
        }
        match anchor {
            Some(a) if !a.is_empty() && file.ends_with(".html") => {
                if ids.get(file.as_str()).is_some_and(|s| s.contains(a)) {
                    Ok(())
                } else {
                    Err(format!("that page has no part with the id `{a}`"))
                }
            }
            _ => Ok(()),
        }
    };

    let mut markdown: Vec<&Markdown> = Vec::new();
    markdown.extend(site.pages.iter().map(|p| &p.body));
    markdown.extend(site.pointers.iter().map(|p| &p.body));
    for area in &site.areas {
        for a in &area.assessments {
            markdown.extend(a.summary.iter());
            markdown.extend(a.pointers.values().filter_map(|pa| pa.strengths.as_ref()));
        }
    }
    for m in markdown {
        for (offset, dest) in markdown_links(&m.text) {
            if !dest.starts_with('/') || dest.starts_with("//") {
                continue;
            }
            let target = format!("{base}{}", &dest[1..]);
            if let Err(why) = exists(&target) {
                let line = m.line + m.text[..offset].matches('\n').count();
                diags.push(
                    Diagnostic::error(&m.file, Pos::new(line, 0), format!("broken link `{dest}`: {why}")).with_hint(
                        "links to this site start with / and name a page, such as /pointers/living-map/ or /about/",
                    ),
                );
            }
        }
    }

    let broken: Vec<Diagnostic> = pages
        .par_iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .flat_map_iter(|(path, bytes)| {
            let html = std::str::from_utf8(bytes).unwrap_or("");
            let mut found = Vec::new();
            let mut seen = HashSet::new();
            for href in attr_values(html, "href=\"").chain(attr_values(html, "src=\"")) {
                let internal = href.starts_with(base.as_str()) || href.starts_with('#');
                if !internal || href.starts_with("//") || !seen.insert(href) {
                    continue;
                }
                let href = href.replace("&amp;", "&");
                let target = if let Some(anchor) = href.strip_prefix('#') {
                    let dir = path.strip_suffix("index.html").unwrap_or(path);
                    format!("{base}{dir}#{anchor}")
                } else {
                    href.clone()
                };
                if let Err(why) = exists(&target) {
                    found.push(Diagnostic::error(
                        format!("(page) {path}"),
                        Pos::UNKNOWN,
                        format!("broken link `{href}` made by the theme: {why}"),
                    ));
                }
            }
            found
        })
        .collect();
    diags.extend(broken);
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
