//! Raw YAML values to the validated `Site`, or every diagnostic.
//!
//! One file a job: `reader` walks a YAML document and reports against its
//! lines; `config` checks `site.yaml`; `content` the pointers and pages of
//! `content/`; `area` an area's `area.yaml` and assessments; `memo` keeps
//! checked areas between `serve`'s rebuilds.

mod area;
mod config;
mod content;
mod memo;
mod network;
mod reader;

use crate::diagnostic::Diagnostics;
use crate::load::Sources;
use crate::model::*;

pub use area::{
    ASSESSMENT_KEYS, EVIDENCE_KEYS, MAX_COUNT, PARTICIPANT_KEYS, POINTER_ASSESSMENT_KEYS, REVIEW_KEYS, STEP_KEYS,
    STORY_KEYS, YEARS, period_fits,
};
pub use config::{SiteAddress, default_scale, language_tag, parse_address};
pub use memo::Memo;

pub fn check(sources: &Sources, drafts: bool, diags: &mut Diagnostics) -> Site {
    check_with(sources, drafts, None, diags)
}

/// `check`, taking unchanged areas from `memo` when one is given.
pub fn check_with(sources: &Sources, drafts: bool, memo: Option<&Memo>, diags: &mut Diagnostics) -> Site {
    let mut config = config::check_config(sources.site.as_ref(), diags);
    if let Some(roles) = &sources.roles {
        config.roles = content::check_roles(roles, diags);
    }
    let pictures = crate::theme::pictures(sources);
    let pointers = content::check_pointers(&sources.pointers, &config, &pictures, diags);
    let pages: Vec<Page> = sources.pages.iter().filter_map(|(slug, md)| content::check_page(slug, md, diags)).collect();
    let translations = content::translate(&sources.translations, &config, &pictures, &pointers, &pages, diags);
    let errors = diags.error_count();
    let versions = content::check_versions(&sources.versions, &config, &pictures, diags);
    let broken = diags.error_count() > errors;
    let frameworks = area::Frameworks::new(&pointers, &versions, broken);
    // While a version has errors, what an area's check says depends on
    // them: `serve` checks every area afresh, and keeps nothing of it.
    let memo = memo.filter(|_| !broken);
    // Areas are independent of each other: check them in parallel.
    if let Some(m) = memo {
        let every = std::iter::once(&pointers).chain(translations.iter().map(|t| &t.pointers));
        m.against(&config, every.cloned().collect(), &versions);
    }
    let checked = sources.areas.each(|a, local| match memo {
        Some(m) => m.area(a, local, |d| area::check_area(a, &config, &frameworks, d)),
        None => area::check_area(a, &config, &frameworks, local),
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
    network::check_network(&areas, diags);
    Site { config, pages, pointers, areas, translations, versions }
}

/// The longest a name, title or other one-line label may be, in characters.
pub const NAME_MAX: usize = 200;
/// The longest a sentence may be (an evidence item, a next step, a question), in characters.
pub const LINE_MAX: usize = 1000;
/// The longest a link may be, in characters.
pub const LINK_MAX: usize = 2000;

/// What is wrong with a link `is_safe_link` refuses, in the writer's terms,
/// and what would be right; `None` for a link it accepts.
pub fn link_problem(link: &str) -> Option<(String, String)> {
    if is_safe_link(link) {
        return None;
    }
    let lower = link.to_ascii_lowercase();
    let kinds =
        "a link starts with https:// or http:// (another site), mailto: (an email address) or / (a page of this site)";
    let scheme = lower.split_once(':').map(|(s, _)| s).filter(|s| {
        s.starts_with(|c: char| c.is_ascii_alphabetic())
            && s.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    Some(if link.is_empty() {
        ("the link is empty".into(), "give the address, or leave `link` out".into())
    } else if let Some(c) = link.chars().find(|c| c.is_control() || c.is_whitespace()) {
        let what =
            if c == ' ' { "a space".to_owned() } else { format!("the invisible character \\u{{{:x}}}", c as u32) };
        (
            format!("the link `{link}` contains {what}"),
            "a web address has no spaces: write a space as %20, and delete invisible characters".into(),
        )
    } else if let Some(start) = ["https://", "http://", "mailto:"].into_iter().find(|s| lower == *s) {
        (
            format!("the link `{link}` has nothing after `{start}`"),
            "write the whole address, such as https://www.example.gov.uk/report".into(),
        )
    } else if link.starts_with("//") {
        (
            format!("the link `{link}` does not say whether it is https:// or http://"),
            format!("write it in full: https:{link}"),
        )
    } else if lower.starts_with("www.") {
        (format!("the link `{link}` does not start with https://"), format!("write it in full: https://{link}"))
    } else if let Some(s) = scheme {
        (format!("the link `{link}` is not allowed: it starts with `{s}:`"), kinds.into())
    } else {
        (format!("the link `{link}` is neither a web address nor a page of this site"), kinds.into())
    })
}

/// `http`, `https`, `mailto` or a site-relative path; nothing else may be linked.
pub fn is_safe_link(link: &str) -> bool {
    let lower = link.to_ascii_lowercase();
    let has_ctrl = link.chars().any(|c| c.is_control() || c.is_whitespace());
    !has_ctrl
        && ((lower.starts_with("https://") && lower.len() > 8)
            || (lower.starts_with("http://") && lower.len() > 7)
            || (lower.starts_with("mailto:") && lower.len() > 7)
            || (link.starts_with('/') && !link.starts_with("//")))
}

/// The longest a slug made from a name may be, in bytes: a region's page is
/// a folder of that name, and file systems allow 255 bytes a name.
pub const MAX_SLUG: usize = 100;

/// The web-address form of a name (a region's `/regions/NAME/`, a folder
/// name suggested for an area): lower-case ASCII letters and digits, each
/// other run of characters one `-`. Letters of any script are transliterated
/// to A to Z (`Ynys Môn` → `ynys-mon`, `Северо-Запад` → `severo-zapad`,
/// full-width `ｍｉｌｌ` → `mill`), so every address is plain ASCII and
/// works anywhere. Empty when the name has no letter or digit that can be
/// written so; at most `MAX_SLUG` bytes, cut at a `-` where there is one.
pub fn slugify(s: &str) -> String {
    let mut out = String::new();
    // Characters with no transliteration separate words, like punctuation.
    let ascii = deunicode::deunicode_with_tofu(s, " ");
    for c in ascii.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    if out.len() > MAX_SLUG {
        let cut = out[..=MAX_SLUG].rfind('-').filter(|i| *i > MAX_SLUG / 2).unwrap_or(MAX_SLUG);
        out.truncate(cut);
    }
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_for_any_script() {
        let cases = [
            ("North West", "north-west"),
            ("Ynys Môn", "ynys-mon"),
            ("Северо-Запад", "severo-zapad"),
            ("ｍｉｌｌｂｒｏｏｋ", "millbrook"),
            ("Île-de-France", "ile-de-france"),
            ("  --  ", ""),
            ("a\u{200b}b", "a-b"),
        ];
        for (name, slug) in cases {
            assert_eq!(slugify(name), slug, "{name}");
        }
        for name in ["東北地方", "मध्य प्रदेश", "مصر", "🌊"] {
            let s = slugify(name);
            assert!(!s.is_empty() && crate::model::is_slug(&s), "{name}: {s:?}");
        }
        let long = slugify(&"Северо-Запад ".repeat(100));
        assert!(long.len() <= MAX_SLUG && crate::model::is_slug(&long), "{long}");
        assert!(crate::model::is_slug(&slugify(&"ж".repeat(1000))));
    }
}
