//! MicDoctor's recording analysis: decode the recording that failed (a WhatsApp voice note, a Voice Memo,
//! a Camera video, a WAV or MP3) to mono samples, measure the voice in it, and say what the figures show.
//!
//! Pure Rust, no GUI, no C library: symphonia for the containers and codecs it has, opus-pure for Opus.
//! Audio never leaves the machine and nothing is written. [`analyze_file`] is the whole pipeline;
//! [`decode`], [`measure`] and [`verdict`] are its three steps.

pub mod decode;
pub mod error;
pub mod measure;
pub mod verdict;

use std::path::Path;

pub use decode::{Codec, Decoded, MAX_FILE_BYTES, MAX_SECONDS, decode_bytes, decode_file};
pub use error::RecordingError;
pub use measure::{Figures, measure};
pub use verdict::{Judgement, Verdict, judge};

/// A recording analysed: what it was, its figures and what they show.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Analysis {
    /// The file's name as given.
    pub file: String,
    pub codec: Codec,
    /// The decoded sample rate (Hz): the file's own, for Opus the rate it was recorded at.
    pub sample_rate: u32,
    /// The highest frequency the codec carries here (Hz), which the muffling figure is judged against.
    pub bandwidth_hz: f64,
    pub figures: Figures,
    pub judgement: Judgement,
}

/// Decodes, measures and judges the recording at `path`. `progress` gets the share decoded (0–1).
///
/// # Errors
/// Every way a file can fail to be a usable recording, each with the file's name and what to do.
pub fn analyze_file(
    path: &Path,
    progress: &mut dyn FnMut(f64),
) -> Result<Analysis, RecordingError> {
    let decoded = decode_file(path, progress)?;
    let figures = measure(&decoded.samples, decoded.sample_rate, decoded.bandwidth_hz);
    let judgement = judge(&figures);
    Ok(Analysis {
        file: path.display().to_string(),
        codec: decoded.codec,
        sample_rate: decoded.sample_rate,
        bandwidth_hz: decoded.bandwidth_hz,
        figures,
        judgement,
    })
}
