//! A fast reader for the block-style YAML that assessment files are written
//! in, giving the same values as `serde_yaml` plus the position of every key
//! and item.
//!
//! Parsing with `serde_yaml` was most of a large network's build time (about
//! 37 MB/s). This reader handles the plain subset people write: block
//! mappings and sequences, plain and quoted scalars, `|` and `>` blocks, and
//! one-line `[…]` and `{…}`. On anything else (anchors, tags, multi-line plain
//! or quoted scalars, tabs, unusual block headers, any syntax error) it
//! declines, and the caller parses with `serde_yaml`, which stays the
//! reference: tests check that whatever this reader accepts, `serde_yaml`
//! reads to the same value.

use crate::load::value::{Mapping, Number, Value, has_duplicate_keys};

use crate::diagnostic::Pos;
use crate::load::spans::{Path, Positions};

/// The document's value and the positions of its keys and items, by path
/// (`pointers.living-map.evidence[1]`), or `None` to let `serde_yaml` decide.
pub fn parse(text: &str, line_offset: usize) -> Option<(Value, Positions)> {
    if !plain_characters(text.as_bytes()) {
        return None;
    }
    let (lines, starts) = lines(text);
    let mut p = Parser {
        lines,
        i: 0,
        col: 0,
        line_offset,
        ends_with_newline: text.ends_with('\n'),
        positions: Positions::with_line_starts(starts),
        depth: 0,
    };
    if p.skip_to_content()? != 0 {
        return None;
    }
    if p.rest().starts_with("---") {
        if p.rest().trim_end_matches(' ') != "---" {
            return None;
        }
        p.i += 1;
        p.skip_to_content()?;
    }
    if p.col != 0 {
        return None;
    }
    let value = p.block_node(Path::ROOT, 0)?;
    if p.skip_to_content().is_some() {
        return None;
    }
    Some((value, p.positions))
}

/// The lines of `text`, as `str::lines` gives them, and where each starts
/// (with the end of the text after a final line break), as `Spans` keeps
/// them: one pass of a fast search for line breaks.
fn lines(text: &str) -> (Vec<&str>, Vec<usize>) {
    let mut lines = Vec::with_capacity(text.len() / 32);
    let mut starts = Vec::with_capacity(text.len() / 32);
    starts.push(0);
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()) {
        let line = &text[start..end];
        lines.push(line.strip_suffix('\r').unwrap_or(line));
        start = end + 1;
        starts.push(start);
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    (lines, starts)
}

/// No tabs, control characters, byte order marks or the line breaks YAML 1.1
/// knows beyond `\n` and `\r\n`: those files go to `serde_yaml`.
fn plain_characters(b: &[u8]) -> bool {
    // Only control characters and the first bytes of the few multi-byte
    // characters that matter need a closer look; a chunk without any is
    // passed over whole (the test compiles to vector instructions).
    let suspect = |c: u8| (c < 0x20) & (c != b'\n') | (c == 0x7f) | (c == 0xc2) | (c == 0xe2) | (c == 0xef);
    let mut at = 0;
    for chunk in b.chunks(64) {
        if chunk.iter().fold(false, |any, &c| any | suspect(c)) && (at..at + chunk.len()).any(|i| bad_at(b, i)) {
            return false;
        }
        at += chunk.len();
    }
    true
}

fn bad_at(b: &[u8], i: usize) -> bool {
    let next = b.get(i + 1).copied().unwrap_or(0);
    match b[i] {
        b'\n' => false,
        b'\r' => next != b'\n',
        0..=0x1f | 0x7f => true,
        0xc2 => (0x80..=0x9f).contains(&next),
        0xe2 => next == 0x80 && matches!(b.get(i + 2), Some(0xa8 | 0xa9)),
        0xef => matches!((next, b.get(i + 2)), (0xbb, Some(0xbf)) | (0xbf, Some(0xbe | 0xbf))),
        _ => false,
    }
}

