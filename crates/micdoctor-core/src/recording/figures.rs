//! A measured recording as plain serde data: what the file was, its figures, and a small sketch of the
//! sound (waveform envelope, marked stretches, long-term spectrum) for screens and reports. The decoding
//! and measuring live in the `micdoctor-recording` crate; this is what a case keeps.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::verdict::{Judgement, judge};

/// The codec the sound was stored with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Codec {
    Opus,
    Aac,
    Alac,
    Mp3,
    Pcm,
    #[default]
    Other,
}

impl Codec {
    /// The codec's usual name, the same in every language.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Opus => "Opus",
            Self::Aac => "AAC",
            Self::Alac => "ALAC",
            Self::Mp3 => "MP3",
            Self::Pcm => "PCM",
            Self::Other => "—",
        }
    }
}

/// The figures of one recording. Levels are in dB relative to full scale (dBFS). Each figure's meaning,
/// unit and threshold is in `docs/recording.md`.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Figures {
    /// Length of the sound, in seconds.
    pub duration_seconds: f64,
    /// Active speech level, ITU-T P.56 method B (dBFS): the level while someone speaks.
    pub active_level_dbfs: f64,
    /// Share of the time P.56 counts as speech (0–1).
    pub activity: f64,
    /// Noise floor: the 10th percentile of the 20 ms block levels (dBFS).
    pub noise_floor_dbfs: f64,
    /// Active level minus noise floor (dB).
    pub snr_db: f64,
    /// Share of 20 ms blocks below −60 dBFS (0–1).
    pub silent_share: f64,
    /// Highest sample (dBFS).
    pub peak_dbfs: f64,
    /// Peak minus active level (dB); clean speech has 15–25 dB, clipped speech much less.
    pub crest_db: f64,
    /// Share of the speech's samples within 1 dB of full scale, in runs of three or more (0–1).
    pub clipped_share: f64,
    /// Energy of 2 kHz up to 4 kHz (or 90 % of the codec's bandwidth, when lower) against 300–1000 Hz,
    /// over the speech (dB).
    pub high_band_db: f64,
    /// Gaps of digital silence of 40 ms or more in the middle of speech.
    pub dropouts: u32,
}

/// What a marked stretch of the waveform shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MarkKind {
    /// Below −60 dBFS: nothing to hear.
    Silent,
    /// Samples near full scale in runs.
    Clipped,
}

/// A stretch of the recording, in seconds from its start.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mark {
    pub kind: MarkKind,
    pub start_seconds: f64,
    pub end_seconds: f64,
}

/// A sketch of the sound (waveform envelope, level, spectrum) small enough to keep in a case file (a few KB).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SoundSketch {
    /// The waveform: the lowest and highest sample in each of at most [`SoundSketch::COLUMNS`] equal
    /// slices of the recording, in order.
    pub envelope: Vec<[f32; 2]>,
    /// Silent and clipped stretches, in time order.
    pub marks: Vec<Mark>,
    /// The speech's long-term spectrum: level (dB, 0 at the loudest band) of each band of
    /// `spectrum_step_hz`, from 0 Hz up to the codec's bandwidth.
    pub spectrum_db: Vec<f32>,
    pub spectrum_step_hz: f64,
}

impl SoundSketch {
    /// Most columns in the envelope: finer than any screen or report draws it.
    pub const COLUMNS: usize = 480;
    /// Most bands in the spectrum.
    pub const BANDS: usize = 96;
}

/// A recording MicDoctor measured.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    /// The file's name, without its folders (a report never shows where a customer keeps files).
    pub file: String,
    pub codec: Codec,
    /// The decoded sample rate (Hz): the file's own, for Opus the rate it was recorded at.
    pub sample_rate: u32,
    /// The highest frequency the codec carries here (Hz), which the muffling figure is judged against.
    pub bandwidth_hz: f64,
    pub figures: Figures,
    /// Read under its old name too: cases saved before it was renamed say "picture".
    #[serde(alias = "picture")]
    pub sketch: SoundSketch,
}

impl Measurement {
    /// What the figures show.
    #[must_use]
    pub fn judgement(&self) -> Judgement {
        judge(&self.figures)
    }
}
