//! The contexts of the site-wide pages: home, pointers, areas, regions,
//! compare, the workshop kit, content pages. Each is a typed struct that
//! serializes straight into the template engine's values.

use std::collections::{BTreeMap, BTreeSet};
use std::hash::{Hash, Hasher};

use rayon::prelude::*;
use serde::Serialize;

use super::routes::Address;
use std::sync::Arc;

use super::{Context, Converted, Made, Renderer, charts, data, fingerprint};
use crate::check::slugify;
use crate::messages::Messages;
use crate::model::*;
use crate::score;

/// The `site` variable every template sees.
#[derive(Serialize)]
pub(super) struct Common<'a> {
    title: &'a str,
    base_url: String,
    /// Where the site starts (`base_url` of `site.yaml`): the addresses of
    /// the files made once for every language (`static/`, `data/`), and
    /// `path` (which includes the language's folder) are under it.
    root_url: &'a str,
    /// From the top of the language's folder up to the site's: `""`, or `"../"` under `cy/`.
    up: &'static str,
    /// The site's full public address, if `url` gives it.
    url: Option<String>,
    language: &'a str,
    licence: &'a str,
    framework: &'a str,
    nav: Vec<NavLink>,
    footer: Vec<FooterLink<'a>>,
    scale: Vec<ScaleLevel<'a>>,
    max_score: Score,
    max_label: &'a str,
}

#[derive(Serialize)]
struct NavLink {
    title: String,
    path: String,
    url: String,
}

#[derive(Serialize)]
struct FooterLink<'a> {
    title: &'a str,
    url: String,
}

#[derive(Serialize)]
struct ScaleLevel<'a> {
    value: Score,
    label: &'a str,
}

/// For the pages of language `lang` of the site, whose folder is `folder`
/// (`""`, or `"cy/"`): `base_url` is where that language's pages start,
/// `root_url` where the site starts (the files made once for all, such as
/// `static/` and `data/`, are under it).
pub(super) fn common<'a>(site: &'a Site, words: &'a Messages, lang: usize, folder: &str) -> Common<'a> {
    let base = &format!("{}{folder}", site.config.base_url);
    let mut nav: Vec<(&'static str, String)> = vec![
        ("nav-home", String::new()),
        ("nav-areas", "areas/".into()),
        ("nav-pointers", "pointers/".into()),
        ("nav-regions", "regions/".into()),
        ("nav-compare", "compare/".into()),
        ("nav-workshop", "workshop/".into()),
        ("nav-search", "search/".into()),
    ];
    let mut footer = Vec::new();
    for p in own_pages(site, lang) {
        footer.push(FooterLink { title: &p.title, url: format!("{base}{}/", p.slug) });
        if p.slug == "about" || p.slug == "data" {
            nav.push((if p.slug == "about" { "nav-about" } else { "nav-data" }, format!("{}/", p.slug)));
        }
    }
    let config = &site.config;
    let usual = config.has_usual_scale();
    Common {
        title: &config.title,
        base_url: base.clone(),
        root_url: &config.base_url,
        up: if folder.is_empty() { "" } else { "../" },
        url: config.origin.as_ref().map(|o| format!("{o}{}", config.base_url)),
        language: &config.languages[lang],
        licence: &config.licence,
        framework: &config.framework,
        nav: nav
            .into_iter()
            .map(|(id, path)| NavLink {
                title: words.text(id),
                url: format!("{base}{path}"),
                path: format!("{folder}{path}"),
            })
            .collect(),
        footer,
        scale: config
            .scale
            .iter()
            .map(|l| ScaleLevel { value: l.value, label: super::level_label(site, usual, words, l.value) })
            .collect(),
        max_score: config.max_score(),
        max_label: super::level_label(site, usual, words, config.max_score()),
    }
}

/// The content pages with pages of their own (in the footer), by weight:
/// not those a route shows in its own way (the home page's text, the
/// workshop guide), but the open data page's text, which has its own route
/// and is listed like the others.
fn own_pages(site: &Site, lang: usize) -> Vec<&Page> {
    // The open data page's text is listed like the others (its page has its own route).
    let claimed: Vec<&str> = super::routes::claimed_pages().filter(|p| *p != "data").collect();
    let mut pages: Vec<&Page> = site.pages_in(lang).iter().filter(|p| !claimed.contains(&p.slug.as_str())).collect();
    pages.sort_by(|a, b| (a.weight, &a.slug).cmp(&(b.weight, &b.slug)));
    pages
}

fn page<'s>(site: &'s Site, lang: usize, slug: &str) -> Option<&'s Page> {
    site.pages_in(lang).iter().find(|p| p.slug == slug)
}

/// A region or nation page: its name, slug and areas.
pub(super) struct Group<'a> {
    pub name: &'a str,
    pub nation: Option<Nation>,
    pub slug: String,
    pub is_nation: bool,
    pub areas: Vec<&'a Area>,
}

