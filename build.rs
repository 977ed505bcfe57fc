//! Compiles the default theme, the default framework and one example area into
//! the binary, so `aba init` works anywhere and a site without `themes/` builds.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    let mut tops = vec!["content".to_string(), "themes/default".into(), "site.yaml".into()];
    // The example area `aba init` lays out: the first of the example network.
    let mut areas: Vec<String> = std::fs::read_dir(Path::new(&root).join("assessments"))
        .map(|d| {
            d.flatten().filter(|e| e.path().is_dir()).map(|e| e.file_name().to_string_lossy().into_owned()).collect()
        })
        .unwrap_or_default();
    areas.sort();
    println!("cargo:rerun-if-changed={root}/assessments");
    if let Some(first) = areas.first() {
        tops.push(format!("assessments/{first}"));
    }
    let mut files = Vec::new();
    for top in &tops {
        let path = Path::new(&root).join(top);
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_file() {
            files.push(top.clone());
            continue;
        }
        for entry in walkdir::WalkDir::new(&path).sort_by_file_name() {
            let entry = entry.unwrap();
            if entry.file_type().is_file() {
                let rel = entry.path().strip_prefix(&root).unwrap();
                files.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut out = String::from("pub static FILES: &[(&str, &[u8])] = &[\n");
    for f in &files {
        writeln!(out, "    ({f:?}, include_bytes!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{f}\"))),").unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("embedded.rs");
    std::fs::write(dest, out).unwrap();
}
