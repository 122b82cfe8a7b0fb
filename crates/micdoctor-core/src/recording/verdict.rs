//! What a recording's figures show, as the findings the knowledge base knows them by: silent, very
//! quiet, muffled, clipped, noisy, or clean. The thresholds and their sources are in
//! `docs/recording.md`; each one is a named constant here.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::figures::Figures;

/// Below this active level (dBFS) there is no voice to speak of: a working iPhone microphone never
/// records speech this low, while the self-noise of a dead input sits around here.
pub const SILENT_LEVEL_DBFS: f64 = -70.0;
/// With less speech activity than this share of the recording, nothing was said into it.
pub const SILENT_ACTIVITY: f64 = 0.02;
/// A voice within this many dB of the noise floor, and quieter than [`QUIET_LEVEL_DBFS`], is noise.
pub const SILENT_SNR_DB: f64 = 8.0;
/// Below this active level (dBFS) the voice is very quiet: speech recorded at arm's length sits
/// around −30 to −20 dBFS; −40 dBFS is 10 dB under the quietest of that.
pub const QUIET_LEVEL_DBFS: f64 = -40.0;
/// Below this ratio of 2–4 kHz against 300–1000 Hz (dB) the voice is muffled. The standard speech
/// spectrum (ANSI S3.5-1997, normal effort) puts 2–4 kHz 14.6 dB under 300–1000 Hz, and talkers differ
/// from it by about 3 dB (one standard deviation): −22 dB is 2.5 of them under it, so about one clean
/// voice in a hundred reaches it, while a voice of the standard's that lost 8 dB or more of its high
/// band, or the brightest of voices that lost 13 dB, falls under it. Measured on the recording benchmark
/// in `docs/recording.md`.
pub const MUFFLED_HIGH_BAND_DB: f64 = -22.0;
/// More than this share of the speech's samples near full scale, in runs…
pub const CLIPPED_SHARE: f64 = 0.005;
/// …with a crest factor under this (dB) is clipped: clean speech peaks 15–25 dB over its active level.
pub const CLIPPED_CREST_DB: f64 = 15.0;
/// Under this signal-to-noise ratio (dB) the recording is noisy: speech is hard work to follow below
/// about 15 dB.
pub const NOISY_SNR_DB: f64 = 15.0;

/// One thing a recording's figures can show, named as the knowledge base's finding.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    RecordingSilent,
    RecordingVeryQuiet,
    RecordingMuffled,
    RecordingClipped,
    RecordingNoisy,
    RecordingDropouts,
    RecordingClean,
}

impl Verdict {
    pub const ALL: [Self; 7] = [
        Self::RecordingSilent,
        Self::RecordingVeryQuiet,
        Self::RecordingMuffled,
        Self::RecordingClipped,
        Self::RecordingNoisy,
        Self::RecordingDropouts,
        Self::RecordingClean,
    ];

    /// The knowledge base's finding id for this verdict.
    #[must_use]
    pub fn finding_id(self) -> &'static str {
        match self {
            Self::RecordingSilent => "recording_silent",
            Self::RecordingVeryQuiet => "recording_very_quiet",
            Self::RecordingMuffled => "recording_muffled",
            Self::RecordingClipped => "recording_clipped",
            Self::RecordingNoisy => "recording_noisy",
            Self::RecordingDropouts => "recording_dropouts",
            Self::RecordingClean => "recording_clean",
        }
    }
}

/// Everything the figures show; `RecordingClean` only when nothing else is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Judgement {
    pub verdicts: Vec<Verdict>,
}

impl Judgement {
    #[must_use]
    pub fn shows(&self, verdict: Verdict) -> bool {
        self.verdicts.contains(&verdict)
    }
}

/// Judges a recording's figures.
#[must_use]
pub fn judge(figures: &Figures) -> Judgement {
    let silent = figures.active_level_dbfs < SILENT_LEVEL_DBFS
        || figures.activity < SILENT_ACTIVITY
        || (figures.snr_db < SILENT_SNR_DB && figures.active_level_dbfs < QUIET_LEVEL_DBFS);
    let mut verdicts = Vec::new();
    if silent {
        // A silent recording has no voice to be quiet, dull, clipped or noisy.
        verdicts.push(Verdict::RecordingSilent);
        return Judgement { verdicts };
    }
    if figures.active_level_dbfs < QUIET_LEVEL_DBFS {
        verdicts.push(Verdict::RecordingVeryQuiet);
    }
    if figures.high_band_db < MUFFLED_HIGH_BAND_DB {
        verdicts.push(Verdict::RecordingMuffled);
    }
    if figures.clipped_share > CLIPPED_SHARE && figures.crest_db < CLIPPED_CREST_DB {
        verdicts.push(Verdict::RecordingClipped);
    }
    if figures.snr_db < NOISY_SNR_DB {
        verdicts.push(Verdict::RecordingNoisy);
    }
    if figures.dropouts > 0 {
        verdicts.push(Verdict::RecordingDropouts);
    }
    if verdicts.is_empty() {
        verdicts.push(Verdict::RecordingClean);
    }
    Judgement { verdicts }
}