pub(super) fn groups<'a>(areas: &'a [Area], words: &'a Messages) -> Vec<Group<'a>> {
    let mut map: BTreeMap<String, Group> = BTreeMap::new();
    for a in areas {
        let nation_slug = a.nation.map(|n| n.id().to_owned());
        if let Some(n) = a.nation {
            map.entry(n.id().to_owned())
                .or_insert_with(|| Group {
                    name: words.nation(n),
                    nation: Some(n),
                    slug: n.id().into(),
                    is_nation: true,
                    areas: vec![],
                })
                .areas
                .push(a);
        }
        if let Some(r) = &a.region {
            let slug = slugify(r);
            if Some(&slug) != nation_slug.as_ref() && !slug.is_empty() {
                map.entry(slug.clone())
                    .or_insert_with(|| Group {
                        name: words.region(r),
                        nation: None,
                        slug,
                        is_nation: false,
                        areas: vec![],
                    })
                    .areas
                    .push(a);
            }
        }
    }
    // Nations first (England, Scotland, Wales, Northern Ireland), then regions by name.
    let mut groups: Vec<Group> = map.into_values().collect();
    groups.sort_by_key(|g| {
        let nation_order = Nation::ALL.iter().position(|n| Some(*n) == g.nation).unwrap_or(usize::MAX);
        (!g.is_nation, nation_order, g.name)
    });
    groups
}

/// A pointer, as a column heading or a link.
#[derive(Serialize)]
struct PointerHead<'a> {
    number: u8,
    id: &'a str,
    title: &'a str,
    url: String,
}

/// One row of a spread table: how many areas are at a level, and which.
#[derive(Serialize)]
struct SpreadRow<'a> {
    value: Option<Score>,
    label: &'a str,
    count: usize,
    percent: usize,
    areas: Vec<AreaLink<'a>>,
}

#[derive(Serialize)]
struct AreaLink<'a> {
    name: &'a str,
    url: String,
}

/// A list of values for the templates, each made once (`Renderer::value_of_area`),
/// and the fingerprint of what they were made from.
pub(super) struct Values {
    print: u64,
    list: Vec<Arc<Converted>>,
}

impl Values {
    fn of(list: Vec<Arc<Converted>>) -> Values {
        let mut h = std::hash::DefaultHasher::new();
        for v in &list {
            v.print.hash(&mut h);
        }
        Values { print: h.finish(), list }
    }

    /// The list for a template: made only for a page that is rendered.
    fn later<'a>(self) -> super::Later<'a> {
        Box::new(move || self.value())
    }

    fn value(&self) -> tera::Value {
        tera::Value::from(self.list.iter().map(|v| v.value.clone()).collect::<Vec<_>>())
    }

    /// `ctx`'s page, with this list as `key`.
    fn page<'a, T: Serialize + Send + 'a>(self, ctx: T, key: &'static str) -> Made<'a> {
        Context::page_later(ctx, key, self.print, self.later())
    }
}

/// An area's row of the heat-map.
#[derive(Serialize)]
struct AreaRow<'a> {
    name: &'a str,
    slug: &'a str,
    url: String,
    /// HTML: a council's text (`Renderer::say`).
    kind: Option<String>,
    region: Option<&'a str>,
    region_url: Option<String>,
    nation: Option<&'a str>,
    period: Option<String>,
    assessed_on: Option<String>,
    assessments: usize,
    participants: Option<u32>,
    roles: Option<usize>,
    lived_experience: Option<bool>,
    cells: Vec<Cell<'a>>,
    periods: Vec<PeriodOption>,
}

#[derive(Serialize)]
struct Cell<'a> {
    score: Option<Score>,
    label: &'a str,
    level: LevelClass,
}

/// A level's value, or `none` for a pointer not assessed.
#[derive(Serialize)]
#[serde(untagged)]
enum LevelClass {
    Value(Score),
    Name(&'static str),
}

#[derive(Serialize)]
struct PeriodOption {
    value: String,
    label: String,
}

impl<'a> Renderer<'a> {
    /// `Some(default language)` for a page shown in the default language's
    /// words because it has no translation into this renderer's.
    pub(super) fn untranslated(&self, fallback: bool) -> Option<&'a str> {
        let site: &'a Site = self.site;
        fallback.then(|| site.config.languages[0].as_str())
    }

