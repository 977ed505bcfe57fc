//! Any bytes as an assessment file: the pipeline must answer with
//! diagnostics, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = aba::check_assessment_text(data);
});
