//! An area: its `area.yaml` and its assessments.

use std::collections::{BTreeMap, BTreeSet};

use crate::load::Value;

use super::reader::*;
use super::*;
use crate::diagnostic::{Diagnostic, Diagnostics, Pos, nearest};
use crate::load::{AreaSource, Source, Spans};
use crate::score;

pub(super) const AREA_KEYS: &[&str] = &["name", "kind", "region", "nation", "website", "contact"];

/// The versions of the framework an assessment may be made against: the
/// site's own (`content/pointers/`) and the others it holds.
pub(super) struct Frameworks<'a> {
    own: (&'a [Pointer], BTreeSet<&'a str>),
    versions: Vec<(&'a Version, BTreeSet<&'a str>)>,
    /// Whether a version under `content/frameworks/` has errors and was
    /// left out: an assessment naming a version the site does not hold may
    /// name that one, and is then not judged against the site's own pointers.
    broken: bool,
}

impl<'a> Frameworks<'a> {
    pub(super) fn new(pointers: &'a [Pointer], versions: &'a [Version], broken: bool) -> Self {
        let ids = |ps: &'a [Pointer]| ps.iter().map(|p| p.id.0.as_str()).collect::<BTreeSet<_>>();
        Frameworks {
            own: (pointers, ids(pointers)),
            versions: versions.iter().map(|v| (v, ids(&v.pointers))).collect(),
            broken,
        }
    }

    /// Whether an assessment on framework `named` (read as version
    /// `version`) may be on a version left out for its errors: its pointers
    /// are then judged against none (the errors come first).
    fn unjudged(&self, named: Option<&str>, version: Option<usize>, config: &Config) -> bool {
        self.broken && version.is_none() && named.is_some_and(|f| f.trim() != config.framework.trim())
    }

    /// The pointers and their ids of version `v` (`None`: the site's own).
    fn of(&self, v: Option<usize>) -> (&'a [Pointer], &BTreeSet<&'a str>) {
        match v.and_then(|v| self.versions.get(v)) {
            Some((version, ids)) => (&version.pointers, ids),
            None => (self.own.0, &self.own.1),
        }
    }
}