    fn pointer_heads(&self) -> Vec<PointerHead<'a>> {
        self.site
            .pointers_in(self.lang)
            .iter()
            .map(|p| PointerHead { number: p.number, id: &p.id.0, title: &p.title, url: self.pointer_url(&p.id) })
            .collect()
    }

    /// The heat-map rows of `areas`, for a template.
    fn rows_of<'b>(&self, areas: impl Iterator<Item = &'b Area>) -> Values {
        let rows = self.rows.get_or_init(|| {
            let convert =
                |row: AreaRow| Converted { print: fingerprint(&row), value: tera::Value::from_serializable(&row) };
            (self.site.areas.par_iter())
                .map(|a| self.value_of_area(a, "heat-map row", || convert(self.area_row(a))))
                .collect()
        });
        Values::of(areas.map(|a| rows[self.row_of[a.slug.0.as_str()]].clone()).collect())
    }

    fn area_row(&self, area: &'a Area) -> AreaRow<'a> {
        let latest = self.latest(area);
        AreaRow {
            name: area.name.text_in(self.lang),
            slug: &area.slug.0,
            url: self.area_url(&area.slug),
            kind: area.kind.as_ref().map(|k| self.say(k)),
            region: area.region.as_deref().map(|x| self.words().region(x)),
            region_url: area.region.as_ref().map(|r| self.url(&format!("regions/{}/", slugify(r)))),
            nation: area.nation.map(|n| self.words().nation(n)),
            period: latest.map(|a| self.period(&a.period)),
            assessed_on: latest.map(|a| self.date(a.assessed_on)),
            assessments: area.assessments.len(),
            participants: latest.map(score::participant_total),
            roles: latest.map(|a| a.participants.iter().flatten().filter(|p| p.count > 0).count()),
            lived_experience: latest.map(score::has_lived_experience),
            cells: self
                .site
                .pointers_in(self.lang)
                .iter()
                .map(|p| match latest.and_then(|a| score::score_of(a, &p.id)) {
                    Some(s) => Cell { score: Some(s), label: self.label(s), level: LevelClass::Value(s) },
                    None => Cell { score: None, label: &self.words().not_assessed, level: LevelClass::Name("none") },
                })
                .collect(),
            periods: area
                .assessments
                .iter()
                .rev()
                .filter(|a| a.version.is_none())
                .map(|a| PeriodOption { value: a.period.to_string(), label: self.period(&a.period) })
                .collect(),
        }
    }

    /// Per pointer, how many areas are at each level, worked out once.
    fn spreads(&self) -> &[score::Levels<'a>] {
        self.spreads.get_or_init(|| {
            let all: Vec<&Area> = self.site.areas.iter().collect();
            self.site
                .pointers_in(self.lang)
                .iter()
                .map(|p| score::by_level(&all, &p.id, &self.site.config.scale))
                .collect()
        })
    }

    /// How many areas are at each level (and which), for a spread table.
    fn spread_rows(&self, pointer: &Pointer, levels: &score::Levels<'a>) -> Vec<SpreadRow<'a>> {
        let total = levels.assessed_areas().max(1);
        let mut rows: Vec<SpreadRow> = levels
            .at
            .iter()
            .map(|(value, areas)| SpreadRow {
                value: Some(*value),
                label: self.label(*value),
                count: areas.len(),
                percent: areas.len() * 100 / total,
                areas: areas
                    .iter()
                    .map(|a| AreaLink {
                        name: a.name.text_in(self.lang),
                        url: format!("{}#{}", self.area_url(&a.slug), pointer.id),
                    })
                    .collect(),
            })
            .collect();
        if !levels.not_assessed.is_empty() {
            let n = levels.not_assessed.len();
            rows.push(SpreadRow {
                value: None,
                label: &self.words().not_assessed,
                count: n,
                percent: n * 100 / total,
                areas: levels
                    .not_assessed
                    .iter()
                    .map(|a| AreaLink { name: a.name.text_in(self.lang), url: self.area_url(&a.slug) })
                    .collect(),
            });
        }
        rows
    }
}

#[derive(Serialize)]
struct Home<'a> {
    page_title: &'a str,
    /// The default language's code, when the text is the default's for want of a translation.
    untranslated: Option<&'a str>,
    description: Option<&'a str>,
    intro: Option<String>,
    pointers: Vec<PointerHead<'a>>,
    area_count: usize,
    assessment_count: usize,
    group_count: usize,
    /// The newest assessments across the network, newest first.
    recent: Vec<Recent<'a>>,
    /// A few stories from the newest assessments, one an area.
    stories: Vec<HomeStory<'a>>,
}

/// On the home page: one of the newest assessments.
#[derive(Serialize)]
struct Recent<'a> {
    name: &'a str,
    url: String,
    period: String,
    assessed_on: String,
    /// HTML: the summary's first words (`Renderer::mark`).
    summary: Option<String>,
    people: u32,
    lived_experience: u32,
    peer_reviewed: bool,
    stories: usize,
}

/// On the home page: a story, and where it comes from.
#[derive(Serialize)]
struct HomeStory<'a> {
    story: super::area::StoryView<'a>,
    area: &'a str,
    period: String,
    url: String,
}

/// How many of the newest assessments, and of their stories, the home page shows.
const RECENT: usize = 6;
const HOME_STORIES: usize = 3;

