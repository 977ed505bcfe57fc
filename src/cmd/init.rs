//! `aba init DIR`: a new site from the built-in framework, theme and example.

use std::path::Path;
use std::process::ExitCode;

use super::usage_error;
use crate::embedded;

pub fn run(dir: &Path) -> ExitCode {
    if dir.exists() && std::fs::read_dir(dir).map(|mut d| d.next().is_some()).unwrap_or(true) {
        return usage_error(format!("{} already exists and is not empty; choose a new folder", dir.display()));
    }
    for (path, bytes) in embedded::FILES {
        let dest = dir.join(path);
        let result = dest.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|_| std::fs::write(&dest, bytes));
        if let Err(e) = result {
            eprintln!("error: cannot write {}: {e}", dest.display());
            return ExitCode::from(1);
        }
    }
    let _ = std::fs::write(dir.join(".gitignore"), "/public\n/.public.aba-*\n");
    println!("A new site is ready in {}.", dir.display());
    println!("Next:");
    println!("  cd {}", dir.display());
    println!("  aba new your-area --name \"Your area\"   # a blank worksheet to fill in");
    println!("  aba build                               # writes the site to public/");
    ExitCode::SUCCESS
}
