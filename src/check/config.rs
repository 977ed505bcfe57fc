//! `site.yaml`: the site's settings.

use std::collections::BTreeSet;

use super::reader::*;
use super::*;
use crate::diagnostic::{Diagnostic, Diagnostics, Pos};
use crate::load::Source;
use crate::messages::primary;

pub(super) const SITE_KEYS: &[&str] = &[
    "title",
    "url",
    "base_url",
    "theme",
    "language",
    "languages",
    "framework",
    "licence",
    "stale_after_months",
    "scale",
    "organisation",
    "accessibility",
    "relative_urls",
];

/// What `stale_after_months` may be.
pub const STALE_MONTHS: std::ops::RangeInclusive<u32> = 1..=600;

const ACCESSIBILITY_KEYS: &[&str] = &["contact", "prepared_on", "reviewed_on", "compliance"];

/// Where a site lives: `https://host` (if known) and the path every link starts with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteAddress {
    pub origin: Option<String>,
    /// Starts and ends with `/`.
    pub path: String,
}

/// Reads a `base_url` or `url`: a path that starts with one `/`, or a full
/// `http(s)://host/path` address. Refused: anything that could take a link
/// to another host or out of the attribute, XML or script it is written
/// into (a backslash, `//` at the start, quotes, spaces, `<`, `>`, `&`,
/// control characters), and `?`, `#` or `..` parts.
pub fn parse_address(s: &str) -> Result<SiteAddress, String> {
    let s = s.trim();
    let refused = |c: char| !c.is_ascii() || c.is_ascii_control() || c == ' ' || "\\\"'<>&?#`{}|^".contains(c);
    if let Some(c) = s.chars().find(|c| refused(*c)) {
        return Err(format!("it contains {}, which an address here may not", shown(c)));
    }
    let lower = s.to_ascii_lowercase();
    let (origin, path) = if lower.starts_with("https://") || lower.starts_with("http://") {
        let after = s.find("://").map_or(0, |i| i + 3);
        let end = s[after..].find('/').map_or(s.len(), |i| after + i);
        let host = &s[after..end];
        let host_ok = !host.is_empty()
            && !host.contains('@')
            && host.chars().all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
            && !host.starts_with(['.', '-', ':']);
        if !host_ok {
            return Err(format!("`{host}` is not a web server's name"));
        }
        (Some(s[..end].to_owned()), &s[end..])
    } else if s.starts_with('/') && !s.starts_with("//") {
        (None, s)
    } else {
        return Err("it is neither a path starting with / nor a full address starting with https://".into());
    };
    if path.contains("//") || path.split('/').any(|part| part == ".." || part == ".") {
        return Err("its path has an empty, `.` or `..` part".into());
    }
    let mut p = String::from("/");
    p.push_str(path.trim_matches('/'));
    if !p.ends_with('/') {
        p.push('/');
    }
    Ok(SiteAddress { origin, path: p })
}

/// UK public sector websites must publish an accessibility statement, kept
/// under review: the warnings say what it lacks.
fn warn_accessibility(file: &str, (pos, review_pos): (Pos, Pos), a: &Accessibility, diags: &mut Diagnostics) {
    let mut warn = |pos: Pos, message: &str, hint: &str| {
        diags.push(Diagnostic::warning(file, pos, message).with_hint(hint));
    };
    if a.contact.is_none() {
        warn(
            pos,
            "the accessibility statement has no contact for people who need another format or find a problem",
            "add `accessibility: { contact: accessibility@example.gov.uk }` (an email address or a web page)",
        );
    }
    match a.reviewed_on.or(a.prepared_on) {
        None => warn(
            pos,
            "the accessibility statement does not say when it was prepared or last reviewed",
            "add `prepared_on:` and `reviewed_on:` dates (YYYY-MM-DD) under `accessibility:`",
        ),
        Some(d) if d.plus_months(12) < Date::today() => warn(
            review_pos,
            &format!("the accessibility statement was last reviewed on {d}, more than a year ago"),
            "review it (test the site again), then update `reviewed_on:` under `accessibility:`",
        ),
        Some(_) => {}
    }
}

/// Once a site: without its public address, what needs one is left out.
fn no_address(r: &mut Reader) {
    let d = Diagnostic::warning(r.file, Pos::new(1, 1), "");
    r.diags.push(no_address_warning(d));
}

fn no_address_warning(mut d: Diagnostic) -> Diagnostic {
    d.message = "the site's public address is not given, so the sitemap and robots.txt are left out".into();
    d.with_hint("add `url: https://…/` with the address the site is published at")
}