pub(super) fn home<'a>(r: &Renderer<'a>, _: &Address) -> Made<'a> {
    let site = r.site;
    let intro = page(site, r.lang, "_index");
    let rows = r.rows_of(site.areas.iter().filter(|a| !a.assessments.is_empty()));
    let ctx = Home {
        page_title: intro.map_or(&site.config.title, |p| &p.title),
        untranslated: r.untranslated(intro.is_some_and(|p| p.fallback)),
        description: intro.and_then(|p| p.description.as_deref()),
        intro: intro.map(|p| r.md(&p.body)),
        pointers: r.pointer_heads(),
        area_count: site.areas.len(),
        assessment_count: site.areas.iter().map(|a| a.assessments.len()).sum(),
        group_count: r.groups.iter().filter(|g| !g.is_nation).count(),
        recent: Vec::new(),
        stories: Vec::new(),
    };
    let mut latest: Vec<(&Area, &Assessment)> =
        site.areas.iter().filter_map(|a| Some((a, a.assessments.last()?))).collect();
    latest.sort_by(|x, y| y.1.assessed_on.cmp(&x.1.assessed_on).then(x.0.slug.cmp(&y.0.slug)));
    let count_stories =
        |a: &Assessment| a.stories.len() + a.pointers.values().map(|pa| pa.stories.len()).sum::<usize>();
    let recent = latest
        .iter()
        .take(RECENT)
        .map(|(area, a)| Recent {
            name: area.name.text_in(r.lang),
            url: r.period_url(&area.slug, &a.period),
            period: r.period(&a.period),
            assessed_on: r.date(a.assessed_on),
            summary: a.summary.as_ref().map(|m| {
                let (text, lang) = m.text.shown_in(r.lang);
                r.mark(&super::area::plain_text(text, 160), lang)
            }),
            people: score::participant_total(a),
            lived_experience: score::lived_experience_count(a),
            peer_reviewed: a.reviewed_by.is_some(),
            stories: count_stories(a),
        })
        .collect();
    let stories = latest
        .iter()
        .filter_map(|(area, a)| {
            let story = r.all_stories(a).into_iter().next()?;
            Some(HomeStory {
                url: format!("{}#stories-h", r.period_url(&area.slug, &a.period)),
                story,
                area: area.name.text_in(r.lang),
                period: r.period(&a.period),
            })
        })
        .take(HOME_STORIES)
        .collect();
    let ctx = Home { recent, stories, ..ctx };
    rows.page(ctx, "rows")
}

#[derive(Serialize)]
struct PointerList<'a> {
    pointers: Vec<PointerItem<'a>>,
}

#[derive(Serialize)]
struct PointerItem<'a> {
    number: u8,
    id: &'a str,
    title: &'a str,
    summary: &'a str,
    url: String,
    /// Its easy-read page, if it has one.
    easy_read: Option<String>,
    spread: Vec<SpreadRow<'a>>,
}

pub(super) fn pointer_list<'a>(r: &Renderer<'a>, _: &Address) -> Made<'a> {
    let pointers = r
        .site
        .pointers_in(r.lang)
        .iter()
        .zip(r.spreads())
        .map(|(p, spread)| PointerItem {
            number: p.number,
            id: &p.id.0,
            title: &p.title,
            summary: &p.summary,
            url: r.pointer_url(&p.id),
            easy_read: super::easy_read::url(r, p),
            spread: r.spread_rows(p, spread),
        })
        .collect();
    Context::page(PointerList { pointers })
}

pub(super) fn pointer_addresses(r: &Renderer) -> Vec<Address> {
    r.site
        .pointers_in(r.lang)
        .iter()
        .enumerate()
        .map(|(i, p)| Address::item(format!("pointers/{}/index.html", p.id), i))
        .collect()
}

#[derive(Serialize)]
struct PointerPage<'a> {
    pointer: PointerText<'a>,
    levels: Vec<LevelText<'a>>,
    spread: Vec<SpreadRow<'a>>,
    years: YearsView,
    prev: Option<PointerLink<'a>>,
    next: Option<PointerLink<'a>>,
}

#[derive(Serialize)]
struct PointerText<'a> {
    number: u8,
    /// The default language's code, when the text is the default's for want of a translation.
    untranslated: Option<&'a str>,
    id: &'a str,
    title: &'a str,
    summary: &'a str,
    questions: &'a [String],
    body: String,
    /// Its easy-read page, if it has one.
    easy_read: Option<String>,
}

#[derive(Serialize)]
struct LevelText<'a> {
    value: Score,
    label: &'a str,
    text: Option<&'a str>,
    next_steps: &'a [String],
}

#[derive(Serialize)]
struct PointerLink<'a> {
    title: &'a str,
    number: u8,
    url: String,
}

/// On a pointer's page: the areas at one level, with their evidence (each
/// area's card made once per revision of the area: `Renderer::value_of_area`).
struct LevelAreas<'a> {
    value: Score,
    label: &'a str,
    areas: Values,
}

#[derive(Serialize)]
struct PointerArea<'a> {
    name: &'a str,
    url: String,
    region: Option<&'a str>,
    period: String,
    strengths: Option<String>,
    stories: Vec<super::area::StoryView<'a>>,
    evidence: Vec<super::area::EvidenceView>,
    /// Some of the evidence is not written in this page's language.
    evidence_untranslated: bool,
    /// What grounds it: peer review, confidence, who took part, how recent.
    grounds: String,
}

/// The spread on a pointer at the end of each year, as a chart and a table.
#[derive(Serialize)]
struct YearsView {
    rows: Vec<YearRow>,
    chart: String,
}

