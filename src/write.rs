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
    /// `export --out` names a file that is not an earlier export.
    NotAnExport(PathBuf),
    /// `export --out` names one of the site's own files or folders.
    ExportIntoInput(PathBuf),
    /// The output is a link, and the folder it leads to cannot be replaced.
    Linked {
        link: PathBuf,
        target: PathBuf,
        error: io::Error,
    },
    /// A file in the way that is a link (the lock file): never followed.
    IsLink(PathBuf),
    /// No room left (a full disk, a used-up quota, a limit on a file's
    /// size); the spare folder was removed.
    NoRoom(PathBuf, io::Error),
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
            WriteError::NotAnExport(p) => write!(
                f,
                "{} already exists and is not a scores file aba exported; refusing to overwrite it. Choose another --out, or delete it first",
                p.display()
            ),
            WriteError::ExportIntoInput(p) => write!(
                f,
                "refusing to write the scores to {}: it is one of the site's own files. Choose an --out outside content/, assessments/ and themes/",
                p.display()
            ),
            WriteError::Linked { link, target, error } => {
                let parent = target.parent().unwrap_or(target);
                write!(
                    f,
                    "{} is a link to {}. aba publishes there by building the new site beside it, in {}, and swapping the two at once, but cannot: {error}. Let this user write in {}, or make {} a folder rather than a link",
                    link.display(),
                    target.display(),
                    parent.display(),
                    parent.display(),
                    link.display()
                )
            }
            WriteError::IsLink(p) => {
                write!(f, "{} is a link; aba will not write through it. Delete it and build again", p.display())
            }
            WriteError::NoRoom(p, e) => write!(
                f,
                "there is no room to write {} ({e}): the disk is full, a quota is used up, or files may not be this large here. Nothing was published, the site already there is as it was, and the half-written copy was removed; make room and build again",
                p.display()
            ),
            WriteError::Io(p, e) => write!(f, "cannot write {}: {e}", p.display()),
        }
    }
}

/// `path` as the file system will take it when writing: absolute, every
/// link in it followed (a link that leads nowhere too), and each `..` taken
/// after the links before it, as the system does.
pub fn resolve(path: &Path) -> PathBuf {
    resolve_within(path, 0)
}

fn resolve_within(path: &Path, links: usize) -> PathBuf {
    use std::path::Component;
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let mut out = PathBuf::new();
    for part in abs.components() {
        match part {
            Component::Prefix(_) | Component::RootDir => out.push(part),
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(name) => {
                out.push(name);
                if let Ok(real) = out.canonicalize() {
                    out = real;
                } else if links < 40
                    && let Ok(target) = fs::read_link(&out)
                {
                    // A link to something that does not exist yet: where
                    // writing through it would create it.
                    out.pop();
                    out = resolve_within(&out.join(target), links + 1);
                }
            }
        }
    }
    out
}

/// The site's own files and folders, resolved: nothing is ever written into them.
fn inputs(root: &Path) -> Vec<PathBuf> {
    let real = resolve(root);
    let mut found = Vec::new();
    for input in ["content", "assessments", "themes", "src", ".git", "site.yaml"] {
        found.push(real.join(input));
        found.push(resolve(&root.join(input)));
    }
    found
}

/// Refuses an output folder that is, or is inside, the site's input, or
/// holds the site: judged where the path leads once links and `..` are
/// followed, as writing would follow them.
pub fn check_out(root: &Path, out: &Path) -> Result<(), WriteError> {
    let real_root = resolve(root);
    let real_out = resolve(out);
    if real_root.starts_with(&real_out) || inputs(root).iter().any(|input| real_out.starts_with(input)) {
        return Err(WriteError::IntoInput(out.to_owned()));
    }
    if real_out.exists() && !looks_like_output(&real_out) {
        return Err(WriteError::NotOurs(out.to_owned()));
    }
    Ok(())
}

