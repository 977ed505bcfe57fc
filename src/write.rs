//! The only stage that touches the output folder. A build is written beside
//! the output and swapped in whole, so readers never see half a site and a
//! failed or interrupted build leaves the previous one exactly as it was.

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::render::Pages;

/// Marks a folder as `aba`'s output, so it may be replaced.
pub const MARKER: &str = ".aba-output";

#[derive(Debug)]
pub enum WriteError {
    /// The output folder exists and does not look like a previous build.
    NotOurs(PathBuf),
    /// The output folder would overwrite the site's own input.
    IntoInput(PathBuf),
    Io(PathBuf, io::Error),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::NotOurs(p) => write!(
                f,
                "{} already exists and is not a folder aba built (it has no {MARKER} file); refusing to replace it. Choose another --out, or empty it first",
                p.display()
            ),
            WriteError::IntoInput(p) => write!(
                f,
                "refusing to write the site into {}: it holds the site's own files. Choose an --out outside content/, assessments/ and themes/",
                p.display()
            ),
            WriteError::Io(p, e) => write!(f, "cannot write {}: {e}", p.display()),
        }
    }
}

/// Refuses an output folder that is, or is inside, the site's input.
pub fn check_out(root: &Path, out: &Path) -> Result<(), WriteError> {
    let root = absolute(root);
    let out_abs = absolute(out);
    if out_abs == root {
        return Err(WriteError::IntoInput(out.to_owned()));
    }
    for input in ["content", "assessments", "themes", "src", ".git"] {
        if out_abs.starts_with(root.join(input)) {
            return Err(WriteError::IntoInput(out.to_owned()));
        }
    }
    if root.starts_with(&out_abs) {
        return Err(WriteError::IntoInput(out.to_owned()));
    }
    if out.exists() && !looks_like_output(out) {
        return Err(WriteError::NotOurs(out.to_owned()));
    }
    Ok(())
}

fn absolute(p: &Path) -> PathBuf {
    let p = std::path::absolute(p).unwrap_or_else(|_| p.to_owned());
    // Resolve what exists, so `./public` and `public/` compare equal.
    p.canonicalize().unwrap_or(p)
}

/// Swaps two folders in one step, so that readers (and an interrupted build)
/// see either the old site or the new one, never neither.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let a = CString::new(a.as_os_str().as_bytes())?;
    let b = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both paths are valid NUL-terminated strings that outlive the call.
    let r = unsafe { libc::renameat2(libc::AT_FDCWD, a.as_ptr(), libc::AT_FDCWD, b.as_ptr(), libc::RENAME_EXCHANGE) };
    if r == 0 { Ok(()) } else { Err(io::Error::last_os_error()) }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

fn looks_like_output(out: &Path) -> bool {
    out.join(MARKER).is_file() || fs::read_dir(out).is_ok_and(|mut d| d.next().is_none())
}

