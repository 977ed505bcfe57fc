//! A synthetic network of areas for benchmarks, deterministic for a given
//! seed: the same options write the same bytes.
//!
//!     cargo run --release --example gen_network -- --areas 400 --years 5 --out DIR [--seed 7] [--plain]
//!         [--languages en-GB,cy]
//!
//! DIR gets `assessments/` and `site.yaml`; the framework and theme are built
//! in. By default each assessment file is shaped like a council's own (about
//! 13 KB): several paragraphs of Markdown with lists, links and emphasis in
//! `summary` and `strengths`, evidence and next steps in both their forms,
//! stories, and a share of late steps and old evidence, which `aba check`
//! warns about. `--plain` writes the older, lighter shape (about 6 KB of
//! one-line text a file). `--languages en-GB,cy` makes a site in those
//! languages, on which the areas of Wales, and one area in twelve elsewhere,
//! write most of their text in each (see `USAGE`).

use std::fmt::Write;
use std::path::{Path, PathBuf};

const USAGE: &str = "\
Writes a synthetic network of areas for benchmarks.

usage: gen_network [--areas N] [--years N] [--out DIR] [--seed N] [--plain]
                   [--languages CODES]

  --areas N   how many areas (default 400)
  --years N   how many yearly assessments each area has, the last in 2026 (default 5)
  --out DIR   where to write assessments/ and site.yaml (default bench-out/network);
              DIR/assessments is replaced
  --seed N    the seed: the same options write the same bytes (default 7)
  --plain     the older, lighter files: about 6 KB of one-line text each,
              rather than about 13 KB shaped like councils' own
  --languages CODES
              a site in these languages, the default first (en-GB,cy):
              site.yaml says `languages: [en-GB, cy]`, and the areas of
              Wales (one in twelve) and one other area in twelve write
              nine in ten of their texts (the area's name and kind; the
              summary, facilitator, stories, strengths, evidence, next
              steps' action and owner, except with --plain) in each,
              as `{ en-GB: …, cy: … }`, the other languages' text
              Welsh-looking words in the English text's shape (its
              paragraphs, lists, links and emphasis); the other areas'
              text is in the default language only. The default
              language's text is the same as without the option, and
              without it the files are the same as before it existed.
  --help      print this
";

const POINTERS: [&str; 10] = [
    "living-map",
    "power-to-citizens",
    "connection-test",
    "social-value",
    "community-enterprise",
    "shared-ownership",
    "neighbourhood-connectors",
    "good-life-support",
    "whole-system",
    "whole-place-change",
];

/// What each pointer's text is about, to vary the sentences between pointers.
const TOPICS: [&str; 10] = [
    "the community asset map",
    "the citizens' panel",
    "the connection test in contracts",
    "social value in grants and contracts",
    "the micro-enterprise programme",
    "community asset transfer",
    "Local Area Coordination",
    "Shared Lives and Homeshare",
    "the health and care partnership",
    "the ten-year commitment",
];

const REGIONS: [(&str, &str); 12] = [
    ("North East", "England"),
    ("North West", "England"),
    ("Yorkshire and the Humber", "England"),
    ("East Midlands", "England"),
    ("West Midlands", "England"),
    ("East of England", "England"),
    ("London", "England"),
    ("South East", "England"),
    ("South West", "England"),
    ("Scotland", "Scotland"),
    ("Wales", "Wales"),
    ("Northern Ireland", "Northern Ireland"),
];

const KINDS: [&str; 5] =
    ["Metropolitan borough", "District council", "Unitary authority", "County council", "London borough"];
const STARTS: [&str; 16] = [
    "Ash", "Brack", "Cold", "Dun", "Elm", "Fen", "Glen", "Holl", "Kirk", "Lang", "Marsh", "North", "Oak", "Stan",
    "Thorn", "West",
];
const ENDS: [&str; 12] =
    ["bury", "ford", "ley", "mere", "wick", "ton", "field", "dale", "brook", "combe", "ham", "stow"];

