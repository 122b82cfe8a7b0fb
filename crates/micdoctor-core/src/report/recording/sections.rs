//! The report's recordings section, in Markdown and in HTML: each measured recording with what it shows
//! and its figures against their thresholds (HTML adds its pictures), then the microphone table.

use std::fmt::Write as _;

use super::super::case::CaseReport;
use super::super::html::escape;
use super::super::markdown::text;
use super::svg::recording_pictures;
use super::{MicLine, RecordingLine};
use crate::i18n::Language;

/// A Markdown table cell: inert text with its pipes escaped.
fn cell(raw: &str) -> String {
    text(raw).replace('|', "\\|")
}

fn mic_verdict(line: &MicLine) -> String {
    if line.reasons.is_empty() {
        line.verdict_name.clone()
    } else {
        format!("{}: {}", line.verdict_name, line.reasons.join(", "))
    }
}

fn heading(lang: Language, line: &RecordingLine) -> String {
    crate::t!(
        lang,
        "recording-heading",
        label = line.label.as_str(),
        file = line.file.as_str(),
        format = line.format.as_str(),
        verdicts = line.verdicts.join(", ")
    )
}

/// The section in Markdown; nothing when the case has no recordings.
pub fn markdown(s: &mut String, case: &CaseReport) {
    let lang = case.language;
    if case.recordings.is_empty() {
        return;
    }
    let _ = writeln!(s, "## {}\n", crate::t!(lang, "report-section-recordings"));
    for line in &case.recordings {
        let _ = writeln!(s, "**{}**\n", text(&heading(lang, line)));
        for shown in &line.shows {
            let _ = writeln!(s, "- {}", text(shown));
        }
        if !line.shows.is_empty() {
            s.push('\n');
        }
        let _ = writeln!(
            s,
            "| {} | {} | {} |\n|---|---:|---|",
            crate::t!(lang, "recording-column-figure"),
            crate::t!(lang, "recording-column-value"),
            crate::t!(lang, "recording-column-threshold")
        );
        for row in &line.figures {
            let _ = writeln!(
                s,
                "| {} | {} | {} |",
                cell(&row.label),
                cell(&row.value),
                cell(&row.threshold)
            );
        }
        let _ = writeln!(s, "\n{}\n", text(&line.sketch_text));
    }
    microphones_markdown(s, case);
}

fn microphones_markdown(s: &mut String, case: &CaseReport) {
    let lang = case.language;
    if case.microphones.is_empty() {
        return;
    }
    let _ = writeln!(s, "### {}\n", crate::t!(lang, "report-section-microphones"));
    let _ = writeln!(
        s,
        "| {} | {} | {} | {} | {} |\n|---|---:|---:|---:|---|",
        crate::t!(lang, "recording-column-microphone"),
        crate::t!(lang, "analyze-figure-level"),
        crate::t!(lang, "analyze-figure-high-band"),
        crate::t!(lang, "analyze-figure-clipped"),
        crate::t!(lang, "recording-column-verdict")
    );
    for line in &case.microphones {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} |",
            cell(&line.label),
            cell(&line.level),
            cell(&line.high_band),
            cell(&line.clipped),
            cell(&mic_verdict(line))
        );
    }
    if case.microphones.len() < crate::recording::Microphone::ALL.len() {
        let _ = writeln!(s, "\n{}", crate::t!(lang, "recording-mics-incomplete"));
    }
    s.push('\n');
}

/// The section in HTML, with each recording's pictures; nothing when the case has no recordings.
pub fn html(s: &mut String, case: &CaseReport) {
    let lang = case.language;
    if case.recordings.is_empty() {
        return;
    }
    let _ = writeln!(
        s,
        "<section>\n<h2>{}</h2>",
        crate::t!(lang, "report-section-recordings")
    );
    for line in &case.recordings {
        let _ = writeln!(s, "<h3>{}</h3>", escape(&heading(lang, line)));
        if !line.shows.is_empty() {
            s.push_str("<ul>\n");
            for shown in &line.shows {
                let _ = writeln!(s, "<li>{}</li>", escape(shown));
            }
            s.push_str("</ul>\n");
        }
        s.push_str(&recording_pictures(lang, line));
        let _ = writeln!(
            s,
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            crate::t!(lang, "recording-column-figure"),
            crate::t!(lang, "recording-column-value"),
            crate::t!(lang, "recording-column-threshold")
        );
        for row in &line.figures {
            let _ = writeln!(
                s,
                "<tr><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                escape(&row.label),
                escape(&row.value),
                escape(&row.threshold)
            );
        }
        s.push_str("</tbody></table>\n");
    }
    microphones_html(s, case);
    s.push_str("</section>\n");
}

fn microphones_html(s: &mut String, case: &CaseReport) {
    let lang = case.language;
    if case.microphones.is_empty() {
        return;
    }
    let _ = writeln!(
        s,
        "<h3>{}</h3>\n<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        crate::t!(lang, "report-section-microphones"),
        crate::t!(lang, "recording-column-microphone"),
        crate::t!(lang, "analyze-figure-level"),
        crate::t!(lang, "analyze-figure-high-band"),
        crate::t!(lang, "analyze-figure-clipped"),
        crate::t!(lang, "recording-column-verdict")
    );
    for line in &case.microphones {
        let _ = writeln!(
            s,
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"mic-{:?}\">{}</td></tr>",
            escape(&line.label),
            escape(&line.level),
            escape(&line.high_band),
            escape(&line.clipped),
            line.verdict,
            escape(&mic_verdict(line))
        );
    }
    s.push_str("</tbody></table>\n");
    if case.microphones.len() < crate::recording::Microphone::ALL.len() {
        let _ = writeln!(s, "<p>{}</p>", crate::t!(lang, "recording-mics-incomplete"));
    }
}
