//! The validated site: what `check` hands to `score` and `render`. Types only.

use std::collections::BTreeMap;
use std::fmt;

/// A pointer's stable key, `[a-z0-9-]+`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct PointerId(pub String);

/// An area's folder name, `[a-z0-9-]+`; safe to use as a path segment.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct AreaSlug(pub String);

/// A value of the scale (0..=4 with the default scale).
pub type Score = u8;

impl fmt::Display for PointerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for AreaSlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// A calendar date, checked to exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, refusing dates that do not exist.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year: u16 = s[0..4].parse().ok()?;
        let month: u8 = s[5..7].parse().ok()?;
        let day: u8 = s[8..10].parse().ok()?;
        if !s[0..4].bytes().all(|c| c.is_ascii_digit()) || !(1..=12).contains(&month) {
            return None;
        }
        (day >= 1 && day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// Today, by the computer's clock (UTC).
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
        let z = (secs / 86_400) as i64 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }

    /// The same day `months` later (the month's last day if it is shorter).
    pub fn plus_months(self, months: u32) -> Date {
        let total = u32::from(self.month) - 1 + months;
        let year = self.year.saturating_add((total / 12) as u16);
        let month = (total % 12) as u8 + 1;
        Date { year, month, day: self.day.min(days_in_month(year, month)) }
    }

    /// "31 March 2018", as GOV.UK writes dates.
    pub fn long(self) -> String {
        format!("{} {} {}", self.day, MONTHS[usize::from(self.month) - 1], self.year)
    }
}

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// An assessment's period: the file name, `YYYY` or `YYYY-MM`. Sorts in time order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub year: u16,
    pub month: Option<u8>,
}

impl Period {
    pub fn parse(s: &str) -> Option<Period> {
        let all_digits = |t: &str| !t.is_empty() && t.bytes().all(|c| c.is_ascii_digit());
        match s.split_once('-') {
            None if s.len() == 4 && all_digits(s) => Some(Period { year: s.parse().ok()?, month: None }),
            Some((y, m)) if y.len() == 4 && m.len() == 2 && all_digits(y) && all_digits(m) => {
                let month: u8 = m.parse().ok()?;
                (1..=12).contains(&month).then_some(Period { year: y.parse().ok()?, month: Some(month) })
            }
            _ => None,
        }
    }

