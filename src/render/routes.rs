//! The route table: every kind of file the site has, declared once.
//!
//! A route says where its files go, which template draws them, what part of
//! the model they show, and which function lists them and builds each one's
//! context. Everything else derives from this table: what `build` writes,
//! what `check` renders as a sample and lists by address, what `serve`
//! carries over (by the fingerprint of each page's context), the sitemap,
//! the addresses the link check knows, and the folder names a content page
//! may not take.
//!
//! To add a kind of page: add a `Route` below, a template under
//! `themes/default/templates/`, and a function that lists its addresses and
//! one that builds its context (a typed struct) in `pages.rs`.

use super::{Context, Made, Renderer, area, data, easy_read, feeds, pages, search, versions, worksheet};

/// One kind of file of the site.
pub(crate) struct Route {
    /// What it is, in a few words.
    pub kind: &'static str,
    /// Where its files go: `{…}` stands for a part that varies.
    pub pattern: &'static str,
    /// Where the same bytes also go, for some of them.
    pub also: Option<&'static str>,
    /// The template that draws it; `None` for a file made without one.
    pub template: Option<&'static str>,
    /// The content page (`content/NAME.md`) whose text it shows, if any:
    /// that page is not also drawn as an ordinary page.
    pub content: Option<&'static str>,
    /// What of the model it shows, in words (for the reader of this table).
    pub reads: &'static str,
    /// What of the model it may read, which `serve` judges reuse by.
    pub scope: Scope,
    /// Which of its pages `aba check` renders; the rest it lists by address.
    pub sample: Sample,
    /// Whether it is made once in each of the site's languages (the default
    /// at `pattern`, each other under its code: `cy/…`), or once for all
    /// (data, static files, the sitemap).
    pub each_language: bool,
    /// Every file of this kind.
    pub list: fn(&Renderer) -> Vec<Address>,
    /// One file: its context, or its bytes.
    pub make: for<'a> fn(&Renderer<'a>, &Address) -> Made<'a>,
}

/// What of the model a route's files may read, beyond the site's settings,
/// pointers and theme (whose change makes every file again).
#[derive(Clone, Copy, Debug)]
pub(crate) enum Scope {
    /// Anything. `serve` makes each file again, and carries a page over
    /// when the fingerprint of its context is unchanged.
    Site,
    /// Only the address's own area and the suggestions of others to learn
    /// from made to it (`Renderer::suggestions`). `serve` carries the file
    /// over, without making it, while both are unchanged (the area by its
    /// `revision`); a debug build makes it anyway and reports a file whose
    /// context changed all the same.
    Area,
    /// Only the areas the function lists for the address (a region's, a
    /// search part's), in that order. `serve` carries the file over, without
    /// making it, while the list and each of them (by its `revision`) are
    /// unchanged; a debug build checks it as for `Area`.
    Areas(fn(&Renderer, &Address) -> Vec<usize>),
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sample {
    /// Every page: these try the templates on the site's own text.
    Always,
    /// The pages of the areas `check` picks (the first with an assessment,
    /// and any area a Markdown link points into).
    Area,
    /// Only a page that a Markdown link points into with an anchor.
    Linked,
}

/// One file of a route.
#[derive(Clone, Debug)]
pub(crate) struct Address {
    /// Which of the site's languages it is in (0: the default, and every
    /// file made once for all).
    pub lang: usize,
    /// Where it is written, relative to the site.
    pub file: String,
    /// A second address with the same bytes (an area's latest assessment is
    /// also the area's own page).
    pub also: Option<String>,
    /// The area it belongs to, as a position in the site's areas.
    pub area: Option<usize>,
    /// Which one of the route's items it is (a pointer, an assessment of the
    /// area, a region, a content page…), as the route's `list` numbered them.
    pub item: usize,
}

impl Address {
    pub fn one(file: impl Into<String>) -> Address {
        Address { lang: 0, file: file.into(), also: None, area: None, item: 0 }
    }

    pub fn item(file: impl Into<String>, item: usize) -> Address {
        Address { lang: 0, file: file.into(), also: None, area: None, item }
    }

