//! `aba init DIR`: a new site from the built-in framework, theme and example,
//! with ready workflows that publish it on GitHub Pages or GitLab Pages.

use std::path::Path;

use super::Failure;
use crate::embedded;

/// The GitHub Pages workflow, before the version and repository are filled in.
const GITHUB_PAGES: &str = include_str!("init/github-pages.yml");
/// The GitLab Pages pipeline, likewise.
const GITLAB_PAGES: &str = include_str!("init/gitlab-ci.yml");

/// The GitHub repository whose releases hold aba's binaries, `OWNER/NAME`:
/// set by the release workflow when it builds them (`ABA_REPOSITORY`), or
/// taken from the package's `repository` address. Empty when neither says.
pub fn release_repository() -> String {
    if let Some(r) = option_env!("ABA_REPOSITORY").filter(|r| !r.trim().is_empty()) {
        return r.trim().to_owned();
    }
    let address = env!("CARGO_PKG_REPOSITORY");
    address
        .strip_prefix("https://github.com/")
        .map(|r| r.trim_end_matches('/').trim_end_matches(".git").to_owned())
        .filter(|r| r.split('/').count() == 2)
        .unwrap_or_default()
}

/// The workflow files `aba init` writes besides the site: path and text.
pub fn workflows() -> [(&'static str, String); 2] {
    let fill = |template: &str| {
        template.replace("@ABA_VERSION@", env!("CARGO_PKG_VERSION")).replace("@ABA_REPOSITORY@", &release_repository())
    };
    [(".github/workflows/aba.yml", fill(GITHUB_PAGES)), (".gitlab-ci.yml", fill(GITLAB_PAGES))]
}

/// The example's settings for a new site, in English only: the example
/// publishes in English and Welsh (`languages: [en-GB, cy]`, after a
/// comment saying so), and its one example area writes in English.
fn one_language(settings: &str) -> String {
    let mut out = String::new();
    let mut comment = String::new();
    for line in settings.lines() {
        if line.starts_with('#') {
            comment.push_str(line);
            comment.push('\n');
            continue;
        }
        if line.starts_with("languages:") {
            out.push_str("language: en-GB\n");
        } else {
            out.push_str(&comment);
            out.push_str(line);
            out.push('\n');
        }
        comment.clear();
    }
    out.push_str(&comment);
    out
}

pub fn run(dir: &Path) -> Result<(), Failure> {
    if dir.exists() && std::fs::read_dir(dir).map(|mut d| d.next().is_some()).unwrap_or(true) {
        return Err(Failure::usage(format!("{} already exists and is not empty; choose a new folder", dir.display())));
    }
    let workflows = workflows();
    let settings = one_language(&String::from_utf8_lossy(
        embedded::FILES.iter().find(|(path, _)| *path == "site.yaml").map_or(&[][..], |(_, bytes)| bytes),
    ));
    // A new site starts with one version of the framework: the example's
    // other versions (content/frameworks/) belong to its example network.
    let files = embedded::FILES
        .iter()
        .filter(|(path, _)| !path.starts_with("content/frameworks/"))
        .map(|(path, bytes)| (*path, if *path == "site.yaml" { settings.as_bytes() } else { *bytes }))
        .chain(workflows.iter().map(|(path, text)| (*path, text.as_bytes())));
    for (path, bytes) in files {
        let dest = dir.join(path);
        let result = dest.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|_| std::fs::write(&dest, bytes));
        result.map_err(|e| Failure::Failed(format!("cannot write {}: {e}", dest.display())))?;
    }
    let _ = std::fs::write(dir.join(".gitignore"), "/public\n/.public.aba-*\n");
    println!("A new site is ready in {}.", dir.display());
    println!("Next:");
    println!("  cd {}", dir.display());
    println!("  aba new your-area --name \"Your area\"   # a blank worksheet to fill in");
    println!("  aba build                               # writes the site to public/");
    println!();
    println!("To publish it, put the folder in a Git repository on GitHub or GitLab:");
    println!("  .github/workflows/aba.yml publishes it on GitHub Pages,");
    println!("  .gitlab-ci.yml publishes it on GitLab Pages,");
    println!("on every push to main, after `aba check` finds no mistakes.");
    if release_repository().is_empty() {
        println!(
            "This aba was not built from a release, so it does not know where its releases are: set ABA_REPOSITORY \
             at the top of both files to the GitHub repository aba's releases come from (OWNER/NAME)."
        );
    }
    Ok(())
}
