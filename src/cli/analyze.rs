//! `micdoctor analyze FILE…`: a recording's figures and what they show, one file after another, as a
//! table in the current language or as JSON. Nothing is written and nothing leaves the machine.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::Args;
use micdoctor_core::recording::verdict;
use micdoctor_recording::{Codec, Measurement, Verdict, analyze_file};
use serde::Serialize;

use super::table::decimals;
use super::{Failure, Output, emit, print_json};

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Recordings: a voice note (.opus/.ogg), a Voice Memo (.m4a), a video (.mov/.mp4), .wav or .mp3.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Print JSON (one entry per file: its analysis, or the error).
    #[arg(long)]
    pub json: bool,
}

/// A measured recording with what its figures show, as `analyze --json` prints it.
#[derive(Debug, Serialize)]
struct Analysed {
    #[serde(flatten)]
    measurement: Measurement,
    judgement: micdoctor_core::recording::Judgement,
}

/// One file's result in the JSON output.
#[derive(Debug, Serialize)]
#[serde(untagged)]
enum Entry {
    Analysed(Analysed),
    Failed { file: String, error: String },
}

/// Analyses every file; exit 2 when any could not be read (each is said, the others still analysed).
pub fn analyze(args: &AnalyzeArgs, io: &mut Output<'_>) -> Result<u8, Failure> {
    let entries: Vec<Entry> = args
        .files
        .iter()
        .map(|file| match analyze_file(file, &mut |_| {}) {
            Ok(measurement) => Entry::Analysed(Analysed {
                judgement: measurement.judgement(),
                measurement,
            }),
            Err(err) => Entry::Failed {
                file: file.display().to_string(),
                error: err.to_string(),
            },
        })
        .collect();
    let failed = entries.iter().any(|e| matches!(e, Entry::Failed { .. }));
    let code = if failed { super::EXIT_USAGE } else { 0 };
    if args.json {
        print_json(io, &entries)?;
        return Ok(code);
    }
    let mut text = String::new();
    for entry in &entries {
        match entry {
            Entry::Analysed(analysed) => text.push_str(&table(&analysed.measurement)),
            Entry::Failed { error, .. } => {
                let _ = writeln!(io.err, "micdoctor: {error}");
            }
        }
    }
    emit(io, &text)?;
    Ok(code)
}

fn codec_name(codec: Codec) -> String {
    match codec {
        Codec::Opus => crate::t!("analyze-codec-opus"),
        Codec::Aac => crate::t!("analyze-codec-aac"),
        Codec::Alac => crate::t!("analyze-codec-alac"),
        Codec::Mp3 => crate::t!("analyze-codec-mp3"),
        Codec::Pcm => crate::t!("analyze-codec-pcm"),
        Codec::Other => crate::t!("analyze-codec-other"),
    }
}

/// A verdict in words.
#[must_use]
pub fn verdict_name(verdict: Verdict) -> String {
    match verdict {
        Verdict::RecordingSilent => crate::t!("analyze-verdict-silent"),
        Verdict::RecordingVeryQuiet => crate::t!("analyze-verdict-very-quiet"),
        Verdict::RecordingMuffled => crate::t!("analyze-verdict-muffled"),
        Verdict::RecordingClipped => crate::t!("analyze-verdict-clipped"),
        Verdict::RecordingNoisy => crate::t!("analyze-verdict-noisy"),
        Verdict::RecordingDropouts => crate::t!("analyze-verdict-dropouts"),
        Verdict::RecordingClean => crate::t!("analyze-verdict-clean"),
    }
}

fn table(analysis: &Measurement) -> String {
    let f = &analysis.figures;
    let verdicts: Vec<String> = analysis
        .judgement()
        .verdicts
        .iter()
        .map(|&v| verdict_name(v))
        .collect();
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}",
        crate::t!(
            "analyze-heading",
            file = analysis.file.as_str(),
            codec = codec_name(analysis.codec),
            seconds = decimals(f.duration_seconds, 1),
            verdicts = verdicts.join(", ")
        )
    );
    let rows = [
        (
            crate::t!("analyze-figure-level"),
            format!("{} dBFS", decimals(f.active_level_dbfs, 1)),
            crate::t!(
                "analyze-threshold-below",
                what = verdict_name(Verdict::RecordingVeryQuiet),
                value = format!("{} dBFS", decimals(verdict::QUIET_LEVEL_DBFS, 0))
            ),
        ),
        (
            crate::t!("analyze-figure-noise-floor"),
            format!("{} dBFS", decimals(f.noise_floor_dbfs, 1)),
            String::new(),
        ),
        (
            crate::t!("analyze-figure-snr"),
            format!("{} dB", decimals(f.snr_db, 1)),
            crate::t!(
                "analyze-threshold-below",
                what = verdict_name(Verdict::RecordingNoisy),
                value = format!("{} dB", decimals(verdict::NOISY_SNR_DB, 0))
            ),
        ),
        (
            crate::t!("analyze-figure-silent"),
            format!("{} %", decimals(f.silent_share * 100.0, 0)),
            String::new(),
        ),
        (
            crate::t!("analyze-figure-crest"),
            format!("{} dB", decimals(f.crest_db, 1)),
            crate::t!(
                "analyze-threshold-clipped",
                crest = format!("{} dB", decimals(verdict::CLIPPED_CREST_DB, 0)),
                share = format!("{} %", decimals(verdict::CLIPPED_SHARE * 100.0, 1))
            ),
        ),
        (
            crate::t!("analyze-figure-clipped"),
            format!("{} %", decimals(f.clipped_share * 100.0, 1)),
            String::new(),
        ),
        (
            crate::t!("analyze-figure-high-band"),
            format!("{} dB", decimals(f.high_band_db, 1)),
            crate::t!(
                "analyze-threshold-below",
                what = verdict_name(Verdict::RecordingMuffled),
                value = format!("{} dB", decimals(verdict::MUFFLED_HIGH_BAND_DB, 0))
            ),
        ),
        (
            crate::t!("analyze-figure-dropouts"),
            f.dropouts.to_string(),
            String::new(),
        ),
    ];
    let width = rows
        .iter()
        .map(|(l, _, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    for (label, value, note) in rows {
        let pad = width - label.chars().count();
        let line = format!("  {label}{}  {value:>12}   {note}", " ".repeat(pad));
        let _ = writeln!(s, "{}", line.trim_end());
    }
    s
}
