//! Whole sites of hostile and careless input through `check` and `build`:
//! YAML aliases and merge keys, deep nesting, long lines, odd Unicode
//! (invisible, right-to-left, line separators, other scripts, full-width),
//! implausible numbers, dates and periods, links of every kind. Each case is
//! a valid site with some values and lines replaced.
//!
//! What must hold, and is counted when it does not:
//! - no panic;
//! - `check` and `build` agree on the errors (item 6 of issue 15), and
//!   every error names an input file, never a page "made by the theme".
//!
//! Prints runs, bytes, failures and the slowest case; writes each failing
//! case's files under `fuzz/pipeline/found/` (git-ignored).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
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
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

const ODD: &[&str] = &[
    "\u{200b}",
    "\u{200e}",
    "\u{202e}",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\u{feff}",
    "\u{a0}",
    "\u{3000}",
    "\u{301}",
    "\0",
    "\u{7}",
    "\t",
    "\r",
    "Северо-Запад",
    "東北地方",
    "ｍｉｌｌｂｒｏｏｋ",
    "Ynys Môn",
    "🙂",
    "👩‍👩‍👧",
    "مصر",
    "\u{fffd}",
    "\u{e000}",
    "\u{10ffff}",
    "`",
    "``",
    "\"",
    "'",
    "\\",
    "<script>",
    "&amp;",
    "{{ x }}",
    "{% raw %}",
    "%s",
    "${x}",
    ": ",
    " #",
    "- ",
    "? ",
    "!",
    "&a",
    "*a",
    "|",
    ">",
    "[",
    "]",
    "{",
    "}",
    ",",
    "---",
    "...",
];

fn odd_text(r: &mut Rng) -> String {
    let mut s = String::new();
    for _ in 0..1 + r.below(6) {
        if r.chance(2) {
            s.push_str(r.pick(ODD));
        } else {
            s.push_str(r.pick(&["North West", "a", "x y", "living-map", "2024", "Wales", "-", "", " "]));
        }
    }
    s
}

/// A scalar, in any of the forms YAML and a careless officer write them.
fn value(r: &mut Rng) -> String {
    match r.below(19) {
        0 => format!("\"{}\"", odd_text(r).replace('\\', "\\\\").replace('"', "\\\"")),
        1 => odd_text(r),
        2 => r
            .pick(&[
                "2.0",
                "3.5",
                "-1",
                "1e309",
                "-0",
                "0x10",
                "0o7",
                ".inf",
                ".nan",
                "99999999999999999999",
                "4294967296",
                "18446744073709551615",
                "1_000",
                "+5",
            ])
            .into(),
        3 => r
            .pick(&[
                "9999-12-31",
                "0000-01-01",
                "2024-02-30",
                "2024-13-01",
                " 2024-03-31 ",
                "2024-3-1",
                "24-03-31",
                "2100-01-01",
                "1990-01-01",
                "1989-12-31",
                "2101-01-01",
                "\"2024-03-31\\u200b\"",
                "2023-02-28",
            ])
            .into(),
        4 => r
            .pick(&[
                "https://",
                "http://x",
                "mailto:",
                "javascript:alert(1)",
                "JaVaScRiPt:x",
                "data:text/html,x",
                "//evil.example",
                "/\\evil",
                "/pointers/living-mapp/",
                "/pointers/living-map/#levelz",
                "/pointers/living-map/#levels",
                "/about us/",
                "www.x.org",
                "ftp://x",
                "/",
                "/regions/",
                "/areas/?x=\"y\"",
                "#top",
                "/..%2f..%2f",
            ])
            .into(),
        5 => format!("\"{}\"", "x".repeat(1 << r.below(21))),
        6 => "é".repeat(1 + r.below(500)),
        7 => r
            .pick(&[
                "yes",
                "no",
                "true",
                "~",
                "null",
                "",
                "[]",
                "{}",
                "[1, 2]",
                "{a: 1}",
                "!!binary aGk=",
                "!custom x",
                "&a x",
                "*a",
                "*nothere",
            ])
            .into(),
        8 => format!("{}{}", "[".repeat(1 + r.below(300)), "]".repeat(r.below(300))),
        9 => format!("{}x{}", "{a: ".repeat(1 + r.below(200)), "}".repeat(r.below(200))),
        10 => format!("|\n{}", (0..1 + r.below(20)).map(|_| format!("  {}\n", markdown(r))).collect::<String>()),
        11 => r.pick(&["0", "1", "2", "3", "4", "5", "20", "21", "255", "256"]).into(),
        12 => r
            .pick(&[
                "people with lived experience",
                "other",
                "Other",
                "family carer",
                "England",
                "Englnd",
                "published",
                "draft",
                "in progress",
                "done",
                "low",
                "high",
                "medium ",
            ])
            .into(),
        13 => format!("'{}'", odd_text(r).replace('\'', "''")),
        14 => format!("{}", r.next()),
        // Markdown with links, written in the other forms a text can take.
        15 => format!(">\n{}", (0..1 + r.below(8)).map(|_| format!("  {}\n\n", markdown(r))).collect::<String>()),
        16 => format!(
            "\"caf\\u00e9 \\\"{}\\\" [x](javascript:1)\n  and [y]({})\"",
            odd_text(r).replace(['\\', '"'], ""),
            value(r).replace(['\\', '"', '\n', ')'], "")
        ),
        17 => format!("plain [x](/nowhere/)\n  folded {} [y](data:x)", odd_text(r).replace(['\n', '#', ':'], "")),
        _ => "x".into(),
    }
}

