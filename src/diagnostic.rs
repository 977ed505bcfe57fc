//! A diagnostic is a value: where, what, and what would be right.

use std::borrow::Cow;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the site root, with `/` separators.
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(file: impl Into<String>, pos: Pos, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, file, pos, message)
    }

    pub fn warning(file: impl Into<String>, pos: Pos, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, file, pos, message)
    }

    fn new(severity: Severity, file: impl Into<String>, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            file: file.into(),
            line: pos.line,
            column: pos.column,
            message: message.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `FILE:LINE:COL`, leaving out what is unknown.
    pub fn location(&self) -> String {
        location(&self.file, Pos { line: self.line, column: self.column })
    }
}

/// `FILE:LINE:COL`, leaving out what is unknown: where something is, as a
/// message names it.
pub fn location(file: &str, pos: Pos) -> String {
    match (pos.line, pos.column) {
        (0, _) => file.to_owned(),
        (l, 0) => format!("{file}:{l}"),
        (l, c) => format!("{file}:{l}:{c}"),
    }
}

impl Diagnostic {
    fn kind(&self) -> &'static str {
        match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }

    /// A GitHub Actions workflow command (`::error file=…,line=…,col=…::message`),
    /// which GitHub shows as an annotation on the line of a pull request's
    /// file. The hint goes on a second line of the message. A line or column
    /// that is not known is left out, so the annotation is on the file.
    pub fn github(&self) -> String {
        let mut props = format!("file={}", github_property(&self.file));
        if self.line > 0 {
            props.push_str(&format!(",line={}", self.line));
            if self.column > 0 {
                props.push_str(&format!(",col={}", self.column));
            }
        }
        let mut message = self.message.clone();
        if let Some(hint) = &self.hint {
            message.push('\n');
            message.push_str(hint);
        }
        format!("::{} {props}::{}", self.kind(), github_data(&message))
    }

    /// One line of JSON: `file`, `line`, `column` (`null` when not known),
    /// `severity` (`error` or `warning`), `message` and `hint` (`null` when
    /// there is none), for editors and other tools.
    pub fn json_line(&self) -> String {
        #[derive(serde::Serialize)]
        struct Line<'a> {
            file: &'a str,
            line: Option<usize>,
            column: Option<usize>,
            severity: &'a str,
            message: &'a str,
            hint: Option<&'a str>,
        }
        let known = |n: usize| (n > 0).then_some(n);
        let line = Line {
            file: &self.file,
            line: known(self.line),
            column: known(self.line).and(known(self.column)),
            severity: self.kind(),
            message: &self.message,
            hint: self.hint.as_deref(),
        };
        serde_json::to_string(&line).expect("a diagnostic serializes")
    }
}

/// How diagnostics are printed: `aba check --format human|github|json`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Format {
    /// `error: FILE:LINE:COL: message; hint`, for people.
    #[default]
    Human,
    /// GitHub Actions workflow commands, shown as annotations on the lines.
    Github,
    /// JSON lines, one object per diagnostic.
    Json,
}

impl Diagnostic {
    /// This diagnostic as one line in `format` (without the line break).
    pub fn formatted(&self, format: Format) -> String {
        match format {
            Format::Human => self.to_string(),
            Format::Github => self.github(),
            Format::Json => self.json_line(),
        }
    }
}

/// GitHub's escaping of a workflow command's message.
fn github_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// GitHub's escaping of a workflow command's property value: the message's,
/// and `:` and `,`, which would end the value.
fn github_property(s: &str) -> String {
    github_data(s).replace(':', "%3A").replace(',', "%2C")
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.kind(), visible(&self.location()), visible(&self.message))?;
        if let Some(hint) = &self.hint {
            write!(f, "; {}", visible(hint))?;
        }
        Ok(())
    }
}

/// `s` with every character that cannot be seen, or looks like another
/// (zero-width and direction marks, odd spaces, control characters), written
/// as its code: `living-map\u{200b}` and `living-map` are two ids, and a
/// message must show that.
pub fn visible(s: &str) -> Cow<'_, str> {
    if !s.chars().any(invisible) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if invisible(c) => out.push_str(&code(c)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A character as messages write it: `\u{200b}`.
pub fn code(c: char) -> String {
    format!("\\u{{{:x}}}", c as u32)
}

/// `s` as plain text: each invisible character that stands for a space (a
/// line separator, a no-break space) made a space, and the others left out.
pub fn plain(s: &str) -> String {
    let spaces =
        |c: char| c.is_whitespace() || matches!(c, '\u{2800}' | '\u{3164}' | '\u{ffa0}' | '\u{115f}' | '\u{1160}');
    s.chars()
        .filter_map(|c| {
            if !invisible(c) {
                Some(c)
            } else if spaces(c) {
                Some(' ')
            } else {
                None
            }
        })
        .collect()
}

/// Whether `c` cannot be seen, or looks like another character: a
/// zero-width or direction mark, an odd space, a control character.
pub fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{a0}' | '\u{ad}' | '\u{34f}' | '\u{61c}' | '\u{115f}' | '\u{1160}' | '\u{1680}' | '\u{17b4}' | '\u{17b5}'
            | '\u{180b}'..='\u{180f}' | '\u{2000}'..='\u{200f}' | '\u{2028}'..='\u{202f}' | '\u{205f}'..='\u{206f}'
            | '\u{2800}' | '\u{3000}' | '\u{3164}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}' | '\u{ffa0}'
            | '\u{fff0}'..='\u{fffb}' | '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e0fff}')
}

