//! The one way Markdown becomes HTML: rendered, links put under `base_url`,
//! then sanitized. Nothing from the input reaches a page any other way.

use std::collections::{HashMap, HashSet};
use std::sync::{LazyLock, Mutex, PoisonError};

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag};

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.url_schemes(HashSet::from(["http", "https", "mailto"])).rm_tags(["img"]).link_rel(Some("noopener noreferrer"));
    b
});

/// Rendered texts, so that a text shown on several pages (an area's strengths
/// on its own page and on the pointer's page), or again by the next rebuild in
/// `serve`, is rendered and sanitized once.
static RENDERED: LazyLock<Mutex<HashMap<(String, String), String>>> = LazyLock::new(Default::default);
const KEEP_AT_MOST: usize = 200_000;

/// Markdown to safe HTML. Site-relative links (`/about/`) are put under `base_url`.
pub fn to_html(text: &str, base_url: &str) -> String {
    let key = (base_url.to_owned(), text.to_owned());
    if let Some(html) = RENDERED.lock().unwrap_or_else(PoisonError::into_inner).get(&key) {
        return html.clone();
    }
    let html = render(text, base_url);
    let mut cache = RENDERED.lock().unwrap_or_else(PoisonError::into_inner);
    if cache.len() >= KEEP_AT_MOST {
        cache.clear();
    }
    cache.insert(key, html.clone());
    html
}

fn render(text: &str, base_url: &str) -> String {
    let parser =
        Parser::new_ext(text, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH).map(|event| match event {
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let dest_url = under_base(dest_url, base_url);
                Event::Start(Tag::Link { link_type, dest_url, title, id })
            }
            other => other,
        });
    let mut html = String::with_capacity(text.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, parser);
    let clean = SANITIZER.clean(&html).to_string();
    // Wide tables scroll inside their own region rather than the whole page.
    if clean.contains("<table>") {
        clean
            .replace(
                "<table>",
                "<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\"><table>",
            )
            .replace("</table>", "</table></div>")
    } else {
        clean
    }
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

fn under_base<'a>(dest: CowStr<'a>, base_url: &str) -> CowStr<'a> {
    if dest.starts_with('/') && !dest.starts_with("//") && base_url != "/" {
        CowStr::from(format!("{}{}", base_url, &dest[1..]))
    } else {
        dest
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn site_links_go_under_the_base_url() {
        assert!(to_html("[about](/about/)", "/aba/").contains("href=\"/aba/about/\""));
        assert!(to_html("[about](/about/)", "/").contains("href=\"/about/\""));
        assert!(to_html("[x](https://example.org/)", "/aba/").contains("href=\"https://example.org/\""));
    }
}
