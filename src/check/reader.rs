//! Reads one YAML document, reporting against its file and lines.

use crate::load::{Mapping, Value};

use super::*;
use crate::diagnostic::{Diagnostic, Diagnostics, Pos, code, invisible, lookalike_note, nearest, plain};
use crate::load::{Source, Spans};

/// A path or a name for a message, made only when a message needs it:
/// text (`&str`, `&String`) or a closure that writes it. Most values have
/// nothing to report, and writing every path and name out for each value
/// read was a fair part of checking a network.
pub(super) trait Lazy {
    fn get(&self) -> String;
}

impl Lazy for &str {
    fn get(&self) -> String {
        (*self).to_owned()
    }
}

impl Lazy for &String {
    fn get(&self) -> String {
        (*self).clone()
    }
}

impl<F: Fn() -> String> Lazy for F {
    fn get(&self) -> String {
        self()
    }
}

/// Reads one YAML document, reporting against its file and spans.
pub(super) struct Reader<'a> {
    pub(super) file: &'a str,
    pub(super) spans: &'a Spans,
    pub(super) diags: &'a mut Diagnostics,
    /// The site's languages, when free text may be written in each (`{ en: "…", cy: "…" }`).
    pub(super) languages: &'a [String],
    /// On a site in more than one language, how many texts are in one
    /// language only, and where the first is.
    pub(super) one_language: (usize, Pos),
}

impl<'a> Reader<'a> {
    pub(super) fn new(source: &'a Source, diags: &'a mut Diagnostics) -> Self {
        Reader { file: &source.file, spans: &source.spans, diags, languages: &[], one_language: (0, Pos::UNKNOWN) }
    }

    pub(super) fn error(&mut self, path: &str, message: impl Into<String>) -> &mut Diagnostic {
        let pos = self.spans.value_pos(path);
        self.error_at(pos, message)
    }

    pub(super) fn error_at(&mut self, pos: Pos, message: impl Into<String>) -> &mut Diagnostic {
        self.diags.push(Diagnostic::error(self.file, pos, message));
        self.diags.last_mut()
    }