const STRENGTHS: [&str; 8] = [
    "Residents and community groups already run much of what makes this place work, from lunch clubs to tenants' associations.",
    "Staff across the council and the NHS have been trained in asset-based conversations, and it shows in how they start with what people can do.",
    "A network of faith groups, sports clubs and small charities meets every quarter and shares what it has.",
    "Local Area Coordinators in several wards know their neighbourhoods street by street and connect people to each other.",
    "The voluntary sector council keeps an open directory of groups that anyone can add to.",
    "Commissioners have moved a share of the prevention budget into small community grants decided with residents.",
    "Shared Lives carers and Homeshare matches give people real choices about where and how they live.",
    "Leaders have committed to a ten-year approach and report progress in plain words to residents each year.",
];
const EVIDENCE: [&str; 10] = [
    "Community asset map published with entries in every ward, refreshed with residents twice a year",
    "Social value clause in every contract and grant over £10,000, with results reported to cabinet",
    "Local Area Coordinators supported people to build connections, with most needing no formal service afterwards",
    "Time bank members exchanged thousands of hours of help in the year",
    "Community asset transfer of a library and two community centres to resident-led trusts",
    "Personal health budgets offered to everyone eligible, with take-up rising each year",
    "Social prescribing link workers in every primary care network, with a shared directory of groups",
    "Micro-enterprise programme supported small local care and support providers to start",
    "Participatory budgeting rounds decided by residents, with turnout published",
    "Peer researchers with lived experience interviewed residents for the annual review",
];
const STEPS: [&str; 8] = [
    "Extend Local Area Coordination to the remaining wards",
    "Add health and care assets to the community map",
    "Train frontline staff in asset-based conversations",
    "Apply social value to grants as well as contracts",
    "Agree a community asset transfer policy with residents",
    "Recruit more Shared Lives carers in rural areas",
    "Publish a plain-English progress report with residents",
    "Move a further share of the prevention budget into community grants",
];
const OWNERS: [&str; 5] =
    ["Adult social care", "Public health", "Communities team", "Commissioning", "Voluntary sector council"];
const STATUSES: [&str; 4] = ["planned", "in progress", "done", "dropped"];