#[derive(Serialize)]
struct YearRow {
    year: u16,
    total: usize,
    counts: Vec<LevelCount>,
}

#[derive(Serialize)]
struct LevelCount {
    value: Score,
    count: usize,
}

pub(super) fn pointer<'a>(r: &Renderer<'a>, a: &Address) -> Made<'a> {
    let site = r.site;
    let (i, p) = (a.item, &site.pointers_in(r.lang)[a.item]);
    let spread = &r.spreads()[i];
    let levels = site
        .config
        .scale
        .iter()
        .map(|l| LevelText {
            value: l.value,
            label: r.label(l.value),
            text: p.levels.get(&l.value).map(String::as_str),
            next_steps: p.next_steps.get(&l.value).map_or(&[], Vec::as_slice),
        })
        .collect();
    // Stories and evidence from every area, highest level first.
    let by_level: Vec<LevelAreas> = spread
        .at
        .iter()
        .rev()
        .filter(|(_, areas)| !areas.is_empty())
        .map(|(value, areas)| LevelAreas {
            value: *value,
            label: r.label(*value),
            areas: {
                // The best grounded first; never by how far an area moved.
                let mut list: Vec<_> = (areas.iter())
                    .filter_map(|a| {
                        let latest = r.latest(a)?;
                        Some((a, latest, latest.pointers.get(&p.id)?, score::grounds(latest, &p.id)))
                    })
                    .collect();
                list.sort_by(|x, y| score::grounding(&y.3).cmp(&score::grounding(&x.3)).then(x.0.slug.cmp(&y.0.slug)));
                let card =
                    |(a, latest, pa, grounds): (&&'a Area, &'a Assessment, &'a PointerAssessment, score::Grounds)| {
                        let card = PointerArea {
                            name: a.name.text_in(r.lang),
                            url: format!("{}#{}", r.area_url(&a.slug), p.id),
                            region: a.region.as_deref().map(|x| r.words().region(x)),
                            period: r.period(&latest.period),
                            strengths: pa.strengths.as_ref().map(|m| r.md_of(a, ("strengths", &p.id), m).to_string()),
                            stories: r.stories(&pa.stories, None),
                            evidence: r.evidence(pa, latest),
                            evidence_untranslated: pa.evidence.iter().any(|e| r.shown_in_another(&e.text)),
                            grounds: r.of_area(a, ("grounds", &p.id), || r.grounds(&grounds, a)).to_string(),
                        };
                        Converted { print: fingerprint(&card), value: tera::Value::from_serializable(&card) }
                    };
                let cards = list.into_iter().map(|c| r.value_of_area(c.0, ("pointer card", &p.id), || card(c)));
                Values::of(cards.collect())
            },
        })
        .collect();
    let link = |p: Option<&'a Pointer>| {
        p.map(|p| PointerLink { title: &p.title, number: p.number, url: r.pointer_url(&p.id) })
    };
    let all: Vec<&Area> = site.areas.iter().collect();
    let mut h = std::hash::DefaultHasher::new();
    for g in &by_level {
        (g.value, g.label, g.areas.print).hash(&mut h);
    }
    let by_level_later = move || {
        let groups = by_level.into_iter().map(|g| {
            let mut m: BTreeMap<&'static str, tera::Value> = BTreeMap::new();
            m.insert("value", g.value.into());
            m.insert("label", g.label.into());
            m.insert("areas", g.areas.value());
            tera::Value::from(m)
        });
        tera::Value::from(groups.collect::<Vec<_>>())
    };
    let ctx = PointerPage {
        pointer: PointerText {
            number: p.number,
            untranslated: r.untranslated(p.fallback),
            id: &p.id.0,
            title: &p.title,
            summary: &p.summary,
            questions: &p.questions,
            body: r.md(&p.body),
            easy_read: super::easy_read::url(r, p),
        },
        levels,
        spread: r.spread_rows(p, spread),
        years: years_view(r, p, &all),
        prev: link(i.checked_sub(1).and_then(|j| site.pointers_in(r.lang).get(j))),
        next: link(site.pointers_in(r.lang).get(i + 1)),
    };
    Context::page_later(ctx, "by_level", h.finish(), Box::new(by_level_later))
}

fn years_view(r: &Renderer, pointer: &Pointer, areas: &[&Area]) -> YearsView {
    let years = r.spread_by_year(areas, &pointer.id);
    let rows = years
        .iter()
        .map(|(year, counts)| YearRow {
            year: *year,
            total: counts.iter().map(|(_, n)| n).sum(),
            counts: counts.iter().map(|(v, n)| LevelCount { value: *v, count: *n }).collect(),
        })
        .collect();
    let title = r.words().format("chart-years", &[("pointer", &pointer.title)]);
    let chart = charts::stacked_years(&title, &years);
    YearsView { rows, chart }
}

#[derive(Serialize)]
struct AreaList<'a> {
    regions: BTreeSet<&'a str>,
    nation_names: Vec<&'a str>,
    count: usize,
}