    /// The page's own address, as templates see it (`areas/x/2024/`).
    pub fn path(&self) -> &str {
        self.file.strip_suffix("index.html").unwrap_or(&self.file)
    }

    /// Every address the file is written at.
    pub fn files(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.file.as_str()).chain(self.also.as_deref())
    }
}

pub(crate) const ROUTES: &[Route] = &[
    Route {
        kind: "home page",
        pattern: "index.html",
        also: None,
        template: Some("index.html"),
        content: Some("_index"),
        reads: "content/_index.md, the newest assessments and their stories, every area's latest scores",
        scope: Scope::Site,
        sample: Sample::Linked,
        each_language: true,
        list: |_| vec![Address::one("index.html")],
        make: pages::home,
    },
    Route {
        kind: "list of pointers",
        pattern: "pointers/index.html",
        also: None,
        template: Some("pointers.html"),
        content: None,
        reads: "the pointers, every area's latest scores",
        scope: Scope::Site,
        sample: Sample::Linked,
        each_language: true,
        list: |_| vec![Address::one("pointers/index.html")],
        make: pages::pointer_list,
    },
    Route {
        kind: "pointer",
        pattern: "pointers/{pointer}/index.html",
        also: None,
        template: Some("pointer.html"),
        content: None,
        reads: "one pointer, every area's scores, strengths, stories and evidence on it",
        scope: Scope::Site,
        sample: Sample::Linked,
        each_language: true,
        list: pages::pointer_addresses,
        make: pages::pointer,
    },
    Route {
        kind: "a pointer's easy-read version",
        pattern: "pointers/{pointer}/easy-read/index.html",
        also: None,
        template: Some("easy-read.html"),
        content: None,
        reads: "one pointer's `easy_read` ideas (only for a pointer that has them)",
        scope: Scope::Site,
        sample: Sample::Always,
        each_language: true,
        list: easy_read::addresses,
        make: easy_read::page,
    },
    Route {
        kind: "another version of the framework the site holds",
        pattern: "frameworks/{framework}/index.html",
        also: None,
        template: Some("framework.html"),
        content: None,
        reads: "one version's `framework.yaml` and pointers (`content/frameworks/SLUG/`), the assessments made against it",
        scope: Scope::Site,
        sample: Sample::Always,
        each_language: true,
        list: versions::addresses,
        make: versions::page,
    },
    Route {
        kind: "list of areas",
        pattern: "areas/index.html",
        also: None,
        template: Some("areas.html"),
        content: None,
        reads: "every area, its place and latest scores",
        scope: Scope::Site,
        sample: Sample::Linked,
        each_language: true,
        list: |_| vec![Address::one("areas/index.html")],
        make: pages::area_list,
    },
    Route {
        kind: "assessment (the latest is also the area's page)",
        pattern: "areas/{area}/{period}/index.html",
        also: Some("areas/{area}/index.html"),
        template: Some("area.html"),
        content: None,
        reads: "one area and its assessments up to this one, the suggestions of others to learn from",
        scope: Scope::Area,
        sample: Sample::Area,
        each_language: true,
        list: area::addresses,
        make: area::make,
    },
    Route {
        kind: "an assessment's summary for a committee, to print",
        pattern: "areas/{area}/{period}/report/index.html",
        also: None,
        template: Some("report.html"),
        content: None,
        reads: "one assessment",
        scope: Scope::Area,
        sample: Sample::Area,
        each_language: true,
        list: area::report_addresses,
        make: area::make_report,
    },
    Route {
        kind: "area with no assessment yet",
        pattern: "areas/{area}/index.html",
        also: None,
        template: Some("area.html"),
        content: None,
        reads: "one area",
        scope: Scope::Area,
        sample: Sample::Area,
        each_language: true,
        list: area::empty_addresses,
        make: area::make_empty,
    },
    Route {
        kind: "an assessment's open data",
        pattern: "data/areas/{area}/{period}.json",
        also: None,
        template: None,
        content: None,
        reads: "one assessment",
        scope: Scope::Area,
        sample: Sample::Area,
        each_language: false,
        list: data::assessment_addresses,
        make: data::assessment_file,
    },
    Route {
        kind: "list of regions and nations",
        pattern: "regions/index.html",
        also: None,
        template: Some("regions.html"),
        content: None,
        reads: "every area's region and nation",
        scope: Scope::Site,
        sample: Sample::Linked,
        each_language: true,
        list: |_| vec![Address::one("regions/index.html")],
        make: pages::region_list,
    },
    Route {
        kind: "region or nation",
        pattern: "regions/{region}/index.html",
        also: None,
        template: Some("region.html"),
        content: None,
        reads: "the areas of one region or nation, their scores over the years",
        scope: Scope::Areas(pages::region_areas),
        sample: Sample::Linked,
        each_language: true,
        list: pages::region_addresses,
        make: pages::region,
    },
    Route {
        kind: "compare areas",
        pattern: "compare/index.html",
        also: None,
        template: Some("compare.html"),
        content: None,
        reads: "every area's latest scores",
        scope: Scope::Site,
        sample: Sample::Linked,
        each_language: true,
        list: |_| vec![Address::one("compare/index.html")],
        make: pages::compare,
    },
    Route {
        kind: "workshop kit",
        pattern: "workshop/index.html",
        also: None,
        template: Some("workshop.html"),
        content: Some("workshop"),
        reads: "content/workshop.md, the pointers, the scale, the roles",
        scope: Scope::Site,
        sample: Sample::Always,
        each_language: true,
        list: |_| vec![Address::one("workshop/index.html")],
        make: pages::workshop,
    },
    Route {
        kind: "worksheet: fill in an assessment in the browser",
        pattern: "worksheet/index.html",
        also: None,
        template: Some("worksheet.html"),
        content: None,
        reads: "the pointers, the scale, the vocabulary and JSON Schema of the files, every area's published periods",
        scope: Scope::Site,
        sample: Sample::Always,
        each_language: true,
        list: |_| vec![Address::one("worksheet/index.html")],
        make: |r, _| {
            Context::page(worksheet::context(r.site, &r.theme.messages, &|p| r.period(p), r.relative, &r.folder()))
        },
    },
    Route {
        kind: "search: find the areas that wrote about something",
        pattern: "search/index.html",
        also: None,
        template: Some("search.html"),
        content: None,
        reads: "the pointers, the name of every period",
        scope: Scope::Site,
        sample: Sample::Always,
        each_language: true,
        list: |_| vec![Address::one("search/index.html")],
        make: search::page,
    },
    Route {
        kind: "what the search page searches, one part per year",
        pattern: "search/{part}.js",
        also: None,
        template: None,
        content: None,
        reads: "the summary, stories, strengths, evidence and next steps of every assessment, in the language of the page",
        scope: Scope::Areas(search::part_areas),
        sample: Sample::Linked,
        each_language: true,
        list: search::part_addresses,
        make: search::part,
    },
    Route {
        kind: "open data page",
        pattern: "data/index.html",
        also: None,
        template: Some("data.html"),
        content: Some("data"),
        reads: "content/data.md",
        scope: Scope::Site,
        sample: Sample::Always,
        each_language: true,
        list: |_| vec![Address::one("data/index.html")],
        make: pages::data_page,
    },
    Route {
        kind: "content page",
        pattern: "{page}/index.html",
        also: None,
        template: Some("page.html"),
        content: None,
        reads: "one page of content/",
        scope: Scope::Site,
        sample: Sample::Always,
        each_language: true,
        list: pages::content_addresses,
        make: pages::content,
    },
    Route {
        kind: "accessibility statement",
        pattern: "accessibility/index.html",
        also: None,
        template: Some("accessibility.html"),
        content: Some("accessibility"),
        reads: "site.yaml's organisation and accessibility, content/accessibility.md (what the site knows is not accessible)",
        scope: Scope::Site,
        sample: Sample::Always,
        each_language: true,
        list: |_| vec![Address::one("accessibility/index.html")],
        make: pages::accessibility,
    },
    Route {
        kind: "page not found",
        pattern: "404.html",
        also: None,
        template: Some("404.html"),
        content: None,
        reads: "nothing but the site's settings",
        scope: Scope::Site,
        sample: Sample::Always,
        each_language: true,
        list: |_| vec![Address::one("404.html")],
        make: pages::not_found,
    },
    Route {
        kind: "open data of the whole network",
        pattern: "data/{file}",
        also: None,
        template: None,
        content: None,
        reads: "every assessment",
        scope: Scope::Site,
        sample: Sample::Linked,
        each_language: false,
        list: data::network_addresses,
        make: data::network_file,
    },
    Route {
        kind: "the theme's static files",
        pattern: "static/{path}",
        also: None,
        template: None,
        content: None,
        reads: "the theme",
        scope: Scope::Site,
        sample: Sample::Linked,
        each_language: false,
        list: pages::static_addresses,
        make: pages::static_file,
    },
    Route {
        kind: "sitemap",
        pattern: "sitemap.xml",
        also: None,
        template: None,
        content: None,
        reads: "the address of every page (only with the site's `url`)",
        scope: Scope::Site,
        sample: Sample::Linked,
        each_language: false,
        list: |r| pages::with_address(r, "sitemap.xml"),
        make: pages::sitemap,
    },
    Route {
        kind: "Atom feed of the network's assessments",
        pattern: "feed.xml",
        also: None,
        template: None,
        content: None,
        reads: "every published assessment (only with the site's `url`)",
        scope: Scope::Site,
        sample: Sample::Linked,
        each_language: true,
        list: feeds::network_addresses,
        make: feeds::network,
    },
    Route {
        kind: "Atom feed of a region's or nation's assessments",
        pattern: "regions/{region}/feed.xml",
        also: None,
        template: None,
        content: None,
        reads: "the assessments of one region or nation (only with the site's `url`)",
        scope: Scope::Areas(pages::region_areas),
        sample: Sample::Linked,
        each_language: true,
        list: feeds::region_addresses,
        make: feeds::region,
    },
    Route {
        kind: "Atom feed of an area's assessments",
        pattern: "areas/{area}/feed.xml",
        also: None,
        template: None,
        content: None,
        reads: "one area's assessments (only with the site's `url`)",
        scope: Scope::Area,
        sample: Sample::Area,
        each_language: true,
        list: feeds::area_addresses,
        make: feeds::area,
    },
    Route {
        kind: "robots.txt",
        pattern: "robots.txt",
        also: None,
        template: None,
        content: None,
        reads: "the site's `url`",
        scope: Scope::Site,
        sample: Sample::Linked,
        each_language: false,
        list: |r| pages::with_address(r, "robots.txt"),
        make: pages::robots,
    },
];

