//! The only stage that touches the output folder. A build is written beside
//! the output and swapped in whole, so readers never see half a site and a
//! failed or interrupted build leaves the previous one exactly as it was.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

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

type Existing = HashMap<PathBuf, bool>;

/// A build on its way to the output folder.
///
/// Files are written into a spare folder beside the output
/// (`.public.aba-spare`) as they are rendered, and the folder is swapped in
/// with one atomic exchange once the build has succeeded. The old site then
/// becomes the spare, and the next build updates it in place: only files
/// whose bytes changed are written, and folders that already exist are kept.
/// Making thousands of folders and deleting a whole old tree on every build
/// is what makes other generators slow on large sites. A build that fails or
/// is interrupted has touched only the spare.
pub struct Staging {
    out: PathBuf,
    spare: PathBuf,
    /// What the spare held when the build began: relative path to whether it
    /// is a folder. Listed on another thread while the input is read.
    existing: std::sync::OnceLock<Result<Existing, String>>,
    lister: Mutex<Option<std::thread::JoinHandle<Result<Existing, String>>>>,
    /// Folders known to be in place.
    made: Mutex<HashSet<PathBuf>>,
    /// Held until the build is done (see `begin`).
    _lock: fs::File,
}

impl Staging {
    pub fn begin(out: &Path) -> Result<Staging, WriteError> {
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
        // Two builds of the same site at once would write into the same
        // spare folder: the second waits for the first.
        let lock_path = parent.join(format!(".{name}.aba-lock"));
        let lock =
            fs::OpenOptions::new().create(true).truncate(false).write(true).open(&lock_path).map_err(io(&lock_path))?;
        if lock.try_lock().is_err() {
            eprintln!("waiting for another build into {} to finish", out.display());
            lock.lock().map_err(io(&lock_path))?;
        }
        let spare = parent.join(format!(".{name}.aba-spare"));
        let usable = fs::symlink_metadata(&spare).is_ok_and(|m| m.is_dir()) && spare.join(MARKER).is_file();
        if !usable && fs::symlink_metadata(&spare).is_ok() {
            remove(&spare).map_err(io(&spare))?;
        }
        fs::create_dir_all(&spare).map_err(io(&spare))?;
        let root = spare.clone();
        let lister = std::thread::spawn(move || {
            let mut existing = HashMap::new();
            for entry in walkdir::WalkDir::new(&root).min_depth(1) {
                let entry = entry.map_err(|e| format!("cannot list {}: {e}", root.display()))?;
                let rel = entry.path().strip_prefix(&root).unwrap_or(entry.path()).to_owned();
                existing.insert(rel, entry.file_type().is_dir());
            }
            Ok(existing)
        });
        Ok(Staging {
            _lock: lock,
            out: out.to_owned(),
            spare,
            existing: std::sync::OnceLock::new(),
            lister: Mutex::new(Some(lister)),
            made: Mutex::new(HashSet::new()),
        })
    }

    /// What the spare held when the build began (waiting for the listing).
    fn existing(&self) -> Result<&Existing, (PathBuf, io::Error)> {
        let listed = self.existing.get_or_init(|| {
            let handle = self.lister.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take();
            match handle.map(std::thread::JoinHandle::join) {
                Some(Ok(listed)) => listed,
                _ => Err(format!("cannot list {}", self.spare.display())),
            }
        });
        listed.as_ref().map_err(|e| (self.spare.clone(), io::Error::other(e.clone())))
    }

    /// Puts one file in place, unless the spare already holds these very bytes.
    /// A changed file is replaced, never written into: it may share its data
    /// with a file of the published site (a hard link made by an older aba).
    pub fn put(&self, path: &str, bytes: &[u8]) -> Result<(), (PathBuf, io::Error)> {
        let rel = Path::new(path);
        let dest = self.spare.join(rel);
        let err = |e| (dest.clone(), e);
        let existing = self.existing()?;
        if let Some(parent) = rel.parent().filter(|p| !p.as_os_str().is_empty()) {
            self.folder(existing, parent)?;
        }
        match existing.get(rel) {
            Some(false) => {
                if fs::read(&dest).is_ok_and(|b| b == bytes) {
                    return Ok(());
                }
                fs::remove_file(&dest).map_err(err)?;
            }
            Some(true) => fs::remove_dir_all(&dest).map_err(err)?,
            None => {}
        }
        fs::write(&dest, bytes).map_err(err)
    }

