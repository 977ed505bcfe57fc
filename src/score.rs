//! Derived facts: scores from votes, change over time, spread, who to learn
//! from. Pure arithmetic over the model: no I/O, no HTML.

use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};

use crate::model::*;

/// The median of the votes; the lower middle value for an even count.
pub fn median_lower(votes: &[Score]) -> Option<Score> {
    let k = votes.len().checked_sub(1)? / 2;
    // A group's votes are a few small numbers: sort a copy on the stack.
    let mut buf = [0; 64];
    match votes.len() <= buf.len() {
        true => {
            let v = &mut buf[..votes.len()];
            v.copy_from_slice(votes);
            Some(*v.select_nth_unstable(k).1)
        }
        false => Some(*votes.to_vec().select_nth_unstable(k).1),
    }
}

/// The score shown: the given `score`, else the median of the votes.
pub fn effective_score(pa: &PointerAssessment) -> Option<Score> {
    pa.score.or_else(|| median_lower(&pa.votes))
}

/// The votes span three or more levels: the group was divided.
pub fn is_divided(votes: &[Score]) -> bool {
    match (votes.iter().min(), votes.iter().max()) {
        (Some(lo), Some(hi)) => hi - lo >= 2,
        _ => false,
    }
}

/// How many votes went to each value of the scale.
pub fn vote_counts(votes: &[Score], scale: &[Level]) -> Vec<(Score, usize)> {
    scale.iter().map(|l| (l.value, votes.iter().filter(|v| **v == l.value).count())).collect()
}

/// Evidence dated more than `months` before the assessment.
pub fn is_stale(e: &Evidence, assessed_on: Date, months: u32) -> bool {
    e.date.is_some_and(|d| d.plus_months(months) < assessed_on)
}

/// A next step whose due date had passed by the assessment date and is not done or dropped.
/// Judged at the assessment date, not today, so that builds are reproducible.
pub fn is_overdue(s: &NextStep, assessed_on: Date) -> bool {
    s.due.is_some_and(|d| d < assessed_on) && s.status.is_none_or(StepStatus::is_open)
}

/// The score of `pointer` in an assessment, if assessed.
pub fn score_of(a: &Assessment, pointer: &PointerId) -> Option<Score> {
    a.pointers.get(pointer).and_then(effective_score)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Up {
        from: Score,
        to: Score,
    },
    Down {
        from: Score,
        to: Score,
    },
    Same(Score),
    /// Assessed now, not before (or the other way round).
    NewlyAssessed(Score),
    NoLongerAssessed(Score),
}

/// Change in one pointer between two assessments of an area.
pub fn change(previous: Option<Score>, now: Option<Score>) -> Option<Change> {
    match (previous, now) {
        (Some(p), Some(n)) if n > p => Some(Change::Up { from: p, to: n }),
        (Some(p), Some(n)) if n < p => Some(Change::Down { from: p, to: n }),
        (Some(_), Some(n)) => Some(Change::Same(n)),
        (None, Some(n)) => Some(Change::NewlyAssessed(n)),
        (Some(p), None) => Some(Change::NoLongerAssessed(p)),
        (None, None) => None,
    }
}

/// Where a set of areas stands on one pointer, by each area's latest assessment.
pub struct Levels<'a> {
    /// Every value of the scale, lowest first, with the areas at it (in the order given).
    pub at: Vec<(Score, Vec<&'a Area>)>,
    /// Areas whose latest assessment leaves the pointer out.
    pub not_assessed: Vec<&'a Area>,
}

impl Levels<'_> {
    /// Areas with an assessment, at a level or not.
    pub fn assessed_areas(&self) -> usize {
        self.at.iter().map(|(_, a)| a.len()).sum::<usize>() + self.not_assessed.len()
    }
}

pub fn by_level<'a>(areas: &[&'a Area], pointer: &PointerId, scale: &[Level]) -> Levels<'a> {
    let mut at: Vec<(Score, Vec<&'a Area>)> = scale.iter().map(|l| (l.value, Vec::new())).collect();
    let mut not_assessed = Vec::new();
    for area in areas {
        let Some(latest) = area.latest_own() else { continue };
        match score_of(latest, pointer) {
            Some(s) => {
                if let Some((_, list)) = at.iter_mut().find(|(v, _)| *v == s) {
                    list.push(*area);
                }
            }
            None => not_assessed.push(*area),
        }
    }
    Levels { at, not_assessed }
}

