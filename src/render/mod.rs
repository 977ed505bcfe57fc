//! The model and its derived facts to pages in memory (output path → bytes).
//! Templates hold presentation only; everything they show is prepared here.

mod area;
pub mod charts;
pub mod data;
pub mod links;
pub mod markdown;
mod worksheet;

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use serde::Serialize;
use serde_json::{Value, json};

use crate::check::slugify;
use crate::diagnostic::Diagnostics;
use crate::model::*;
use crate::score::{self, Change};
use crate::theme::Theme;
use markdown::to_html;

/// Output path (relative, `/`-separated) to file contents. Sorted, so output is deterministic.
/// Shared, so that a page written at two addresses, or carried over by
/// `serve` from the previous build, is not copied.
pub type Pages = BTreeMap<String, Bytes>;
pub type Bytes = std::sync::Arc<Vec<u8>>;

pub struct Options {
    /// Injected into every page by `serve`, never by `build`.
    pub live_reload: Option<String>,
    /// Where finished files go (`build`); without one they are kept in memory.
    pub sink: Option<std::sync::Arc<dyn Sink>>,
}

/// Takes each file as soon as it is rendered, so that `build` never holds a
/// large network's whole output in memory.
pub trait Sink: Send + Sync {
    fn file(&self, path: &str, bytes: &[u8]) -> Result<(), String>;
}

/// A previous good build of the same site, kept by `serve`: the pages of an
/// area whose input, and whose learn-from suggestions, are unchanged can be
/// carried over instead of rendered again. Only `serve` passes one, and only
/// when nothing but assessments changed (templates, content and settings are
/// the same), so that the result is byte-identical to a full build.
pub struct Previous {
    pub site: Site,
    pub pages: std::sync::Arc<Pages>,
    index: links::Index,
    learn: Vec<Vec<Suggestion>>,
    /// Each area's heat-map row, as converted for the templates.
    rows: Vec<tera::Value>,
}

/// A learn-from suggestion on an area's latest page: all that page shows of
/// other areas. Names and regions are kept so that a change to them shows.
#[derive(Debug, Clone, PartialEq)]
struct Suggestion {
    /// Position of the pointer among the site's pointers.
    pointer: usize,
    /// Position of the suggested area among the site's areas.
    area: usize,
    slug: String,
    score: Score,
    name: String,
    region: Option<String>,
}

pub struct Rendered {
    /// The files, unless they went to a sink.
    pub pages: Pages,
    /// Every file's address, and the links and ids of each page.
    pub index: links::Index,
    learn: Vec<Vec<Suggestion>>,
    /// Per area: its pages were carried over from the previous build.
    pub reused: Vec<bool>,
    rows: Vec<tera::Value>,
}

impl Rendered {
    /// Keeps this build for the next rebuild to reuse.
    pub fn into_previous(self, site: Site) -> (std::sync::Arc<Pages>, Previous) {
        let pages = std::sync::Arc::new(self.pages);
        (pages.clone(), Previous { site, pages, index: self.index, learn: self.learn, rows: self.rows })
    }
}

pub fn render(
    site: &Site,
    theme: &Theme,
    options: &Options,
    previous: Option<&Previous>,
    diags: &mut Diagnostics,
) -> Rendered {
    let mut r = Renderer::new(site, theme, options);
    r.previous = previous;
    r.suggestions = suggestions(site, r.established, |_| true);
    let mut pages = Pages::new();
    let mut index = links::Index::new();
    let mut reused = r.all(&mut pages, &mut index, diags, previous);
    // Reused pages are known good only if the site has the same pages as before.
    if previous.is_none_or(|p| !p.index.keys().eq(index.keys())) {
        reused.iter_mut().for_each(|r| *r = false);
    }
    let rows = r.rows.take().unwrap_or_default();
    Rendered { pages, index, learn: r.suggestions, reused, rows }
}

/// What `aba check` renders: one area's pages (the first that has
/// assessments), the site's own pages, and the pages that links in Markdown
/// point into with an anchor. That runs the area and page templates on real
/// data and judges every Markdown link; every other file is listed by
/// address only, so that links to it can be checked. `build` renders and
/// checks everything.
pub fn sample(site: &Site, theme: &Theme, options: &Options, diags: &mut Diagnostics) -> Rendered {
    let mut r = Renderer::new(site, theme, options);
    let targets = links::anchored_targets(site);
    let targeted = |prefix: &str| targets.iter().any(|t| t.starts_with(prefix));
    let first = site.areas.iter().position(|a| !a.assessments.is_empty());
    let chosen: Vec<usize> = (0..site.areas.len())
        .filter(|&ai| Some(ai) == first || targeted(&format!("areas/{}/", site.areas[ai].slug)))
        .collect();
    r.suggestions = suggestions(site, r.established, |ai| chosen.contains(&ai));
    let mut out = Out::default();
    for &ai in &chosen {
        r.area_pages(&mut out, ai, &site.areas[ai]);
    }
    let wanted = |file: &str| targets.iter().any(|t| t == file);
    if wanted("index.html") {
        r.home(&mut out);
    }
    if targeted("pointers/") {
        r.pointers(&mut out);
    }
    if wanted("areas/index.html") {
        r.area_list(&mut out);
    }
    if targeted("regions/") {
        r.regions(&mut out);
    }
    if targeted("compare/") {
        r.compare(&mut out);
    }
    r.own_pages(&mut out);
    r.flush(&mut out);
    diags.extend(out.diags);
    let mut index: links::Index = out.index.into_iter().collect();
    for path in r.addresses() {
        index.entry(path).or_insert(None);
    }
    let pages = out.kept.into_iter().collect();
    Rendered { pages, index, learn: Vec::new(), reused: vec![false; site.areas.len()], rows: Vec::new() }
}

