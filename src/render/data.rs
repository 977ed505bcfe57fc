//! The open data files and the sitemap. `aba export` prints the same bytes.

use std::fmt::Write as _;
use std::sync::Arc;

use serde::Serialize;
use serde_json::{Value, json};

use super::routes::Address;
use super::{Made, Renderer};
use crate::model::*;
use crate::score;

pub const CSV_HEADER: &str = "area,area_name,nation,region,period,assessed_on,pointer,pointer_number,score,votes";

pub fn scores_csv(site: &Site) -> String {
    csv_of(site, &|_, area| csv_rows(site, area).into())
}

/// scores.csv, with each area's rows from `rows`.
fn csv_of(site: &Site, rows: &dyn Fn(usize, &Area) -> Arc<str>) -> String {
    // In one piece of memory of the size it takes, as `json_of`.
    let rows: Vec<Arc<str>> = site.areas.iter().enumerate().map(|(ai, area)| rows(ai, area)).collect();
    let mut out = String::with_capacity(CSV_HEADER.len() + 1 + rows.iter().map(|r| r.len()).sum::<usize>());
    out.push_str(CSV_HEADER);
    out.push('\n');
    for rows in rows {
        out.push_str(&rows);
    }
    out
}

/// An area's rows of scores.csv, each ending with a line break.
fn csv_rows(site: &Site, area: &Area) -> String {
    let mut out = String::new();
    // Per assessment, the cells its rows share; per row, only its own.
    for a in area.assessments.iter() {
        let (period, date) = (a.period.to_string(), a.assessed_on.to_string());
        let shared = [
            area.slug.0.as_str(),
            &area.name,
            area.nation.map(Nation::key).unwrap_or(""),
            area.region.as_deref().unwrap_or(""),
            &period,
            &date,
        ];
        let mut start = String::new();
        for f in shared {
            csv_field(&mut start, f);
            start.push(',');
        }
        for p in site.pointers_of(a, 0) {
            let pa = a.pointers.get(&p.id);
            out.push_str(&start);
            csv_field(&mut out, &p.id.0);
            let score = pa.and_then(score::effective_score);
            let votes = pa.map_or(0, |pa| pa.votes.len());
            // Numbers need no quoting.
            let _ = write!(out, ",{},", p.number);
            if let Some(s) = score {
                let _ = write!(out, "{s}");
            }
            let _ = writeln!(out, ",{votes}");
        }
    }
    out
}

/// Whether a spreadsheet might run the cell as a formula: it starts with
/// `= + - @` (or their full-width forms), perhaps after spaces, tabs or line
/// breaks, or with a tab or carriage return; a plain number is safe.
fn formula_like(f: &str) -> bool {
    let number = {
        let digits = f.strip_prefix(['-', '+']).unwrap_or(f);
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
        !whole.is_empty() && [whole, fraction].iter().all(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
    };
    let first = f.trim_start().chars().next();
    !number
        && (f.starts_with(['\t', '\r'])
            || matches!(first, Some('=' | '+' | '-' | '@' | '\u{ff1d}' | '\u{ff0b}' | '\u{ff0d}' | '\u{ff20}')))
}

fn csv_field(out: &mut String, f: &str) {
    // content/data.md tells readers how these cells are written.
    let formula = formula_like(f);
    if f.contains([',', '"', '\n', '\r']) || formula {
        out.push('"');
        if formula {
            out.push('\'');
        }
        out.push_str(&f.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(f);
    }
}

/// A text in each language it is written in (`{"en": "…", "cy": "…"}`),
/// beside the default language's in the open data of a site in more than
/// one language: the field `NAME_by_language`, left out on a site in one.
struct ByLanguage<'a>(Vec<(&'a str, &'a str)>);

impl Serialize for ByLanguage<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (lang, text) in &self.0 {
            map.serialize_entry(lang, text)?;
        }
        map.end()
    }
}

/// A council's text in each language it is written in; `None` on a site in one language.
fn by_language<'a>(site: &'a Site, t: &'a Text) -> Option<ByLanguage<'a>> {
    let languages = &site.config.languages;
    (!t.langs.is_empty())
        .then(|| ByLanguage(t.langs.iter().map(|(l, t)| (languages[*l].as_str(), t.as_str())).collect()))
}

/// Words the site gives in each of its languages (`words(l)`); `None` on a site in one language.
fn in_each<'a>(site: &'a Site, words: impl Fn(usize) -> &'a str) -> Option<ByLanguage<'a>> {
    let languages = &site.config.languages;
    (languages.len() > 1)
        .then(|| ByLanguage(languages.iter().enumerate().map(|(l, n)| (n.as_str(), words(l))).collect()))
}

