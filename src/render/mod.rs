//! The model and its derived facts to files (output path → bytes).
//! Templates hold presentation only; everything they show is prepared here.
//!
//! What files there are is declared once, in `routes`; this module drives
//! the table: it lists every route's files, builds each one's context,
//! renders it (or carries it over from the build before, when the context's
//! fingerprint is unchanged), scans its links and passes it on.

mod area;
pub mod charts;
pub mod data;
mod easy_read;
mod feeds;
pub mod links;
pub mod markdown;
mod pages;
mod print;
mod relative;
pub mod routes;
mod search;
mod versions;
mod worksheet;

use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;
use serde::Serialize;

use crate::Mode;
use crate::diagnostic::{Diagnostic, Diagnostics, Pos};
use crate::model::*;
use crate::score;
use crate::theme::Theme;
use print::fingerprint;
use routes::{Address, ROUTES, Route, Sample, Scope};

/// The fingerprint of a file's bytes.
fn hash_of(bytes: &[u8]) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

/// The fingerprint of a value, for the keys of what `serve` keeps.
fn hashed(value: impl Hash) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

/// What `serve` keeps between builds: the value under `key` made in this
/// build (by another language) or the build before, or else `make()`'s
/// (made without the lock held), kept in `now` for the next build.
fn kept<K: Hash + Eq, V: Clone>(
    now: &std::sync::Mutex<HashMap<K, V>>,
    before: Option<&HashMap<K, V>>,
    key: K,
    make: impl FnOnce() -> V,
) -> V {
    let lock = || now.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let found = lock().get(&key).or_else(|| before?.get(&key)).cloned();
    let value = found.unwrap_or_else(make);
    lock().insert(key, value.clone());
    value
}

/// Output path (relative, `/`-separated) to file contents. Sorted, so output is deterministic.
/// Shared, so that a page written at two addresses, or carried over by
/// `serve` from the previous build, is not copied.
pub type Pages = BTreeMap<String, Bytes>;
pub type Bytes = Arc<Vec<u8>>;

/// Takes each file as soon as it is rendered, so that `build` never holds a
/// large network's whole output in memory. A file it cannot keep is its own
/// to report, once (a full disk fails every file after the first).
pub trait Sink: Send + Sync {
    fn file(&self, path: &str, bytes: &[u8]);
}

/// A sink that keeps nothing: the whole pipeline run for its diagnostics.
pub struct Discard;

impl Sink for Discard {
    fn file(&self, _: &str, _: &[u8]) {}
}

/// A previous good build of the same site, kept by `serve`. A file whose
/// key is the same as then is carried over instead of made again: a page of
/// the whole site when its context (with its template and the site's
/// settings) has the same fingerprint, whatever the template shows; a file
/// of one area (`Scope::Area`) when that area and the areas its pages
/// mention are unchanged, without making it at all. Either way the result
/// is the bytes a full build gives.
pub struct Previous {
    pub pages: Arc<Pages>,
    index: links::Index,
    prints: Prints,
    fragments: Fragments,
    values: Values,
    years: Years,
    learned: score::Learned,
}

/// The kind of fragment `Renderer::of_area` makes (0 and 1 are the rows of
/// the open data, 16 and up the search text in each language).
const OF_AREA: u8 = 2;

/// The kind of fragment `Renderer::of_site` makes.
const OF_SITE: u8 = 3;

/// Parts of network-wide files made from one area (its rows of scores.csv),
/// by what they are and the area's revision: `serve` reuses them.
type Fragments = HashMap<(u8, u64), Arc<str>>;

/// Parts of network-wide pages made from one area and converted for the
/// templates (a heat-map row, a pointer page's card of an area), by a key
/// of the area's revision, what they are, the language and `print_base`:
/// `serve` reuses them (`Renderer::value_of_area`).
type Values = HashMap<u64, Arc<Converted>>;

/// Each area's part in how the areas stood on a pointer year by year (a
/// pointer's page, a region's progress), by a key of the area's revision
/// and the pointer: `serve` reuses them (`Renderer::spread_by_year`).
type Years = HashMap<u64, Arc<score::AreaYears>>;

/// Per file, the key it was judged by and (in a debug build) the
/// fingerprint of what it was made from, to verify the keys of `Scope::Area`.
#[derive(Default)]
struct Prints {
    keys: HashMap<String, u64>,
    made: HashMap<String, u64>,
}

pub struct Rendered {
    /// The files, unless they went to a sink.
    pub pages: Pages,
    /// Every file's address, and the links and ids of each page.
    pub index: links::Index,
    /// Each file's key, for the next rebuild.
    prints: Prints,
    fragments: Fragments,
    values: Values,
    years: Years,
    learned: score::Learned,
    /// Per area: every page of it was carried over from the previous build,
    /// and the site has the same addresses as then, so its Markdown's links
    /// were judged then.
    pub reused: Vec<bool>,
}