    /// A mapping whose keys are all among `known`; unknown keys are reported with the nearest known one.
    pub(super) fn mapping<'v>(&mut self, v: &'v Value, path: &str, what: &str, known: &[&str]) -> Option<&'v Mapping> {
        let Some(m) = v.as_mapping() else {
            let keys = known.join(", ");
            self.error(path, format!("{what} should be a set of `key: value` lines, not {}", kind_of(v))).hint =
                Some(format!("the keys it can have are: {keys}"));
            return None;
        };
        // Where the keys that are not text are written, in order: the file's
        // keys that are not among the mapping's text keys.
        // Worked out only when such a key turns up.
        let spans = self.spans;
        let mut odd: Option<std::vec::IntoIter<Pos>> = None;
        for k in m.keys() {
            let Some(name) = k.as_str() else {
                let odd = odd.get_or_insert_with(|| {
                    let keys = spans.keys_under(path).filter(|(key, _)| !m.contains_key(key));
                    keys.map(|(_, pos)| pos).collect::<Vec<_>>().into_iter()
                });
                let pos = odd.next().unwrap_or_else(|| spans.value_pos(path));
                let message = format!("a key in {what} is {}, not a name", kind_of(k));
                self.error_at(pos, message).hint = Some(format!("the keys {what} can have are: {}", known.join(", ")));
                continue;
            };
            if !known.contains(&name) {
                let child = join(path, name);
                let pos = self.spans.pos(&child);
                let hint = match nearest(name, known.iter().copied()) {
                    Some(n) => format!("did you mean `{n}`?{}", lookalike_note(name, n)),
                    None => format!("the keys {what} can have are: {}", known.join(", ")),
                };
                let message = match name.trim() {
                    "" => format!("a key in {what} has no name"),
                    _ => format!("unknown key {} in {what}", quoted(name)),
                };
                self.error_at(pos, message).hint = Some(hint);
            }
        }
        Some(m)
    }

    /// A one-line value, as text.
    pub(super) fn text(&mut self, m: &Mapping, key: &str, path: &str) -> Option<String> {
        let t = self.any_text(m, key, path)?;
        self.visible_text(t, || join(path, key), || format!("`{key}`"))
    }

    /// A one-line value with a character in it that cannot be seen (a
    /// zero-width space, a line separator, a no-break space pasted in with
    /// the text) is an error at that character, with the plain text to write.
    fn visible_text(&mut self, t: String, path: impl Lazy, what: impl Lazy) -> Option<String> {
        // Printable ASCII, line breaks and tabs: nothing invisible (most text),
        // known a chunk of bytes at a time.
        if t.bytes().all(|b| matches!(b, b' '..=b'~' | b'\n' | b'\t' | b'\r')) {
            return Some(t);
        }
        let odd = t.char_indices().find(|(_, c)| invisible(*c) && !matches!(c, '\n' | '\t' | '\r'));
        let Some((at, c)) = odd else { return Some(t) };
        let what = what.get();
        let pos = self.spans.text_map(&path.get(), &t).locate(&t)(at);
        let plain = plain(t.trim());
        let hint = match plain.trim() {
            p if p.chars().count() <= NAME_MAX => format!("write it as plain text: {}", quoted(p)),
            _ => "delete it, and any others like it".to_owned(),
        };
        self.error_at(pos, format!("{what} has an invisible character in it, {}", code(c))).hint = Some(hint);
        None
    }

    /// A value as text, whatever characters it has (a Markdown text may
    /// have what a one-line value may not).
    fn any_text(&mut self, m: &Mapping, key: &str, path: &str) -> Option<String> {
        let v = m.get(key)?;
        match v {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            Value::Null => None,
            other => {
                let k = kind_of(other);
                self.error(&join(path, key), format!("`{key}` should be text, not {k}"));
                None
            }
        }
    }

    /// `text`, at most `max` characters long (`NAME_MAX`, `LINE_MAX` or `LINK_MAX`).
    pub(super) fn line(&mut self, m: &Mapping, key: &str, path: &str, max: usize) -> Option<String> {
        let t = self.text(m, key, path)?;
        self.limit(t, || join(path, key), || format!("`{key}`"), max)
    }

    /// `text`, or `None` with an error saying the limit when it is longer than `max` characters.
    pub(super) fn limit(&mut self, text: String, path: impl Lazy, what: impl Lazy, max: usize) -> Option<String> {
        if text.len() <= max {
            return Some(text);
        }
        let n = text.chars().count();
        if n <= max {
            return Some(text);
        }
        let hint = match max {
            NAME_MAX => "a name or title is one short line: shorten it",
            LINE_MAX => "write a sentence or two here: longer text belongs in `strengths` or `summary`",
            _ => "a web address this long is almost certainly a mistake: check it",
        };
        let what = what.get();
        self.error(
            &path.get(),
            format!("{what} is {} characters long, and may be at most {}", thousands(n), thousands(max)),
        )
        .hint = Some(hint.into());
        None
    }

    /// `line`, required: a missing or empty value is reported as `what` having no `key`.
    pub(super) fn required_text(&mut self, m: &Mapping, key: &str, path: &str, what: &str) -> Option<String> {
        let t = self.text(m, key, path).filter(|t| !t.trim().is_empty());
        if t.is_none() && m.get(key).is_none_or(Value::is_null) {
            let pos = if path.is_empty() { Pos::new(1, 1) } else { self.spans.pos(path) };
            self.error_at(pos, format!("{what} has no `{key}`")).hint = Some(format!("add a line `{key}: …`"));
        }
        let max = if matches!(key, "text" | "action") { LINE_MAX } else { NAME_MAX };
        self.limit(t?, || join(path, key), || format!("`{key}`"), max)
    }

    pub(super) fn int(&mut self, v: &Value, path: impl Lazy, what: &str) -> Option<i64> {
        if let Some(n) = v.as_i64() {
            return Some(n);
        }
        let (message, hint) = match v {
            Value::Number(n) => match n.as_f64() {
                Some(f) if f.fract() == 0.0 && f.abs() < 1e15 => (
                    format!("{what} is written `{n}`: write it as a whole number, without the decimal point"),
                    format!("write `{}`", f as i64),
                ),
                Some(f) if f.is_finite() && f.abs() < 1e15 => (
                    format!("{what} is `{n}`, which is not a whole number"),
                    "use a whole number, such as 2 or 3: there are no halves".to_owned(),
                ),
                Some(f) if f.is_nan() => {
                    (format!("{what} `{n}` is not a number"), "use a whole number, such as 2 or 3".to_owned())
                }
                _ => (format!("{what} `{n}` is far too large"), "use a whole number, such as 2 or 3".to_owned()),
            },
            Value::String(s) if s.chars().any(|c| ('\u{ff10}'..='\u{ff19}').contains(&c)) => {
                let digits: String = s
                    .trim()
                    .chars()
                    .map(|c| match c {
                        '\u{ff10}'..='\u{ff19}' => char::from(b'0' + (c as u32 - 0xff10) as u8),
                        c => c,
                    })
                    .collect();
                (format!("{what} is written with full-width digits (`{s}`)"), format!("write `{digits}`"))
            }
            Value::String(s) if s.trim().parse::<f64>().is_ok() && self.spans.value_quoted(&path.get()) => (
                format!("{what} is written in quotes, as text (`\"{s}\"`)"),
                format!("write it without the quotes: `{}`", s.trim()),
            ),
            // Read as text though not in quotes: `03`, `1e400`.
            Value::String(s) if s.trim().parse::<f64>().is_ok() => match s.trim().parse::<f64>() {
                Ok(f) if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 => {
                    (format!("{what} is written `{}`", s.trim()), format!("write `{}`", f as i64))
                }
                _ => {
                    (format!("{what} `{}` is far too large", s.trim()), "use a whole number, such as 2 or 3".to_owned())
                }
            },
            other => (format!("{what} should be a whole number, not {}", kind_of(other)), "such as 2 or 3".to_owned()),
        };
        self.error(&path.get(), message).hint = Some(hint);
        None
    }

    pub(super) fn scale_value(&mut self, v: &Value, path: impl Lazy, what: &str, config: &Config) -> Option<Score> {
        let n = self.int(v, || path.get(), what)?;
        if config.is_on_scale(n) {
            Some(n as Score)
        } else {
            let values: Vec<String> = config.scale.iter().map(|l| l.value.to_string()).collect();
            self.error(&path.get(), format!("{what} {n} is not on the scale")).hint =
                Some(format!("use one of {}", values.join(", ")));
            None
        }
    }

    /// One of a fixed list of words; anything else is reported with the nearest.
    pub(super) fn choice<T: Copy>(
        &mut self,
        value: &str,
        path: &str,
        what: &str,
        all: &[T],
        name: fn(T) -> &'static str,
    ) -> Option<T> {
        if let Some(found) = all.iter().copied().find(|t| name(*t) == value) {
            return Some(found);
        }
        let names: Vec<&str> = all.iter().map(|t| name(*t)).collect();
        let hint = match nearest(value, names.iter().copied()) {
            Some(n) => format!("did you mean `{n}`?{}", lookalike_note(value, n)),
            None => format!("use one of: {}", names.join("; ")),
        };
        self.error(path, format!("{} is not {what}", quoted(value))).hint = Some(hint);
        None
    }

    /// One of a list of words the site sets (`names`): its position, or
    /// else an error with the nearest.
    pub(super) fn choice_of<'n>(
        &mut self,
        value: &str,
        path: &str,
        what: &str,
        names: impl Iterator<Item = &'n str> + Clone,
    ) -> Option<usize> {
        if let Some(i) = names.clone().position(|n| n == value) {
            return Some(i);
        }
        let hint = match nearest(value, names.clone()) {
            Some(n) => format!("did you mean `{n}`?{}", lookalike_note(value, n)),
            None => format!("use one of: {}", names.collect::<Vec<_>>().join("; ")),
        };
        self.error(path, format!("`{value}` is not {what}")).hint = Some(hint);
        None
    }

    /// A mapping key that must be a scale value (`levels: { 0: … }`); reported at the key.
    pub(super) fn scale_key(&mut self, k: &Value, path: &str, config: &Config) -> Option<Score> {
        let n = k.as_i64().filter(|n| config.is_on_scale(*n));
        if n.is_none() {
            let values: Vec<String> = config.scale.iter().map(|l| l.value.to_string()).collect();
            let pos = self.spans.pos(path);
            self.error_at(pos, format!("level {} is not on the scale", key_text(k))).hint =
                Some(format!("use one of {}", values.join(", ")));
        }
        n.map(|n| n as Score)
    }

    /// A real date, YYYY-MM-DD, in one of the `YEARS`.
    pub(super) fn date(&mut self, m: &Mapping, key: &str, path: &str) -> Option<Date> {
        let raw = self.text(m, key, path)?;
        let Some(d) = Date::parse(raw.trim()) else {
            // `31/03/2025`, as dates are written in the UK: say it the right way round.
            let parts: Vec<&str> = raw.trim().split(['/', '.', '-']).collect();
            let day_first = match parts[..] {
                [d, m, y] if y.len() == 4 && d.len() <= 2 && m.len() <= 2 => {
                    let n = |s: &str| s.parse::<u32>().ok();
                    n(d).zip(n(m)).zip(n(y)).and_then(|((d, m), y)| Date::parse(&format!("{y:04}-{m:02}-{d:02}")))
                }
                _ => None,
            };
            let hint = match day_first {
                Some(d) => format!("write dates as YYYY-MM-DD, year first: `{d}`"),
                None => "write dates as YYYY-MM-DD, for example 2018-03-31".to_owned(),
            };
            self.error(&join(path, key), format!("{} is not a real date", quoted(&raw))).hint = Some(hint);
            return None;
        };
        if !YEARS.contains(&d.year) {
            let (from, to) = (YEARS.start(), YEARS.end());
            self.error(
                &join(path, key),
                format!("`{key}` is in the year {}: a date here must be from {from} to {to}", d.year),
            )
            .hint = Some("check the year: write dates as YYYY-MM-DD, for example 2018-03-31".into());
            return None;
        }
        Some(d)
    }

    pub(super) fn link(&mut self, m: &Mapping, key: &str, path: &str) -> Option<String> {
        let raw = self.text(m, key, path)?;
        let raw = raw.trim();
        match link_problem(raw) {
            None => self.limit(raw.to_owned(), || join(path, key), || format!("`{key}`"), LINK_MAX),
            Some((message, hint)) => {
                self.error(&join(path, key), message).hint = Some(hint);
                None
            }
        }
    }

    /// A council's text (see `Text`) at `key`: plain, or `{ en: "…", cy: "…" }`
    /// in the site's languages, each at most `max` characters; `None` when
    /// it is missing or empty in every language.
    pub(super) fn words(&mut self, m: &Mapping, key: &str, path: &str, max: usize) -> Option<Text> {
        self.texts(m.get(key)?, || join(path, key), || format!("`{key}`"), Some(max))
    }

    /// `words`, required: a missing or empty value is reported as `what` having no `key`.
    pub(super) fn required_words(&mut self, m: &Mapping, key: &str, path: &str, what: &str) -> Option<Text> {
        let max = if matches!(key, "text" | "action") { LINE_MAX } else { NAME_MAX };
        let value = m.get(key);
        let t = value.and_then(|v| self.texts(v, || join(path, key), || format!("`{key}`"), Some(max)));
        if t.is_none() {
            match value {
                None | Some(Value::Null) => {
                    let pos = if path.is_empty() { Pos::new(1, 1) } else { self.spans.pos(path) };
                    self.error_at(pos, format!("{what} has no `{key}`")).hint = Some(format!("add a line `{key}: …`"));
                }
                // Blank: without it, what it names would be left out without a word.
                Some(v) if blank(v) => {
                    let message = format!("the `{key}` of {what} is empty");
                    self.error(&join(path, key), message).hint = Some(format!("write it after `{key}:`"));
                }
                Some(_) => {}
            }
        }
        t
    }

    pub(super) fn markdown(&mut self, m: &Mapping, key: &str, path: &str) -> Option<Markdown> {
        let at = join(path, key);
        let value = m.get(key)?;
        let text = self.texts(value, &at, || format!("`{key}`"), None)?;
        // Where the text in language `l` is written: under its language's
        // key, as the writer spelled it, or at `key` itself.
        let written = |l: usize| match value.as_mapping() {
            Some(by) => {
                let name = &self.languages[l];
                let key = by.keys().map(key_text).find(|k| k.eq_ignore_ascii_case(name));
                join(&at, &key.unwrap_or_else(|| name.clone()))
            }
            None => at.clone(),
        };
        let at = match text.langs.is_empty() {
            true => vec![self.spans.text_map(&written(0), &text.text)],
            false => text.langs.iter().map(|(l, t)| self.spans.text_map(&written(*l), t)).collect(),
        };
        Some(Markdown { text, file: self.file.to_owned(), at, translated: false })
    }

    /// Whether `v`, a list item that has keys of its own (`text`, `link`,
    /// …), is instead a text in the site's languages (`- { en: …, cy: … }`).
    pub(super) fn is_in_languages(&self, v: &Value, own_keys: &[&str]) -> bool {
        v.as_mapping().is_some_and(|m| {
            let keys = || m.keys().map(key_text);
            keys().any(|k| self.languages.iter().any(|l| l.eq_ignore_ascii_case(&k)))
                && !keys().any(|k| own_keys.contains(&k.as_str()))
        })
    }

    /// A council's text at `at` (`what` names it in messages): a plain
    /// string, in the default language, or one in each of the site's
    /// languages; each at most `max` characters when there is a limit.
    pub(super) fn texts(&mut self, v: &Value, at: impl Lazy, what: impl Lazy, max: Option<usize>) -> Option<Text> {
        let mut langs: Vec<(usize, String)> = Vec::new();
        match v {
            Value::Mapping(by) => {
                let (at, what) = (at.get(), what.get());
                for (k, v) in by {
                    let name = key_text(k);
                    let here = join(&at, &name);
                    let Some(l) = self.languages.iter().position(|x| x.eq_ignore_ascii_case(&name)) else {
                        let there = self.spans.pos(&here);
                        let hint = match self.languages {
                            [] | [_] => format!(
                                "the site is published in {} only: write plain text, or add `{name}` to \
                                 `languages` in site.yaml",
                                self.languages.first().map_or("one language", String::as_str)
                            ),
                            all => format!(
                                "write the text in each of {} (`{{ {}: \"…\" }}`), or as plain text",
                                all.join(", "),
                                all[0]
                            ),
                        };
                        self.error_at(there, format!("`{name}` is not one of the site's languages")).hint = Some(hint);
                        continue;
                    };
                    let t = match v {
                        Value::String(t) => t.clone(),
                        Value::Number(n) => n.to_string(),
                        Value::Bool(b) => b.to_string(),
                        Value::Null => continue,
                        other => {
                            let k = kind_of(other);
                            self.error(&here, format!("the `{name}` text of {what} should be text, not {k}"));
                            continue;
                        }
                    };
                    langs.push((l, t));
                }
                langs.sort_by_key(|(l, _)| *l);
            }
            Value::String(t) => langs.push((0, t.clone())),
            Value::Number(n) => langs.push((0, n.to_string())),
            Value::Bool(b) => langs.push((0, b.to_string())),
            Value::Null => {}
            other => {
                let k = kind_of(other);
                self.error(&at.get(), format!("{} should be text, not {k}", what.get()));
            }
        }
        langs.retain(|(_, t)| !t.trim().is_empty());
        if let Some(max) = max {
            let mut within = Vec::with_capacity(langs.len());
            let languages = self.languages;
            for (l, t) in langs {
                let here = || if matches!(v, Value::Mapping(_)) { join(&at.get(), &languages[l]) } else { at.get() };
                let t = self.limit(t, here, || what.get(), max).and_then(|t| self.visible_text(t, here, || what.get()));
                within.extend(t.map(|t| (l, t)));
            }
            langs = within;
        }
        let (_, text) = langs.first()?.clone();
        if self.languages.len() > 1 && langs.len() < self.languages.len() {
            if self.one_language.0 == 0 {
                self.one_language.1 = self.spans.pos(&at.get());
            }
            self.one_language.0 += 1;
        }
        let langs = if self.languages.len() > 1 { langs } else { Vec::new() };
        Some(Text { text, langs })
    }

    /// On a site in more than one language, one warning for the texts of
    /// this file that are in one language only.
    pub(super) fn warn_one_language(&mut self) {
        let (count, pos) = self.one_language;
        if count == 0 {
            return;
        }
        let others = self.languages[1..].join(", ");
        let texts =
            if count == 1 { "1 text of this file is".to_owned() } else { format!("{count} texts of this file are") };
        self.diags.push(Diagnostic::warning(self.file, pos, format!("{texts} in one language only")).with_hint(
            format!(
                "write each as `{{ {}: \"…\", {}: \"…\" }}`; until then the pages in {others} show it in the \
                     language it is written in, marked as such",
                self.languages[0], self.languages[1]
            ),
        ));
    }

    /// A list, or a single item written without the list around it.
    pub(super) fn one_or_many<'v>(&mut self, v: &'v Value, path: &str, what: &str) -> &'v [Value] {
        match v {
            Value::String(_) | Value::Mapping(_) => std::slice::from_ref(v),
            other => self.list(other, path, what),
        }
    }

    pub(super) fn list<'v>(&mut self, v: &'v Value, path: &str, what: &str) -> &'v [Value] {
        match v {
            Value::Sequence(s) => s,
            Value::Null => &[],
            other => {
                let k = kind_of(other);
                self.error(path, format!("{what} should be a list (lines starting with `- `), not {k}"));
                &[]
            }
        }
    }
}

