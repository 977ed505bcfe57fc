//! `aba new SLUG`: a blank worksheet with every pointer, its questions and the
//! scale as comments, ready for a workshop to fill in.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use super::Failure;
use crate::diagnostic::Diagnostics;
use crate::model::{Period, Site, is_slug};

/// The site `start` is in: itself, or the nearest folder above it with
/// `content/` or `assessments/` (as git finds its repository).
fn site_root(start: &Path) -> Option<PathBuf> {
    let start = std::path::absolute(start).ok()?;
    start.ancestors().find(|dir| dir.join("assessments").is_dir() || dir.join("content").is_dir()).map(Path::to_owned)
}

pub fn run(root: &Path, slug: &str, period: Option<&str>, name: Option<&str>) -> Result<(), Failure> {
    let Some(found) = site_root(root) else {
        return Err(Failure::usage(format!(
            "{} is not in an aba site: neither it nor any folder above it has content/ or assessments/. Run `aba new` in the site's folder, name it with --root, or start a site with `aba init DIR`",
            root.display()
        )));
    };
    // Paths are printed as given, when the given folder is the site.
    let root = if std::path::absolute(root).is_ok_and(|r| r == found) { root } else { found.as_path() };
    if !is_slug(slug) {
        let example = match crate::check::slugify(slug) {
            s if s.is_empty() => "millbrook".to_owned(),
            s => s,
        };
        return Err(Failure::usage(format!(
            "`{slug}` cannot be an area's folder name: use lower-case letters a to z, digits and -, such as {example}"
        )));
    }
    let period = match period {
        Some(p) => match Period::parse(p).filter(|p| crate::check::YEARS.contains(&p.year)) {
            Some(p) => p,
            None => {
                return Err(Failure::usage(format!(
                    "`{p}` is not a period: use a year from {} to {} (2026), or a year and month (2026-03)",
                    crate::check::YEARS.start(),
                    crate::check::YEARS.end()
                )));
            }
        },
        None => Period { year: this_year(), month: None },
    };
    let mut diags = Diagnostics::default();
    let sources = crate::load::load(root, &mut diags);
    let site = crate::check::check(&sources, true, &mut diags);
    if site.pointers.is_empty() {
        for d in diags.sorted() {
            eprintln!("{d}");
        }
        return Err(Failure::Failed("the pointers could not be read, so no worksheet was written".into()));
    }
    let dir = root.join("assessments").join(slug);
    // Never through a link out of the site.
    if !crate::write::resolve(&dir).starts_with(crate::write::resolve(root)) {
        return Err(Failure::usage(format!("{} leads outside the site; it was not changed", dir.display())));
    }
    let file = dir.join(format!("{period}.yaml"));
    if file.exists() {
        return Err(Failure::usage(format!("{} already exists; it was not changed", file.display())));
    }
    std::fs::create_dir_all(&dir).map_err(|e| Failure::Failed(format!("cannot create {}: {e}", dir.display())))?;
    let area_file = dir.join("area.yaml");
    if !area_file.exists() {
        let name = name.map(str::to_owned).unwrap_or_else(|| title_case(slug));
        let area = format!(
            "name: {}\n# kind: Metropolitan borough\n# region: North West      # or the nation, for Scotland, Wales and Northern Ireland\n# nation: England         # England | Scotland | Wales | Northern Ireland\n# website: https://www.example.gov.uk\n",
            yaml_str(&name)
        );
        std::fs::write(&area_file, area)
            .map_err(|e| Failure::Failed(format!("cannot write {}: {e}", area_file.display())))?;
        println!("wrote {}", area_file.display());
    }
    let text = worksheet(&site, &period);
    // create_new: never overwrite, even if the file appeared since the check above.
    let result = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&file)
        .and_then(|mut f| std::io::Write::write_all(&mut f, text.as_bytes()));
    result.map_err(|e| Failure::Failed(format!("cannot write {}: {e}", file.display())))?;
    println!("wrote {}", file.display());
    println!("Fill in the votes or scores during the workshop, then run `aba check`.");
    Ok(())
}

fn this_year() -> u16 {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    // Days to a civil year; exact enough for a default period.
    (1970 + secs / 31_556_952) as u16
}

fn title_case(slug: &str) -> String {
    slug.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn yaml_str(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn comment(out: &mut String, indent: &str, text: &str) {
    for line in text.lines() {
        let _ = writeln!(out, "{indent}# {line}");
    }
}

/// The comment at the top of an assessment file: the worksheet page in the
/// browser writes the same one.
pub(crate) fn header(site: &Site, period_label: &str) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# yaml-language-server: $schema=../../public/data/assessment.schema.json");
    let _ = writeln!(s, "# Self-assessment for {period_label} against {}.", site.config.framework);
    s.push_str("# For each pointer: read the levels aloud, talk through the questions, then each\n");
    s.push_str("# person or table votes. Type the votes in, e.g. votes: [2, 3, 3, 1]. The score is\n");
    s.push_str("# the middle vote (the lower middle for an even number), unless you write score: N.\n");
    s.push_str("# The scale:\n");
    for l in &site.config.scale {
        let _ = writeln!(s, "#   {} {}", l.value, l.label);
    }
    s
}

/// The worksheet text: valid YAML that passes `aba check` as it stands.
pub fn worksheet(site: &Site, period: &Period) -> String {
    let mut s = header(site, &period.label());
    s.push('\n');
    let _ = writeln!(
        s,
        "assessed_on: {}-{:02}-01   # the date of the workshop, YYYY-MM-DD",
        period.year,
        period.month.unwrap_or(1)
    );
    s.push_str("status: draft   # change to published when the group has agreed it\n");
    s.push_str("facilitator: \"\"\n");
    s.push_str("framework: ");
    s.push_str(&yaml_str(&site.config.framework));
    s.push('\n');
    s.push_str("participants:   # who took part: this is part of the evidence\n");
    for r in &site.config.roles {
        let plain = r.key.chars().all(|c| c.is_alphanumeric() || c == ' ');
        let key = if plain { r.key.clone() } else { yaml_str(&r.key) };
        let _ = writeln!(s, "  - {{ role: {key}, count: 0 }}");
    }
    s.push_str("summary: |\n  \n");
    s.push_str("pointers:\n");
    for p in &site.pointers {
        s.push('\n');
        let _ = writeln!(s, "  # {}. {}", p.number, p.title);
        comment(&mut s, "  ", &p.summary);
        s.push_str("  # Questions to discuss:\n");
        for q in &p.questions {
            let _ = writeln!(s, "  #   - {q}");
        }
        s.push_str("  # What each level looks like:\n");
        for l in &site.config.scale {
            if let Some(text) = p.levels.get(&l.value) {
                let _ = writeln!(s, "  #   {} {}: {}", l.value, l.label, text.trim());
            }
        }
        let _ = writeln!(s, "  {}:", p.id);
        s.push_str("    votes: []          # one number per person or table\n");
        s.push_str("    # score:           # only if the group agreed a score directly\n");
        s.push_str("    target:            # the level you aim for by the next assessment\n");
        s.push_str("    # confidence:      # low, medium or high: how strong the evidence is\n");
        s.push_str("    strengths: |\n      \n");
        s.push_str("    evidence: []       # - what shows it, or { text: ..., link: https://..., date: YYYY-MM-DD }\n");
        s.push_str("    next_steps: []     # - { action: ..., owner: ..., due: YYYY-MM-DD, status: planned }\n");
    }
    s
}