pub(super) fn check_area(
    src: &AreaSource,
    config: &Config,
    frameworks: &Frameworks,
    diags: &mut Diagnostics,
) -> Option<Area> {
    if !is_slug(&src.folder) {
        diags.push(
            Diagnostic::error(
                &src.dir_file,
                Pos::UNKNOWN,
                format!("the folder name `{}` cannot be used in a web address", src.folder),
            )
            .with_hint(match slugify(&src.folder) {
                s if s.is_empty() => {
                    "rename the folder to lower-case letters a to z, digits and -, such as `millbrook`".into()
                }
                s => format!("rename the folder to lower-case letters a to z, digits and -: `{s}`"),
            }),
        );
        return None;
    }
    let mut area = Area {
        slug: AreaSlug(src.folder.clone()),
        name: Text::default(),
        kind: None,
        region: None,
        nation: None,
        website: None,
        contact: None,
        assessments: Default::default(),
        revision: Area::next_revision(),
        written: AreaFile::default(),
    };
    let mut assessments = Vec::new();
    match &src.area {
        Some(a) => {
            let mut r = Reader::new(a, diags);
            area.written =
                AreaFile { file: a.file.clone(), name: a.spans.value_pos("name"), region: a.spans.value_pos("region") };
            r.languages = &config.languages;
            if let Some(m) = r.mapping(&a.value, "", "area.yaml", AREA_KEYS) {
                area.name = r.required_words(m, "name", "", "area.yaml").unwrap_or_default();
                area.kind = r.words(m, "kind", "", NAME_MAX);
                area.region = r.line(m, "region", "", NAME_MAX);
                if let Some(region) = &area.region
                    && slugify(region).is_empty()
                {
                    r.error(
                        "region",
                        format!("the region {} has no letter or digit to make its page's address from", quoted(region)),
                    )
                    .hint = Some("give the region's name in words, such as North West".into());
                    area.name = Text::default();
                }
                if let Some(n) = r.text(m, "nation", "") {
                    area.nation = r.choice(&n, "nation", "a nation aba knows", &Nation::ALL, Nation::key);
                }
                if let Some(w) = r.line(m, "website", "", LINK_MAX) {
                    let w = w.trim();
                    let lower = w.to_ascii_lowercase();
                    let web = lower.starts_with("https://") || lower.starts_with("http://");
                    match link_problem(w) {
                        None if web => area.website = Some(w.to_owned()),
                        Some((message, hint)) if web || lower.starts_with("www.") => {
                            r.error("website", message).hint = Some(hint)
                        }
                        _ => {
                            r.error("website", format!("the website `{w}` is not a web address")).hint =
                                Some("start it with https://".into());
                        }
                    }
                }
                area.contact = r.line(m, "contact", "", LINK_MAX).and_then(|c| contact(&mut r, c.trim()));
            }
            r.warn_one_language();
        }
        None => {
            if !src.area_exists {
                diags.push(
                    Diagnostic::error(format!("{}area.yaml", src.dir_file), Pos::UNKNOWN, "this area has no area.yaml")
                        .with_hint(format!("create it with at least `name: …`, or run `aba new {}`", src.folder)),
                );
            }
        }
    }
    for (stem, source) in &src.periods {
        let file = format!("{}{stem}.yaml", src.dir_file);
        let Some(period) = Period::parse(stem) else {
            diags.push(
                Diagnostic::error(file, Pos::UNKNOWN, format!("`{stem}` is not a period"))
                    .with_hint("name assessment files by year (2018.yaml) or year and month (2018-03.yaml)"),
            );
            continue;
        };
        if !YEARS.contains(&period.year) {
            diags.push(
                Diagnostic::error(
                    file,
                    Pos::UNKNOWN,
                    format!("{} is not a year an assessment could be for", period.year),
                )
                .with_hint(format!(
                    "name the file by the year the assessment was made, from {} to {}",
                    YEARS.start(),
                    YEARS.end()
                )),
            );
            continue;
        }
        let Some(source) = source else { continue };
        if let Some(a) = check_assessment(source, period, config, frameworks, diags) {
            let pointers = match frameworks.unjudged(a.framework.as_deref(), a.version, config) {
                true => &[],
                false => frameworks.of(a.version).0,
            };
            warn_assessment(&a, &source.spans, config, pointers, diags);
            assessments.push(a);
        }
    }
    assessments.sort_by(|a, b| a.period.cmp(&b.period));
    for w in assessments.windows(2) {
        if w[0].period == w[1].period {
            diags.push(Diagnostic::error(
                &w[1].file,
                Pos::UNKNOWN,
                format!("there is already an assessment for {} in {}", w[1].period, w[0].file),
            ));
        }
    }
    assessments.dedup_by(|a, b| a.period == b.period);
    area.assessments = std::sync::Arc::new(assessments);
    (!area.name.is_empty()).then_some(area)
}

/// The note for a word that only looks like one of `words`, if it does.
fn lookalikes(word: &str, words: &[&str]) -> String {
    words.iter().map(|w| crate::diagnostic::lookalike_note(word, w)).collect()
}

/// An area's `contact`: an email address (written plain or as `mailto:`) or
/// a web page.
fn contact(r: &mut Reader, c: &str) -> Option<String> {
    let lower = c.to_ascii_lowercase();
    let plain_email =
        !c.contains([' ', '/', ':']) && c.split_once('@').is_some_and(|(a, d)| !a.is_empty() && d.contains('.'));
    let link = if plain_email { format!("mailto:{c}") } else { c.to_owned() };
    let web_or_mail = lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:");
    if (plain_email || web_or_mail) && is_safe_link(&link) {
        Some(link)
    } else {
        r.error("contact", format!("the contact `{c}` is not an email address or a web page")).hint =
            Some("give a shared address such as assessments@example.gov.uk, or a page starting with https://".into());
        None
    }
}

