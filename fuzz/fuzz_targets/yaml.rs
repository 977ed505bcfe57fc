//! The fast YAML reader against serde_yaml: whatever it accepts, serde_yaml
//! must read to the same value. Much quicker per input than the `assessment`
//! target, so it explores the reader far more deeply.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data)
        && let Some((value, _)) = aba::load::fast::parse(text, 0)
    {
        let reference: serde_yaml::Value = serde_yaml::from_str(text).expect("serde_yaml accepts it too");
        assert_eq!(value, aba::load::Value::from(reference));
    }
});