/// A year, and how many areas were at each level of the scale.
pub type YearSpread = (u16, Vec<(Score, usize)>);

/// How the areas stood on `pointer` at the end of each year: for every year
/// from the first assessment to the last, each area counts at the level of its
/// most recent assessment made by then (areas not yet assessed are left out).
/// Only assessments on the site's own framework count: another version's
/// pointers are not the same questions.
pub fn spread_by_year(areas: &[&Area], pointer: &PointerId, scale: &[Level]) -> Vec<YearSpread> {
    let parts: Vec<AreaYears> = areas.iter().map(|a| area_years(a, pointer)).collect();
    sum_years(&parts, scale)
}

/// One area's part in `spread_by_year` on a pointer, which depends on that
/// area alone (`serve` keeps it while the area is unchanged).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AreaYears {
    /// The years of its first and last assessments on the site's framework.
    span: Option<(u16, u16)>,
    /// Each of those with a score on the pointer: its year, the year of the
    /// next assessment (none: the last), and the score.
    stands: Vec<(u16, Option<u16>, Score)>,
}

/// An area's part in `spread_by_year` on `pointer`.
pub fn area_years(area: &Area, pointer: &PointerId) -> AreaYears {
    let mut own = area.assessments.iter().filter(|x| x.version.is_none()).peekable();
    let (mut span, mut stands) = (None::<(u16, u16)>, Vec::new());
    while let Some(x) = own.next() {
        let year = x.period.year;
        span = Some(span.map_or((year, year), |(a, b)| (a.min(year), b.max(year))));
        if let Some(s) = score_of(x, pointer) {
            // It stands until the year of the next assessment (assessments are oldest first).
            stands.push((year, own.peek().map(|next| next.period.year), s));
        }
    }
    AreaYears { span, stands }
}

/// `spread_by_year` from the areas' parts.
pub fn sum_years<P: std::borrow::Borrow<AreaYears>>(parts: &[P], scale: &[Level]) -> Vec<YearSpread> {
    let spans = parts.iter().filter_map(|p| p.borrow().span);
    let (Some(first), Some(last)) = (spans.clone().map(|s| s.0).min(), spans.map(|s| s.1).max()) else {
        return vec![];
    };
    // Per year, how many of the areas' latest assessments by then are at each level.
    let mut counts: Vec<Vec<usize>> = vec![vec![0; scale.len()]; usize::from(last - first) + 1];
    for &(from, until, s) in parts.iter().flat_map(|p| &p.borrow().stands) {
        for year in from..until.unwrap_or(last + 1) {
            let at = &mut counts[usize::from(year - first)];
            for (n, l) in at.iter_mut().zip(scale) {
                *n += usize::from(l.value == s);
            }
        }
    }
    let levels = |at: Vec<usize>| scale.iter().map(|l| l.value).zip(at).collect();
    (first..=last).zip(counts).map(|(year, at)| (year, levels(at))).collect()
}

/// One suggestion: an area further on with a pointer, whose assessment of it
/// can be trusted, with the grounds for suggesting it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearnFrom {
    /// The area's position among the site's areas.
    pub index: usize,
    pub area: AreaSlug,
    pub score: Score,
    pub period: Period,
    pub grounds: Grounds,
}

/// Why an area is suggested: what makes its assessment of the pointer
/// trustworthy, and what makes it like the area that is looking.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Grounds {
    /// Who checked it against the evidence.
    pub reviewed_by: Option<Text>,
    pub confidence: Option<Confidence>,
    /// How many people with lived experience took part (at least one).
    pub lived_experience: u32,
    /// The year of its newest dated evidence on the pointer, else of the assessment.
    pub evidence_year: u16,
    /// The same `kind` of area as the one looking.
    pub same_kind: bool,
    pub near: Near,
}

/// How close a suggested area is to the one looking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Near {
    SameRegion,
    SameNation,
    Elsewhere,
}

/// What the learn-from choice needs to know about each area, computed once.
#[derive(Debug, Clone)]
pub struct Standing<'a> {
    pub slug: &'a AreaSlug,
    pub kind: Option<&'a str>,
    pub region: Option<&'a str>,
    pub nation: Option<Nation>,
    pub latest: Option<&'a Assessment>,
}

pub fn standing(area: &Area) -> Standing<'_> {
    Standing {
        slug: &area.slug,
        kind: area.kind.as_deref(),
        region: area.region.as_deref(),
        nation: area.nation,
        latest: area.latest_own(),
    }
}