/// Refuses an `export --out` file that is one of the site's own files, or
/// inside its input folders, or that exists and is not an earlier export.
pub fn check_export(root: &Path, out: &Path) -> Result<(), WriteError> {
    let real_out = resolve(out);
    if resolve(root).starts_with(&real_out) || inputs(root).iter().any(|input| real_out.starts_with(input)) {
        return Err(WriteError::ExportIntoInput(out.to_owned()));
    }
    if fs::symlink_metadata(&real_out).is_err() {
        return Ok(());
    }
    let mut head = [0u8; 256];
    let read = fs::File::open(&real_out).and_then(|mut f| {
        let mut n = 0;
        while n < head.len() {
            match io::Read::read(&mut f, &mut head[n..])? {
                0 => break,
                k => n += k,
            }
        }
        Ok(n)
    });
    let ours = match read {
        Ok(n) => {
            let head = &head[..n];
            head.starts_with(crate::render::data::CSV_HEADER.as_bytes())
                || head.starts_with(b"[\n  {\"area\":")
                || head == b"[\n\n]\n"
        }
        Err(_) => false,
    };
    if ours { Ok(()) } else { Err(WriteError::NotAnExport(out.to_owned())) }
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
    /// The first file that could not be written: the build is lost, and
    /// nothing more is written (one message, not one per file).
    failed: Mutex<Option<(PathBuf, io::Error)>>,
    /// Held until the build is done (see `begin`).
    _lock: fs::File,
}

impl Staging {
    /// Starts a build into `out`. When `out` is a link (to a web server's
    /// folder), the build goes where it leads, and the link stays.
    pub fn begin(out: &Path) -> Result<Staging, WriteError> {
        let linked = fs::symlink_metadata(out).is_ok_and(|m| m.file_type().is_symlink());
        let given = out;
        let out = resolve(out);
        let io = |p: &Path| {
            let p = p.to_owned();
            let target = out.clone();
            move |error: io::Error| {
                if linked {
                    WriteError::Linked { link: given.to_owned(), target, error }
                } else {
                    write_error(p, error)
                }
            }
        };
        let parent = out.parent().map(Path::to_owned).unwrap_or_else(|| PathBuf::from("/"));
        fs::create_dir_all(&parent).map_err(io(&parent))?;
        let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".into());
        // Two builds of the same site at once would write into the same
        // spare folder: the second waits for the first.
        let lock_path = parent.join(format!(".{name}.aba-lock"));
        let lock = open_lock(&lock_path).map_err(|e| match e {
            Some(e) => io(&lock_path)(e),
            None => WriteError::IsLink(lock_path.clone()),
        })?;
        if lock.try_lock().is_err() {
            eprintln!("waiting for another build into {} to finish", given.display());
            lock.lock().map_err(io(&lock_path))?;
        }
        let spare = parent.join(format!(".{name}.aba-spare"));
        let usable = fs::symlink_metadata(&spare).is_ok_and(|m| m.is_dir()) && spare.join(MARKER).is_file();
        if !usable && fs::symlink_metadata(&spare).is_ok() {
            remove(&spare).map_err(io(&spare))?;
        }
        fs::create_dir_all(&spare).map_err(io(&spare))?;
        let root = spare.clone();
        let lister = std::thread::spawn(move || list_spare(&root));
        Ok(Staging {
            _lock: lock,
            out,
            spare,
            existing: std::sync::OnceLock::new(),
            lister: Mutex::new(Some(lister)),
            made: Mutex::new(HashSet::new()),
            failed: Mutex::new(None),
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

    /// Puts one file in place, unless the spare already holds these very
    /// bytes. After a file could not be written, nothing more is: the first
    /// failure is kept, for `finish` to report.
    pub fn put(&self, path: &str, bytes: &[u8]) {
        if self.failed().is_some() {
            return;
        }
        if let Err((p, e)) = self.put_now(path, bytes) {
            self.failed().get_or_insert((p, e));
        }
    }

    fn failed(&self) -> std::sync::MutexGuard<'_, Option<(PathBuf, io::Error)>> {
        self.failed.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Why the build cannot be published, when a file could not be written.
    pub fn failure(&self) -> Option<WriteError> {
        let failed = self.failed();
        let (p, e) = failed.as_ref()?;
        Some(write_error(p.clone(), io::Error::new(e.kind(), e.to_string())))
    }

    /// A changed file is replaced, never written into: it may share its data
    /// with a file of the published site (a hard link made by an older aba).
    fn put_now(&self, path: &str, bytes: &[u8]) -> Result<(), (PathBuf, io::Error)> {
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
    /// not name, and swaps it in as the output; or reports the first file
    /// that could not be written.
    pub fn finish<'p>(&self, paths: impl Iterator<Item = &'p str>) -> Result<(), WriteError> {
        if let Some(e) = self.failure() {
            return Err(e);
        }
        match self.finish_now(paths) {
            Err(WriteError::Io(p, e)) => {
                let kept = io::Error::new(e.kind(), e.to_string());
                self.failed().get_or_insert((p.clone(), kept));
                Err(write_error(p, e))
            }
            result => result,
        }
    }

    fn finish_now<'p>(&self, paths: impl Iterator<Item = &'p str>) -> Result<(), WriteError> {
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
        // Replaced, not written into: a published site may have been made read-only.
        let marker = spare.join(MARKER);
        let _ = fs::remove_file(&marker);
        fs::write(&marker, "This folder was built by aba and is replaced whole by each build.\n")
            .map_err(io(&marker))?;
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
    fn file(&self, path: &str, bytes: &[u8]) {
        self.put(path, bytes);
    }
}

/// Whether an error means there is no room left to write: a full disk, a
/// used-up quota, or a limit on the size of a file (`ulimit -f`).
fn no_room(kind: io::ErrorKind) -> bool {
    matches!(kind, io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded | io::ErrorKind::FileTooLarge)
}

fn write_error(p: PathBuf, e: io::Error) -> WriteError {
    if no_room(e.kind()) { WriteError::NoRoom(p, e) } else { WriteError::Io(p, e) }
}

impl Drop for Staging {
    /// When there was no room, the space is given back: the spare folder goes.
    fn drop(&mut self) {
        let full = self.failed().as_ref().is_some_and(|(_, e)| no_room(e.kind()));
        if full {
            // The lister may still be walking it.
            let _ = self.existing();
            let _ = remove(&self.spare);
        }
    }
}

/// Opens (or makes) the lock file, never through a link: `Err(None)` when it is one.
fn open_lock(path: &Path) -> Result<fs::File, Option<io::Error>> {
    if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(None);
    }
    let mut options = fs::OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(target_os = "linux")]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NOFOLLOW);
    options.open(path).map_err(|e| {
        // O_NOFOLLOW: the link appeared since it was looked at.
        if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) { None } else { Some(e) }
    })
}

