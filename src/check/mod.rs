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
mod reader;

use std::collections::BTreeSet;

use crate::diagnostic::Diagnostics;
use crate::load::Sources;
use crate::model::*;

pub use area::{
    ASSESSMENT_KEYS, EVIDENCE_KEYS, PARTICIPANT_KEYS, POINTER_ASSESSMENT_KEYS, REVIEW_KEYS, STEP_KEYS, STORY_KEYS,
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
    let pointers = content::check_pointers(&sources.pointers, &config, diags);
    let pages: Vec<Page> = sources.pages.iter().filter_map(|(slug, md)| content::check_page(slug, md, diags)).collect();
    let translations = content::translate(&sources.translations, &config, &pointers, &pages, diags);
    let ids: BTreeSet<&str> = pointers.iter().map(|p| p.id.0.as_str()).collect();
    // Areas are independent of each other: check them in parallel.
    if let Some(m) = memo {
        m.against(&config, &pointers);
    }
    let checked = sources.areas.each(|a, local| match memo {
        Some(m) => m.area(a, local, |d| area::check_area(a, &config, &pointers, &ids, d)),
        None => area::check_area(a, &config, &pointers, &ids, local),
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
    Site { config, pages, pointers, areas, translations }
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