    /// "2018" or "March 2018".
    pub fn label(&self) -> String {
        match self.month {
            None => self.year.to_string(),
            Some(m) => format!("{} {}", MONTHS[usize::from(m) - 1], self.year),
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.month {
            None => write!(f, "{:04}", self.year),
            Some(m) => write!(f, "{:04}-{m:02}", self.year),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Level {
    pub value: Score,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub title: String,
    /// Always starts and ends with `/`.
    pub base_url: String,
    /// `https://host` when `base_url` was given as a full address: the sitemap
    /// needs full addresses; every other link stays site-relative.
    pub origin: Option<String>,
    pub theme: String,
    /// The default language: the first of `languages`.
    pub language: String,
    /// Every language the site is published in (`languages`), the default
    /// first: its pages keep the site's addresses, each other language's are
    /// under its code (`cy/…`). One language unless `site.yaml` lists more.
    pub languages: Vec<String>,
    pub framework: String,
    pub licence: String,
    pub stale_after_months: u32,
    pub scale: Vec<Level>,
    /// Who may take part in an assessment, from the framework content.
    pub roles: Vec<Role>,
    /// Who publishes the site (for the accessibility statement).
    pub organisation: Option<String>,
    pub accessibility: Accessibility,
    /// Links relative to each page, for a copy opened from a folder (`relative_urls`).
    pub relative_urls: bool,
}

/// What the accessibility statement says of the site's own arrangements.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Accessibility {
    /// An email address or a web page, to ask for another format or report a problem.
    pub contact: Option<String>,
    pub prepared_on: Option<Date>,
    pub reviewed_on: Option<Date>,
    /// The site's own audit found the pages fully compliant.
    pub fully_compliant: bool,
}

impl Config {
    /// Whether the scale is the usual one, whose labels come from the theme's messages.
    pub fn has_usual_scale(&self) -> bool {
        self.scale == crate::check::default_scale()
    }

    pub fn level_label(&self, value: Score) -> &str {
        self.scale.iter().find(|l| l.value == value).map(|l| l.label.as_str()).unwrap_or("?")
    }

    pub fn max_score(&self) -> Score {
        self.scale.iter().map(|l| l.value).max().unwrap_or(0)
    }

    pub fn is_on_scale(&self, value: i64) -> bool {
        self.scale.iter().any(|l| i64::from(l.value) == value)
    }
}

/// A content page (`content/*.md` other than pointers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// File stem: `about` for `content/about.md`, `_index` for the home page.
    pub slug: String,
    pub title: String,
    pub description: Option<String>,
    pub weight: i64,
    pub body: Markdown,
    /// In another language than the default, shown in the default's words
    /// because `content/SLUG.LANG.md` does not exist.
    pub fallback: bool,
}

/// A council's own text, written as a plain string (in the site's default
/// language) or in each of the site's languages (`{ en: "…", cy: "…" }`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Text {
    /// The default language's text, or, for want of it, the first there is.
    pub text: String,
    /// On a site in more than one language, the text in each language it is
    /// written in, by the language's place in `languages`, in that order.
    /// Empty on a site in one language, and for `content/`.
    pub langs: Vec<(usize, String)>,
}

impl Text {
    /// Text in the default language only, as a site in one language has it.
    pub fn plain(text: impl Into<String>) -> Text {
        Text { text: text.into(), langs: Vec::new() }
    }

    /// The text in language `lang`, or, for want of it, the text as written.
    pub fn text_in(&self, lang: usize) -> &str {
        self.shown_in(lang).0
    }

    /// The text to show in language `lang`, and, when it is not written in
    /// that language, the language it is shown in instead.
    pub fn shown_in(&self, lang: usize) -> (&str, Option<usize>) {
        match self.langs.iter().find(|(l, _)| *l == lang) {
            Some((_, t)) => (t, None),
            None => match self.langs.first() {
                Some((l, t)) => (t, Some(*l)),
                None => (&self.text, None),
            },
        }
    }
}

impl std::ops::Deref for Text {
    type Target = str;

