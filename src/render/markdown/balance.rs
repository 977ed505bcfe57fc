//! Keeps what reaches the sanitizer well nested and at most `DEEPEST` deep.
//!
//! The HTML parser inside the sanitizer looks up the open elements for most
//! tags it reads, so a text nested thousands deep (`<div>` ten thousand
//! times, or as many `>` quote marks) took time growing with the square of
//! its length: a megabyte took half a minute. Raw HTML that is left open, or
//! closed in the wrong order, makes it rebuild the open elements again and
//! again, to the same effect. This pass, over the Markdown's events, closes
//! every raw element before the Markdown element around it ends, drops close
//! tags that close nothing, and leaves out the tags of anything nested deeper
//! than `DEEPEST` (their text stays). Text as people write it is never that
//! deep, and passes unchanged.

use std::collections::VecDeque;
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

/// How deep elements may be nested, HTML and Markdown together.
pub const DEEPEST: usize = 32;

/// How far down the open elements a close tag is looked for.
const LOOK_DOWN: usize = 2 * DEEPEST;

/// More attributes than this on one tag: the tag is left out.
const MOST_ATTRIBUTES: usize = 64;

#[derive(Debug)]
enum Open {
    /// An element Markdown made; `kept: false` when it was too deep.
    Markdown { kept: bool },
    /// A raw HTML element, by name.
    Raw { name: String, kept: bool },
}