/// Where the characters of a text from the input (a summary, a page's body)
/// are in its file, for messages about a part of the text (a link in it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextMap {
    /// Line k of the text is line `line + k` of the file, from `column` on
    /// (a Markdown file's body, a `|` block, a value on one line).
    Lines(Pos),
    /// Runs of characters that follow one another on one line of the file:
    /// the byte offset in the text where each run starts, and where in the
    /// file that is (a `>` block, quotes with escapes, a value folded over
    /// several lines).
    Runs(Box<[(usize, Pos)]>),
    /// Somewhere in the value that starts here.
    At(Pos),
}

impl Default for TextMap {
    fn default() -> Self {
        TextMap::At(Pos::UNKNOWN)
    }
}

impl TextMap {
    /// The position of each byte offset of `text` (the text this maps)
    /// asked for. Each look-up goes on from the one before: asked in
    /// increasing order, the offsets of a whole text take one pass over it.
    pub fn locate<'t>(&'t self, text: &'t str) -> impl FnMut(usize) -> Pos + 't {
        let runs: &[(usize, Pos)] = match self {
            TextMap::Lines(_) | TextMap::At(_) => &[],
            TextMap::Runs(runs) => runs,
        };
        let start = |this: &TextMap| match this {
            TextMap::Lines(p) | TextMap::At(p) => (0, *p),
            TextMap::Runs(runs) => runs.first().copied().unwrap_or((0, Pos::UNKNOWN)),
        };
        let ((mut at, mut pos), mut run) = (start(self), 0);
        move |offset| {
            let mut offset = offset.min(text.len());
            while !text.is_char_boundary(offset) {
                offset -= 1;
            }
            if let TextMap::At(p) = self {
                return *p;
            }
            if offset < at {
                ((at, pos), run) = (start(self), 0);
            }
            while run + 1 < runs.len() && runs[run + 1].0 <= offset {
                run += 1;
                (at, pos) = runs[run];
            }
            if pos.line == 0 || offset < at {
                return pos;
            }
            for c in text[at..offset].chars() {
                match (c, self) {
                    ('\n', TextMap::Lines(first)) => pos = Pos::new(pos.line + 1, first.column),
                    _ => pos.column += 1,
                }
            }
            at = offset;
            pos
        }
    }
}

/// A position in a source file, 1-based; 0 means unknown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

impl Pos {
    pub const UNKNOWN: Pos = Pos { line: 0, column: 0 };

    pub fn new(line: usize, column: usize) -> Self {
        Pos { line, column }
    }
}

/// Every diagnostic of a run, in the order they print: by file, then line.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    /// The diagnostic just pushed, to add a hint to it.
    pub fn last_mut(&mut self) -> &mut Diagnostic {
        self.items.last_mut().expect("a diagnostic was just pushed")
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    /// Sorted by file, line, column, then errors before warnings; duplicates removed.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            (&a.file, a.line, a.column, a.severity, &a.message)
                .cmp(&(&b.file, b.line, b.column, b.severity, &b.message))
        });
        self.items.dedup();
        self.items
    }

    /// The one-line count printed after the diagnostics.
    pub fn summary(&self) -> String {
        let e = self.error_count();
        let w = self.warning_count();
        format!("{} and {}", plural(e, "error"), plural(w, "warning"))
    }
}

pub fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

/// The nearest of `candidates` to `word`, when it is near enough to be a likely typo.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    // A full-width `ｓｃｏｒｅ` is `score` typed in another mode.
    let word: String = word
        .chars()
        .map(
            |c| if ('\u{ff01}'..='\u{ff5e}').contains(&c) { char::from_u32(c as u32 - 0xfee0).unwrap_or(c) } else { c },
        )
        .collect();
    let word = word.as_str();
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let d = edit_distance(word, c);
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    let (d, c) = best?;
    let limit = (word.chars().count().max(c.chars().count()) / 3).max(2);
    (d <= limit).then_some(c)
}