pub(super) fn area_list<'a>(r: &Renderer<'a>, _: &Address) -> Made<'a> {
    let areas = &r.site.areas;
    // The areas by nation, each with its heat-map rows: `nations` in the template.
    let mut h = std::hash::DefaultHasher::new();
    let mut nations = Vec::new();
    let mut group = |name: String, slug: String, members: Vec<&Area>| {
        if members.is_empty() {
            return;
        }
        let rows = r.rows_of(members.into_iter());
        (&name, &slug, rows.print).hash(&mut h);
        nations.push((name, slug, rows));
    };
    for n in Nation::ALL {
        group(r.words().nation(n).to_owned(), n.id().into(), areas.iter().filter(|a| a.nation == Some(n)).collect());
    }
    group(r.words().text("other-areas"), "other".into(), areas.iter().filter(|a| a.nation.is_none()).collect());
    let print = h.finish();
    let nations = move || {
        let nations = nations.into_iter().map(|(name, slug, rows)| {
            let mut g: BTreeMap<&'static str, tera::Value> = BTreeMap::new();
            g.insert("name", name.into());
            g.insert("slug", slug.into());
            g.insert("areas", rows.value());
            tera::Value::from(g)
        });
        tera::Value::from(nations.collect::<Vec<_>>())
    };
    let ctx = AreaList {
        regions: areas.iter().filter_map(|a| a.region.as_deref()).map(|x| r.words().region(x)).collect(),
        nation_names: Nation::ALL
            .iter()
            .filter(|n| areas.iter().any(|a| a.nation == Some(**n)))
            .map(|n| r.words().nation(*n))
            .collect(),
        count: areas.len(),
    };
    Context::page_later(ctx, "nations", print, Box::new(nations))
}

#[derive(Serialize)]
struct RegionList<'a> {
    groups: Vec<GroupItem<'a>>,
}

#[derive(Serialize)]
struct GroupItem<'a> {
    name: &'a str,
    url: String,
    count: usize,
    is_nation: bool,
}

pub(super) fn region_list<'a>(r: &Renderer<'a>, _: &Address) -> Made<'a> {
    let groups = r
        .groups
        .iter()
        .map(|g| GroupItem {
            name: g.name,
            url: r.url(&format!("regions/{}/", g.slug)),
            count: g.areas.len(),
            is_nation: g.is_nation,
        })
        .collect();
    Context::page(RegionList { groups })
}

/// The areas of a region's or nation's page and feed, as positions in the site's areas.
pub(super) fn region_areas(r: &Renderer, a: &Address) -> Vec<usize> {
    r.groups.get(a.item).map_or_else(Vec::new, |g| g.areas.iter().map(|x| r.row_of[x.slug.0.as_str()]).collect())
}

pub(super) fn region_addresses(r: &Renderer) -> Vec<Address> {
    r.groups.iter().enumerate().map(|(i, g)| Address::item(format!("regions/{}/index.html", g.slug), i)).collect()
}

#[derive(Serialize)]
struct RegionPage<'a> {
    group: GroupHead<'a>,
    pointers: Vec<PointerHead<'a>>,
    spread: Vec<PointerSpread<'a>>,
    progress: Progress<'a>,
}

#[derive(Serialize)]
struct GroupHead<'a> {
    name: &'a str,
    is_nation: bool,
    count: usize,
}

#[derive(Serialize)]
struct PointerSpread<'a> {
    number: u8,
    title: &'a str,
    url: String,
    levels: Vec<SpreadRow<'a>>,
}

/// Per pointer and year, how many of the areas were at Established or above.
#[derive(Serialize)]
struct Progress<'a> {
    years: Vec<u16>,
    rows: Vec<ProgressRow<'a>>,
    level: &'a str,
}

#[derive(Serialize)]
struct ProgressRow<'a> {
    number: u8,
    title: &'a str,
    url: String,
    cells: Vec<ProgressCell>,
}

#[derive(Serialize)]
struct ProgressCell {
    high: usize,
    total: usize,
}

pub(super) fn region<'a>(r: &Renderer<'a>, a: &Address) -> Made<'a> {
    let g = &r.groups[a.item];
    let scale = &r.site.config.scale;
    let spread = r
        .site
        .pointers_in(r.lang)
        .iter()
        .map(|p| PointerSpread {
            number: p.number,
            title: &p.title,
            url: r.pointer_url(&p.id),
            levels: r.spread_rows(p, &score::by_level(&g.areas, &p.id, scale)),
        })
        .collect();
    let ctx = RegionPage {
        group: GroupHead { name: g.name, is_nation: g.is_nation, count: g.areas.len() },
        pointers: r.pointer_heads(),
        spread,
        progress: progress(r, &g.areas),
    };
    r.rows_of(g.areas.iter().copied()).page(ctx, "rows")
}