/// The labels of the scale's levels in each of the site's languages, by
/// the level's place in the scale: the theme's words for the usual scale,
/// the site's own labels otherwise. Empty on a site in one language.
pub fn level_labels(site: &Site, words: &[crate::messages::Messages]) -> Vec<Vec<String>> {
    let usual = site.config.has_usual_scale();
    match words.len() {
        0 | 1 => Vec::new(),
        _ => (words.iter())
            .map(|w| site.config.scale.iter().map(|l| super::level_label(site, usual, w, l.value).to_owned()).collect())
            .collect(),
    }
}

#[derive(Serialize)]
struct ScoreRow<'a> {
    area: &'a str,
    area_name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    area_name_by_language: Option<ByLanguage<'a>>,
    nation: Option<&'static str>,
    region: Option<&'a str>,
    period: String,
    assessed_on: String,
    pointer: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pointer_title_by_language: Option<ByLanguage<'a>>,
    pointer_number: u8,
    score: Option<Score>,
    /// The label of the score's level in each language.
    #[serde(skip_serializing_if = "Option::is_none")]
    score_label_by_language: Option<ByLanguage<'a>>,
    votes: usize,
    target: Option<Score>,
    confidence: Option<&'static str>,
    /// How many people with lived experience took part in the assessment
    /// (`None` when it does not say who took part).
    lived_experience: Option<u32>,
    peer_reviewed: bool,
    /// The version of the framework the assessment was made against: rows
    /// of different versions score different questions.
    framework: &'a str,
    licence: &'a str,
}

/// The name of the version of the framework `a` was read against.
fn framework_of<'a>(site: &'a Site, a: &Assessment) -> &'a str {
    match a.version.and_then(|v| site.versions.get(v)) {
        Some(v) => &v.name,
        None => &site.config.framework,
    }
}

/// The rows of scores.csv as JSON objects, one per line, with target,
/// confidence and the licence (the file stays a plain list of rows, so each
/// row carries it).
/// On a site in more than one language, each row also gives the area's
/// name, the pointer's title and the score's label in each
/// (`labels`: `level_labels`).
pub fn scores_json(site: &Site, labels: &[Vec<String>]) -> String {
    json_of(site, &|_, area| json_rows(site, area, labels).into())
}

/// scores.json, with each area's rows from `rows`.
fn json_of(site: &Site, rows: &dyn Fn(usize, &Area) -> Arc<str>) -> String {
    // Each area's rows first, so that the file is made in one piece of
    // memory of the size it takes (growing it as it goes touched twice as much).
    let rows: Vec<Arc<str>> = site.areas.iter().enumerate().map(|(ai, area)| rows(ai, area)).collect();
    let mut out = String::with_capacity(8 + rows.iter().map(|r| r.len() + 2).sum::<usize>());
    out.push_str("[\n");
    for rows in rows {
        if !rows.is_empty() {
            if out.len() > 2 {
                out.push_str(",\n");
            }
            out.push_str(&rows);
        }
    }
    out.push_str("\n]\n");
    out
}

/// An area's rows of scores.json, each on its own line, joined by commas.
fn json_rows(site: &Site, area: &Area, labels: &[Vec<String>]) -> String {
    let mut out: Vec<u8> = Vec::new();
    let level = |s: Score| site.config.scale.iter().position(|l| l.value == s).unwrap_or(0);
    for a in area.assessments.iter() {
        let framework = framework_of(site, a);
        for (pi, p) in site.pointers_of(a, 0).iter().enumerate() {
            let pa = a.pointers.get(&p.id);
            let score = pa.and_then(score::effective_score);
            let row = ScoreRow {
                area: &area.slug.0,
                area_name: &area.name,
                area_name_by_language: by_language(site, &area.name),
                nation: area.nation.map(Nation::key),
                region: area.region.as_deref(),
                period: a.period.to_string(),
                assessed_on: a.assessed_on.to_string(),
                pointer: &p.id.0,
                pointer_title_by_language: in_each(site, |l| &site.pointers_of(a, l)[pi].title),
                pointer_number: p.number,
                score,
                score_label_by_language: score
                    .filter(|_| !labels.is_empty())
                    .and_then(|s| in_each(site, |l| labels.get(l).map_or("", |ls| &ls[level(s)]))),
                votes: pa.map(|pa| pa.votes.len()).unwrap_or(0),
                target: pa.and_then(|pa| pa.target),
                confidence: pa.and_then(|pa| pa.confidence).map(Confidence::key),
                lived_experience: a.participants.as_ref().map(|_| score::lived_experience_count(a)),
                peer_reviewed: a.reviewed_by.is_some(),
                framework,
                licence: &site.config.licence,
            };
            if !out.is_empty() {
                out.extend_from_slice(b",\n");
            }
            out.extend_from_slice(b"  ");
            serde_json::to_writer(&mut out, &row).expect("rows serialize");
        }
    }
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

#[derive(Serialize)]
struct AssessmentFile<'a> {
    area: &'a str,
    area_name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    area_name_by_language: Option<ByLanguage<'a>>,
    kind: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind_by_language: Option<ByLanguage<'a>>,
    nation: Option<&'static str>,
    region: Option<&'a str>,
    contact: Option<&'a str>,
    period: String,
    assessed_on: String,
    next_review: Option<String>,
    status: &'static str,
    facilitator: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    facilitator_by_language: Option<ByLanguage<'a>>,
    /// The version of the framework it was read against (as `scores.json`).
    framework: &'a str,
    reviewed_by: Option<ReviewFile<'a>>,
    participants: Option<Vec<ParticipantFile<'a>>>,
    /// How many people with lived experience took part (`None`: not recorded).
    lived_experience: Option<u32>,
    peer_reviewed: bool,
    summary: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary_by_language: Option<ByLanguage<'a>>,
    stories: Vec<StoryFile<'a>>,
    pointers: Vec<PointerFile<'a>>,
    licence: &'a str,
}

