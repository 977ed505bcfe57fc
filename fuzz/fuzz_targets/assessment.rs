//! Any bytes as an assessment file: the pipeline must answer with
//! diagnostics, never panic; and whatever the fast YAML reader accepts,
//! serde_yaml must read to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = aba::check_assessment_text(data);
    if let Ok(text) = std::str::from_utf8(data)
        && let Some((value, _)) = aba::load::fast::parse(text, 0)
    {
        let reference: serde_yaml::Value = serde_yaml::from_str(text).expect("serde_yaml accepts it too");
        assert_eq!(value, aba::load::Value::from(reference));
    }
});
