//! The recordings of a case in words: each measured recording with its figures, the threshold each is
//! judged against and what they show, and the microphone table. The CLI, the app and every report
//! format read these lines, so a figure is named, rounded and judged the same way everywhere.

use serde::{Deserialize, Serialize};

use crate::i18n::{Language, decimals};
use crate::kb::KnowledgeBase;
use crate::recording::verdict::{
    CLIPPED_CREST_DB, CLIPPED_SHARE, MUFFLED_HIGH_BAND_DB, NOISY_SNR_DB, QUIET_LEVEL_DBFS,
};
use crate::recording::{
    Codec, Figures, Measurement, MicReason, MicVerdict, Microphone, RecordingRole, Verdict, compare,
};
use crate::session::Session;

pub(super) mod sections;
mod svg;

/// One figure of a recording: its name, its value with its unit, and what it is judged against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FigureRow {
    pub label: String,
    pub value: String,
    /// Empty for a figure shown for context only.
    pub threshold: String,
}

/// The codec's name in words ("Opus (voice note)").
#[must_use]
pub fn codec_name(lang: Language, codec: Codec) -> String {
    match codec {
        Codec::Opus => crate::t!(lang, "analyze-codec-opus"),
        Codec::Aac => crate::t!(lang, "analyze-codec-aac"),
        Codec::Alac => crate::t!(lang, "analyze-codec-alac"),
        Codec::Mp3 => crate::t!(lang, "analyze-codec-mp3"),
        Codec::Pcm => crate::t!(lang, "analyze-codec-pcm"),
        Codec::Other => crate::t!(lang, "analyze-codec-other"),
    }
}

/// A verdict in one or two words ("muffled").
#[must_use]
pub fn verdict_name(lang: Language, verdict: Verdict) -> String {
    match verdict {
        Verdict::RecordingSilent => crate::t!(lang, "analyze-verdict-silent"),
        Verdict::RecordingVeryQuiet => crate::t!(lang, "analyze-verdict-very-quiet"),
        Verdict::RecordingMuffled => crate::t!(lang, "analyze-verdict-muffled"),
        Verdict::RecordingClipped => crate::t!(lang, "analyze-verdict-clipped"),
        Verdict::RecordingNoisy => crate::t!(lang, "analyze-verdict-noisy"),
        Verdict::RecordingDropouts => crate::t!(lang, "analyze-verdict-dropouts"),
        Verdict::RecordingClean => crate::t!(lang, "analyze-verdict-clean"),
    }
}

/// A microphone's verdict in a word.
#[must_use]
pub fn mic_verdict_name(lang: Language, verdict: MicVerdict) -> String {
    match verdict {
        MicVerdict::Pass => crate::t!(lang, "recording-mic-pass"),
        MicVerdict::Weak => crate::t!(lang, "recording-mic-weak"),
        MicVerdict::Fail => crate::t!(lang, "recording-mic-fail"),
    }
}

/// Why a microphone did not pass, in a few words.
#[must_use]
pub fn mic_reason_name(lang: Language, reason: MicReason) -> String {
    match reason {
        MicReason::Silent => crate::t!(lang, "analyze-verdict-silent"),
        MicReason::VeryQuiet => crate::t!(lang, "analyze-verdict-very-quiet"),
        MicReason::Muffled => crate::t!(lang, "analyze-verdict-muffled"),
        MicReason::Clipped => crate::t!(lang, "analyze-verdict-clipped"),
        MicReason::Dropouts => crate::t!(lang, "analyze-verdict-dropouts"),
        MicReason::FarQuieter => crate::t!(lang, "recording-mic-far-quieter"),
        MicReason::Quieter => crate::t!(lang, "recording-mic-quieter"),
        MicReason::Duller => crate::t!(lang, "recording-mic-duller"),
    }
}

