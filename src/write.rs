//! The only stage that touches the output folder. A build is written beside
//! the output and swapped in whole, so readers never see half a site and a
//! failed or interrupted build leaves the previous one exactly as it was.

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

fn same_bytes(old: &Path, bytes: &[u8]) -> bool {
    fs::metadata(old).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
        && fs::read(old).is_ok_and(|b| b == bytes)
}

fn looks_like_output(out: &Path) -> bool {
    out.join(MARKER).is_file() || fs::read_dir(out).is_ok_and(|mut d| d.next().is_none())
}

/// Writes `pages` to `out`, atomically replacing what was there.
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
    let staging = parent.join(format!(".{name}.aba-new"));
    let old = parent.join(format!(".{name}.aba-old"));
    for leftover in [&staging, &old] {
        if leftover.exists() {
            fs::remove_dir_all(leftover).map_err(io(leftover))?;
        }
    }
    fs::create_dir_all(&staging).map_err(io(&staging))?;
    let dirs: std::collections::BTreeSet<PathBuf> =
        pages.keys().filter_map(|path| staging.join(path).parent().map(Path::to_owned)).collect();
    for dir in &dirs {
        fs::create_dir_all(dir).map_err(io(dir))?;
    }
    // A file the previous build already wrote with the same bytes is carried
    // over as a hard link: no new data is written for what did not change.
    let previous = out.join(MARKER).is_file().then_some(out);
    pages.par_iter().try_for_each(|(path, bytes)| {
        let dest = staging.join(path);
        if let Some(old) = previous.map(|o| o.join(path))
            && same_bytes(&old, bytes)
            && fs::hard_link(&old, &dest).is_ok()
        {
            return Ok(());
        }
        fs::write(&dest, bytes.as_slice()).map_err(io(&dest))
    })?;
    fs::write(staging.join(MARKER), "This folder was built by aba and is replaced whole by each build.\n")
        .map_err(io(&staging))?;
    if out.exists() {
        if !looks_like_output(out) {
            let _ = fs::remove_dir_all(&staging);
            return Err(WriteError::NotOurs(out.to_owned()));
        }
        if exchange(&staging, out).is_ok() {
            // The old site is now in the staging folder.
            fs::remove_dir_all(&staging).map_err(io(&staging))?;
            return Ok(());
        }
        // Without an atomic exchange there is a moment with no output folder.
        fs::rename(out, &old).map_err(io(out))?;
        if let Err(e) = fs::rename(&staging, out) {
            let _ = fs::rename(&old, out);
            return Err(WriteError::Io(out.to_owned(), e));
        }
        fs::remove_dir_all(&old).map_err(io(&old))?;
    } else {
        fs::rename(&staging, out).map_err(io(out))?;
    }
    Ok(())
}