    /// The default language's text, as the open data and the checks use it.
    fn deref(&self) -> &str {
        &self.text
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text::plain(text)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Markdown text with the file it came from and where in it each character
/// is, for link checks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Markdown {
    /// A council's text may be written in each language (see `Text`).
    pub text: Text,
    pub file: String,
    /// Where each character is written: one map for each of `text.langs`,
    /// in the same order, or one for `text.text` when there are none.
    pub at: Vec<crate::diagnostic::TextMap>,
    /// Written in the language of the pages it is shown on (a translation,
    /// `content/*.cy.md`); otherwise in the site's default language.
    pub translated: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pointer {
    pub id: PointerId,
    pub number: u8,
    pub title: String,
    pub summary: String,
    pub questions: Vec<String>,
    pub levels: BTreeMap<Score, String>,
    pub next_steps: BTreeMap<Score, Vec<String>>,
    pub body: Markdown,
    /// Its easy-read version, one idea at a time (`easy_read:`); empty
    /// when it has none, and then it has no easy-read page.
    pub easy_read: Vec<EasyIdea>,
    /// In another language than the default, the easy-read version is the
    /// default's, because the translation has none.
    pub easy_read_fallback: bool,
    pub file: String,
    /// In another language than the default, shown in the default's words
    /// because `content/pointers/NAME.LANG.md` does not exist.
    pub fallback: bool,
}

/// One idea of a pointer's easy-read version: a short sentence or two, and
/// the name of the picture beside it (`themes/default/static/easy-read/NAME.svg`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EasyIdea {
    pub text: String,
    pub picture: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Area {
    pub slug: AreaSlug,
    pub name: Text,
    pub kind: Option<Text>,
    pub region: Option<String>,
    pub nation: Option<Nation>,
    pub website: Option<String>,
    /// Where to ask about the assessments: an address or a web page
    /// (`mailto:`, `https://`), never required to be a person's.
    pub contact: Option<String>,
    /// Oldest first; drafts only with `--drafts`. Shared: `serve` keeps the
    /// areas it has checked, and hands them out again unchanged.
    pub assessments: std::sync::Arc<Vec<Assessment>>,
    /// Which check of its files this is: a new number each time the area
    /// is checked, kept when `serve` hands out an unchanged area again. The
    /// pages of one area are carried over while it and the areas they
    /// mention keep their numbers.
    pub revision: u64,
    /// Where the area's name and region are written, for messages about
    /// the network as a whole.
    pub written: AreaFile,
}

/// An area's `area.yaml`, and where its name and region are in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AreaFile {
    pub file: String,
    pub name: crate::diagnostic::Pos,
    pub region: crate::diagnostic::Pos,
}

impl Area {
    /// A number no area checked before in this process has had.
    pub fn next_revision() -> u64 {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Nation {
    England,
    Scotland,
    Wales,
    NorthernIreland,
}

impl Nation {
    pub const ALL: [Nation; 4] = [Nation::England, Nation::Scotland, Nation::Wales, Nation::NorthernIreland];

    /// Its id: the name of its message and its page (`northern-ireland`).
    pub fn id(self) -> &'static str {
        match self {
            Nation::England => "england",
            Nation::Scotland => "scotland",
            Nation::Wales => "wales",
            Nation::NorthernIreland => "northern-ireland",
        }
    }

    /// As the YAML writes it (`nation: Northern Ireland`); the data files too.
    pub fn key(self) -> &'static str {
        match self {
            Nation::England => "England",
            Nation::Scotland => "Scotland",
            Nation::Wales => "Wales",
            Nation::NorthernIreland => "Northern Ireland",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Published,
    Draft,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub period: Period,
    pub file: String,
    pub assessed_on: Date,
    pub status: Status,
    pub facilitator: Option<Text>,
    pub framework: Option<String>,
    /// Which of the site's other versions of the framework it was made
    /// against (a position in `Site::versions`); `None` for the site's own.
    pub version: Option<usize>,
    pub reviewed_by: Option<Review>,
    /// `None` when the file has no participants block at all.
    pub participants: Option<Vec<Participant>>,
    pub summary: Option<Markdown>,
    /// Accounts and quotes from the people who took part, given with consent.
    pub stories: Vec<Story>,
    /// When the area means to look at its scores again.
    pub next_review: Option<Date>,
    pub pointers: BTreeMap<PointerId, PointerAssessment>,
}

/// A short account or a quote, published with the consent of the person it
/// is from (`check` refuses a story without `consent: true`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story {
    pub text: Markdown,
    /// Who it is from: a role ("a family carer"), a person's name only when `named`.
    pub from: Text,
    /// The person agreed to be named.
    pub named: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub name: Text,
    pub on: Option<Date>,
}

/// Who may take part in an assessment (the `role` of a participant): the
/// framework content's list (`content/roles.yaml`), or `default_roles`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Role {
    /// Its id: its label is the message `role-ID` when the theme has one.
    pub id: String,
    /// As the YAML writes it (`role: people with lived experience`); the data files too.
    pub key: String,
    /// People with lived experience of services: their taking part makes an
    /// assessment co-produced.
    pub lived_experience: bool,
}

/// The roles when the framework content names none.
pub fn default_roles() -> Vec<Role> {
    [
        ("lived-experience", "people with lived experience", true),
        ("family-carers", "family carers", false),
        ("not-using-services", "people who do not currently use services", false),
        ("frontline-workers", "frontline workers", false),
        ("partners", "partners and community groups", false),
        ("senior-leaders", "senior leaders", false),
        ("elected-members", "elected members", false),
        ("other", "other", false),
    ]
    .into_iter()
    .map(|(id, key, lived_experience)| Role { id: id.into(), key: key.into(), lived_experience })
    .collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    /// The role's `key`, one of the site's roles.
    pub role: String,
    /// The role is one of people with lived experience.
    pub lived_experience: bool,
    pub count: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::Low, Confidence::Medium, Confidence::High];