struct Parser<'a> {
    lines: Vec<&'a str>,
    /// The current line.
    i: usize,
    /// Where the unread content of the current line starts (its indent, or
    /// further in after `- `).
    col: usize,
    line_offset: usize,
    ends_with_newline: bool,
    positions: Positions,
    /// How many collections deep the reader is.
    depth: usize,
}

/// Deeper than this goes to `serde_yaml` (whose own limit is 128).
const MAX_DEPTH: usize = 64;

fn is_dash(s: &str) -> bool {
    s == "-" || s.starts_with("- ")
}

impl<'a> Parser<'a> {
    fn rest(&self) -> &'a str {
        &self.lines[self.i][self.col..]
    }

    fn pos(&self, col: usize) -> Pos {
        Pos::new(self.i + 1 + self.line_offset, col + 1)
    }

    /// Moves to the next line that is not blank or a comment, returning its indent.
    fn skip_to_content(&mut self) -> Option<usize> {
        while let Some(line) = self.lines.get(self.i) {
            let t = line.trim_start_matches(' ');
            if t.is_empty() || t.starts_with('#') {
                self.i += 1;
                continue;
            }
            self.col = line.len() - t.len();
            return Some(self.col);
        }
        None
    }

    /// The node starting at the current line and column.
    fn block_node(&mut self, path: Path, indent: usize) -> Option<Value> {
        let rest = self.rest();
        if is_dash(rest) {
            self.block_seq(path, indent)
        } else if block_key(rest).is_some() {
            self.block_map(path, indent)
        } else {
            None
        }
    }

    /// Runs `f` one level deeper; too deep goes to `serde_yaml`, which has
    /// its own limit (and this reader would otherwise run out of stack).
    fn deeper(&mut self, f: impl FnOnce(&mut Self) -> Option<Value>) -> Option<Value> {
        if self.depth >= MAX_DEPTH {
            return None;
        }
        self.depth += 1;
        let v = f(self);
        self.depth -= 1;
        v
    }

    fn block_map(&mut self, path: Path, n: usize) -> Option<Value> {
        self.deeper(|p| p.block_map_here(path, n))
    }

    fn block_map_here(&mut self, path: Path, n: usize) -> Option<Value> {
        // Most mappings of an assessment have a few keys: room for them at once.
        let mut map = Vec::with_capacity(4);
        loop {
            let rest = self.rest();
            // `---` and `...` at the start of a line begin or end a document.
            if n == 0 && (rest.starts_with("---") || rest.starts_with("...")) {
                return None;
            }
            let (key, after) = block_key(rest)?;
            let key_path = self.positions.child(path, &key);
            let pos = self.pos(n);
            let value_col = self.col + rest.len() - after.len();
            let value = self.value(key_path, n, value_col, false)?;
            self.positions.record(key_path, pos);
            map.push((Value::String(key), value));
            match self.skip_to_content() {
                Some(ind) if ind == n && !is_dash(self.rest()) => continue,
                Some(ind) if ind > n => return None,
                Some(ind) if ind == n => return None,
                _ => return mapping(map),
            }
        }
    }

    fn block_seq(&mut self, path: Path, n: usize) -> Option<Value> {
        self.deeper(|p| p.block_seq_here(path, n))
    }

    fn block_seq_here(&mut self, path: Path, n: usize) -> Option<Value> {
        let mut seq = Vec::new();
        loop {
            let item_path = self.positions.item(path, seq.len());
            let pos = self.pos(n);
            let value = self.value(item_path, n, self.col + 1, true)?;
            self.positions.record(item_path, pos);
            seq.push(value);
            match self.skip_to_content() {
                Some(ind) if ind == n && is_dash(self.rest()) => continue,
                Some(ind) if ind > n => return None,
                // A key at the same indent ends a sequence written under its key.
                _ => return Some(Value::Sequence(seq)),
            }
        }
    }

    /// The value after `key:` or `- ` on the current line, starting at `col`,
    /// belonging to a node indented `n`. Leaves the current line at or before
    /// the next content line.
    fn value(&mut self, path: Path, n: usize, col: usize, item: bool) -> Option<Value> {
        let line = self.lines[self.i];
        let after = &line[col..];
        let t = after.trim_start_matches(' ');
        let vcol = col + after.len() - t.len();
        if t.is_empty() || t.starts_with('#') {
            self.i += 1;
            return match self.skip_to_content() {
                Some(ind) if ind > n => self.block_node(path, ind),
                Some(ind) if ind == n && !item && is_dash(self.rest()) => self.block_seq(path, n),
                _ => Some(Value::Null),
            };
        }
        let value = match t.as_bytes()[0] {
            b'|' | b'>' => return self.block_scalar(t, n),
            b'[' | b'{' => {
                let mut at = vcol;
                let v = self.flow(line, &mut at, path)?;
                end_of_line(&line[at..])?;
                v
            }
            b'"' | b'\'' => {
                let (s, len) = quoted(t)?;
                end_of_line(&t[len..])?;
                Value::String(s)
            }
            b'-' if item && is_dash(t) => {
                self.col = vcol;
                return self.block_seq(path, vcol);
            }
            b'&' | b'*' | b'!' | b'?' | b'%' | b'@' | b'`' | b',' | b']' | b'}' | b':' | b'-' if is_indicator(t) => {
                return None;
            }
            _ if item && block_key(t).is_some() => {
                self.col = vcol;
                return self.block_map(path, vcol);
            }
            _ => resolve(plain_block(t)?)?,
        };
        self.i += 1;
        match self.skip_to_content() {
            Some(ind) if ind > n => None,
            _ => Some(value),
        }
    }

    /// A `|` or `>` block: the header is `t`, the text follows on lines indented more than `n`.
    fn block_scalar(&mut self, t: &str, n: usize) -> Option<Value> {
        let (folded, header) = (t.starts_with('>'), &t[1..]);
        let (strip, header) = match header.strip_prefix('-') {
            Some(h) => (true, h),
            None => (false, header),
        };
        end_of_line(header)?;
        self.i += 1;
        let first = self.lines.get(self.i)?;
        let t = first.trim_start_matches(' ');
        let indent = first.len() - t.len();
        if t.is_empty() || indent <= n {
            return None;
        }
        let mut text = String::new();
        let mut blanks = 0;
        let mut last = self.i;
        while let Some(line) = self.lines.get(self.i) {
            let t = line.trim_start_matches(' ');
            let lead = line.len() - t.len();
            if t.is_empty() {
                if line.len() > indent {
                    return None;
                }
                blanks += 1;
                self.i += 1;
                continue;
            }
            if lead < indent {
                break;
            }
            let content = &line[indent..];
            if !text.is_empty() {
                if folded && (blanks > 0 || content.starts_with(' ')) {
                    return None;
                }
                text.push(if folded { ' ' } else { '\n' });
            }
            for _ in 0..blanks {
                text.push('\n');
            }
            blanks = 0;
            text.push_str(content);
            last = self.i;
            self.i += 1;
        }
        if last + 1 == self.lines.len() && !self.ends_with_newline {
            return None;
        }
        if !strip {
            text.push('\n');
        }
        match self.skip_to_content() {
            Some(ind) if ind > n => None,
            _ => Some(Value::String(text)),
        }
    }

    /// A `[…]` or `{…}` on one line, starting at `line[*at]`.
    fn flow(&mut self, line: &str, at: &mut usize, path: Path) -> Option<Value> {
        self.deeper(|p| p.flow_here(line, at, path))
    }

    fn flow_here(&mut self, line: &str, at: &mut usize, path: Path) -> Option<Value> {
        let b = line.as_bytes();
        let open = b[*at];
        *at += 1;
        let close = if open == b'[' { b']' } else { b'}' };
        let mut seq = Vec::new();
        let mut map = Vec::new();
        loop {
            skip_spaces(b, at);
            match b.get(*at) {
                Some(&c) if c == close => {
                    *at += 1;
                    break;
                }
                None => return None,
                _ => {}
            }
            if open == b'[' {
                let item_path = self.positions.item(path, seq.len());
                let pos = self.pos(*at);
                seq.push(self.flow_node(line, at, item_path)?);
                self.positions.record(item_path, pos);
            } else {
                let key_col = *at;
                let key = match b[*at] {
                    b'"' | b'\'' => {
                        let (k, len) = quoted(&line[*at..])?;
                        *at += len;
                        k
                    }
                    _ => {
                        let k = plain_flow(&line[*at..])?;
                        *at += k.len();
                        match resolve(k.trim_end_matches(' '))? {
                            Value::String(s) => s,
                            _ => return None,
                        }
                    }
                };
                skip_spaces(b, at);
                if b.get(*at) != Some(&b':') || !matches!(b.get(*at + 1), Some(b' ')) || *at - key_col > LONGEST_KEY {
                    return None;
                }
                *at += 1;
                let key_path = self.positions.child(path, &key);
                skip_spaces(b, at);
                let value = match b.get(*at) {
                    Some(b',' | b'}') => Value::Null,
                    _ => self.flow_node(line, at, key_path)?,
                };
                let pos = self.pos(key_col);
                self.positions.record(key_path, pos);
                map.push((Value::String(key), value));
            }
            skip_spaces(b, at);
            match b.get(*at) {
                Some(b',') => *at += 1,
                Some(&c) if c == close => {
                    *at += 1;
                    break;
                }
                _ => return None,
            }
        }
        if open == b'[' { Some(Value::Sequence(seq)) } else { mapping(map) }
    }

    fn flow_node(&mut self, line: &str, at: &mut usize, path: Path) -> Option<Value> {
        match *line.as_bytes().get(*at)? {
            b'[' | b'{' => self.flow(line, at, path),
            b'"' | b'\'' => {
                let (s, len) = quoted(&line[*at..])?;
                *at += len;
                Some(Value::String(s))
            }
            _ => {
                let s = plain_flow(&line[*at..])?;
                *at += s.len();
                resolve(s.trim_end_matches(' '))
            }
        }
    }
}

