//! The one way Markdown becomes HTML: rendered, links put under `base_url`,
//! then sanitized. Nothing from the input reaches a page any other way.
//! `inspect` says what of a text would not reach the page as written, for
//! `check` to report.

mod balance;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::{LazyLock, Mutex, PoisonError};

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

pub use balance::DEEPEST;

/// The only link schemes a page may have (SPEC: links are http, https,
/// mailto, or site-relative paths).
const SCHEMES: [&str; 3] = ["http", "https", "mailto"];

const OPTIONS: Options = Options::ENABLE_TABLES.union(Options::ENABLE_STRIKETHROUGH);

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.url_schemes(HashSet::from(SCHEMES)).rm_tags(["img"]).link_rel(Some("noopener noreferrer"));
    b
});

/// Why the sanitizer would drop a link's target, if it would: it judges
/// targets as this does.
pub fn link_refused(dest: &str) -> Option<String> {
    // `//host/…` (and `/\host/…`, which browsers read the same way) leaves
    // the site without saying how: a link of this site starts with one `/`.
    let trimmed = dest.trim_start_matches(|c: char| c <= ' ');
    if trimmed.len() >= 2 && trimmed.chars().take(2).all(|c| c == '/' || c == '\\') {
        return Some(format!(
            "the link `{dest}` names another site without `https:` (write https://…), or has one `/` too many"
        ));
    }
    match ammonia::Url::parse(dest) {
        Ok(url) if SCHEMES.contains(&url.scheme()) => None,
        Ok(url) => Some(format!("`{}:` links are not allowed (`{dest}`)", url.scheme())),
        Err(ammonia::url::ParseError::RelativeUrlWithoutBase) => None,
        Err(e) => Some(format!("the link `{dest}` is not a complete address ({e})")),
    }
}

/// Something in a Markdown text that will not reach the page as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Byte offset in the text.
    pub offset: usize,
    pub message: String,
    pub hint: String,
}

/// What `check` needs to know of a Markdown text: its links (offset and
/// target) and its problems.
#[derive(Debug, Default)]
pub struct Inspection {
    pub links: Vec<(usize, String)>,
    pub problems: Vec<Problem>,
}

/// Reads a text as `to_html` renders it, saying what it would change.
pub fn inspect(text: &str) -> Inspection {
    // Most texts have no link and are nowhere near too deep, known from
    // their characters alone: they are not parsed (most of `check`'s Markdown).
    if memchr::memchr(b'[', text.as_bytes()).is_none() && shallow(text).is_some() {
        return Inspection::default();
    }
    parsed(text)
}

/// The links of a text's events (written in Markdown, or as `href` in its
/// HTML), and those refused or that lead nowhere from every page the text is
/// shown on.
fn links_in<'a>(events: impl Iterator<Item = (Event<'a>, std::ops::Range<usize>)>, found: &mut Inspection) {
    for (event, range) in events {
        match event {
            // `<name@example.org>`: the page gets `mailto:` before it.
            Event::Start(Tag::Link { link_type: LinkType::Email, .. }) => {}
            Event::Start(Tag::Link { dest_url, .. }) => note_link(range.start, &dest_url, true, found),
            // Pictures are not shown: only a target refused is said.
            Event::Start(Tag::Image { dest_url, .. }) => note_link(range.start, &dest_url, false, found),
            Event::Html(html) | Event::InlineHtml(html) => {
                for (at, dest) in hrefs(&html) {
                    note_link(range.start + at, dest, true, found);
                }
            }
            _ => {}
        }
    }
}

fn note_link(offset: usize, dest: &str, shown: bool, found: &mut Inspection) {
    let hint = "links must start with https://, http://, mailto: or / (a page of this site)";
    let problem = link_refused(dest).or_else(|| {
        // A text is shown on several pages (its area's, its pointer's, a
        // report): a link relative to where it is shown leads nowhere.
        let relative = shown
            && matches!(ammonia::Url::parse(dest), Err(ammonia::url::ParseError::RelativeUrlWithoutBase))
            && !dest.is_empty()
            && !dest.starts_with(['/', '#']);
        relative.then(|| format!("the link `{dest}` does not say where it leads"))
    });
    if let Some(message) = problem {
        found.problems.push(Problem { offset, message, hint: hint.into() });
    }
    found.links.push((offset, dest.to_owned()));
}