/// Per area, the learn-from suggestions its latest page shows, worked out
/// once; none for the areas `wanted` leaves out.
fn suggestions(site: &Site, established: Score, wanted: impl Fn(usize) -> bool) -> Vec<Vec<Suggestion>> {
    let standings: Vec<score::Standing> = site.areas.iter().map(score::standing).collect();
    let learn = score::LearnIndex::new(&standings, &site.pointers);
    (0..site.areas.len())
        .map(|ai| if wanted(ai) { area_suggestions(site, &learn, ai, established) } else { Vec::new() })
        .collect()
}

fn area_suggestions(site: &Site, learn: &score::LearnIndex, ai: usize, established: Score) -> Vec<Suggestion> {
    let Some(latest) = site.areas[ai].assessments.last() else { return vec![] };
    site.pointers
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            let pa = latest.pointers.get(&p.id);
            score::wants_to_learn(pa.and_then(score::effective_score), pa.and_then(|pa| pa.target), established)
        })
        .flat_map(|(pi, p)| {
            learn.learn_from(ai, &p.id, 3).into_iter().map(move |l| {
                let other = &site.areas[l.index];
                Suggestion {
                    pointer: pi,
                    area: l.index,
                    slug: other.slug.0.clone(),
                    score: l.score,
                    name: other.name.clone(),
                    region: other.region.clone(),
                }
            })
        })
        .collect()
}

impl Out {
    fn absorb(&mut self, part: Out) {
        self.pages.extend(part.pages);
        self.kept.extend(part.kept);
        self.index.extend(part.index);
        self.diags.extend(part.diags);
    }
}

/// On a pointer's page: the areas at one level, with their evidence.
#[derive(Serialize)]
struct LevelAreas<'a> {
    value: Score,
    label: &'a str,
    areas: Vec<PointerArea<'a>>,
    learn: bool,
}

#[derive(Serialize)]
struct PointerArea<'a> {
    name: &'a str,
    url: String,
    region: Option<&'a str>,
    period: String,
    strengths: Option<String>,
    evidence: Vec<area::EvidenceView<'a>>,
}

/// Whether pointer `id`'s page shows the same in both sites: every area's
/// name, place, and periods with their dates and assessment of that pointer.
fn same_for_pointer(before: &Site, now: &Site, id: &PointerId) -> bool {
    let same_assessments = |b: &Area, n: &Area| {
        std::sync::Arc::ptr_eq(&b.assessments, &n.assessments)
            || (b.assessments.len() == n.assessments.len()
                && b.assessments.iter().zip(n.assessments.iter()).all(|(x, y)| {
                    x.period == y.period && x.assessed_on == y.assessed_on && x.pointers.get(id) == y.pointers.get(id)
                }))
    };
    before.areas.len() == now.areas.len()
        && before.areas.iter().zip(&now.areas).all(|(b, n)| {
            b.slug == n.slug
                && b.name == n.name
                && b.region == n.region
                && b.nation == n.nation
                && same_assessments(b, n)
        })
}

/// Pages and diagnostics from one part of the rendering.
#[derive(Default)]
struct Out {
    /// Rendered, not yet passed on by `Renderer::flush`.
    pages: Vec<(String, Bytes)>,
    /// Passed on, to be kept in memory (there is no sink).
    kept: Vec<(String, Bytes)>,
    index: Vec<(String, Option<std::sync::Arc<links::PageLinks>>)>,
    diags: Vec<crate::diagnostic::Diagnostic>,
}

/// A region or nation page: its name, slug and areas.
struct Group<'a> {
    name: String,
    slug: String,
    is_nation: bool,
    areas: Vec<&'a Area>,
}

pub(crate) struct Renderer<'a> {
    site: &'a Site,
    theme: &'a Theme,
    base: String,
    /// The `site` variable every template sees, converted once.
    common: tera::Value,
    /// Per area, its learn-from suggestions.
    suggestions: Vec<Vec<Suggestion>>,
    groups: Vec<Group<'a>>,
    /// Markdown rendered once per text.
    pointer_titles: Vec<String>,
    radar: charts::Radar,
    established: Score,
    live_reload: Option<String>,
    sink: Option<std::sync::Arc<dyn Sink>>,
    /// Each area's heat-map row, converted for the templates once: home,
    /// compare, the area list and the region pages all show it.
    rows: std::sync::OnceLock<Vec<tera::Value>>,
    row_of: std::collections::HashMap<&'a str, usize>,
    /// `serve`: the build before, whose network-wide pages are carried over
    /// when what they show did not change.
    previous: Option<&'a Previous>,
}