/// The table as Markdown, for the README (a test keeps the two the same).
pub fn markdown_table() -> String {
    let mut t = String::from("| page | address | template | languages | shows |\n|---|---|---|---|---|\n");
    for r in ROUTES {
        let address = match r.also {
            Some(also) => format!("`{}` (and `{also}`)", r.pattern),
            None => format!("`{}`", r.pattern),
        };
        let template = r.template.map_or("(none)".to_owned(), |t| format!("`{t}`"));
        let languages = if r.each_language { "each" } else { "one for all" };
        t.push_str(&format!("| {} | {address} | {template} | {languages} | {} |\n", r.kind, r.reads));
    }
    t
}

/// Where the files of language `lang` of `languages` go: the default
/// language's at the site's own addresses (`""`), each other's under its
/// code (`"cy/"`).
pub fn language_folder(languages: &[String], lang: usize) -> String {
    match lang {
        0 => String::new(),
        _ => format!("{}/", crate::messages::primary(&languages[lang])),
    }
}

/// Whether the site address `path` (`data/scores.csv`, `areas/x/`) is a
/// file made once for every language (open data, the theme's files, the
/// sitemap): a link to it from a page in any language goes to the one file.
pub fn is_shared(path: &str) -> bool {
    let path = path.split(['#', '?']).next().unwrap_or(path);
    !path.is_empty() && ROUTES.iter().filter(|r| !r.each_language).any(|r| fits(r.pattern, path))
}

