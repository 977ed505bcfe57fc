//! Derived facts: scores from votes, change over time, spread, who to learn
//! from. Pure arithmetic over the model: no I/O, no HTML.

use std::collections::BTreeMap;

use crate::model::*;

/// The median of the votes; the lower middle value for an even count.
pub fn median_lower(votes: &[Score]) -> Option<Score> {
    if votes.is_empty() {
        return None;
    }
    let mut v = votes.to_vec();
    v.sort_unstable();
    Some(v[(v.len() - 1) / 2])
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
        let Some(latest) = area.assessments.last() else { continue };
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
pub fn spread_by_year(areas: &[&Area], pointer: &PointerId, scale: &[Level]) -> Vec<YearSpread> {
    let years: Vec<u16> = areas.iter().flat_map(|a| a.assessments.iter().map(|x| x.period.year)).collect();
    let (Some(&first), Some(&last)) = (years.iter().min(), years.iter().max()) else { return vec![] };
    (first..=last)
        .map(|year| {
            let scores: Vec<Score> = areas
                .iter()
                .filter_map(|a| a.assessments.iter().rev().find(|x| x.period.year <= year))
                .filter_map(|x| score_of(x, pointer))
                .collect();
            (year, vote_counts(&scores, scale))
        })
        .collect()
}

/// One suggestion: an area at a higher level on a pointer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearnFrom {
    /// The area's position in the list of standings (the site's areas).
    pub index: usize,
    pub area: AreaSlug,
    pub score: Score,
    pub period: Period,
}

/// What the learn-from choice needs to know about each area, computed once.
#[derive(Debug, Clone)]
pub struct Standing<'a> {
    pub slug: &'a AreaSlug,
    pub region: Option<&'a str>,
    pub nation: Option<Nation>,
    pub latest: Option<&'a Assessment>,
    /// Per pointer, the date of the latest assessment at which it moved up.
    pub moved_up_on: BTreeMap<&'a PointerId, Date>,
}

pub fn standing(area: &Area) -> Standing<'_> {
    let mut moved_up_on = BTreeMap::new();
    for w in area.assessments.windows(2) {
        for (id, pa) in &w[1].pointers {
            if let (Some(before), Some(now)) = (score_of(&w[0], id), effective_score(pa))
                && now > before
            {
                moved_up_on.insert(id, w[1].assessed_on);
            }
        }
    }
    Standing {
        slug: &area.slug,
        region: area.region.as_deref(),
        nation: area.nation,
        latest: area.assessments.last(),
        moved_up_on,
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

/// Who to learn from on each pointer, prepared once for the whole network so
/// that each question is a single pass (near-linear in the number of areas).
pub struct LearnIndex<'a> {
    standings: &'a [Standing<'a>],
    /// Per pointer: areas assessed on it, by most recent move up, then higher
    /// score, then slug.
    ranked: BTreeMap<&'a PointerId, Vec<(usize, Score)>>,
}

impl<'a> LearnIndex<'a> {
    pub fn new(standings: &'a [Standing<'a>], pointers: &'a [Pointer]) -> Self {
        let ranked = pointers
            .iter()
            .map(|p| {
                let mut list: Vec<(usize, Score)> =
                    standings.iter().enumerate().filter_map(|(i, s)| Some((i, score_of(s.latest?, &p.id)?))).collect();
                list.sort_by(|&(a, sa), &(b, sb)| {
                    let (a, b) = (&standings[a], &standings[b]);
                    b.moved_up_on.get(&p.id).cmp(&a.moved_up_on.get(&p.id)).then(sb.cmp(&sa)).then(a.slug.cmp(b.slug))
                });
                (&p.id, list)
            })
            .collect();
        LearnIndex { standings, ranked }
    }

    /// Up to `limit` areas at a higher level than area `me` on `pointer`: same
    /// region first, then same nation, then the rest; within each, those that
    /// moved up most recently, then higher scores, then by slug. Deterministic.
    pub fn learn_from(&self, me: usize, pointer: &PointerId, limit: usize) -> Vec<LearnFrom> {
        let me = &self.standings[me];
        let my_score = me.latest.and_then(|a| score_of(a, pointer));
        let mut buckets: [Vec<LearnFrom>; 3] = Default::default();
        for &(i, score) in self.ranked.get(pointer).map(Vec::as_slice).unwrap_or(&[]) {
            let other = &self.standings[i];
            if other.slug == me.slug || my_score.is_some_and(|mine| score <= mine) {
                continue;
            }
            let bucket = if me.region.is_some() && other.region == me.region {
                0
            } else if me.nation.is_some() && other.nation == me.nation {
                1
            } else {
                2
            };
            if buckets[bucket].len() < limit {
                let period = other.latest.map(|a| a.period.clone()).expect("ranked areas have an assessment");
                buckets[bucket].push(LearnFrom { index: i, area: other.slug.clone(), score, period });
            }
            if buckets[0].len() == limit {
                break;
            }
        }
        buckets.into_iter().flatten().take(limit).collect()
    }
}

/// Who took part, in total.
pub fn participant_total(a: &Assessment) -> u32 {
    a.participants.iter().flatten().map(|p| p.count).sum()
}

pub fn has_lived_experience(a: &Assessment) -> bool {
    a.participants.iter().flatten().any(|p| p.role == Role::LivedExperience && p.count > 0)
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
            reviewed_by: None,
            participants: None,
            summary: None,
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
            assessments: std::sync::Arc::new(assessments),
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
            Evidence { text: String::new(), link: None, date: Some(date("2018-12-31")), link_at: Default::default() };
        let fresh = Evidence { date: Some(date("2019-01-01")), ..old.clone() };
        assert!(is_stale(&old, on, 18));
        assert!(!is_stale(&fresh, on, 18));
        let step = |due: &str, status| NextStep { action: String::new(), owner: None, due: Some(date(due)), status };
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
            file: String::new(),
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

    #[test]
    fn learn_from_prefers_region_then_nation_then_recent_movers() {
        let x = PointerId("x".into());
        let areas = [
            area("me", "North West", Nation::England, vec![assessment("2021", "2021-01-01", &[("x", 1)])]),
            area("far", "London", Nation::England, vec![assessment("2021", "2021-01-01", &[("x", 4)])]),
            area("near", "North West", Nation::England, vec![assessment("2021", "2021-01-01", &[("x", 2)])]),
            area("wales", "Wales", Nation::Wales, vec![assessment("2021", "2021-01-01", &[("x", 4)])]),
            area(
                "mover",
                "South East",
                Nation::England,
                vec![assessment("2020", "2020-01-01", &[("x", 2)]), assessment("2022", "2022-01-01", &[("x", 3)])],
            ),
            area("lower", "North West", Nation::England, vec![assessment("2021", "2021-01-01", &[("x", 1)])]),
            area("none", "North West", Nation::England, vec![]),
        ];
        let standings: Vec<Standing> = areas.iter().map(standing).collect();
        let pointers = vec![pointer("x")];
        let index = LearnIndex::new(&standings, &pointers);
        let got = index.learn_from(0, &x, 3);
        let slugs: Vec<&str> = got.iter().map(|l| l.area.0.as_str()).collect();
        assert_eq!(slugs, ["near", "mover", "far"]);
        assert_eq!(got[0].score, 2);
        let all = index.learn_from(0, &x, 10);
        let slugs: Vec<&str> = all.iter().map(|l| l.area.0.as_str()).collect();
        assert_eq!(
            slugs,
            ["near", "mover", "far", "wales"],
            "ties on region and movement go to the higher score, then the name"
        );
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
