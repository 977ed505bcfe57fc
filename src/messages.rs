//! The words `aba` itself puts on pages (labels of the YAML vocabulary,
//! dates, sentences built from the data), from the theme's message file
//! for the site's language, `i18n/LANG.ftl` (Project Fluent). A site may
//! override any message with its own file of the same name.
//!
//! The input vocabulary (`people with lived experience`, `in progress`,
//! `Wales`) is parsed into enums by `check`; only their labels come from here.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Mutex, PoisonError};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use crate::diagnostic::{Diagnostic, Diagnostics, Pos};
use crate::model::{Confidence, Date, Nation, Period, Role, Score, StepStatus};

/// Every message the code asks for: a message file must have them all.
const REQUIRED: &[&str] = &[
    "nav-home",
    "nav-areas",
    "nav-pointers",
    "nav-regions",
    "nav-compare",
    "nav-workshop",
    "nav-about",
    "nav-data",
    "workshop-title",
    "data-title",
    "other-areas",
    "not-assessed",
    "date",
    "period-month",
    "change-up",
    "change-down",
    "change-same",
    "change-new",
    "change-none",
    "chart-radar",
    "chart-radar-score",
    "chart-radar-target",
    "chart-years",
    "chart-not-assessed",
    "feed-network",
    "feed-region",
    "feed-area",
    "feed-entry",
    "list-separator",
    "learn-why",
    "learn-why-reviewed",
    "learn-why-confidence",
    "learn-why-lived",
    "learn-why-evidence",
    "learn-why-kind",
    "learn-why-near",
];

/// England's regions (DOMAIN's list), by the slug of their English names:
/// an area that names one (`region: North West`) has it named on each page
/// in the page's language, from the message `region-name-north-west`.
pub const REGIONS: [&str; 9] = [
    "north-east",
    "north-west",
    "yorkshire-and-the-humber",
    "east-midlands",
    "west-midlands",
    "east-of-england",
    "london",
    "south-east",
    "south-west",
];

pub struct Messages {
    bundle: FluentBundle<FluentResource>,
    /// The labels used on almost every page, looked up once.
    months: Vec<String>,
    statuses: Vec<String>,
    confidences: Vec<String>,
    nations: Vec<String>,
    /// The names of `REGIONS`, in order.
    regions: Vec<String>,
    /// The labels of the usual scale's levels, 0 to 4.
    levels: Vec<String>,
    pub not_assessed: String,
    /// The messages of the theme's scripts (those whose id starts `js-`),
    /// and every other message a script could show, for `static/words.js`.
    scripts: BTreeMap<String, Script>,
    /// Dates and months in words, each made once: a build shows tens of
    /// thousands (every piece of evidence and next step has one), of a few
    /// hundred distinct ones, and each is a Fluent message.
    said: Mutex<foldhash::HashMap<(bool, u16, u8, u8), String>>,
}

/// A message of the theme's scripts, as `static/words.js` reads it: text
/// (`"Loading…"`), or a list of parts, each text, a variable (`{"v": "n"}`)
/// or a choice by a number (`{"s": "n", "k": {"one": […], "other": […]}, "d":
/// "other"}`: an exact number first, then the plural category of the page's
/// language, then the default).
struct Script {
    json: serde_json::Value,
    /// The `$variables` it shows or chooses by.
    variables: BTreeSet<String>,
    file: String,
    pos: Pos,
}

/// A message file: the built-in one, or a site's own.
#[derive(Clone, Copy)]
pub struct Source<'s> {
    pub file: &'s str,
    pub text: &'s str,
}