impl Previous {
    /// Every file's address, and the links and ids of each page, as they were.
    pub fn index(&self) -> &links::Index {
        &self.index
    }
}

impl Rendered {
    /// Keeps this build for the next rebuild to reuse.
    pub fn into_previous(self) -> (Arc<Pages>, Previous) {
        let pages = Arc::new(self.pages);
        let (index, prints, fragments, values, years, learned) =
            (self.index, self.prints, self.fragments, self.values, self.years, self.learned);
        (pages.clone(), Previous { pages, index, prints, fragments, values, years, learned })
    }
}

/// A level's label: the site's own scale's, or the usual scale's from `words`.
pub(crate) fn level_label<'a>(site: &'a Site, usual: bool, words: &'a crate::messages::Messages, s: Score) -> &'a str {
    match usual {
        true => words.level(s),
        false => site.config.level_label(s),
    }
}

/// The same page in one of the site's languages.
#[derive(Serialize)]
struct Alternate<'a> {
    /// Its language (`cy`, `en-GB`).
    lang: &'a str,
    /// The language's name in itself: "Cymraeg", "English".
    name: String,
    /// Its address in the site (`cy/areas/x/`).
    path: String,
    current: bool,
}

/// What a route makes of one address.
pub(crate) enum Made<'a> {
    /// A page: its context, for the route's template.
    Page(Context<'a>),
    /// A file made without a template.
    File(Vec<u8>),
}

/// A page's context. Its fingerprint can be worked out before it is
/// converted for the template engine, so that a page carried over is never
/// converted; only `serve` asks for it.
pub(crate) struct Context<'a>(Box<dyn PageContext + 'a>);

trait PageContext: Send {
    fn print(&self) -> u64;
    fn convert(self: Box<Self>) -> Result<tera::Context, tera::Error>;
}

/// A typed context, and a value for the templates (the heat-map rows, made
/// once and shown on several pages) to add to it: its fingerprint, and how
/// to make it, which is done only for a page that is rendered.
struct Typed<'a, T> {
    ctx: T,
    extra: Option<(&'static str, u64, Later<'a>)>,
}

/// A value for the templates, made only when a page is rendered.
pub(crate) type Later<'a> = Box<dyn FnOnce() -> tera::Value + Send + 'a>;

/// A value converted for the templates, with the fingerprint of the typed
/// value it came from (the template engine's maps have no fixed order, so
/// their JSON cannot be fingerprinted).
pub(crate) struct Converted {
    pub value: tera::Value,
    pub print: u64,
}

impl<T: Serialize + Send> PageContext for Typed<'_, T> {
    fn print(&self) -> u64 {
        let mut h = std::hash::DefaultHasher::new();
        fingerprint(&self.ctx).hash(&mut h);
        if let Some((key, print, _)) = &self.extra {
            (key, print).hash(&mut h);
        }
        h.finish()
    }

    fn convert(self: Box<Self>) -> Result<tera::Context, tera::Error> {
        let mut c = tera::Context::from_serialize(&self.ctx)?;
        if let Some((key, _, make)) = self.extra {
            c.insert_value(key, make());
        }
        Ok(c)
    }
}

impl<'a> Context<'a> {
    pub fn page<T: Serialize + Send + 'a>(ctx: T) -> Made<'a> {
        Made::Page(Context(Box::new(Typed { ctx, extra: None })))
    }

    /// `page`, with the value `make` gives added as `key` if the page is
    /// rendered; `print` is the fingerprint of what it is made from.
    pub fn page_later<T: Serialize + Send + 'a>(ctx: T, key: &'static str, print: u64, make: Later<'a>) -> Made<'a> {
        Made::Page(Context(Box::new(Typed { ctx, extra: Some((key, print, make)) })))
    }
}

