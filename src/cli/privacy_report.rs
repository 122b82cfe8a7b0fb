//! `micdoctor privacy-report FILE [--seen TIME]`: what an iPhone's App Privacy Report shows of WhatsApp's
//! microphone and camera use, in words or as JSON — the same summary the window gives. The file is read
//! in memory and nothing of it is written; the JSON holds only what a case would keep.

use std::path::PathBuf;

use clap::Args;
use micdoctor_core::privacy_report::words::{parse_moment, summary_lines};
use micdoctor_core::privacy_report::{Recognised, UtcOffset, kept_evidence, read_report};
use micdoctor_core::t;
use serde::Serialize;

use super::{Failure, Output, emit, print_json, usage};

#[derive(Debug, Args)]
pub struct PrivacyReportArgs {
    /// The App Privacy Report the iPhone saved (an .ndjson file: Settings › Privacy & Security › App
    /// Privacy Report, Share button).
    pub file: PathBuf,
    /// When you saw the dot: `2026-10-15T14:05:00+02:00`, or `2026-10-15 14:05` in the phone's own time.
    #[arg(long, value_name = "TIME")]
    pub seen: Option<String>,
    /// Print JSON: what a case keeps of the report, the answers it gives, and the summary's lines.
    #[arg(long)]
    pub json: bool,
}

/// The JSON output: the kept evidence, the findings it answers, and the summary in words.
#[derive(Serialize)]
struct Printed<'a> {
    evidence: &'a micdoctor_core::privacy_report::KeptEvidence,
    answers: Vec<Answer>,
    summary: Vec<String>,
}

#[derive(Serialize)]
struct Answer {
    finding: &'static str,
    yes: bool,
}

/// Reads the report and prints the summary; exit 2 with the reason in words when it cannot be read or
/// `--seen` is not a time.
pub fn privacy_report(args: &PrivacyReportArgs, io: &mut Output<'_>) -> Result<u8, Failure> {
    let lang = io.language;
    let report = read_report(&args.file).map_err(|err| usage(err.in_words(lang)))?;
    let offset = report.window.map_or(UtcOffset::UTC, |w| w.last.offset());
    let seen = args
        .seen
        .as_deref()
        .map(|text| {
            parse_moment(text, offset)
                .ok_or_else(|| usage(t!(lang, "privacy-seen-invalid", time = text)))
        })
        .transpose()?;
    let kept = kept_evidence(&report, seen, &Recognised::new());
    let summary = summary_lines(lang, &kept);
    if args.json {
        let answers = kept
            .answers()
            .into_iter()
            .map(|(finding, yes)| Answer { finding, yes })
            .collect();
        return print_json(
            io,
            &Printed {
                evidence: &kept,
                answers,
                summary,
            },
        );
    }
    let mut text = t!(
        lang,
        "privacy-cli-heading",
        file = args.file.display().to_string()
    );
    text.push('\n');
    for line in summary {
        text.push_str("  ");
        text.push_str(&line);
        text.push('\n');
    }
    if report.skipped_lines > 0 {
        text.push_str(&t!(
            lang,
            "privacy-skipped-lines",
            lines = report.skipped_lines
        ));
        text.push('\n');
    }
    emit(io, &text)
}
