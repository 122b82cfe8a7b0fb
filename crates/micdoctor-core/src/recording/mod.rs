//! Recordings in a case: what a measured recording keeps ([`figures`]), what its figures show as the
//! knowledge base's findings ([`verdict`]), the three-microphone check ([`microphones`]), and the findings
//! a case's recordings answer together ([`findings_of`]). Decoding and measuring are in the
//! `micdoctor-recording` crate, so this core never links a codec.

pub mod figures;
pub mod microphones;
pub mod verdict;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use figures::{Codec, Figures, Mark, MarkKind, Measurement, SoundSketch};
pub use microphones::{
    MIC_FINDINGS, MicComparison, MicReason, MicRow, MicVerdict, Microphone, compare,
};
pub use verdict::{Judgement, Verdict, judge};

/// Every finding a recording can answer: what one recording shows, then what the microphone check shows.
pub const MEASURED_FINDINGS: [&str; 13] = [
    "recording_silent",
    "recording_very_quiet",
    "recording_muffled",
    "recording_clipped",
    "recording_noisy",
    "recording_dropouts",
    "recording_clean",
    "mics_all_pass",
    "mics_all_weak",
    "mics_bottom_fails",
    "mics_bottom_weak",
    "mics_front_weak",
    "mics_rear_weak",
];

/// What a recording in a case is for.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RecordingRole {
    /// The recording that failed: a voice note, a Voice Memo or a video the customer brings.
    Failed,
    /// One take of "Test each microphone".
    Microphone(Microphone),
}

impl RecordingRole {
    /// Every role, in the order screens and reports list them.
    pub const ALL: [Self; 4] = [
        Self::Failed,
        Self::Microphone(Microphone::Bottom),
        Self::Microphone(Microphone::Front),
        Self::Microphone(Microphone::Rear),
    ];
}

/// The finding ids a case's recordings answer "yes": what the failed recording shows, and what the
/// microphone check shows once all three takes are in. Findings a recording does not show stay
/// unanswered rather than "no": the verdicts of one recording are not independent of each other, so a
/// "no" beside each "yes" would count the same sound twice.
#[must_use]
pub fn findings_of<'a>(
    recordings: impl IntoIterator<Item = (RecordingRole, &'a Measurement)>,
) -> Vec<&'static str> {
    let mut findings = Vec::new();
    let mut takes = Vec::new();
    for (role, measurement) in recordings {
        match role {
            RecordingRole::Failed => findings.extend(
                measurement
                    .judgement()
                    .verdicts
                    .iter()
                    .map(|v| v.finding_id()),
            ),
            RecordingRole::Microphone(mic) => takes.push((mic, &measurement.figures)),
        }
    }
    findings.extend(compare(&takes).findings);
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_measured_findings_are_the_verdicts_and_the_microphone_findings() {
        let derived: Vec<&str> = Verdict::ALL
            .iter()
            .map(|v| v.finding_id())
            .chain(MIC_FINDINGS)
            .collect();
        assert_eq!(derived, MEASURED_FINDINGS);
    }
}