/// Whether an area should be shown others to learn from on this pointer:
/// below Established (3 on the default scale), or below its own target.
pub fn wants_to_learn(score: Option<Score>, target: Option<Score>, established: Score) -> bool {
    match score {
        None => true,
        Some(s) => s < established || target.is_some_and(|t| s < t),
    }
}

/// Whether an assessment's answer on a pointer can be suggested to others,
/// and its score if so: the assessment was co-produced (people with lived
/// experience took part), and its evidence has at least medium confidence
/// or was peer reviewed. A high score alone, or a rise, counts for nothing.
pub fn can_be_suggested(a: &Assessment, pointer: &PointerId) -> Option<Score> {
    let pa = a.pointers.get(pointer)?;
    let score = effective_score(pa)?;
    let trusted = a.reviewed_by.is_some() || pa.confidence.is_some_and(|c| c >= Confidence::Medium);
    (has_lived_experience(a) && trusted).then_some(score)
}

/// What grounds an assessment's answer on a pointer (as if from elsewhere,
/// of another kind).
pub fn grounds(a: &Assessment, pointer: &PointerId) -> Grounds {
    let pa = a.pointers.get(pointer);
    let newest = pa.and_then(|pa| pa.evidence.iter().filter_map(|e| e.date).max());
    Grounds {
        reviewed_by: a.reviewed_by.as_ref().map(|r| r.name.clone()),
        confidence: pa.and_then(|pa| pa.confidence),
        lived_experience: lived_experience_count(a),
        evidence_year: newest.unwrap_or(a.assessed_on).year,
        same_kind: false,
        near: Near::Elsewhere,
    }
}

/// How well grounded an answer is, for putting the best grounded first:
/// peer reviewed, then the confidence in the evidence, then made with
/// people with lived experience.
pub fn grounding(g: &Grounds) -> (bool, Option<Confidence>, bool) {
    (g.reviewed_by.is_some(), g.confidence, g.lived_experience > 0)
}

/// Who to learn from on each pointer, prepared once for the whole network.
pub struct LearnIndex<'a> {
    standings: &'a [Standing<'a>],
    /// Per pointer, the areas that can be suggested on it, with their
    /// scores, highest first.
    candidates: BTreeMap<&'a PointerId, Vec<(usize, Score)>>,
    /// Per area, its region and its kind as numbers (the same number for
    /// names that differ only in case or spaces round them), to compare fast.
    region: Vec<Option<usize>>,
    kind: Vec<Option<usize>>,
    /// `serve`'s answers of the build before, and the fingerprint of all
    /// that every answer is worked out from but the looking area's own.
    memo: Option<(&'a LearnMemo<'a>, u64)>,
}

/// `LearnIndex::learn_from`'s answers kept between `serve`'s rebuilds, by
/// a key of all they are worked out from: most saves change no area that
/// can be suggested, and then only the saved area's own answers change.
pub struct LearnMemo<'b> {
    before: Option<&'b Learned>,
    now: std::sync::Mutex<Learned>,
}

/// `learn_from`'s answers, by the key of what they were worked out from.
pub type Learned = HashMap<u64, Vec<LearnFrom>>;