/// When `word` is `like` but for characters that only look like its
/// letters (a Cyrillic `а` for a Latin `a`, a full-width `ｓ`), the two
/// print the same: a note for the hint, showing those characters as codes.
/// Empty otherwise.
pub fn lookalike_note(word: &str, like: &str) -> String {
    if !like.is_ascii() || word.is_ascii() || word.chars().count() != like.chars().count() {
        return String::new();
    }
    let (mut shown, mut odd) = (String::new(), 0);
    for (w, l) in word.chars().zip(like.chars()) {
        match w {
            w if w == l => shown.push(w),
            w if !w.is_ascii() => {
                shown.push_str(&code(w));
                odd += 1;
            }
            _ => return String::new(),
        }
    }
    let what =
        if odd == 1 { "a character that only looks like a letter" } else { "characters that only look like letters" };
    format!(" (it is written `{shown}`, with {what} of it: type it again)")
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_keys_only() {
        let keys = ["evidence", "strengths", "next_steps", "score"];
        assert_eq!(nearest("evidance", keys), Some("evidence"));
        assert_eq!(nearest("nextsteps", keys), Some("next_steps"));
        assert_eq!(nearest("colour", keys), None);
    }

    #[test]
    fn shows_what_cannot_be_seen() {
        let d = Diagnostic::error(
            "assessments/a\u{200b}/2018.yaml",
            Pos::new(3, 3),
            "unknown pointer \"living-map\u{200b}\"",
        )
        .with_hint("did you mean \"living-map\"? (not \u{202e}this\u{a0}one\t)");
        assert_eq!(
            d.to_string(),
            "error: assessments/a\\u{200b}/2018.yaml:3:3: unknown pointer \"living-map\\u{200b}\"; did you mean \"living-map\"? (not \\u{202e}this\\u{a0}one\\t)"
        );
        // Letters of any script are left as they are.
        assert_eq!(visible("Ynys Môn, Москва, 東京, ٱلْعَرَبِيَّة"), "Ynys Môn, Москва, 東京, ٱلْعَرَبِيَّة");
    }

    #[test]
    fn prints_in_the_documented_form() {
        let d = Diagnostic::error("assessments/a/2018.yaml", Pos::new(14, 5), "unknown pointer")
            .with_hint("did you mean \"living-map\"?");
        assert_eq!(d.to_string(), "error: assessments/a/2018.yaml:14:5: unknown pointer; did you mean \"living-map\"?");
    }

    #[test]
    fn github_annotations_carry_file_line_column_and_the_hint() {
        let d = Diagnostic::error("assessments/a/2018.yaml", Pos::new(14, 5), "unknown pointer \"living-maps\"")
            .with_hint("did you mean \"living-map\"?");
        assert_eq!(
            d.github(),
            "::error file=assessments/a/2018.yaml,line=14,col=5::unknown pointer \"living-maps\"%0Adid you mean \"living-map\"?"
        );
        let w = Diagnostic::warning("assessments/a/area.yaml", Pos::UNKNOWN, "no participants");
        assert_eq!(w.github(), "::warning file=assessments/a/area.yaml::no participants");
        let line_only = Diagnostic::warning("site.yaml", Pos::new(3, 0), "old");
        assert_eq!(line_only.github(), "::warning file=site.yaml,line=3::old");
    }

    #[test]
    fn github_annotations_escape_what_would_end_a_value_or_the_line() {
        // A folder name with `,` or `:` would otherwise end the file property,
        // and a line break in a message would end the command.
        let d = Diagnostic::error("assessments/a,b:c%/2018.yaml", Pos::new(1, 1), "50% done\r\nnext: line, more");
        assert_eq!(
            d.github(),
            "::error file=assessments/a%2Cb%3Ac%25/2018.yaml,line=1,col=1::50%25 done%0D%0Anext: line, more"
        );
        // Each diagnostic stays on one line, whatever its text.
        assert_eq!(d.github().lines().count(), 1);
    }

    #[test]
    fn json_lines_are_one_object_each_with_every_field() {
        let d = Diagnostic::error("assessments/a/2018.yaml", Pos::new(14, 5), "unknown key `evidance`\nin a pointer")
            .with_hint("did you mean `evidence`?");
        let line = d.json_line();
        assert_eq!(line.lines().count(), 1);
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"file": "assessments/a/2018.yaml", "line": 14, "column": 5, "severity": "error",
                               "message": "unknown key `evidance`\nin a pointer", "hint": "did you mean `evidence`?"})
        );
        let w = Diagnostic::warning("assessments/a/area.yaml", Pos::UNKNOWN, "no participants");
        let v: serde_json::Value = serde_json::from_str(&w.json_line()).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"file": "assessments/a/area.yaml", "line": null, "column": null,
                               "severity": "warning", "message": "no participants", "hint": null})
        );
    }

    #[test]
    fn each_format_is_chosen_by_name() {
        let d = Diagnostic::warning("site.yaml", Pos::new(2, 1), "old");
        assert_eq!(d.formatted(Format::Human), "warning: site.yaml:2:1: old");
        assert_eq!(d.formatted(Format::Github), "::warning file=site.yaml,line=2,col=1::old");
        assert_eq!(
            d.formatted(Format::Json),
            r#"{"file":"site.yaml","line":2,"column":1,"severity":"warning","message":"old","hint":null}"#
        );
    }
}