fn progress<'a>(r: &Renderer<'a>, areas: &[&Area]) -> Progress<'a> {
    let per_pointer: Vec<(&Pointer, Vec<score::YearSpread>)> =
        r.site.pointers_in(r.lang).iter().map(|p| (p, r.spread_by_year(areas, &p.id))).collect();
    let years = per_pointer.first().map(|(_, y)| y.iter().map(|(y, _)| *y).collect()).unwrap_or_default();
    let rows = per_pointer
        .iter()
        .map(|(p, by_year)| ProgressRow {
            number: p.number,
            title: &p.title,
            url: r.pointer_url(&p.id),
            cells: by_year
                .iter()
                .map(|(_, counts)| ProgressCell {
                    high: counts.iter().filter(|(v, _)| *v >= r.established).map(|(_, n)| n).sum(),
                    total: counts.iter().map(|(_, n)| n).sum(),
                })
                .collect(),
        })
        .collect();
    Progress { years, rows, level: r.label(r.established) }
}

#[derive(Serialize)]
struct Compare<'a> {
    pointers: Vec<PointerHead<'a>>,
    scores_url: String,
    /// For a copy opened from a folder, where a page cannot fetch: the scores
    /// and every assessment's open data, in the page (`build --relative` only).
    embedded: Option<String>,
}

pub(super) fn compare<'a>(r: &Renderer<'a>, _: &Address) -> Made<'a> {
    let rows = r.rows_of(r.site.areas.iter().filter(|a| !a.assessments.is_empty()));
    let embedded = r.relative.then(|| embedded_data(r.site, &data::level_labels(r.site, &r.theme.messages)));
    rows.page(Compare { pointers: r.pointer_heads(), scores_url: r.url("data/scores.json"), embedded }, "rows")
}

/// `{"scores": [...], "assessments": {"slug/period": {...}}}`: the same bytes
/// as the data files, safe inside a `<script>` element.
fn embedded_data(site: &Site, labels: &[Vec<String>]) -> String {
    let mut s = String::from("{\"scores\":");
    s.push_str(&data::scores_json(site, labels));
    s.push_str(",\"assessments\":{");
    let mut first = true;
    for area in &site.areas {
        for a in area.assessments.iter() {
            if !first {
                s.push(',');
            }
            first = false;
            s.push_str(&format!("\"{}/{}\":", area.slug, a.period));
            s.push_str(&data::assessment_json(site, area, a));
        }
    }
    s.push_str("}}");
    s.replace('<', "\\u003c")
}

#[derive(Serialize)]
struct Workshop<'a> {
    page_title: String,
    /// The default language's code, when the guide is the default's for want of a translation.
    untranslated: Option<&'a str>,
    description: Option<&'a str>,
    guide: Option<String>,
    pointers: Vec<WorksheetPointer<'a>>,
    /// Whether any pointer has an easy-read version.
    easy_read: bool,
    roles: Vec<String>,
}

#[derive(Serialize)]
struct WorksheetPointer<'a> {
    number: u8,
    id: &'a str,
    title: &'a str,
    summary: &'a str,
    questions: &'a [String],
    levels: Vec<WorksheetLevel<'a>>,
    /// Its easy-read version, to print, and the page that shows it.
    easy_read: Vec<super::easy_read::Idea<'a>>,
    easy_read_url: Option<String>,
    /// The default language's code, when the easy-read version is the default's.
    easy_read_untranslated: Option<&'a str>,
}

#[derive(Serialize)]
struct WorksheetLevel<'a> {
    value: Score,
    label: &'a str,
    text: Option<&'a str>,
}

pub(super) fn workshop<'a>(r: &Renderer<'a>, _: &Address) -> Made<'a> {
    let site = r.site;
    let guide = page(site, r.lang, "workshop");
    let pointers: Vec<WorksheetPointer> = site
        .pointers_in(r.lang)
        .iter()
        .map(|p| WorksheetPointer {
            number: p.number,
            id: &p.id.0,
            title: &p.title,
            summary: &p.summary,
            questions: &p.questions,
            levels: site
                .config
                .scale
                .iter()
                .map(|l| WorksheetLevel {
                    value: l.value,
                    label: r.label(l.value),
                    text: p.levels.get(&l.value).map(String::as_str),
                })
                .collect(),
            easy_read: super::easy_read::ideas(r, p),
            easy_read_url: super::easy_read::url(r, p),
            easy_read_untranslated: r.untranslated(p.fallback || p.easy_read_fallback),
        })
        .collect();
    Context::page(Workshop {
        page_title: guide.map_or_else(|| r.words().text("workshop-title"), |g| g.title.clone()),
        untranslated: r.untranslated(guide.is_some_and(|g| g.fallback)),
        description: guide.and_then(|g| g.description.as_deref()),
        guide: guide.map(|g| r.md(&g.body)),
        easy_read: pointers.iter().any(|p| !p.easy_read.is_empty()),
        pointers,
        roles: r.site.config.roles.iter().map(|role| r.words().role(role)).collect(),
    })
}

#[derive(Serialize)]
struct ContentPage<'a> {
    page_title: std::borrow::Cow<'a, str>,
    /// The default language's code, when the text is the default's for want of a translation.
    untranslated: Option<&'a str>,
    description: Option<&'a str>,
    body: String,
    data: DataLinks,
}

#[derive(Serialize)]
struct DataLinks {
    csv: String,
    json: String,
    schema: String,
    columns: Vec<&'static str>,
}