impl<'b> LearnMemo<'b> {
    /// A memo that reuses the answers `before` kept.
    pub fn after(before: Option<&'b Learned>) -> LearnMemo<'b> {
        LearnMemo { before, now: Default::default() }
    }

    /// The answers given in this build, for the next.
    pub fn kept(self) -> Learned {
        self.now.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Numbers names so that names alike (in case and spaces round them) share one.
fn number_names<'s>(names: impl Iterator<Item = Option<&'s str>>) -> Vec<Option<usize>> {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    names
        .map(|n| {
            let n = n?.trim().to_ascii_lowercase();
            let next = seen.len();
            Some(*seen.entry(n).or_insert(next))
        })
        .collect()
}

impl<'a> LearnIndex<'a> {
    pub fn new(standings: &'a [Standing<'a>], pointers: &'a [Pointer]) -> Self {
        let candidates = pointers
            .iter()
            .map(|p| {
                let mut list: Vec<(usize, Score)> = (standings.iter().enumerate())
                    .filter_map(|(i, s)| Some((i, can_be_suggested(s.latest?, &p.id)?)))
                    .collect();
                // Highest first, so that `learn_from` stops at the first not further on.
                list.sort_by_key(|(_, score)| std::cmp::Reverse(*score));
                (&p.id, list)
            })
            .collect();
        let region = number_names(standings.iter().map(|s| s.region));
        let kind = number_names(standings.iter().map(|s| s.kind));
        LearnIndex { standings, candidates, region, kind, memo: None }
    }

    /// The index, with answers kept in `memo` (and taken from it while all
    /// they are worked out from is unchanged).
    pub fn with_memo(mut self, memo: &'a LearnMemo<'a>) -> Self {
        let mut h = std::hash::DefaultHasher::new();
        for (pointer, list) in &self.candidates {
            (pointer, list.len()).hash(&mut h);
            for &(i, score) in list {
                let s = &self.standings[i];
                (i, score, s.slug, s.nation, self.region[i], self.kind[i]).hash(&mut h);
                s.latest.map(|l| (l.assessed_on, &l.period, grounds(l, pointer))).hash(&mut h);
            }
        }
        self.memo = Some((memo, h.finish()));
        self
    }

    /// Up to `limit` areas further on than area `me` with `pointer` that can
    /// be suggested: those most like it first (the same kind of area, then
    /// nearby: the same region, the same nation), then the most recent
    /// assessment, then by name. Never by score.
    pub fn learn_from(&self, me: usize, pointer: &PointerId, limit: usize) -> Vec<LearnFrom> {
        let Some((memo, network)) = self.memo else { return self.work_out(me, pointer, limit) };
        let mine = &self.standings[me];
        let my_score = mine.latest.and_then(|a| score_of(a, pointer));
        let mut h = std::hash::DefaultHasher::new();
        (network, me, self.region[me], self.kind[me], mine.nation, my_score, pointer, limit).hash(&mut h);
        let key = h.finish();
        let answer =
            memo.before.and_then(|b| b.get(&key)).cloned().unwrap_or_else(|| self.work_out(me, pointer, limit));
        memo.now.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(key, answer.clone());
        answer
    }

    fn work_out(&self, me: usize, pointer: &PointerId, limit: usize) -> Vec<LearnFrom> {
        let mine = &self.standings[me];
        let my_score = mine.latest.and_then(|a| score_of(a, pointer));
        let same = |names: &[Option<usize>], i: usize| names[me].is_some() && names[me] == names[i];
        // (order, area, score, how near, the same kind), best first.
        type Choice<'s> = ((u8, std::cmp::Reverse<Date>, &'s AreaSlug), usize, Score, Near, bool);
        let mut chosen: Vec<Choice> = Vec::new();
        // The order they are looked at in makes no difference: the key below
        // orders any two areas (their slugs differ).
        for &(i, score) in self.candidates.get(pointer).map(Vec::as_slice).unwrap_or(&[]) {
            if my_score.is_some_and(|m| score <= m) {
                break;
            }
            let other = &self.standings[i];
            if i == me {
                continue;
            }
            let Some(latest) = other.latest else { continue };
            let near = if same(&self.region, i) {
                Near::SameRegion
            } else if mine.nation.is_some() && mine.nation == other.nation {
                Near::SameNation
            } else {
                Near::Elsewhere
            };
            let same_kind = same(&self.kind, i);
            let key = (u8::from(!same_kind) + near as u8, std::cmp::Reverse(latest.assessed_on), other.slug);
            let at = chosen.partition_point(|c| c.0 < key);
            if at < limit {
                chosen.insert(at, (key, i, score, near, same_kind));
                chosen.truncate(limit);
            }
        }
        chosen
            .into_iter()
            .map(|(_, i, score, near, same_kind)| {
                let latest = self.standings[i].latest.expect("candidates have an assessment");
                LearnFrom {
                    index: i,
                    area: self.standings[i].slug.clone(),
                    score,
                    period: latest.period.clone(),
                    grounds: Grounds { same_kind, near, ..grounds(latest, pointer) },
                }
            })
            .collect()
    }
}

/// Who took part, in total.
pub fn participant_total(a: &Assessment) -> u32 {
    a.participants.iter().flatten().map(|p| p.count).sum()
}

/// How many people with lived experience took part.
pub fn lived_experience_count(a: &Assessment) -> u32 {
    a.participants.iter().flatten().filter(|p| p.lived_experience).map(|p| p.count).sum()
}