pub const STORY_KEYS: &[&str] = &["text", "from", "consent", "named"];

/// `stories:` of an assessment or of a pointer's answer. A story without
/// `consent: true` is refused: it is never published.
fn stories(r: &mut Reader, m: &crate::load::Mapping, path: &str) -> Vec<Story> {
    let mut out = Vec::new();
    let list_path = join(path, "stories");
    let Some(v) = m.get("stories") else { return out };
    for (i, item) in r.list(v, &list_path, "`stories`").iter().enumerate() {
        let p = item_path(&list_path, i);
        let Some(sm) = r.mapping(item, &p, "a story", STORY_KEYS) else { continue };
        let text = r.markdown(sm, "text", &p);
        if text.is_none() {
            let pos = r.spans.pos(&p);
            r.error_at(pos, "this story has no `text`").hint = Some("add `text: …`, the account or quote".into());
        }
        let from = r.required_words(sm, "from", &p, "this story").map(|mut f| {
            f.text = f.text.trim().to_owned();
            f.langs.iter_mut().for_each(|(_, t)| *t = t.trim().to_owned());
            f
        });
        let flag = |r: &mut Reader, key: &str| match sm.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::Bool(b)) => Some(*b),
            Some(other) => {
                let k = kind_of(other);
                r.error(&join(&p, key), format!("`{key}` should be true or false, not {k}"));
                None
            }
        };
        let consent = flag(r, "consent");
        let named = flag(r, "named").unwrap_or(false);
        if consent != Some(true) {
            let pos =
                if sm.contains_key("consent") { r.spans.value_pos(&join(&p, "consent")) } else { r.spans.pos(&p) };
            let message = match consent {
                Some(false) => "this story is marked `consent: false`, so it cannot be published",
                _ => "this story has no `consent: true`, so it cannot be published",
            };
            r.error_at(pos, message).hint = Some(
                "add `consent: true` once the person it is from has agreed to it being published; \
                 without their agreement, take the story out"
                    .into(),
            );
            continue;
        }
        if let Some(from) = &from
            && !named
            && looks_like_a_name(from)
        {
            let pos = r.spans.value_pos(&join(&p, "from"));
            r.diags
                .push(Diagnostic::warning(r.file, pos, format!("`from: {from}` looks like a person's name")).with_hint(
                "say who it is from as a role (\"a family carer\"), or add `named: true` if they agreed to be named",
            ));
        }
        if let (Some(text), Some(from)) = (text, from) {
            out.push(Story { text, from, named });
        }
    }
    out
}

/// Every word starts with a capital letter, as names do ("Maria Lopez"),
/// and roles seldom ("a family carer", "Carer, Millbrook").
fn looks_like_a_name(from: &str) -> bool {
    let words: Vec<&str> = from.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        })
}

/// The years an assessment's period may be in.
pub const YEARS: std::ops::RangeInclusive<u16> = 1990..=2100;
/// The most people one participant group may count, and all groups together.
pub const MAX_COUNT: u32 = 100_000;
pub const MAX_PARTICIPANTS: u64 = 1_000_000;

/// Whether an assessment made on `date` can be for `period`: no more than a
/// year apart. For a year (`2018.yaml`), made in that year or the years either
/// side; for a month (`2018-03.yaml`), within twelve months of it either way.
pub fn period_fits(period: &Period, date: Date) -> bool {
    match period.month {
        None => date.year.abs_diff(period.year) <= 1,
        Some(m) => {
            let months = |y: u16, m: u8| i32::from(y) * 12 + i32::from(m);
            (months(date.year, date.month) - months(period.year, m)).abs() <= 12
        }
    }
}

