//! Where each key of a YAML file stands, so that checks made after parsing
//! can still point at a line and column.
//!
//! The YAML parser gives positions only for syntax errors. People write these
//! files in block style, so a light scan of the lines recovers the position of
//! every block key and sequence item by its path (`pointers.living-map.score`,
//! `pointers.living-map.evidence[1]`). Anything the scan does not see (keys
//! inside a flow mapping such as `{ text: …, link: … }`) is found by searching
//! the line of its nearest known parent.

use std::fmt::Write;

use crate::diagnostic::Pos;

/// Where each key and item starts, by path (`pointers.living-map.evidence[1]`);
/// a later entry for the same path wins. The paths share one buffer: a file
/// has hundreds of them, and one allocation each was a fair part of reading it.
#[derive(Debug, Default)]
pub struct Positions {
    paths: String,
    entries: Vec<(Path, Pos)>,
}

/// A path in the buffer of a `Positions`.
#[derive(Debug, Clone, Copy)]
pub struct Path {
    start: u32,
    len: u32,
}

impl Path {
    pub const ROOT: Path = Path { start: 0, len: 0 };
}

impl Positions {
    fn text(&self, p: Path) -> &str {
        &self.paths[p.start as usize..(p.start + p.len) as usize]
    }

    /// Appends `parent` followed by what `tail` writes, as a new path.
    fn extend(&mut self, parent: Path, tail: impl FnOnce(&mut String)) -> Path {
        let start = self.paths.len();
        self.paths.extend_from_within(parent.start as usize..(parent.start + parent.len) as usize);
        tail(&mut self.paths);
        Path { start: start as u32, len: (self.paths.len() - start) as u32 }
    }

    /// `parent.key`, or `key` at the top.
    pub fn child(&mut self, parent: Path, key: &str) -> Path {
        self.extend(parent, |s| {
            if parent.len > 0 {
                s.push('.');
            }
            s.push_str(key);
        })
    }

    /// `parent[index]`.
    pub fn item(&mut self, parent: Path, index: usize) -> Path {
        self.extend(parent, |s| {
            let _ = write!(s, "[{index}]");
        })
    }

    pub fn record(&mut self, path: Path, pos: Pos) {
        self.entries.push((path, pos));
    }

    pub fn push(&mut self, path: &str, pos: Pos) {
        let p = self.extend(Path::ROOT, |s| s.push_str(path));
        self.record(p, pos);
    }

    pub fn get(&self, path: &str) -> Option<Pos> {
        self.entries.iter().rev().find(|(p, _)| self.text(*p) == path).map(|(_, pos)| *pos)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, Pos)> {
        self.entries.iter().map(|(p, pos)| (self.text(*p), *pos))
    }
}

#[derive(Debug, Default)]
pub struct Spans {
    positions: Positions,
    text: String,
    /// Added to every line number: front matter starts after its `---` line.
    line_offset: usize,
}

struct Frame {
    indent: usize,
    path: String,
    is_item: bool,
    next_index: usize,
}

impl Spans {
    pub fn scan(text: &str, line_offset: usize) -> Spans {
        let mut spans = Spans::from_positions(Positions::default(), text, line_offset);
        let mut stack: Vec<Frame> = Vec::new();
        let mut root_index = 0usize;
        // While inside a block scalar (`|` or `>`), lines indented deeper than this are text.
        let mut block_scalar_parent: Option<usize> = None;

        for (i, raw) in text.lines().enumerate() {
            let line_no = i + 1 + line_offset;
            let trimmed = raw.trim_start_matches(' ');
            let indent = raw.len() - trimmed.len();
            if let Some(parent) = block_scalar_parent {
                if trimmed.is_empty() || indent > parent {
                    continue;
                }
                block_scalar_parent = None;
            }
            if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with("---") {
                continue;
            }

            let mut col = indent;
            let mut rest = trimmed;
            // Sequence items, possibly nested on one line (`- - x`).
            while rest == "-" || rest.starts_with("- ") {
                while stack.last().is_some_and(|f| f.indent > col || (f.indent == col && f.is_item)) {
                    stack.pop();
                }
                let index = match stack.last_mut() {
                    Some(f) => {
                        f.next_index += 1;
                        f.next_index - 1
                    }
                    None => {
                        root_index += 1;
                        root_index - 1
                    }
                };
                let parent = stack.last().map(|f| f.path.as_str()).unwrap_or("");
                let path = format!("{parent}[{index}]");
                spans.positions.push(&path, Pos::new(line_no, col + 1));
                stack.push(Frame { indent: col, path, is_item: true, next_index: 0 });
                let after = rest[1..].trim_start_matches(' ');
                col += rest.len() - after.len();
                rest = after;
            }
            if rest.is_empty() {
                continue;
            }
            let Some((key, value)) = split_key(rest) else {
                continue;
            };
            while stack.last().is_some_and(|f| f.indent >= col) {
                stack.pop();
            }
            let path = match stack.last() {
                Some(f) => format!("{}.{key}", f.path),
                None => key.to_owned(),
            };
            spans.positions.push(&path, Pos::new(line_no, col + 1));
            stack.push(Frame { indent: col, path, is_item: false, next_index: 0 });
            let value = value.trim();
            if value.starts_with('|') || value.starts_with('>') {
                block_scalar_parent = Some(indent);
            }
        }
        spans
    }

    /// Positions found by a parser that knows them (`fast`).
    pub fn from_positions(positions: Positions, text: &str, line_offset: usize) -> Spans {
        Spans { positions, text: text.to_owned(), line_offset }
    }

