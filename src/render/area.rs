//! The area page (latest and each period): the largest context, so it is
//! built from typed, borrowed structs that serialize straight into the
//! template engine's values.

use serde::Serialize;

use super::routes::Address;
use super::{Context, Made, Renderer, charts};
use crate::check::slugify;
use crate::model::*;
use crate::score::{self, Change};

/// Every assessment's page; the latest is also the area's own page.
pub(super) fn addresses(r: &Renderer) -> Vec<Address> {
    let mut list = Vec::new();
    for (ai, area) in r.site.areas.iter().enumerate() {
        let n = area.assessments.len();
        for (i, a) in area.assessments.iter().enumerate() {
            list.push(Address {
                lang: 0,
                file: format!("areas/{}/{}/index.html", area.slug, a.period),
                also: (i + 1 == n).then(|| format!("areas/{}/index.html", area.slug)),
                area: Some(ai),
                item: i,
            });
        }
    }
    list
}

/// Each assessment's summary for a committee.
pub(super) fn report_addresses(r: &Renderer) -> Vec<Address> {
    let mut list = addresses(r);
    for a in &mut list {
        a.file = a.file.replace("/index.html", "/report/index.html");
        a.also = None;
    }
    list
}

pub(super) fn make_report<'a>(r: &Renderer<'a>, a: &Address) -> Made<'a> {
    let ai = a.area.unwrap_or_default();
    Context::page(r.report_page(&r.site.areas[ai], a.item))
}

/// The summary for a committee: only what it prints.
#[derive(Serialize)]
pub struct ReportPage<'a> {
    area: ReportArea<'a>,
    assessment: ReportAssessment<'a>,
}

#[derive(Serialize)]
struct ReportArea<'a> {
    name: &'a str,
}

#[derive(Serialize)]
struct ReportAssessment<'a> {
    period_label: String,
    assessed_on: String,
    facilitator: Option<String>,
    reviewed_by: Option<Reviewer>,
    is_draft: bool,
    latest_url: String,
    summary: Option<String>,
    participants: Vec<ParticipantView>,
    participants_recorded: bool,
    participant_total: u32,
    lived_experience: bool,
    /// The other version of the framework it was made against, if it was.
    version: Option<VersionLink>,
    radar: String,
    pointers: Vec<ReportPointer<'a>>,
}

#[derive(Serialize)]
struct ReportPointer<'a> {
    number: u8,
    title: &'a str,
    score: Option<Score>,
    label: Option<&'a str>,
    target: Option<Score>,
    target_label: Option<&'a str>,
    confidence: Option<&'a str>,
    strengths: Option<String>,
    next_steps: Vec<StepView<'a>>,
}

pub(super) fn make<'a>(r: &Renderer<'a>, a: &Address) -> Made<'a> {
    let ai = a.area.unwrap_or_default();
    Context::page(r.area_page(ai, &r.site.areas[ai], a.item))
}

/// The page of each area with no assessment yet.
pub(super) fn empty_addresses(r: &Renderer) -> Vec<Address> {
    (r.site.areas.iter().enumerate())
        .filter(|(_, area)| area.assessments.is_empty())
        .map(|(ai, area)| Address { area: Some(ai), ..Address::one(format!("areas/{}/index.html", area.slug)) })
        .collect()
}

pub(super) fn make_empty<'a>(r: &Renderer<'a>, a: &Address) -> Made<'a> {
    Context::page(r.empty_area_page(&r.site.areas[a.area.unwrap_or_default()]))
}

/// A learn-from suggestion on an area's latest page.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Suggestion<'a> {
    /// Position of the pointer among the site's pointers.
    pointer: usize,
    area: &'a Area,
    score: Score,
    grounds: score::Grounds,
}

/// What `serve` judges a suggestion by: all that the page shows of the
/// other area (its name, address, place and kind), not the rest of it.
impl std::hash::Hash for Suggestion<'_> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        let a = self.area;
        (self.pointer, &a.name, &a.slug, &a.region, &a.kind, a.nation, self.score, &self.grounds).hash(h);
    }
}

