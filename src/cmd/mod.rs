//! The command line: each subcommand parses its arguments and calls the pipeline.

mod init;
mod new;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::{Options, Outcome, report, run as pipeline, write};

/// Turns the ten Asset-Based Area pointers and councils' YAML self-assessments
/// into a static website.
#[derive(Debug, Parser)]
#[command(name = "aba", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the site, then write it to public/ (or --out)
    Build {
        /// The site folder (with content/ and assessments/)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site [default: ROOT/public]
        #[arg(long)]
        out: Option<PathBuf>,
        /// Put every link under this path, e.g. /aba/ when the site lives in a sub-folder
        #[arg(long)]
        base_url: Option<String>,
        /// Include assessments marked `status: draft`
        #[arg(long)]
        drafts: bool,
    },
    /// Check everything and report every problem; write nothing
    Check {
        /// The site folder (with content/ and assessments/)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Also check assessments marked `status: draft` as if published
        #[arg(long)]
        drafts: bool,
    },
    /// Build the site in memory, serve it, and rebuild when a file changes
    Serve {
        /// The site folder (with content/ and assessments/)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The port to serve on (0 picks a free one)
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on; anything but loopback shows the preview to your network
        #[arg(long, default_value = "127.0.0.1")]
        host: String,
        /// Open the site in the default browser
        #[arg(long)]
        open: bool,
        /// Include assessments marked `status: draft`
        #[arg(long)]
        drafts: bool,
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
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
        /// Write to this file instead of standard output
        #[arg(long)]
        out: Option<PathBuf>,
        /// The site folder (with content/ and assessments/)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Include assessments marked `status: draft`
        #[arg(long)]
        drafts: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    Csv,
    Json,
}

pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Build { root, out, base_url, drafts } => build(&root, out, base_url, drafts),
        Command::Check { root, drafts } => check(&root, drafts),
        Command::Serve { root, port, host, open, drafts } => {
            if let Err(code) = require_root(&root) {
                return code;
            }
            match crate::serve::serve(crate::serve::Config { root, host, port, drafts, open }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => usage_error(e),
            }
        }
        Command::New { slug, period, name, root } => new::run(&root, &slug, period.as_deref(), name.as_deref()),
        Command::Init { dir } => init::run(&dir),
        Command::Export { format, out, root, drafts } => export(&root, format, out.as_deref(), drafts),
    }
}

/// Exit code 2: the command itself was wrong (not the site's files).
pub(crate) fn usage_error(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}

fn require_root(root: &Path) -> Result<(), ExitCode> {
    if !root.is_dir() {
        return Err(usage_error(format!("{} is not a folder", root.display())));
    }
    if !root.join("assessments").is_dir() && !root.join("content").is_dir() {
        return Err(usage_error(format!(
            "{} does not look like an aba site: it has no content/ or assessments/ folder. Use --root to name the site folder, or `aba init DIR` to start one",
            root.display()
        )));
    }
    Ok(())
}

fn build(root: &Path, out: Option<PathBuf>, base_url: Option<String>, drafts: bool) -> ExitCode {
    if let Err(code) = require_root(root) {
        return code;
    }
    let out = out.unwrap_or_else(|| root.join("public"));
    if let Err(e) = write::check_out(root, &out) {
        return usage_error(e);
    }
    let start = std::time::Instant::now();
    // Pages go to disk as they are rendered, into a spare folder that is
    // swapped in only if the whole build succeeds.
    let staging = match write::Staging::begin(&out) {
        Ok(s) => std::sync::Arc::new(s),
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    let sink: std::sync::Arc<dyn crate::render::Sink> = staging.clone();
    let outcome = pipeline(root, &Options { drafts, base_url, sink: Some(sink), ..Options::default() });
    let mut timer = crate::Timer::new();
    report(&outcome);
    timer.lap("report");
    let Some(rendered) = outcome.rendered.as_ref() else {
        eprintln!("nothing was written; {} is unchanged", out.display());
        return ExitCode::from(1);
    };
    if let Err(e) = staging.finish(rendered.index.keys().map(String::as_str)) {
        eprintln!("error: {e}");
        return ExitCode::from(1);
    }
    timer.lap("write");
    eprintln!("built {} files into {} in {} ms", rendered.index.len(), out.display(), start.elapsed().as_millis());
    ExitCode::SUCCESS
}

fn check(root: &Path, drafts: bool) -> ExitCode {
    if let Err(code) = require_root(root) {
        return code;
    }
    let outcome = pipeline(root, &Options { drafts, sample: true, ..Options::default() });
    report(&outcome);
    finish(&outcome)
}

fn finish(outcome: &Outcome) -> ExitCode {
    if outcome.errors > 0 {
        ExitCode::from(1)
    } else {
        if outcome.diagnostics.is_empty() {
            eprintln!("no problems found");
        }
        ExitCode::SUCCESS
    }
}

fn export(root: &Path, format: Format, out: Option<&Path>, drafts: bool) -> ExitCode {
    if let Err(code) = require_root(root) {
        return code;
    }
    if let Some(Err(e)) = out.map(|path| write::check_export(root, path)) {
        return usage_error(e);
    }
    // The scores need only the checked input: stop before rendering.
    let options = Options { drafts, stop_after_check: true, ..Options::default() };
    let outcome = pipeline(root, &options);
    if outcome.errors > 0 {
        report(&outcome);
        return ExitCode::from(1);
    }
    let site = &outcome.site;
    let text = match format {
        Format::Csv => crate::render::data::scores_csv(site),
        Format::Json => crate::render::data::scores_json(site),
    };
    match out {
        Some(path) => {
            if let Err(e) = std::fs::write(path, text) {
                eprintln!("error: cannot write {}: {e}", path.display());
                return ExitCode::from(1);
            }
        }
        None => {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            if stdout.write_all(text.as_bytes()).and_then(|_| stdout.flush()).is_err() {
                return ExitCode::from(1);
            }
        }
    }
    ExitCode::SUCCESS
}
