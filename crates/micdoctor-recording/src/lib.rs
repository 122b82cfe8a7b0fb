//! MicDoctor's recording analysis: decode the recording that failed (a WhatsApp voice note, a Voice Memo,
//! a Camera video, a WAV or MP3) to mono samples, measure the voice in it, and say what the figures show.
//!
//! Pure Rust, no GUI, no C library: symphonia for the containers and codecs it has, opus-pure for Opus.
//! Audio never leaves the machine and nothing is written. [`analyze_file`] is the whole pipeline:
//! [`decode`], then [`measure`] (figures and a small sketch of the sound). What the figures show is
//! judged in the core (`micdoctor_core::recording`), which is also what a case keeps.

pub mod benchmark;
pub mod decode;
pub mod error;
pub mod measure;
mod sketch;

use std::path::Path;

pub use decode::{Decoded, MAX_FILE_BYTES, MAX_SECONDS, decode_bytes, decode_file};
pub use error::RecordingError;
pub use measure::{measure, measure_and_draw};
pub use micdoctor_core::recording::{
    Codec, Figures, Judgement, Measurement, SoundSketch, Verdict, judge,
};

/// Decodes and measures the recording at `path`. `progress` gets the share decoded (0–1).
///
/// # Errors
/// Every way a file can fail to be a usable recording, each with the file's name and what to do.
pub fn analyze_file(
    path: &Path,
    progress: &mut dyn FnMut(f64),
) -> Result<Measurement, RecordingError> {
    let decoded = decode_file(path, progress)?;
    let (figures, sketch) =
        measure_and_draw(&decoded.samples, decoded.sample_rate, decoded.bandwidth_hz);
    Ok(Measurement {
        file: path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        ),
        codec: decoded.codec,
        sample_rate: decoded.sample_rate,
        bandwidth_hz: decoded.bandwidth_hz,
        figures,
        sketch,
    })
}

/// Measures each microphone's take (a file per microphone given) and judges them one by one and against
/// each other, as the microphone test does: the rows of the microphone table.
///
/// # Errors
/// The first file that is not a usable recording.
pub fn judge_takes(
    takes: &[(micdoctor_core::recording::Microphone, &Path)],
) -> Result<Vec<micdoctor_core::recording::MicRow>, RecordingError> {
    let measured = takes
        .iter()
        .map(|(mic, path)| Ok((*mic, analyze_file(path, &mut |_| {})?.figures)))
        .collect::<Result<Vec<_>, RecordingError>>()?;
    let figures: Vec<_> = measured.iter().map(|(mic, f)| (*mic, f)).collect();
    Ok(micdoctor_core::recording::compare(&figures).rows)
}
