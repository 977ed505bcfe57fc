//! What the fuzzer found, and a cheap deterministic fuzz of our own: every
//! input to the pipeline gives diagnostics, never a panic.

use std::path::Path;

fn files(dir: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .map(|d| d.flatten().map(|e| (e.path().display().to_string(), std::fs::read(e.path()).unwrap())).collect())
        .unwrap_or_default();
    out.sort();
    out
}

#[test]
fn the_fuzz_corpus_and_found_crashes_give_diagnostics_not_panics() {
    let mut count = 0;
    for (name, bytes) in files("fuzz/corpus/assessment").into_iter().chain(files("fuzz/regressions")) {
        let result = std::panic::catch_unwind(|| aba::check_assessment_text(&bytes));
        assert!(result.is_ok(), "{name} panicked");
        count += 1;
    }
    assert!(count >= 3, "the corpus is there");
}

#[test]
fn truncated_and_mangled_assessments_never_panic() {
    let example = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("assessments/millbrook/2025.yaml")).unwrap();
    let mut errors = 0;
    for cut in (0..example.len()).step_by(701) {
        let text = &example[..cut];
        let diags = aba::check_assessment_text(text);
        errors += diags.iter().filter(|d| d.is_error()).count();
        // Mangle one byte into something YAML cares about.
        for b in [b':', b'[', b'\t', b'|', b'*'] {
            let mut mangled = example.clone();
            mangled[cut] = b;
            let _ = aba::check_assessment_text(&mangled);
        }
    }
    assert!(errors > 0, "cut-off files do produce errors");
}