impl Messages {
    /// The messages for `language` (`en-GB` reads `en.ftl`): the built-in
    /// file with the site's own laid over it. Every syntax error, and every
    /// message of `all` (those of the built-in English file) missing from
    /// both, is reported with its file and the language.
    pub fn load(
        language: &str,
        built_in: Source,
        site: Option<Source>,
        all: &[String],
        diags: &mut Diagnostics,
    ) -> Option<Messages> {
        let lang: unic_langid::LanguageIdentifier = language.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![lang]);
        // Fluent marks placeables with invisible isolation characters by
        // default; the pages set the direction themselves.
        bundle.set_use_isolating(false);
        let mut ok = true;
        for source in std::iter::once(built_in).chain(site) {
            let resource = match FluentResource::try_new(source.text.to_owned()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        let pos = position(source.text, e.slice.as_ref().map_or(e.pos.start, |s| s.start));
                        diags.push(
                            Diagnostic::error(
                                source.file,
                                pos,
                                format!("this message file cannot be read: {}", e.kind),
                            )
                            .with_hint("each message is `id = text`; see https://projectfluent.org/ for the format"),
                        );
                    }
                    ok = false;
                    r
                }
            };
            bundle.add_resource_overriding(resource);
        }
        let ids = REQUIRED
            .iter()
            .map(|s| s.to_string())
            .chain(all.iter().filter(|id| !REQUIRED.contains(&id.as_str())).cloned())
            .chain((1..=12).map(|m| format!("month-{m}")))
            .chain(StepStatus::ALL.iter().map(|s| format!("status-{}", s.id())))
            .chain(Confidence::ALL.iter().map(|c| format!("confidence-{}", c.key())))
            .chain(Nation::ALL.iter().map(|n| format!("nation-{}", n.id())))
            .chain(REGIONS.iter().map(|r| format!("region-name-{r}")));
        for id in ids {
            if !bundle.has_message(&id) {
                let file = format!("themes/default/i18n/{}.ftl", primary(language));
                diags.push(
                    Diagnostic::error(
                        file,
                        Pos::UNKNOWN,
                        format!("the message `{id}` is missing for the language `{language}`"),
                    )
                    .with_hint("add it to the site's message file, or delete that file to use the built-in one"),
                );
                ok = false;
            }
        }
        let mut scripts = BTreeMap::new();
        // Every message a script may show: those of the scripts (`js-…`),
        // which must convert, and any other that can (`status-planned`).
        let all_ids = REQUIRED.iter().map(|s| s.to_string()).chain(all.iter().cloned());
        // Where each message starts (`id = …`), by file: found in one pass
        // over each, not one for each message.
        let mut starts: HashMap<(usize, usize), HashMap<&str, usize>> = HashMap::new();
        for id in all_ids {
            let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else { continue };
            let mut variables = BTreeSet::new();
            let converted = script_pattern(pattern, &mut variables);
            if !id.starts_with(SCRIPT_PREFIX) {
                if let Ok(json) = converted {
                    scripts.insert(id, Script { json, variables, file: String::new(), pos: Pos::UNKNOWN });
                }
                continue;
            }
            let source =
                if site.as_ref().is_some_and(|s| self::ids(s.text).contains(&id)) { site } else { Some(built_in) };
            let (file, text) = source.map_or(("", ""), |s| (s.file, s.text));
            let lines = starts.entry((text.as_ptr() as usize, text.len())).or_insert_with(|| {
                let mut first = HashMap::new();
                for (i, l) in text.lines().enumerate() {
                    if let Some((before, _)) = l.split_once('=') {
                        first.entry(before.trim_end()).or_insert(i);
                    }
                }
                first
            });
            let line = lines.get(id.as_str()).copied();
            let pos = line.map_or(Pos::UNKNOWN, |l| Pos::new(l + 1, 1));
            match converted {
                Ok(json) => {
                    scripts.insert(id, Script { json, variables, file: file.to_owned(), pos });
                }
                Err(what) => {
                    diags.push(
                        Diagnostic::error(file, pos, format!("the message `{id}` of the theme's scripts uses {what}"))
                            .with_hint("a script's message can hold only text, `{ $variables }` and choices by a number (`{ $n -> [one] … *[other] … }`)"),
                    );
                    ok = false;
                }
            }
        }
        if !ok {
            return None;
        }
        let mut m = Messages {
            bundle,
            months: Vec::new(),
            statuses: Vec::new(),
            confidences: Vec::new(),
            nations: Vec::new(),
            regions: Vec::new(),
            levels: Vec::new(),
            not_assessed: String::new(),
            scripts,
            said: Mutex::default(),
        };
        m.months = (1..=12).map(|i| m.text(&format!("month-{i}"))).collect();
        m.statuses = StepStatus::ALL.iter().map(|s| m.text(&format!("status-{}", s.id()))).collect();
        m.confidences = Confidence::ALL.iter().map(|c| m.text(&format!("confidence-{}", c.key()))).collect();
        m.nations = Nation::ALL.iter().map(|n| m.text(&format!("nation-{}", n.id()))).collect();
        m.regions = REGIONS.iter().map(|r| m.text(&format!("region-name-{r}"))).collect();
        m.not_assessed = m.text("not-assessed");
        m.levels = (0..=4).map(|v| m.text(&format!("level-{v}"))).collect();
        Some(m)
    }

    /// The messages whose id starts with one of `prefixes` (`js-compare-
    /// status-`), as JSON safe to put inside a `<script>` element.
    pub fn for_script(&self, prefixes: &str) -> String {
        let wanted: serde_json::Map<String, serde_json::Value> = (prefixes.split_whitespace())
            .flat_map(|prefix| {
                self.scripts.range(prefix.to_owned()..).take_while(move |(id, _)| id.starts_with(prefix))
            })
            .map(|(id, s)| (id.clone(), s.json.clone()))
            .collect();
        // Inside <script>, only `</script` or `<!--` could end the element early.
        serde_json::to_string(&wanted).expect("messages serialize").replace('<', "\\u003c")
    }

    /// A message with no arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message for a template (`{{ t(id="story-from", from=s.from) }}`):
    /// numbers stay numbers, so that a message can choose its words by
    /// them (`{ $count -> [one] … *[other] … }`). `None` if there is no such message.
    pub fn for_template(&self, id: &str, args: &[(&str, FluentValue)]) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            fargs.set(*name, value.clone());
        }
        let mut errors = vec![];
        Some(self.bundle.format_pattern(pattern, Some(&fargs), &mut errors).into_owned())
    }

    /// A message, with its arguments.
    pub fn format(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            fargs.set(*name, FluentValue::from(*value));
        }
        self.format_args(id, &fargs).unwrap_or_else(|| id.to_owned())
    }

    /// A message with a count, which picks its plural form: "3 areas".
    pub fn count(&self, id: &str, n: usize, args: &[(&str, &str)]) -> String {
        let mut fargs = FluentArgs::new();
        fargs.set("n", FluentValue::from(n));
        for (name, value) in args {
            fargs.set(*name, FluentValue::from(*value));
        }
        self.format_args(id, &fargs).unwrap_or_else(|| id.to_owned())
    }

    /// A message with arguments of any kind (numbers choose plural forms);
    /// `None` if there is no such message.
    pub fn format_args(&self, id: &str, args: &FluentArgs) -> Option<String> {
        let pattern = self.bundle.get_message(id).and_then(|m| m.value())?;
        let mut errors = vec![];
        Some(self.bundle.format_pattern(pattern, Some(args), &mut errors).into_owned())
    }

    /// Whether there is a message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The label of the role written `key` (one of `roles`).
    pub fn role_key(&self, roles: &[Role], key: &str) -> String {
        roles.iter().find(|r| r.key == key).map_or_else(|| key.to_owned(), |r| self.role(r))
    }

    /// A participant role's label: the message `role-ID` if there is one,
    /// else the role as the framework content names it.
    pub fn role(&self, r: &Role) -> String {
        let id = format!("role-{}", r.id);
        if self.bundle.has_message(&id) { self.text(&id) } else { r.key.clone() }
    }

    pub fn status(&self, s: StepStatus) -> &str {
        &self.statuses[StepStatus::ALL.iter().position(|x| *x == s).unwrap_or(0)]
    }

    pub fn confidence(&self, c: Confidence) -> &str {
        &self.confidences[Confidence::ALL.iter().position(|x| *x == c).unwrap_or(0)]
    }

    pub fn nation(&self, n: Nation) -> &str {
        &self.nations[Nation::ALL.iter().position(|x| *x == n).unwrap_or(0)]
    }

    /// A region as this language names it: one of England's regions, or a
    /// nation, written in area.yaml in English (`region: North West`,
    /// `region: Wales`), in the words of the message file; any other region
    /// as the area wrote it. Its page's address comes from what was written.
    pub fn region<'s>(&'s self, written: &'s str) -> &'s str {
        let slug = crate::check::slugify(written);
        if let Some(i) = REGIONS.iter().position(|r| *r == slug) {
            return &self.regions[i];
        }
        match Nation::ALL.iter().position(|n| n.id() == slug) {
            Some(i) => &self.nations[i],
            None => written,
        }
    }

    /// The label of level `value` of the usual scale.
    pub fn level(&self, value: Score) -> &str {
        self.levels.get(usize::from(value)).map_or("?", String::as_str)
    }

    pub fn month(&self, m: u8) -> &str {
        self.months.get(usize::from(m).wrapping_sub(1)).map_or("", String::as_str)
    }

    /// "31 March 2018".
    pub fn date(&self, d: Date) -> String {
        self.once((true, d.year, d.month, d.day), || {
            let (day, year) = (d.day.to_string(), d.year.to_string());
            self.format("date", &[("day", &day), ("month", self.month(d.month)), ("year", &year)])
        })
    }

    /// "2018", or "March 2018".
    pub fn period(&self, p: &Period) -> String {
        match p.month {
            None => p.year.to_string(),
            Some(m) => self.once((false, p.year, m, 0), || {
                self.format("period-month", &[("month", self.month(m)), ("year", &p.year.to_string())])
            }),
        }
    }

    /// A date or month in words (`key`: whether a date, the year, month
    /// and day), made by `make` the first time it is asked for.
    fn once(&self, key: (bool, u16, u8, u8), make: impl FnOnce() -> String) -> String {
        let said = || self.said.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(words) = said().get(&key) {
            return words.clone();
        }
        let words = make();
        said().insert(key, words.clone());
        words
    }
}

