//! aba: the ten Asset-Based Area pointers and councils' self-assessments,
//! turned into a static website.
//!
//! One pipeline, one direction: load → check → score → render → write.
//! `build`, `check`, `serve` and `export` are that pipeline stopped at
//! different stages.

pub mod check;
pub mod cmd;
pub mod diagnostic;
pub mod load;
pub mod model;
pub mod render;
pub mod save;
pub mod score;
pub mod serve;
pub mod theme;
pub mod write;

pub mod embedded {
    //! The default theme, framework and one example area, compiled in.
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

use std::path::Path;

use diagnostic::{Diagnostic, Diagnostics};
use model::Site;

#[derive(Default)]
pub struct Options {
    pub drafts: bool,
    pub base_url: Option<String>,
    pub live_reload: Option<String>,
    /// `serve` only: the last good build, when nothing but assessments changed.
    pub previous: Option<std::sync::Arc<render::Previous>>,
    /// `serve` only: assessment files parsed by earlier rebuilds.
    pub cache: Option<std::sync::Arc<load::ParseCache>>,
    /// `serve` only: areas checked by earlier rebuilds.
    pub memo: Option<std::sync::Arc<check::Memo>>,
    /// Stop once the input is checked (`export` needs no pages).
    pub stop_after_check: bool,
    /// `check` only: render a sample of the pages, not all of them.
    pub sample: bool,
    /// `build` only: where each file goes as soon as it is rendered.
    pub sink: Option<std::sync::Arc<dyn render::Sink>>,
}

/// What a run of the pipeline produced.
pub struct Outcome {
    pub site: Site,
    /// `None` when the input had errors.
    pub rendered: Option<render::Rendered>,
    pub diagnostics: Vec<Diagnostic>,
    pub errors: usize,
    pub summary: String,
}

/// Load, check, score and render the site at `root`, in memory.
pub fn run(root: &Path, options: &Options) -> Outcome {
    let mut timer = Timer::new();
    let mut diags = Diagnostics::default();
    let sources = load::load_with(root, options.cache.clone(), &mut diags);
    timer.lap("load");
    from_sources(sources, options, diags, timer)
}

/// Check, score and render what `load` read.
fn from_sources(sources: load::Sources, options: &Options, mut diags: Diagnostics, mut timer: Timer) -> Outcome {
    let mut site = check::check_with(&sources, options.drafts, options.memo.as_deref(), &mut diags);
    if let Some(b) = &options.base_url {
        site.config.base_url = check::normalise_base_url(b);
    }
    timer.lap("check");
    if options.stop_after_check {
        let (errors, summary) = (diags.error_count(), diags.summary());
        return Outcome { rendered: None, site, diagnostics: diags.sorted(), errors, summary };
    }
    let theme = theme::Theme::load(&sources, &mut diags);
    // The raw YAML is not needed once checked: free it, off the critical path.
    std::thread::spawn(move || drop(sources));
    timer.lap("theme");
    let mut pages = None;
    if let Some(theme) = theme {
        let opts = render::Options { live_reload: options.live_reload.clone(), sink: options.sink.clone() };
        let rendered = if options.sample {
            render::sample(&site, &theme, &opts, &mut diags)
        } else {
            render::render(&site, &theme, &opts, options.previous.as_deref(), &mut diags)
        };
        timer.lap("render");
        let reused: std::collections::HashSet<&str> =
            site.areas.iter().zip(&rendered.reused).filter(|(_, r)| **r).map(|(a, _)| a.slug.0.as_str()).collect();
        render::links::check(&site, &rendered.index, &|a| reused.contains(a.slug.0.as_str()), &mut diags);
        timer.lap("links");
        pages = Some(rendered);
    }
    let errors = diags.error_count();
    let summary = diags.summary();
    Outcome { rendered: pages.filter(|_| errors == 0), site, diagnostics: diags.sorted(), errors, summary }
}

/// The whole pipeline, in memory, on the text of one assessment file of an
/// area that has the built-in framework and theme: what the fuzz target
/// drives. Any input gives diagnostics, never a panic.
pub fn check_assessment_text(bytes: &[u8]) -> Vec<Diagnostic> {
    let mut diags = Diagnostics::default();
    let Ok(text) = std::str::from_utf8(bytes) else { return vec![] };
    let mut sources = load::Sources { pointers: load::built_in_pointers(&mut diags), ..Default::default() };
    let period = load::parse_yaml("assessments/a/2020.yaml", text, 0, &mut diags);
    let area = load::parse_yaml("assessments/a/area.yaml", "name: A\nregion: Wales\nnation: Wales\n", 0, &mut diags);
    sources.areas = load::AreaSources::Loaded(vec![load::AreaSource {
        folder: "a".into(),
        dir_file: "assessments/a/".into(),
        area: area.map(std::sync::Arc::new),
        area_exists: true,
        periods: vec![("2020".into(), period.map(std::sync::Arc::new))],
    }]);
    let options = Options { drafts: true, ..Options::default() };
    from_sources(sources, &options, diags, Timer::new()).diagnostics
}

/// With `ABA_TIMINGS=1` in the environment, prints how long each stage took.
pub struct Timer {
    on: bool,
    last: std::time::Instant,
}

impl Timer {
    pub fn new() -> Timer {
        Timer { on: std::env::var_os("ABA_TIMINGS").is_some(), last: std::time::Instant::now() }
    }

    pub fn lap(&mut self, stage: &str) {
        if self.on {
            let ms = self.last.elapsed().as_secs_f64() * 1000.0;
            eprintln!("timing: {stage} {ms:.1} ms, {} MB resident", resident_mb());
        }
        self.last = std::time::Instant::now();
    }
}

impl Default for Timer {
    fn default() -> Self {
        Timer::new()
    }
}

/// The process's resident memory now (Linux only; 0 elsewhere).
fn resident_mb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status.lines().find_map(|l| l.strip_prefix("VmRSS:")).and_then(|v| v.split_whitespace().next());
    kb.and_then(|k| k.parse::<u64>().ok()).unwrap_or(0) / 1024
}

/// Prints diagnostics and the one-line count to standard error.
pub fn report(outcome: &Outcome) {
    use std::io::Write;
    // Buffered: a large network can have thousands of warnings.
    let mut e = std::io::BufWriter::new(std::io::stderr().lock());
    for d in &outcome.diagnostics {
        let _ = writeln!(e, "{d}");
    }
    if !outcome.diagnostics.is_empty() {
        let _ = writeln!(e, "{}", outcome.summary);
    }
    let _ = e.flush();
}