/// The suggestions of areas to learn from on area `ai`'s latest page.
pub(super) fn suggestions<'a>(
    site: &'a Site,
    learn: &score::LearnIndex,
    ai: usize,
    established: Score,
) -> Vec<Suggestion<'a>> {
    // An assessment on another version of the framework asks other questions.
    let Some(latest) = site.areas[ai].assessments.last().filter(|a| a.version.is_none()) else { return vec![] };
    site.pointers
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            let pa = latest.pointers.get(&p.id);
            score::wants_to_learn(pa.and_then(score::effective_score), pa.and_then(|pa| pa.target), established)
        })
        .flat_map(|(pi, p)| {
            learn.learn_from(ai, &p.id, 3).into_iter().map(move |l| Suggestion {
                pointer: pi,
                area: &site.areas[l.index],
                score: l.score,
                grounds: l.grounds,
            })
        })
        .collect()
}

#[derive(Serialize)]
pub struct AreaHead<'a> {
    name: &'a str,
    slug: &'a str,
    /// HTML: a council's text (`Renderer::say`).
    kind: Option<String>,
    region: Option<&'a str>,
    region_url: Option<String>,
    nation: Option<&'a str>,
    nation_url: Option<String>,
    website: Option<&'a str>,
    /// A `mailto:` or web address, and how to show it.
    contact: Option<Contact<'a>>,
    url: String,
}

#[derive(Serialize)]
struct Contact<'a> {
    href: String,
    text: &'a str,
}

/// A story as pages show it.
#[derive(Serialize)]
pub struct StoryView<'a> {
    text: String,
    /// HTML: a council's text (`Renderer::say`), as are the other texts of areas below.
    from: String,
    /// The pointer it is about, when it is a pointer's story.
    pointer: Option<PointerRef<'a>>,
}

#[derive(Serialize)]
pub struct PointerRef<'a> {
    number: u8,
    title: &'a str,
    id: &'a str,
}

#[derive(Serialize)]
pub struct AreaPage<'a> {
    area: AreaHead<'a>,
    region_compare: Option<String>,
    assessment: Option<AssessmentView<'a>>,
    periods: Vec<PeriodLink>,
    history: Vec<HistoryRow<'a>>,
    history_periods: Vec<String>,
}

#[derive(Serialize)]
struct PeriodLink {
    label: String,
    url: String,
    current: bool,
}

#[derive(Serialize)]
struct AssessmentView<'a> {
    period: String,
    period_label: String,
    assessed_on: String,
    is_latest: bool,
    is_draft: bool,
    latest_url: String,
    json_url: String,
    facilitator: Option<String>,
    framework: Option<&'a str>,
    /// The other version of the framework it was made against, if it was.
    version: Option<VersionLink>,
    /// In words, where the area's assessments are on more than one version.
    version_notes: Vec<String>,
    reviewed_by: Option<Reviewer>,
    participants: Vec<ParticipantView>,
    participants_recorded: bool,
    participant_total: u32,
    lived_experience: bool,
    summary: Option<String>,
    /// The assessment's own stories, then each pointer's.
    stories: Vec<StoryView<'a>>,
    next_review: Option<String>,
    /// The summary's first words as plain text, for the page's description.
    summary_text: Option<String>,
    radar: String,
    has_targets: bool,
    pointers: Vec<PointerView<'a>>,
    previous: Option<PeriodLink>,
    not_assessed: Vec<&'a str>,
    stale_count: usize,
    overdue_count: usize,
    stale_after_months: u32,
}

#[derive(Serialize)]
pub(super) struct VersionLink {
    pub name: String,
    pub url: String,
}

#[derive(Serialize)]
struct Reviewer {
    name: String,
    on: Option<String>,
}

#[derive(Serialize)]
struct ParticipantView {
    role: String,
    count: u32,
}

#[derive(Serialize)]
struct PointerView<'a> {
    number: u8,
    id: &'a str,
    title: &'a str,
    summary: &'a str,
    url: String,
    score: Option<Score>,
    label: Option<&'a str>,
    level_text: Option<&'a str>,
    target: Option<Score>,
    target_label: Option<&'a str>,
    earlier_target: Option<EarlierTarget<'a>>,
    confidence: Option<&'a str>,
    votes: Option<Votes<'a>>,
    strengths: Option<String>,
    evidence: Vec<EvidenceView>,
    next_steps: Vec<StepView<'a>>,
    /// Some of the evidence is not written in this page's language.
    evidence_untranslated: bool,
    /// Some of the next steps are not written in this page's language.
    steps_untranslated: bool,
    earlier_steps: Vec<EarlierStep<'a>>,
    change: Option<ChangeView>,
    learn_from: Vec<LearnView<'a>>,
}