/// Every figure of a recording, in the order the CLI, the app and the reports list them.
#[must_use]
pub fn figure_rows(lang: Language, f: &Figures) -> Vec<FigureRow> {
    let row = |label: String, value: String, threshold: String| FigureRow {
        label,
        value,
        threshold,
    };
    let below = |verdict: Verdict, value: String| {
        crate::t!(
            lang,
            "analyze-threshold-below",
            what = verdict_name(lang, verdict),
            value = value
        )
    };
    vec![
        row(
            crate::t!(lang, "analyze-figure-level"),
            format!("{} dBFS", decimals(lang, f.active_level_dbfs, 1)),
            below(
                Verdict::RecordingVeryQuiet,
                format!("{} dBFS", decimals(lang, QUIET_LEVEL_DBFS, 0)),
            ),
        ),
        row(
            crate::t!(lang, "analyze-figure-noise-floor"),
            format!("{} dBFS", decimals(lang, f.noise_floor_dbfs, 1)),
            String::new(),
        ),
        row(
            crate::t!(lang, "analyze-figure-snr"),
            format!("{} dB", decimals(lang, f.snr_db, 1)),
            below(
                Verdict::RecordingNoisy,
                format!("{} dB", decimals(lang, NOISY_SNR_DB, 0)),
            ),
        ),
        row(
            crate::t!(lang, "analyze-figure-silent"),
            format!("{} %", decimals(lang, f.silent_share * 100.0, 0)),
            String::new(),
        ),
        row(
            crate::t!(lang, "analyze-figure-crest"),
            format!("{} dB", decimals(lang, f.crest_db, 1)),
            crate::t!(
                lang,
                "analyze-threshold-clipped",
                crest = format!("{} dB", decimals(lang, CLIPPED_CREST_DB, 0)),
                share = format!("{} %", decimals(lang, CLIPPED_SHARE * 100.0, 1))
            ),
        ),
        row(
            crate::t!(lang, "analyze-figure-clipped"),
            format!("{} %", decimals(lang, f.clipped_share * 100.0, 1)),
            String::new(),
        ),
        row(
            crate::t!(lang, "analyze-figure-high-band"),
            format!("{} dB", decimals(lang, f.high_band_db, 1)),
            below(
                Verdict::RecordingMuffled,
                format!("{} dB", decimals(lang, MUFFLED_HIGH_BAND_DB, 0)),
            ),
        ),
        row(
            crate::t!(lang, "analyze-figure-dropouts"),
            f.dropouts.to_string(),
            String::new(),
        ),
    ]
}

/// One measured recording of a case, in words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordingLine {
    pub role: RecordingRole,
    /// What the recording is for, from the knowledge base ("Bottom microphone").
    pub label: String,
    pub file: String,
    /// The codec in words and the length ("Opus (voice note), 5.0 s").
    pub format: String,
    /// What the figures show, each in a word or two ("muffled").
    pub verdicts: Vec<String>,
    /// What the figures show, as the knowledge base says it (the measurement findings' statements).
    pub shows: Vec<String>,
    pub figures: Vec<FigureRow>,
    /// What the picture of the sound shows, for people who cannot see it.
    pub sketch_text: String,
    /// The measurement itself, for renderers that draw it (the JSON report has it in its session).
    #[serde(skip)]
    pub measurement: Measurement,
}

/// One row of the microphone table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MicLine {
    pub microphone: Microphone,
    pub label: String,
    pub level: String,
    pub high_band: String,
    pub clipped: String,
    pub verdict: MicVerdict,
    pub verdict_name: String,
    /// Why it did not pass, in words; empty when it passed.
    pub reasons: Vec<String>,
}

/// The label of a recording role: the knowledge base's take label, or a plain one when the problem has
/// no recording check for it.
#[must_use]
pub fn role_label(
    lang: Language,
    kb: &KnowledgeBase,
    problem: &str,
    role: RecordingRole,
) -> String {
    kb.problem(problem)
        .into_iter()
        .flat_map(|p| &p.recording_checks)
        .flat_map(|c| &c.takes)
        .find(|t| t.role == role)
        .map_or_else(|| role_name(lang, role), |t| t.label.clone())
}