/// A mapping of `pairs`, or `None` when a key is written twice: `serde_yaml`
/// reports that.
fn mapping(pairs: Vec<(Value, Value)>) -> Option<Value> {
    if has_duplicate_keys(&pairs) {
        return None;
    }
    Some(Value::Mapping(Mapping::from_pairs(pairs)))
}

fn skip_spaces(b: &[u8], at: &mut usize) {
    while b.get(*at) == Some(&b' ') {
        *at += 1;
    }
}

/// Nothing but spaces and perhaps a comment.
fn end_of_line(s: &str) -> Option<()> {
    let t = s.trim_start_matches(' ');
    (t.is_empty() || (t.starts_with('#') && t.len() < s.len())).then_some(())
}

/// Characters that cannot start a plain scalar here (`-` only when a space follows).
fn is_indicator(t: &str) -> bool {
    match t.as_bytes()[0] {
        b'-' => is_dash(t),
        _ => true,
    }
}

/// YAML (and libyaml) limit a key without `?` to 1024 characters, colon
/// included; anything near that goes to `serde_yaml` for its message.
const LONGEST_KEY: usize = 1000;

/// `key: …` or `key:` at the start of `s`: the key and what follows the colon.
fn block_key(s: &str) -> Option<(String, &str)> {
    if s.starts_with(['"', '\'']) {
        let (key, len) = quoted(s)?;
        if len > LONGEST_KEY {
            return None;
        }
        let after = s[len..].strip_prefix(':')?;
        return (after.is_empty() || after.starts_with(' ')).then_some((key, after));
    }
    if s.starts_with(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '%', '@', '`']) {
        return None;
    }
    let mut search = 0;
    while let Some(i) = s[search..].find(':') {
        let at = search + i;
        let after = &s[at + 1..];
        if at > LONGEST_KEY {
            return None;
        }
        if after.is_empty() || after.starts_with(' ') {
            let key = s[..at].trim_end_matches(' ');
            if key.is_empty() || key.contains(" #") {
                return None;
            }
            return match resolve(key)? {
                Value::String(k) => Some((k, after)),
                _ => None,
            };
        }
        search = at + 1;
    }
    None
}

