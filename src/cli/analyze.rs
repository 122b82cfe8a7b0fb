//! `micdoctor analyze FILE…`: a recording's figures and what they show, one file after another, as a
//! table in the current language or as JSON. Nothing is written and nothing leaves the machine.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::Args;
use micdoctor_recording::{Measurement, analyze_file};
use serde::Serialize;

use super::{Failure, Output, emit, print_json};
use micdoctor_core::i18n::Language;
use micdoctor_core::i18n::decimals;
use micdoctor_core::report::{codec_name, figure_rows, verdict_name};
use micdoctor_core::t;

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
    Failed {
        file: String,
        /// In English, as `Display` gives it (JSON is for programs).
        error: String,
        /// The same in the current language, for the text output.
        #[serde(skip)]
        in_words: String,
    },
}

/// Analyses every file; exit 2 when any could not be read (each is said, the others still analysed).
pub fn analyze(args: &AnalyzeArgs, io: &mut Output<'_>) -> Result<u8, Failure> {
    let lang = io.language;
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
                in_words: err.in_words(lang),
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
            Entry::Analysed(analysed) => text.push_str(&table(lang, &analysed.measurement)),
            Entry::Failed { in_words, .. } => {
                let _ = writeln!(io.err, "micdoctor: {in_words}");
            }
        }
    }
    emit(io, &text)?;
    Ok(code)
}

fn table(lang: Language, analysis: &Measurement) -> String {
    let verdicts: Vec<String> = analysis
        .judgement()
        .verdicts
        .iter()
        .map(|&v| verdict_name(lang, v))
        .collect();
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}",
        t!(
            lang,
            "analyze-heading",
            file = analysis.file.as_str(),
            codec = codec_name(lang, analysis.codec),
            seconds = decimals(lang, analysis.figures.duration_seconds, 1),
            verdicts = verdicts.join(", ")
        )
    );
    let rows = figure_rows(lang, &analysis.figures);
    let width = rows
        .iter()
        .map(|r| r.label.chars().count())
        .max()
        .unwrap_or(0);
    for row in rows {
        let pad = width - row.label.chars().count();
        let line = format!(
            "  {}{}  {:>12}   {}",
            row.label,
            " ".repeat(pad),
            row.value,
            row.threshold
        );
        let _ = writeln!(s, "{}", line.trim_end());
    }
    s
}
