//! The command line: each subcommand parses its arguments and calls the pipeline.

mod init;
pub(crate) mod new;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::{Mode, Options, report, run as pipeline, write};

/// Turns the ten Asset-Based Area pointers and councils' YAML self-assessments
/// into a static website.
#[derive(Debug, Parser)]
#[command(name = "aba", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// Where the site is, and whether drafts count: every command that reads a site has these.
#[derive(Debug, Args)]
pub struct SiteArgs {
    /// The site folder (with content/ and assessments/)
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Include assessments marked `status: draft`
    #[arg(long)]
    pub drafts: bool,
}

/// Where the site will live, for the commands that make its pages.
#[derive(Debug, Args)]
pub struct UrlArgs {
    /// Put every link under this path, e.g. /aba/ when the site lives in a sub-folder
    #[arg(long, value_parser = base_url)]
    pub base_url: Option<String>,
}

/// `--base-url` obeys the same rule as `base_url` in site.yaml.
fn base_url(s: &str) -> Result<String, String> {
    crate::check::parse_address(s)
        .map(|_| s.to_owned())
        .map_err(|why| format!("{why}; use a path such as /aba/, or a full address such as https://example.org/aba/"))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the site, then write it to public/ (or --out)
    Build {
        #[command(flatten)]
        site: SiteArgs,
        #[command(flatten)]
        url: UrlArgs,
        /// Where to write the site [default: ROOT/public]
        #[arg(long)]
        out: Option<PathBuf>,
        /// Write every link relative to its page, so the site works opened from a folder
        /// (a shared drive, a USB stick) without a web server [also: relative_urls in site.yaml]
        #[arg(long)]
        relative: bool,
    },
    /// Check everything and report every problem; write nothing
    Check {
        #[command(flatten)]
        site: SiteArgs,
        #[command(flatten)]
        url: UrlArgs,
        /// How to print the problems: for people, as GitHub annotations, or as JSON lines
        #[arg(long, value_enum, default_value_t = Report::Human)]
        format: Report,
    },
    /// Build the site in memory, serve it, and rebuild when a file changes
    Serve {
        #[command(flatten)]
        site: SiteArgs,
        /// The port to serve on (0 picks a free one)
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on; anything but loopback shows the preview to your network
        #[arg(long, default_value = "127.0.0.1")]
        host: String,
        /// Open the site in the default browser
        #[arg(long)]
        open: bool,
    },
    /// Write a blank assessment worksheet for an area
    New {
        /// The area's folder name: lower-case letters, digits and -, e.g. tally-bridge
        slug: String,
        /// The period: a year (2026) or year and month (2026-03) [default: this year]
        #[arg(long)]
        period: Option<String>,
        /// The area's name, for a new area.yaml
        #[arg(long)]
        name: Option<String>,
        /// The language of the file's comments: one of the site's `languages` [default: the first]
        #[arg(long)]
        lang: Option<String>,
        /// The site folder (with content/ and assessments/)
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Lay out a new site: framework, theme, site.yaml and one example area
    Init {
        /// The folder to create (it must not exist, or be empty)
        dir: PathBuf,
    },
    /// Print the scores table (the same bytes as data/scores.csv or .json)
    Export {
        #[command(flatten)]
        site: SiteArgs,
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
        /// Write to this file instead of standard output
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    Csv,
    Json,
}

/// How `aba check` prints what it found.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Report {
    /// `error: FILE:LINE:COL: what is wrong; what would be right`, on standard error
    Human,
    /// GitHub Actions annotations on the lines they are about, on standard output
    Github,
    /// One JSON object a line (file, line, column, severity, message, hint), on standard output
    Json,
}

/// Why a command did not succeed, and so its exit code.
pub enum Failure {
    /// The command itself was wrong (not the site's files): exit code 2.
    Usage(String),
    /// The site's files have errors, already reported: exit code 1.
    Site,
    /// Something went wrong on the way (a file could not be written): exit code 1.
    Failed(String),
}

impl Failure {
    fn exit(self) -> ExitCode {
        match self {
            Failure::Usage(m) => {
                eprintln!("error: {m}");
                ExitCode::from(2)
            }
            Failure::Site => ExitCode::from(1),
            Failure::Failed(m) => {
                eprintln!("error: {m}");
                ExitCode::from(1)
            }
        }
    }
}

pub fn run(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Build { site, url, out, relative } => build(&site, url, out, relative),
        Command::Check { site, url, format } => check(&site, url, format),
        Command::Serve { site, port, host, open } => require_root(&site.root).and_then(|_| {
            let config = crate::serve::Config { root: site.root, host, port, drafts: site.drafts, open };
            crate::serve::serve(config).map_err(Failure::Usage)
        }),
        Command::New { slug, period, name, lang, root } => {
            new::run(&root, &slug, period.as_deref(), name.as_deref(), lang.as_deref())
        }
        Command::Init { dir } => init::run(&dir),
        Command::Export { site, format, out } => export(&site, format, out.as_deref()),
    };
    result.map_or_else(Failure::exit, |()| ExitCode::SUCCESS)
}