/// A character as a message shows it: invisible ones by their code.
fn shown(c: char) -> String {
    match c {
        ' ' => "a space".into(),
        c if c.is_control() || c.is_whitespace() || !c.is_alphanumeric() && !c.is_ascii() => {
            format!("the invisible character \\u{{{:x}}}", c as u32)
        }
        c if !c.is_ascii() => format!("`{c}` (write letters outside A to Z %-encoded)"),
        c => format!("`{c}`"),
    }
}

/// Whether `tag` is a language code that can name a folder and a page's
/// `lang`: `cy`, `en-GB`, `pt-BR` (letters and digits between hyphens, the
/// first two or three letters).
pub fn language_tag(tag: &str) -> Result<(), String> {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or("");
    if !(2..=3).contains(&first.len()) || !first.chars().all(|c| c.is_ascii_lowercase()) {
        return Err("it should start with a language's two or three lower-case letters".into());
    }
    if !parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric())) {
        return Err("after the first part, each part is letters and digits after a hyphen (`en-GB`)".into());
    }
    Ok(())
}

/// `languages: [en, cy]`: the first is the default.
fn check_languages(r: &mut Reader, v: &crate::load::Value, also_language: bool, c: &mut Config) {
    const HINT: &str = "list the languages the site is published in, the default first: `languages: [en, cy]`";
    let items = r.list(v, "languages", "`languages`");
    let mut languages: Vec<String> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let path = format!("languages[{i}]");
        let Some(tag) = item.as_str() else {
            r.error(&path, format!("a language is a code such as `cy`, not {}", kind_of(item))).hint =
                Some(HINT.into());
            continue;
        };
        if let Err(why) = language_tag(tag) {
            r.error(&path, format!("`{tag}` is not a language: {why}")).hint =
                Some("use a language code such as en, en-GB or cy".into());
        } else if let Some(same) = languages.iter().find(|l| primary(l) == primary(tag)) {
            r.error(&path, format!("`{tag}` is listed twice (as `{same}` before)")).hint =
                Some("each language once: its pages live under its code (cy/…)".into());
        } else {
            languages.push(tag.to_owned());
        }
    }
    if items.is_empty() && !matches!(v, crate::load::Value::Sequence(_)) {
        return;
    }
    if items.is_empty() {
        r.error("languages", "`languages` lists no language").hint = Some(HINT.into());
        return;
    }
    if also_language && languages.first().is_some_and(|l| *l != c.language) {
        r.error("language", format!("`language` says {} but `languages` starts with {}", c.language, languages[0]))
            .hint = Some("leave `language` out: the first of `languages` is the default".into());
    }
    if let Some(first) = languages.first() {
        c.language = first.clone();
        c.languages = languages;
    }
}

pub fn default_scale() -> Vec<Level> {
    ["Not started", "Emerging", "Developing", "Established", "Embedded"]
        .iter()
        .enumerate()
        .map(|(i, l)| Level { value: i as Score, label: (*l).to_owned() })
        .collect()
}