pub(super) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        return key.to_owned();
    }
    // Not `format!`: this runs for most values read, and the formatting
    // machinery cost several times the copying.
    let mut out = String::with_capacity(path.len() + 1 + key.len());
    out.push_str(path);
    out.push('.');
    out.push_str(key);
    out
}

/// `path[i]`, the path of a list's item (as `join`, without `format!`).
pub(super) fn item_path(path: &str, i: usize) -> String {
    let mut out = String::with_capacity(path.len() + 6);
    out.push_str(path);
    out.push('[');
    crate::load::spans::push_decimal(&mut out, i);
    out.push(']');
    out
}

pub(super) fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing",
        Value::Bool(_) => "yes/no",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a set of keys",
        Value::Tagged(_) => "a tagged value",
    }
}

/// Text from the input as a message shows it: in backticks, or in double
/// quotes when it is empty, starts or ends with a space, or has a backtick
/// of its own (`template ``` would be unreadable).
pub(super) fn quoted(s: &str) -> String {
    if s.is_empty() || s.contains('`') || s.trim() != s {
        format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        format!("`{s}`")
    }
}

/// `1048576` as `1,048,576`.
pub(super) fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub(super) fn key_text(k: &Value) -> String {
    match k {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => "?".into(),
    }
}

/// Null, or text that is only spaces, in any of the languages it is written in.
pub(super) fn blank(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Mapping(by) => by.iter().all(|(_, t)| blank(t)),
        Value::Tagged(inner) => blank(inner),
        _ => false,
    }
}