    /// Makes sure folder `rel` of the spare exists, removing a file in its way.
    fn folder(&self, existing: &Existing, rel: &Path) -> Result<(), (PathBuf, io::Error)> {
        let mut made = self.made.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if made.contains(rel) {
            return Ok(());
        }
        let mut at = PathBuf::new();
        for part in rel.components() {
            at.push(part);
            if made.contains(&at) {
                continue;
            }
            let path = self.spare.join(&at);
            match existing.get(&at) {
                Some(true) => {}
                found => {
                    if found == Some(&false) {
                        fs::remove_file(&path).map_err(|e| (path.clone(), e))?;
                    }
                    match fs::create_dir(&path) {
                        Err(e) if e.kind() != io::ErrorKind::AlreadyExists => return Err((path, e)),
                        _ => {}
                    }
                }
            }
            made.insert(at.clone());
        }
        Ok(())
    }

    /// Removes from the spare whatever `paths` (every file of the build) does
    /// not name, and swaps it in as the output.
    pub fn finish<'p>(&self, paths: impl Iterator<Item = &'p str>) -> Result<(), WriteError> {
        let io = |p: &Path| {
            let p = p.to_owned();
            move |e| WriteError::Io(p, e)
        };
        let existing = self.existing().map_err(|(p, e)| WriteError::Io(p, e))?;
        let files: HashSet<&Path> = paths.map(Path::new).collect();
        let folders: HashSet<&Path> =
            files.iter().flat_map(|f| f.ancestors().skip(1)).filter(|a| !a.as_os_str().is_empty()).collect();
        let mut doomed: Vec<&PathBuf> = existing
            .iter()
            .filter(|(rel, is_dir)| {
                let rel = rel.as_path();
                let wanted = if **is_dir { folders.contains(rel) || files.contains(rel) } else { files.contains(rel) };
                !wanted && rel.as_os_str() != MARKER && !folders.contains(rel)
            })
            .map(|(rel, _)| rel)
            .collect();
        doomed.sort();
        let mut removed: Vec<&PathBuf> = Vec::new();
        for rel in doomed {
            if removed.last().is_some_and(|r| rel.starts_with(r)) {
                continue;
            }
            let path = self.spare.join(rel);
            remove(&path).map_err(io(&path))?;
            removed.push(rel);
        }
        let (out, spare) = (&self.out, &self.spare);
        fs::write(spare.join(MARKER), "This folder was built by aba and is replaced whole by each build.\n")
            .map_err(io(spare))?;
        if !out.exists() {
            return fs::rename(spare, out).map_err(io(out));
        }
        if !looks_like_output(out) {
            return Err(WriteError::NotOurs(out.to_owned()));
        }
        if exchange(spare, out).is_ok() {
            // The old site is now the spare, ready to be updated by the next build.
            return Ok(());
        }
        // Without an atomic exchange there is a moment with no output folder.
        let old = spare.with_extension("aba-old");
        let _ = remove(&old);
        fs::rename(out, &old).map_err(io(out))?;
        if let Err(e) = fs::rename(spare, out) {
            let _ = fs::rename(&old, out);
            return Err(WriteError::Io(out.to_owned(), e));
        }
        fs::rename(&old, spare).map_err(io(&old))
    }
}

impl crate::render::Sink for Staging {
    fn file(&self, path: &str, bytes: &[u8]) -> Result<(), String> {
        self.put(path, bytes).map_err(|(p, e)| format!("cannot write {}: {e}", p.display()))
    }
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