#[derive(Serialize)]
struct StoryFile<'a> {
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    text_by_language: Option<ByLanguage<'a>>,
    from: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    from_by_language: Option<ByLanguage<'a>>,
    named: bool,
}

fn story_files<'a>(site: &'a Site, stories: &'a [Story]) -> Vec<StoryFile<'a>> {
    (stories.iter())
        .map(|s| StoryFile {
            text: &s.text.text,
            text_by_language: by_language(site, &s.text.text),
            from: &s.from,
            from_by_language: by_language(site, &s.from),
            named: s.named,
        })
        .collect()
}

#[derive(Serialize)]
struct ReviewFile<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    name_by_language: Option<ByLanguage<'a>>,
    on: Option<String>,
}

#[derive(Serialize)]
struct ParticipantFile<'a> {
    role: &'a str,
    count: u32,
}

#[derive(Serialize)]
struct PointerFile<'a> {
    pointer: &'a str,
    pointer_number: u8,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title_by_language: Option<ByLanguage<'a>>,
    score: Option<Score>,
    score_given: Option<Score>,
    votes: &'a [Score],
    target: Option<Score>,
    confidence: Option<&'static str>,
    strengths: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    strengths_by_language: Option<ByLanguage<'a>>,
    stories: Vec<StoryFile<'a>>,
    evidence: Vec<EvidenceFile<'a>>,
    next_steps: Vec<StepFile<'a>>,
}

#[derive(Serialize)]
struct EvidenceFile<'a> {
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    text_by_language: Option<ByLanguage<'a>>,
    link: Option<&'a str>,
    date: Option<String>,
}

#[derive(Serialize)]
struct StepFile<'a> {
    action: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    action_by_language: Option<ByLanguage<'a>>,
    owner: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    owner_by_language: Option<ByLanguage<'a>>,
    due: Option<String>,
    status: Option<&'static str>,
}