/// The messages the theme's scripts show start with this (`js-compare-…`).
const SCRIPT_PREFIX: &str = "js-";

/// Each language's messages for the scripts must show only the variables
/// the default language's do: the scripts give those.
pub fn check_scripts(languages: &[String], all: &[Messages], diags: &mut Diagnostics) -> bool {
    let Some((first, rest)) = all.split_first() else { return true };
    let mut ok = true;
    for (language, m) in languages.iter().skip(1).zip(rest) {
        for (id, s) in m.scripts.iter().filter(|(id, _)| id.starts_with(SCRIPT_PREFIX)) {
            let given = first.scripts.get(id).map(|d| &d.variables);
            for v in s.variables.iter().filter(|v| !given.is_some_and(|g| g.contains(*v))) {
                let known = given.map_or(String::new(), |g| {
                    g.iter().map(|v| format!("`{{ ${v} }}`")).collect::<Vec<_>>().join(", ")
                });
                diags.push(
                    Diagnostic::error(&s.file, s.pos, format!("the message `{id}` for the language `{language}` shows `{{ ${v} }}`, which the script does not give"))
                        .with_hint(if known.is_empty() { "this message has no variables: write it as plain text".to_owned() } else { format!("it can show {known}") }),
                );
                ok = false;
            }
        }
    }
    ok
}

