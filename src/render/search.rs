//! The search page, `/search/`, and the text it searches: every assessment's
//! summary and stories, and each pointer's strengths, stories, evidence and
//! next steps, in the page's language (`Markdown::text_in`).
//!
//! The text goes into script files by year, `search/2025-1.js` (a year of
//! a large network in a few), each of which hands its assessments to the
//! page (`abaSearch([...])`): a `<script src>` loads from a folder on disk
//! too, where `fetch()` is refused. The page
//! loads them newest first once the reader starts to search, and MiniSearch
//! (`static/minisearch.js`) indexes each as it comes: the newest results
//! show while older years load, and the files hold only the text the
//! results show, with no index beside it. Each area's share is made once
//! per revision of the area (`Renderer::fragment`), so `serve` joins the
//! unchanged ones as they were.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;
use std::sync::{Arc, OnceLock};

use serde::Serialize;

use super::routes::Address;
use super::{Context, Made, Renderer};
use crate::model::*;

/// What a piece of text is, by its place in `SearchData::kinds`.
const SUMMARY: u8 = 0;
const STORY: u8 = 1;
const STRENGTHS: u8 = 2;
const EVIDENCE: u8 = 3;
const NEXT_STEP: u8 = 4;
/// The messages naming each kind, in that order.
const KINDS: [&str; 5] = [
    "search-kind-summary",
    "search-kind-story",
    "search-kind-strengths",
    "search-kind-evidence",
    "search-kind-next-step",
];

/// How many areas' assessments of one year a part holds at most: a part
/// is indexed in one go, so a small one lets the first results show soon.
const AREAS_PER_PART: usize = 100;

/// The parts, newest first: each a year and (a share of) the areas with
/// an assessment in it, by their latest period in that year, newest first
/// (so one part is never newer than the one before it).
fn parts(site: &Site) -> Vec<(u16, Vec<usize>)> {
    let mut assessed: Vec<(&Period, usize)> = Vec::new();
    for (ai, area) in site.areas.iter().enumerate() {
        let mut years = BTreeSet::new();
        // Newest first: an area's latest period of each year.
        for a in area.assessments.iter().rev().filter(|a| years.insert(a.period.year)) {
            assessed.push((&a.period, ai));
        }
    }
    assessed.sort_by(|a, b| b.0.cmp(a.0).then(a.1.cmp(&b.1)));
    let mut parts: Vec<(u16, Vec<usize>)> = Vec::new();
    for (period, ai) in assessed {
        match parts.last_mut() {
            Some((year, areas)) if *year == period.year && areas.len() < AREAS_PER_PART => areas.push(ai),
            _ => parts.push((period.year, vec![ai])),
        }
    }
    parts
}

/// The parts' file names, in order.
fn part_names(site: &Site) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut last = (0, 0);
    for (year, _) in parts(site) {
        last = if last.0 == year { (year, last.1 + 1) } else { (year, 1) };
        names.push(format!("{year}-{}.js", last.1));
    }
    names
}

pub(super) fn part_addresses(r: &Renderer) -> Vec<Address> {
    part_names(r.site).into_iter().enumerate().map(|(i, n)| Address::item(format!("search/{n}"), i)).collect()
}

/// The areas whose text a part holds.
pub(super) fn part_areas(r: &Renderer, a: &Address) -> Vec<usize> {
    r.search_parts(parts).get(a.item).map(|(_, areas)| areas.clone()).unwrap_or_default()
}

/// One part: `abaSearch([ASSESSMENT, …]);`, each as `area_text` made it.
pub(super) fn part<'a>(r: &Renderer<'a>, a: &Address) -> Made<'a> {
    let (year, areas) = r.search_parts(parts).get(a.item).cloned().unwrap_or_default();
    let year = year.to_string();
    // 16 and up: the search text in each language (0 and 1 are the rows of the open data).
    let kind = u8::try_from(r.lang).map_or(u8::MAX, |l| l.saturating_add(16));
    let texts: Vec<_> = areas.into_iter().map(|ai| r.fragment(kind, ai, 0, || r.search_text(ai))).collect();
    let entries: Vec<&str> = (texts.iter().flat_map(|text| text.lines()))
        .filter_map(|line| line.strip_prefix(year.as_str()).and_then(|l| l.strip_prefix('\t')))
        .collect();
    // Made in one piece of memory of the size it takes (a part is megabytes).
    let mut js = String::with_capacity(20 + entries.iter().map(|e| e.len() + 2).sum::<usize>());
    js.push_str("abaSearch([");
    for (i, json) in entries.iter().enumerate() {
        js.push_str(if i == 0 { "\n" } else { ",\n" });
        js.push_str(json);
    }
    js.push_str("\n]);\n");
    Made::File(js.into_bytes())
}