#[derive(Serialize)]
struct EarlierTarget<'a> {
    target: Score,
    label: &'a str,
    period: String,
}

#[derive(Serialize)]
struct Votes<'a> {
    n: usize,
    counts: Vec<VoteCount<'a>>,
    median: Option<Score>,
    median_label: Option<&'a str>,
    divided: bool,
    given: bool,
    list: String,
}

#[derive(Serialize)]
struct VoteCount<'a> {
    value: Score,
    label: &'a str,
    count: usize,
    percent: usize,
}

#[derive(Serialize)]
pub struct EvidenceView {
    text: String,
    link: Option<String>,
    date: Option<String>,
    stale: bool,
}

#[derive(Serialize)]
struct StepView<'a> {
    action: String,
    owner: Option<String>,
    due: Option<String>,
    /// "March 2024": a step not done by the assessment says when it was due.
    due_month: Option<String>,
    status: Option<&'a str>,
    overdue: bool,
}

#[derive(Serialize)]
struct EarlierStep<'a> {
    action: String,
    status_then: Option<&'a str>,
    /// The status this assessment gives the same action, if it lists it again.
    status_now: Option<&'a str>,
}

#[derive(Serialize)]
struct ChangeView {
    dir: &'static str,
    text: String,
}

#[derive(Serialize)]
struct LearnView<'a> {
    name: &'a str,
    url: String,
    score: Score,
    label: &'a str,
    region: Option<&'a str>,
    /// Why it is suggested: "peer reviewed by …, 12 people with lived experience took part, evidence from 2025".
    why: String,
}

#[derive(Serialize)]
struct HistoryRow<'a> {
    number: u8,
    title: &'a str,
    id: &'a str,
    scores: Vec<Option<HistoryScore<'a>>>,
    spark: String,
}

#[derive(Serialize)]
struct HistoryScore<'a> {
    score: Score,
    label: &'a str,
}

impl<'a> Renderer<'a> {
    pub(super) fn area_head(&self, area: &'a Area) -> AreaHead<'a> {
        AreaHead {
            name: area.name.text_in(self.lang),
            slug: &area.slug.0,
            kind: area.kind.as_ref().map(|k| self.say(k)),
            region: area.region.as_deref().map(|x| self.words().region(x)),
            region_url: area.region.as_ref().map(|r| self.url(&format!("regions/{}/", slugify(r)))),
            nation: area.nation.map(|n| self.words().nation(n)),
            nation_url: area.nation.map(|n| self.url(&format!("regions/{}/", n.id()))),
            website: area.website.as_deref(),
            contact: area
                .contact
                .as_deref()
                .map(|c| Contact { href: self.link(c), text: c.strip_prefix("mailto:").unwrap_or(c) }),
            url: self.area_url(&area.slug),
        }
    }

    /// Stories as pages show them; `pointer` when they are a pointer's.
    pub(super) fn stories(&self, stories: &'a [Story], pointer: Option<&'a Pointer>) -> Vec<StoryView<'a>> {
        stories
            .iter()
            .map(|s| StoryView {
                text: self.md(&s.text),
                from: self.say(&s.from),
                pointer: pointer.map(|p| PointerRef { number: p.number, title: &p.title, id: &p.id.0 }),
            })
            .collect()
    }

    pub(super) fn evidence(&self, pa: &'a PointerAssessment, a: &Assessment) -> Vec<EvidenceView> {
        pa.evidence
            .iter()
            .map(|e| EvidenceView {
                text: self.say(&e.text),
                link: e.link.as_ref().map(|l| self.link(l)),
                date: e.date.map(|d| self.date(d)),
                stale: score::is_stale(e, a.assessed_on, self.site.config.stale_after_months),
            })
            .collect()
    }

