//! Atom feeds of published assessments, newest first: the whole network's,
//! each region's and each area's. Written by `atom_syndication`; only with
//! the site's public address (`url`), since a feed's links must be full ones.
//! Entry ids are the assessments' addresses, so a feed reader never shows
//! one twice, and nothing depends on the day of the build.

use atom_syndication::{Content, Entry, Feed, FixedDateTime, Link, Person, Text};

use super::routes::Address;
use super::{Made, Renderer};
use crate::model::*;

/// Which assessments a feed lists.
enum Scope {
    Network,
    Region(usize),
    Area(usize),
}

pub(super) fn network_addresses(r: &Renderer) -> Vec<Address> {
    super::pages::with_address(r, "feed.xml")
}

pub(super) fn region_addresses(r: &Renderer) -> Vec<Address> {
    let known = r.site.config.origin.is_some();
    (r.groups.iter().enumerate())
        .filter(|_| known)
        .map(|(i, g)| Address::item(format!("regions/{}/feed.xml", g.slug), i))
        .collect()
}

pub(super) fn area_addresses(r: &Renderer) -> Vec<Address> {
    let known = r.site.config.origin.is_some();
    (r.site.areas.iter().enumerate())
        .filter(|(_, a)| known && !a.assessments.is_empty())
        .map(|(ai, a)| Address { area: Some(ai), ..Address::one(format!("areas/{}/feed.xml", a.slug)) })
        .collect()
}

pub(super) fn network<'a>(r: &Renderer<'a>, _: &Address) -> Made<'a> {
    feed(r, Scope::Network, "feed.xml")
}

pub(super) fn region<'a>(r: &Renderer<'a>, a: &Address) -> Made<'a> {
    feed(r, Scope::Region(a.item), &a.file)
}

pub(super) fn area<'a>(r: &Renderer<'a>, a: &Address) -> Made<'a> {
    feed(r, Scope::Area(a.area.unwrap_or_default()), &a.file)
}

fn feed<'a>(r: &Renderer<'a>, scope: Scope, file: &str) -> Made<'a> {
    let site = r.site;
    let url = format!("{}{}", site.config.origin.as_deref().unwrap_or(""), r.base);
    // The pages of the feed's language: under `cy/` for Welsh.
    let home = format!("{}{}", site.config.origin.as_deref().unwrap_or(""), r.home);
    let words = r.words();
    let (areas, title, page): (Vec<&Area>, String, String) = match scope {
        Scope::Network => {
            (site.areas.iter().collect(), words.format("feed-network", &[("site", &site.config.title)]), String::new())
        }
        Scope::Region(i) => {
            let g = &r.groups[i];
            let title = words.format("feed-region", &[("region", g.name), ("site", &site.config.title)]);
            (g.areas.clone(), title, format!("regions/{}/", g.slug))
        }
        Scope::Area(ai) => {
            let area = &site.areas[ai];
            (
                vec![area],
                words.format("feed-area", &[("area", area.name.text_in(r.lang))]),
                format!("areas/{}/", area.slug),
            )
        }
    };
    let mut all: Vec<(&Area, &Assessment)> =
        areas.iter().flat_map(|a| a.assessments.iter().map(move |x| (*a, x))).collect();
    // Newest first; among assessments of one day, by area and period, so the order is the same every build.
    all.sort_by(|(a, x), (b, y)| (y.assessed_on, &b.slug, &y.period).cmp(&(x.assessed_on, &a.slug, &x.period)));
    // Each entry is written once per revision of its area (`Renderer::of_area`)
    // and the entries are joined into the feed, where Atom writes them last.
    let entry = |area: &Area, a: &Assessment| {
        let href = format!("{home}areas/{}/{}/", area.slug, a.period);
        let mut e = Entry::default();
        let period = r.period(&a.period);
        e.set_title(Text::plain(
            words.format("feed-entry", &[("area", area.name.text_in(r.lang)), ("period", &period)]),
        ));
        e.set_id(href.clone());
        e.set_updated(at(a.assessed_on));
        e.set_links(vec![Link { href, ..Link::default() }]);
        if let Some(summary) = &a.summary {
            let content = Content {
                base: Some(url.clone()),
                value: Some(r.md_of(area, ("summary", &a.period), summary).to_string()),
                content_type: Some("html".into()),
                ..Content::default()
            };
            e.set_content(content);
        }
        entry_xml(e)
    };
    let entries: Vec<std::sync::Arc<str>> =
        all.iter().map(|(area, a)| r.of_area(area, ("feed entry", &a.period), || entry(area, a))).collect();
    let mut f = Feed::default();
    f.set_title(Text::plain(title));
    f.set_id(format!("{url}{file}"));
    f.set_updated(all.first().map_or_else(|| at(Date { year: 1970, month: 1, day: 1 }), |(_, a)| at(a.assessed_on)));
    let author = site.config.organisation.clone().unwrap_or_else(|| site.config.title.clone());
    f.set_authors(vec![Person { name: author, ..Person::default() }]);
    f.set_links(vec![
        Link { href: format!("{url}{file}"), rel: "self".into(), ..Link::default() },
        Link { href: format!("{home}{page}"), ..Link::default() },
    ]);
    f.set_lang(Some(site.config.languages[r.lang].clone()));
    // Writing to memory does not fail; if it ever did, the feed would be empty, never wrong.
    let Ok(b) = f.write_to(Vec::new()) else { return Made::File(Vec::new()) };
    let Some(end) = b.len().checked_sub(END.len()).filter(|&i| b[i..] == *END.as_bytes()) else {
        return Made::File(Vec::new());
    };
    let mut out = Vec::with_capacity(b.len() + entries.iter().map(|e| e.len()).sum::<usize>() + 1);
    out.extend_from_slice(&b[..end]);
    for e in &entries {
        out.extend_from_slice(e.as_bytes());
    }
    out.extend_from_slice(END.as_bytes());
    out.push(b'\n');
    Made::File(out)
}

/// How Atom ends a feed.
const END: &str = "</feed>";

/// One entry as Atom writes it in a feed: what a feed of that entry alone
/// has that the same feed without it has not.
fn entry_xml(e: Entry) -> String {
    static BARE: std::sync::LazyLock<usize> =
        std::sync::LazyLock::new(|| Feed::default().write_to(Vec::new()).map_or(0, |b| b.len()));
    let one = Feed { entries: vec![e], ..Feed::default() }.write_to(Vec::new()).unwrap_or_default();
    let start = BARE.saturating_sub(END.len());
    let end = one.len().saturating_sub(END.len());
    String::from_utf8_lossy(one.get(start..end).unwrap_or_default()).into_owned()
}

/// Midnight UTC on `d`, as Atom writes dates.
fn at(d: Date) -> FixedDateTime {
    format!("{d}T00:00:00Z").parse().unwrap_or_default()
}