/// An area's text to search in each of the site's languages, made once for
/// all the parts that hold the area (one per year it has an assessment in,
/// in each language) and dropped when the last has taken it.
pub(super) struct Waiting {
    /// How many parts are still to take it.
    left: usize,
    texts: Arc<OnceLock<Vec<Arc<str>>>>,
}

impl Renderer<'_> {
    /// Area `ai`'s text to search in this renderer's language. It is made
    /// in every language at once, so that a text shown in several (a
    /// translation missing) is made plain once, and it waits in
    /// `search_texts` for every part that holds the area: an area of five
    /// years is in five parts, and making its text (of all five years) for
    /// each took a quarter of a build.
    fn search_text(&self, ai: usize) -> Arc<str> {
        let texts = {
            let mut waiting = self.search_texts.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let w = waiting.entry(ai).or_insert_with(|| {
                let parts = self.search_parts(parts).iter().filter(|(_, areas)| areas.contains(&ai)).count();
                Waiting { left: parts * self.site.config.languages.len(), texts: Arc::default() }
            });
            w.left = w.left.saturating_sub(1);
            let texts = w.texts.clone();
            if w.left == 0 {
                waiting.remove(&ai);
            }
            texts
        };
        let texts = texts.get_or_init(|| {
            let area = &self.site.areas[ai];
            let mut plain = HashMap::new();
            (0..self.site.config.languages.len())
                .map(|lang| area_text(area, self.site, lang, &mut plain).into())
                .collect()
        });
        texts[self.lang].clone()
    }
}

/// An area's text to search, in language `lang`: a line `YEAR<tab>JSON`
/// for each assessment, where the JSON is
/// `{"name", "slug", "period", "texts": [[POINTER, KIND, "text", LANG?], …]}`,
/// POINTER a place in the site's pointers (-1 for the whole assessment),
/// KIND one of `KINDS`, and LANG the language the text is written in, when
/// it is not `lang` (the page marks it, WCAG 3.1.2). A text the area wrote
/// again in a later assessment, on the same pointer, is kept only in the
/// newest. Nothing in it depends on the theme, so `serve` keeps it while
/// the area is unchanged. `plain` keeps each Markdown text made plain, by
/// where the text is, for the area's other languages.
fn area_text<'s>(area: &'s Area, site: &Site, lang: usize, plain: &mut HashMap<(*const u8, usize), Rc<str>>) -> String {
    let languages = &site.config.languages;
    // A council's text in `lang`, or else as written; and the language it is in.
    let written = |t: &Text| {
        let (text, instead) = t.shown_in(lang);
        (Rc::from(text), instead.unwrap_or(lang))
    };
    let mut markdown = |m: &'s Markdown| {
        let (text, instead) = m.text.shown_in(lang);
        let made = plain
            .entry((text.as_ptr(), text.len()))
            .or_insert_with(|| super::area::plain_text(text, usize::MAX).into());
        (made.clone(), instead.unwrap_or(lang))
    };
    let plain = written;
    // Shared, not copied, and hashed fast: this was half the cost of the
    // text to search, besides making the Markdown plain.
    let mut seen: foldhash::HashSet<(i32, u8, Rc<str>)> = foldhash::HashSet::default();
    let mut out = String::new();
    for a in area.assessments.iter().rev() {
        // `[POINTER, KIND, "text", LANG?]`, each after a comma but the first.
        let mut texts: Vec<u8> = Vec::new();
        let mut keep = |pointer: i32, kind: u8, (text, written): (Rc<str>, usize)| {
            if !text.is_empty() && seen.insert((pointer, kind, text.clone())) {
                if !texts.is_empty() {
                    texts.push(b',');
                }
                match written == lang {
                    true => serde_json::to_writer(&mut texts, &(pointer, kind, &*text)),
                    false => serde_json::to_writer(&mut texts, &(pointer, kind, &*text, &languages[written])),
                }
                .expect("search text serializes");
            }
        };
        if let Some(s) = &a.summary {
            keep(-1, SUMMARY, markdown(s));
        }
        for s in &a.stories {
            keep(-1, STORY, markdown(&s.text));
        }
        for (id, p) in &a.pointers {
            // Another version's pointer is none of the site's, whatever its id.
            let place = site.pointers.iter().position(|q| q.id == *id).filter(|_| a.version.is_none());
            let pointer = place.and_then(|i| i32::try_from(i).ok()).unwrap_or(-1);
            if let Some(s) = &p.strengths {
                keep(pointer, STRENGTHS, markdown(s));
            }
            for s in &p.stories {
                keep(pointer, STORY, markdown(&s.text));
            }
            for e in &p.evidence {
                keep(pointer, EVIDENCE, plain(&e.text));
            }
            for step in &p.next_steps {
                keep(pointer, NEXT_STEP, plain(&step.action));
            }
        }
        if texts.is_empty() {
            continue;
        }
        // `{"name", "slug", "period", "texts"}`, as serde_json writes a struct.
        let string = |s: &str| serde_json::to_string(s).expect("search text serializes");
        out.push_str(&format!(
            "{}\t{{\"name\":{},\"slug\":{},\"period\":{},\"texts\":[",
            a.period.year,
            string(area.name.text_in(lang)),
            string(&area.slug.0),
            string(&a.period.to_string()),
        ));
        out.push_str(std::str::from_utf8(&texts).expect("serde_json writes UTF-8"));
        out.push_str("]}\n");
    }
    out
}