/// A plain scalar filling the rest of a block line, without its comment.
fn plain_block(t: &str) -> Option<&str> {
    let s = match t.find(" #") {
        Some(i) => &t[..i],
        None => t,
    };
    let s = s.trim_end_matches(' ');
    (!s.contains(": ") && !s.ends_with(':')).then_some(s)
}

/// A plain scalar inside `[…]` or `{…}`: up to a `,`, a bracket or `: `.
fn plain_flow(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    let starts_badly = matches!(
        b.first(),
        None | Some(b'#' | b'|' | b'>' | b'&' | b'*' | b'!' | b'?' | b'%' | b'@' | b'`' | b'\'' | b'"' | b':')
    );
    if starts_badly || is_dash(s) {
        return None;
    }
    let mut end = 0;
    while end < b.len() {
        match b[end] {
            b',' | b'[' | b']' | b'{' | b'}' => break,
            b':' if matches!(b.get(end + 1), None | Some(b' ')) => break,
            // libyaml refuses these inside a flow collection.
            b':' if matches!(b.get(end + 1), Some(b',' | b'?' | b'[' | b']' | b'{' | b'}')) => return None,
            b'#' if b[end - 1] == b' ' => return None,
            _ => end += 1,
        }
    }
    let out = s[..end].trim_end_matches(' ');
    (!out.is_empty()).then_some(&s[..end])
}