    pub fn parse(s: &str) -> Option<Confidence> {
        match s {
            "low" => Some(Confidence::Low),
            "medium" => Some(Confidence::Medium),
            "high" => Some(Confidence::High),
            _ => None,
        }
    }

    /// As the YAML writes it (`confidence: low`); the data files too.
    pub fn key(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PointerAssessment {
    /// The score as given in the file; see `score::effective_score` for the one shown.
    pub score: Option<Score>,
    pub votes: Vec<Score>,
    pub target: Option<Score>,
    pub confidence: Option<Confidence>,
    pub strengths: Option<Markdown>,
    pub stories: Vec<Story>,
    pub evidence: Vec<Evidence>,
    pub next_steps: Vec<NextStep>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub text: Text,
    pub link: Option<String>,
    pub date: Option<Date>,
    /// Where `link` is written in the assessment file, for the link check.
    pub link_at: crate::diagnostic::Pos,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepStatus {
    Planned,
    InProgress,
    Done,
    Dropped,
}

impl StepStatus {
    pub const ALL: [StepStatus; 4] =
        [StepStatus::Planned, StepStatus::InProgress, StepStatus::Done, StepStatus::Dropped];

    /// Its id: the name of its message (`status-in-progress`).
    pub fn id(self) -> &'static str {
        match self {
            StepStatus::Planned => "planned",
            StepStatus::InProgress => "in-progress",
            StepStatus::Done => "done",
            StepStatus::Dropped => "dropped",
        }
    }

    /// As the YAML writes it (`status: in progress`); the data files too.
    pub fn key(self) -> &'static str {
        match self {
            StepStatus::Planned => "planned",
            StepStatus::InProgress => "in progress",
            StepStatus::Done => "done",
            StepStatus::Dropped => "dropped",
        }
    }

    pub fn is_open(self) -> bool {
        matches!(self, StepStatus::Planned | StepStatus::InProgress)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextStep {
    pub action: Text,
    pub owner: Option<Text>,
    pub due: Option<Date>,
    pub status: Option<StepStatus>,
}

/// Everything `check` validated, ready to score and render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    pub config: Config,
    pub pages: Vec<Page>,
    /// Ordered by number.
    pub pointers: Vec<Pointer>,
    /// Ordered by slug.
    pub areas: Vec<Area>,
    /// The pages and pointers in each of the other languages
    /// (`languages[1..]`), in the same order as `pages` and `pointers`.
    pub translations: Vec<Content>,
    /// Other versions of the framework the site holds, by folder name.
    pub versions: Vec<Version>,
}

/// Another version of the framework than the site's own
/// (`content/frameworks/SLUG/`): an earlier pilot, a later revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// The folder name: its page is `/frameworks/SLUG/`.
    pub slug: String,
    /// What an assessment's `framework:` gives to use it.
    pub name: String,
    /// Its name as pages show it, in each language it is written in.
    pub title: Text,
    /// One plain sentence on what it is.
    pub summary: Option<Text>,
    /// `content/frameworks/SLUG/framework.yaml`.
    pub file: String,
    /// Ordered by number.
    pub pointers: Vec<Pointer>,
    /// The pointers in each of the other languages, in the same order.
    pub translations: Vec<Vec<Pointer>>,
}

impl Version {
    /// Its pointers in language `lang` (0: the default).
    pub fn pointers_in(&self, lang: usize) -> &[Pointer] {
        match lang.checked_sub(1).and_then(|l| self.translations.get(l)) {
            Some(p) => p,
            None => &self.pointers,
        }
    }
}

impl Area {
    /// Its latest assessment on the site's own framework: what the network's
    /// pages (the grid, spreads, comparisons, suggestions) put side by side.
    pub fn latest_own(&self) -> Option<&Assessment> {
        self.assessments.iter().rev().find(|a| a.version.is_none())
    }
}

impl Markdown {
    /// Whether this is a council's text (of an assessment), shown on several
    /// pages (its area's, its pointers', its report), within their sections;
    /// not a page's own.
    pub fn by_council(&self) -> bool {
        self.file.starts_with("assessments/")
    }

