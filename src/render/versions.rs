//! The page of each other version of the framework the site holds
//! (`content/frameworks/SLUG/`): its pointers in full, and which
//! assessments were made against it.

use serde::Serialize;

use super::routes::Address;
use super::{Context, Made, Renderer};

pub(super) fn addresses(r: &Renderer) -> Vec<Address> {
    (r.site.versions.iter().enumerate())
        .map(|(i, v)| Address::item(format!("frameworks/{}/index.html", v.slug), i))
        .collect()
}

#[derive(Serialize)]
struct VersionPage<'a> {
    name: &'a str,
    summary: Option<String>,
    /// The site's own framework, which the network's pages compare on.
    own: &'a str,
    pointers: Vec<VersionPointer<'a>>,
    /// The assessments made against it, oldest first.
    assessments: Vec<Used<'a>>,
}

#[derive(Serialize)]
struct VersionPointer<'a> {
    id: &'a str,
    number: u8,
    title: &'a str,
    summary: &'a str,
    /// The default language's code, when it is shown in it for want of a translation.
    untranslated: Option<&'a str>,
    body: String,
    levels: Vec<VersionLevel<'a>>,
}

#[derive(Serialize)]
struct VersionLevel<'a> {
    value: u8,
    label: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
struct Used<'a> {
    area: &'a str,
    period: String,
    url: String,
}

pub(super) fn page<'a>(r: &Renderer<'a>, a: &Address) -> Made<'a> {
    let site = r.site;
    let v = &site.versions[a.item];
    let pointers = v
        .pointers_in(r.lang)
        .iter()
        .map(|p| VersionPointer {
            id: &p.id.0,
            number: p.number,
            title: &p.title,
            summary: &p.summary,
            untranslated: r.untranslated(p.fallback),
            body: r.md(&p.body),
            levels: (site.config.scale.iter())
                .filter_map(|l| {
                    Some(VersionLevel { value: l.value, label: r.label(l.value), text: p.levels.get(&l.value)? })
                })
                .collect(),
        })
        .collect();
    let assessments = (site.areas.iter())
        .flat_map(|area| area.assessments.iter().map(move |x| (area, x)))
        .filter(|(_, x)| x.version == Some(a.item))
        .map(|(area, x)| Used {
            area: area.name.text_in(r.lang),
            period: r.period(&x.period),
            url: r.period_url(&area.slug, &x.period),
        })
        .collect();
    Context::page(VersionPage {
        name: v.title.text_in(r.lang),
        summary: v.summary.as_ref().map(|s| r.say(s)),
        own: &site.config.framework,
        pointers,
        assessments,
    })
}