/// A pattern as `static/words.js` reads it (see [`Script`]); `Err` names
/// what it holds that the scripts cannot show.
fn script_pattern(p: &ast::Pattern<&str>, variables: &mut BTreeSet<String>) -> Result<serde_json::Value, &'static str> {
    use serde_json::{Value, json};
    let mut parts: Vec<Value> = Vec::new();
    let push_text = |parts: &mut Vec<Value>, t: &str| match parts.last_mut() {
        Some(Value::String(last)) => last.push_str(t),
        _ => parts.push(Value::from(t)),
    };
    for element in &p.elements {
        match element {
            ast::PatternElement::TextElement { value } => push_text(&mut parts, value),
            ast::PatternElement::Placeable { expression } => {
                match expression {
                    ast::Expression::Inline(inline) => match inline {
                        ast::InlineExpression::StringLiteral { value }
                        | ast::InlineExpression::NumberLiteral { value } => push_text(&mut parts, value),
                        ast::InlineExpression::VariableReference { id } => {
                            variables.insert(id.name.to_owned());
                            parts.push(json!({ "v": id.name }));
                        }
                        _ => return Err("a reference to another message, a term or a function"),
                    },
                    ast::Expression::Select { selector, variants } => {
                        let ast::InlineExpression::VariableReference { id } = selector else {
                            return Err("a choice that is not by a `$variable`");
                        };
                        variables.insert(id.name.to_owned());
                        let mut keys = serde_json::Map::new();
                        let mut default = String::new();
                        for v in variants {
                            let key = match v.key {
                                ast::VariantKey::Identifier { name }
                                | ast::VariantKey::NumberLiteral { value: name } => name,
                            };
                            if v.default {
                                default = key.to_owned();
                            }
                            keys.insert(key.to_owned(), script_pattern(&v.value, variables)?);
                        }
                        parts.push(json!({ "s": id.name, "k": keys, "d": default }));
                    }
                }
            }
        }
    }
    Ok(match parts.as_slice() {
        [] => Value::from(""),
        [Value::String(_)] => parts.remove(0),
        _ => Value::Array(parts),
    })
}

/// The id of every message of a message file, in order (none if it cannot be read).
/// (A message starts a line with its id and `=`.)
pub fn ids(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let ok = id.starts_with(|c: char| c.is_ascii_alphabetic())
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            ok.then(|| id.to_owned())
        })
        .collect()
}