/// What the spare holds: relative path to whether it is a folder. A spare
/// that cannot be updated (a folder in it made read-only, as a published
/// site may be) is made writable again, or, failing that, removed and
/// started afresh, so that it never stops a later build.
fn list_spare(root: &Path) -> Result<Existing, String> {
    match list_writable(root) {
        Ok(existing) => Ok(existing),
        Err(_) => {
            remove(root).map_err(|e| cannot_reuse(root, e))?;
            fs::create_dir_all(root).map_err(|e| cannot_reuse(root, e))?;
            Ok(Existing::new())
        }
    }
}

fn cannot_reuse(spare: &Path, e: io::Error) -> String {
    format!(
        "cannot update or remove {}, the folder aba builds in before publishing ({e}); delete it, and build again",
        spare.display()
    )
}

fn list_writable(root: &Path) -> io::Result<Existing> {
    let mut existing = HashMap::new();
    make_writable(root)?;
    for entry in walkdir::WalkDir::new(root).min_depth(1) {
        let entry = entry.map_err(io::Error::other)?;
        let is_dir = entry.file_type().is_dir();
        if is_dir {
            make_writable(entry.path())?;
        }
        let rel = entry.path().strip_prefix(root).unwrap_or(entry.path()).to_owned();
        existing.insert(rel, is_dir);
    }
    Ok(existing)
}

/// Makes sure this user may change what folder `dir` holds.
fn make_writable(dir: &Path) -> io::Result<()> {
    if writable(dir) {
        return Ok(());
    }
    let mut permissions = fs::metadata(dir)?.permissions();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        permissions.set_mode(permissions.mode() | 0o700);
    }
    #[cfg(not(unix))]
    permissions.set_readonly(false);
    fs::set_permissions(dir, permissions)?;
    if writable(dir) { Ok(()) } else { Err(io::Error::from(io::ErrorKind::PermissionDenied)) }
}

#[cfg(target_os = "linux")]
fn writable(dir: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(path) = std::ffi::CString::new(dir.as_os_str().as_bytes()) else { return false };
    // SAFETY: a valid NUL-terminated path that outlives the call.
    unsafe { libc::access(path.as_ptr(), libc::W_OK | libc::X_OK) == 0 }
}

#[cfg(not(target_os = "linux"))]
fn writable(dir: &Path) -> bool {
    fs::metadata(dir).is_ok_and(|m| !m.permissions().readonly())
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