fn markdown(r: &mut Rng) -> String {
    match r.below(10) {
        0 => format!("{}x{}", "<div>".repeat(r.below(2000)), "</div>".repeat(r.below(2000))),
        1 => format!("{}deep", "> ".repeat(r.below(2000))),
        2 => format!("[a]({}) [b](/pointers/) ![i](x.png)", value(r).replace(['\n', ')'], "")),
        3 => format!("{}", "- ".repeat(r.below(500))),
        4 => "<script>alert(1)</script><a href=\"javascript:x\" onclick=\"y\">z</a>".into(),
        5 => "*".repeat(r.below(5000)),
        6 => format!("[x]: {}\n  [x]", value(r).replace('\n', "")),
        _ => odd_text(r).replace('\n', " "),
    }
}

/// A valid file's lines, some replaced: a value changed, a line repeated or
/// cut, an alias and its anchor added, a line of garbage put in.
fn mutate(r: &mut Rng, text: &str) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    for _ in 0..1 + r.below(6) {
        if lines.is_empty() {
            lines.push(String::new());
        }
        let i = r.below(lines.len());
        match r.below(9) {
            0..=3 => {
                if let Some(colon) = lines[i].find(": ") {
                    let v = value(r);
                    let indent = lines[i].len() - lines[i].trim_start().len();
                    let v = v.replace('\n', &format!("\n{}", " ".repeat(indent)));
                    lines[i] = format!("{}: {v}", &lines[i][..colon]);
                }
            }
            4 => {
                let line = lines[i].clone();
                for _ in 0..r.below(2000) {
                    lines.insert(i, line.clone());
                }
            }
            5 => {
                lines.remove(i);
            }
            6 => {
                // An anchor on a value, and aliases of it repeated.
                if let Some(colon) = lines[i].find(": ") {
                    lines[i] = format!("{}: &a {}", &lines[i][..colon], &lines[i][colon + 2..]);
                    let n = r.below(3000);
                    lines.push(format!("extra: [{}]", vec!["*a"; n.max(1)].join(", ")));
                }
            }
            7 => {
                let pos = r.below(lines[i].len() + 1);
                if lines[i].is_char_boundary(pos) {
                    let odd = r.pick(ODD);
                    lines[i].insert_str(pos, odd);
                }
            }
            _ => lines.insert(i, format!("{}{}", " ".repeat(r.below(8)), value(r))),
        }
    }
    let mut out = lines.join("\n");
    if r.chance(3) {
        out.push('\n');
    }
    out
}