/// `en` of `en-GB`: the name of the message file.
pub fn primary(language: &str) -> &str {
    language.split(['-', '_']).next().unwrap_or(language)
}

/// The line and column of byte `offset` of `text`.
fn position(text: &str, offset: usize) -> Pos {
    let before = &text[..text.floor_char_boundary(offset.min(text.len()))];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Pos::new(line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn welsh() -> Messages {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/themes/default/i18n/cy.ftl")).unwrap();
        let mut diags = Diagnostics::default();
        let m = Messages::load("cy", Source { file: "cy.ftl", text: &text }, None, &[], &mut diags);
        assert_eq!(diags.error_count(), 0, "{diags:?}");
        m.unwrap()
    }

    fn with(m: &Messages, id: &str, args: &[(&str, usize)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, FluentValue::from(*v));
        }
        m.format_args(id, &fargs).unwrap()
    }

    /// Welsh has six plural forms; after a number the noun is singular and
    /// mutates as the number makes it, and from 11 up takes "o" and the plural.
    #[test]
    fn welsh_counts_take_their_plural_forms() {
        let cy = welsh();
        let areas: Vec<String> = [0, 1, 2, 3, 6, 11].iter().map(|n| with(&cy, "regions-count", &[("n", *n)])).collect();
        assert_eq!(areas, ["dim ardal", "1 ardal", "2 ardal", "3 ardal", "6 ardal", "11 o ardaloedd"]);
        let assessments: Vec<String> = [0, 1, 2, 3, 6, 11]
            .iter()
            .map(|n| with(&cy, "home-published", &[("areas", 1), ("assessments", *n), ("regions", 0)]))
            .collect();
        assert_eq!(
            assessments,
            [
                "Mae 1 ardal wedi cyhoeddi 0 hunanasesiad.",
                "Mae 1 ardal wedi cyhoeddi 1 hunanasesiad.",
                "Mae 1 ardal wedi cyhoeddi 2 hunanasesiad.",
                "Mae 1 ardal wedi cyhoeddi 3 hunanasesiad.",
                "Mae 1 ardal wedi cyhoeddi 6 hunanasesiad.",
                "Mae 1 ardal wedi cyhoeddi 11 o hunanasesiadau.",
            ]
        );
        assert_eq!(
            with(&cy, "home-published", &[("areas", 0), ("assessments", 0), ("regions", 0)]),
            "Does dim un ardal wedi cyhoeddi hunanasesiad eto."
        );
        assert_eq!(
            with(&cy, "home-published", &[("areas", 13), ("assessments", 32), ("regions", 2)]),
            "Mae 13 o ardaloedd wedi cyhoeddi 32 o hunanasesiadau ar draws 2 ranbarth."
        );
        let people: Vec<String> =
            [0, 1, 2, 3, 6, 11].iter().map(|n| with(&cy, "report-people", &[("n", *n)])).collect();
        assert_eq!(people, ["Neb:", "1 person:", "2 berson:", "3 pherson:", "6 pherson:", "11 o bobl:"]);
        let steps: Vec<String> = [0, 1, 2, 3, 6, 11]
            .iter()
            .map(|n| with(&cy, "area-overdue", &[("n", *n)]).split(" wedi pasio").next().unwrap().to_owned())
            .collect();
        assert_eq!(
            steps,
            [
                "Roedd 0 o gamau nesaf",
                "Roedd 1 cam nesaf",
                "Roedd 2 gam nesaf",
                "Roedd 3 cham nesaf",
                "Roedd 6 cham nesaf",
                "Roedd 11 o gamau nesaf"
            ]
        );
    }

    #[test]
    fn welsh_dates_name_the_month_in_welsh() {
        let cy = welsh();
        assert_eq!(cy.date(Date { year: 2024, month: 3, day: 20 }), "20 Mawrth 2024");
    }

    /// A message missing in one language is an error naming it and the language.
    #[test]
    fn a_missing_message_names_the_key_and_the_language() {
        let mut diags = Diagnostics::default();
        let all = vec!["nav-home".to_owned(), "my-own-words".to_owned()];
        let m = Messages::load("cy", Source { file: "cy.ftl", text: "nav-home = Hafan\n" }, None, &all, &mut diags);
        assert!(m.is_none());
        let text = format!("{diags:?}");
        assert!(text.contains("`my-own-words` is missing for the language `cy`"), "{text}");
    }
}