    /// The text in language `lang`, or, for want of it, the text as written.
    pub fn text_in(&self, lang: usize) -> &str {
        self.text.text_in(lang)
    }

    /// The text in each language it is written in, with where each of its
    /// characters is written: what the link check reads.
    pub fn each_language(&self) -> Vec<(&crate::diagnostic::TextMap, &str)> {
        match self.text.langs.is_empty() {
            true => self.at.iter().zip([self.text.text.as_str()]).collect(),
            false => self.at.iter().zip(self.text.langs.iter().map(|(_, t)| t.as_str())).collect(),
        }
    }
}

/// The framework and pages in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Content {
    pub pages: Vec<Page>,
    pub pointers: Vec<Pointer>,
}

impl Site {
    /// The pointers in language `lang` (0: the default).
    pub fn pointers_in(&self, lang: usize) -> &[Pointer] {
        match lang.checked_sub(1).and_then(|l| self.translations.get(l)) {
            Some(c) => &c.pointers,
            None => &self.pointers,
        }
    }

    /// The pointers assessment `a` was made against, in language `lang`.
    pub fn pointers_of(&self, a: &Assessment, lang: usize) -> &[Pointer] {
        match a.version.and_then(|v| self.versions.get(v)) {
            Some(v) => v.pointers_in(lang),
            None => self.pointers_in(lang),
        }
    }

    /// The content pages in language `lang` (0: the default).
    pub fn pages_in(&self, lang: usize) -> &[Page] {
        match lang.checked_sub(1).and_then(|l| self.translations.get(l)) {
            Some(c) => &c.pages,
            None => &self.pages,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_exist() {
        assert!(Date::parse("2024-02-29").is_some());
        assert!(Date::parse("2023-02-29").is_none());
        assert!(Date::parse("2023-13-01").is_none());
        assert!(Date::parse("2023-1-01").is_none());
        assert_eq!(Date::parse("2018-03-31").unwrap().long(), "31 March 2018");
        let today = Date::today();
        assert!(today.year >= 2024 && Date::parse(&today.to_string()) == Some(today), "{today}");
    }

    #[test]
    fn adding_months() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(d("2020-01-15").plus_months(18), d("2021-07-15"));
        assert_eq!(d("2019-08-31").plus_months(18), d("2021-02-28"));
        assert_eq!(d("2019-12-01").plus_months(1), d("2020-01-01"));
    }

    #[test]
    fn periods_are_years_or_months() {
        assert_eq!(Period::parse("2018").unwrap().to_string(), "2018");
        assert_eq!(Period::parse("2018-03").unwrap().label(), "March 2018");
        assert!(Period::parse("2018-3").is_none());
        assert!(Period::parse("2018-13").is_none());
        assert!(Period::parse("18").is_none());
        assert!(Period::parse("2018-03-01").is_none());
        assert!(Period::parse("2018") < Period::parse("2018-01"));
    }

    #[test]
    fn slugs() {
        assert!(is_slug("tally-bridge"));
        assert!(!is_slug("Tally Bridge"));
        assert!(!is_slug("../x"));
        assert!(!is_slug(""));
    }
}
