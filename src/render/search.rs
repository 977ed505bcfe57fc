//! The search page, `/search/`, and the text it searches: every assessment's
//! summary and stories, and each pointer's strengths, stories, evidence and
//! next steps, in the page's language (`Markdown::text_in`).
//!
//! The text goes into a few script files, `search/A.js`, one for the areas
//! whose address starts with each letter, each of which hands its areas to
//! the page (`abaSearch([...])`): a `<script src>` loads from a folder on
//! disk too, where `fetch()` is refused. The page loads them when the reader
//! first searches, and MiniSearch (`static/minisearch.js`) indexes them in
//! the browser: the files hold only the text the results show, not an
//! index beside it. Each area's share is made once per revision of the area
//! (`Renderer::fragment`), so `serve` joins the unchanged ones as they were.

use std::collections::{BTreeMap, HashSet};

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

/// Which part an area's text is in: the first character of its address.
fn part_of(area: &Area) -> char {
    area.slug.0.chars().next().unwrap_or('0')
}

/// The parts, in order, with the areas of each: only areas with an assessment.
fn parts(site: &Site) -> BTreeMap<char, Vec<usize>> {
    let mut parts: BTreeMap<char, Vec<usize>> = BTreeMap::new();
    for (ai, area) in site.areas.iter().enumerate().filter(|(_, a)| !a.assessments.is_empty()) {
        parts.entry(part_of(area)).or_default().push(ai);
    }
    parts
}

pub(super) fn part_addresses(r: &Renderer) -> Vec<Address> {
    parts(r.site).into_keys().enumerate().map(|(i, c)| Address::item(format!("search/{c}.js"), i)).collect()
}

/// One part: `abaSearch([AREA, …]);`, each area as `area_json` made it.
pub(super) fn part<'a>(r: &Renderer<'a>, a: &Address) -> Made<'a> {
    let areas = parts(r.site).into_values().nth(a.item).unwrap_or_default();
    let mut js = String::from("abaSearch([");
    for (i, ai) in areas.into_iter().enumerate() {
        if i > 0 {
            js.push_str(",\n");
        }
        // 16 and up: the search text of each language (0 and 1 are the rows of the open data).
        let kind = 16 + u8::try_from(r.lang).unwrap_or(u8::MAX - 16);
        js.push_str(&r.fragment(kind, ai, || area_json(&r.site.areas[ai], &r.site.pointers, r.lang)));
    }
    js.push_str("]);\n");
    Made::File(js.into_bytes())
}

/// An area's text to search, in language `lang`, as JSON:
/// `{"name", "slug", "periods": ["2021", …], "texts": [[PERIOD, POINTER, KIND, "text"], …]}`,
/// where PERIOD is a place in `periods`, POINTER a place in the site's
/// pointers (-1 for the whole assessment) and KIND one of `KINDS`. A text
/// an area wrote again in a later assessment, on the same pointer, is kept
/// only in the newest. Nothing in it depends on the theme: `serve` keeps it
/// while the area is unchanged.
fn area_json(area: &Area, pointers: &[Pointer], lang: usize) -> String {
    #[derive(Serialize)]
    struct AreaText<'a> {
        name: &'a str,
        slug: &'a str,
        periods: Vec<String>,
        texts: Vec<(usize, i32, u8, String)>,
    }
    let mut seen = HashSet::new();
    let mut texts = Vec::new();
    let mut keep = |period: usize, pointer: i32, kind: u8, text: String| {
        if !text.is_empty() && seen.insert((pointer, kind, text.clone())) {
            texts.push((period, pointer, kind, text));
        }
    };
    let plain = |m: &Markdown| super::area::plain_text(m.text_in(lang), usize::MAX);
    for (pi, a) in area.assessments.iter().enumerate().rev() {
        if let Some(s) = &a.summary {
            keep(pi, -1, SUMMARY, plain(s));
        }
        for s in &a.stories {
            keep(pi, -1, STORY, plain(&s.text));
        }
        for (id, p) in &a.pointers {
            let pointer = pointers.iter().position(|q| q.id == *id).map_or(-1, |i| i as i32);
            if let Some(s) = &p.strengths {
                keep(pi, pointer, STRENGTHS, plain(s));
            }
            for s in &p.stories {
                keep(pi, pointer, STORY, plain(&s.text));
            }
            for e in &p.evidence {
                keep(pi, pointer, EVIDENCE, e.text.clone());
            }
            for step in &p.next_steps {
                keep(pi, pointer, NEXT_STEP, step.action.clone());
            }
        }
    }
    let periods = area.assessments.iter().map(|a| a.period.to_string()).collect();
    serde_json::to_string(&AreaText { name: &area.name, slug: &area.slug.0, periods, texts }).unwrap_or_default()
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
    /// The page's language, for `Intl.PluralRules`.
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
    /// The count of results for 0 to 10 results: the script picks the one
    /// whose plural form (`Intl.PluralRules`) is that of its count.
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
        parts: parts(r.site).into_keys().map(|c| format!("{c}.js")).collect(),
        pointers: pointers.iter().map(|p| (p.id.0.as_str(), p.number, p.title.as_str())).collect(),
        kinds: KINDS.iter().map(|k| words.text(k)).collect(),
        periods,
        words: Words {
            loading: words.text("search-loading"),
            failed: words.text("search-failed"),
            none: words.format("search-none", &[("query", "{query}")]),
            count: (0..=10).map(|n| words.count("search-count", n, &[])).collect(),
            more: words.text("search-more"),
            result: words.format("search-result", &[("area", "{area}"), ("period", "{period}")]),
        },
    };
    let json = serde_json::to_string(&data).unwrap_or_default();
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