pub const REVIEW_KEYS: &[&str] = &["name", "on"];
pub const PARTICIPANT_KEYS: &[&str] = &["role", "count"];
pub const EVIDENCE_KEYS: &[&str] = &["text", "link", "date"];
pub const STEP_KEYS: &[&str] = &["action", "owner", "due", "status"];
pub const ASSESSMENT_KEYS: &[&str] = &[
    "assessed_on",
    "status",
    "facilitator",
    "framework",
    "reviewed_by",
    "participants",
    "summary",
    "stories",
    "next_review",
    "pointers",
];
pub const POINTER_ASSESSMENT_KEYS: &[&str] =
    &["score", "votes", "target", "confidence", "strengths", "stories", "evidence", "next_steps"];

pub(super) fn check_assessment(
    src: &Source,
    period: Period,
    config: &Config,
    frameworks: &Frameworks,
    diags: &mut Diagnostics,
) -> Option<Assessment> {
    let mut r = Reader::new(src, diags);
    r.languages = &config.languages;
    let m = r.mapping(&src.value, "", "an assessment", ASSESSMENT_KEYS)?;
    let assessed_on = match m.get("assessed_on") {
        Some(_) => r.date(m, "assessed_on", "").filter(|d| {
            let fits = period_fits(&period, *d);
            if !fits {
                let name = d.year.to_string() + &period.month.map(|_| format!("-{:02}", d.month)).unwrap_or_default();
                let (label, hint) = (period.label(), "if the file name is right, correct `assessed_on`");
                let message = format!(
                    "this assessment was made on {d}, more than a year from {label}, the period its file name gives"
                );
                r.error("assessed_on", message).hint =
                    Some(format!("if the date is right, rename the file to {name}.yaml; {hint}"));
            }
            fits
        }),
        None => {
            r.error_at(Pos::new(1, 1), "this assessment has no `assessed_on` date").hint =
                Some("add a line such as `assessed_on: 2018-03-31`".into());
            None
        }
    };
    let status = match r.text(m, "status", "").as_deref() {
        None | Some("published") => Status::Published,
        Some("draft") => Status::Draft,
        Some(other) => {
            r.error("status", format!("{} is not a status", quoted(other))).hint =
                Some(format!("use `published` or `draft`{}", lookalikes(other, &["published", "draft"])));
            Status::Published
        }
    };
    let facilitator = r.words(m, "facilitator", "", NAME_MAX);
    let framework = r.line(m, "framework", "", NAME_MAX);
    let mut version = None;
    // Named a version that may be one of those with errors: its pointers
    // are not judged against the site's own (the errors come first).
    let mut unjudged = false;
    if let Some(f) = &framework
        && f.trim() != config.framework.trim()
    {
        version = frameworks.versions.iter().position(|(v, _)| v.name == f.trim());
        if frameworks.unjudged(Some(f), version, config) {
            unjudged = true;
            let pos = r.spans.value_pos("framework");
            r.diags.push(
                Diagnostic::warning(
                    r.file,
                    pos,
                    format!("this assessment used the framework `{f}`, and a version of the framework under content/frameworks/ has errors"),
                )
                .with_hint("fix the errors in content/frameworks/ first: this assessment is read against that version once it has none"),
            );
        } else if version.is_none() {
            let pos = r.spans.value_pos("framework");
            let held = std::iter::once(format!("`{}` (content/pointers/)", config.framework))
                .chain(frameworks.versions.iter().map(|(v, _)| format!("`{}` ({})", v.name, v.file)))
                .collect::<Vec<_>>()
                .join(", ");
            r.diags.push(
                Diagnostic::warning(
                    r.file,
                    pos,
                    format!("this assessment used the framework `{f}`, which this site does not hold"),
                )
                .with_hint(format!(
                    "the site holds {held}; give one of these names, or add the version under \
                     content/frameworks/; until then its scores are read against `{}`",
                    config.framework
                )),
            );
        }
    }
    let (_, ids) = frameworks.of(version);
    let reviewed_by = m.get("reviewed_by").and_then(|v| {
        let rm = r.mapping(v, "reviewed_by", "`reviewed_by`", REVIEW_KEYS)?;
        let name = r.required_words(rm, "name", "reviewed_by", "`reviewed_by`")?;
        let on = r.date(rm, "on", "reviewed_by");
        Some(Review { name, on })
    });
    let participants = m.get("participants").map(|v| {
        let mut out: Vec<Participant> = Vec::new();
        for (i, item) in r.list(v, "participants", "`participants`").iter().enumerate() {
            let path = item_path("participants", i);
            let Some(pm) = r.mapping(item, &path, "a participant group", PARTICIPANT_KEYS) else {
                continue;
            };
            let role = r.required_text(pm, "role", &path, "this participant group").and_then(|s| {
                let i = r.choice_of(
                    &s,
                    &join(&path, "role"),
                    "a participant role",
                    config.roles.iter().map(|x| x.key.as_str()),
                )?;
                Some(&config.roles[i])
            });
            let count = match pm.get("count") {
                Some(c) => r.int(c, &join(&path, "count"), "`count`").and_then(|n| match u32::try_from(n) {
                    Ok(n) if n <= MAX_COUNT => Some(n),
                    Ok(_) => {
                        r.error(
                            &join(&path, "count"),
                            format!(
                                "`count` is {n}: more than the {} people a group may count",
                                thousands(MAX_COUNT as usize)
                            ),
                        )
                        .hint = Some("count the people who took part in this assessment".into());
                        None
                    }
                    Err(_) => {
                        r.error(&join(&path, "count"), "`count` cannot be negative");
                        None
                    }
                }),
                None => {
                    r.error(&path, "this participant group has no `count`").hint =
                        Some("add `count: N`, how many took part".into());
                    None
                }
            };
            if let (Some(role), Some(count)) = (role, count) {
                out.push(Participant { role: role.key.clone(), lived_experience: role.lived_experience, count });
            }
        }
        if out.iter().map(|p| u64::from(p.count)).sum::<u64>() > MAX_PARTICIPANTS {
            r.error(
                "participants",
                format!("the groups count more than {} people in all", thousands(MAX_PARTICIPANTS as usize)),
            )
            .hint = Some("count the people who took part in this assessment".into());
            out.clear();
        }
        out
    });
    let summary = r.markdown(m, "summary", "");
    let stories = stories(&mut r, m, "");
    let next_review = r.date(m, "next_review", "");
    let mut pointers = BTreeMap::new();
    if let Some(v) = m.get("pointers") {
        if let Some(pm) = v.as_mapping() {
            for (k, pv) in pm {
                let Some(id) = k.as_str() else {
                    r.error("pointers", "a pointer id should be text");
                    continue;
                };
                let path = join("pointers", id);
                if !ids.contains(id) {
                    if unjudged {
                        continue;
                    }
                    let pos = r.spans.pos(&path);
                    let hint = match nearest(id, ids.iter().copied()) {
                        Some(n) => format!("did you mean \"{n}\"?{}", crate::diagnostic::lookalike_note(id, n)),
                        None => format!("the pointer ids are: {}", ids.iter().copied().collect::<Vec<_>>().join(", ")),
                    };
                    let of = match version {
                        Some(v) => format!(" in the version `{}`", frameworks.versions[v].0.name),
                        None => String::new(),
                    };
                    r.error_at(pos, format!("unknown pointer \"{id}\"{of}")).hint = Some(hint);
                    continue;
                }
                if let Some(pa) = check_pointer_assessment(&mut r, pv, &path, config) {
                    pointers.insert(PointerId(id.to_owned()), pa);
                }
            }
        } else if !v.is_null() {
            r.error("pointers", "`pointers` should list each pointer's id with its score under it");
        }
    }
    r.warn_one_language();
    Some(Assessment {
        period,
        file: src.file.clone(),
        assessed_on: assessed_on?,
        status,
        facilitator,
        framework,
        version,
        reviewed_by,
        participants,
        summary,
        stories,
        next_review,
        pointers,
    })
}