/// The `href` attributes of the `<a>` tags of raw HTML (not in comments):
/// where each value starts, and the value.
fn hrefs(html: &str) -> Vec<(usize, &str)> {
    let lower = html.to_ascii_lowercase();
    let b = lower.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(n) = memchr::memchr(b'<', &b[i..]) {
        let at = i + n;
        if lower[at..].starts_with("<!--") {
            i = lower[at + 4..].find("-->").map_or(b.len(), |e| at + 4 + e + 3);
            continue;
        }
        let end = memchr::memchr(b'>', &b[at..]).map_or(b.len(), |e| at + e);
        i = end.max(at + 1);
        if !(b.get(at + 1) == Some(&b'a') && b.get(at + 2).is_some_and(u8::is_ascii_whitespace)) {
            continue;
        }
        // Each attribute of the tag: `name`, `name=value`, `name="value"`.
        let mut k = at + 2;
        while k < end {
            k += b[k..end].iter().take_while(|c| c.is_ascii_whitespace()).count();
            let name_end = k + b[k..end].iter().take_while(|c| !c.is_ascii_whitespace() && **c != b'=').count();
            let name = &lower[k..name_end];
            k = name_end + b[name_end..end].iter().take_while(|c| c.is_ascii_whitespace()).count();
            if b.get(k) != Some(&b'=') || k >= end {
                k = k.max(name_end + 1);
                continue;
            }
            k += 1;
            k += b[k..end].iter().take_while(|c| c.is_ascii_whitespace()).count();
            let (start, stop) = match b.get(k) {
                Some(q @ (b'"' | b'\'')) => {
                    let stop = memchr::memchr(*q, &b[k + 1..]).map_or(b.len(), |e| k + 1 + e);
                    (k + 1, stop)
                }
                _ => (k, k + b[k..end].iter().take_while(|c| !c.is_ascii_whitespace()).count()),
            };
            if name == "href" {
                out.push((start, &html[start..stop]));
            }
            k = stop + 1;
        }
    }
    out
}

/// `inspect`, by parsing the text and balancing its events as `to_html` does.
fn parsed(text: &str) -> Inspection {
    let mut found = Inspection::default();
    let mut events = balance::Balance::new(Parser::new_ext(text, OPTIONS).into_offset_iter());
    links_in(events.by_ref(), &mut found);
    if let Some(offset) = events.too_deep {
        found.problems.push(Problem {
            offset,
            message: format!("this text is nested more than {DEEPEST} deep (HTML, quotes or lists inside each other)"),
            hint: format!("nothing deeper than {DEEPEST} levels is shown: close the HTML tags you open, or nest less"),
        });
    }
    found.problems.sort_by_key(|p| p.offset);
    found
}

