//! Small site folders for the integration tests, and a way to run the real binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

pub struct Site {
    pub dir: tempfile::TempDir,
}

impl Site {
    /// A site with the built-in framework and the given files.
    pub fn new(files: &[(&str, &str)]) -> Site {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("assessments")).unwrap();
        std::fs::create_dir_all(dir.path().join("content")).unwrap();
        let site = Site { dir };
        for (path, text) in files {
            site.write(path, text);
        }
        site
    }

    /// The repository's own example network, copied.
    pub fn example() -> Site {
        let dir = tempfile::tempdir().unwrap();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        for top in ["content", "assessments", "themes"] {
            copy_dir(&repo.join(top), &dir.path().join(top));
        }
        std::fs::copy(repo.join("site.yaml"), dir.path().join("site.yaml")).unwrap();
        Site { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, path: &str, text: &str) {
        let p = self.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    pub fn aba(&self, args: &[&str]) -> Output {
        Command::cargo_bin("aba").unwrap().current_dir(self.path()).args(args).output().unwrap()
    }

    pub fn read(&self, path: &str) -> String {
        std::fs::read_to_string(self.path().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    pub fn exists(&self, path: &str) -> bool {
        self.path().join(path).exists()
    }
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn code(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let dest: PathBuf = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// Every file under `dir`, relative path to bytes.
pub fn snapshot(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

pub const AREA: &str = "name: Millbrook\nregion: North West\nnation: England\n";

pub const GOOD: &str = "\
assessed_on: 2024-03-31
participants:
  - { role: people with lived experience, count: 5 }
pointers:
  living-map:
    score: 3
    strengths: A map kept by residents.
    evidence:
      - Asset map with 1,200 entries
";

/// A site.yaml that leaves nothing to warn about: the public address and the
/// accessibility statement's contact and dates.
pub const COMPLETE_SITE: &str = "url: https://aba.example.org/\naccessibility:\n  contact: access@example.org\n  prepared_on: 2099-01-01\n  reviewed_on: 2099-01-01\n";

/// `aba serve` on a free loopback port, stopped when dropped.
pub struct Server {
    child: std::process::Child,
    _stdout: std::io::BufReader<std::process::ChildStdout>,
    /// `127.0.0.1:PORT`
    pub addr: String,
    /// The site's path, `/` or `base_url`.
    pub base: String,
}

impl Server {
    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Site {
    /// Starts the real `aba serve` on this site, once it is serving.
    pub fn serve(&self) -> Server {
        self.serve_telling(std::process::Stdio::null())
    }

    /// `serve`, with what it says on stderr sent to `stderr`.
    pub fn serve_telling(&self, stderr: impl Into<std::process::Stdio>) -> Server {
        use std::io::BufRead;
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("aba"))
            .args(["serve", "--port", "0"])
            .current_dir(self.path())
            .stdout(std::process::Stdio::piped())
            .stderr(stderr)
            .spawn()
            .unwrap();
        let mut line = String::new();
        let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
        stdout.read_line(&mut line).unwrap();
        let url = line.trim().rsplit(' ').next().unwrap().to_owned();
        let rest = url.strip_prefix("http://").unwrap();
        let (addr, base) = rest.split_at(rest.find('/').unwrap());
        Server { child, _stdout: stdout, addr: addr.to_owned(), base: base.to_owned() }
    }
}