impl<'a> Renderer<'a> {
    fn new(site: &'a Site, theme: &'a Theme, options: &Options) -> Self {
        let base = site.config.base_url.clone();
        let mut nav = vec![
            ("Home", String::new()),
            ("Areas", "areas/".into()),
            ("Pointers", "pointers/".into()),
            ("Regions", "regions/".into()),
            ("Compare", "compare/".into()),
            ("Workshop kit", "workshop/".into()),
        ];
        let mut pages: Vec<&Page> =
            site.pages.iter().filter(|p| !matches!(p.slug.as_str(), "_index" | "workshop")).collect();
        pages.sort_by(|a, b| (a.weight, &a.slug).cmp(&(b.weight, &b.slug)));
        let mut footer = Vec::new();
        for p in &pages {
            footer.push(json!({"title": p.title, "url": format!("{base}{}/", p.slug)}));
            if p.slug == "about" || p.slug == "data" {
                nav.push((if p.slug == "about" { "About" } else { "Data" }, format!("{}/", p.slug)));
            }
        }
        let nav: Vec<Value> =
            nav.iter().map(|(t, u)| json!({"title": t, "path": u, "url": format!("{base}{u}")})).collect();
        let scale: Vec<Value> = site.config.scale.iter().map(|l| json!({"value": l.value, "label": l.label})).collect();
        let common = tera::Value::from_serializable(&json!({
            "title": site.config.title,
            "base_url": base,
            "language": site.config.language,
            "licence": site.config.licence,
            "framework": site.config.framework,
            "nav": nav,
            "footer": footer,
            "scale": scale,
            "max_score": site.config.max_score(),
            "max_label": site.config.level_label(site.config.max_score()),
        }));
        let established = site.config.scale.get(3).map(|l| l.value).unwrap_or(site.config.max_score());
        Renderer {
            site,
            theme,
            common,
            suggestions: Vec::new(),
            groups: groups(&site.areas),
            pointer_titles: site.pointers.iter().map(|p| p.title.clone()).collect(),
            radar: charts::Radar::new(
                &site.pointers.iter().map(|p| p.number.to_string()).collect::<Vec<_>>(),
                site.config.max_score(),
            ),
            established,
            live_reload: options.live_reload.clone(),
            sink: options.sink.clone(),
            rows: std::sync::OnceLock::new(),
            row_of: site.areas.iter().enumerate().map(|(i, a)| (a.slug.0.as_str(), i)).collect(),
            previous: None,
            base,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn area_url(&self, slug: &AreaSlug) -> String {
        self.url(&format!("areas/{slug}/"))
    }

    fn period_url(&self, slug: &AreaSlug, period: &Period) -> String {
        self.url(&format!("areas/{slug}/{period}/"))
    }

    fn pointer_url(&self, id: &PointerId) -> String {
        self.url(&format!("pointers/{id}/"))
    }

    fn label(&self, s: Score) -> &'a str {
        self.site.config.level_label(s)
    }

    fn md(&self, m: &Markdown) -> String {
        to_html(&m.text, &self.base)
    }

    fn page<C: Serialize>(&self, out: &mut Out, file: &str, template: &str, path: &str, ctx: &C) {
        self.page_with(out, file, template, path, ctx, vec![]);
    }

    /// `page`, with values already converted for the templates (the heat-map
    /// rows, made once and shared by several pages) added to the context.
    fn page_with<C: Serialize>(
        &self,
        out: &mut Out,
        file: &str,
        template: &str,
        path: &str,
        ctx: &C,
        extra: Vec<(&'static str, tera::Value)>,
    ) {
        if let Some(html) = self.html_with(out, template, path, ctx, extra) {
            out.pages.push((file.to_owned(), html.into()));
        }
    }

    fn html_with<C: Serialize>(
        &self,
        out: &mut Out,
        template: &str,
        path: &str,
        ctx: &C,
        extra: Vec<(&'static str, tera::Value)>,
    ) -> Option<Vec<u8>> {
        let mut context = tera::Context::from_serialize(ctx).unwrap_or_default();
        for (key, value) in extra {
            context.insert_value(key, value);
        }
        context.insert_value("site", self.common.clone());
        context.insert("path", path);
        match self.theme.tera.render(template, &context) {
            Ok(mut html) => {
                if let Some(script) = &self.live_reload
                    && let Some(i) = html.rfind("</body>")
                {
                    html.insert_str(i, &script.replace("__ABA_BASE__", &self.base));
                }
                Some(html.into_bytes())
            }
            Err(e) => {
                out.diags.push(self.theme.render_error(template, &e));
                None
            }
        }
    }

    /// The address of every file a build writes (`build` itself works them
    /// out by rendering; a test keeps the two the same).
    fn addresses(&self) -> Vec<String> {
        let mut paths: Vec<String> =
            ["index.html", "404.html", "sitemap.xml", "pointers/index.html", "areas/index.html"]
                .into_iter()
                .chain(["regions/index.html", "compare/index.html", "workshop/index.html", "worksheet/index.html"])
                .map(String::from)
                .collect();
        paths.extend(data::all_paths());
        paths.extend(self.theme.statics().map(|(name, _)| format!("static/{name}")));
        paths.extend(self.site.pointers.iter().map(|p| format!("pointers/{}/index.html", p.id)));
        paths.extend(self.groups.iter().map(|g| format!("regions/{}/index.html", g.slug)));
        for area in &self.site.areas {
            paths.push(format!("areas/{}/index.html", area.slug));
            for a in area.assessments.iter() {
                paths.push(format!("areas/{}/{}/index.html", area.slug, a.period));
                paths.push(format!("data/areas/{}/{}.json", area.slug, a.period));
            }
        }
        for p in &self.site.pages {
            if !matches!(p.slug.as_str(), "_index" | "workshop") {
                paths.push(format!("{}/index.html", p.slug));
            }
        }
        if !self.site.pages.iter().any(|p| p.slug == "data") {
            paths.push("data/index.html".into());
        }
        paths
    }

    /// Takes the links of the pages rendered so far, and sends them to the
    /// sink or keeps them.
    fn flush(&self, out: &mut Out) {
        for (path, bytes) in std::mem::take(&mut out.pages) {
            let links = path.ends_with(".html").then(|| std::sync::Arc::new(links::scan(&bytes, &self.base)));
            out.index.push((path.clone(), links));
            self.pass_on(out, path, bytes);
        }
    }

    /// Carries `file` over from the previous build, if there is one (`serve`).
    fn carry(&self, out: &mut Out, file: &str) -> bool {
        let Some((p, bytes)) = self.previous.and_then(|p| Some((p, p.pages.get(file)?))) else { return false };
        out.index.push((file.to_owned(), p.index.get(file).cloned().flatten()));
        self.pass_on(out, file.to_owned(), bytes.clone());
        true
    }

    fn pass_on(&self, out: &mut Out, path: String, bytes: Bytes) {
        match &self.sink {
            Some(sink) => {
                if let Err(e) = sink.file(&path, &bytes) {
                    out.diags.push(crate::diagnostic::Diagnostic::error(path, crate::diagnostic::Pos::UNKNOWN, e));
                }
            }
            None => out.kept.push((path, bytes)),
        }
    }

    /// Renders every page; returns, per area, whether its pages were reused.
    fn all(
        &self,
        pages: &mut Pages,
        index: &mut links::Index,
        diags: &mut Diagnostics,
        previous: Option<&Previous>,
    ) -> Vec<bool> {
        // Each area's pages are independent of the others, and of the
        // network-wide pages: render them all in parallel.
        let area_pages = || -> (Vec<Out>, Vec<bool>) {
            self.site
                .areas
                .par_iter()
                .enumerate()
                .map(|(ai, area)| {
                    let mut out = Out::default();
                    let mut reused = false;
                    match previous
                        .filter(|p| p.site.areas.get(ai) == Some(area) && p.learn.get(ai) == self.suggestions.get(ai))
                    {
                        Some(p) => {
                            for prefix in [format!("areas/{}/", area.slug), format!("data/areas/{}/", area.slug)] {
                                let same = p.pages.range(prefix.clone()..).take_while(|(k, _)| k.starts_with(&prefix));
                                for (k, v) in same {
                                    out.index.push((k.clone(), p.index.get(k).cloned().flatten()));
                                    self.pass_on(&mut out, k.clone(), v.clone());
                                }
                            }
                            reused = true;
                        }
                        None => self.area_pages(&mut out, ai, area),
                    }
                    // Pass each area's pages on as soon as they are made.
                    self.flush(&mut out);
                    (out, reused)
                })
                .unzip()
        };
        let network_pages = || {
            rayon::join(
                || {
                    let mut out = Out::default();
                    self.home(&mut out);
                    self.pointers(&mut out);
                    self.area_list(&mut out);
                    self.regions(&mut out);
                    self.compare(&mut out);
                    self.own_pages(&mut out);
                    out
                },
                || data::all(self.site),
            )
        };
        let ((mut parts, reused), (mut rest, data)) = rayon::join(area_pages, network_pages);
        rest.pages.extend(data.into_iter().map(|(k, v)| (k, Bytes::new(v))));
        for (name, bytes) in self.theme.statics() {
            rest.pages.push((format!("static/{name}"), Bytes::new(bytes.to_vec())));
        }
        self.flush(&mut rest);
        parts.push(rest);
        for part in parts {
            pages.extend(part.kept);
            index.extend(part.index);
            diags.extend(part.diags);
        }
        let paths = index.keys().map(String::as_str);
        let sitemap = data::sitemap(self.site.config.origin.as_deref().unwrap_or(""), &self.base, paths);
        let mut out = Out { pages: vec![("sitemap.xml".into(), Bytes::new(sitemap.into_bytes()))], ..Out::default() };
        self.flush(&mut out);
        pages.extend(out.kept);
        index.extend(out.index);
        diags.extend(out.diags);
        reused
    }

    fn latest(&self, area: &'a Area) -> Option<&'a Assessment> {
        area.assessments.last()
    }

    fn cell(&self, a: Option<&Assessment>, p: &Pointer) -> Value {
        match a.and_then(|a| score::score_of(a, &p.id)) {
            Some(s) => json!({"score": s, "label": self.label(s), "level": s}),
            None => json!({"score": null, "label": "Not assessed", "level": "none"}),
        }
    }

    fn pointer_heads(&self) -> Vec<Value> {
        self.site
            .pointers
            .iter()
            .map(|p| json!({"number": p.number, "id": p.id, "title": p.title, "url": self.pointer_url(&p.id)}))
            .collect()
    }

    /// The rows of `areas`, for a template.
    fn rows_of<'b>(&self, areas: impl Iterator<Item = &'b Area>) -> tera::Value {
        let rows = self.rows.get_or_init(|| {
            let before = |i: usize, a: &Area| {
                let p = self.previous?;
                (p.site.areas.get(i) == Some(a)).then(|| p.rows.get(i).cloned()).flatten()
            };
            self.site
                .areas
                .par_iter()
                .enumerate()
                .map(|(i, a)| before(i, a).unwrap_or_else(|| tera::Value::from_serializable(&self.area_row(a))))
                .collect()
        });
        tera::Value::from(areas.map(|a| rows[self.row_of[a.slug.0.as_str()]].clone()).collect::<Vec<_>>())
    }

    fn area_row(&self, area: &Area) -> Value {
        let latest = self.latest(area);
        json!({
            "name": area.name,
            "slug": area.slug,
            "url": self.area_url(&area.slug),
            "kind": area.kind,
            "region": area.region,
            "region_url": area.region.as_ref().map(|r| self.url(&format!("regions/{}/", slugify(r)))),
            "nation": area.nation.map(Nation::name),
            "period": latest.map(|a| a.period.label()),
            "assessed_on": latest.map(|a| a.assessed_on.long()),
            "assessments": area.assessments.len(),
            "participants": latest.map(score::participant_total),
            "roles": latest.map(|a| a.participants.iter().flatten().filter(|p| p.count > 0).count()),
            "lived_experience": latest.map(score::has_lived_experience),
            "cells": self.site.pointers.iter().map(|p| self.cell(latest, p)).collect::<Vec<_>>(),
            "periods": area.assessments.iter().rev().map(|a| json!({"value": a.period.to_string(), "label": a.period.label()})).collect::<Vec<_>>(),
        })
    }

    fn home(&self, out: &mut Out) {
        let intro = self.site.pages.iter().find(|p| p.slug == "_index");
        let rows = self.rows_of(self.site.areas.iter().filter(|a| !a.assessments.is_empty()));
        let assessments: usize = self.site.areas.iter().map(|a| a.assessments.len()).sum();
        let ctx = json!({
            "page_title": intro.map(|p| p.title.clone()).unwrap_or_else(|| self.site.config.title.clone()),
            "description": intro.and_then(|p| p.description.clone()),
            "intro": intro.map(|p| self.md(&p.body)),
            "pointers": self.pointer_heads(),
            "area_count": self.site.areas.len(),
            "assessment_count": assessments,
            "group_count": self.groups.iter().filter(|g| !g.is_nation).count(),
        });
        self.page_with(out, "index.html", "index.html", "", &ctx, vec![("rows", rows)]);
    }

    /// Per level, how many of `assessments` are at it on `pointer`, with the areas.
    /// The spread on a pointer at the end of each year, as a chart and a table.
    fn years_view(&self, pointer: &Pointer, areas: &[&Area]) -> Value {
        let years = score::spread_by_year(areas, &pointer.id, &self.site.config.scale);
        let rows: Vec<Value> = years
            .iter()
            .map(|(year, counts)| {
                json!({"year": year, "total": counts.iter().map(|(_, n)| n).sum::<usize>(),
                       "counts": counts.iter().map(|(v, n)| json!({"value": v, "count": n})).collect::<Vec<_>>()})
            })
            .collect();
        let chart = charts::stacked_years(&format!("Areas at each level on {}, year by year", pointer.title), &years);
        json!({"rows": rows, "chart": chart})
    }

    /// How many areas are at each level (and which), for a spread table.
    fn spread_rows(&self, pointer: &Pointer, levels: &score::Levels) -> Vec<Value> {
        let total = levels.assessed_areas().max(1);
        let link = |a: &Area| json!({"name": a.name, "url": format!("{}#{}", self.area_url(&a.slug), pointer.id)});
        let mut rows: Vec<Value> = levels
            .at
            .iter()
            .map(|(value, areas)| {
                json!({"value": value, "label": self.label(*value), "count": areas.len(),
                       "percent": areas.len() * 100 / total, "areas": areas.iter().map(|a| link(a)).collect::<Vec<_>>()})
            })
            .collect();
        if !levels.not_assessed.is_empty() {
            let n = levels.not_assessed.len();
            rows.push(json!({"value": null, "label": "Not assessed", "count": n, "percent": n * 100 / total,
                             "areas": levels.not_assessed.iter().map(|a| json!({"name": a.name, "url": self.area_url(&a.slug)})).collect::<Vec<_>>()}));
        }
        rows
    }

    fn pointers(&self, out: &mut Out) {
        let all: Vec<&Area> = self.site.areas.iter().collect();
        let scale = &self.site.config.scale;
        let spreads: Vec<score::Levels> =
            self.site.pointers.iter().map(|p| score::by_level(&all, &p.id, scale)).collect();
        let list: Vec<Value> = self
            .site
            .pointers
            .iter()
            .zip(&spreads)
            .map(|(p, spread)| {
                json!({"number": p.number, "id": p.id, "title": p.title, "summary": p.summary, "url": self.pointer_url(&p.id),
                       "spread": self.spread_rows(p, spread)})
            })
            .collect();
        self.page(out, "pointers/index.html", "pointers.html", "pointers/", &json!({"pointers": list}));

        // Each pointer page gathers every area's evidence: render them in parallel.
        let parts: Vec<Out> = self
            .site
            .pointers
            .par_iter()
            .enumerate()
            .map(|(i, p)| {
                let mut out = Out::default();
                let out = &mut out;
                let file = format!("pointers/{}/index.html", p.id);
                if self.previous.is_some_and(|prev| same_for_pointer(&prev.site, self.site, &p.id))
                    && self.carry(out, &file)
                {
                    return std::mem::take(out);
                }
                let levels: Vec<Value> = self
                    .site
                    .config
                    .scale
                    .iter()
                    .map(|l| {
                        json!({"value": l.value, "label": l.label, "text": p.levels.get(&l.value),
                           "next_steps": p.next_steps.get(&l.value).cloned().unwrap_or_default()})
                    })
                    .collect();
                // Evidence from every area, highest level first: who to learn from.
                let by_level: Vec<LevelAreas> = spreads[i]
                    .at
                    .iter()
                    .rev()
                    .filter(|(_, areas)| !areas.is_empty())
                    .map(|(value, areas)| {
                        let areas = areas
                            .iter()
                            .filter_map(|a| {
                                let latest = self.latest(a)?;
                                let pa = latest.pointers.get(&p.id)?;
                                Some(PointerArea {
                                    name: &a.name,
                                    url: format!("{}#{}", self.area_url(&a.slug), p.id),
                                    region: a.region.as_deref(),
                                    period: latest.period.label(),
                                    strengths: pa.strengths.as_ref().map(|m| self.md(m)),
                                    evidence: self.evidence(pa, latest),
                                })
                            })
                            .collect();
                        LevelAreas {
                            value: *value,
                            label: self.label(*value),
                            areas,
                            learn: *value >= self.established,
                        }
                    })
                    .collect();
                let moved_up: Vec<Value> = self
                    .site
                    .areas
                    .iter()
                    .filter_map(|a| {
                        let n = a.assessments.len();
                        if n < 2 {
                            return None;
                        }
                        let (before, now) = (&a.assessments[n - 2], &a.assessments[n - 1]);
                        match score::change(score::score_of(before, &p.id), score::score_of(now, &p.id)) {
                            Some(Change::Up { from, to }) => Some(json!({
                            "name": a.name, "url": format!("{}#{}", self.area_url(&a.slug), p.id),
                            "from": self.label(from), "to": self.label(to),
                            "from_period": before.period.label(), "to_period": now.period.label()})),
                            _ => None,
                        }
                    })
                    .collect();
                let prev = i.checked_sub(1).and_then(|j| self.site.pointers.get(j));
                let next = self.site.pointers.get(i + 1);
                let link = |p: Option<&Pointer>| {
                    p.map(|p| json!({"title": p.title, "number": p.number, "url": self.pointer_url(&p.id)}))
                };
                let ctx = json!({
                    "pointer": {"number": p.number, "id": p.id, "title": p.title, "summary": p.summary,
                                "questions": p.questions, "body": self.md(&p.body)},
                    "levels": levels,
                    "spread": self.spread_rows(p, &spreads[i]),
                    "moved_up": moved_up,
                    "years": self.years_view(p, &all),
                    "prev": link(prev),
                    "next": link(next),
                });
                let path = format!("pointers/{}/", p.id);
                let by_level = tera::Value::from_serializable(&by_level);
                self.page_with(
                    out,
                    &format!("{path}index.html"),
                    "pointer.html",
                    &path,
                    &ctx,
                    vec![("by_level", by_level)],
                );
                std::mem::take(out)
            })
            .collect();
        for part in parts {
            out.absorb(part);
        }
    }

    /// Site-relative links from the input go under `base_url`.
    fn link(&self, l: &str) -> String {
        match l.strip_prefix('/') {
            Some(rest) => self.url(rest),
            None => l.to_owned(),
        }
    }

    fn area_list(&self, out: &mut Out) {
        let group = |name: &str, slug: String, areas: Vec<&Area>| {
            (!areas.is_empty()).then(|| {
                let mut g: BTreeMap<&'static str, tera::Value> = BTreeMap::new();
                g.insert("name", name.into());
                g.insert("slug", slug.into());
                g.insert("areas", self.rows_of(areas.into_iter()));
                tera::Value::from(g)
            })
        };
        let nations: Vec<tera::Value> = Nation::ALL
            .iter()
            .filter_map(|n| {
                let areas = self.site.areas.iter().filter(|a| a.nation == Some(*n)).collect();
                group(n.name(), slugify(n.name()), areas)
            })
            .chain(group(
                "Other areas",
                "other".into(),
                self.site.areas.iter().filter(|a| a.nation.is_none()).collect(),
            ))
            .collect();
        let regions: BTreeSet<&str> = self.site.areas.iter().filter_map(|a| a.region.as_deref()).collect();
        let ctx = json!({
            "regions": regions,
            "nation_names": Nation::ALL.iter().filter(|n| self.site.areas.iter().any(|a| a.nation == Some(**n))).map(|n| n.name()).collect::<Vec<_>>(),
            "count": self.site.areas.len(),
        });
        self.page_with(out, "areas/index.html", "areas.html", "areas/", &ctx, vec![("nations", nations.into())]);
    }

    /// An area's page for each period; the latest is also the area's own page.
    fn area_pages(&self, out: &mut Out, ai: usize, area: &'a Area) {
        for (i, a) in area.assessments.iter().enumerate() {
            let latest = i + 1 == area.assessments.len();
            let ctx = self.area_page(ai, area, i);
            let period_path = format!("areas/{}/{}/", area.slug, a.period);
            let Some(html) = self.html_with(out, "area.html", &period_path, &ctx, vec![]).map(Bytes::new) else {
                continue;
            };
            if latest {
                out.pages.push((format!("areas/{}/index.html", area.slug), html.clone()));
            }
            out.pages.push((format!("{period_path}index.html"), html));
            let json = data::assessment_json(self.site, area, a);
            out.pages.push((format!("data/areas/{}/{}.json", area.slug, a.period), Bytes::new(json.into_bytes())));
        }
        if area.assessments.is_empty() {
            let path = format!("areas/{}/", area.slug);
            let ctx = self.empty_area_page(area);
            self.page(out, &format!("{path}index.html"), "area.html", &path, &ctx);
        }
    }

    fn regions(&self, out: &mut Out) {
        let list: Vec<Value> = self
            .groups
            .iter()
            .map(|g| json!({"name": g.name, "url": self.url(&format!("regions/{}/", g.slug)), "count": g.areas.len(), "is_nation": g.is_nation}))
            .collect();
        self.page(out, "regions/index.html", "regions.html", "regions/", &json!({"groups": list}));
        // Each page gathers a whole group's areas: render them in parallel.
        let before: Vec<Group> = self.previous.map(|p| groups(&p.site.areas)).unwrap_or_default();
        let parts: Vec<Out> = self.groups.par_iter().map(|g| {
            let mut out = Out::default();
            let out = &mut out;
            // A region whose areas are all as they were shows the same page.
            let same = before.iter().any(|b| b.slug == g.slug && b.areas == g.areas);
            if same && self.carry(out, &format!("regions/{}/index.html", g.slug)) {
                return std::mem::take(out);
            }
            let spread: Vec<Value> = self
                .site
                .pointers
                .iter()
                .map(|p| {
                    let levels = score::by_level(&g.areas, &p.id, &self.site.config.scale);
                    json!({"number": p.number, "title": p.title, "url": self.pointer_url(&p.id), "levels": self.spread_rows(p, &levels)})
                })
                .collect();
            let rows = self.rows_of(g.areas.iter().copied());
            let ctx = json!({
                "group": {"name": g.name, "is_nation": g.is_nation, "count": g.areas.len()},
                "pointers": self.pointer_heads(),
                "spread": spread,
                "progress": self.region_progress(&g.areas),
            });
            let path = format!("regions/{}/", g.slug);
            self.page_with(out, &format!("{path}index.html"), "region.html", &path, &ctx, vec![("rows", rows)]);
            std::mem::take(out)
        }).collect();
        for part in parts {
            out.absorb(part);
        }
    }

    /// Per pointer and year, how many of the areas were at Established or above.
    fn region_progress(&self, areas: &[&Area]) -> Value {
        let per_pointer: Vec<(&Pointer, Vec<score::YearSpread>)> = self
            .site
            .pointers
            .iter()
            .map(|p| (p, score::spread_by_year(areas, &p.id, &self.site.config.scale)))
            .collect();
        let years: Vec<u16> = per_pointer.first().map(|(_, y)| y.iter().map(|(y, _)| *y).collect()).unwrap_or_default();
        let rows: Vec<Value> = per_pointer
            .iter()
            .map(|(p, by_year)| {
                let cells: Vec<Value> = by_year
                    .iter()
                    .map(|(_, counts)| {
                        let total: usize = counts.iter().map(|(_, n)| n).sum();
                        let high: usize = counts.iter().filter(|(v, _)| *v >= self.established).map(|(_, n)| n).sum();
                        json!({"high": high, "total": total})
                    })
                    .collect();
                json!({"number": p.number, "title": p.title, "url": self.pointer_url(&p.id), "cells": cells})
            })
            .collect();
        json!({"years": years, "rows": rows, "level": self.label(self.established)})
    }

    fn compare(&self, out: &mut Out) {
        let rows = self.rows_of(self.site.areas.iter().filter(|a| !a.assessments.is_empty()));
        let ctx = json!({
            "pointers": self.pointer_heads(),
            "scores_url": self.url("data/scores.json"),
        });
        self.page_with(out, "compare/index.html", "compare.html", "compare/", &ctx, vec![("rows", rows)]);
    }

    fn workshop(&self, out: &mut Out) {
        let guide = self.site.pages.iter().find(|p| p.slug == "workshop");
        let pointers: Vec<Value> = self
            .site
            .pointers
            .iter()
            .map(|p| {
                let levels: Vec<Value> = self
                    .site
                    .config
                    .scale
                    .iter()
                    .map(|l| json!({"value": l.value, "label": l.label, "text": p.levels.get(&l.value)}))
                    .collect();
                json!({"number": p.number, "id": p.id, "title": p.title, "summary": p.summary, "questions": p.questions, "levels": levels})
            })
            .collect();
        let ctx = json!({
            "page_title": guide.map(|g| g.title.clone()).unwrap_or_else(|| "Workshop kit".into()),
            "description": guide.and_then(|g| g.description.clone()),
            "guide": guide.map(|g| self.md(&g.body)),
            "pointers": pointers,
            "roles": Role::ALL.iter().map(|r| r.name()).collect::<Vec<_>>(),
        });
        self.page(out, "workshop/index.html", "workshop.html", "workshop/", &ctx);
    }

    fn data_links(&self) -> Value {
        json!({"csv": self.url("data/scores.csv"), "json": self.url("data/scores.json"),
               "schema": self.url("data/assessment.schema.json"),
               "columns": data::CSV_HEADER.split(',').collect::<Vec<_>>()})
    }

    /// The pages that show no assessment: the workshop kit, content pages, 404.
    fn own_pages(&self, out: &mut Out) {
        self.workshop(out);
        self.page(out, "worksheet/index.html", "worksheet.html", "worksheet/", &worksheet::context(self.site));
        self.content_pages(out);
        self.page(out, "404.html", "404.html", "404.html", &json!({}));
    }

    fn content_pages(&self, out: &mut Out) {
        for p in &self.site.pages {
            if matches!(p.slug.as_str(), "_index" | "workshop") {
                continue;
            }
            let template = if p.slug == "data" { "data.html" } else { "page.html" };
            let path = format!("{}/", p.slug);
            let ctx = json!({
                "page_title": p.title, "description": p.description, "body": self.md(&p.body),
                "data": self.data_links(),
            });
            self.page(out, &format!("{path}index.html"), template, &path, &ctx);
        }
        if !self.site.pages.iter().any(|p| p.slug == "data") {
            // The open data always has a page, even when content/ says nothing about it.
            let ctx = json!({"page_title": "Open data", "description": null, "body": "", "data": self.data_links()});
            self.page(out, "data/index.html", "data.html", "data/", &ctx);
        }
    }
}

fn groups(areas: &[Area]) -> Vec<Group<'_>> {
    let mut map: BTreeMap<String, Group> = BTreeMap::new();
    for a in areas {
        let nation_slug = a.nation.map(|n| slugify(n.name()));
        if let Some(n) = a.nation {
            map.entry(slugify(n.name()))
                .or_insert_with(|| Group {
                    name: n.name().into(),
                    slug: slugify(n.name()),
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
                    .or_insert_with(|| Group { name: r.clone(), slug, is_nation: false, areas: vec![] })
                    .areas
                    .push(a);
            }
        }
    }
    // Nations first (England, Scotland, Wales, Northern Ireland), then regions by name.
    let mut groups: Vec<Group> = map.into_values().collect();
    groups.sort_by_key(|g| {
        let nation_order = Nation::ALL.iter().position(|n| n.name() == g.name).unwrap_or(usize::MAX);
        (!g.is_nation, nation_order, g.name.clone())
    });
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check` lists the files it does not render by address: the list must
    /// be exactly what a full build writes.
    #[test]
    fn the_addresses_check_lists_are_the_files_build_writes() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for drafts in [false, true] {
            let mut diags = Diagnostics::default();
            let sources = crate::load::load(root, &mut diags);
            let site = crate::check::check(&sources, drafts, &mut diags);
            let theme = Theme::load(&sources, &mut diags).unwrap();
            let options = Options { live_reload: None, sink: None };
            let rendered = render(&site, &theme, &options, None, &mut diags);
            assert_eq!(diags.error_count(), 0);
            let mut listed = Renderer::new(&site, &theme, &options).addresses();
            listed.sort();
            assert_eq!(listed, rendered.index.keys().cloned().collect::<Vec<_>>());
        }
    }
}