const SITE: &str = "title: Network\nurl: https://aba.example.org/\nbase_url: /\nlanguage: en\nframework: Asset-Based Area, TLAP 2017\nlicence: Open Government Licence v3.0\nstale_after_months: 18\norganisation: Council\nscale:\n  - { value: 0, label: Not started }\n  - { value: 1, label: Emerging }\n  - { value: 2, label: Developing }\n  - { value: 3, label: Established }\n  - { value: 4, label: Embedded }\naccessibility:\n  contact: access@example.org\n  prepared_on: 2099-01-01\n  reviewed_on: 2099-01-01\n";
const AREA: &str =
    "name: Millbrook\nkind: Borough\nregion: North West\nnation: England\nwebsite: https://www.example.gov.uk\n";
const ASSESSMENT: &str = "assessed_on: 2024-03-31\nstatus: published\nfacilitator: Team\nframework: Asset-Based Area, TLAP 2017\nreviewed_by:\n  name: Tally Bridge\n  on: 2024-05-01\nparticipants:\n  - { role: people with lived experience, count: 5 }\n  - { role: other, count: 2 }\nsummary: |\n  A **good** year. [Map](/pointers/living-map/)\npointers:\n  living-map:\n    score: 3\n    votes: [2, 3, 4]\n    target: 4\n    confidence: medium\n    strengths: Residents keep the map.\n    evidence:\n      - Asset map with 1,200 entries\n      - { text: Map refresh, link: https://example.org/map, date: 2023-11-02 }\n      - { text: Levels, link: /pointers/living-map/#levels }\n    next_steps:\n      - Add health assets\n      - { action: Train staff, owner: Public health, due: 2024-12-31, status: planned }\n  social-value:\n    score: 1\n";
const PAGE: &str =
    "---\ntitle: About\ndescription: What this is.\nweight: 1\n---\nText with [a link](/pointers/) and more.\n";

const VERSION: &str = "name:\n  en-GB: Pilot\n  cy: Peilot\nsummary: The seven pointers tried out in 2019.\n";
const VERSION_POINTER: &str = include_str!("../../../content/frameworks/pilot-2019/pointers/01-know-what-we-have.md");

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

/// One case: a site with one to three files made hostile. Returns its files.
fn case(r: &mut Rng, root: &Path) -> Vec<(String, String)> {
    let _ = std::fs::remove_dir_all(root.join("assessments"));
    let _ = std::fs::remove_dir_all(root.join("content"));
    let periods = ["2024", "2023", "9999", "0000", "2024-13", "2024-00", "2025-06", "1989", "2101", "2022"];
    let folders = ["millbrook", "ｍｉｌｌ", "северо", "a--b", "-x", "Ab", "tally-bridge", "x\u{200b}"];
    let mut files = vec![("site.yaml".to_owned(), SITE.to_owned()), ("content/about.md".to_owned(), PAGE.to_owned())];
    files.push(("assessments/aardvark/area.yaml".into(), AREA.into()));
    files.push(("assessments/aardvark/2024.yaml".into(), ASSESSMENT.into()));
    let folder = if r.chance(4) { r.pick(&folders) } else { "millbrook" };
    let period = if r.chance(3) { r.pick(&periods) } else { "2024" };
    files.push((format!("assessments/{folder}/area.yaml"), AREA.replace("Millbrook", "Zed")));
    files.push((format!("assessments/{folder}/{period}.yaml"), ASSESSMENT.into()));
    if r.chance(3) {
        // Another area, whose region may be spelled like another's, or named like a nation.
        let region =
            r.pick(&["North West", "north west", "North  West", "\"North West \"", "Scotland", "Wales", "Môn"]);
        let area = AREA.replace("North West", region).replace("Millbrook", r.pick(&["Millbrook", "Zed", "Other"]));
        files.push(("assessments/zz-other/area.yaml".into(), area));
    }
    if r.chance(3) {
        // Another version of the framework, which an assessment may use.
        let slug = if r.chance(4) { r.pick(&folders) } else { "pilot" };
        files.push((format!("content/frameworks/{slug}/framework.yaml"), VERSION.into()));
        files.push((format!("content/frameworks/{slug}/pointers/01-know-what-we-have.md"), VERSION_POINTER.into()));
        if r.chance(2) {
            let i = files.iter().position(|(rel, _)| rel == "assessments/aardvark/2024.yaml").unwrap_or(0);
            files[i].1 = files[i]
                .1
                .replace("Asset-Based Area, TLAP 2017", "Pilot")
                .replace("  living-map:", "  know-what-we-have:");
        }
    }
    for _ in 0..1 + r.below(3) {
        let i = r.below(files.len());
        files[i].1 = mutate(r, &files[i].1);
    }
    for (rel, text) in &files {
        write(root, rel, text);
    }
    files
}