/// Renders every file of the site (`build`, `serve`).
pub fn render(site: &Site, theme: &Theme, mode: &Mode, diags: &mut Diagnostics) -> Rendered {
    let mut r = Renderer::new(site, theme, mode);
    let memo = score::LearnMemo::after(mode.previous().map(|p| &p.learned));
    r.set_suggestions(suggestions(site, r.established, |_| true, mode.keeps_prints().then_some(&memo)));
    let work = r.addresses();
    let (pages, index, prints, out_diags, carried) = r.run(&work, |_, _| true);
    diags.extend(out_diags);
    let previous = mode.previous();
    if previous.is_some() && std::env::var_os("ABA_TIMINGS").is_some() {
        eprintln!("timing: {} of {} files carried over", carried.iter().filter(|c| **c).count(), work.len());
    }
    // Reused pages' Markdown links are known good only if the site has the same addresses as before.
    let same_addresses = previous.is_some_and(|p| p.index.keys().eq(index.keys()));
    let mut reused = vec![same_addresses; site.areas.len()];
    for (i, (_, a)) in work.iter().enumerate() {
        if let Some(ai) = a.area {
            reused[ai] &= carried[i];
        }
    }
    let mut fragments = std::mem::take(&mut *r.fragments.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
    // A file carried over whole (a search part) asked for no fragment: keep
    // those of the build before that are still of an area as it is now, as
    // `fragment` would have taken them.
    if let Some(p) = previous {
        let live: std::collections::HashSet<u64> = site.areas.iter().map(|a| a.revision).collect();
        for (key, part) in p.fragments.iter().filter(|(key, _)| live.contains(&key.1)) {
            fragments.entry(*key).or_insert_with(|| part.clone());
        }
    }
    let values = std::mem::take(&mut *r.values.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
    let years = std::mem::take(&mut *r.years.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
    Rendered { pages, index, prints, fragments, values, years, learned: memo.kept(), reused }
}

/// What `aba check` renders: the pages of one area (the first that has
/// assessments), the site's own pages, and the pages that links in Markdown
/// point into with an anchor. That runs the templates on real data and
/// judges every Markdown link; every other file is listed by address only,
/// so that links to it can be checked. `build` renders and checks everything.
pub fn sample(site: &Site, theme: &Theme, mode: &Mode, diags: &mut Diagnostics) -> Rendered {
    let mut r = Renderer::new(site, theme, mode);
    let work = r.addresses();
    let targets = links::anchored_targets(site);
    let targeted = |a: &Address| a.files().any(|f| targets.contains(f));
    let mut chosen = vec![false; site.areas.len()];
    if let Some(first) = site.areas.iter().position(|a| !a.assessments.is_empty()) {
        chosen[first] = true;
    }
    for (_, a) in &work {
        if let Some(ai) = a.area.filter(|_| targeted(a)) {
            chosen[ai] = true;
        }
    }
    r.set_suggestions(suggestions(site, r.established, |ai| chosen[ai], None));
    let wanted = |route: &Route, a: &Address| match route.sample {
        Sample::Always => true,
        Sample::Area => a.area.is_some_and(|ai| chosen[ai]) || targeted(a),
        Sample::Linked => targeted(a),
    };
    let (pages, index, prints, out_diags, _) = r.run(&work, wanted);
    diags.extend(out_diags);
    let (fragments, values, years) = (Fragments::new(), Values::new(), Years::new());
    let learned = score::Learned::new();
    Rendered { pages, index, prints, fragments, values, years, learned, reused: vec![false; site.areas.len()] }
}

/// Per area, the learn-from suggestions its latest page shows, worked out
/// once; none for the areas `wanted` leaves out. With `memo` (`serve`),
/// answers unchanged since the build before are taken from it.
fn suggestions<'s>(
    site: &'s Site,
    established: Score,
    wanted: impl Fn(usize) -> bool + Sync,
    memo: Option<&score::LearnMemo>,
) -> Vec<Vec<area::Suggestion<'s>>> {
    let standings: Vec<score::Standing> = site.areas.iter().map(score::standing).collect();
    let learn = score::LearnIndex::new(&standings, &site.pointers);
    let learn = match memo {
        Some(memo) => learn.with_memo(memo),
        None => learn,
    };
    (0..site.areas.len())
        .into_par_iter()
        .map(|ai| if wanted(ai) { area::suggestions(site, &learn, ai, established) } else { Vec::new() })
        .collect()
}

/// Files and diagnostics from one part of the rendering.
#[derive(Default)]
struct Out {
    /// Passed on, to be kept in memory (there is no sink).
    kept: Vec<(String, Bytes)>,
    index: Vec<(String, Option<Arc<links::PageLinks>>)>,
    keys: Vec<(String, u64)>,
    made: Vec<(String, u64)>,
    diags: Vec<Diagnostic>,
    /// Per address of the work list (by position): carried over.
    carried: Vec<(usize, bool)>,
}

/// A search part: its year, and the areas whose text it holds.
type SearchPart = (u16, Vec<usize>);

type Run = (Pages, links::Index, Prints, Vec<Diagnostic>, Vec<bool>);

pub(crate) struct Renderer<'a> {
    pub(crate) site: &'a Site,
    theme: &'a Theme,
    base: String,
    /// The `site` variable every template sees, converted once.
    common: tera::Value,
    /// What the fingerprint of every page starts from: the templates, the
    /// `site` variable and the script `serve` adds.
    print_base: u64,
    /// Per area, its learn-from suggestions.
    suggestions: Arc<Vec<Vec<area::Suggestion<'a>>>>,
    /// Per area, what its files (`Scope::Area`) are judged by in `serve`.
    area_keys: OnceLock<Vec<u64>>,
    /// The parts made from one area in this build (`serve` only).
    fragments: std::sync::Mutex<Fragments>,
    /// The values made from one area in this build (`serve` only; shared
    /// by the languages).
    values: Arc<std::sync::Mutex<Values>>,
    /// The areas' parts in the spreads by year in this build (`serve`
    /// only; shared by the languages).
    years: Arc<std::sync::Mutex<Years>>,
    groups: Vec<pages::Group<'a>>,
    pointer_titles: Vec<String>,
    radar: charts::Radar,
    established: Score,
    mode: &'a Mode,
    /// Each area's heat-map row, converted for the templates once: home,
    /// compare, the area list and the region pages all show it.
    rows: OnceLock<Vec<Arc<Converted>>>,
    row_of: HashMap<&'a str, usize>,
    /// Per pointer, how many areas are at each level (its page and the list).
    spreads: OnceLock<Vec<score::Levels<'a>>>,
    /// Every file's address, sorted (the sitemap lists them).
    files: OnceLock<Vec<String>>,
    /// The search parts: each a year and the areas whose text it holds.
    search_parts: OnceLock<Vec<SearchPart>>,
    /// `build` writes links relative to each page (`--relative`, `relative_urls`).
    relative: bool,
    /// Which of the site's languages its pages are in (0: the default).
    lang: usize,
    /// The site has the usual scale, whose labels are the theme's messages.
    usual_scale: bool,
    /// Where the pages of that language start: `base`, or `base` and `cy/`.
    home: String,
    /// The renderers of the site's other languages (only the default's has them).
    others: Vec<Renderer<'a>>,
    /// Areas' text to search, by area, in every language at once, waiting
    /// for the parts that hold it (shared by the languages).
    search_texts: Arc<std::sync::Mutex<HashMap<usize, search::Waiting>>>,
}