// The realistic files' text. `{t}` is the pointer's topic, `{a}` the area's name.
const OPENINGS: [&str; 8] = [
    "This year the workshop started, as always, with what is **already strong** in {a}: the people, groups and places that hold neighbourhoods together.",
    "We scored {t} with residents, carers and frontline staff in the same room, and the conversation was more honest than in any year before.",
    "Most of the change since our last assessment came from residents themselves. Our part was to get out of the way, and to keep {t} going when money was tight.",
    "People at the workshop were clear that {t} only works when residents can see what changed because of it, so this year we brought the evidence with us.",
    "{a} is a place of small towns and villages, and what works in one ward does not always work in the next. We have tried to be honest about both.",
    "The group agreed that *steady* progress matters more than quick wins: {t} has grown a little every year, and it is now part of how we work.",
    "We asked people with lived experience to chair the discussion of each pointer, and to challenge us where the evidence was thin.",
    "Two years ago {t} was a pilot in three wards. It now runs across {a}, and the people who use it helped to design the next stage.",
];
const MIDDLES: [&str; 8] = [
    "Residents told us that the most useful thing we did was to **pay people for their time** when they helped to design services.",
    "The hardest part was hospital discharge, which still starts with what people cannot do. We have kept our score lower because of it.",
    "Community groups said that the small grants process is now quick enough for a group with no paid staff, which was not true before.",
    "We lost two coordinators to other jobs during the year, and it took four months to replace them; some ward lists fell out of date.",
    "Partners from housing, the NHS and the police now come to the quarterly network meeting, and each brings something to share.",
    "Some teams still talk about *clients* and *cases*, and the group asked for another round of training before the next assessment.",
    "The evidence below was gathered with residents: peer researchers with lived experience interviewed people in every ward.",
    "Money is tighter than it was, and the group was worried that {t} could be cut first. Leaders have promised to protect it for two more years.",
];
const BULLETS: [&str; 12] = [
    "a lunch club in every ward, most of them run by volunteers",
    "**{t}**, written up with the people who use it",
    "a community directory that anyone can add to, see [the directory](https://www.example.org/directory)",
    "small grants of up to £2,000, decided by residents' panels",
    "peer mentors with lived experience working alongside social workers",
    "a repair café, two community fridges and a tool library",
    "the [learning visits](/pointers/) we hosted for neighbouring councils",
    "training in *good conversations* for reception and contact-centre staff",
    "a quarterly meeting of faith groups, sports clubs and small charities",
    "community circles for people who are lonely after a bereavement",
    "shared budgets with the NHS for prevention, agreed for three years",
    "an annual report to residents, in plain words and in Welsh where people asked for it",
];
const CLOSINGS: [&str; 6] = [
    "Next year we want to show what changed for people, not only what we did. See [our plan](https://www.example.org/plan) for the details.",
    "We would like to hear from areas that have gone further with {t}: we have a lot to learn, and we are glad to share what we know.",
    "The score is a little lower than some of us hoped, but the group agreed it is *honest*, and that matters more.",
    "What we are most proud of is that residents now lead this work; the council's part is to **back them** and to keep out of the way.",
    "We will look at this again in a year, with the same mix of people, and with the next steps below checked off or explained.",
    "Read the [pointer's description](/pointers/) for what each level looks like: we used it to keep the discussion grounded.",
];
const STORIES: [&str; 8] = [
    "I thought nobody else on our street had time. The map showed me six people who wanted to start a lunch club.",
    "When my dad came home from hospital, the coordinator asked what a good day looked like for him. Nobody had asked that before.",
    "We run the community centre ourselves now. It is hard work, but it is ours, and people come because they want to.",
    "The grant was small, but it meant we could buy the kettle and the chairs. Thirty people come every Tuesday.",
    "I was on the panel that chose the grants. I never thought the council would listen to someone like me.",
    "My son has a job at the café. The people there know him, and he knows them. That is what support should be.",
    "I found the walking group through the directory. Two years on, I lead it.",
    "The training changed how I start a conversation: I ask what matters to someone before I ask what is wrong.",
];
const FROMS: [&str; 6] = [
    "a resident who started a lunch club",
    "a family carer",
    "a volunteer at the community centre",
    "a member of the residents' panel",
    "a social worker",
    "a parent",
];
const ROLES: [(&str, usize); 7] = [
    ("people with lived experience", 20),
    ("family carers", 8),
    ("people who do not currently use services", 6),
    ("frontline workers", 25),
    ("partners and community groups", 15),
    ("senior leaders", 6),
    ("elected members", 4),
];

/// A small deterministic generator (xorshift64*), so no dependency is needed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// What to write.
pub struct Options {
    pub areas: usize,
    pub years: usize,
    pub seed: u64,
    /// The older, lighter files of one-line text.
    pub plain: bool,
    /// The site's languages, the default first; none for a site that does
    /// not say (`language: en-GB`).
    pub languages: Vec<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options { areas: 400, years: 5, seed: 7, plain: false, languages: Vec::new() }
    }
}