/// One whole assessment as published open data.
pub fn assessment_json(site: &Site, area: &Area, a: &Assessment) -> String {
    let pointers = site
        .pointers_of(a, 0)
        .iter()
        .enumerate()
        .map(|(pi, p)| {
            let pa = a.pointers.get(&p.id);
            let strengths = pa.and_then(|pa| pa.strengths.as_ref());
            PointerFile {
                pointer: &p.id.0,
                pointer_number: p.number,
                title: &p.title,
                title_by_language: in_each(site, |l| &site.pointers_of(a, l)[pi].title),
                score: pa.and_then(score::effective_score),
                score_given: pa.and_then(|pa| pa.score),
                votes: pa.map(|pa| pa.votes.as_slice()).unwrap_or(&[]),
                target: pa.and_then(|pa| pa.target),
                confidence: pa.and_then(|pa| pa.confidence).map(Confidence::key),
                strengths: strengths.map(|m| m.text.text.as_str()),
                strengths_by_language: strengths.and_then(|m| by_language(site, &m.text)),
                stories: pa.map(|pa| story_files(site, &pa.stories)).unwrap_or_default(),
                evidence: pa
                    .map(|pa| {
                        pa.evidence
                            .iter()
                            .map(|e| EvidenceFile {
                                text: &e.text,
                                text_by_language: by_language(site, &e.text),
                                link: e.link.as_deref(),
                                date: e.date.map(|d| d.to_string()),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                next_steps: pa
                    .map(|pa| {
                        pa.next_steps
                            .iter()
                            .map(|s| StepFile {
                                action: &s.action,
                                action_by_language: by_language(site, &s.action),
                                owner: s.owner.as_deref(),
                                owner_by_language: s.owner.as_ref().and_then(|o| by_language(site, o)),
                                due: s.due.map(|d| d.to_string()),
                                status: s.status.map(StepStatus::key),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            }
        })
        .collect();
    let file = AssessmentFile {
        area: &area.slug.0,
        area_name: &area.name,
        area_name_by_language: by_language(site, &area.name),
        kind: area.kind.as_deref(),
        kind_by_language: area.kind.as_ref().and_then(|k| by_language(site, k)),
        nation: area.nation.map(Nation::key),
        region: area.region.as_deref(),
        contact: area.contact.as_deref(),
        period: a.period.to_string(),
        assessed_on: a.assessed_on.to_string(),
        next_review: a.next_review.map(|d| d.to_string()),
        status: match a.status {
            Status::Published => "published",
            Status::Draft => "draft",
        },
        facilitator: a.facilitator.as_deref(),
        facilitator_by_language: a.facilitator.as_ref().and_then(|f| by_language(site, f)),
        framework: framework_of(site, a),
        reviewed_by: a.reviewed_by.as_ref().map(|r| ReviewFile {
            name: &r.name,
            name_by_language: by_language(site, &r.name),
            on: r.on.map(|d| d.to_string()),
        }),
        participants: a
            .participants
            .as_ref()
            .map(|ps| ps.iter().map(|p| ParticipantFile { role: &p.role, count: p.count }).collect()),
        lived_experience: a.participants.as_ref().map(|_| score::lived_experience_count(a)),
        peer_reviewed: a.reviewed_by.is_some(),
        summary: a.summary.as_ref().map(|m| m.text.text.as_str()),
        summary_by_language: a.summary.as_ref().and_then(|m| by_language(site, &m.text)),
        stories: story_files(site, &a.stories),
        pointers,
        licence: &site.config.licence,
    };
    let mut s = serde_json::to_string(&file).expect("assessments serialize");
    s.push('\n');
    s
}

/// The ids of the site's own pointers, then those of its other versions of
/// the framework that are not among them: what an assessment file and a row
/// of the data may give.
fn every_pointer_id(site: &Site) -> Vec<&str> {
    let mut ids: Vec<&str> = site.pointers.iter().map(|p| p.id.0.as_str()).collect();
    for p in site.versions.iter().flat_map(|v| &v.pointers) {
        if !ids.contains(&p.id.0.as_str()) {
            ids.push(&p.id.0);
        }
    }
    ids
}

/// JSON Schema of an assessment file, for editors (yaml-language-server).
/// As strict as `check` wherever a schema can say it, and no stricter: an
/// editor must not flag what `aba check` accepts (an empty `target:` in a
/// fresh worksheet, one evidence item written without the list around it).
pub fn assessment_schema(site: &Site) -> String {
    use crate::check::{LINE_MAX, LINK_MAX, MAX_COUNT, NAME_MAX};
    let values: Vec<Value> = site.config.scale.iter().map(|l| json!(l.value)).chain([Value::Null]).collect();
    let ids = every_pointer_id(site);
    // The years are `check::YEARS`, 1990 to 2100.
    let date = json!({
        "type": "string", "format": "date",
        "pattern": "^\\s*(199[0-9]|20[0-9]{2}|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])\\s*$",
        "description": "A real date, YYYY-MM-DD, from 1990 to 2100"
    });
    // As `check::is_safe_link`: http(s) or mailto with something after it, or
    // a path of this site; no spaces or control characters.
    let link = json!({
        "type": "string",
        "pattern": "^\\s*(([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:)[^\\u0000-\\u0020\\u007f-\\u009f]+|/([^/\\u0000-\\u0020\\u007f-\\u009f][^\\u0000-\\u0020\\u007f-\\u009f]*)?)\\s*$",
        "maxLength": LINK_MAX,
        "description": "https://…, http://…, mailto:… or a path of this site starting with /"
    });
    // `check` reads numbers and true/false as text too, and an empty value as none.
    // On a site in more than one language, a council's text may be written
    // in each: `{ en: "…", cy: "…" }`, each text within the same limit.
    let languages = &site.config.languages;
    let each = |mut plain: Value| -> Value {
        if languages.len() < 2 {
            return plain;
        }
        let what = plain.as_object_mut().and_then(|o| o.remove("description"));
        let what = what.as_ref().and_then(Value::as_str).unwrap_or("Text");
        let mut one = json!({"type": ["string", "number", "boolean", "null"]});
        if let Some(max) = plain.get("maxLength") {
            one["maxLength"] = max.clone();
        }
        let by_language: serde_json::Map<String, Value> = languages.iter().map(|l| (l.clone(), one.clone())).collect();
        json!({"oneOf": [plain, {"type": "object", "additionalProperties": false, "minProperties": 1, "properties": by_language}],
               "description": format!("{what}, in one language or in each: {{ {}: …, {}: … }}", languages[0], languages[1])})
    };
    let name = json!({"type": ["string", "number", "boolean", "null"], "maxLength": NAME_MAX});
    let text = each(name.clone());
    let required = |max: usize| {
        each(
            json!({"type": ["string", "number", "boolean"], "pattern": "\\S", "maxLength": max, "description": "Not empty"}),
        )
    };
    let markdown = |what: &str| each(json!({"type": ["string", "number", "boolean", "null"], "description": what}));
    let level = json!({"enum": values, "description": "A value of the scale, or empty"});
    // A list, one item without the list around it, or nothing.
    let one_or_many = |def: &str| {
        let item = json!({"$ref": format!("#/$defs/{def}")});
        let line = each(json!({"type": "string", "maxLength": LINE_MAX}));
        json!({"oneOf": [
            {"type": "null"}, line, item,
            {"type": "array", "items": {"oneOf": [line, item]}}
        ]})
    };
    let evidence = json!({
        "type": "object", "additionalProperties": false, "required": ["text"],
        "properties": {"text": required(LINE_MAX), "link": link, "date": date}
    });
    let step = json!({
        "type": "object", "additionalProperties": false, "required": ["action"],
        "properties": {"action": required(LINE_MAX), "owner": text, "due": date,
                       "status": {"enum": StepStatus::ALL.map(StepStatus::key)}}
    });
    let story = json!({
        "type": "object", "additionalProperties": false, "required": ["text", "from", "consent"],
        "properties": {
            "text": markdown("Markdown: a short account or a quote"),
            "from": each(json!({"type": ["string", "number", "boolean"], "pattern": "\\S", "maxLength": NAME_MAX,
                     "description": "Who it is from, as a role (\"a family carer\"); a name only with named: true"})),
            "consent": {"const": true, "description": "The person agreed to it being published; required"},
            "named": {"type": ["boolean", "null"], "description": "The person agreed to be named in `from`"},
        }
    });
    let stories = json!({"type": ["array", "null"], "items": {"$ref": "#/$defs/story"}});
    let pointer = json!({
        "type": ["object", "null"], "additionalProperties": false,
        "properties": {
            "score": level, "target": level,
            "votes": {"type": ["array", "null"], "items": {"enum": values[..values.len() - 1]}},
            "confidence": {"enum": ["low", "medium", "high", null]},
            "strengths": markdown("Markdown: the assets this area builds on"),
            "stories": stories,
            "evidence": one_or_many("evidence"),
            "next_steps": one_or_many("next_step"),
        }
    });
    let pointers: serde_json::Map<String, Value> = ids.iter().map(|id| ((*id).to_owned(), pointer.clone())).collect();
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Asset-Based Area self-assessment",
        "description": "One self-assessment: assessments/SLUG/PERIOD.yaml",
        "type": "object", "additionalProperties": false, "required": ["assessed_on"],
        "$defs": {"evidence": evidence, "next_step": step, "story": story},
        "properties": {
            "assessed_on": date,
            "status": {"enum": ["published", "draft", null]},
            "facilitator": text,
            "framework": name,
            "reviewed_by": {"type": "object", "additionalProperties": false, "required": ["name"],
                            "properties": {"name": required(NAME_MAX), "on": date}},
            "participants": {"type": ["array", "null"], "items": {"type": "object", "additionalProperties": false,
                "required": ["role", "count"],
                "properties": {"role": {"enum": site.config.roles.iter().map(|r| r.key.as_str()).collect::<Vec<_>>()},
                               "count": {"type": "integer", "minimum": 0, "maximum": MAX_COUNT}}}},
            "summary": markdown("Markdown"),
            "stories": stories,
            "next_review": date,
            "pointers": {"type": ["object", "null"], "additionalProperties": false, "properties": pointers},
        }
    });
    let mut s = serde_json::to_string_pretty(&schema).expect("JSON values serialize");
    s.push('\n');
    s
}

const NETWORK: [&str; 4] =
    ["data/scores.csv", "data/scores.json", "data/assessment.schema.json", "data/datapackage.json"];

/// The network-wide open data files.
pub(super) fn network_addresses(_: &Renderer) -> Vec<Address> {
    NETWORK.iter().enumerate().map(|(i, path)| Address::item(*path, i)).collect()
}

pub(super) fn network_file<'a>(r: &Renderer<'a>, a: &Address) -> Made<'a> {
    let text = match a.item {
        // In `serve`, an unchanged area's rows are those of the build before.
        0 => csv_of(r.site, &|ai, area| r.fragment(0, ai, 0, || csv_rows(r.site, area))),
        1 => {
            // The labels are the theme's words, which an area's revision does not stand for.
            let labels = level_labels(r.site, &r.theme.messages);
            let also = {
                use std::hash::{Hash, Hasher};
                let mut h = std::hash::DefaultHasher::new();
                labels.hash(&mut h);
                h.finish() | 1
            };
            json_of(r.site, &|ai, area| r.fragment(1, ai, also, || json_rows(r.site, area, &labels)))
        }
        2 => assessment_schema(r.site),
        _ => datapackage(r.site),
    };
    Made::File(text.into_bytes())
}

/// Each assessment's own open data.
pub(super) fn assessment_addresses(r: &Renderer) -> Vec<Address> {
    let mut list = Vec::new();
    for (ai, area) in r.site.areas.iter().enumerate() {
        for (i, a) in area.assessments.iter().enumerate() {
            let file = format!("data/areas/{}/{}.json", area.slug, a.period);
            list.push(Address { area: Some(ai), ..Address::item(file, i) });
        }
    }
    list
}

pub(super) fn assessment_file<'a>(r: &Renderer<'a>, a: &Address) -> Made<'a> {
    let area = &r.site.areas[a.area.unwrap_or_default()];
    Made::File(assessment_json(r.site, area, &area.assessments[a.item]).into_bytes())
}

/// A Frictionless Data Package (version 1, tabular) describing scores.csv:
/// https://specs.frictionlessdata.io/data-package/
#[derive(Serialize)]
struct DataPackage<'a> {
    profile: &'static str,
    name: String,
    title: &'a str,
    description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    homepage: Option<String>,
    licenses: [License<'a>; 1],
    sources: [DataSource; 1],
    keywords: [&'static str; 4],
    resources: [DataResource<'a>; 1],
}

#[derive(Serialize)]
struct License<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'static str>,
    path: String,
    title: &'a str,
}

#[derive(Serialize)]
struct DataSource {
    title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<String>,
}

#[derive(Serialize)]
struct DataResource<'a> {
    profile: &'static str,
    name: &'static str,
    path: &'static str,
    title: &'static str,
    description: &'static str,
    format: &'static str,
    mediatype: &'static str,
    encoding: &'static str,
    licenses: [License<'a>; 1],
    schema: TableSchema,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct TableSchema {
    fields: Vec<Field>,
    primary_key: [&'static str; 3],
    missing_values: [&'static str; 1],
}

/// Well-known open licences, by the ways a site may write them in
/// `licence:` (compared ignoring case, spaces and punctuation): the Open
/// Definition id and the licence's own page.
const LICENCES: &[(&[&str], &str, &str)] = &[
    (
        &[
            "open government licence v3.0",
            "open government licence v3",
            "open government licence 3.0",
            "ogl-uk-3.0",
            "ogl v3.0",
        ],
        "OGL-UK-3.0",
        "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    ),
    (
        &[
            "cc-by-4.0",
            "cc by 4.0",
            "creative commons attribution 4.0",
            "creative commons attribution 4.0 international",
        ],
        "CC-BY-4.0",
        "https://creativecommons.org/licenses/by/4.0/",
    ),
    (
        &[
            "cc-by-sa-4.0",
            "cc by-sa 4.0",
            "creative commons attribution-sharealike 4.0",
            "creative commons attribution-sharealike 4.0 international",
        ],
        "CC-BY-SA-4.0",
        "https://creativecommons.org/licenses/by-sa/4.0/",
    ),
    (
        &["cc0-1.0", "cc0", "cc0 1.0", "creative commons zero"],
        "CC0-1.0",
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ),
    (&["odbl-1.0", "odbl", "open database license"], "ODbL-1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
    (
        &["odc-by-1.0", "odc-by", "open data commons attribution license"],
        "ODC-BY-1.0",
        "https://opendatacommons.org/licenses/by/1-0/",
    ),
    (
        &["pddl-1.0", "pddl", "public domain dedication and license"],
        "PDDL-1.0",
        "https://opendatacommons.org/licenses/pddl/1-0/",
    ),
];

/// The Open Definition id and address of a well-known licence, from the
/// text of `licence:` in site.yaml.
pub fn known_licence(text: &str) -> Option<(&'static str, &'static str)> {
    let squash =
        |s: &str| s.chars().filter(char::is_ascii_alphanumeric).flat_map(|c| c.to_lowercase()).collect::<String>();
    let wanted = squash(text);
    LICENCES.iter().find(|(names, _, _)| names.iter().any(|n| squash(n) == wanted)).map(|(_, id, path)| (*id, *path))
}

/// One column of a table schema.
#[derive(Serialize)]
struct Field {
    name: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    title: &'static str,
    description: String,
    #[serde(skip_serializing_if = "Value::is_null")]
    constraints: Value,
}

fn field(name: &'static str, kind: &'static str, title: &'static str, description: &str, constraints: Value) -> Field {
    Field { name, kind, title, description: description.to_owned(), constraints }
}

/// The columns of scores.csv, in order, with their types and the values
/// they may hold.
fn score_fields(site: &Site) -> Vec<Field> {
    let ids = every_pointer_id(site);
    let scale: Vec<Score> = site.config.scale.iter().map(|l| l.value).collect();
    let levels: Vec<String> = site.config.scale.iter().map(|l| format!("{} {}", l.value, l.label)).collect();
    let max_number = site.pointers.iter().map(|p| p.number).max().unwrap_or(1);
    vec![
        field(
            "area",
            "string",
            "Area",
            "The area's short name, as used in the web addresses of this site",
            json!({"required": true, "pattern": "[a-z0-9]+(-[a-z0-9]+)*"}),
        ),
        field("area_name", "string", "Area name", "The area's full name", json!({"required": true})),
        field(
            "nation",
            "string",
            "Nation",
            "The nation the area is in; empty when the area did not say",
            json!({"enum": Nation::ALL.map(Nation::key)}),
        ),
        field("region", "string", "Region", "The region the area is in; empty when the area did not say", Value::Null),
        field(
            "period",
            "string",
            "Period",
            "When the assessment was made: a year (2025) or a year and month (2025-03)",
            json!({"required": true, "pattern": "[0-9]{4}(-[0-9]{2})?"}),
        ),
        field("assessed_on", "date", "Assessed on", "The date of the assessment", json!({"required": true})),
        field("pointer", "string", "Pointer", "The pointer's short name", json!({"required": true, "enum": ids})),
        field(
            "pointer_number",
            "integer",
            "Pointer number",
            "The pointer's number, which sets the order of the pointers",
            json!({"required": true, "minimum": 1, "maximum": max_number}),
        ),
        field(
            "score",
            "integer",
            "Score",
            &format!(
                "The score on the scale ({}). Empty when the pointer was not assessed: that is not 0",
                levels.join(", ")
            ),
            json!({"enum": scale}),
        ),
        field(
            "votes",
            "integer",
            "Votes",
            "How many votes the workshop cast for this pointer; 0 when none were recorded",
            json!({"required": true, "minimum": 0}),
        ),
    ]
}

/// `data/datapackage.json`: what scores.csv holds, its columns and types,
/// its licence and where it comes from, for standard open data tools.
pub fn datapackage(site: &Site) -> String {
    let c = &site.config;
    let homepage = c.origin.as_ref().map(|o| format!("{o}{}", c.base_url));
    let licence = || {
        let (name, path) = match known_licence(&c.licence) {
            Some((id, path)) => (Some(id), path.to_owned()),
            // The site's data page states the licence.
            None => (None, homepage.as_ref().map_or_else(|| "index.html".to_owned(), |h| format!("{h}data/"))),
        };
        License { name, path, title: &c.licence }
    };
    let slug = crate::check::slugify(&c.title);
    let package = DataPackage {
        profile: "tabular-data-package",
        name: if slug.is_empty() { "aba-scores".to_owned() } else { format!("{slug}-scores") },
        title: &c.title,
        description: format!(
            "Self-assessments against the {} pointers for becoming an Asset-Based Area ({}): every area's score on each \
             pointer at each assessment. For learning from each other, not for ranking.",
            site.pointers.len(),
            c.framework
        ),
        homepage: homepage.clone(),
        licenses: [licence()],
        sources: [DataSource {
            title: format!("The self-assessments published by each area on {}", c.title),
            path: homepage.clone(),
        }],
        keywords: ["asset-based area", "self-assessment", "community capacity", "strengths-based"],
        resources: [DataResource {
            profile: "tabular-data-resource",
            name: "scores",
            path: "scores.csv",
            title: "Scores",
            description: "One row for each area, assessment and pointer",
            format: "csv",
            mediatype: "text/csv",
            encoding: "utf-8",
            licenses: [licence()],
            schema: TableSchema {
                fields: score_fields(site),
                primary_key: ["area", "period", "pointer"],
                missing_values: [""],
            },
        }],
    };
    let mut s = serde_json::to_string_pretty(&package).expect("the data package serializes");
    s.push('\n');
    s
}

/// Every HTML page but the 404 page; full addresses when the site's origin is known.
/// With more than one of `languages` (each one's code and folder, `""` for
/// the default), each address lists the same page in every language.
pub fn sitemap<'p>(
    origin: &str,
    base: &str,
    paths: impl Iterator<Item = &'p str>,
    languages: &[(&str, String)],
) -> String {
    let mut s = String::from(match languages.len() {
        0 | 1 => {
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        }
        _ => {
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        }
    });
    for path in paths {
        if let Some(dir) = path.strip_suffix("index.html") {
            let loc = super::markdown::escape(&format!("{origin}{base}{dir}"));
            if languages.len() < 2 {
                s.push_str(&format!("  <url><loc>{loc}</loc></url>\n"));
                continue;
            }
            let own = languages.iter().rev().find(|(_, folder)| dir.starts_with(folder.as_str()));
            let rest = own.map_or(dir, |(_, folder)| &dir[folder.len()..]);
            s.push_str(&format!("  <url><loc>{loc}</loc>"));
            for (lang, folder) in languages {
                let href = super::markdown::escape(&format!("{origin}{base}{folder}{rest}"));
                s.push_str(&format!("<xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{href}\"/>"));
            }
            s.push_str("</url>\n");
        }
    }
    s.push_str("</urlset>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::*;

    #[test]
    fn nothing_formula_like_reaches_a_spreadsheet_as_a_formula() {
        let field = |f: &str| {
            let mut out = String::new();
            csv_field(&mut out, f);
            out
        };
        for f in [
            "=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1", "\r\n=1", " =1", "\n@x", "＝1+1", "\tplain", "-",
            "-x",
        ] {
            let out = field(f);
            assert!(out.starts_with("\"'"), "{f:?} was written {out:?}");
        }
        for f in ["1", "-1", "+2.5", "0.75", "North West", "Ynys Môn", "a=b", "2024-03"] {
            assert!(!field(f).contains('\''), "{f:?} was written {:?}", field(f));
        }
    }

    fn keys(v: &Value) -> Vec<String> {
        let mut k: Vec<String> = v["properties"].as_object().expect("an object schema").keys().cloned().collect();
        k.sort();
        k
    }

    fn sorted(list: &[&str]) -> Vec<String> {
        let mut k: Vec<String> = list.iter().map(|s| (*s).to_owned()).collect();
        k.sort();
        k
    }

    #[test]
    fn every_date_in_the_schema_must_be_a_real_date() {
        let mut diags = crate::diagnostic::Diagnostics::default();
        let sources =
            crate::load::Sources { pointers: crate::load::built_in_pointers(&mut diags), ..Default::default() };
        let site = check(&sources, false, &mut diags);
        let text = assessment_schema(&site);
        let schema: Value = serde_json::from_str(&text).unwrap();
        let pointer = &schema["properties"]["pointers"]["properties"]["living-map"];
        for date in [
            &schema["properties"]["assessed_on"],
            &schema["properties"]["reviewed_by"]["properties"]["on"],
            &schema["$defs"]["evidence"]["properties"]["date"],
            &schema["$defs"]["next_step"]["properties"]["due"],
        ] {
            assert_eq!(date["format"], "date", "{date}");
            // The pattern's years are those `check` accepts.
            assert!(date["pattern"].as_str().unwrap().contains("(199[0-9]|20[0-9]{2}|2100)-"), "{date}");
        }
        assert_eq!(crate::check::YEARS, 1990..=2100);
        // What a fresh worksheet leaves empty, check accepts, and so does the schema.
        for key in ["score", "target"] {
            assert!(pointer["properties"][key]["enum"].as_array().unwrap().contains(&Value::Null));
        }
    }

    /// The schema is written by hand from the model; this keeps it from drifting from what check accepts.
    #[test]
    fn the_schema_names_exactly_the_keys_check_accepts() {
        let mut diags = crate::diagnostic::Diagnostics::default();
        let sources =
            crate::load::Sources { pointers: crate::load::built_in_pointers(&mut diags), ..Default::default() };
        let site = check(&sources, false, &mut diags);
        let schema: Value = serde_json::from_str(&assessment_schema(&site)).unwrap();
        assert_eq!(keys(&schema), sorted(ASSESSMENT_KEYS));
        assert_eq!(keys(&schema["properties"]["reviewed_by"]), sorted(REVIEW_KEYS));
        assert_eq!(keys(&schema["properties"]["participants"]["items"]), sorted(PARTICIPANT_KEYS));
        let pointers = &schema["properties"]["pointers"];
        let ids: Vec<&str> = site.pointers.iter().map(|p| p.id.0.as_str()).collect();
        assert_eq!(keys(pointers), sorted(&ids));
        let pointer = &pointers["properties"][ids[0]];
        assert_eq!(keys(pointer), sorted(POINTER_ASSESSMENT_KEYS));
        let item = |field: &str| {
            let name =
                pointer["properties"][field]["oneOf"][2]["$ref"].as_str().unwrap().trim_start_matches("#/$defs/");
            schema["$defs"][name].clone()
        };
        assert_eq!(keys(&item("evidence")), sorted(EVIDENCE_KEYS));
        assert_eq!(keys(&item("next_steps")), sorted(STEP_KEYS));
    }

    #[test]
    fn the_data_package_names_the_csv_columns_in_order() {
        let mut diags = crate::diagnostic::Diagnostics::default();
        let sources =
            crate::load::Sources { pointers: crate::load::built_in_pointers(&mut diags), ..Default::default() };
        let site = check(&sources, false, &mut diags);
        let package: Value = serde_json::from_str(&datapackage(&site)).unwrap();
        let names: Vec<&str> = package["resources"][0]["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, CSV_HEADER.split(',').collect::<Vec<_>>());
        assert_eq!(package["licenses"][0]["name"], "OGL-UK-3.0");
    }

    #[test]
    fn well_known_licences_are_recognised_however_they_are_written() {
        assert_eq!(known_licence("Open Government Licence v3.0").map(|l| l.0), Some("OGL-UK-3.0"));
        assert_eq!(known_licence("open government licence V3").map(|l| l.0), Some("OGL-UK-3.0"));
        assert_eq!(known_licence("CC BY 4.0").map(|l| l.0), Some("CC-BY-4.0"));
        assert_eq!(known_licence("cc-by-sa-4.0").map(|l| l.0), Some("CC-BY-SA-4.0"));
        assert_eq!(known_licence("Our own terms"), None);
    }
}