pub(super) fn check_pointer_assessment(
    r: &mut Reader,
    v: &Value,
    path: &str,
    config: &Config,
) -> Option<PointerAssessment> {
    if v.is_null() {
        return Some(PointerAssessment::default());
    }
    let m = r.mapping(v, path, "a pointer's assessment", POINTER_ASSESSMENT_KEYS)?;
    let score = m
        .get("score")
        .filter(|v| !v.is_null())
        .and_then(|v| r.scale_value(v, &join(path, "score"), "the score", config));
    let votes_path = join(path, "votes");
    let votes: Vec<Score> = match m.get("votes") {
        Some(v) => r
            .list(v, &votes_path, "`votes`")
            .iter()
            .enumerate()
            .filter_map(|(i, x)| r.scale_value(x, || item_path(&votes_path, i), "the vote", config))
            .collect(),
        None => vec![],
    };
    let target = m
        .get("target")
        .filter(|v| !v.is_null())
        .and_then(|v| r.scale_value(v, &join(path, "target"), "the target", config));
    let confidence = r.text(m, "confidence", path).and_then(|c| {
        let conf = Confidence::parse(&c);
        if conf.is_none() {
            r.error(&join(path, "confidence"), format!("{} is not a confidence level", quoted(&c))).hint =
                Some(format!("use low, medium or high{}", lookalikes(&c, &["low", "medium", "high"])));
        }
        conf
    });
    let strengths = r.markdown(m, "strengths", path);
    let stories = stories(r, m, path);
    let mut evidence = Vec::new();
    let ev_path = join(path, "evidence");
    if let Some(v) = m.get("evidence") {
        for (i, item) in r.one_or_many(v, &ev_path, "`evidence`").iter().enumerate() {
            let p = item_path(&ev_path, i);
            match item {
                Value::String(_) | Value::Mapping(_)
                    if !item.is_mapping() || r.is_in_languages(item, EVIDENCE_KEYS) =>
                {
                    if let Some(text) = r.texts(item, &p, "this evidence item", Some(LINE_MAX)) {
                        evidence.push(Evidence { text, link: None, date: None, link_at: Pos::UNKNOWN })
                    } else if blank(item) {
                        r.error(&p, "this evidence item is empty").hint =
                            Some("write what the evidence is, or delete the line".into());
                    }
                }
                Value::Mapping(_) => {
                    let Some(em) = r.mapping(item, &p, "an evidence item", EVIDENCE_KEYS) else {
                        continue;
                    };
                    let text = r.required_words(em, "text", &p, "this evidence item");
                    let link = r.link(em, "link", &p);
                    // Only a link to a page of this site is reported by where it is written.
                    let internal = link.as_deref().is_some_and(|l| l.starts_with('/') && !l.starts_with("//"));
                    let link_at = match internal {
                        true => r.spans.value_pos(&join(&p, "link")),
                        false => Pos::UNKNOWN,
                    };
                    let date = r.date(em, "date", &p);
                    if let Some(text) = text {
                        evidence.push(Evidence { text, link, date, link_at });
                    }
                }
                other => {
                    let k = kind_of(other);
                    r.error(&p, format!("an evidence item should be text or `text:`/`link:`/`date:`, not {k}"));
                }
            }
        }
    }
    let mut next_steps = Vec::new();
    let ns_path = join(path, "next_steps");
    if let Some(v) = m.get("next_steps") {
        for (i, item) in r.one_or_many(v, &ns_path, "`next_steps`").iter().enumerate() {
            let p = item_path(&ns_path, i);
            match item {
                Value::String(_) | Value::Mapping(_) if !item.is_mapping() || r.is_in_languages(item, STEP_KEYS) => {
                    if let Some(action) = r.texts(item, &p, "this next step", Some(LINE_MAX)) {
                        next_steps.push(NextStep { action, owner: None, due: None, status: None })
                    } else if blank(item) {
                        r.error(&p, "this next step is empty").hint =
                            Some("write what will be done, or delete the line".into());
                    }
                }
                Value::Mapping(_) => {
                    let Some(sm) = r.mapping(item, &p, "a next step", STEP_KEYS) else {
                        continue;
                    };
                    let action = r.required_words(sm, "action", &p, "this next step");
                    let owner = r.words(sm, "owner", &p, NAME_MAX);
                    let due = r.date(sm, "due", &p);
                    let status = r.text(sm, "status", &p).and_then(|s| {
                        r.choice(&s, &join(&p, "status"), "a next-step status", &StepStatus::ALL, StepStatus::key)
                    });
                    if let Some(action) = action {
                        next_steps.push(NextStep { action, owner, due, status });
                    }
                }
                other => {
                    let k = kind_of(other);
                    r.error(&p, format!("a next step should be text or `action:`/`owner:`/`due:`/`status:`, not {k}"));
                }
            }
        }
    }
    Some(PointerAssessment { score, votes, target, confidence, strengths, stories, evidence, next_steps })
}