/// A quoted scalar at the start of `s`, on one line: its text and length.
fn quoted(s: &str) -> Option<(String, usize)> {
    let b = s.as_bytes();
    let quote = b[0];
    let mut out = String::new();
    let mut i = 1;
    loop {
        // The runs between escapes are copied whole.
        let stop = match quote {
            b'"' => memchr::memchr2(b'"', b'\\', &b[i..]),
            _ => memchr::memchr(quote, &b[i..]),
        };
        let j = i + stop?;
        out.push_str(&s[i..j]);
        if b[j] == quote {
            if quote == b'\'' && b.get(j + 1) == Some(&b'\'') {
                out.push('\'');
                i = j + 2;
                continue;
            }
            return Some((out, j + 1));
        }
        let e = s[j + 1..].chars().next()?;
        i = j + 1 + e.len_utf8();
        match e {
            '\\' | '"' | '/' => out.push(e),
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'u' => {
                let hex = s.get(i..i + 4).filter(|h| h.bytes().all(|c| c.is_ascii_hexdigit()))?;
                out.push(char::from_u32(u32::from_str_radix(hex, 16).ok()?)?);
                i += 4;
            }
            _ => return None,
        }
    }
}

/// What a plain scalar means, as `serde_yaml` reads it (its rules, ported):
/// null, true or false, a whole number, a decimal, or else text.
fn resolve(s: &str) -> Option<Value> {
    match s {
        "" | "~" | "null" | "Null" | "NULL" => return Some(Value::Null),
        "true" | "True" | "TRUE" => return Some(Value::Bool(true)),
        "false" | "False" | "FALSE" => return Some(Value::Bool(false)),
        _ => {}
    }
    // A date (2024-03-01), the commonest value starting with a digit, is
    // text: no number has a `-` after a digit (only at the start, or after
    // an exponent's `e`), and trying each kind of number in turn cost more
    // than the rest of reading it.
    let date_like = s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    if date_like || !s.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '+' | '-' | '.')) {
        return Some(Value::String(s.to_owned()));
    }
    if let Some(n) = unsigned_int(s, u64::from_str_radix) {
        return Some(Value::Number(n.into()));
    }
    if let Some(n) = negative_int(s, i64::from_str_radix) {
        return Some(Value::Number(n.into()));
    }
    if unsigned_int(s, u128::from_str_radix).is_some() || negative_int(s, i128::from_str_radix).is_some() {
        return None;
    }
    if !digits_but_not_number(s)
        && let Some(f) = float(s)
    {
        return Some(Value::Number(Number::from(f)));
    }
    Some(Value::String(s.to_owned()))
}

