//! `aba build --relative`: every link of a page made relative to the page,
//! and a folder's link made to its `index.html`, so that the site works
//! opened from a folder on disk, a shared drive or a USB stick (`file://`),
//! where a browser neither knows the site's root nor opens a folder's index.
//!
//! Pages are rendered as usual (under `base_url`, so the link check judges
//! the same addresses); each file's links are rewritten as it is written.

/// The attributes whose values are addresses of this site.
const ATTRIBUTES: [&[u8]; 5] = [b"href=\"", b"src=\"", b"action=\"", b"data-base=\"", b"data-scores=\""];

/// `html`, as written at `file`, with every address under `base` made
/// relative to it.
pub fn rewrite(html: &[u8], base: &str, file: &str) -> Vec<u8> {
    let up = "../".repeat(file.matches('/').count());
    let mut out = Vec::with_capacity(html.len() + html.len() / 16);
    let mut i = 0;
    while i < html.len() {
        let next = ATTRIBUTES
            .iter()
            .filter_map(|a| memchr::memmem::find(&html[i..], a).map(|at| (i + at, a.len())))
            .filter(|(at, _)| *at == 0 || html[at - 1].is_ascii_whitespace())
            .min();
        let Some((at, len)) = next else { break };
        let start = at + len;
        let Some(end) = memchr::memchr(b'"', &html[start..]).map(|e| start + e) else { break };
        out.extend_from_slice(&html[i..start]);
        match std::str::from_utf8(&html[start..end]).ok().and_then(|v| v.strip_prefix(base)) {
            Some(rest) if !rest.starts_with('/') => {
                let attribute = &html[at..start];
                out.extend_from_slice(relative(&up, rest, attribute == b"data-base=\"").as_bytes());
            }
            _ => out.extend_from_slice(&html[start..end]),
        }
        i = end;
    }
    out.extend_from_slice(&html[i.min(html.len())..]);
    out
}

/// `rest` (an address under the site's root) seen from `up`; a folder's
/// address names its `index.html`, unless it is the root that scripts
/// add to (`data-base`).
fn relative(up: &str, rest: &str, is_base: bool) -> String {
    if is_base {
        return if up.is_empty() { "./".into() } else { up.to_owned() };
    }
    let split = rest.find(['?', '#']).unwrap_or(rest.len());
    let (path, tail) = rest.split_at(split);
    let index = if path.is_empty() || path.ends_with('/') { "index.html" } else { "" };
    format!("{up}{path}{index}{tail}")
}

#[cfg(test)]
mod tests {
    use super::rewrite;

    #[test]
    fn links_under_the_base_become_relative_and_name_index_html() {
        let page = br##"<a href="/aba/">Home</a> <a href="/aba/areas/x/#map">x</a> <link href="/aba/static/style.css"> <a href="https://e.org/aba/">out</a> <a href="#top">top</a> <script data-base="/aba/" data-scores="/aba/data/scores.json"></script> <p data-href="/aba/x/">"##;
        let out = String::from_utf8(rewrite(page, "/aba/", "areas/x/2024/index.html")).unwrap();
        assert!(out.contains(r#"<a href="../../../index.html">Home</a>"#), "{out}");
        assert!(out.contains(r#"href="../../../areas/x/index.html#map""#), "{out}");
        assert!(out.contains(r#"href="../../../static/style.css""#), "{out}");
        assert!(out.contains(r#"href="https://e.org/aba/""#) && out.contains(r##"href="#top""##), "{out}");
        assert!(out.contains(r#"data-base="../../../" data-scores="../../../data/scores.json""#), "{out}");
        assert!(out.contains(r#"data-href="/aba/x/""#), "only whole attributes: {out}");
        let top =
            String::from_utf8(rewrite(br#"<a href="/aba/about/">a</a><i data-base="/aba/">"#, "/aba/", "index.html"))
                .unwrap();
        assert_eq!(top, r#"<a href="about/index.html">a</a><i data-base="./">"#);
    }
}
