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
pub mod messages;
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
use std::sync::Arc;

use diagnostic::{Diagnostic, Diagnostics};
use model::Site;

/// What a run of the pipeline is for: the options of each command, and
/// nothing another command needs.
pub enum Mode {
    /// `aba build`: every file, passed to the sink as soon as it is made;
    /// with `relative`, every link relative to its page, for `file://`.
    Build { sink: Arc<dyn render::Sink>, relative: bool },
    /// `aba check`: a sample of the pages rendered, nothing written.
    Check,
    /// `aba serve`: every file kept in memory, with the live-reload script.
    Serve(Box<ServeState>),
    /// `aba export`: stops once the input is checked (no pages are needed).
    Export,
}

/// What `serve` keeps from one rebuild to the next.
pub struct ServeState {
    pub live_reload: String,
    /// The last good build, whose unchanged pages are carried over.
    pub previous: Option<Arc<render::Previous>>,
    /// Assessment files parsed by earlier rebuilds.
    pub cache: Arc<load::ParseCache>,
    /// Areas checked by earlier rebuilds.
    pub memo: Arc<check::Memo>,
    /// The theme of the last rebuild, and what loading it reported.
    pub theme: Arc<ThemeMemo>,
}

/// The theme kept between `serve`'s rebuilds, with a hash of what it was
/// loaded from (the site's templates, static files and message files, and
/// its languages): while that is the same, it is not loaded again.
#[derive(Default)]
pub struct ThemeMemo(std::sync::Mutex<Option<KeptTheme>>);

/// The hash of what a theme was loaded from, the theme, and what loading it reported.
type KeptTheme = (u64, Option<Arc<theme::Theme>>, Vec<Diagnostic>);

impl ThemeMemo {
    fn load(
        &self,
        sources: &load::Sources,
        languages: &[String],
        diags: &mut Diagnostics,
    ) -> Option<Arc<theme::Theme>> {
        use std::hash::{Hash, Hasher};
        let mut h = std::hash::DefaultHasher::new();
        (&sources.templates, &sources.statics, &sources.messages, languages).hash(&mut h);
        let key = h.finish();
        let mut kept = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((k, theme, found)) = kept.as_ref()
            && *k == key
        {
            diags.extend(found.iter().cloned());
            return theme.clone();
        }
        let mut local = Diagnostics::default();
        let theme = theme::Theme::load(sources, languages, &mut local).map(Arc::new);
        let found = local.sorted();
        diags.extend(found.iter().cloned());
        *kept = Some((key, theme.clone(), found));
        theme
    }
}

impl Mode {
    pub fn sink(&self) -> Option<&dyn render::Sink> {
        match self {
            Mode::Build { sink, .. } => Some(sink.as_ref()),
            _ => None,
        }
    }

    pub fn live_reload(&self) -> Option<&str> {
        match self {
            Mode::Serve(s) => Some(&s.live_reload),
            _ => None,
        }
    }

    /// Whether links are written relative to each page (`build --relative`).
    pub fn relative(&self) -> bool {
        matches!(self, Mode::Build { relative: true, .. })
    }

    /// Whether each page's fingerprint is kept, for the next rebuild to compare.
    pub fn keeps_prints(&self) -> bool {
        matches!(self, Mode::Serve(_))
    }

    pub fn previous(&self) -> Option<&render::Previous> {
        match self {
            Mode::Serve(s) => s.previous.as_deref(),
            _ => None,
        }
    }
}

/// The options every command shares, and its mode.
pub struct Options {
    /// Include assessments marked `status: draft`.
    pub drafts: bool,
    /// Overrides `base_url` in `site.yaml`.
    pub base_url: Option<String>,
    pub mode: Mode,
}

/// What a run of the pipeline produced.
pub struct Outcome {
    pub site: Site,
    /// `None` when the input had errors.
    pub rendered: Option<render::Rendered>,
    pub diagnostics: Vec<Diagnostic>,
    pub errors: usize,
    pub summary: String,
    /// On a site in more than one language, the labels of the scale in each
    /// (`render::data::level_labels`), for `aba export`; empty otherwise.
    pub level_labels: Vec<Vec<String>>,
}

/// Load, check, score and render the site at `root`, in memory.
pub fn run(root: &Path, options: &Options) -> Outcome {
    let mut timer = Timer::new();
    let mut diags = Diagnostics::default();
    let cache = match &options.mode {
        Mode::Serve(s) => Some(s.cache.clone()),
        _ => None,
    };
    let sources = load::load_with(root, cache, &mut diags);
    timer.lap("load");
    from_sources(sources, options, diags, timer)
}

/// Check, score and render what `load` read.
fn from_sources(sources: load::Sources, options: &Options, mut diags: Diagnostics, mut timer: Timer) -> Outcome {
    let memo = match &options.mode {
        Mode::Serve(s) => Some(s.memo.as_ref()),
        _ => None,
    };
    let mut site = check::check_with(&sources, options.drafts, memo, &mut diags);
    // `--base-url` was checked by the command line, by the same rule as site.yaml's.
    if let Some(a) = options.base_url.as_deref().and_then(|b| check::parse_address(b).ok()) {
        site.config.base_url = a.path;
        if a.origin.is_some() {
            site.config.origin = a.origin;
        }
    }
    timer.lap("check");
    if matches!(options.mode, Mode::Export) {
        // The scale's labels in each language are the theme's words.
        let level_labels = match site.config.languages.len() {
            1 => Vec::new(),
            _ => theme::Theme::load(&sources, &site.config.languages, &mut diags)
                .map(|t| render::data::level_labels(&site, &t.messages))
                .unwrap_or_default(),
        };
        let (errors, summary) = (diags.error_count(), diags.summary());
        return Outcome { rendered: None, site, diagnostics: diags.sorted(), errors, summary, level_labels };
    }
    let theme = match &options.mode {
        Mode::Serve(s) => s.theme.load(&sources, &site.config.languages, &mut diags),
        _ => theme::Theme::load(&sources, &site.config.languages, &mut diags).map(Arc::new),
    };
    // The raw YAML is not needed once checked: free it, off the critical path.
    std::thread::spawn(move || drop(sources));
    timer.lap("theme");
    let mut pages = None;
    if let Some(theme) = theme {
        let rendered = match options.mode {
            Mode::Check => render::sample(&site, &theme, &options.mode, &mut diags),
            _ => render::render(&site, &theme, &options.mode, &mut diags),
        };
        timer.lap("render");
        let reused: std::collections::HashSet<&str> =
            site.areas.iter().zip(&rendered.reused).filter(|(_, r)| **r).map(|(a, _)| a.slug.0.as_str()).collect();
        let before = options.mode.previous().map(render::Previous::index);
        render::links::check(&site, &rendered.index, before, &|a| reused.contains(a.slug.0.as_str()), &mut diags);
        timer.lap("links");
        pages = Some(rendered);
    }
    let errors = diags.error_count();
    let summary = diags.summary();
    let level_labels = Vec::new();
    Outcome {
        rendered: pages.filter(|_| errors == 0),
        site,
        diagnostics: diags.sorted(),
        errors,
        summary,
        level_labels,
    }
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
    let options = Options {
        drafts: true,
        base_url: None,
        mode: Mode::Build { sink: Arc::new(render::Discard), relative: false },
    };
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
