//! `aba new SLUG`: a blank worksheet with every pointer, its questions and the
//! scale as comments, ready for a workshop to fill in.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use super::Failure;
use crate::diagnostic::Diagnostics;
use crate::messages::Messages;
use crate::model::{Period, Site, is_slug};

/// The site `start` is in: itself, or the nearest folder above it with
/// `content/` or `assessments/` (as git finds its repository).
fn site_root(start: &Path) -> Option<PathBuf> {
    let start = std::path::absolute(start).ok()?;
    start.ancestors().find(|dir| dir.join("assessments").is_dir() || dir.join("content").is_dir()).map(Path::to_owned)
}

pub fn run(
    root: &Path,
    slug: &str,
    period: Option<&str>,
    name: Option<&str>,
    lang: Option<&str>,
) -> Result<(), Failure> {
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
    let languages = &site.config.languages;
    let lang = match lang {
        None => 0,
        Some(l) => languages
            .iter()
            .position(|x| x.eq_ignore_ascii_case(l))
            .or_else(|| languages.iter().position(|x| crate::messages::primary(x).eq_ignore_ascii_case(l)))
            .ok_or_else(|| {
                Failure::usage(format!(
                    "`{l}` is not one of the site's languages: use --lang with one of {} (`languages` in site.yaml)",
                    languages.join(", ")
                ))
            })?,
    };
    let Some(theme) = crate::theme::Theme::load(&sources, languages, &mut diags) else {
        for d in diags.sorted() {
            eprintln!("{d}");
        }
        return Err(Failure::Failed("the theme's words could not be read, so no worksheet was written".into()));
    };
    let words = Words { all: &theme.messages, lang };
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
        let w = words.own();
        let area = format!(
            "name: {}\n# kind: ...              # {}\n# region: North West      # {}\n# nation: England         # England | Scotland | Wales | Northern Ireland\n# website: https://www.example.gov.uk\n",
            yaml_str(&name),
            w.text("new-kind"),
            w.text("new-region")
        );
        std::fs::write(&area_file, area)
            .map_err(|e| Failure::Failed(format!("cannot write {}: {e}", area_file.display())))?;
        println!("wrote {}", area_file.display());
    }
    let text = worksheet(&site, &words, &period);
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

/// The words of a new file: the theme's messages in each of the site's
/// languages, and the place of the file's language among them.
pub(crate) struct Words<'a> {
    pub all: &'a [Messages],
    pub lang: usize,
}

impl Words<'_> {
    fn own(&self) -> &Messages {
        &self.all[self.lang]
    }
}

/// The comment at the top of an assessment file, in the language of
/// `words`: the worksheet page in the browser writes the same one.
pub(crate) fn header(site: &Site, words: &Words, period_label: &str) -> String {
    let w = words.own();
    let mut s = String::new();
    let _ = writeln!(s, "# yaml-language-server: $schema=../../public/data/assessment.schema.json");
    let title = w.format("new-header", &[("period", period_label), ("framework", &site.config.framework)]);
    comment(&mut s, "", &title);
    for id in ["new-how-1", "new-how-2", "new-how-3"] {
        comment(&mut s, "", &w.text(id));
    }
    if words.lang > 0 {
        let code = &site.config.languages[words.lang];
        let default = words.all[0].text("language-name");
        comment(&mut s, "", &w.format("new-languages", &[("code", code), ("default", &default)]));
    }
    comment(&mut s, "", &w.text("new-scale"));
    let usual = site.config.has_usual_scale();
    for l in &site.config.scale {
        let _ = writeln!(s, "#   {} {}", l.value, crate::render::level_label(site, usual, w, l.value));
    }
    s
}

/// The worksheet text: valid YAML that passes `aba check` as it stands,
/// its comments in the language of `words`.
pub(crate) fn worksheet(site: &Site, words: &Words, period: &Period) -> String {
    let w = words.own();
    let mut s = header(site, words, &w.period(period));
    s.push('\n');
    let _ = writeln!(s, "assessed_on: {}-{:02}-01   # {}", period.year, period.month.unwrap_or(1), w.text("new-date"));
    let _ = writeln!(s, "status: draft   # {}", w.text("new-status"));
    s.push_str("facilitator: \"\"\n");
    s.push_str("framework: ");
    s.push_str(&yaml_str(&site.config.framework));
    s.push('\n');
    let _ = writeln!(s, "participants:   # {}", w.text("new-participants"));
    for r in &site.config.roles {
        let plain = r.key.chars().all(|c| c.is_alphanumeric() || c == ' ');
        let key = if plain { r.key.clone() } else { yaml_str(&r.key) };
        let _ = writeln!(s, "  - {{ role: {key}, count: 0 }}");
    }
    s.push_str("summary: |\n  \n");
    s.push_str("pointers:\n");
    let usual = site.config.has_usual_scale();
    for p in site.pointers_in(words.lang) {
        s.push('\n');
        let _ = writeln!(s, "  # {}. {}", p.number, p.title);
        comment(&mut s, "  ", &p.summary);
        comment(&mut s, "  ", &w.text("new-questions"));
        for q in &p.questions {
            let _ = writeln!(s, "  #   - {q}");
        }
        comment(&mut s, "  ", &w.text("new-levels"));
        for l in &site.config.scale {
            if let Some(text) = p.levels.get(&l.value) {
                let label = crate::render::level_label(site, usual, w, l.value);
                let _ = writeln!(s, "  #   {} {label}: {}", l.value, text.trim());
            }
        }
        let _ = writeln!(s, "  {}:", p.id);
        let _ = writeln!(s, "    votes: []          # {}", w.text("new-votes"));
        let _ = writeln!(s, "    # score:           # {}", w.text("new-score"));
        let _ = writeln!(s, "    target:            # {}", w.text("new-target"));
        let _ = writeln!(s, "    # confidence:      # {}", w.text("new-confidence"));
        s.push_str("    strengths: |\n      \n");
        let _ = writeln!(s, "    evidence: []       # {}", w.text("new-evidence"));
        let _ = writeln!(s, "    next_steps: []     # {}", w.text("new-next-steps"));
    }
    s
}
