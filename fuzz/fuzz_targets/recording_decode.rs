//! Any bytes, under any of the names a recording can have, decode to samples or to a clear error, and
//! what decodes is measured and judged without a panic.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use micdoctor_recording::{decode_bytes, judge, measure};

const NAMES: [&str; 6] = ["note.opus", "memo.m4a", "video.mov", "sound.wav", "sound.mp3", "x.ogg"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = Path::new(NAMES[usize::from(pick) % NAMES.len()]);
    match decode_bytes(bytes.to_vec(), name) {
        Ok(decoded) => {
            let figures = measure(&decoded.samples, decoded.sample_rate, decoded.bandwidth_hz);
            let _ = judge(&figures);
        }
        Err(err) => assert!(err.to_string().contains(name.to_str().unwrap_or_default())),
    }
});