impl<'a> Renderer<'a> {
    /// The renderer of the site's default language, holding those of the others.
    pub(crate) fn new(site: &'a Site, theme: &'a Theme, mode: &'a Mode) -> Self {
        let mut r = Self::in_language(site, theme, mode, 0);
        r.others = (1..site.config.languages.len()).map(|l| Self::in_language(site, theme, mode, l)).collect();
        for other in &mut r.others {
            other.search_texts = r.search_texts.clone();
            other.values = r.values.clone();
            other.years = r.years.clone();
        }
        r
    }

    fn in_language(site: &'a Site, theme: &'a Theme, mode: &'a Mode, lang: usize) -> Self {
        let base = site.config.base_url.clone();
        let folder = routes::language_folder(&site.config.languages, lang);
        let home = format!("{base}{folder}");
        let words = &theme.messages[lang];
        let typed = pages::common(site, words, lang, &folder);
        let mut h = std::hash::DefaultHasher::new();
        theme.fingerprint.hash(&mut h);
        fingerprint(&typed).hash(&mut h);
        let common = tera::Value::from_serializable(&typed);
        mode.live_reload().hash(&mut h);
        // `html` adds each page's links to its other languages, and `t(…)` picks a language by its code.
        site.config.languages.hash(&mut h);
        let established = site.config.scale.get(3).map(|l| l.value).unwrap_or(site.config.max_score());
        Renderer {
            site,
            theme,
            common,
            print_base: h.finish(),
            suggestions: Arc::default(),
            area_keys: OnceLock::new(),
            fragments: Default::default(),
            values: Arc::default(),
            years: Arc::default(),
            groups: pages::groups(&site.areas, words),
            pointer_titles: site.pointers_in(lang).iter().map(|p| p.title.clone()).collect(),
            radar: charts::Radar::new(
                &site.pointers.iter().map(|p| p.number.to_string()).collect::<Vec<_>>(),
                site.config.max_score(),
            ),
            established,
            mode,
            rows: OnceLock::new(),
            row_of: site.areas.iter().enumerate().map(|(i, a)| (a.slug.0.as_str(), i)).collect(),
            spreads: OnceLock::new(),
            files: OnceLock::new(),
            search_parts: OnceLock::new(),
            relative: mode.relative() || matches!(mode, Mode::Build { .. }) && site.config.relative_urls,
            base,
            lang,
            usual_scale: site.config.has_usual_scale(),
            home,
            others: Vec::new(),
            search_texts: Arc::default(),
        }
    }

    /// The folder of this renderer's language: `""`, or `"cy/"`.
    fn folder(&self) -> String {
        routes::language_folder(&self.site.config.languages, self.lang)
    }

