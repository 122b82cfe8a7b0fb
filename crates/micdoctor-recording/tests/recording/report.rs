//! Measured recordings in the technician's report, end to end on real files: the recording that failed
//! and the three microphone takes are decoded, kept in the case, and shown in Markdown (figures and the
//! microphone table) and HTML (the same, plus a picture of each sound as inline SVG with a text
//! alternative), in every language; JSON carries the figures and loads back.
use std::path::PathBuf;

use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::i18n::{self, Language};
use micdoctor_core::kb::{self, KnowledgeBase};
use micdoctor_core::recording::{Microphone, RecordingRole};
use micdoctor_core::report::{CaseReport, ReportFormat, render};
use micdoctor_core::session::Session;
use micdoctor_recording::{Measurement, analyze_file};

fn take(name: &str) -> Measurement {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/recordings")
        .join(name);
    analyze_file(&path, &mut |_| {}).unwrap_or_else(|e| panic!("{e}"))
}

fn bundled() -> KnowledgeBase {
    kb::bundled(&BundledIllustrations).unwrap()
}

/// A case with a silent voice note and a microphone test whose bottom take is silent.
fn measured_case(kb: &KnowledgeBase) -> Session {
    let mut case = Session::new("mic_whatsapp", kb.devices[0].id, &kb.kb_version, 1_000);
    case.record_recording(RecordingRole::Failed, take("silent.opus"), 1_010);
    case.record_recording(
        RecordingRole::Microphone(Microphone::Bottom),
        take("silent.m4a"),
        1_020,
    );
    case.record_recording(
        RecordingRole::Microphone(Microphone::Front),
        take("clean.mov"),
        1_030,
    );
    case.record_recording(
        RecordingRole::Microphone(Microphone::Rear),
        take("clean.mov"),
        1_040,
    );
    case
}

fn message(language: Language, id: &str) -> String {
    i18n::message(language, id, None)
}

#[test]
fn the_report_shows_each_recording_and_the_microphone_table_in_every_language() {
    let kb = bundled();
    let case = measured_case(&kb);
    for language in Language::ALL {
        let report = CaseReport::new(language, &kb, &case).unwrap();
        assert_eq!(report.recordings.len(), 4, "{language}");
        assert_eq!(report.microphones.len(), 3, "{language}");
        let bottom = &report.microphones[0];
        assert_eq!(bottom.verdict_name, message(language, "recording-mic-fail"));
        assert_eq!(
            report.microphones[1].verdict_name,
            message(language, "recording-mic-pass")
        );

        let md = render(language, &kb, &case, ReportFormat::Markdown).unwrap();
        assert!(
            md.contains(&message(language, "report-section-recordings")),
            "{language}\n{md}"
        );
        assert!(
            md.contains(&message(language, "report-section-microphones")),
            "{language}"
        );
        assert!(
            md.contains("silent.opus") && md.contains("clean.mov"),
            "{language}"
        );
        assert!(
            md.contains(&message(language, "analyze-figure-level")),
            "{language}"
        );
        assert!(
            !md.contains(&message(language, "recording-mics-incomplete")),
            "{language}"
        );
        // The failed note's verdict is shown in words, from the catalog.
        assert!(
            md.contains(&message(language, "analyze-verdict-silent")),
            "{language}\n{md}"
        );

        let html = render(language, &kb, &case, ReportFormat::Html).unwrap();
        // Three pictures per recording, each an image with a title for screen readers.
        let figures: Vec<&str> = html
            .split("<figure class=\"recording\">")
            .skip(1)
            .map(|rest| &rest[..rest.find("</figure>").unwrap()])
            .collect();
        assert_eq!(figures.len(), 4, "{language}");
        for figure in figures {
            assert_eq!(figure.matches(" role=\"img\"").count(), 3, "{language}");
            assert_eq!(figure.matches("<title>").count(), 3, "{language}");
            assert_eq!(figure.matches("<figcaption>").count(), 1, "{language}");
        }
        assert!(
            html.contains(&message(language, "recording-waveform-title")),
            "{language}"
        );
        assert!(html.contains("<figcaption>"), "{language}");
        // Self-contained: the pictures load nothing.
        let lower = html.to_lowercase();
        for fetcher in [
            "<script", "<link", " href=", " src=", "url(", "@import", "http:", "https:",
        ] {
            assert!(!lower.contains(fetcher), "{language}: found {fetcher}");
        }
    }
}

#[test]
fn a_partial_microphone_test_says_it_is_incomplete() {
    let kb = bundled();
    let mut case = Session::new("mic_whatsapp", kb.devices[0].id, &kb.kb_version, 1_000);
    case.record_recording(
        RecordingRole::Microphone(Microphone::Bottom),
        take("clean.m4a"),
        1_020,
    );
    let md = render(Language::English, &kb, &case, ReportFormat::Markdown).unwrap();
    assert!(
        md.contains(&message(Language::English, "recording-mics-incomplete")),
        "{md}"
    );
    let report = CaseReport::new(Language::English, &kb, &case).unwrap();
    assert_eq!(report.microphones.len(), 1);
}

#[test]
fn a_report_without_recordings_has_no_recording_section() {
    let kb = bundled();
    let case = Session::new("mic_whatsapp", kb.devices[0].id, &kb.kb_version, 1_000);
    let md = render(Language::English, &kb, &case, ReportFormat::Markdown).unwrap();
    let html = render(Language::English, &kb, &case, ReportFormat::Html).unwrap();
    assert!(!md.contains(&message(Language::English, "report-section-recordings")));
    assert!(!html.contains("<figure class=\"recording\">"));
}

#[test]
fn json_keeps_the_figures_and_loads_back() {
    let kb = bundled();
    let case = measured_case(&kb);
    let json = render(Language::English, &kb, &case, ReportFormat::Json).unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let text = value.to_string();
    assert!(text.contains("active_level_dbfs"), "{text}");
    let loaded = Session::from_json(&value["session"].to_string()).unwrap();
    assert_eq!(loaded.recordings().count(), 4);
    let failed = loaded.recording(RecordingRole::Failed).unwrap();
    assert_eq!(failed.file, "silent.opus");
    assert!(failed.figures.active_level_dbfs < -60.0);
}

#[test]
#[ignore = "prints a report to look at"]
fn print_report() {
    let kb = bundled();
    let case = measured_case(&kb);
    let md = render(Language::English, &kb, &case, ReportFormat::Markdown).unwrap();
    std::fs::write("/tmp/rec.md", md).unwrap();
    let html = render(Language::English, &kb, &case, ReportFormat::Html).unwrap();
    std::fs::write("/tmp/rec.html", html).unwrap();
}