    #[cfg(test)]
    pub fn positions(&self) -> &Positions {
        &self.positions
    }

    /// Line `line` (1-based, counting the offset) of the document.
    fn line(&self, line: usize) -> Option<&str> {
        self.text.lines().nth(line.checked_sub(1 + self.line_offset)?)
    }

    /// The position of `path`, or of the nearest parent the scan saw.
    pub fn pos(&self, path: &str) -> Pos {
        let mut p = path;
        loop {
            if let Some(pos) = self.positions.get(p) {
                if p.len() < path.len() {
                    return self.refine(pos, &path[p.len()..]);
                }
                return pos;
            }
            match p.rfind(['.', '[']) {
                Some(cut) => p = &p[..cut],
                None => return Pos::new(1 + self.line_offset, 1),
            }
        }
    }

    /// Inside a flow collection on the parent's line, find the child key's column.
    fn refine(&self, parent: Pos, rest: &str) -> Pos {
        if let Some(index) = rest.strip_prefix('[').and_then(|r| r.split(']').next()).and_then(|i| i.parse().ok()) {
            return self.flow_item(parent, index).unwrap_or(parent);
        }
        let key = rest.trim_start_matches('.');
        let key = key.split(['.', '[']).next().unwrap_or("");
        if key.is_empty() {
            return parent;
        }
        let Some(line) = self.line(parent.line) else {
            return parent;
        };
        let needle = format!("{key}:");
        match line.find(&needle) {
            Some(c) if c + 1 > parent.column => Pos::new(parent.line, c + 1),
            _ => parent,
        }
    }

    /// The `index`th item of a flow sequence (`[2, 3, 4]`) on the parent's line.
    fn flow_item(&self, parent: Pos, index: usize) -> Option<Pos> {
        let line = self.line(parent.line)?;
        let open = parent.column.saturating_sub(1) + line.get(parent.column.saturating_sub(1)..)?.find('[')?;
        let mut col = open + 1;
        for (i, item) in line[open + 1..].split([',', ']']).enumerate() {
            if i == index {
                let lead = item.len() - item.trim_start().len();
                return Some(Pos::new(parent.line, col + lead + 1));
            }
            col += item.len() + 1;
        }
        None
    }

    /// The position of the value of `path` (after `key:`), for messages about the value.
    pub fn value_pos(&self, path: &str) -> Pos {
        let pos = self.pos(path);
        let Some(line) = self.line(pos.line) else {
            return pos;
        };
        let start = pos.column.saturating_sub(1);
        if let Some(rel) = line.get(start..).and_then(|s| s.find(": ")) {
            let after = &line[start + rel + 2..];
            let skip = after.len() - after.trim_start().len();
            if !after.trim().is_empty() {
                return Pos::new(pos.line, start + rel + 3 + skip);
            }
        }
        pos
    }
}

/// `key: value` or `key:` at the start of `s`; quoted keys are unquoted.
fn split_key(s: &str) -> Option<(&str, &str)> {
    if let Some(q) = s.chars().next().filter(|c| *c == '"' || *c == '\'') {
        let end = s[1..].find(q)? + 1;
        let after = &s[end + 1..];
        let value = after.strip_prefix(':')?;
        if value.is_empty() || value.starts_with(' ') {
            return Some((&s[1..end], value));
        }
        return None;
    }
    if s.starts_with(['{', '[', '|', '>', '&', '*', '!', '%', '@', '`']) {
        return None;
    }
    let mut search = 0;
    while let Some(i) = s[search..].find(':') {
        let at = search + i;
        let after = &s[at + 1..];
        if after.is_empty() || after.starts_with(' ') {
            let key = s[..at].trim_end();
            if key.contains(" #") {
                return None;
            }
            return Some((key, after));
        }
        search = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "\
assessed_on: 2018-03-31
participants:
  - { role: family carers, count: 5 }
  - role: frontline workers
    count: 20
summary: |
  text: not a key
pointers:
  living-map:
    score: 3
    votes: [2, 3]
    evidence:
      - Asset map
      - { text: Refresh, link: https://example.org }
    next_steps:
    - action: Train staff
      due: 2018-12-31
";

    #[test]
    fn finds_block_keys_and_items() {
        let s = Spans::scan(DOC, 0);
        assert_eq!(s.pos("assessed_on"), Pos::new(1, 1));
        assert_eq!(s.pos("participants[1].count"), Pos::new(5, 5));
        assert_eq!(s.pos("pointers.living-map.score"), Pos::new(10, 5));
        assert_eq!(s.pos("pointers.living-map.evidence[1]"), Pos::new(14, 7));
        assert_eq!(s.pos("pointers.living-map.next_steps[0].due"), Pos::new(17, 7));
        assert!(s.positions.get("summary.text").is_none());
    }

    #[test]
    fn finds_flow_keys_on_the_parent_line() {
        let s = Spans::scan(DOC, 0);
        assert_eq!(s.pos("participants[0].count"), Pos::new(3, 28));
        assert_eq!(s.pos("pointers.living-map.evidence[1].link"), Pos::new(14, 26));
        assert_eq!(s.pos("pointers.living-map.votes[1]"), Pos::new(11, 16));
    }

    #[test]
    fn offsets_front_matter_lines_and_points_at_values() {
        let s = Spans::scan("id: x\nnumber: 12\n", 1);
        assert_eq!(s.pos("number"), Pos::new(3, 1));
        assert_eq!(s.value_pos("number"), Pos::new(3, 9));
    }
}
