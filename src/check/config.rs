//! `site.yaml`: the site's settings.

use std::collections::BTreeSet;

use super::reader::*;
use super::*;
use crate::diagnostic::Diagnostics;
use crate::load::Source;

pub(super) const SITE_KEYS: &[&str] =
    &["title", "base_url", "theme", "language", "framework", "licence", "stale_after_months", "scale"];

pub fn default_scale() -> Vec<Level> {
    ["Not started", "Emerging", "Developing", "Established", "Leading"]
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
pub(super) fn origin(b: &str) -> Option<String> {
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
