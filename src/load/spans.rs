//! Where each key of a YAML file stands, so that checks made after parsing
//! can still point at a line and column.
//!
//! The YAML parser gives positions only for syntax errors. People write these
//! files in block style, so a light scan of the lines recovers the position of
//! every block key and sequence item by its path (`pointers.living-map.score`,
//! `pointers.living-map.evidence[1]`). Anything the scan does not see (keys
//! inside a flow mapping such as `{ text: …, link: … }`) is found by searching
//! the line of its nearest known parent.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock, PoisonError};

use crate::diagnostic::{Pos, TextMap};

/// Where each key and item starts, by path (`pointers.living-map.evidence[1]`);
/// a later entry for the same path wins. The paths share one buffer: a file
/// has hundreds of them, and one allocation each was a fair part of reading it.
#[derive(Debug, Default)]
pub struct Positions {
    paths: String,
    entries: Vec<(Path, Pos)>,
    /// The entries' indices sorted by path, made on the first look-up of a
    /// prefix (`starting_with`): rare, only for keys that are not text.
    by_path: OnceLock<Vec<u32>>,
    /// A hash table of the entries by path, made on the first look-up: a
    /// file with many diagnostics looks up many paths, and a search through
    /// every entry for each made that quadratic; sorting the paths for a
    /// binary search was most of the cost of a file's first look-up.
    table: OnceLock<Table>,
    /// Where each line of the text starts, when the reader that found the
    /// positions knew (`fast`): `Spans` takes them rather than search the
    /// text for line breaks again.
    line_starts: Option<Vec<usize>>,
    /// Whether two entries may have the same path: a key with `.`, `[` or
    /// `]` in it can spell another's path, and the line scan (`push`) may
    /// record a path twice. Only when none can is `near` used.
    ambiguous: bool,
    /// Just after the entry last found: `check` looks paths up in about
    /// the order they are written, so most are found a few entries on
    /// from the last, without the table (whose making was most of a
    /// file's look-ups).
    cursor: AtomicUsize,
}

/// How many entries either side of the cursor `near` looks at.
const NEAR: usize = 48;

/// The entries' indices by path, in hashbrown's table (the entries hold
/// the paths, so the table holds only indices); for a path recorded twice,
/// the later entry's. The hash is foldhash's, seeded afresh in each
/// process: a file's keys are the writer's to choose, and with a hash known
/// in advance they could be chosen to collide.
#[derive(Debug, Default)]
struct Table {
    slots: hashbrown::HashTable<u32>,
    hasher: foldhash::fast::RandomState,
}

impl Table {
    fn hash(&self, path: &str) -> u64 {
        std::hash::BuildHasher::hash_one(&self.hasher, path)
    }
}