    /// Assessment `i` of `area`, as its summary for a committee shows it.
    pub(super) fn report_page(&self, area: &'a Area, i: usize) -> ReportPage<'a> {
        let a = &area.assessments[i];
        let words = self.words();
        let own = self.site.pointers_of(a, self.lang);
        let scores: Vec<Option<Score>> = own.iter().map(|p| score::score_of(a, &p.id)).collect();
        let targets: Vec<Option<Score>> = own.iter().map(|p| a.pointers.get(&p.id).and_then(|pa| pa.target)).collect();
        let radar = self.radar_of(area, a, scores, targets);
        let pointers = own
            .iter()
            .map(|p| {
                let pa = a.pointers.get(&p.id);
                let s = pa.and_then(score::effective_score);
                let target = pa.and_then(|pa| pa.target);
                ReportPointer {
                    number: p.number,
                    title: &p.title,
                    score: s,
                    label: s.map(|s| self.label(s)),
                    target,
                    target_label: target.map(|t| self.label(t)),
                    confidence: pa.and_then(|pa| pa.confidence).map(|c| words.confidence(c)),
                    strengths: pa.and_then(|pa| pa.strengths.as_ref()).map(|m| self.md(m)),
                    next_steps: pa.map(|pa| self.steps(pa, a)).unwrap_or_default(),
                }
            })
            .collect();
        ReportPage {
            area: ReportArea { name: area.name.text_in(self.lang) },
            assessment: ReportAssessment {
                period_label: self.period(&a.period),
                assessed_on: self.date(a.assessed_on),
                facilitator: a.facilitator.as_ref().map(|f| self.say(f)),
                reviewed_by: self.reviewer(a),
                is_draft: a.status == Status::Draft,
                latest_url: self.area_url(&area.slug),
                summary: a.summary.as_ref().map(|m| self.md(m)),
                participants: self.participants(a),
                participants_recorded: a.participants.is_some(),
                participant_total: score::participant_total(a),
                lived_experience: score::has_lived_experience(a),
                version: self.version_link(a),
                radar,
                pointers,
            },
        }
    }

    /// Who reviewed an assessment, and when.
    fn reviewer(&self, a: &Assessment) -> Option<Reviewer> {
        a.reviewed_by.as_ref().map(|r| Reviewer { name: self.say(&r.name), on: r.on.map(|d| self.date(d)) })
    }

    /// Why an area is suggested, in words.
    pub(super) fn grounds(&self, g: &score::Grounds, other: &Area) -> String {
        use fluent_bundle::FluentValue;
        let words = self.words();
        let say = |id: &str, args: &[(&str, FluentValue)]| words.for_template(id, args).unwrap_or_default();
        let mut parts = Vec::new();
        match (&g.reviewed_by, g.confidence) {
            (Some(by), _) => parts.push(say("learn-why-reviewed", &[("by", by.text_in(self.lang).into())])),
            (None, Some(c)) => parts.push(say("learn-why-confidence", &[("confidence", words.confidence(c).into())])),
            (None, None) => {}
        }
        if g.lived_experience > 0 {
            parts.push(say("learn-why-lived", &[("count", g.lived_experience.into())]));
        }
        parts.push(say("learn-why-evidence", &[("year", g.evidence_year.to_string().into())]));
        if g.same_kind
            && let Some(kind) = &other.kind
        {
            parts.push(say("learn-why-kind", &[("kind", kind.text_in(self.lang).into())]));
        }
        match (g.near, other.region.as_deref(), other.nation) {
            (score::Near::SameRegion, Some(region), _) => {
                parts.push(say("learn-why-near", &[("place", region.into())]))
            }
            (score::Near::SameNation, _, Some(n)) => {
                parts.push(say("learn-why-near", &[("place", words.nation(n).into())]))
            }
            _ => {}
        }
        words.format("learn-why", &[("reasons", &parts.join(&words.text("list-separator")))])
    }

    /// An assessment's stories, then those of each pointer in order.
    pub(super) fn all_stories(&self, a: &'a Assessment) -> Vec<StoryView<'a>> {
        let mut out = self.stories(&a.stories, None);
        for p in self.site.pointers_of(a, self.lang) {
            if let Some(pa) = a.pointers.get(&p.id) {
                out.extend(self.stories(&pa.stories, Some(p)));
            }
        }
        out
    }

    fn participants(&self, a: &'a Assessment) -> Vec<ParticipantView> {
        let words = self.words();
        a.participants
            .iter()
            .flatten()
            .map(|p| ParticipantView { role: words.role_key(&self.site.config.roles, &p.role), count: p.count })
            .collect()
    }

    fn steps(&self, pa: &'a PointerAssessment, a: &Assessment) -> Vec<StepView<'a>> {
        let words = self.words();
        pa.next_steps
            .iter()
            .map(|st| StepView {
                action: self.say(&st.action),
                owner: st.owner.as_ref().map(|o| self.say(o)),
                due: st.due.map(|d| self.date(d)),
                due_month: st.due.map(|d| self.period(&Period { year: d.year, month: Some(d.month) })),
                status: st.status.map(|s| words.status(s)),
                overdue: score::is_overdue(st, a.assessed_on),
            })
            .collect()
    }

    /// The radar chart of an assessment's scores, and targets if it has any.
    fn radar_of(&self, area: &Area, a: &Assessment, scores: Vec<Option<Score>>, targets: Vec<Option<Score>>) -> String {
        let words = self.words();
        let (score_name, target_name) = (words.text("chart-radar-score"), words.text("chart-radar-target"));
        let mut series = vec![charts::Series { name: &score_name, values: scores, class: "score" }];
        if targets.iter().any(Option::is_some) {
            series.push(charts::Series { name: &target_name, values: targets, class: "target" });
        }
        let name = area.name.text_in(self.lang);
        let title = words.format("chart-radar", &[("area", name), ("period", &self.period(&a.period))]);
        let not_assessed = words.text("chart-not-assessed");
        match a.version {
            None => self.radar.draw("radar", &title, &not_assessed, &self.pointer_titles, &series),
            Some(_) => {
                let pointers = self.site.pointers_of(a, self.lang);
                let numbers: Vec<String> = pointers.iter().map(|p| p.number.to_string()).collect();
                let titles: Vec<String> = pointers.iter().map(|p| p.title.clone()).collect();
                let radar = charts::Radar::new(&numbers, self.site.config.max_score());
                radar.draw("radar", &title, &not_assessed, &titles, &series)
            }
        }
    }

    /// The other version of the framework `a` was made against, and its page.
    pub(super) fn version_link(&self, a: &Assessment) -> Option<VersionLink> {
        let v = self.site.versions.get(a.version?)?;
        Some(VersionLink {
            name: v.title.text_in(self.lang).to_owned(),
            url: self.url(&format!("frameworks/{}/", v.slug)),
        })
    }

    /// What an area's page says where its assessments are on more than one
    /// version of the framework: that `a` is shown on its own, or which of
    /// the area's other assessments are.
    fn version_notes(&self, area: &Area, a: &Assessment) -> Vec<String> {
        let words = self.words();
        let name = area.name.text_in(self.lang);
        let count = |v: Option<usize>| {
            v.and_then(|v| self.site.versions.get(v)).map_or(self.site.pointers.len(), |v| v.pointers.len())
        };
        if let Some(v) = a.version.and_then(|v| self.site.versions.get(v)) {
            let n = count(a.version).to_string();
            let args = [("area", name), ("version", v.title.text_in(self.lang)), ("count", &n)];
            return vec![words.format("area-version-this", &args)];
        }
        let mut notes = Vec::new();
        for (vi, v) in self.site.versions.iter().enumerate() {
            let periods: Vec<String> =
                (area.assessments.iter()).filter(|x| x.version == Some(vi)).map(|x| self.period(&x.period)).collect();
            if periods.is_empty() {
                continue;
            }
            let (n, many) = (count(Some(vi)).to_string(), periods.len());
            let periods = periods.join(&words.text("list-separator"));
            let args =
                [("area", name), ("version", v.title.text_in(self.lang)), ("count", n.as_str()), ("periods", &periods)];
            notes.push(words.count("area-version-changed", many, &args));
        }
        notes
    }

    /// The page of an area with no published assessment yet.
    pub(super) fn empty_area_page(&self, area: &'a Area) -> AreaPage<'a> {
        AreaPage {
            area: self.area_head(area),
            region_compare: None,
            assessment: None,
            periods: vec![],
            history: vec![],
            history_periods: vec![],
        }
    }

    /// The page of assessment `i` of area `ai`.
    pub(super) fn area_page(&self, ai: usize, area: &'a Area, i: usize) -> AreaPage<'a> {
        let a = &area.assessments[i];
        let is_latest = i + 1 == area.assessments.len();
        // Like with like: change and progress only among assessments on the
        // same version of the framework.
        let same: Vec<&Assessment> = area.assessments[..=i].iter().filter(|x| x.version == a.version).collect();
        let prev = same.len().checked_sub(2).map(|j| same[j]);
        let config = &self.site.config;
        let max = config.max_score();
        let own = self.site.pointers_of(a, self.lang);
        let version = a.version.and_then(|v| self.site.versions.get(v));
        let scores: Vec<Option<Score>> = own.iter().map(|p| score::score_of(a, &p.id)).collect();
        let targets: Vec<Option<Score>> = own.iter().map(|p| a.pointers.get(&p.id).and_then(|pa| pa.target)).collect();
        let has_targets = targets.iter().any(Option::is_some);
        let words = self.words();
        let radar = self.radar_of(area, a, scores.clone(), targets);
        let pointers = own
            .iter()
            .enumerate()
            .map(|(pi, p)| {
                let pa = a.pointers.get(&p.id);
                let s = pa.and_then(score::effective_score);
                let before = prev.and_then(|x| score::score_of(x, &p.id));
                let target = pa.and_then(|pa| pa.target);
                let earlier_target = prev.and_then(|x| x.pointers.get(&p.id)?.target).map(|t| EarlierTarget {
                    target: t,
                    label: self.label(t),
                    period: prev.map(|x| self.period(&x.period)).unwrap_or_default(),
                });
                let earlier_steps = prev
                    .and_then(|x| x.pointers.get(&p.id))
                    .map(|old| {
                        old.next_steps
                            .iter()
                            .map(|st| EarlierStep {
                                action: self.say(&st.action),
                                status_then: st.status.map(|s| words.status(s)),
                                status_now: pa
                                    .and_then(|pa| pa.next_steps.iter().find(|n| n.action.text == st.action.text))
                                    .and_then(|n| n.status)
                                    .map(|s| words.status(s)),
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                let learn_from = if is_latest {
                    self.suggestions[ai]
                        .iter()
                        .filter(|l| l.pointer == pi)
                        .map(|l| LearnView {
                            name: l.area.name.text_in(self.lang),
                            url: format!("{}#{}", self.area_url(&l.area.slug), p.id),
                            score: l.score,
                            label: self.label(l.score),
                            region: l.area.region.as_deref().map(|x| self.words().region(x)),
                            why: self.grounds(&l.grounds, l.area),
                        })
                        .collect()
                } else {
                    vec![]
                };
                PointerView {
                    number: p.number,
                    id: &p.id.0,
                    title: &p.title,
                    summary: &p.summary,
                    url: match version {
                        Some(v) => self.url(&format!("frameworks/{}/#{}", v.slug, p.id)),
                        None => self.pointer_url(&p.id),
                    },
                    score: s,
                    label: s.map(|s| self.label(s)),
                    level_text: s.and_then(|s| p.levels.get(&s)).map(String::as_str),
                    target,
                    target_label: target.map(|t| self.label(t)),
                    earlier_target,
                    confidence: pa.and_then(|pa| pa.confidence).map(|c| words.confidence(c)),
                    votes: pa.filter(|pa| !pa.votes.is_empty()).map(|pa| self.votes(pa)),
                    strengths: pa.and_then(|pa| pa.strengths.as_ref()).map(|m| self.md(m)),
                    evidence: pa.map(|pa| self.evidence(pa, a)).unwrap_or_default(),
                    next_steps: pa.map(|pa| self.steps(pa, a)).unwrap_or_default(),
                    evidence_untranslated: pa
                        .is_some_and(|pa| pa.evidence.iter().any(|e| self.shown_in_another(&e.text))),
                    steps_untranslated: pa.is_some_and(|pa| {
                        let mut texts = pa.next_steps.iter().flat_map(|s| std::iter::once(&s.action).chain(&s.owner));
                        texts.any(|t| self.shown_in_another(t))
                    }),
                    earlier_steps,
                    change: prev.and_then(|_| score::change(before, s)).map(|c| self.change_words(c, prev)),
                    learn_from,
                }
            })
            .collect();
        let history = own
            .iter()
            .map(|p| {
                let values: Vec<Option<Score>> = same.iter().map(|x| score::score_of(x, &p.id)).collect();
                HistoryRow {
                    number: p.number,
                    title: &p.title,
                    id: &p.id.0,
                    scores: values.iter().map(|v| v.map(|v| HistoryScore { score: v, label: self.label(v) })).collect(),
                    spark: charts::sparkline(&values, max),
                }
            })
            .collect();
        let not_assessed =
            own.iter().zip(&scores).filter(|(_, s)| s.is_none()).map(|(p, _)| p.title.as_str()).collect();
        let stale = a
            .pointers
            .values()
            .flat_map(|pa| &pa.evidence)
            .filter(|e| score::is_stale(e, a.assessed_on, config.stale_after_months))
            .count();
        let overdue =
            a.pointers.values().flat_map(|pa| &pa.next_steps).filter(|s| score::is_overdue(s, a.assessed_on)).count();
        AreaPage {
            area: self.area_head(area),
            region_compare: area.region.as_ref().map(|r| self.url(&format!("regions/{}/#compare", slugify(r)))),
            assessment: Some(AssessmentView {
                period: a.period.to_string(),
                period_label: self.period(&a.period),
                assessed_on: self.date(a.assessed_on),
                is_latest,
                is_draft: a.status == Status::Draft,
                latest_url: self.area_url(&area.slug),
                json_url: self.url(&format!("data/areas/{}/{}.json", area.slug, a.period)),
                facilitator: a.facilitator.as_ref().map(|f| self.say(f)),
                framework: a.framework.as_deref(),
                version: self.version_link(a),
                version_notes: self.version_notes(area, a),
                reviewed_by: self.reviewer(a),
                participants: self.participants(a),
                participants_recorded: a.participants.is_some(),
                participant_total: score::participant_total(a),
                lived_experience: score::has_lived_experience(a),
                summary: a.summary.as_ref().map(|m| self.md(m)),
                stories: self.all_stories(a),
                next_review: a.next_review.map(|d| self.date(d)),
                summary_text: a.summary.as_ref().map(|m| plain_text(m.text_in(self.lang), 200)),
                radar,
                has_targets,
                pointers,
                previous: prev.map(|p| PeriodLink {
                    label: self.period(&p.period),
                    url: self.period_url(&area.slug, &p.period),
                    current: false,
                }),
                not_assessed,
                stale_count: stale,
                overdue_count: overdue,
                stale_after_months: config.stale_after_months,
            }),
            periods: area
                .assessments
                .iter()
                .map(|x| PeriodLink {
                    label: self.period(&x.period),
                    url: self.period_url(&area.slug, &x.period),
                    current: x.period == a.period,
                })
                .collect(),
            history,
            history_periods: same.iter().map(|x| self.period(&x.period)).collect(),
        }
    }

    fn votes(&self, pa: &PointerAssessment) -> Votes<'a> {
        let n = pa.votes.len().max(1);
        let median = score::median_lower(&pa.votes);
        Votes {
            n: pa.votes.len(),
            counts: score::vote_counts(&pa.votes, &self.site.config.scale)
                .into_iter()
                .map(|(v, c)| VoteCount { value: v, label: self.label(v), count: c, percent: c * 100 / n })
                .collect(),
            median,
            median_label: median.map(|m| self.label(m)),
            divided: score::is_divided(&pa.votes),
            given: pa.score.is_some(),
            list: pa.votes.iter().map(u8::to_string).collect::<Vec<_>>().join(", "),
        }
    }

    fn change_words(&self, c: Change, prev: Option<&Assessment>) -> ChangeView {
        let since = prev.map(|p| self.period(&p.period)).unwrap_or_default();
        let words = self.words();
        let level = |s: Score| (self.label(s), s.to_string());
        let (dir, text) = match c {
            Change::Up { from, to } | Change::Down { from, to } => {
                let (dir, id) =
                    if matches!(c, Change::Up { .. }) { ("up", "change-up") } else { ("down", "change-down") };
                let ((from, fv), (to, tv)) = (level(from), level(to));
                let args = [("from", from), ("from-value", &fv), ("to", to), ("to-value", &tv), ("since", &since)];
                (dir, words.format(id, &args))
            }
            Change::Same(s) => {
                let (l, v) = level(s);
                ("same", words.format("change-same", &[("level", l), ("value", &v), ("since", &since)]))
            }
            Change::NewlyAssessed(_) => ("new", words.format("change-new", &[("since", &since)])),
            Change::NoLongerAssessed(p) => {
                let (l, v) = level(p);
                ("none", words.format("change-none", &[("level", l), ("value", &v), ("since", &since)]))
            }
        };
        ChangeView { dir, text }
    }
}

/// The text of Markdown without its markup, cut at a word to at most `max`
/// characters (with `…`): a page's description for search engines and links.
pub(super) fn plain_text(markdown: &str, max: usize) -> String {
    use pulldown_cmark::{Event, Parser, TagEnd};
    // Its words, one space between each, put together as they come: the
    // search's text is every text whole, and splitting it into words again
    // afterwards was most of this function's time.
    let mut text = String::with_capacity(markdown.len());
    let mut space = false;
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => push_words(&mut text, &mut space, &t),
            Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph | TagEnd::Item) => space = true,
            _ => {}
        }
    }
    // Cut only if all of it with a `…` would be more than `max` characters
    // (the test below for each word comes to that); there are no more
    // characters than bytes.
    if text.len() < max || text.chars().count() < max {
        return text;
    }
    // The characters so far are counted as they are added: counting them
    // again for each word made a long text's cost grow with its square.
    let mut out = String::with_capacity(text.len());
    let mut chars = 0;
    for w in text.split_whitespace() {
        let len = w.chars().count();
        if chars + len + 1 > max {
            out.push('…');
            break;
        }
        if !out.is_empty() {
            out.push(' ');
            chars += 1;
        }
        out.push_str(w);
        chars += len;
    }
    out
}

/// `t`'s words added to `out`, after one space where whitespace (`space`,
/// or in `t`) comes between words, none first. Whitespace is what
/// `char::is_whitespace` says it is; in ASCII, six characters.
fn push_words(out: &mut String, space: &mut bool, t: &str) {
    let mut add = |k: usize, word: &str| {
        // Every piece after the first comes after a whitespace character.
        *space |= k > 0;
        if !word.is_empty() {
            if *space && !out.is_empty() {
                out.push(' ');
            }
            *space = false;
            out.push_str(word);
        }
    };
    if t.is_ascii() {
        let mut at = 0;
        for (k, piece) in t.as_bytes().split(|c| matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')).enumerate() {
            add(k, &t[at..at + piece.len()]);
            at += piece.len() + 1;
        }
    } else {
        for (k, piece) in t.split(char::is_whitespace).enumerate() {
            add(k, piece);
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_description_is_the_summarys_plain_words_cut_at_a_word() {
        let md = "We are **proud** of [our map](/x/).\n\n- one\n- two";
        assert_eq!(super::plain_text(md, 200), "We are proud of our map. one two");
        assert_eq!(super::plain_text(md, 16), "We are proud of…");
    }

    #[test]
    fn plain_text_has_one_space_between_words_whatever_was_between_them() {
        // The text as it was made before, and split into words.
        let words = |md: &str| {
            use pulldown_cmark::{Event, TagEnd};
            let mut t = String::new();
            for e in pulldown_cmark::Parser::new(md) {
                match e {
                    Event::Text(s) | Event::Code(s) => t.push_str(&s),
                    Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph | TagEnd::Item) => t.push(' '),
                    _ => {}
                }
            }
            t.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        let ascii = " Plain\twords\u{b} and\u{c}more\r\n**strong**er `co  de`\n\n- one\n-  two\u{1f}x  \n\n";
        assert_eq!(super::plain_text(ascii, usize::MAX), words(ascii));
        assert_eq!(super::plain_text(ascii, usize::MAX), "Plain words and more stronger co de one two\u{1f}x");
        let md = "  Café\u{a0}and\u{2003}tea\t**strong**er\n\n- one\n-  two  \n\u{3000}ŵ `co  de`\u{85}end  ";
        assert_eq!(super::plain_text(md, usize::MAX), words(md));
        assert_eq!(super::plain_text(md, usize::MAX), "Café and tea stronger one two ŵ co de end");
        let all = super::plain_text(md, usize::MAX);
        let n = all.chars().count();
        assert_eq!(super::plain_text(md, n), all);
        assert_eq!(super::plain_text(md, n - 1), "Café and tea stronger one two ŵ co de…");
        assert_eq!(super::plain_text("Café", 4), "…");
    }
}