/// Whether a text is too shallow for anything in it to be nested too deep,
/// judged from its characters, and if so whether it may have a link (and
/// then needs parsing all the same, for its links): `None`
/// when it may be too deep. Raw HTML needs `<`, a quote `>`. Without them,
/// what nests is lists, emphasis, links and images, in a table, a paragraph
/// or a heading (at most 6 deep with an item's paragraph). Each list a line
/// is in is two elements (list and item), and needs a marker on that line
/// (`-`, `+`, `*`, `1.`, `1)`) or two columns of its indent; each emphasis,
/// strong or strikethrough needs a `*`, `_` or `~` on each side; each link
/// or image a `[`. When even those bounds cannot reach `DEEPEST`, nothing
/// is too deep.
fn shallow(text: &str) -> Option<bool> {
    let b = text.as_bytes();
    // A `\r` alone ends a line for the parser too: a text with one is not
    // judged here, rather than counted in lines two ways.
    if memchr::memchr3(b'<', b'>', b'\r', b).is_some() {
        return None;
    }
    let brackets = memchr::memchr_iter(b'[', b).count();
    // Every one, list markers too: more than there can be, never fewer.
    let marks = b.iter().filter(|c| matches!(c, b'*' | b'_' | b'~')).count();
    let mut lists = 0usize;
    for start in std::iter::once(0).chain(memchr::memchr_iter(b'\n', b).map(|i| i + 1)) {
        let line = &b[start..];
        let blank = |c: Option<&u8>| matches!(c, Some(b' ' | b'\t'));
        let (mut i, mut columns) = (0, 0usize);
        while blank(line.get(i)) {
            columns += if line[i] == b'\t' { 4 } else { 1 };
            i += 1;
        }
        let mut markers = 0;
        loop {
            let after = match line.get(i) {
                Some(b'-' | b'+' | b'*') => i + 1,
                Some(c) if c.is_ascii_digit() => {
                    let digits = line[i..].iter().take_while(|c| c.is_ascii_digit()).count();
                    match line.get(i + digits) {
                        Some(b'.' | b')') => i + digits + 1,
                        _ => break,
                    }
                }
                _ => break,
            };
            if !matches!(line.get(after), None | Some(b' ' | b'\t' | b'\r' | b'\n')) {
                break;
            }
            markers += 1;
            i = after;
            while blank(line.get(i)) {
                i += 1;
            }
        }
        lists = lists.max(markers + columns.div_ceil(2));
    }
    (6 + 2 * lists + marks / 2 + brackets <= DEEPEST).then_some(brackets > 0)
}

/// Rendered texts, so that a text shown on several pages (an area's strengths
/// on its own page and on the pointer's page), or again by the next rebuild in
/// `serve`, is rendered and sanitized once.
/// Keyed by a hash of the base and the text, so that looking one up copies
/// nothing; the entry keeps both, to be compared on a hit.
static RENDERED: LazyLock<Mutex<HashMap<u64, Rendered>>> = LazyLock::new(Default::default);
const KEEP_AT_MOST: usize = 200_000;

struct Rendered {
    base_url: String,
    home: String,
    text: String,
    html: String,
    /// The text has a link to a page of the site, which goes under `home`:
    /// without one, the HTML is the same whatever `home` is.
    to_pages: bool,
}

/// Markdown to safe HTML. Site-relative links (`/about/`) are put under `base_url`.
pub fn to_html(text: &str, base_url: &str) -> String {
    to_html_in(text, base_url, base_url)
}

/// Markdown to safe HTML for a page in another language than the default:
/// site-relative links to pages go under `home` (`/cy/`), those to files
/// made once for all languages (`/data/scores.csv`) under `base_url`.
pub fn to_html_in(text: &str, base_url: &str, home: &str) -> String {
    use std::hash::BuildHasher;
    let hash = |home: &str| foldhash::quality::FixedState::with_seed(0x0aba).hash_one((base_url, home, text));
    let key = hash(home);
    // A text without links to the site's pages is the same in every
    // language: it is kept, and found, as the default language's.
    let shared = (home != base_url).then(|| hash(base_url));
    {
        let cache = RENDERED.lock().unwrap_or_else(PoisonError::into_inner);
        let same = |r: &&Rendered, home: &str| r.text == text && r.base_url == base_url && r.home == home;
        if let Some(r) = cache.get(&key).filter(|r| same(r, home)) {
            return r.html.clone();
        }
        if let Some(r) = shared.and_then(|k| cache.get(&k)).filter(|r| same(r, base_url) && !r.to_pages) {
            return r.html.clone();
        }
    }
    let (html, to_pages) = render_noting(text, base_url, home);
    let (key, home) = match shared {
        Some(k) if !to_pages => (k, base_url),
        _ => (key, home),
    };
    let mut cache = RENDERED.lock().unwrap_or_else(PoisonError::into_inner);
    if cache.len() >= KEEP_AT_MOST {
        cache.clear();
    }
    cache.insert(
        key,
        Rendered {
            base_url: base_url.to_owned(),
            home: home.to_owned(),
            text: text.to_owned(),
            html: html.clone(),
            to_pages,
        },
    );
    html
}