/// Appends `n` in decimal. By hand: `write!` cost more than the rest of
/// reading a list item, and paths with indices are made for most items.
pub fn push_decimal(s: &mut String, n: usize) {
    let mut digits = [0u8; 20];
    let (mut n, mut at) = (n, digits.len());
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    s.extend(digits[at..].iter().map(|d| char::from(*d)));
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
    /// Positions in a text whose lines start at `starts` (see `Spans::line`).
    pub fn with_line_starts(starts: Vec<usize>) -> Positions {
        Positions { line_starts: Some(starts), ..Positions::default() }
    }

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
        self.ambiguous |= key.contains(['.', '[', ']']);
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
            s.push('[');
            push_decimal(s, index);
            s.push(']');
        })
    }

    pub fn record(&mut self, path: Path, pos: Pos) {
        self.entries.push((path, pos));
        self.by_path = OnceLock::new();
        self.table = OnceLock::new();
    }

    /// The table of the entries by path (made once).
    fn table(&self) -> &Table {
        self.table.get_or_init(|| {
            let mut table = Table::default();
            table.slots.reserve(self.entries.len(), |_| 0);
            for (i, (p, _)) in self.entries.iter().enumerate() {
                let text = self.text(*p);
                let path_of = |j: &u32| self.text(self.entries[*j as usize].0);
                let hasher = &table.hasher;
                let rehash = |j: &u32| std::hash::BuildHasher::hash_one(hasher, path_of(j));
                match table.slots.entry(table.hash(text), |j| path_of(j) == text, rehash) {
                    // A later entry for the same path takes its place.
                    hashbrown::hash_table::Entry::Occupied(mut o) => *o.get_mut() = i as u32,
                    hashbrown::hash_table::Entry::Vacant(v) => {
                        v.insert(i as u32);
                    }
                }
            }
            table
        })
    }

    pub fn push(&mut self, path: &str, pos: Pos) {
        self.ambiguous = true;
        let p = self.extend(Path::ROOT, |s| s.push_str(path));
        self.record(p, pos);
    }

    /// The entries in the order of their paths (made once).
    fn sorted(&self) -> &[u32] {
        self.by_path.get_or_init(|| {
            let mut order: Vec<u32> = (0..self.entries.len() as u32).collect();
            // Stable: among entries for the same path, the later stays later.
            order.sort_by(|a, b| self.text(self.entries[*a as usize].0).cmp(self.text(self.entries[*b as usize].0)));
            order
        })
    }

    /// The entries whose paths start with `prefix`: one run of the sorted
    /// order, found by a binary search, so a look-up costs what it finds.
    pub fn starting_with<'s>(&'s self, prefix: &str) -> impl Iterator<Item = (&'s str, Pos)> + 's {
        let sorted = self.sorted();
        let path = |i: &u32| self.text(self.entries[*i as usize].0);
        let from = sorted.partition_point(|i| path(i) < prefix);
        let to = from + sorted[from..].partition_point(|i| path(i).starts_with(prefix));
        sorted[from..to].iter().map(|i| self.entries[*i as usize]).map(|(p, pos)| (self.text(p), pos))
    }

    pub fn get(&self, path: &str) -> Option<Pos> {
        if self.table.get().is_none()
            && let Some(pos) = self.near(path)
        {
            return Some(pos);
        }
        let table = self.table();
        let found = table.slots.find(table.hash(path), |j| self.text(self.entries[*j as usize].0) == path)?;
        Some(self.entries[*found as usize].1)
    }

    /// The entry for `path` among the `NEAR` after the cursor or before it,
    /// when every path is recorded once.
    fn near(&self, path: &str) -> Option<Pos> {
        if self.ambiguous {
            return None;
        }
        let at = self.cursor.load(Ordering::Relaxed).min(self.entries.len());
        let after = at..(at + NEAR).min(self.entries.len());
        let before = (at.saturating_sub(NEAR)..at).rev();
        let i = after.chain(before).find(|i| self.text(self.entries[*i].0) == path)?;
        self.cursor.store(i + 1, Ordering::Relaxed);
        Some(self.entries[i].1)
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
    /// Where each line of `text` starts, made on the first look-up.
    line_starts: OnceLock<Vec<usize>>,
    /// The keys and items of flow collections (`{ a: 1 }`, `[1, 2]`) on a
    /// line, by line, found once per line when the scan had to guess them.
    flows: Mutex<HashMap<usize, FlowLine>>,
    /// For long lines, by line: how many characters come before each
    /// `CHECKPOINT`th byte, so that a column is counted from the nearest.
    checkpoints: Mutex<HashMap<usize, Vec<(usize, usize)>>>,
}

const CHECKPOINT: usize = 1024;

/// Where the keys and items of the flow collections on one line start
/// (byte columns, 0-based).
#[derive(Debug, Default)]
struct FlowLine {
    /// Each `key:`, with every column it is found at.
    keys: HashMap<String, Vec<usize>>,
    /// The start of each item of a `[…]`, keyed by where its `[` is.
    items: HashMap<usize, Vec<usize>>,
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
    pub fn from_positions(mut positions: Positions, text: &str, line_offset: usize) -> Spans {
        let line_starts = positions.line_starts.take().map(OnceLock::from).unwrap_or_default();
        Spans { positions, text: text.to_owned(), line_offset, line_starts, ..Spans::default() }
    }

    #[cfg(test)]
    pub fn positions(&self) -> &Positions {
        &self.positions
    }

    /// Line `line` (1-based, counting the offset) of the document, as
    /// `str::lines` gives it.
    fn line(&self, line: usize) -> Option<&str> {
        let starts = self.line_starts.get_or_init(|| {
            let mut starts = vec![0];
            starts.extend(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i + 1));
            starts
        });
        let i = line.checked_sub(1 + self.line_offset)?;
        let start = *starts.get(i)?;
        let end = starts.get(i + 1).map(|e| e - 1).unwrap_or(self.text.len());
        if start >= end && i + 1 >= starts.len() {
            return None;
        }
        let l = &self.text[start..end];
        Some(l.strip_suffix('\r').unwrap_or(l))
    }

    /// A position with its column counted in characters, as editors count
    /// them, rather than in bytes.
    fn in_characters(&self, pos: Pos) -> Pos {
        if pos.column == 0 {
            return pos;
        }
        let Some(line) = self.line(pos.line) else { return pos };
        let col = pos.column - 1;
        if !line.is_char_boundary(col.min(line.len())) || col > line.len() {
            return pos;
        }
        if col < CHECKPOINT {
            return Pos::new(pos.line, line[..col].chars().count() + 1);
        }
        let mut all = self.checkpoints.lock().unwrap_or_else(PoisonError::into_inner);
        let marks = all.entry(pos.line).or_insert_with(|| {
            let mut marks = vec![(0, 0)];
            let (mut byte, mut chars) = (0, 0);
            while byte + CHECKPOINT < line.len() {
                let mut next = byte + CHECKPOINT;
                while !line.is_char_boundary(next) {
                    next += 1;
                }
                chars += line[byte..next].chars().count();
                byte = next;
                marks.push((byte, chars));
            }
            marks
        });
        let (byte, chars) = marks[marks.partition_point(|(b, _)| *b <= col) - 1];
        Pos::new(pos.line, chars + line[byte..col].chars().count() + 1)
    }

    /// The keys written directly under the mapping at `path`, as the file
    /// spells them, with where each starts, in the file's order: the way to
    /// find a key the parser cannot name as text (`[a]: 1`, `1: x`).
    pub fn keys_under<'s>(&'s self, path: &'s str) -> impl Iterator<Item = (&'s str, Pos)> + 's {
        let prefix = if path.is_empty() { String::new() } else { format!("{path}.") };
        let mut keys: Vec<(&str, Pos)> = self
            .positions
            .starting_with(&prefix)
            .filter_map(|(p, pos)| {
                let key = &p[prefix.len()..];
                // An item of a list (`[0]`, `evidence[2]`) is not a key of this mapping.
                let item = key
                    .strip_suffix(']')
                    .and_then(|k| k.rsplit_once('['))
                    .is_some_and(|(_, n)| n.bytes().all(|b| b.is_ascii_digit()));
                (!key.is_empty() && !key.contains('.') && !item).then(|| (key, self.in_characters(pos)))
            })
            .collect();
        keys.sort_by_key(|(_, pos)| (pos.line, pos.column));
        keys.into_iter()
    }

    /// The position of `path`, or of the nearest parent the scan saw.
    pub fn pos(&self, path: &str) -> Pos {
        self.in_characters(self.byte_pos(path))
    }

    fn byte_pos(&self, path: &str) -> Pos {
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

    /// Inside flow collections on the parent's line, find the column of
    /// what `rest` (`.key`, `[2]`, `[2].key`, …) names; as near as can be found.
    fn refine(&self, parent: Pos, rest: &str) -> Pos {
        let mut at = parent;
        let mut rest = rest;
        while !rest.is_empty() {
            let next = if let Some(r) = rest.strip_prefix('[') {
                let Some((index, after)) = r.split_once(']') else { break };
                rest = after;
                index.parse().ok().and_then(|i| self.flow_item(at, i))
            } else {
                let r = rest.trim_start_matches('.');
                let end = r.find(['.', '[']).unwrap_or(r.len());
                let (key, after) = r.split_at(end);
                rest = after;
                self.flow_key(at, key)
            };
            match next {
                Some(pos) => at = pos,
                None => break,
            }
        }
        at
    }

    /// The first `key:` after `parent` on its line.
    fn flow_key(&self, parent: Pos, key: &str) -> Option<Pos> {
        if key.is_empty() {
            return None;
        }
        let col = self.with_flow_line(parent.line, |f| {
            let cols = f.keys.get(key)?;
            cols.get(cols.partition_point(|c| *c < parent.column)).copied()
        })??;
        Some(Pos::new(parent.line, col + 1))
    }

    /// The `index`th item of a flow sequence (`[2, 3, 4]`) on the parent's line.
    fn flow_item(&self, parent: Pos, index: usize) -> Option<Pos> {
        let line = self.line(parent.line)?;
        let open = parent.column.saturating_sub(1) + line.get(parent.column.saturating_sub(1)..)?.find('[')?;
        let col = self.with_flow_line(parent.line, |f| f.items.get(&open)?.get(index).copied())??;
        Some(Pos::new(parent.line, col + 1))
    }

    /// Runs `f` on what is known of the flow collections on line `line`,
    /// looking at the line the first time only.
    fn with_flow_line<T>(&self, line: usize, f: impl FnOnce(&FlowLine) -> T) -> Option<T> {
        let text = self.line(line)?;
        let mut flows = self.flows.lock().unwrap_or_else(PoisonError::into_inner);
        Some(f(flows.entry(line).or_insert_with(|| FlowLine::scan(text))))
    }

    /// Where each character of the text value of `path` is written, given
    /// the text as the parser read it (`text`): found by walking the value
    /// as it is written, a block (`|`, `>`), in quotes (with escapes) or
    /// plain, on one line or folded over several. Where the walk and the
    /// text part ways (a tag, an anchor), every character is placed at the
    /// value's start.
    pub fn text_map(&self, path: &str, text: &str) -> TextMap {
        let Some(start) = self.value_start(path) else { return TextMap::At(self.value_pos(path)) };
        self.walk(start, text).unwrap_or_else(|| TextMap::At(self.in_characters(start)))
    }

    /// Where the value of `path` starts (a byte column): after `key:` or
    /// `- ` on its line, or, when nothing follows them there, at the first
    /// text of the next line that has some.
    fn value_start(&self, path: &str) -> Option<Pos> {
        let pos = self.byte_pos(path);
        let line = self.line(pos.line)?;
        let rest = line.get(pos.column.checked_sub(1)?..)?;
        let after = match key_end(rest) {
            Some(colon) => &rest[colon + 1..],
            None => rest.strip_prefix('-').unwrap_or(rest),
        };
        let value = after.trim_start();
        if !value.is_empty() && !value.starts_with('#') {
            return Some(Pos::new(pos.line, line.len() - value.len() + 1));
        }
        (pos.line + 1..).map_while(|n| Some((n, self.line(n)?))).find_map(|(n, l)| {
            let t = l.trim_start();
            (!t.is_empty() && !t.starts_with('#')).then(|| Pos::new(n, l.len() - t.len() + 1))
        })
    }

    fn walk(&self, start: Pos, text: &str) -> Option<TextMap> {
        let line = self.line(start.line)?;
        let from = start.column - 1;
        let column = line.get(..from)?.chars().count() + 1;
        match line[from..].chars().next()? {
            '|' => self.block(start.line, text, true),
            '>' => self.block(start.line, text, false),
            q @ ('"' | '\'') => self.flow_scalar(Some(q), Pos::new(start.line, column + 1), from + 1, text),
            _ => self.flow_scalar(None, Pos::new(start.line, column), from, text),
        }
    }

    /// A block scalar whose `|` or `>` is on line `header`: each line of
    /// the block is in the text, in order, with only line breaks (`|`), or
    /// line breaks and spaces (`>`), between.
    fn block(&self, header: usize, text: &str, literal: bool) -> Option<TextMap> {
        let lines = (header + 1..).map_while(|n| Some((n, self.line(n)?)));
        let indent = lines.clone().find(|(_, l)| !l.trim().is_empty())?.1;
        let indent = indent.len() - indent.trim_start_matches(' ').len();
        if literal {
            return Some(TextMap::Lines(Pos::new(header + 1, indent + 1)));
        }
        let (mut runs, mut cursor) = (Vec::new(), 0);
        for (n, l) in lines {
            if cursor >= text.len() || (!l.trim().is_empty() && l.len() - l.trim_start_matches(' ').len() < indent) {
                break;
            }
            let Some(written) = l.get(indent..).filter(|w| !w.trim().is_empty()) else { continue };
            let rest = &text[cursor..];
            let gap = rest.find(|c| c != ' ' && c != '\n').unwrap_or(rest.len());
            let found = (0..=gap).find(|k| rest[*k..].starts_with(written))?;
            runs.push((cursor + found, Pos::new(n, indent + 1)));
            cursor += found + written.len();
        }
        Some(TextMap::Runs(runs.into()))
    }

    /// A scalar in quotes (`quote`) or plain, from byte `from` of line
    /// `at.line` (at column `at.column`), maybe folded over several lines.
    fn flow_scalar(&self, quote: Option<char>, at: Pos, from: usize, text: &str) -> Option<TextMap> {
        let mut runs = vec![(0, at)];
        let (mut n, mut pos, mut cursor) = (at.line, at, 0);
        let mut line = self.line(n)?.get(from..)?;
        loop {
            let mut i = 0;
            let mut escaped_break = false;
            while i < line.len() {
                let Some(want) = text[cursor..].chars().next() else { return Some(TextMap::Runs(runs.into())) };
                let c = line[i..].chars().next()?;
                let next = line[i + c.len_utf8()..].chars().next();
                let skip = match (quote, c) {
                    (Some('\''), '\'') if next == Some('\'') && want == '\'' => 2,
                    (Some(q), c) if c == q => return None,
                    (Some('"'), '\\') if next.is_none() => {
                        escaped_break = true;
                        break;
                    }
                    (Some('"'), '\\') => match next? {
                        'x' => 4,
                        'u' => 6,
                        'U' => 10,
                        _ => 2,
                    },
                    _ if c == want => {
                        cursor += c.len_utf8();
                        i += c.len_utf8();
                        pos.column += 1;
                        continue;
                    }
                    // Spaces before a line break are not part of the text.
                    (_, ' ' | '\t') if line[i..].trim_end_matches([' ', '\t']).is_empty() => break,
                    _ => return None,
                };
                cursor += want.len_utf8();
                i += skip;
                pos.column += line.get(i - skip..i)?.chars().count();
                runs.push((cursor, pos));
            }
            if cursor >= text.len() {
                return Some(TextMap::Runs(runs.into()));
            }
            // A line break: one space, or a line break for each blank line after it.
            let mut blanks = 0;
            line = loop {
                n += 1;
                match self.line(n)? {
                    l if l.trim().is_empty() => blanks += 1,
                    l => break l,
                }
            };
            let folded = if blanks == 0 && !escaped_break { " ".to_owned() } else { "\n".repeat(blanks) };
            cursor += text[cursor..].starts_with(&folded).then_some(folded.len())?;
            let lead = line.len() - line.trim_start_matches([' ', '\t']).len();
            line = &line[lead..];
            pos = Pos::new(n, lead + 1);
            runs.push((cursor, pos));
        }
    }

    /// Whether the value of `path` is written in quotes (`"03"`, not `03`).
    pub fn value_quoted(&self, path: &str) -> bool {
        let pos = self.value_pos(path);
        let line = self.line(pos.line).unwrap_or("");
        matches!(line.chars().nth(pos.column.saturating_sub(1)), Some('"' | '\''))
    }

    /// The position of the value of `path` (after `key:`), for messages about the value.
    pub fn value_pos(&self, path: &str) -> Pos {
        let pos = self.byte_pos(path);
        let Some(line) = self.line(pos.line) else {
            return self.in_characters(pos);
        };
        let start = pos.column.saturating_sub(1);
        if let Some(colon) = line.get(start..).and_then(key_end)
            && let Some(after) = line.get(start + colon + 1..).filter(|a| a.starts_with(' '))
        {
            let skip = after.len() - after.trim_start().len();
            if !after.trim().is_empty() {
                return self.in_characters(Pos::new(pos.line, start + colon + 1 + skip + 1));
            }
        }
        self.in_characters(pos)
    }
}