pub(super) fn check_config(source: Option<&Source>, diags: &mut Diagnostics) -> Config {
    let mut c = Config {
        title: "Asset-Based Area self-assessments".into(),
        base_url: "/".into(),
        origin: None,
        theme: "default".into(),
        language: "en".into(),
        languages: vec!["en".into()],
        framework: "Asset-Based Area, TLAP 2017".into(),
        licence: "Open Government Licence v3.0".into(),
        stale_after_months: 18,
        scale: default_scale(),
        roles: default_roles(),
        organisation: None,
        accessibility: Accessibility::default(),
        relative_urls: false,
    };
    let Some(source) = source else {
        diags.push(no_address_warning(Diagnostic::warning("site.yaml", Pos::UNKNOWN, "")));
        warn_accessibility("site.yaml", (Pos::UNKNOWN, Pos::UNKNOWN), &c.accessibility, diags);
        return c;
    };
    let mut r = Reader::new(source, diags);
    let Some(m) = r.mapping(&source.value, "", "site.yaml", SITE_KEYS).filter(|_| !source.value.is_null()) else {
        no_address(&mut r);
        warn_accessibility(r.file, (Pos::new(1, 1), Pos::new(1, 1)), &c.accessibility, r.diags);
        return c;
    };
    if let Some(t) = r.line(m, "title", "", NAME_MAX) {
        c.title = t;
    }
    let mut url = None;
    if let Some(u) = r.line(m, "url", "", LINK_MAX) {
        match parse_address(&u) {
            Ok(a) if a.origin.is_some() => url = Some(a),
            Ok(_) => {
                r.error("url", format!("`{u}` is not a full address")).hint =
                    Some("give the address the site is published at, such as https://www.example.gov.uk/aba/".into());
            }
            Err(why) => {
                r.error("url", format!("`{u}` cannot be the site's address: {why}")).hint =
                    Some("give the address the site is published at, such as https://www.example.gov.uk/aba/".into());
            }
        }
    }
    if let Some(b) = r.line(m, "base_url", "", LINK_MAX) {
        match parse_address(&b) {
            Ok(a) => {
                if let Some(u) = url.as_ref().filter(|u| u.path != a.path) {
                    r.error("base_url", format!("`base_url` says {} but `url` says {}", a.path, u.path)).hint =
                        Some("leave `base_url` out: it is taken from `url`".into());
                }
                c.base_url = a.path;
                c.origin = a.origin;
            }
            Err(why) => {
                r.error("base_url", format!("`{b}` is not a usable base URL: {why}")).hint =
                    Some("use a path such as / or /aba/, or a full address such as https://example.org/aba/".into());
            }
        }
    }
    if let Some(u) = url {
        c.base_url = u.path;
        c.origin = u.origin;
    }
    if c.origin.is_none() {
        no_address(&mut r);
    }
    c.organisation = r.line(m, "organisation", "", NAME_MAX);
    match m.get("relative_urls") {
        None => {}
        Some(crate::load::Value::Bool(b)) => c.relative_urls = *b,
        Some(_) => {
            r.error("relative_urls", "`relative_urls` is `true` or `false`").hint = Some(
                "`relative_urls: true` writes every link relative to its page, for a copy opened from a folder".into(),
            );
        }
    }
    let a = m.get("accessibility").and_then(|v| r.mapping(v, "accessibility", "`accessibility`", ACCESSIBILITY_KEYS));
    if let Some(a) = a {
        c.accessibility.contact = r.line(a, "contact", "accessibility", LINK_MAX).map(|t| t.trim().to_owned());
        let is_email = |c: &str| c.contains('@') && !c.contains(['<', '>', '"', ' ']);
        let is_page = |c: &str| is_safe_link(c) && !c.starts_with('/');
        if let Some(contact) = &c.accessibility.contact
            && !is_email(contact)
            && !is_page(contact)
        {
            r.error("accessibility.contact", format!("`{contact}` is neither an email address nor a web page")).hint =
                Some("give an address such as accessibility@example.gov.uk, or a page such as https://www.example.gov.uk/contact".into());
        }
        c.accessibility.prepared_on = r.date(a, "prepared_on", "accessibility");
        c.accessibility.reviewed_on = r.date(a, "reviewed_on", "accessibility");
        match r.text(a, "compliance", "accessibility").as_deref() {
            None | Some("partial") => {}
            Some("full") => c.accessibility.fully_compliant = true,
            Some(other) => {
                r.error("accessibility.compliance", format!("{} is not a compliance status", quoted(other))).hint =
                    Some("use `full` once your own audit found no failures, or leave it out (`partial`)".into());
            }
        }
    }
    let pos = if a.is_some() { r.spans.pos("accessibility") } else { Pos::new(1, 1) };
    let dated =
        if c.accessibility.reviewed_on.is_some() { "accessibility.reviewed_on" } else { "accessibility.prepared_on" };
    let review_pos = r.spans.value_pos(dated);
    warn_accessibility(r.file, (pos, review_pos), &c.accessibility, r.diags);
    if let Some(t) = r.line(m, "theme", "", NAME_MAX) {
        if !is_slug(&t) && !t.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_') {
            r.error("theme", format!("`{t}` is not a theme folder name"));
        } else {
            c.theme = t;
        }
    }
    if let Some(t) = r.line(m, "language", "", NAME_MAX) {
        match language_tag(&t) {
            Ok(()) => c.language = t,
            Err(why) => {
                r.error("language", format!("`{t}` is not a language: {why}")).hint =
                    Some("use a language code such as en, en-GB or cy".into());
            }
        }
    }
    c.languages = vec![c.language.clone()];
    if let Some(v) = m.get("languages") {
        check_languages(&mut r, v, m.contains_key("language"), &mut c);
    }
    if let Some(t) = r.line(m, "framework", "", NAME_MAX) {
        c.framework = t;
    }
    if let Some(t) = r.line(m, "licence", "", NAME_MAX) {
        c.licence = t;
    }
    if let Some(v) = m.get("stale_after_months")
        && let Some(n) = r.int(v, "stale_after_months", "`stale_after_months`")
    {
        match u32::try_from(n) {
            Ok(n) if STALE_MONTHS.contains(&n) => c.stale_after_months = n,
            _ => {
                r.error(
                    "stale_after_months",
                    format!(
                        "`stale_after_months` is {n}, and must be from {} to {} (50 years)",
                        STALE_MONTHS.start(),
                        STALE_MONTHS.end()
                    ),
                )
                .hint = Some("the usual is 18: evidence older than a year and a half is flagged".into());
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
                Some("leave `scale` out to use the usual five levels, 0 Not started to 4 Embedded".into());
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