/// Headings of a text put in their place on the page: heading level `n`
/// (`<h1>`, from `#` or raw HTML) becomes `n + add`, at least `least`, at
/// most 6. The page has its one `<h1>`: a site's own page starts its text at
/// `<h2>` (`least` 2); a council's text sits below the headings of its
/// section (`add` 4: `#` is `<h5>`). `None` when nothing moves.
pub fn headings_below(html: &str, add: u8, least: u8) -> Option<String> {
    let b = html.as_bytes();
    let level = |at: usize| match (b.get(at), b.get(at + 1)) {
        (Some(d @ b'1'..=b'6'), Some(b'>' | b' ')) => Some(d - b'0'),
        _ => None,
    };
    let mut out = String::new();
    let mut copied = 0;
    for at in memchr::memchr_iter(b'<', b) {
        let digit = match (b.get(at + 1), b.get(at + 2)) {
            (Some(b'h'), _) => at + 2,
            (Some(b'/'), Some(b'h')) => at + 3,
            _ => continue,
        };
        let Some(n) = level(digit) else { continue };
        let to = (n + add).max(least).min(6);
        if to == n {
            continue;
        }
        out.push_str(&html[copied..digit]);
        out.push(char::from(b'0' + to));
        copied = digit + 1;
    }
    if copied == 0 {
        return None;
    }
    out.push_str(&html[copied..]);
    Some(out)
}

#[cfg(test)]
fn render(text: &str, base_url: &str, home: &str) -> String {
    render_noting(text, base_url, home).0
}

/// The text as HTML, and whether it has a link to a page of the site (one
/// that `home` changes).
fn render_noting(text: &str, base_url: &str, home: &str) -> (String, bool) {
    let (html, to_pages, _) = render_as(text, base_url, home, true);
    (html, to_pages)
}

/// `render_noting`, and whether the sanitizer was passed by (`plain`): with
/// `may_skip`, a text whose events are all `plain_event`s (no HTML, images
/// or tables; only ordinary link targets) is not sanitized, its HTML put
/// into the form the sanitizer gives (`as_sanitized`) instead.
fn render_as(text: &str, base_url: &str, home: &str, may_skip: bool) -> (String, bool, bool) {
    // Whether each link or image open is shown (its target is allowed).
    let mut shown: Vec<bool> = Vec::new();
    let mut to_pages = false;
    let mut plain = may_skip;
    let events = balance::Balance::new(Parser::new_ext(text, OPTIONS).into_offset_iter()).filter_map(|(event, _)| {
        plain = plain && plain_event(&event);
        match event {
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                // A link whose target is refused keeps its text, without the link.
                // A link inside a link (an address in `<…>` in a link's
                // words): the sanitizer takes them apart.
                plain = plain && shown.is_empty();
                shown.push(link_refused(&dest_url).is_none());
                to_pages |= to_a_page(&dest_url);
                let dest_url = under_base(dest_url, base_url, home);
                plain = plain && shown.last() == Some(&true) && ordinary_target(&dest_url);
                shown.last().copied()?.then_some(Event::Start(Tag::Link { link_type, dest_url, title, id }))
            }
            Event::Start(tag @ Tag::Image { .. }) => {
                let Tag::Image { dest_url, .. } = &tag else { unreachable!() };
                shown.push(link_refused(dest_url).is_none());
                shown.last().copied()?.then_some(Event::Start(tag))
            }
            Event::End(end @ (TagEnd::Link | TagEnd::Image)) => shown.pop()?.then_some(Event::End(end)),
            other => Some(other),
        }
    });
    let mut html = String::with_capacity(text.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    if plain {
        return (as_sanitized(&html), to_pages, true);
    }
    let clean = SANITIZER.clean(&html).to_string();
    let clean = links_without_targets_unwrapped(&clean).into_owned();
    // Wide tables scroll inside their own region rather than the whole page.
    let html = if clean.contains("<table>") {
        clean
            .replace(
                "<table>",
                "<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\"><table>",
            )
            .replace("</table>", "</table></div>")
    } else {
        clean
    };
    (html, to_pages, false)
}