/// Whether `file` fits `pattern`, where each `{…}` stands for one part
/// of an address (no `/`), or for a whole file name, and a last `{path}`
/// for the rest of the address, folders and all (`easy-read/map.svg`).
fn fits(pattern: &str, file: &str) -> bool {
    let (mut p, mut f) = (pattern.split('/'), file.split('/'));
    loop {
        match (p.next(), f.next()) {
            (None, None) => return true,
            (Some("{path}"), Some(f)) if p.clone().next().is_none() => return !f.is_empty(),
            (Some(p), Some(f)) => {
                let ok = match p.find('{') {
                    None => p == f,
                    Some(i) => {
                        let tail = &p[p.find('}').map_or(p.len(), |j| j + 1)..];
                        f.starts_with(&p[..i]) && f.ends_with(tail) && f.len() > i + tail.len()
                    }
                };
                if !ok {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// Whether a content page (`content/NAME.md`) named `slug` would take an
/// address the site itself uses: the first part of any route's address
/// (`areas`, `pointers`, `404`…), unless a route shows that very page.
pub fn is_reserved(slug: &str) -> bool {
    let claimed = ROUTES.iter().any(|r| r.content == Some(slug));
    !claimed && reserved_names().any(|name| name == slug)
}

/// The first part of every route's address: the names the site uses, each
/// once, sorted.
pub fn reserved_names() -> impl Iterator<Item = &'static str> {
    let names: std::collections::BTreeSet<&str> = ROUTES
        .iter()
        .filter(|r| !r.pattern.starts_with('{'))
        .map(|r| {
            let first = r.pattern.split('/').next().unwrap_or(r.pattern);
            first.split('.').next().unwrap_or(first)
        })
        .collect();
    names.into_iter()
}

/// The content pages that some route shows in its own way.
pub fn claimed_pages() -> impl Iterator<Item = &'static str> {
    ROUTES.iter().filter_map(|r| r.content)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every file a build of the example writes is listed by exactly one
    /// route, at an address that fits its pattern: the table tells the truth.
    #[test]
    fn every_file_fits_its_routes_pattern() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut diags = crate::diagnostic::Diagnostics::default();
        let sources = crate::load::load(root, &mut diags);
        let site = crate::check::check(&sources, true, &mut diags);
        let theme = crate::theme::Theme::load(&sources, &site.config.languages, &mut diags).unwrap();
        let r = Renderer::new(&site, &theme, &crate::Mode::Export);
        let mut seen = std::collections::BTreeSet::new();
        for route in ROUTES {
            for a in (route.list)(&r) {
                assert!(fits(route.pattern, &a.file), "{} does not fit {}", a.file, route.pattern);
                if let Some(also) = &a.also {
                    assert!(route.also.is_some_and(|p| fits(p, also)), "{also} does not fit {:?}", route.also);
                }
                for file in a.files() {
                    assert!(seen.insert(file.to_owned()), "{file} is listed twice");
                }
            }
        }
        assert!(seen.contains("areas/millbrook/2021/index.html") && seen.contains("pointers/living-map/index.html"));
    }

    /// The README's table of pages is this table.
    #[test]
    fn the_readme_lists_every_route() {
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
        assert!(readme.contains(&markdown_table()), "update the README's table of pages to:\n{}", markdown_table());
    }

    /// A theme's static file in a folder (an easy-read picture) is one
    /// file for every language; `{file}` is still one part of an address.
    #[test]
    fn a_path_pattern_takes_folders_and_a_file_pattern_does_not() {
        assert!(fits("static/{path}", "static/easy-read/map.svg") && fits("static/{path}", "static/style.css"));
        assert!(!fits("static/{path}", "static/") && !fits("static/{path}", "static"));
        assert!(!fits("data/{file}", "data/areas/x/2024.csv"));
        assert!(is_shared("static/easy-read/map.svg") && !is_shared("pointers/living-map/easy-read/"));
    }

    #[test]
    fn content_pages_may_not_take_the_sites_own_names() {
        for name in ["areas", "pointers", "regions", "compare", "static", "404", "sitemap"] {
            assert!(is_reserved(name), "{name}");
        }
        for name in ["about", "guide", "workshop", "data", "_index"] {
            assert!(!is_reserved(name), "{name}");
        }
    }
}