/// Things worth knowing that do not stop a build.
pub(super) fn warn_assessment(
    a: &Assessment,
    spans: &Spans,
    config: &Config,
    pointers: &[Pointer],
    diags: &mut Diagnostics,
) {
    let spans_pos = |path: &str| spans.pos(path);
    let unassessed: Vec<&str> = pointers
        .iter()
        .filter(|p| a.pointers.get(&p.id).is_none_or(|pa| score::effective_score(pa).is_none()))
        .map(|p| p.id.0.as_str())
        .collect();
    if !unassessed.is_empty() {
        diags.push(
            Diagnostic::warning(&a.file, Pos::new(1, 1), format!("not assessed: {}", unassessed.join(", ")))
                .with_hint("give each pointer a `score` or `votes`, or leave it out on purpose"),
        );
    }
    if a.status == Status::Published && a.assessed_on > Date::today() {
        diags.push(
            Diagnostic::warning(
                &a.file,
                spans_pos("assessed_on"),
                format!("this assessment is dated {}, a day still to come", a.assessed_on),
            )
            .with_hint("give the date the group met: pages will show it as done, and as the area's latest"),
        );
    }
    match &a.participants {
        None => diags.push(
            Diagnostic::warning(&a.file, Pos::new(1, 1), "no participants are recorded")
                .with_hint("add a `participants:` list: who took part is part of the evidence"),
        ),
        Some(ps) if !ps.iter().any(|p| p.lived_experience && p.count > 0) => diags.push(
            Diagnostic::warning(&a.file, spans_pos("participants"), "no people with lived experience took part")
                .with_hint("the page will say so; invite people who use services to the next workshop"),
        ),
        _ => {}
    }
    for (id, pa) in &a.pointers {
        for (i, e) in pa.evidence.iter().enumerate() {
            if score::is_stale(e, a.assessed_on, config.stale_after_months) {
                let d = e.date.expect("stale evidence has a date");
                diags.push(Diagnostic::warning(
                    &a.file,
                    spans_pos(&format!("pointers.{id}.evidence[{i}]")),
                    format!(
                        "evidence dated {d} was more than {} months old when this assessment was made",
                        config.stale_after_months
                    ),
                ));
            }
        }
        for (i, s) in pa.next_steps.iter().enumerate() {
            if score::is_overdue(s, a.assessed_on) {
                let due = s.due.expect("an overdue step has a due date");
                diags.push(Diagnostic::warning(
                    &a.file,
                    spans_pos(&format!("pointers.{id}.next_steps[{i}]")),
                    format!("the next step \"{}\" was due on {due} and is not done", s.action),
                ));
            }
        }
    }
}