/// The search page's context.
#[derive(Serialize)]
struct SearchPage<'a> {
    /// The pointers and their pages: without JavaScript, the page sends the
    /// reader there (each lists every area's strengths, stories and evidence on it).
    pointers: Vec<PointerLink<'a>>,
    areas_url: String,
    /// `SearchData` as JSON, safe to put inside a `<script>` element.
    data: String,
}

#[derive(Serialize)]
struct PointerLink<'a> {
    number: u8,
    title: &'a str,
    url: String,
}

/// What `search.js` reads: everything it shows that is not the areas' own text.
#[derive(Serialize)]
struct SearchData<'a> {
    /// The page's language. With `words.count`, only for a `search.js` that
    /// `aba init` copied into a site's theme before the script took its
    /// words from `words.js`: it reads both.
    lang: &'a str,
    /// The parts' files, relative to the page.
    parts: Vec<String>,
    /// Per pointer (in the order the parts number them): its id (the anchor
    /// of its section on an assessment's page), number and title.
    pointers: Vec<(&'a str, u8, &'a str)>,
    /// What each kind of text is called, in the order of `KINDS`.
    kinds: Vec<String>,
    /// Every period of the site (`2024-03`) and its name on the page ("March 2024").
    periods: BTreeMap<String, String>,
    words: Words,
}

/// The script's words, from the message files. `{…}` marks what it fills in.
#[derive(Serialize)]
struct Words {
    loading: String,
    failed: String,
    none: String,
    /// The count of results for 0 to 10 results (see `SearchData::lang`).
    count: Vec<String>,
    more: String,
    result: String,
}

pub(super) fn page<'a>(r: &Renderer<'a>, _: &Address) -> Made<'a> {
    let pointers = r.site.pointers_in(r.lang);
    let words = r.words();
    let mut periods = BTreeMap::new();
    for a in r.site.areas.iter().flat_map(|area| area.assessments.iter()) {
        periods.entry(a.period.to_string()).or_insert_with(|| r.period(&a.period));
    }
    let data = SearchData {
        lang: &r.site.config.languages[r.lang],
        parts: part_names(r.site),
        pointers: pointers.iter().map(|p| (p.id.0.as_str(), p.number, p.title.as_str())).collect(),
        kinds: KINDS.iter().map(|k| words.text(k)).collect(),
        periods,
        words: Words {
            loading: words.text("search-loading"),
            failed: words.text("search-failed"),
            none: words.format("search-none", &[("query", "{query}")]),
            count: (0..=10).map(|n| words.count("js-search-count", n, &[])).collect(),
            more: words.text("search-more"),
            result: words.format("search-result", &[("area", "{area}"), ("period", "{period}")]),
        },
    };
    let json = serde_json::to_string(&data).expect("the search page's data serializes");
    Context::page(SearchPage {
        pointers: pointers
            .iter()
            .map(|p| PointerLink { number: p.number, title: &p.title, url: r.pointer_url(&p.id) })
            .collect(),
        areas_url: r.url("areas/"),
        // Inside <script>, only `</script` or `<!--` could end the element early.
        data: json.replace('<', "\\u003c"),
    })
}