impl Failure {
    /// The command itself was wrong (not the site's files): exit code 2.
    pub(crate) fn usage(message: impl std::fmt::Display) -> Failure {
        Failure::Usage(message.to_string())
    }
}

fn require_root(root: &Path) -> Result<(), Failure> {
    if !root.is_dir() {
        return Err(Failure::Usage(format!("{} is not a folder", root.display())));
    }
    if !root.join("assessments").is_dir() && !root.join("content").is_dir() {
        return Err(Failure::Usage(format!(
            "{} does not look like an aba site: it has no content/ or assessments/ folder. Use --root to name the site folder, or `aba init DIR` to start one",
            root.display()
        )));
    }
    Ok(())
}

fn build(args: &SiteArgs, url: UrlArgs, out: Option<PathBuf>, relative: bool) -> Result<(), Failure> {
    require_root(&args.root)?;
    let out = out.unwrap_or_else(|| args.root.join("public"));
    write::check_out(&args.root, &out).map_err(|e| Failure::Usage(e.to_string()))?;
    let start = std::time::Instant::now();
    // Pages go to disk as they are rendered, into a spare folder that is
    // swapped in only if the whole build succeeds.
    let staging = std::sync::Arc::new(write::Staging::begin(&out).map_err(|e| Failure::Failed(e.to_string()))?);
    let mode = Mode::Build { sink: staging.clone(), relative };
    let outcome = pipeline(&args.root, &Options { drafts: args.drafts, base_url: url.base_url, mode });
    let mut timer = crate::Timer::new();
    report(&outcome);
    timer.lap("report");
    let Some(rendered) = outcome.rendered.as_ref() else {
        eprintln!("nothing was written; {} is unchanged", out.display());
        // A file that could not be written is said too, once.
        return Err(staging.failure().map_or(Failure::Site, |e| Failure::Failed(e.to_string())));
    };
    staging.finish(rendered.index.keys().map(String::as_str)).map_err(|e| Failure::Failed(e.to_string()))?;
    timer.lap("write");
    eprintln!("built {} files into {} in {} ms", rendered.index.len(), out.display(), start.elapsed().as_millis());
    Ok(())
}

fn check(args: &SiteArgs, url: UrlArgs, format: Report) -> Result<(), Failure> {
    require_root(&args.root)?;
    let outcome = pipeline(&args.root, &Options { drafts: args.drafts, base_url: url.base_url, mode: Mode::Check });
    let format = match format {
        Report::Human => None,
        Report::Github => Some(crate::diagnostic::Format::Github),
        Report::Json => Some(crate::diagnostic::Format::Json),
    };
    match format {
        None => report(&outcome),
        Some(format) => {
            // For tools: every diagnostic on standard output (where GitHub
            // reads workflow commands), the count on standard error.
            use std::io::Write;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            for d in &outcome.diagnostics {
                let _ = writeln!(out, "{}", d.formatted(format));
            }
            let _ = out.flush();
            eprintln!("{}", outcome.summary);
        }
    }
    let (errors, empty) = (outcome.errors, outcome.diagnostics.is_empty());
    // The process ends next: freeing the site and the sample of pages piece
    // by piece would only cost time (a tenth of a large network's check).
    std::mem::forget(outcome);
    if errors > 0 {
        return Err(Failure::Site);
    }
    if empty {
        eprintln!("no problems found");
    }
    Ok(())
}

fn export(args: &SiteArgs, format: Format, out: Option<&Path>) -> Result<(), Failure> {
    require_root(&args.root)?;
    if let Some(path) = out {
        write::check_export(&args.root, path).map_err(|e| Failure::Usage(e.to_string()))?;
    }
    // The scores need only the checked input: stop before rendering.
    let outcome = pipeline(&args.root, &Options { drafts: args.drafts, base_url: None, mode: Mode::Export });
    if outcome.errors > 0 {
        report(&outcome);
        return Err(Failure::Site);
    }
    let site = &outcome.site;
    let text = match format {
        Format::Csv => crate::render::data::scores_csv(site),
        Format::Json => crate::render::data::scores_json(site, &outcome.level_labels),
    };
    match out {
        Some(path) => {
            std::fs::write(path, text).map_err(|e| Failure::Failed(format!("cannot write {}: {e}", path.display())))
        }
        None => {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`aba export | head`) is no error of the site's.
            stdout.write_all(text.as_bytes()).and_then(|_| stdout.flush()).map_err(|_| Failure::Site)
        }
    }
}