/// Writes `pages` to `out`, atomically replacing what was there.
///
/// The new site is written into a spare folder beside the output
/// (`.public.aba-spare`) and swapped in with one atomic exchange. The old site
/// then becomes the spare, and the next build updates it in place: only files
/// whose bytes changed are written, and folders that already exist are kept.
/// Making thousands of folders and deleting a whole old tree on every build
/// is what makes other generators slow on large sites.
pub fn write(out: &Path, pages: &Pages) -> Result<(), WriteError> {
    let io = |p: &Path| {
        let p = p.to_owned();
        move |e| WriteError::Io(p, e)
    };
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(io(&parent))?;
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".into());
    let spare = parent.join(format!(".{name}.aba-spare"));
    let old = parent.join(format!(".{name}.aba-old"));
    if old.exists() {
        fs::remove_dir_all(&old).map_err(io(&old))?;
    }
    let usable = fs::symlink_metadata(&spare).is_ok_and(|m| m.is_dir()) && spare.join(MARKER).is_file();
    if !usable && fs::symlink_metadata(&spare).is_ok() {
        remove(&spare).map_err(io(&spare))?;
    }
    fs::create_dir_all(&spare).map_err(io(&spare))?;
    update(&spare, pages).map_err(|(p, e)| WriteError::Io(p, e))?;
    fs::write(spare.join(MARKER), "This folder was built by aba and is replaced whole by each build.\n")
        .map_err(io(&spare))?;
    if !out.exists() {
        return fs::rename(&spare, out).map_err(io(out));
    }
    if !looks_like_output(out) {
        return Err(WriteError::NotOurs(out.to_owned()));
    }
    if exchange(&spare, out).is_ok() {
        // The old site is now the spare, ready to be updated by the next build.
        return Ok(());
    }
    // Without an atomic exchange there is a moment with no output folder.
    fs::rename(out, &old).map_err(io(out))?;
    if let Err(e) = fs::rename(&spare, out) {
        let _ = fs::rename(&old, out);
        return Err(WriteError::Io(out.to_owned(), e));
    }
    fs::rename(&old, &spare).map_err(io(&old))
}

/// Removes a file, a link or a whole folder.
fn remove(path: &Path) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => fs::remove_dir_all(path),
        Ok(_) => fs::remove_file(path),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// Makes the folder `dir` hold exactly `pages` (and the marker), touching
/// only what differs. A changed file is replaced, never written into: it may
/// share its data with a file of the published site (a hard link made by an
/// older version of aba).
fn update(dir: &Path, pages: &Pages) -> Result<(), (PathBuf, io::Error)> {
    let err = |p: &Path| {
        let p = p.to_owned();
        move |e| (p, e)
    };
    // What is there now: relative path to whether it is a folder.
    let mut existing: HashMap<PathBuf, bool> = HashMap::new();
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        let entry = entry.map_err(|e| (dir.to_owned(), io::Error::other(e)))?;
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path()).to_owned();
        existing.insert(rel, entry.file_type().is_dir());
    }
    // Folders the pages need, parents first.
    let mut wanted_dirs: BTreeSet<PathBuf> = BTreeSet::new();
    for path in pages.keys() {
        let mut p = Path::new(path.as_str()).parent();
        while let Some(d) = p.filter(|d| !d.as_os_str().is_empty()) {
            if !wanted_dirs.insert(d.to_owned()) {
                break;
            }
            p = d.parent();
        }
    }
    // Remove what must go: files no page has, and anything in the way.
    let mut doomed: Vec<&PathBuf> = existing
        .iter()
        .filter(|(rel, is_dir)| {
            let page = pages.contains_key(rel.to_string_lossy().as_ref());
            if **is_dir { !wanted_dirs.contains(*rel) } else { !page && rel.as_os_str() != MARKER }
        })
        .map(|(rel, _)| rel)
        .collect();
    doomed.sort();
    let mut removed: Vec<&PathBuf> = Vec::new();
    for rel in doomed {
        if removed.last().is_some_and(|r| rel.starts_with(r)) {
            continue;
        }
        remove(&dir.join(rel)).map_err(err(&dir.join(rel)))?;
        removed.push(rel);
    }
    for d in &wanted_dirs {
        if existing.get(d) != Some(&true) {
            let path = dir.join(d);
            match fs::create_dir(&path) {
                Err(e) if e.kind() != io::ErrorKind::AlreadyExists => return Err((path, e)),
                _ => {}
            }
        }
    }
    pages.par_iter().try_for_each(|(path, bytes)| {
        let dest = dir.join(path);
        let there = existing.get(Path::new(path.as_str())) == Some(&false);
        if there && fs::read(&dest).is_ok_and(|b| b == bytes.as_slice()) {
            return Ok(());
        }
        if there {
            fs::remove_file(&dest).map_err(err(&dest))?;
        }
        fs::write(&dest, bytes.as_slice()).map_err(err(&dest))
    })
}
