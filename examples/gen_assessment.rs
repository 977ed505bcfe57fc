//! One large assessment file, valid and realistic in form, for the size
//! test (1 MB) and the benchmark (10 MB): every pointer scored, long
//! Markdown strengths with lists, links, tables and a little raw HTML, and
//! many evidence items and next steps.
//!
//!     cargo run --release --example gen_assessment -- --bytes 10000000 --out DIR
//!
//! DIR gets `assessments/big/area.yaml` and `assessments/big/2025.yaml`; the
//! framework and theme are built in.

use std::fmt::Write;

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

/// The text of an assessment file of at least `bytes` bytes.
pub fn assessment(bytes: usize) -> String {
    // Each round adds a paragraph, evidence items and a next step to every
    // pointer: measure one size, then take as many rounds as fit.
    let (one, ten) = (with_rounds(1).len(), with_rounds(11).len());
    let per_round = (ten - one) / 10;
    let mut rounds = (bytes.saturating_sub(one) / per_round).max(1);
    loop {
        let text = with_rounds(rounds);
        if text.len() >= bytes {
            return text;
        }
        rounds += 1;
    }
}

fn with_rounds(rounds: usize) -> String {
    let mut s = String::with_capacity(rounds * 4200);
    s.push_str("assessed_on: 2025-03-31\nstatus: published\nfacilitator: Cyngor Sir Ynys Môn — Tîm Cymunedau\n");
    s.push_str("participants:\n");
    for (role, count) in [
        ("people with lived experience", 14),
        ("family carers", 6),
        ("frontline workers", 22),
        ("partners and community groups", 11),
        ("senior leaders", 4),
    ] {
        let _ = writeln!(s, "  - {{ role: {role}, count: {count} }}");
    }
    s.push_str("summary: |\n");
    for r in 0..rounds.min(200) {
        let _ = writeln!(
            s,
            "  Round {r} of the workshop heard from residents in Llanfair, Caergybi and Amlwch. **Strengths first**: \
             what people can do, who they know, and the places they meet. See [the pointers](/pointers/) and \
             [the map](https://example.org/map/{r}).\n"
        );
    }
    s.push_str("pointers:\n");
    for (i, id) in POINTERS.iter().enumerate() {
        let _ = writeln!(s, "  {id}:");
        let votes: Vec<String> = (0..40).map(|v| ((v * 7 + i) % 5).to_string()).collect();
        let _ = writeln!(s, "    votes: [{}]", votes.join(", "));
        let _ = writeln!(s, "    target: {}", (i % 4) + 1);
        let _ = writeln!(s, "    confidence: {}", ["low", "medium", "high"][i % 3]);
        s.push_str("    strengths: |\n");
        for r in 0..rounds {
            let _ = writeln!(
                s,
                "      - Group {r} runs a weekly lunch club; *volunteers* cook, and the \
                 <abbr title=\"Local Area Coordinator\">LAC</abbr> connects newcomers.\n        \
                 - It links with [the {id} page](/pointers/{id}/) and [its partners](https://partners.example.org/{r}).\n"
            );
            if r % 50 == 0 {
                s.push_str(
                    "      | Ward | Groups | Volunteers |\n      |---|---|---|\n      | Llanfair | 12 | 140 |\n\n",
                );
            }
        }
        s.push_str("    evidence:\n");
        for r in 0..rounds {
            let _ = writeln!(s, "      - Asset map entry {r} for {id}, checked with residents");
            let _ = writeln!(
                s,
                "      - {{ text: \"Report {r}: what changed for people\", link: https://evidence.example/{id}/{r}, date: 2024-{:02}-{:02} }}",
                r % 12 + 1,
                r % 28 + 1
            );
        }
        s.push_str("    next_steps:\n");
        for r in 0..rounds {
            let _ = writeln!(s, "      - action: Widen the map to ward {r} with residents' own entries");
            let _ = writeln!(s, "        owner: Community development");
            let _ = writeln!(s, "        due: 2026-{:02}-{:02}", r % 12 + 1, r % 28 + 1);
            let _ = writeln!(s, "        status: {}", ["planned", "in progress", "done"][r % 3]);
        }
    }
    s
}

/// How many evidence items with a link the text has.
pub fn linked_evidence(text: &str) -> usize {
    text.matches("link: https://evidence.example/").count()
}

#[allow(dead_code)]
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let bytes: usize = arg("--bytes").and_then(|b| b.parse().ok()).unwrap_or(1_000_000);
    let out = std::path::PathBuf::from(arg("--out").expect("--out DIR"));
    let dir = out.join("assessments/big");
    std::fs::create_dir_all(&dir).expect("make the folder");
    std::fs::create_dir_all(out.join("content")).expect("make the folder");
    std::fs::write(dir.join("area.yaml"), "name: Ynys Fawr\nregion: Wales\nnation: Wales\n").expect("write area.yaml");
    let text = assessment(bytes);
    std::fs::write(dir.join("2025.yaml"), &text).expect("write the assessment");
    eprintln!("wrote {} bytes to {}", text.len(), dir.join("2025.yaml").display());
}