type Radix<T> = fn(&str, u32) -> Result<T, std::num::ParseIntError>;

fn unsigned_int<T>(s: &str, from: Radix<T>) -> Option<T> {
    let unpositive = s.strip_prefix('+').unwrap_or(s);
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(rest) = unpositive.strip_prefix(prefix) {
            if rest.starts_with(['+', '-']) {
                return None;
            }
            if let Ok(n) = from(rest, radix) {
                return Some(n);
            }
        }
    }
    if unpositive.starts_with(['+', '-']) || digits_but_not_number(s) {
        return None;
    }
    from(unpositive, 10).ok()
}

fn negative_int<T>(s: &str, from: Radix<T>) -> Option<T> {
    for (prefix, radix) in [("-0x", 16), ("-0o", 8), ("-0b", 2)] {
        if let Some(rest) = s.strip_prefix(prefix)
            && let Ok(n) = from(&format!("-{rest}"), radix)
        {
            return Some(n);
        }
    }
    if digits_but_not_number(s) {
        return None;
    }
    from(s, 10).ok()
}

fn float(s: &str) -> Option<f64> {
    let unpositive = match s.strip_prefix('+') {
        Some(u) if u.starts_with(['+', '-']) => return None,
        Some(u) => u,
        None => s,
    };
    match unpositive {
        ".inf" | ".Inf" | ".INF" => return Some(f64::INFINITY),
        _ => {}
    }
    match s {
        "-.inf" | "-.Inf" | "-.INF" => return Some(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Some(f64::NAN.copysign(1.0)),
        _ => {}
    }
    unpositive.parse::<f64>().ok().filter(|f| f.is_finite())
}

/// Leading zeros followed by digits are text in YAML 1.2.
fn digits_but_not_number(s: &str) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    s.len() > 1 && s.starts_with('0') && s[1..].bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::Spans;
    use std::path::Path;

    /// Whatever the fast reader accepts, `serde_yaml` reads to the same value,
    /// and every position the line scan knows is the same. Returns whether it accepted.
    fn agrees(text: &str) -> bool {
        let Some((value, positions)) = parse(text, 0) else {
            return false;
        };
        let reference: Value = serde_yaml::from_str::<serde_yaml::Value>(text)
            .unwrap_or_else(|e| panic!("the fast reader accepted YAML that serde_yaml rejects ({e}):\n{text}"))
            .into();
        assert_eq!(value, reference, "different values for:\n{text}");
        // A position for every key and item, and where the line scan also
        // found one (it knows only block keys and items), the same one.
        let mut paths = Vec::new();
        all_paths(&value, "", &mut paths);
        let mut known: Vec<&str> = positions.iter().map(|(p, _)| p).collect();
        paths.sort();
        known.sort();
        assert_eq!(paths.iter().map(String::as_str).collect::<Vec<_>>(), known, "paths of:\n{text}");
        // Looked up out of order too, a path's position is its last entry's.
        let all: Vec<(&str, Pos)> = positions.iter().collect();
        for (path, _) in all.iter().rev().step_by(3).chain(all.iter().step_by(5)) {
            let last = all.iter().rev().find(|(p, _)| p == path).map(|(_, pos)| *pos);
            assert_eq!(positions.get(path), last, "position of {path} in:\n{text}");
        }
        for (path, pos) in Spans::scan(text, 0).positions().iter() {
            if let Some(fast) = positions.get(path) {
                assert_eq!(fast, pos, "position of {path} in:\n{text}");
            }
        }
        true
    }

    fn all_paths(v: &Value, path: &str, out: &mut Vec<String>) {
        match v {
            Value::Mapping(m) => {
                for (k, v) in m {
                    let k = k.as_str().unwrap();
                    let p = if path.is_empty() { k.to_owned() } else { format!("{path}.{k}") };
                    out.push(p.clone());
                    all_paths(v, &p, out);
                }
            }
            Value::Sequence(s) => {
                for (i, v) in s.iter().enumerate() {
                    let p = format!("{path}[{i}]");
                    out.push(p.clone());
                    all_paths(v, &p, out);
                }
            }
            _ => {}
        }
    }

    fn repo_files(dir: &str, ext: &str) -> Vec<String> {
        walkdir::WalkDir::new(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir))
            .sort_by_file_name()
            .into_iter()
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == ext) || ext.is_empty())
            .filter(|e| e.file_type().is_file())
            .filter_map(|e| std::fs::read_to_string(e.path()).ok())
            .collect()
    }

    #[test]
    fn reads_every_example_file_as_serde_yaml_does() {
        let files = repo_files("assessments", "yaml");
        assert!(files.len() > 30);
        for text in &files {
            assert!(agrees(text), "the fast reader should take the example files:\n{text}");
        }
        for text in repo_files("content", "md") {
            let front = text.split("\n---").next().unwrap().trim_start_matches("---\n");
            agrees(front);
        }
        for text in repo_files("fuzz/corpus/assessment", "") {
            agrees(&text);
        }
    }

    #[test]
    fn a_key_that_spells_another_path_is_found_where_it_is_written() {
        // `a.b` is the path of both; as for the line scan, the later is the one found.
        let (_, positions) = parse("a:\n  b: 1\na.b: 2\n", 0).unwrap();
        assert_eq!(positions.get("a.b"), Some(Pos::new(3, 1)));
        let (_, positions) = parse("x: [1, 2]\ny: { z: 3 }\n", 0).unwrap();
        for (path, line, column) in [("y.z", 2, 6), ("x[1]", 1, 8), ("y", 2, 1), ("x[0]", 1, 5), ("x", 1, 1)] {
            assert_eq!(positions.get(path), Some(Pos::new(line, column)), "{path}");
        }
        assert_eq!(positions.get("y.q"), None);
    }

    #[test]
    fn splits_lines_as_the_standard_library_does() {
        for text in ["", "a", "a\n", "a\n\nb", "a\r\nb\r\n", "\n\n", "a\rb\n", "x\r"] {
            let (lines, starts) = lines(text);
            assert_eq!(lines, text.lines().collect::<Vec<_>>(), "{text:?}");
            let breaks = text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1);
            assert_eq!(starts, std::iter::once(0).chain(breaks).collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn reads_the_common_forms_and_declines_the_rest() {
        let accepted = [
            "a: 1\nb: -2\nc: 1.5\nd: 0x1f\ne: 007\nf: ~\ng: true\nh: text # comment\ni: 2024-03-01\n",
            "a: 2024-13-99\nb: 0000-00-00\nc: 1234-5e-10\nd: 2024-03-0\ne: 2024-03-011\nf: [2024-03-01, 1e-10]\n",
            "a: 'it''s'\nb: \"tab\\there \\u00e9 \\\"q\\\"\"\nc: \"\"\n\"quoted key\": x\n",
            "list:\n- a\n- b\nnext: x\n",
            "list:\n  - a: 1\n    b: 2\n  - - x\n    - y\n  -\n    c: 3\n  -\n",
            "flow: [1, 'two', \"three\", four five, {a: 1, 'b': [x, y]}, ]\nmap: { a: , b: c d }\nempty: []\n",
            "text: |\n  one\n\n  two\n   indented\nstrip: |-\n  kept\n\n\nfold: >\n  one\n  two\nlast: x\n",
            "---\n# comment\nkey:   spaced   \nurl: https://example.org/a#b\n",
            "a: .inf\nb: -.inf\nc: +12\nd: 1e3\ne: .5\nf: -0\ng: 0o17\nh: 0b101\ni: 1_000\nj: nan\n",
            "a: text with £ and é and — in it, over sixty-four bytes long so the chunks are tested\nb: 1\n",
        ];
        for text in accepted {
            assert!(agrees(text), "should take:\n{text}");
        }
        let declined = [
            "a: &x 1\nb: *x\n",
            "a: !tag x\n",
            "a: multi\n  line\n",
            "a: \"multi\n  line\"\n",
            "a:\tb\n",
            "a: 1\na: 2\n",
            "a: |2\n   x\n",
            "a: |+\n  x\n\n",
            "a: [1,\n  2]\n",
            "? complex\n: key\n",
            "a: b: c\n",
            "a: 1\n--- \nb: 2\n",
            "2024: numeric key\n",
            "a: 99999999999999999999\n",
            "text: |\n  no final newline",
            "a: >\n  one\n\n  two\n",
            // Characters YAML treats specially, anywhere in a long line.
            "a: pounds £ and a next-line \u{85} character in the middle of a long line of text\n",
            "a: a byte order mark \u{feff} in the middle of a line that is longer than sixty-four bytes\n",
            "a: a line separator \u{2028} in the middle of a line that is longer than sixty-four bytes\n",
            "a: a control character \u{1} in the middle of a line that is longer than sixty-four bytes\n",
            "a: a lone carriage return \r in the middle of a line that is longer than sixty-four bytes\n",
            // Found by the fuzzer: `---` is a document marker only at the start of a line.
            " ---\n- ",
            "---\u{a0}\n- a\n",
            // Found by the fuzzer: nesting deeper than serde_yaml allows.
            &format!("a:\n  {}x\n", "- ".repeat(200)),
            &format!("a: {}{}\n", "[".repeat(200), "]".repeat(200)),
            "... n: n\n",
            // Found by the fuzzer: from_str_radix takes a sign, YAML does not.
            "a: \"\\u+041\"\n",
            "a: 1\n... b: 2\n",
            // Found by the fuzzer: a colon that libyaml refuses inside [...] or {...}.
            "a: [{ b:?c: d }]\n",
            "a: [b:, c]\n",
            "a: { b: c:}\n",
            // Found by the fuzzer: keys longer than YAML allows.
            &format!("{}: b\n", "k".repeat(1100)),
            &format!("a: {{ {}: b }}\n", "k".repeat(1100)),
            &format!("\"{}\": b\n", "k".repeat(1100)),
            // Found by the fuzzer: a flow mapping cut off after a key.
            "a: { b: 1, c: ",
            "a: { b:",
            "a: [",
            "a: [1,",
        ];
        for text in declined {
            assert!(parse(text, 0).is_none(), "should leave to serde_yaml:\n{text}");
        }
    }

    #[test]
    fn mangled_files_are_read_as_serde_yaml_reads_them_or_declined() {
        let base =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("assessments/millbrook/2025.yaml"))
                .unwrap();
        let edits =
            [":", " #", "'", "\"", "|", ">", "- ", "[", "{", "\n", "  ", "\n  ", "0", "~", ": x", ",", "\\", "]", "-"];
        let (mut taken, mut left) = (0, 0);
        let mut at = 0;
        while at < base.len() {
            if base.is_char_boundary(at) {
                for (k, edit) in edits.iter().enumerate() {
                    // Insert at one place, replace a character at the next.
                    let mut text = base.clone();
                    if k % 2 == 0 {
                        text.insert_str(at, edit);
                    } else if let Some(c) = text[at..].chars().next() {
                        text.replace_range(at..at + c.len_utf8(), edit);
                    }
                    if agrees(&text) { taken += 1 } else { left += 1 }
                }
            }
            at += 89;
        }
        assert!(taken > 100 && left > 100, "both paths are exercised: {taken} taken, {left} left");
    }
}