fn errors(o: &aba::Outcome) -> Vec<String> {
    o.diagnostics.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect()
}

fn main() {
    let mut minutes = 10.0_f64;
    let mut seed = 0x5eed_u64;
    let args: Vec<String> = std::env::args().collect();
    for w in args.windows(2) {
        match w[0].as_str() {
            "--minutes" => minutes = w[1].parse().expect("--minutes N"),
            "--seed" => seed = w[1].parse().expect("--seed N"),
            _ => {}
        }
    }
    let dir = std::env::temp_dir().join(format!("aba-fuzz-pipeline-{}", std::process::id()));
    let root = dir.join("site");
    let found = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("found");
    std::panic::set_hook(Box::new(|_| {}));
    let mut r = Rng(seed.max(1));
    let (start, until) = (Instant::now(), Duration::from_secs_f64(minutes * 60.0));
    let (mut runs, mut bytes, mut panics, mut disagreements, mut page_errors) = (0u64, 0u64, 0u64, 0u64, 0u64);
    let mut slowest = (Duration::ZERO, 0u64, 0usize);
    while start.elapsed() < until {
        let files = case(&mut r, &root);
        let size: usize = files.iter().map(|(_, t)| t.len()).sum();
        bytes += size as u64;
        runs += 1;
        let began = Instant::now();
        let outcome = std::panic::catch_unwind(|| {
            let check = aba::run(&root, &aba::Options { drafts: false, base_url: None, mode: aba::Mode::Check });
            let sink = Arc::new(aba::render::Discard);
            let build = aba::run(
                &root,
                &aba::Options {
                    drafts: false,
                    base_url: None,
                    mode: aba::Mode::Build { sink, relative: r.0 % 2 == 0 },
                },
            );
            (errors(&check), errors(&build))
        });
        let took = began.elapsed();
        if took > slowest.0 {
            slowest = (took, runs, size);
        }
        let problem = match outcome {
            Err(_) => {
                panics += 1;
                Some("panic".to_owned())
            }
            Ok((check, build)) if check != build => {
                disagreements += 1;
                Some(format!("check and build disagree\ncheck: {check:#?}\nbuild: {build:#?}"))
            }
            Ok((check, _)) if check.iter().any(|e| e.contains("(page)") || e.contains("made by the theme")) => {
                page_errors += 1;
                Some(format!("an error not named by its input file: {check:#?}"))
            }
            Ok(_) => None,
        };
        if let Some(problem) = problem {
            let case_dir = found.join(format!("case-{runs}"));
            for (rel, text) in &files {
                write(&case_dir, rel, text);
            }
            std::fs::write(case_dir.join("PROBLEM.txt"), &problem).unwrap();
            eprintln!("case {runs}: {}", problem.lines().next().unwrap_or(""));
        }
        if runs % 200 == 0 {
            eprintln!("{runs} runs, {} MB, {:.0} s", bytes >> 20, start.elapsed().as_secs_f64());
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    println!(
        "{runs} runs in {:.1} min, {:.1} MB of input; {panics} panics, {disagreements} check/build disagreements, {page_errors} errors blamed on a page; slowest case #{} ({} bytes) took {:.2} s",
        start.elapsed().as_secs_f64() / 60.0,
        bytes as f64 / 1e6,
        slowest.1,
        slowest.2,
        slowest.0.as_secs_f64()
    );
}