    /// The renderer of language `lang`.
    fn in_lang(&self, lang: usize) -> &Renderer<'a> {
        match lang {
            0 => self,
            l => &self.others[l - 1],
        }
    }

    fn set_suggestions(&mut self, s: Vec<Vec<area::Suggestion<'a>>>) {
        let s = Arc::new(s);
        for r in &mut self.others {
            r.suggestions = s.clone();
        }
        self.suggestions = s;
    }

    /// Every file of the site, with the route that makes it: a route made in
    /// each language lists each of its files in each language in turn, the
    /// default's first. The same page in each language comes one after the
    /// other, so the languages share the work in parallel alike, and what
    /// one language's page makes for another's (Markdown a translation is
    /// missing from, an area's text to search) is soon taken.
    fn addresses(&self) -> Vec<(&'static Route, Address)> {
        // Each route's list in each language, made in parallel: listing every
        // file was a quarter of what a `serve` rebuild does on one thread.
        let languages = 1 + self.others.len();
        let jobs: Vec<(&Route, usize)> = (ROUTES.iter())
            .flat_map(|route| (0..if route.each_language { languages } else { 1 }).map(move |l| (route, l)))
            .collect();
        let mut listed =
            jobs.par_iter().map(|(route, l)| (route.list)(self.in_lang(*l))).collect::<Vec<_>>().into_iter();
        let mut work = Vec::new();
        for route in ROUTES {
            let own = listed.next().unwrap_or_default();
            if !route.each_language || self.others.is_empty() {
                work.extend(own.into_iter().map(|a| (route, a)));
                continue;
            }
            let mut lists: Vec<std::vec::IntoIter<Address>> = vec![own.into_iter()];
            for r in &self.others {
                let folder = routes::language_folder(&self.site.config.languages, r.lang);
                let list: Vec<Address> = (listed.next().unwrap_or_default())
                    .into_iter()
                    .map(|mut a| {
                        a.lang = r.lang;
                        a.file.insert_str(0, &folder);
                        if let Some(also) = &mut a.also {
                            also.insert_str(0, &folder);
                        }
                        a
                    })
                    .collect();
                lists.push(list.into_iter());
            }
            // In turn while every language has one left, then the rest.
            loop {
                let before = work.len();
                for list in &mut lists {
                    work.extend(list.next().map(|a| (route, a)));
                }
                if work.len() == before {
                    break;
                }
            }
        }
        work
    }

    /// The search parts, worked out once by `make`.
    fn search_parts(&self, make: fn(&Site) -> Vec<SearchPart>) -> &[SearchPart] {
        self.search_parts.get_or_init(|| make(self.site))
    }

    /// Every file's address, sorted (set by `run` from its work list).
    fn files(&self) -> &[String] {
        self.files.get().map_or(&[], Vec::as_slice)
    }

    /// Makes the files of `work` that `wanted` picks, in parallel; lists the
    /// others by address.
    fn run(&self, work: &[(&'static Route, Address)], wanted: impl Fn(&Route, &Address) -> bool + Sync) -> Run {
        let mut files: Vec<String> = work.iter().flat_map(|(_, a)| a.files().map(String::from)).collect();
        files.sort_unstable();
        let _ = self.files.set(files);
        let parts: Vec<Out> = work
            .par_iter()
            .enumerate()
            .fold(Out::default, |mut out, (i, (route, a))| {
                if wanted(route, a) {
                    let carried = self.make(&mut out, route, a);
                    out.carried.push((i, carried));
                } else {
                    for file in a.files() {
                        out.index.push((file.to_owned(), None));
                    }
                }
                out
            })
            .collect();
        let (mut pages, mut index, mut prints, mut diags) =
            (Pages::new(), links::Index::new(), Prints::default(), vec![]);
        let mut carried = vec![false; work.len()];
        for part in parts {
            pages.extend(part.kept);
            index.extend(part.index);
            prints.keys.extend(part.keys);
            prints.made.extend(part.made);
            diags.extend(part.diags);
            for (i, c) in part.carried {
                carried[i] = c;
            }
        }
        (pages, index, prints, diags, carried)
    }

    /// Makes one file (at each of its addresses) and passes it on; returns
    /// whether it was carried over from the previous build.
    fn make(&self, out: &mut Out, route: &Route, a: &Address) -> bool {
        let r = self.in_lang(a.lang);
        let keeps = self.mode.keeps_prints();
        let template = route.template.unwrap_or("page.html");
        // A file of one area, or of a few, is judged before it is made.
        let early = match route.scope {
            _ if !keeps => None,
            Scope::Area => Some(r.key(template, a, r.area_key(a.area))),
            Scope::Areas(of) => Some(r.key(template, a, r.areas_key(&of(r, a)))),
            Scope::Site => None,
        };
        if let Some(key) = early
            && let Some(p) = self.mode.previous()
            && a.files().all(|f| p.prints.keys.get(f) == Some(&key))
            && let (Some(bytes), Some(links)) = (p.pages.get(&a.file), p.index.get(&a.file))
        {
            if cfg!(debug_assertions) {
                r.verify(out, route, a, p);
            }
            for file in a.files() {
                out.index.push((file.to_owned(), links.clone()));
                out.keys.push((file.to_owned(), key));
                self.pass_on(out, file, bytes.clone());
            }
            return true;
        }
        match (route.make)(r, a) {
            Made::File(bytes) => {
                let made = (keeps && cfg!(debug_assertions)).then(|| hash_of(&bytes));
                let bytes = Bytes::new(bytes);
                for file in a.files() {
                    out.index.push((file.to_owned(), None));
                    out.keys.extend(early.map(|k| (file.to_owned(), k)));
                    out.made.extend(made.map(|m| (file.to_owned(), m)));
                    self.pass_on(out, file, bytes.clone());
                }
                false
            }
            Made::Page(ctx) => {
                let made = (keeps && (early.is_none() || cfg!(debug_assertions))).then(|| ctx.0.print());
                // Only `serve` keeps a build to compare the next one with.
                let key = early.or_else(|| made.map(|m| r.key(template, a, m)));
                let before = self.mode.previous().filter(|p| a.files().all(|f| p.prints.keys.get(f) == key.as_ref()));
                let carried = before.is_some();
                let (bytes, links) = match before {
                    Some(p) => match (p.pages.get(&a.file), p.index.get(&a.file)) {
                        (Some(bytes), Some(links)) => (bytes.clone(), links.clone()),
                        _ => return false,
                    },
                    None => {
                        let Some(html) = r.html(out, template, a.path(), ctx) else { return false };
                        let links = Some(Arc::new(links::scan(&html, &self.base)));
                        (Bytes::new(html), links)
                    }
                };
                for file in a.files() {
                    out.index.push((file.to_owned(), links.clone()));
                    out.keys.extend(key.map(|k| (file.to_owned(), k)));
                    out.made.extend(made.filter(|_| cfg!(debug_assertions)).map(|m| (file.to_owned(), m)));
                    match self.relative {
                        true => self.pass_on(out, file, Bytes::new(relative::rewrite(&bytes, &self.base, file))),
                        false => self.pass_on(out, file, bytes.clone()),
                    }
                }
                carried
            }
        }
    }

    /// Part `kind` of a network-wide file, made from area `ai` and the
    /// words `also` stands for (a hash; 0 for none): in `serve`, taken from
    /// the build before while the area and those words are unchanged.
    fn fragment<T: Into<Arc<str>>>(&self, kind: u8, ai: usize, also: u64, make: impl FnOnce() -> T) -> Arc<str> {
        if !self.mode.keeps_prints() {
            return make().into();
        }
        let revision = self.site.areas[ai].revision;
        let key = (kind, if also == 0 { revision } else { hashed((revision, also)) });
        kept(&self.fragments, self.mode.previous().map(|p| &p.fragments), key, || make().into())
    }

    /// A value for the templates made from `area` alone, which `what` names
    /// (its heat-map row, its card on a pointer's page): in `serve`, made
    /// once per revision of the area, language and theme (`print_base`),
    /// and taken from the build before while those are unchanged.
    fn value_of_area(&self, area: &Area, what: impl Hash, make: impl FnOnce() -> Converted) -> Arc<Converted> {
        if !self.mode.keeps_prints() {
            return Arc::new(make());
        }
        let key = hashed((area.revision, what, self.lang, self.print_base));
        kept(&self.values, self.mode.previous().map(|p| &p.values), key, || Arc::new(make()))
    }

    /// How `areas` stood on `pointer` year by year (`score::spread_by_year`):
    /// in `serve`, from each area's part, made once per revision of the area
    /// and taken from the build before while it is unchanged.
    fn spread_by_year(&self, areas: &[&Area], pointer: &PointerId) -> Vec<score::YearSpread> {
        let scale = &self.site.config.scale;
        if !self.mode.keeps_prints() {
            return score::spread_by_year(areas, pointer, scale);
        }
        let before = self.mode.previous().map(|p| &p.years);
        let parts: Vec<Arc<score::AreaYears>> = (areas.iter())
            .map(|area| {
                let key = hashed((area.revision, pointer));
                kept(&self.years, before, key, || Arc::new(score::area_years(area, pointer)))
            })
            .collect();
        score::sum_years(&parts, scale)
    }

    /// A file of the whole site made from no more than what `input` hashes
    /// (the sitemap, from every file's address): in `serve`, taken from the
    /// build before while that is unchanged.
    fn of_site(&self, input: impl Hash, make: impl FnOnce() -> String) -> Arc<str> {
        if !self.mode.keeps_prints() {
            return make().into();
        }
        let key = (OF_SITE, hashed((input, self.lang, self.print_base)));
        kept(&self.fragments, self.mode.previous().map(|p| &p.fragments), key, || make().into())
    }

    /// The key of a file of `template` at `a`, made from `input`.
    fn key(&self, template: &str, a: &Address, input: u64) -> u64 {
        let mut h = std::hash::DefaultHasher::new();
        (self.print_base, template, a.path(), input).hash(&mut h);
        h.finish()
    }

    /// What an area's files are made from, as `serve` judges it: the area,
    /// by its revision, and the suggestions made to it.
    fn area_key(&self, area: Option<usize>) -> u64 {
        let keys = self.area_keys.get_or_init(|| {
            (self.site.areas.iter().enumerate())
                .map(|(ai, area)| {
                    let mut h = std::hash::DefaultHasher::new();
                    (area.revision, self.suggestions.get(ai)).hash(&mut h);
                    h.finish()
                })
                .collect()
        });
        area.and_then(|ai| keys.get(ai)).copied().unwrap_or_default()
    }

    /// What the files of a few areas (`Scope::Areas`) are made from, as
    /// `serve` judges it: which areas, in order, and each by its revision.
    fn areas_key(&self, areas: &[usize]) -> u64 {
        let mut h = std::hash::DefaultHasher::new();
        areas.len().hash(&mut h);
        for &ai in areas {
            (ai, self.site.areas.get(ai).map(|a| a.revision)).hash(&mut h);
        }
        h.finish()
    }

    /// Checks, in a debug build, that a file carried over by its areas' key
    /// would have been made the same: otherwise its route reads more of the
    /// model than its `Scope::Area` or `Scope::Areas` lets `serve` see.
    fn verify(&self, out: &mut Out, route: &Route, a: &Address, p: &Previous) {
        let made = match (route.make)(self, a) {
            Made::File(bytes) => hash_of(&bytes),
            Made::Page(ctx) => ctx.0.print(),
        };
        for file in a.files() {
            if p.prints.made.get(file) != Some(&made) {
                let message = format!(
                    "`serve` carried {file} over, but what it is made from changed: the route \"{}\" reads more than its scope says",
                    route.kind
                );
                out.diags.push(Diagnostic::error(format!("(page) {}", a.path()), Pos::UNKNOWN, message));
            }
            out.made.push((file.to_owned(), made));
        }
    }

    /// A page: the context converted, the template run, and `serve`'s script added.
    fn html(&self, out: &mut Out, template: &str, path: &str, ctx: Context) -> Option<Vec<u8>> {
        let mut context = match ctx.0.convert() {
            Ok(c) => c,
            Err(e) => {
                let message = format!("the page {path} could not be prepared for template `{template}`: {e}");
                out.diags.push(Diagnostic::error(format!("(page) {path}"), Pos::UNKNOWN, message));
                return None;
            }
        };
        context.insert_value("site", self.common.clone());
        context.insert("path", path);
        let languages = &self.site.config.languages;
        if languages.len() > 1 {
            context.insert("lang", &languages[self.lang]);
            context.insert("alternates", &self.alternates(path));
        }
        match self.theme.tera.render(template, &context) {
            Ok(mut html) => {
                if let Some(script) = self.mode.live_reload()
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

    fn pass_on(&self, out: &mut Out, path: &str, bytes: Bytes) {
        match self.mode.sink() {
            Some(sink) => sink.file(path, &bytes),
            None => out.kept.push((path.to_owned(), bytes)),
        }
    }

    /// The address of a page in this renderer's language (`areas/x/`), or
    /// of a file made once for all (`data/scores.csv`).
    fn url(&self, path: &str) -> String {
        match routes::is_shared(path) {
            true => format!("{}{path}", self.base),
            false => format!("{}{path}", self.home),
        }
    }

    /// The same page (at `path`, in this renderer's language) in each of
    /// the site's languages: the links to switch language.
    fn alternates(&self, path: &str) -> Vec<Alternate<'a>> {
        let languages = &self.site.config.languages;
        let own = routes::language_folder(languages, self.lang);
        let rest = path.strip_prefix(own.as_str()).unwrap_or(path);
        (0..languages.len())
            .map(|l| Alternate {
                lang: &languages[l],
                name: self.theme.messages[l].text("language-name"),
                path: format!("{}{rest}", routes::language_folder(languages, l)),
                current: l == self.lang,
            })
            .collect()
    }

    // An area's or a pointer's page is in each language, never a file made
    // once for all (`url` would look that up in the route table).
    fn area_url(&self, slug: &AreaSlug) -> String {
        format!("{}areas/{slug}/", self.home)
    }

    fn period_url(&self, slug: &AreaSlug, period: &Period) -> String {
        format!("{}areas/{slug}/{period}/", self.home)
    }

    fn pointer_url(&self, id: &PointerId) -> String {
        format!("{}pointers/{id}/", self.home)
    }

    /// The words the code puts on pages, in this renderer's language.
    fn words(&self) -> &'a crate::messages::Messages {
        &self.theme.messages[self.lang]
    }

    fn date(&self, d: Date) -> String {
        self.words().date(d)
    }

    fn period(&self, p: &Period) -> String {
        self.words().period(p)
    }

    /// A level's label: the site's own scale's, or the usual scale's in this
    /// renderer's language.
    fn label(&self, s: Score) -> &'a str {
        level_label(self.site, self.usual_scale, self.words(), s)
    }

    /// Markdown as HTML in this renderer's language. A council's text not
    /// written in it is shown in the language it is written in, marked as
    /// such (WCAG 3.1.2) with a quiet note; so is the default language's
    /// text of a page not translated (the page says so once).
    fn md(&self, m: &Markdown) -> String {
        // A council's text sits below its section's headings; a page's
        // own text below the page's title.
        let (add, least) = if m.by_council() { (4, 5) } else { (0, 2) };
        let html = |t: &str| {
            let html = match self.lang {
                0 => markdown::to_html(t, &self.base),
                _ => markdown::to_html_in(t, &self.base, &self.home),
            };
            markdown::headings_below(&html, add, least).unwrap_or(html)
        };
        let languages = &self.site.config.languages;
        match m.text.shown_in(self.lang) {
            (t, Some(l)) => format!(
                "<div lang=\"{}\">{}</div><p class=\"meta untranslated\">{}</p>",
                languages[l],
                html(t),
                self.words().text("text-not-translated")
            ),
            (t, None) if self.lang == 0 || m.translated || !m.text.langs.is_empty() => html(t),
            (t, None) => format!("<div lang=\"{}\">{}</div>", languages[0], html(t)),
        }
    }

    /// `md` of a text of `area`, which `what` names within it (its
    /// strengths on a pointer, the summary of a period): see `of_area`.
    fn md_of(&self, area: &Area, what: impl Hash, m: &Markdown) -> Arc<str> {
        self.of_area(area, ("markdown", what), || self.md(m))
    }

    /// A part of a page made from `area` alone, which `what` names (the
    /// reasons to learn from it on a pointer): made once per revision of
    /// the area, language and theme (`print_base`), and in `serve` kept
    /// from the build before.
    fn of_area(&self, area: &Area, what: impl Hash, make: impl FnOnce() -> String) -> Arc<str> {
        let Some(&ai) = self.row_of.get(area.slug.0.as_str()) else { return make().into() };
        let mut h = std::hash::DefaultHasher::new();
        (what, self.lang, self.print_base).hash(&mut h);
        // Not 0, which `fragment` takes for "nothing else".
        self.fragment(OF_AREA, ai, h.finish() | 1, make)
    }

    /// A council's plain text in this renderer's language, as HTML (for a
    /// template's `| safe`): escaped as the templates escape, or, where it is
    /// not written in this language, in the one it is, marked as such
    /// (WCAG 3.1.2).
    fn say(&self, t: &Text) -> String {
        let (text, lang) = t.shown_in(self.lang);
        self.mark(text, lang)
    }

    /// Plain text as HTML, escaped as the templates escape; marked as being
    /// in language `lang` when that is not this renderer's.
    fn mark(&self, text: &str, lang: Option<usize>) -> String {
        let mut out = Vec::with_capacity(text.len() + 20);
        if let Some(l) = lang {
            out.extend_from_slice(format!("<span lang=\"{}\">", self.site.config.languages[l]).as_bytes());
        }
        tera::escape_html(text, &mut out).expect("writing to memory");
        if lang.is_some() {
            out.extend_from_slice(b"</span>");
        }
        String::from_utf8(out).expect("escaping keeps UTF-8")
    }

    /// Whether a council's plain text is shown in another language than
    /// this renderer's (a list of such texts then says so, once).
    fn shown_in_another(&self, t: &Text) -> bool {
        t.shown_in(self.lang).1.is_some()
    }

    /// Site-relative links from the input go under `base_url`.
    fn link(&self, l: &str) -> String {
        match l.strip_prefix('/') {
            Some(rest) => self.url(rest),
            None => l.to_owned(),
        }
    }

    /// The assessment the network's pages show of an area: its latest on
    /// the site's own framework.
    fn latest(&self, area: &'a Area) -> Option<&'a Assessment> {
        area.latest_own()
    }
}