pub fn has_lived_experience(a: &Assessment) -> bool {
    a.participants.iter().flatten().any(|p| p.lived_experience && p.count > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn assessment(period: &str, on: &str, scores: &[(&str, Score)]) -> Assessment {
        Assessment {
            period: Period::parse(period).unwrap(),
            file: String::new(),
            assessed_on: date(on),
            status: Status::Published,
            facilitator: None,
            framework: None,
            version: None,
            reviewed_by: None,
            participants: None,
            summary: None,
            stories: vec![],
            next_review: None,
            pointers: scores
                .iter()
                .map(|(id, s)| (PointerId((*id).into()), PointerAssessment { score: Some(*s), ..Default::default() }))
                .collect(),
        }
    }

    fn area(slug: &str, region: &str, nation: Nation, assessments: Vec<Assessment>) -> Area {
        Area {
            slug: AreaSlug(slug.into()),
            name: slug.into(),
            kind: None,
            region: Some(region.into()),
            nation: Some(nation),
            website: None,
            contact: None,
            assessments: std::sync::Arc::new(assessments),
            revision: Area::next_revision(),
            written: Default::default(),
        }
    }

    #[test]
    fn median_takes_the_lower_middle() {
        assert_eq!(median_lower(&[1, 2, 3, 4]), Some(2));
        assert_eq!(median_lower(&[0, 4, 4]), Some(4));
        assert_eq!(median_lower(&[2, 3, 3, 4, 3]), Some(3));
        assert_eq!(median_lower(&[3]), Some(3));
        assert_eq!(median_lower(&[4, 0]), Some(0));
        assert_eq!(median_lower(&[]), None);
    }

    #[test]
    fn a_given_score_overrides_votes() {
        let mut pa = assessment("2020", "2020-01-01", &[("x", 1)]).pointers.into_values().next().unwrap();
        pa.votes = vec![3, 3, 3];
        assert_eq!(effective_score(&pa), Some(1));
        pa.score = None;
        assert_eq!(effective_score(&pa), Some(3));
    }

    #[test]
    fn divided_means_three_levels_or_more() {
        assert!(!is_divided(&[2, 3, 3]));
        assert!(is_divided(&[1, 2, 3]));
        assert!(is_divided(&[0, 4, 4]));
        assert!(!is_divided(&[4]));
        assert!(!is_divided(&[]));
    }

    #[test]
    fn change_in_words() {
        assert_eq!(change(Some(2), Some(3)), Some(Change::Up { from: 2, to: 3 }));
        assert_eq!(change(Some(3), Some(1)), Some(Change::Down { from: 3, to: 1 }));
        assert_eq!(change(Some(2), Some(2)), Some(Change::Same(2)));
        assert_eq!(change(None, Some(2)), Some(Change::NewlyAssessed(2)));
        assert_eq!(change(None, None), None);
    }

    #[test]
    fn stale_and_overdue_are_judged_at_the_assessment_date() {
        let on = date("2020-07-01");
        let old =
            Evidence { text: Text::default(), link: None, date: Some(date("2018-12-31")), link_at: Default::default() };
        let fresh = Evidence { date: Some(date("2019-01-01")), ..old.clone() };
        assert!(is_stale(&old, on, 18));
        assert!(!is_stale(&fresh, on, 18));
        let step = |due: &str, status| NextStep { action: Text::default(), owner: None, due: Some(date(due)), status };
        assert!(is_overdue(&step("2020-06-30", Some(StepStatus::Planned)), on));
        assert!(is_overdue(&step("2020-06-30", None), on));
        assert!(!is_overdue(&step("2020-06-30", Some(StepStatus::Done)), on));
        assert!(!is_overdue(&step("2020-06-30", Some(StepStatus::Dropped)), on));
        assert!(!is_overdue(&step("2020-07-01", Some(StepStatus::Planned)), on));
    }

    fn pointer(id: &str) -> Pointer {
        Pointer {
            id: PointerId(id.into()),
            number: 1,
            title: String::new(),
            summary: String::new(),
            questions: vec![],
            levels: BTreeMap::new(),
            next_steps: BTreeMap::new(),
            body: Markdown::default(),
            easy_read: vec![],
            easy_read_fallback: false,
            file: String::new(),
            fallback: false,
        }
    }

    #[test]
    fn spread_counts_latest_scores_per_level() {
        let x = PointerId("x".into());
        let areas: Vec<Area> = [vec![("x", 1)], vec![("x", 1)], vec![("x", 4)], vec![]]
            .into_iter()
            .enumerate()
            .map(|(i, scores)| {
                let earlier = assessment("2019", "2019-01-01", &[("x", 0)]);
                let latest = assessment("2020", "2020-01-01", &scores);
                area(&format!("a{i}"), "Wales", Nation::Wales, vec![earlier, latest])
            })
            .chain([area("none", "Wales", Nation::Wales, vec![])])
            .collect();
        let refs: Vec<&Area> = areas.iter().collect();
        let levels = by_level(&refs, &x, &crate::check::default_scale());
        let counts: Vec<(Score, usize)> = levels.at.iter().map(|(v, a)| (*v, a.len())).collect();
        assert_eq!(counts, vec![(0, 0), (1, 2), (2, 0), (3, 0), (4, 1)], "by the latest assessment, not the earlier 0");
        assert_eq!(levels.not_assessed.len(), 1);
        assert_eq!(levels.assessed_areas(), 4, "an area with no assessment at all is not counted");
    }

    /// An assessment of pointer `x` with who took part, the confidence and a peer review.
    fn answered(on: &str, score: Score, lived: u32, confidence: Option<Confidence>, reviewed: bool) -> Assessment {
        let mut a = assessment(&on[..4], on, &[("x", score)]);
        a.participants = Some(vec![
            Participant { role: "people with lived experience".into(), lived_experience: true, count: lived },
            Participant { role: "senior leaders".into(), lived_experience: false, count: 4 },
        ]);
        a.reviewed_by = reviewed.then(|| Review { name: Text::plain("Kestle Vale"), on: None });
        let pa = a.pointers.get_mut(&PointerId("x".into())).unwrap();
        pa.confidence = confidence;
        a
    }

    fn kind(mut a: Area, kind: &str) -> Area {
        a.kind = Some(kind.into());
        a
    }

    fn suggested(areas: &[Area], limit: usize) -> Vec<String> {
        let standings: Vec<Standing> = areas.iter().map(standing).collect();
        let pointers = vec![pointer("x")];
        let index = LearnIndex::new(&standings, &pointers);
        index.learn_from(0, &PointerId("x".into()), limit).into_iter().map(|l| l.area.0).collect()
    }

    const MED: Option<Confidence> = Some(Confidence::Medium);

    #[test]
    fn only_co_produced_assessments_are_suggested() {
        let me = area("me", "North West", Nation::England, vec![answered("2024-01-01", 1, 5, MED, false)]);
        let leaders_only =
            area("leaders", "North West", Nation::England, vec![answered("2024-01-01", 4, 0, MED, true)]);
        let mut unrecorded = answered("2024-01-01", 4, 0, MED, true);
        unrecorded.participants = None;
        let unrecorded = area("unrecorded", "North West", Nation::England, vec![unrecorded]);
        let with_people =
            area("with-people", "London", Nation::England, vec![answered("2024-01-01", 2, 1, MED, false)]);
        assert_eq!(suggested(&[me, leaders_only, unrecorded, with_people], 3), ["with-people"]);
    }

    #[test]
    fn evidence_needs_medium_confidence_or_a_peer_review() {
        let me = area("me", "North West", Nation::England, vec![answered("2024-01-01", 1, 5, MED, false)]);
        let low = area(
            "low",
            "North West",
            Nation::England,
            vec![answered("2024-01-01", 4, 9, Some(Confidence::Low), false)],
        );
        let unsaid = area("unsaid", "North West", Nation::England, vec![answered("2024-01-01", 4, 9, None, false)]);
        let low_reviewed = area(
            "low-reviewed",
            "North West",
            Nation::England,
            vec![answered("2024-01-01", 3, 9, Some(Confidence::Low), true)],
        );
        let high = area(
            "high",
            "North West",
            Nation::England,
            vec![answered("2024-01-01", 2, 9, Some(Confidence::High), false)],
        );
        let mut got = suggested(&[me, low, unsaid, low_reviewed, high], 5);
        got.sort();
        assert_eq!(got, ["high", "low-reviewed"]);
    }

    #[test]
    fn areas_of_the_same_kind_and_nearby_come_first_never_the_highest_score() {
        let me =
            kind(area("me", "North West", Nation::England, vec![answered("2024-01-01", 1, 5, MED, false)]), "County");
        // The highest score, and a recent rise, far away and of another kind.
        let star = kind(
            area(
                "star",
                "London",
                Nation::England,
                vec![answered("2022-01-01", 2, 5, MED, false), answered("2024-06-01", 4, 5, MED, true)],
            ),
            "Borough",
        );
        let near = kind(
            area("near", "North West", Nation::England, vec![answered("2023-01-01", 2, 5, MED, false)]),
            "Borough",
        );
        let like =
            kind(area("like", "South West", Nation::England, vec![answered("2023-01-01", 2, 5, MED, false)]), "county");
        let like_near = kind(
            area("like-near", "North West", Nation::England, vec![answered("2020-01-01", 2, 5, MED, false)]),
            "County",
        );
        let wales =
            kind(area("wales", "Wales", Nation::Wales, vec![answered("2024-01-01", 3, 5, MED, false)]), "County");
        let lower = kind(
            area("lower", "North West", Nation::England, vec![answered("2024-01-01", 1, 5, MED, false)]),
            "County",
        );
        let got = suggested(&[me, star, near, like, like_near, wales, lower], 10);
        assert_eq!(
            got,
            ["like-near", "like", "near", "star", "wales"],
            "same kind and region; then one of the two; then neither (newer first): the top score, \
             though it rose, comes after three lower ones; none at my level"
        );
        assert_eq!(suggested(&[area("me", "North West", Nation::England, vec![])], 3), Vec::<String>::new());
    }

    #[test]
    fn the_grounds_say_why() {
        let areas = [
            area("me", "North West", Nation::England, vec![answered("2024-01-01", 1, 5, MED, false)]),
            area(
                "other",
                "North West",
                Nation::England,
                vec![{
                    let mut t = answered("2025-03-01", 3, 12, Some(Confidence::High), true);
                    t.pointers.get_mut(&PointerId("x".into())).unwrap().evidence = vec![
                        Evidence {
                            text: "a".into(),
                            link: None,
                            link_at: Default::default(),
                            date: Some(date("2023-05-01")),
                        },
                        Evidence {
                            text: "b".into(),
                            link: None,
                            link_at: Default::default(),
                            date: Some(date("2024-11-01")),
                        },
                    ];
                    t
                }],
            ),
        ];
        let standings: Vec<Standing> = areas.iter().map(standing).collect();
        let pointers = vec![pointer("x")];
        let got = LearnIndex::new(&standings, &pointers).learn_from(0, &PointerId("x".into()), 3);
        let g = &got[0].grounds;
        assert_eq!(g.reviewed_by.as_deref(), Some("Kestle Vale"));
        assert_eq!((g.confidence, g.lived_experience, g.evidence_year), (Some(Confidence::High), 12, 2024));
        assert_eq!((g.near, g.same_kind), (Near::SameRegion, false));
    }

    #[test]
    fn spread_by_year_carries_each_area_forward_to_its_next_assessment() {
        let x = PointerId("x".into());
        let areas = [
            area(
                "a",
                "North West",
                Nation::England,
                vec![assessment("2020", "2020-03-01", &[("x", 1)]), assessment("2022", "2022-03-01", &[("x", 3)])],
            ),
            area("b", "Wales", Nation::Wales, vec![assessment("2021-06", "2021-06-01", &[("x", 2)])]),
            area("c", "Wales", Nation::Wales, vec![]),
        ];
        let refs: Vec<&Area> = areas.iter().collect();
        let got = spread_by_year(&refs, &x, &crate::check::default_scale());
        let years: Vec<u16> = got.iter().map(|(y, _)| *y).collect();
        assert_eq!(years, [2020, 2021, 2022]);
        assert_eq!(got[0].1, vec![(0, 0), (1, 1), (2, 0), (3, 0), (4, 0)], "2020: only a, at 1");
        assert_eq!(got[1].1, vec![(0, 0), (1, 1), (2, 1), (3, 0), (4, 0)], "2021: a still at 1, b at 2");
        assert_eq!(got[2].1, vec![(0, 0), (1, 0), (2, 1), (3, 1), (4, 0)], "2022: a moved up to 3");
        assert!(spread_by_year(&[], &x, &crate::check::default_scale()).is_empty());
    }

    #[test]
    fn learn_from_is_for_pointers_below_established_or_target() {
        assert!(wants_to_learn(Some(2), None, 3));
        assert!(!wants_to_learn(Some(3), None, 3));
        assert!(wants_to_learn(Some(3), Some(4), 3));
        assert!(wants_to_learn(None, None, 3));
    }
}