/// The plain name of a recording role ("Bottom microphone"), the same for every problem.
#[must_use]
pub fn role_name(lang: Language, role: RecordingRole) -> String {
    match role {
        RecordingRole::Failed => crate::t!(lang, "recording-role-failed"),
        RecordingRole::Microphone(Microphone::Bottom) => crate::t!(lang, "recording-role-bottom"),
        RecordingRole::Microphone(Microphone::Front) => crate::t!(lang, "recording-role-front"),
        RecordingRole::Microphone(Microphone::Rear) => crate::t!(lang, "recording-role-rear"),
    }
}

/// The text alternative of a recording's pictures: length, level against the thresholds, marked
/// stretches and where the spectrum ends.
#[must_use]
pub fn sketch_text(lang: Language, measurement: &Measurement) -> String {
    use crate::recording::MarkKind;
    let marks = |kind: MarkKind| {
        measurement
            .sketch
            .marks
            .iter()
            .filter(|m| m.kind == kind)
            .count()
    };
    crate::t!(
        lang,
        "recording-picture-text",
        seconds = decimals(lang, measurement.figures.duration_seconds, 1),
        level = decimals(lang, measurement.figures.active_level_dbfs, 1),
        quiet = decimals(lang, QUIET_LEVEL_DBFS, 0),
        silent = marks(MarkKind::Silent),
        clipped = marks(MarkKind::Clipped),
        high_band = decimals(lang, measurement.figures.high_band_db, 1),
        bandwidth = decimals(lang, measurement.bandwidth_hz / 1000.0, 1)
    )
}

/// The recordings of `session` in words, in the order of [`RecordingRole::ALL`], and the microphone
/// table (empty until a microphone take is in).
#[must_use]
pub fn recording_lines(
    lang: Language,
    kb: &KnowledgeBase,
    session: &Session,
) -> (Vec<RecordingLine>, Vec<MicLine>) {
    let lines = RecordingRole::ALL
        .into_iter()
        .filter_map(|role| {
            let m = session.recording(role)?;
            let verdicts = m.judgement().verdicts;
            Some(RecordingLine {
                role,
                label: role_label(lang, kb, &session.problem, role),
                file: m.file.clone(),
                format: crate::t!(
                    lang,
                    "recording-format",
                    codec = codec_name(lang, m.codec),
                    seconds = decimals(lang, m.figures.duration_seconds, 1)
                ),
                verdicts: verdicts.iter().map(|&v| verdict_name(lang, v)).collect(),
                shows: match role {
                    RecordingRole::Failed => verdicts
                        .iter()
                        .filter_map(|v| kb.finding(v.finding_id()))
                        .map(|f| f.yes_statement.clone())
                        .collect(),
                    RecordingRole::Microphone(_) => Vec::new(),
                },
                figures: figure_rows(lang, &m.figures),
                sketch_text: sketch_text(lang, m),
                measurement: m.clone(),
            })
        })
        .collect();
    let takes: Vec<(Microphone, &Figures)> = session
        .recordings()
        .filter_map(|(role, m)| match role {
            RecordingRole::Microphone(mic) => Some((mic, &m.figures)),
            RecordingRole::Failed => None,
        })
        .collect();
    let mics = compare(&takes)
        .rows
        .into_iter()
        .map(|row| mic_line(lang, kb, &session.problem, &row))
        .collect();
    (lines, mics)
}

/// One row of the microphone table in words: the knowledge base's label for the take, the figures with
/// their units, the verdict and its reasons.
#[must_use]
pub fn mic_line(
    lang: Language,
    kb: &KnowledgeBase,
    problem: &str,
    row: &crate::recording::MicRow,
) -> MicLine {
    MicLine {
        microphone: row.microphone,
        label: role_label(lang, kb, problem, RecordingRole::Microphone(row.microphone)),
        level: format!("{} dBFS", decimals(lang, row.level_dbfs, 1)),
        high_band: format!("{} dB", decimals(lang, row.high_band_db, 1)),
        clipped: format!("{} %", decimals(lang, row.clipped_share * 100.0, 1)),
        verdict: row.verdict,
        verdict_name: mic_verdict_name(lang, row.verdict),
        reasons: row
            .reasons
            .iter()
            .map(|&r| mic_reason_name(lang, r))
            .collect(),
    }
}