/// Whether an event's HTML, as `push_html` writes it, is what the sanitizer
/// keeps as it is, but for the forms `as_sanitized` gives: elements it
/// allows, with no attribute but a list's `start` and a link's `href`
/// (judged by `ordinary_target`), and text without the characters the
/// sanitizer's parser changes or writes otherwise (`\r`, other control
/// characters, a no-break space). No raw HTML, image, table (whose cells'
/// alignment is a `style` it drops), fenced code with a language (a `class`)
/// or link with a title: such a text is sanitized.
fn plain_event(event: &Event) -> bool {
    let plain_text =
        |t: &str| !t.chars().any(|c| (c < ' ' && c != '\n' && c != '\t') || c == '\u{7f}' || c == '\u{a0}');
    match event {
        Event::Text(t) | Event::Code(t) => plain_text(t),
        Event::SoftBreak | Event::HardBreak | Event::Rule => true,
        Event::Start(tag) => match tag {
            Tag::Paragraph | Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Item | Tag::List(_) => true,
            Tag::BlockQuote(kind) => kind.is_none(),
            Tag::Heading { id, classes, attrs, .. } => id.is_none() && classes.is_empty() && attrs.is_empty(),
            Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Indented) => true,
            Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Fenced(info)) => info.is_empty(),
            // Its target is judged where it is put under the base; an
            // address in `<…>` has `mailto:` put before it.
            Tag::Link { title, link_type, .. } => title.is_empty() && *link_type != pulldown_cmark::LinkType::Email,
            _ => false,
        },
        Event::End(end) => matches!(
            end,
            TagEnd::Paragraph
                | TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Item
                | TagEnd::List(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::Heading(_)
                | TagEnd::CodeBlock
                | TagEnd::Link
        ),
        _ => false,
    }
}

/// Whether a link's target (as it goes on the page) is one the sanitizer
/// keeps, and writes, byte for byte as `push_html` does: `https:`, `http:`
/// or `mailto:`, or a path of this site (one `/`), made only of letters,
/// digits and the punctuation `push_html` writes as it is (`&` as `&amp;`,
/// as the sanitizer writes it again); no quote, space or other character
/// that is escaped or percent-encoded.
fn ordinary_target(dest: &str) -> bool {
    let b = dest.as_bytes();
    let scheme = ["https://", "http://", "mailto:"].iter().any(|s| dest.starts_with(s));
    let path = b.first() == Some(&b'/') && !matches!(b.get(1), Some(b'/' | b'\\'));
    (scheme || path) && b.iter().all(|c| c.is_ascii_alphanumeric() || b"-._~:/?#@!$&()*+,;=%".contains(c))
}