impl FlowLine {
    /// One pass over a line: every `key:` and the items of every `[…]`.
    fn scan(line: &str) -> FlowLine {
        let b = line.as_bytes();
        let mut flow = FlowLine::default();
        let first_item = |at: usize| at + b[at..].iter().take_while(|c| **c == b' ').count();
        // The open collections: `[` with where each item starts, or `{`.
        let mut open: Vec<(usize, Option<Vec<usize>>)> = Vec::new();
        let mut word_start = 0;
        for (i, &c) in b.iter().enumerate() {
            match c {
                b'[' => open.push((i, Some(vec![first_item(i + 1)]))),
                b'{' => open.push((i, None)),
                b']' | b'}' => {
                    if let Some((at, Some(mut items))) = open.pop() {
                        // `[]` and a trailing comma leave an empty last item.
                        if items.last().is_some_and(|s| *s >= i) {
                            items.pop();
                        }
                        flow.items.insert(at, items);
                    }
                }
                b',' => {
                    if let Some((_, Some(items))) = open.last_mut() {
                        items.push(first_item(i + 1));
                    }
                }
                b':' if matches!(b.get(i + 1), None | Some(b' ')) => {
                    let word = &line[word_start..i];
                    let key = word.trim_matches(' ');
                    if !key.is_empty() {
                        let col = word_start + word.len() - word.trim_start().len();
                        flow.keys.entry(key.to_owned()).or_default().push(col);
                    }
                }
                _ => continue,
            }
            word_start = i + 1;
        }
        flow
    }
}