/// The events of a Markdown text, balanced. `too_deep` is where (a byte
/// offset in the text) the first thing too deep to keep was.
pub struct Balance<'a, I: Iterator<Item = (Event<'a>, Range<usize>)>> {
    inner: std::iter::Peekable<I>,
    open: Vec<Open>,
    depth: usize,
    /// Inside an image, whose events the HTML writer turns into its `alt` text.
    in_image: usize,
    out: VecDeque<(Event<'a>, Range<usize>)>,
    pub too_deep: Option<usize>,
}

impl<'a, I: Iterator<Item = (Event<'a>, Range<usize>)>> Balance<'a, I> {
    pub fn new(inner: I) -> Self {
        Balance {
            inner: inner.peekable(),
            open: Vec::new(),
            depth: 0,
            in_image: 0,
            out: VecDeque::new(),
            too_deep: None,
        }
    }

    fn note_too_deep(&mut self, at: usize) {
        self.too_deep.get_or_insert(at);
    }

    /// Closes the raw elements above the innermost Markdown element (all of
    /// them at the end), as HTML.
    fn close_raw(&mut self, html: &mut String) {
        while let Some(Open::Raw { .. }) = self.open.last() {
            if let Some(Open::Raw { name, kept }) = self.open.pop()
                && kept
            {
                self.depth -= 1;
                html.push_str("</");
                html.push_str(&name);
                html.push('>');
            }
        }
    }

    fn start(&mut self, tag: &Tag<'a>, at: usize) -> bool {
        let droppable = matches!(
            tag,
            Tag::BlockQuote(_)
                | Tag::List(_)
                | Tag::Item
                | Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::DefinitionList
                | Tag::DefinitionListTitle
                | Tag::DefinitionListDefinition
        );
        let kept = self.depth < DEEPEST || !droppable;
        if !kept {
            self.note_too_deep(at);
        }
        if kept {
            self.depth += 1;
        }
        self.open.push(Open::Markdown { kept });
        kept
    }

    /// Ends the innermost Markdown element, closing raw elements left open in
    /// it first; whether its end tag is kept.
    fn end(&mut self, closes: &mut String) -> bool {
        self.close_raw(closes);
        match self.open.pop() {
            Some(Open::Markdown { kept: true }) => {
                self.depth -= 1;
                true
            }
            Some(Open::Markdown { kept: false }) => false,
            // Markdown's own events are always balanced.
            _ => true,
        }
    }

    /// A run of raw HTML, rewritten: tags too deep, close tags that close
    /// nothing, and a tag cut off at the end are left out.
    fn raw(&mut self, pieces: &[(CowStr<'a>, Range<usize>)]) -> String {
        let text: String = pieces.iter().map(|(t, _)| t.as_ref()).collect();
        // Where in the source each byte of `text` came from.
        let source_at = |i: usize| {
            let mut start = 0;
            for (t, range) in pieces {
                if i < start + t.len() {
                    return range.start + (i - start).min(range.len().saturating_sub(1));
                }
                start += t.len();
            }
            pieces.last().map(|(_, r)| r.end).unwrap_or(0)
        };
        let b = text.as_bytes();
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        let mut copied = 0;
        while let Some(lt) = memchr::memchr(b'<', &b[i..]).map(|j| i + j) {
            let token = scan(b, lt);
            let (end, keep) = match token {
                Token::Text => {
                    i = lt + 1;
                    continue;
                }
                Token::Unfinished => (b.len(), Keep::Drop),
                Token::Comment(end) => (end, Keep::Copy),
                Token::UnclosedComment => (b.len(), Keep::CopyThen("-->")),
                Token::Close { name, end } => (end, self.raw_close(&name)),
                Token::Open { name, end, void, attributes } => {
                    if attributes > MOST_ATTRIBUTES {
                        (end, Keep::Drop)
                    } else if let Some(close) = raw_text_close(&name) {
                        // Everything to its end tag is text, not tags.
                        match find_close(b, end, close) {
                            Some(after) => (after, Keep::Copy),
                            None => (b.len(), Keep::CopyThen(close_tag(&name))),
                        }
                    } else if name == "plaintext" {
                        (end, Keep::Drop)
                    } else if void {
                        (end, Keep::Copy)
                    } else if self.depth >= DEEPEST {
                        if self.too_deep.is_none() {
                            self.too_deep = Some(source_at(lt));
                        }
                        self.open.push(Open::Raw { name, kept: false });
                        (end, Keep::Drop)
                    } else {
                        // A new item, row, cell or paragraph ends the one before.
                        if matches!(name.as_str(), "li" | "dt" | "dd" | "p" | "tr" | "td" | "th" | "option")
                            && matches!(self.open.last(), Some(Open::Raw { name: top, kept: true }) if *top == name)
                        {
                            self.open.pop();
                            self.depth -= 1;
                            out.push_str(&text[copied..lt]);
                            copied = lt;
                            out.push_str(&format!("</{name}>"));
                        }
                        self.open.push(Open::Raw { name, kept: true });
                        self.depth += 1;
                        (end, Keep::Copy)
                    }
                }
            };
            match keep {
                Keep::Copy => {}
                Keep::CopyThen(tail) => {
                    out.push_str(&text[copied..end]);
                    out.push_str(tail);
                    copied = end;
                }
                Keep::Drop => {
                    out.push_str(&text[copied..lt]);
                    copied = end;
                }
                Keep::CloseFirst(closes) => {
                    out.push_str(&text[copied..lt]);
                    out.push_str(&closes);
                    copied = lt;
                }
            }
            i = end;
        }
        out.push_str(&text[copied..]);
        out
    }

    /// What to do with `</name>`: close the open element of that name (and
    /// any opened inside it), or, when nothing near the top of the open
    /// elements has that name, leave it out.
    fn raw_close(&mut self, name: &str) -> Keep {
        let mut found = None;
        for (k, open) in self.open.iter().rev().enumerate().take(LOOK_DOWN) {
            match open {
                Open::Markdown { .. } => break,
                Open::Raw { name: n, .. } if n == name => {
                    found = Some(k);
                    break;
                }
                Open::Raw { .. } => {}
            }
        }
        let Some(k) = found else { return Keep::Drop };
        let mut closes = String::new();
        for _ in 0..k {
            if let Some(Open::Raw { name, kept: true }) = self.open.pop() {
                self.depth -= 1;
                closes.push_str(&format!("</{name}>"));
            }
        }
        match self.open.pop() {
            Some(Open::Raw { kept: true, .. }) => {
                self.depth -= 1;
                if closes.is_empty() { Keep::Copy } else { Keep::CloseFirst(closes) }
            }
            // Its open tag was too deep, and left out: so is this.
            _ => {
                if closes.is_empty() {
                    Keep::Drop
                } else {
                    Keep::CloseFirst(closes)
                }
            }
        }
    }
}

enum Keep {
    Copy,
    CopyThen(&'static str),
    Drop,
    /// Copy, after closing these first.
    CloseFirst(String),
}

impl<'a, I: Iterator<Item = (Event<'a>, Range<usize>)>> Iterator for Balance<'a, I> {
    type Item = (Event<'a>, Range<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(e) = self.out.pop_front() {
                return Some(e);
            }
            let Some((event, range)) = self.inner.next() else {
                let mut closes = String::new();
                self.close_raw(&mut closes);
                while let Some(open) = self.open.pop() {
                    if let Open::Raw { name, kept: true } = open {
                        closes.push_str(&format!("</{name}>"));
                    }
                }
                self.depth = 0;
                return (!closes.is_empty()).then(|| (Event::Html(closes.into()), 0..0));
            };
            if self.in_image > 0 {
                match &event {
                    Event::Start(Tag::Image { .. }) => self.in_image += 1,
                    Event::End(TagEnd::Image) => self.in_image -= 1,
                    _ => {}
                }
                return Some((event, range));
            }
            match event {
                Event::Start(Tag::Image { .. }) => {
                    self.in_image = 1;
                    return Some((event, range));
                }
                Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) => return Some((event, range)),
                Event::Start(tag) => {
                    if self.start(&tag, range.start) {
                        return Some((Event::Start(tag), range));
                    }
                }
                Event::End(tag) => {
                    let mut closes = String::new();
                    let kept = self.end(&mut closes);
                    if !closes.is_empty() {
                        self.out.push_back((Event::Html(closes.into()), range.clone()));
                    }
                    if kept {
                        self.out.push_back((Event::End(tag), range));
                    }
                }
                Event::Html(_) | Event::InlineHtml(_) => {
                    let inline = matches!(event, Event::InlineHtml(_));
                    let mut pieces = vec![(html_text(event), range)];
                    while let Some((Event::Html(_) | Event::InlineHtml(_), _)) = self.inner.peek() {
                        let (e, r) = self.inner.next().expect("peeked");
                        pieces.push((html_text(e), r));
                    }
                    let span = pieces[0].1.start..pieces[pieces.len() - 1].1.end;
                    let html: CowStr<'a> = self.raw(&pieces).into();
                    return Some((if inline { Event::InlineHtml(html) } else { Event::Html(html) }, span));
                }
                other => return Some((other, range)),
            }
        }
    }
}