/// Writes the network into `out` (replacing `out/assessments`), and returns
/// the bytes of assessment files written.
pub fn write_network(out: &Path, o: &Options) -> std::io::Result<usize> {
    let mut rng = Rng(o.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    match std::fs::remove_dir_all(out.join("assessments")) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    std::fs::create_dir_all(out)?;
    let site = if o.plain {
        "title: Synthetic network (benchmark)\n"
    } else {
        "title: Synthetic network (benchmark)\nurl: https://aba.example.org/\nlanguage: en-GB\n\
         organisation: The synthetic network\n\
         accessibility: { contact: accessibility@example.org, prepared_on: 2026-11-01, reviewed_on: 2026-11-01 }\n"
    };
    let site = match o.languages.as_slice() {
        [] => site.to_owned(),
        codes => {
            let list = format!("languages: [{}]\n", codes.join(", "));
            match site.contains("language: en-GB\n") {
                true => site.replace("language: en-GB\n", &list),
                false => format!("{site}{list}"),
            }
        }
    };
    std::fs::write(out.join("site.yaml"), site)?;
    let mut bytes = 0usize;
    for i in 0..o.areas {
        let name = format!("{}{} {}", rng.pick(&STARTS), rng.pick(&ENDS), i + 1);
        let slug = name.to_lowercase().replace(' ', "-");
        let (region, nation) = REGIONS[i % REGIONS.len()];
        let dir = out.join("assessments").join(&slug);
        std::fs::create_dir_all(&dir)?;
        // Which texts are in each language comes from a generator of its
        // own, so that the default language's text is the same either way.
        let mut langs = match o.languages.len() > 1 && (nation == "Wales" || i % 12 == 3) {
            true => {
                let seed = (o.seed ^ ((i as u64 + 1) << 20)).wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
                Some(Langs { codes: &o.languages, rng: Rng(seed) })
            }
            false => None,
        };
        let kind = rng.pick(&KINDS);
        let mut area = format!(
            "name: {}\nkind: {}\nregion: {region}\nnation: {nation}\nwebsite: https://www.{slug}.example.gov.uk\n",
            inline(langs.as_mut(), &name, &name, name.clone()),
            inline(langs.as_mut(), kind, "", kind.to_owned()),
        );
        if !o.plain {
            let _ = writeln!(area, "contact: assets@{slug}.example.gov.uk");
        }
        std::fs::write(dir.join("area.yaml"), area)?;
        let mut level: Vec<u8> = (0..10).map(|_| rng.below(3) as u8).collect();
        for y in 0..o.years {
            let year = 2026 - o.years + y + 1;
            let text = if o.plain {
                plain_assessment(&mut rng, year, &mut level)
            } else {
                assessment(&mut rng, &name, year, &mut level, langs.as_mut())
            };
            bytes += text.len();
            std::fs::write(dir.join(format!("{year}.yaml")), text)?;
        }
    }
    Ok(bytes)
}

#[allow(dead_code)]
fn main() {
    let mut o = Options::default();
    let mut out = PathBuf::from("bench-out/network");
    let mut args = std::env::args().skip(1);
    let fail = |message: String| -> ! {
        eprintln!("gen_network: {message}\n\n{USAGE}");
        std::process::exit(2)
    };
    while let Some(a) = args.next() {
        match a.as_str() {
            "--help" | "-h" => {
                print!("{USAGE}");
                return;
            }
            "--plain" => {
                o.plain = true;
                continue;
            }
            "--areas" | "--years" | "--seed" | "--out" | "--languages" => {}
            other => fail(format!("unknown option {other}")),
        }
        let v = args.next().unwrap_or_else(|| fail(format!("{a} needs a value")));
        let number =
            |v: &str| -> u64 { v.parse().unwrap_or_else(|_| fail(format!("{a} needs a whole number, not {v:?}"))) };
        match a.as_str() {
            "--areas" => o.areas = number(&v) as usize,
            "--years" => o.years = (number(&v) as usize).min(2026 - 1990),
            "--seed" => o.seed = number(&v),
            "--languages" => {
                o.languages = v.split(',').map(|c| c.trim().to_owned()).filter(|c| !c.is_empty()).collect();
                if o.languages.is_empty()
                    || o.languages.iter().any(|c| !c.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                {
                    fail(format!("--languages needs language codes separated by commas (en-GB,cy), not {v:?}"))
                }
            }
            _ => out = PathBuf::from(v),
        }
    }
    let bytes = write_network(&out, &o).unwrap_or_else(|e| fail(format!("could not write to {}: {e}", out.display())));
    eprintln!(
        "wrote {} areas x {} years ({} assessment files, {} bytes on average, {} MB in all) to {}",
        o.areas,
        o.years,
        o.areas * o.years,
        bytes / (o.areas * o.years).max(1),
        bytes / 1_000_000,
        out.display()
    );
}

/// Slow, steady change of a pointer's level: mostly up, sometimes down.
fn step_level(rng: &mut Rng, level: &mut u8) {
    match rng.below(10) {
        0 if *level > 0 => *level -= 1,
        1..=3 if *level < 4 => *level += 1,
        _ => {}
    }
}

/// Votes around `level`: mostly on it, some a level either side.
fn votes(rng: &mut Rng, level: u8, n: usize) -> String {
    let votes: Vec<String> =
        (0..n).map(|_| (i32::from(level) + rng.below(3) as i32 - 1).clamp(0, 4).to_string()).collect();
    votes.join(", ")
}

/// The older, lighter shape: one line of text for each field.
fn plain_assessment(rng: &mut Rng, year: usize, level: &mut [u8]) -> String {
    let mut s = String::with_capacity(7000);
    let month = 1 + rng.below(12);
    let _ = writeln!(s, "assessed_on: {year}-{month:02}-{:02}", 1 + rng.below(28));
    let _ = writeln!(s, "facilitator: Community development team");
    s.push_str("participants:\n");
    for (role, max) in [
        ("people with lived experience", 20),
        ("family carers", 8),
        ("frontline workers", 25),
        ("partners and community groups", 15),
        ("senior leaders", 6),
    ] {
        let _ = writeln!(s, "  - {{ role: {role}, count: {} }}", rng.below(max) + 1);
    }
    let _ = writeln!(s, "summary: |\n  {}\n  {}", rng.pick(&STRENGTHS), rng.pick(&STRENGTHS));
    s.push_str("pointers:\n");
    for (p, id) in POINTERS.iter().enumerate() {
        if rng.chance(3) {
            continue; // not assessed this time
        }
        step_level(rng, &mut level[p]);
        let _ = writeln!(s, "  {id}:");
        if rng.chance(40) {
            let n = 3 + rng.below(5);
            let _ = writeln!(s, "    votes: [{}]", votes(rng, level[p], n));
            if rng.chance(30) {
                let _ = writeln!(s, "    score: {}", level[p]);
            }
        } else {
            let _ = writeln!(s, "    score: {}", level[p]);
        }
        let _ = writeln!(s, "    target: {}", (level[p] + 1).min(4));
        let _ = writeln!(s, "    confidence: {}", rng.pick(&["low", "medium", "high"]));
        let _ = writeln!(s, "    strengths: |\n      {}", rng.pick(&STRENGTHS));
        s.push_str("    evidence:\n");
        let _ = writeln!(s, "      - {}", rng.pick(&EVIDENCE));
        let _ = writeln!(
            s,
            "      - {{ text: \"{}\", link: https://example.org/evidence/{}, date: {}-{:02}-01 }}",
            rng.pick(&EVIDENCE),
            rng.below(10_000),
            year - rng.below(3),
            1 + rng.below(12)
        );
        s.push_str("    next_steps:\n");
        let _ = writeln!(
            s,
            "      - {{ action: {}, owner: {}, due: {}-{:02}-28, status: {} }}",
            rng.pick(&STEPS),
            rng.pick(&OWNERS),
            year + rng.below(2),
            1 + rng.below(12),
            rng.pick(&STATUSES)
        );
        let _ = writeln!(s, "      - {}", rng.pick(&STEPS));
    }
    s
}

/// A day of a month (1 to 28, so that every month has it).
#[derive(Clone, Copy)]
struct Day {
    year: i64,
    month: i64,
    day: i64,
}

impl Day {
    fn plus_months(self, n: i64) -> Day {
        let m = self.year * 12 + self.month - 1 + n;
        Day { year: m.div_euclid(12), month: m.rem_euclid(12) + 1, ..self }
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A paragraph of Markdown: `n` sentences about topic `t` in area `a`.
fn paragraph(rng: &mut Rng, pools: &[&[&str]], t: &str, a: &str) -> String {
    let sentences: Vec<String> = pools.iter().map(|pool| rng.pick(pool).replace("{t}", t).replace("{a}", a)).collect();
    sentences.join(" ")
}

/// A Markdown block as a council writes it, indented by `indent`: an opening
/// paragraph, often a bulleted list, and a closing paragraph, with blank lines
/// between them and lines wrapped at about 80 characters.
fn markdown(rng: &mut Rng, s: &mut String, indent: &str, t: &str, a: &str) {
    let mut blocks = vec![paragraph(rng, &[&OPENINGS, &MIDDLES], t, a)];
    if rng.chance(55) {
        let n = 2 + rng.below(3);
        let list: Vec<String> = (0..n).map(|_| format!("- {}", rng.pick(&BULLETS).replace("{t}", t))).collect();
        blocks.push(list.join("\n"));
    }
    let closing: &[&[&str]] = if rng.chance(50) { &[&MIDDLES, &CLOSINGS] } else { &[&CLOSINGS] };
    blocks.push(paragraph(rng, closing, t, a));
    for (i, block) in blocks.iter().enumerate() {
        if i > 0 {
            s.push('\n');
        }
        for line in block.lines() {
            wrap(s, indent, line);
        }
    }
}

/// Writes `line` indented and wrapped at about 80 characters (a list item's
/// later lines line up under its text).
fn wrap(s: &mut String, indent: &str, line: &str) {
    let hang = if line.starts_with("- ") { "  " } else { "" };
    let mut width = 0;
    for (i, word) in line.split(' ').enumerate() {
        if i == 0 {
            s.push_str(indent);
        } else if width + word.len() > 78 {
            s.push('\n');
            s.push_str(indent);
            s.push_str(hang);
            width = hang.len();
        } else {
            s.push(' ');
            width += 1;
        }
        s.push_str(word);
        width += word.len();
    }
    s.push('\n');
}

/// A realistic assessment of `area` for the period `year`.
fn assessment(rng: &mut Rng, area: &str, year: usize, level: &mut [u8], mut langs: Option<&mut Langs>) -> String {
    let mut s = String::with_capacity(16_000);
    let on = Day { year: year as i64, month: 1 + rng.below(12) as i64, day: 1 + rng.below(28) as i64 };
    let _ = writeln!(s, "assessed_on: {on}");
    s.push_str("status: published\n");
    let facilitator = format!("{area} community development team");
    let _ = writeln!(s, "facilitator: {}", inline(langs.as_deref_mut(), &facilitator, area, facilitator.clone()));
    s.push_str("framework: Asset-Based Area, TLAP 2017\n");
    if rng.chance(30) {
        let by = on.plus_months(1 + rng.below(3) as i64);
        let _ = writeln!(s, "reviewed_by: {{ name: {} Council, on: {by} }}", rng.pick(&STARTS));
    }
    s.push_str("participants:\n");
    for (r, (role, max)) in ROLES.iter().enumerate() {
        if r == 0 || rng.chance(70) {
            let _ = writeln!(s, "  - {{ role: {role}, count: {} }}", 1 + rng.below(*max));
        }
    }
    markdown_field(rng, &mut s, langs.as_deref_mut(), "", "summary", "asset-based working", area);
    if rng.chance(60) {
        s.push_str("stories:\n");
        for _ in 0..1 + rng.below(2) {
            story(rng, &mut s, "  ", langs.as_deref_mut());
        }
    }
    let _ = writeln!(s, "next_review: {}", on.plus_months(12 + rng.below(6) as i64));
    s.push_str("pointers:\n");
    for (p, id) in POINTERS.iter().enumerate() {
        if rng.chance(2) {
            continue; // not assessed this time
        }
        step_level(rng, &mut level[p]);
        let _ = writeln!(s, "  {id}:");
        // Votes for some pointers, a score for others, and both for a few.
        if rng.chance(55) {
            let n = 4 + rng.below(6);
            let _ = writeln!(s, "    votes: [{}]", votes(rng, level[p], n));
            if rng.chance(20) {
                let _ = writeln!(s, "    score: {}", level[p]);
            }
        } else {
            let _ = writeln!(s, "    score: {}", level[p]);
        }
        let _ = writeln!(s, "    target: {}", (level[p] + 1).min(4));
        let _ = writeln!(s, "    confidence: {}", rng.pick(&["low", "medium", "high"]));
        markdown_field(rng, &mut s, langs.as_deref_mut(), "    ", "strengths", TOPICS[p], area);
        if rng.chance(15) {
            s.push_str("    stories:\n");
            story(rng, &mut s, "      ", langs.as_deref_mut());
        }
        s.push_str("    evidence:\n");
        for _ in 0..1 + rng.below(3) {
            if rng.chance(40) {
                let e = rng.pick(&EVIDENCE);
                let _ = writeln!(s, "      - {}", inline(langs.as_deref_mut(), e, "", e.to_owned()));
            } else {
                // Evidence from the last year or so; now and then older than
                // the 18 months after which `aba check` calls it old.
                let back = if rng.chance(1) { 20 + rng.below(16) } else { rng.below(16) };
                let e = rng.pick(&EVIDENCE);
                let _ = writeln!(
                    s,
                    "      - {{ text: {}, link: \"https://www.example.org/evidence/{}\", date: {} }}",
                    inline(langs.as_deref_mut(), e, "", format!("\"{e}\"")),
                    rng.below(100_000),
                    on.plus_months(-(back as i64))
                );
            }
        }
        s.push_str("    next_steps:\n");
        for _ in 0..1 + rng.below(3) {
            if rng.chance(35) {
                let step = rng.pick(&STEPS);
                let _ = writeln!(s, "      - {}", inline(langs.as_deref_mut(), step, "", step.to_owned()));
                continue;
            }
            // Steps still open whose due date has passed are late: now and then.
            let status = rng.pick(&STATUSES);
            let open = matches!(status, "planned" | "in progress");
            let due = if open && rng.chance(2) {
                on.plus_months(-1 - rng.below(8) as i64)
            } else if open {
                on.plus_months(1 + rng.below(24) as i64)
            } else {
                on.plus_months(rng.below(12) as i64 - 9)
            };
            let (action, owner) = (rng.pick(&STEPS), rng.pick(&OWNERS));
            let _ = writeln!(
                s,
                "      - {{ action: {}, owner: {}, due: {due}, status: {status} }}",
                inline(langs.as_deref_mut(), action, "", action.to_owned()),
                inline(langs.as_deref_mut(), owner, "", owner.to_owned())
            );
        }
    }
    s
}

/// A story, as a list item indented by `indent`, always with consent.
fn story(rng: &mut Rng, s: &mut String, indent: &str, mut langs: Option<&mut Langs>) {
    let text = rng.pick(&STORIES);
    let _ = writeln!(s, "{indent}- text: {}", inline(langs.as_deref_mut(), text, "", format!("\"{text}\"")));
    let from = rng.pick(&FROMS);
    let _ = writeln!(s, "{indent}  from: {}", inline(langs, from, "", from.to_owned()));
    let _ = writeln!(s, "{indent}  consent: true");
}

/// The site's languages, for an area that writes its text in each, and the
/// generator that picks the texts it leaves in the default language only.
struct Langs<'a> {
    codes: &'a [String],
    rng: Rng,
}

impl Langs<'_> {
    /// Whether the next text is written in each language: nine in ten are.
    fn each(&mut self) -> bool {
        self.rng.chance(90)
    }
}

/// A one-line text `text`: in each language as `{ en-GB: "…", cy: "…" }`,
/// or else as `written` (how a file in one language writes it); `keep` (the
/// area's name) is the same in each language.
fn inline(langs: Option<&mut Langs>, text: &str, keep: &str, written: String) -> String {
    match langs.and_then(|l| l.each().then_some(l)) {
        Some(l) => {
            let other = welsh(text, keep);
            let mut v = format!("{{ {}: \"{text}\"", l.codes[0]);
            for code in &l.codes[1..] {
                let _ = write!(v, ", {code}: \"{other}\"");
            }
            v.push_str(" }");
            v
        }
        _ => written,
    }
}

/// A Markdown field `key` at `indent`: `key: |` and its text, or, in each
/// language, `key:` and a `CODE: |` block for each, the others' text
/// Welsh-looking words in the default language's text's shape.
#[allow(clippy::too_many_arguments)]
fn markdown_field(rng: &mut Rng, s: &mut String, langs: Option<&mut Langs>, indent: &str, key: &str, t: &str, a: &str) {
    match langs.and_then(|l| l.each().then_some(l)) {
        Some(l) => {
            let mut text = String::new();
            markdown(rng, &mut text, &format!("{indent}    "), t, a);
            let _ = writeln!(s, "{indent}{key}:\n{indent}  {}: |", l.codes[0]);
            s.push_str(&text);
            for code in &l.codes[1..] {
                let _ = writeln!(s, "{indent}  {code}: |");
                for line in text.lines() {
                    s.push_str(&welsh(line, a));
                    s.push('\n');
                }
            }
        }
        _ => {
            let _ = writeln!(s, "{indent}{key}: |");
            markdown(rng, s, &format!("{indent}  "), t, a);
        }
    }
}

/// Short and longer Welsh words, for text shaped like real Welsh.
const WELSH_SHORT: [&str; 16] =
    ["a", "ac", "y", "yr", "yn", "i", "o", "ar", "am", "mae", "bod", "ni", "nhw", "dau", "da", "pob"];
const WELSH: [&str; 48] = [
    "cymuned",
    "cymunedau",
    "trigolion",
    "gwaith",
    "ardal",
    "ardaloedd",
    "cyngor",
    "grwpiau",
    "lleol",
    "gwasanaethau",
    "iechyd",
    "gofal",
    "cefnogaeth",
    "newid",
    "blwyddyn",
    "eleni",
    "cryf",
    "asedau",
    "cynllun",
    "gwirfoddolwyr",
    "partneriaid",
    "cyfarfod",
    "gweithdy",
    "tystiolaeth",
    "camau",
    "nesaf",
    "cynnydd",
    "arian",
    "grantiau",
    "pentrefi",
    "cymdogaethau",
    "lles",
    "sgwrs",
    "hyfforddiant",
    "profiad",
    "bywyd",
    "gwell",
    "rydyn",
    "wedi",
    "gyda",
    "gyda'r",
    "sy'n",
    "hefyd",
    "bellach",
    "rhannu",
    "cysylltu",
    "gofalwyr",
    "teuluoedd",
];

/// A line of text with each English word in it replaced by a Welsh one (the
/// same word always by the same one), keeping its indentation, list marks,
/// emphasis, links' targets, numbers and punctuation, and `keep` (the
/// area's name) as it is.
fn welsh(line: &str, keep: &str) -> String {
    match keep.is_empty() {
        true => welsh_words(line),
        false => line.split(keep).map(welsh_words).collect::<Vec<_>>().join(keep),
    }
}

fn welsh_words(line: &str) -> String {
    let body = line.trim_start();
    let mut out = String::from(&line[..line.len() - body.len()]);
    for (i, token) in body.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let (head, tail) = token.split_at(token.find("](").unwrap_or(token.len()));
        let kept = head.contains("://") || head.contains('@') || head.chars().any(|c| c.is_ascii_digit());
        let Some(start) = head.find(char::is_alphabetic).filter(|_| !kept) else {
            out.push_str(token);
            continue;
        };
        let end = head[start..]
            .find(|c: char| !(c.is_alphabetic() || c == '\'' || c == '-'))
            .map_or(head.len(), |e| start + e);
        let word = &head[start..end];
        // FNV-1a: the same English word, the same Welsh one.
        let h = word
            .to_lowercase()
            .bytes()
            .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
        let pool: &[&str] = if word.len() <= 3 { &WELSH_SHORT } else { &WELSH };
        let w = pool[(h % pool.len() as u64) as usize];
        out.push_str(&head[..start]);
        match word.starts_with(char::is_uppercase) {
            true => out.extend(w.chars().take(1).flat_map(char::to_uppercase).chain(w.chars().skip(1))),
            false => out.push_str(w),
        }
        out.push_str(&head[end..]);
        out.push_str(tail);
    }
    out
}