/// Where the colon after a key at the start of `s` is: `s` must start with
/// the key, and the search stops where a key cannot go on.
fn key_end(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if let Some(&q) = b.first().filter(|c| **c == b'"' || **c == b'\'') {
        let close = 1 + memchr::memchr(q, &b[1..])?;
        return (b.get(close + 1) == Some(&b':')).then_some(close + 1);
    }
    for (i, &c) in b.iter().enumerate().take(LONGEST_KEY) {
        match c {
            b':' if matches!(b.get(i + 1), None | Some(b' ')) => return Some(i),
            b',' | b'[' | b']' | b'{' | b'}' | b'#' => return None,
            _ => {}
        }
    }
    None
}

/// No key is longer than this (YAML allows 1024 characters).
const LONGEST_KEY: usize = 1100;

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
    if s.starts_with(['{', '[']) {
        // A flow collection as a key (`[a]: 1`), which is not text: recorded
        // so that the error about it can point at it.
        let mut depth = 0usize;
        for (i, c) in s.char_indices() {
            match c {
                '{' | '[' => depth += 1,
                '}' | ']' => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth == 0 {
                let value = s[i + 1..].strip_prefix(':')?;
                return (value.is_empty() || value.starts_with(' ')).then_some((&s[..=i], value));
            }
        }
        return None;
    }
    if s.starts_with(['|', '>', '&', '*', '!', '%', '@', '`']) {
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
    fn counts_columns_in_characters_not_bytes() {
        let text = "name: Ynys Môn — Anglesey\nitems: [\"é\", [ä, ö], { ü: 1, key: x }]\n";
        let s = Spans::scan(text, 0);
        assert_eq!(s.value_pos("name"), Pos::new(1, 7));
        // Each of é, ä, ö, ü is two bytes and one character.
        assert_eq!(s.pos("items[1]"), Pos::new(2, 14));
        assert_eq!(s.pos("items[1][1]"), Pos::new(2, 18));
        assert_eq!(s.pos("items[2].key"), Pos::new(2, 30));
    }

    #[test]
    fn many_look_ups_in_a_long_line_stay_fast() {
        // Each look-up used to search every path and the whole line again.
        let n = 20_000;
        let text = format!(
            "votes: [{}]\nmap: {{ {} }}\n",
            vec!["9"; n].join(", "),
            (0..n).map(|i| format!("k{i}: 1")).collect::<Vec<_>>().join(", ")
        );
        let s = Spans::scan(&text, 0);
        for i in (0..n).step_by(7) {
            assert_eq!(s.pos(&format!("votes[{i}]")), Pos::new(1, 9 + 3 * i));
            assert_eq!(s.value_pos(&format!("votes[{i}]")), Pos::new(1, 9 + 3 * i));
            assert_eq!(s.pos(&format!("map.k{i}")).line, 2);
        }
        let mut positions = Positions::default();
        for i in 0..n {
            positions.push(&format!("p{i}"), Pos::new(i + 1, 1));
        }
        positions.push("p7", Pos::new(9, 9));
        for i in (0..n).step_by(3) {
            assert_eq!(positions.get(&format!("p{i}")).map(|p| p.line), Some(if i == 7 { 9 } else { i + 1 }));
        }
        assert_eq!(positions.get("p"), None);
    }

    #[test]
    fn writes_numbers_in_decimal() {
        for n in [0, 7, 10, 99, 12345, usize::MAX] {
            let mut s = String::from("x");
            push_decimal(&mut s, n);
            assert_eq!(s, format!("x{n}"));
        }
    }

    #[test]
    fn offsets_front_matter_lines_and_points_at_values() {
        let s = Spans::scan("id: x\nnumber: 12\n", 1);
        assert_eq!(s.pos("number"), Pos::new(3, 1));
        assert_eq!(s.value_pos("number"), Pos::new(3, 9));
    }
}