fn data_links(r: &Renderer) -> DataLinks {
    DataLinks {
        csv: r.url("data/scores.csv"),
        json: r.url("data/scores.json"),
        schema: r.url("data/assessment.schema.json"),
        columns: data::CSV_HEADER.split(',').collect(),
    }
}

/// The content pages drawn as ordinary pages: all but those a route shows
/// in its own way.
pub(super) fn content_addresses(r: &Renderer) -> Vec<Address> {
    let claimed: Vec<&str> = super::routes::claimed_pages().collect();
    (r.site.pages_in(r.lang).iter().enumerate())
        .filter(|(_, p)| !claimed.contains(&p.slug.as_str()))
        .map(|(i, p)| Address::item(format!("{}/index.html", p.slug), i))
        .collect()
}

pub(super) fn content<'a>(r: &Renderer<'a>, a: &Address) -> Made<'a> {
    let p = &r.site.pages_in(r.lang)[a.item];
    Context::page(ContentPage {
        page_title: p.title.as_str().into(),
        untranslated: r.untranslated(p.fallback),
        description: p.description.as_deref(),
        body: r.md(&p.body),
        data: data_links(r),
    })
}

/// The open data page: with the text of `content/data.md`, if there is one.
pub(super) fn data_page<'a>(r: &Renderer<'a>, _: &Address) -> Made<'a> {
    let p = page(r.site, r.lang, "data");
    Context::page(ContentPage {
        page_title: p.map_or_else(|| r.words().text("data-title").into(), |p| p.title.as_str().into()),
        untranslated: r.untranslated(p.is_some_and(|p| p.fallback)),
        description: p.and_then(|p| p.description.as_deref()),
        body: p.map(|p| r.md(&p.body)).unwrap_or_default(),
        data: data_links(r),
    })
}

#[derive(Serialize)]
struct Empty {}

pub(super) fn not_found<'a>(_: &Renderer<'a>, _: &Address) -> Made<'a> {
    Context::page(Empty {})
}

pub(super) fn static_addresses(r: &Renderer) -> Vec<Address> {
    r.theme.statics().enumerate().map(|(i, (name, _))| Address::item(format!("static/{name}"), i)).collect()
}

pub(super) fn static_file<'a>(r: &Renderer<'a>, a: &Address) -> Made<'a> {
    Made::File(r.theme.statics().nth(a.item).map(|(_, bytes)| bytes.to_vec()).unwrap_or_default())
}

/// `file`, if the site's public address is known (a sitemap's addresses must be full ones).
pub(super) fn with_address(r: &Renderer, file: &str) -> Vec<Address> {
    r.site.config.origin.as_ref().map(|_| Address::one(file)).into_iter().collect()
}

pub(super) fn sitemap<'a>(r: &Renderer<'a>, _: &Address) -> Made<'a> {
    let origin = r.site.config.origin.as_deref().unwrap_or("");
    let languages = &r.site.config.languages;
    let folders: Vec<(&str, String)> =
        (0..languages.len()).map(|l| (languages[l].as_str(), super::routes::language_folder(languages, l))).collect();
    // Made again only when an address comes or goes.
    let make = || data::sitemap(origin, &r.base, r.files().iter().map(String::as_str), &folders);
    Made::File(r.of_site(("sitemap", origin, &r.base, r.files(), &folders), make).as_bytes().to_vec())
}

pub(super) fn robots<'a>(r: &Renderer<'a>, _: &Address) -> Made<'a> {
    let origin = r.site.config.origin.as_deref().unwrap_or("");
    Made::File(format!("User-agent: *\nAllow: /\nSitemap: {origin}{}sitemap.xml\n", r.base).into_bytes())
}

#[derive(Serialize)]
struct AccessibilityPage<'a> {
    organisation: Option<&'a str>,
    /// An email address (`mailto:`) or a web page, and the text to show for it.
    contact: Option<ContactLink<'a>>,
    prepared_on: Option<String>,
    reviewed_on: Option<String>,
    fully_compliant: bool,
    /// The site's own words on what is not accessible (content/accessibility.md).
    known_issues: Option<String>,
}

#[derive(Serialize)]
struct ContactLink<'a> {
    href: String,
    text: &'a str,
}

pub(super) fn accessibility<'a>(r: &Renderer<'a>, _: &Address) -> Made<'a> {
    let config = &r.site.config;
    let a = &config.accessibility;
    let contact = a.contact.as_deref().map(|c| ContactLink {
        href: if c.contains("://") || c.starts_with("mailto:") { c.to_owned() } else { format!("mailto:{c}") },
        text: c.strip_prefix("mailto:").unwrap_or(c),
    });
    Context::page(AccessibilityPage {
        organisation: config.organisation.as_deref(),
        contact,
        prepared_on: a.prepared_on.map(|d| r.date(d)),
        reviewed_on: a.reviewed_on.map(|d| r.date(d)),
        fully_compliant: a.fully_compliant,
        known_issues: page(r.site, r.lang, "accessibility").map(|p| r.md(&p.body)),
    })
}