fn html_text(e: Event<'_>) -> CowStr<'_> {
    match e {
        Event::Html(t) | Event::InlineHtml(t) => t,
        _ => CowStr::Borrowed(""),
    }
}

enum Token {
    /// A `<` that starts no tag.
    Text,
    /// A tag cut off by the end of the text.
    Unfinished,
    Comment(usize),
    UnclosedComment,
    Open {
        name: String,
        end: usize,
        void: bool,
        attributes: usize,
    },
    Close {
        name: String,
        end: usize,
    },
}

/// The token at `b[lt]`, a `<`, as an HTML tokenizer reads it; `end` is just
/// past it. Names are given in lower case.
fn scan(b: &[u8], lt: usize) -> Token {
    let at = |i: usize| b.get(i).copied();
    match at(lt + 1) {
        Some(b'!') => {
            if b[lt..].starts_with(b"<!--") {
                let body = lt + 4;
                if at(body) == Some(b'>') {
                    return Token::Comment(body + 1);
                }
                if b[body..].starts_with(b"->") {
                    return Token::Comment(body + 2);
                }
                return match memchr::memmem::find(&b[body..], b"-->") {
                    Some(j) => Token::Comment(body + j + 3),
                    None => Token::UnclosedComment,
                };
            }
            bogus_comment(b, lt)
        }
        Some(b'?') => bogus_comment(b, lt),
        Some(b'/') => match at(lt + 2) {
            Some(c) if c.is_ascii_alphabetic() => {
                let (name, after) = name_at(b, lt + 2);
                match tag_end(b, after) {
                    Some((end, _)) => Token::Close { name, end },
                    None => Token::Unfinished,
                }
            }
            Some(b'>') => Token::Comment(lt + 3),
            Some(_) => bogus_comment(b, lt),
            None => Token::Unfinished,
        },
        Some(c) if c.is_ascii_alphabetic() => {
            let (name, after) = name_at(b, lt + 1);
            match tag_end(b, after) {
                Some((end, attributes)) => {
                    let void = VOID.contains(&name.as_str());
                    Token::Open { name, end, void, attributes }
                }
                None => Token::Unfinished,
            }
        }
        _ => Token::Text,
    }
}

fn bogus_comment(b: &[u8], lt: usize) -> Token {
    match memchr::memchr(b'>', &b[lt..]) {
        Some(j) => Token::Comment(lt + j + 1),
        None => Token::Unfinished,
    }
}

/// A tag name from `b[i]` on, in lower case, and where it ends.
fn name_at(b: &[u8], i: usize) -> (String, usize) {
    let len = b[i..].iter().take_while(|c| !c.is_ascii_whitespace() && **c != b'/' && **c != b'>').count();
    let name = String::from_utf8_lossy(&b[i..i + len]).to_ascii_lowercase();
    (name, i + len)
}

/// Reads attributes from `b[i]` to the tag's `>`: just past it, and how
/// many attributes there were. (`/>` ends only void elements in HTML.)
fn tag_end(b: &[u8], mut i: usize) -> Option<(usize, usize)> {
    let mut attributes = 0;
    loop {
        while b.get(i).is_some_and(|c| c.is_ascii_whitespace() || *c == b'/') {
            i += 1;
        }
        match b.get(i)? {
            b'>' => return Some((i + 1, attributes)),
            _ => {
                attributes += 1;
                // The name: its first character may be `=`.
                i += 1;
                while b.get(i).is_some_and(|c| !c.is_ascii_whitespace() && !matches!(c, b'/' | b'>' | b'=')) {
                    i += 1;
                }
                while b.get(i).is_some_and(u8::is_ascii_whitespace) {
                    i += 1;
                }
                if b.get(i) == Some(&b'=') {
                    i += 1;
                    while b.get(i).is_some_and(u8::is_ascii_whitespace) {
                        i += 1;
                    }
                    match b.get(i)? {
                        &q @ (b'"' | b'\'') => i += 2 + memchr::memchr(q, &b[i + 1..])?,
                        _ => {
                            while b.get(i).is_some_and(|c| !c.is_ascii_whitespace() && *c != b'>') {
                                i += 1;
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Elements whose content is text up to their own end tag.
fn raw_text_close(name: &str) -> Option<&'static str> {
    Some(match name {
        "script" => "</script",
        "style" => "</style",
        "textarea" => "</textarea",
        "title" => "</title",
        "xmp" => "</xmp",
        "iframe" => "</iframe",
        "noembed" => "</noembed",
        "noframes" => "</noframes",
        _ => return None,
    })
}

fn close_tag(name: &str) -> &'static str {
    match name {
        "script" => "</script>",
        "style" => "</style>",
        "textarea" => "</textarea>",
        "title" => "</title>",
        "xmp" => "</xmp>",
        "iframe" => "</iframe>",
        "noembed" => "</noembed>",
        _ => "</noframes>",
    }
}

/// Just past the end tag `close` (`</script`, any case) from `b[from]` on.
fn find_close(b: &[u8], from: usize, close: &str) -> Option<usize> {
    let mut i = from;
    while let Some(j) = memchr::memmem::find(&b[i..], b"</").map(|j| i + j) {
        if b.len() >= j + close.len() && b[j..j + close.len()].eq_ignore_ascii_case(close.as_bytes()) {
            let after = j + close.len();
            if matches!(b.get(after), None | Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')) {
                return match tag_end(b, after) {
                    Some((end, _)) => Some(end),
                    None => Some(b.len()),
                };
            }
        }
        i = j + 2;
    }
    None
}

const VOID: [&str; 19] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
    "keygen", "frame", "basefont", "bgsound", "image",
];

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Options, Parser};

    fn balanced(md: &str) -> (String, Option<usize>) {
        let mut b = Balance::new(Parser::new_ext(md, Options::ENABLE_TABLES).into_offset_iter());
        let events: Vec<Event> = b.by_ref().map(|(e, _)| e).collect();
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, events.into_iter());
        (html, b.too_deep)
    }

    #[test]
    fn leaves_ordinary_html_as_it_is() {
        for md in [
            "<details>\n<summary>More</summary>\n\nSome *text*.\n\n</details>\n",
            "A <abbr title=\"a > b\">TLA</abbr> and <br> a break.\n",
            "<div class=\"x\">\n<p>one</p>\n<ul><li>a</li><li>b</li></ul>\n</div>\n",
            "<!-- a comment -->\n\n<script>if (a < b) { x(\"</div>\") }</script>\n",
            "- one\n  - two\n    > quoted *and **strong***\n",
        ] {
            let plain = {
                let mut html = String::new();
                pulldown_cmark::html::push_html(&mut html, Parser::new_ext(md, Options::ENABLE_TABLES));
                html
            };
            assert_eq!(balanced(md), (plain, None), "{md}");
        }
    }

    #[test]
    fn closes_what_is_left_open_and_drops_what_closes_nothing() {
        let (html, _) = balanced("a <b>bold *and em</b> x*\n\n</i> stray <span>open\n");
        assert_eq!(html, "<p>a <b>bold <em>and em x</em></b></p>\n<p> stray <span>open</span></p>\n");
        let (html, _) = balanced("<ul><li>one<li>two</ul>\n");
        assert_eq!(html, "<ul><li>one</li><li>two</li></ul>\n");
    }

    #[test]
    fn nothing_is_nested_deeper_than_the_limit() {
        for md in [
            "<div>".repeat(1000) + "text" + &"</div>".repeat(1000),
            "<b>".repeat(1000) + "text",
            ">".repeat(1000) + " text",
            "<div/>".repeat(1000) + "text",
            "- ".repeat(200) + "text",
            "*".repeat(500) + "text" + &"*".repeat(500),
        ] {
            let (html, too_deep) = balanced(&md);
            assert!(too_deep.is_some(), "{md:.40}");
            assert!(html.contains("text"));
            let mut depth: i64 = 0;
            let mut deepest = 0;
            let b = html.as_bytes();
            let mut i = 0;
            while let Some(j) = memchr::memchr(b'<', &b[i..]) {
                match scan(b, i + j) {
                    Token::Open { void: false, end, .. } => {
                        depth += 1;
                        deepest = deepest.max(depth);
                        i = end;
                    }
                    Token::Close { end, .. } => {
                        depth -= 1;
                        i = end;
                    }
                    _ => i += j + 1,
                }
            }
            assert_eq!(depth, 0, "balanced: {md:.40}");
            assert!(deepest <= DEEPEST as i64 + 2, "{deepest} deep: {md:.40}");
        }
    }
}