/// `push_html`'s HTML of `plain_event`s in the form the sanitizer writes it:
/// `<br>` and `<hr>` without a closing slash, and every link with the `rel`
/// the sanitizer gives it. Text has its `<` escaped, so every `<` here
/// starts a tag.
fn as_sanitized(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    let mut rest = html;
    while let Some(at) = memchr::memchr(b'<', rest.as_bytes()) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(after) = rest.strip_prefix("<br />") {
            out.push_str("<br>");
            rest = after;
        } else if let Some(after) = rest.strip_prefix("<hr />") {
            out.push_str("<hr>");
            rest = after;
        } else if rest.starts_with("<a href=\"") {
            // The target has no `"` or `>` (`ordinary_target`).
            let end = memchr::memchr(b'>', rest.as_bytes()).expect("a link's tag is closed");
            out.push_str(&rest[..end]);
            out.push_str(" rel=\"noopener noreferrer\">");
            rest = &rest[end + 1..];
        } else {
            out.push('<');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// `<a>` elements without an `href` (the sanitizer removed a target it
/// refused, in raw HTML) replaced by their text: a link that leads nowhere is
/// no link. The sanitizer's output is regular: attributes in double quotes,
/// `<` in text escaped, and no `<a>` inside another.
fn links_without_targets_unwrapped(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut i = 0;
    while let Some(at) = memchr::memmem::find(&b[i..], b"<a").map(|j| i + j) {
        i = at + 2;
        if !matches!(b.get(at + 2), Some(b' ' | b'>')) {
            continue;
        }
        // The tag's end, and whether it has an href outside its values.
        let mut j = at + 2;
        let mut has_href = false;
        while j < b.len() && b[j] != b'>' {
            if b[j] == b'"' {
                j += 1 + memchr::memchr(b'"', &b[j + 1..]).unwrap_or(b.len() - j - 1);
            } else if b[j..].starts_with(b" href=") {
                has_href = true;
            }
            j += 1;
        }
        if has_href {
            continue;
        }
        let Some(close) = memchr::memmem::find(&b[j..], b"</a>").map(|k| j + k) else { continue };
        out.push_str(&html[copied..at]);
        out.push_str(&html[(j + 1).min(close)..close]);
        copied = close + 4;
        i = copied;
    }
    if copied == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// Plain text to safe inline HTML (escaped).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether a link's target is a page of this site, which goes under the
/// page's language's `home` (`under_base`).
fn to_a_page(dest: &str) -> bool {
    dest.starts_with('/') && !dest.starts_with("//") && !super::routes::is_shared(&dest[1..])
}

fn under_base<'a>(dest: CowStr<'a>, base_url: &str, home: &str) -> CowStr<'a> {
    if !dest.starts_with('/') || dest.starts_with("//") {
        return dest;
    }
    if home != base_url && to_a_page(&dest) {
        CowStr::from(format!("{}{}", home, &dest[1..]))
    } else if base_url != "/" {
        CowStr::from(format!("{}{}", base_url, &dest[1..]))
    } else {
        dest
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_put_below_the_pages_own() {
        let html = "<h1>A</h1><p>x <hr> y</p><h2 id=\"b\">B</h2><h6>C</h6><header>";
        assert_eq!(
            headings_below(html, 4, 5).unwrap(),
            "<h5>A</h5><p>x <hr> y</p><h6 id=\"b\">B</h6><h6>C</h6><header>"
        );
        assert_eq!(
            headings_below(html, 0, 2).unwrap(),
            "<h2>A</h2><p>x <hr> y</p><h2 id=\"b\">B</h2><h6>C</h6><header>"
        );
        assert_eq!(headings_below("<h2>B</h2><p>&lt;h1&gt;</p>", 0, 2), None);
    }

    #[test]
    fn scripts_and_unsafe_links_never_survive() {
        let html = to_html(
            "Hello <script>alert(1)</script> [x](javascript:alert(1)) <a href=\"javascript:alert(2)\" onclick=\"x()\">y</a> <img src=x onerror=alert(3)> <iframe src=\"https://e.org\"></iframe>",
            "/",
        );
        assert!(html.contains("Hello"));
        for bad in ["<script", "javascript:", "onclick", "onerror", "<iframe", "<img"] {
            assert!(!html.contains(bad), "{bad} in {html}");
        }
    }

    #[test]
    fn a_refused_link_keeps_its_text_and_loses_its_a() {
        for md in [
            "see [the map](javascript:alert(1)) here",
            "see [the map](JaVaScRiPt:alert(1)) here",
            "see [the map](data:text/html;base64,PHNjcmlwdD4=) here",
            "see [the map](vbscript:msgbox) here",
            "see [the map](jav&#x09;ascript:alert(1)) here",
            "see [the map](https://) here",
            "see [the map][m] here\n\n[m]: javascript:alert(1)",
            "see <a href=\"javascript:alert(1)\" title=\"a > b\">the map</a> here",
            "see <a>the map</a> here",
            "see [the map](//evil.example/x) here",
            "see [the map](/\\evil.example/x) here",
            "see <a href=\"&#106;avascript:alert(1)\">the map</a> here",
        ] {
            let html = to_html(md, "/");
            assert!(html.contains("see the map here"), "{md}: {html}");
            assert!(!html.contains("<a"), "{md}: {html}");
        }
        // Links that are allowed are left alone.
        let html = to_html("[a](https://example.org/) [b](/about/) [c](mailto:x@example.org) [d](page/)", "/");
        assert_eq!(html.matches("<a href=").count(), 4, "{html}");
    }

    #[test]
    fn inspect_reports_refused_links_where_they_are() {
        let text = "Fine [a](https://example.org).\n\nBad [b](javascript:alert(1)) and <javascript:x>\n\n![i](data:image/png;base64,AAAA)\n";
        let found = inspect(text);
        let at: Vec<usize> = found.problems.iter().map(|p| p.offset).collect();
        assert_eq!(at, vec![text.find("[b]").unwrap(), text.find("<javascript").unwrap(), text.find("![i]").unwrap()]);
        assert_eq!(found.problems[0].message, "`javascript:` links are not allowed (`javascript:alert(1)`)");
        assert_eq!(found.links.len(), 4);
        assert!(inspect("[a](https://example.org) <b>fine</b>").problems.is_empty());
    }

    #[test]
    fn deep_nesting_is_reported_and_rendered_in_time() {
        // A megabyte nested this deep took the sanitizer half a minute.
        let n = 20_000;
        for text in [
            format!("{}x{}", "<div>".repeat(n), "</div>".repeat(n)),
            format!("{}x", "<b><i>".repeat(n)),
            format!("{}x", "> ".repeat(n)),
        ] {
            let found = inspect(&text);
            assert_eq!(found.problems.len(), 1, "{:.30}", text);
            assert!(found.problems[0].message.contains("nested more than 32 deep"));
            assert!(render(&text, "/", "/").contains('x'));
        }
        // Formatting left open, again and again, is closed where it ends
        // (the parser would otherwise reopen all of it in every paragraph).
        let text = "<p><b>x</p>".repeat(n / 4);
        assert!(inspect(&text).problems.is_empty());
        assert_eq!(render(&text, "/", "/").matches("<b>").count(), n / 4);
    }

    #[test]
    fn a_text_is_rendered_for_each_language_only_where_its_links_differ() {
        let plain = "Plain *text*, [away](https://example.org/) and [the data](/data/scores.csv).";
        assert_eq!(to_html(plain, "/"), to_html_in(plain, "/", "/cy/"));
        assert!(to_html_in(plain, "/", "/cy/").contains("href=\"/data/scores.csv\""));
        // Whichever language renders it first, a link to a page goes under each one's home.
        let linked = "See [about](/about/).";
        assert!(to_html_in(linked, "/", "/cy/").contains("href=\"/cy/about/\""));
        assert!(to_html(linked, "/").contains("href=\"/about/\""));
        assert!(to_html_in(linked, "/", "/cy/").contains("href=\"/cy/about/\""));
    }

    #[test]
    fn text_that_is_not_sanitized_is_what_the_sanitizer_would_give() {
        let plain = [
            "Plain *text* and **strong**, ~~struck~~, `code <b>` & \"quotes\" 'single' > < done.",
            "Two\nlines and a hard  \nbreak.\n\n---\n\n# Heading\n\n## Another *one*\n",
            "- one\n- [two](https://example.org/a?b=1&c=2#x)\n  - inner **bold**\n\n3. three\n4. four\n",
            "> quoted [away](http://example.org/%20x) and [home](/about/)\n> more\n",
            "[mail](mailto:x@example.org) [a data file](/data/scores.csv) [q](/x/(y)?z=%22)",
            "    indented code & <stuff>\n\n```\nfenced\n  code\n```\n",
            "Entities: &amp; &lt; &copy; &#35; &quot; and an ending \\\nbackslash break.",
            "Welsh ŵ ŷ and emoji 🙂 and \u{2003} an em space.",
            "[ref][r] and [collapsed][] and [shortcut]\n\n[r]: https://example.org/r\n[collapsed]: /c/\n[shortcut]: /s/",
            "1. a\n\n   para\n2. b\n\n0. zero start\n",
            // A line ended by `\r` alone, or `\r\n`: the parser makes each a line break.
            "carriage\rreturn\r\nand line feed",
        ];
        for text in plain {
            for (base, home) in [("/", "/"), ("/aba/", "/aba/cy/")] {
                let (fast, _, skipped) = render_as(text, base, home, true);
                let (slow, _, _) = render_as(text, base, home, false);
                assert!(skipped, "{text:?}");
                assert_eq!(fast, slow, "{text:?}");
            }
        }
        // Anything else is sanitized; what it gives is the same either way.
        let sanitized = [
            "<b>raw</b> html",
            "inline <span onclick=\"x()\">html</span>",
            "[bad](javascript:alert(1))",
            "[titled](https://example.org/ \"a title\")",
            "[quote](https://example.org/it's)",
            "[relative](page/) and [x](//evil.example/)",
            "![image](https://example.org/i.png)",
            "| a | b |\n|:--|--:|\n| 1 | 2 |\n",
            "```rust\nfn main() {}\n```\n",
            "no\u{a0}break space",
            "a &nbsp; entity",
            "<https://example.org/auto> and <x@example.org>",
            "[spaced](<https://example.org/a b>)",
            "[café](https://example.org/café)",
            // A link in a link's words: the sanitizer takes them apart.
            "See [the plan <https://b.org/plan>](https://c.org/)",
        ];
        for text in sanitized {
            let (fast, _, skipped) = render_as(text, "/", "/", true);
            let (slow, _, _) = render_as(text, "/", "/", false);
            assert!(!skipped, "{text:?}");
            assert_eq!(fast, slow, "{text:?}");
        }
    }

    #[test]
    fn site_links_go_under_the_base_url() {
        assert!(to_html("[about](/about/)", "/aba/").contains("href=\"/aba/about/\""));
        assert!(to_html("[about](/about/)", "/").contains("href=\"/about/\""));
        assert!(to_html("[x](https://example.org/)", "/aba/").contains("href=\"https://example.org/\""));
    }
    #[test]
    fn texts_judged_shallow_give_what_balancing_their_events_gives() {
        let mut texts: Vec<String> = vec![
            "See [the map](/pointers/living-map/) and ![a picture](/images/x.png \"t\").\n".into(),
            "- [one](javascript:alert(1))\n  - **[two](https://example.org)**\n".into(),
            "Plain words, **strong** and *emphasis*, ~~struck~~ and well-being.\n\n- one\n- two\n".into(),
            "1. first\n2. second\n   - inner\n".into(),
            "| a | b |\n|---|---|\n| **x** | y |\n".into(),
        ];
        // Nested as deep as markers allow, on one line and over several.
        for n in 1..=20 {
            texts.push(format!("{}x\n", "- ".repeat(n)));
            texts.push(format!("{}x\n", "1. ".repeat(n)));
            texts.push((0..n).map(|i| format!("{}- x\n", "  ".repeat(i))).collect());
            // Lines ended by `\r` alone, or `\r\n`, as the parser sees them.
            texts.push((0..n).map(|i| format!("{}- x\r", "  ".repeat(i))).collect());
            texts.push((0..n).map(|i| format!("{}- x\r\n", "  ".repeat(i))).collect());
            texts.push(format!("{}x{}\n", "*_".repeat(n), "_*".repeat(n)));
            texts.push(format!("{}x{}\n", "~".repeat(n), "~".repeat(n)));
        }
        let mut judged = 0;
        for t in &texts {
            if let Some(links) = shallow(t) {
                judged += 1;
                let (found, quick) = (parsed(t), inspect(t));
                assert!(found.problems.iter().all(|p| !p.message.contains("nested")), "{t:?}");
                assert!(links || found.links.is_empty(), "{t:?}");
                assert_eq!((found.links, found.problems), (quick.links, quick.problems), "{t:?}");
            }
        }
        assert!(judged > 10, "{judged}");
        for t in ["<b>x</b>", "> quoted", "<https://example.org>"] {
            assert_eq!(shallow(t), None, "{t}");
        }
        assert_eq!(shallow("[a](/x)"), Some(true));
        assert_eq!(shallow(&format!("{}x\n", "[a](/x) ".repeat(40))), None);
        assert!(parsed(&format!("{}x\n", "- ".repeat(20))).problems.len() == 1);
    }
}
