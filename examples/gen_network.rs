//! A synthetic network of areas for benchmarks: realistic assessment files in
//! the SPEC format, deterministic for a given seed.
//!
//!     cargo run --release --example gen_network -- --areas 400 --years 5 --out DIR [--seed 7]
//!
//! DIR gets `assessments/` and `site.yaml`; the framework and theme are built in.

use std::fmt::Write;
use std::path::PathBuf;

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

fn main() {
    let mut areas = 400usize;
    let mut years = 5usize;
    let mut out = PathBuf::from("bench-out/network");
    let mut seed = 7u64;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let v = args.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--areas" => areas = v.parse().expect("--areas N"),
            "--years" => years = v.parse().expect("--years N"),
            "--out" => out = PathBuf::from(v),
            "--seed" => seed = v.parse().expect("--seed N"),
            other => panic!("unknown option {other}"),
        }
    }
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let _ = std::fs::remove_dir_all(out.join("assessments"));
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("site.yaml"), "title: Synthetic network (benchmark)\n").unwrap();
    let mut bytes = 0usize;
    for i in 0..areas {
        let name = format!("{}{} {}", rng.pick(&STARTS), rng.pick(&ENDS), i + 1);
        let slug = name.to_lowercase().replace(' ', "-");
        let (region, nation) = REGIONS[i % REGIONS.len()];
        let dir = out.join("assessments").join(&slug);
        std::fs::create_dir_all(&dir).unwrap();
        let area = format!(
            "name: {name}\nkind: {}\nregion: {region}\nnation: {nation}\nwebsite: https://www.{slug}.example.gov.uk\n",
            rng.pick(&KINDS)
        );
        std::fs::write(dir.join("area.yaml"), area).unwrap();
        let mut level: Vec<u8> = (0..10).map(|_| rng.below(3) as u8).collect();
        for y in 0..years {
            let year = 2026 - years + y + 1;
            let text = assessment(&mut rng, year, &mut level);
            bytes += text.len();
            std::fs::write(dir.join(format!("{year}.yaml")), text).unwrap();
        }
    }
    eprintln!(
        "wrote {areas} areas x {years} years ({} assessment files, {} KB on average) to {}",
        areas * years,
        bytes / (areas * years).max(1) / 1024,
        out.display()
    );
}

fn assessment(rng: &mut Rng, year: usize, level: &mut [u8]) -> String {
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
        // Slow, steady change: mostly up, sometimes down.
        match rng.below(10) {
            0 if level[p] > 0 => level[p] -= 1,
            1..=3 if level[p] < 4 => level[p] += 1,
            _ => {}
        }
        let _ = writeln!(s, "  {id}:");
        if rng.chance(40) {
            let n = 3 + rng.below(5);
            let votes: Vec<String> =
                (0..n).map(|_| (i32::from(level[p]) + rng.below(3) as i32 - 1).clamp(0, 4).to_string()).collect();
            let _ = writeln!(s, "    votes: [{}]", votes.join(", "));
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
