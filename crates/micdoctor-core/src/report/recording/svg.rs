//! A recording drawn as inline SVG for the HTML report: the waveform with its silent and clipped
//! stretches marked, a level meter against the thresholds, and the spectrum with the speech bands
//! shaded. Each picture carries its text alternative as `<title>`, so a screen reader reads it.

use std::fmt::Write as _;

use super::super::html::escape;
use super::RecordingLine;
use crate::i18n::Language;
use crate::recording::MarkKind;
use crate::recording::verdict::{QUIET_LEVEL_DBFS, SILENT_LEVEL_DBFS};

const WIDTH: f64 = 640.0;
const WAVE_HEIGHT: f64 = 96.0;
const METER_HEIGHT: f64 = 34.0;
const SPECTRUM_HEIGHT: f64 = 90.0;
/// The level meter's scale, dBFS.
const METER_FLOOR: f64 = -90.0;
/// The spectrum's scale, dB under its loudest band.
const SPECTRUM_FLOOR: f64 = -60.0;
const INK: &str = "#1f2937";
const WAVE: &str = "#2563eb";
const SILENT: &str = "#9ca3af";
const CLIPPED: &str = "#dc2626";
const BAND: &str = "#fde68a";

/// The three pictures of one recording, in one `<figure>`.
#[must_use]
pub fn recording_pictures(lang: Language, line: &RecordingLine) -> String {
    let mut s = String::new();
    let _ = write!(s, "<figure class=\"recording\">");
    waveform(lang, &mut s, line);
    meter(lang, &mut s, line);
    spectrum(lang, &mut s, line);
    let _ = writeln!(
        s,
        "<figcaption>{}</figcaption></figure>",
        escape(&line.sketch_text)
    );
    s
}

fn open(s: &mut String, height: f64, title: &str) {
    let _ = write!(
        s,
        "<svg role=\"img\" viewBox=\"0 0 {WIDTH} {height}\" \
         width=\"100%\" style=\"max-width:{WIDTH}px;display:block;margin:4px 0\">\
         <title>{}</title>",
        escape(title)
    );
}

fn waveform(lang: Language, s: &mut String, line: &RecordingLine) {
    let picture = &line.measurement.sketch;
    open(s, WAVE_HEIGHT, &crate::t!(lang, "recording-waveform-title"));
    let columns = picture.envelope.len().max(1) as f64;
    // The envelope spans the whole recording; the marks are in seconds within it.
    let duration = line.measurement.figures.duration_seconds.max(1e-9);
    for mark in &picture.marks {
        let x = mark.start_seconds / duration * WIDTH;
        let w = ((mark.end_seconds - mark.start_seconds) / duration * WIDTH).max(1.0);
        let colour = match mark.kind {
            MarkKind::Silent => SILENT,
            MarkKind::Clipped => CLIPPED,
        };
        let _ = write!(
            s,
            "<rect x=\"{x:.1}\" y=\"0\" width=\"{w:.1}\" height=\"{WAVE_HEIGHT}\" fill=\"{colour}\" fill-opacity=\"0.3\"/>"
        );
    }
    let middle = WAVE_HEIGHT / 2.0;
    let mut path = String::new();
    for (i, [lo, hi]) in picture.envelope.iter().enumerate() {
        let x = (i as f64 + 0.5) / columns * WIDTH;
        let top = middle - f64::from(*hi).clamp(-1.0, 1.0) * middle;
        let bottom = (middle - f64::from(*lo).clamp(-1.0, 1.0) * middle).max(top + 0.5);
        let _ = write!(path, "M{x:.1} {top:.1}V{bottom:.1}");
    }
    let stroke = (WIDTH / columns).max(1.0);
    let _ = write!(
        s,
        "<line x1=\"0\" y1=\"{middle}\" x2=\"{WIDTH}\" y2=\"{middle}\" stroke=\"{INK}\" stroke-opacity=\"0.3\"/>\
         <path d=\"{path}\" stroke=\"{WAVE}\" stroke-width=\"{stroke:.2}\" fill=\"none\"/></svg>"
    );
}

fn meter(lang: Language, s: &mut String, line: &RecordingLine) {
    open(s, METER_HEIGHT, &crate::t!(lang, "recording-meter-title"));
    let x = |db: f64| ((db - METER_FLOOR) / -METER_FLOOR).clamp(0.0, 1.0) * WIDTH;
    let level = x(line.measurement.figures.active_level_dbfs);
    let _ = write!(
        s,
        "<rect x=\"0\" y=\"6\" width=\"{WIDTH}\" height=\"14\" fill=\"{INK}\" fill-opacity=\"0.08\"/>\
         <rect x=\"0\" y=\"6\" width=\"{level:.1}\" height=\"14\" fill=\"{WAVE}\"/>"
    );
    for (db, label) in [
        (SILENT_LEVEL_DBFS, crate::t!(lang, "analyze-verdict-silent")),
        (
            QUIET_LEVEL_DBFS,
            crate::t!(lang, "analyze-verdict-very-quiet"),
        ),
    ] {
        let at = x(db);
        let _ = write!(
            s,
            "<line x1=\"{at:.1}\" y1=\"2\" x2=\"{at:.1}\" y2=\"24\" stroke=\"{INK}\" stroke-width=\"2\"/>\
             <text x=\"{:.1}\" y=\"33\" font-size=\"9\" fill=\"{INK}\">{} {} dBFS</text>",
            at + 2.0,
            escape(&label),
            crate::i18n::decimals(lang, db, 0)
        );
    }
    s.push_str("</svg>");
}

fn spectrum(lang: Language, s: &mut String, line: &RecordingLine) {
    let picture = &line.measurement.sketch;
    open(
        s,
        SPECTRUM_HEIGHT,
        &crate::t!(lang, "recording-spectrum-title"),
    );
    let top_hz = picture.spectrum_step_hz * picture.spectrum_db.len() as f64;
    if top_hz <= 0.0 {
        s.push_str("</svg>");
        return;
    }
    let x = |hz: f64| (hz / top_hz).clamp(0.0, 1.0) * WIDTH;
    for (lo, hi) in [(300.0, 1_000.0), (2_000.0, 4_000.0)] {
        let _ = write!(
            s,
            "<rect x=\"{:.1}\" y=\"0\" width=\"{:.1}\" height=\"{SPECTRUM_HEIGHT}\" fill=\"{BAND}\" fill-opacity=\"0.6\"/>",
            x(lo),
            (x(hi) - x(lo)).max(0.0)
        );
    }
    let bar = WIDTH / picture.spectrum_db.len() as f64;
    let plot = SPECTRUM_HEIGHT - 12.0;
    for (i, db) in picture.spectrum_db.iter().enumerate() {
        let height = ((f64::from(*db) - SPECTRUM_FLOOR) / -SPECTRUM_FLOOR).clamp(0.0, 1.0) * plot;
        let _ = write!(
            s,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.2}\" height=\"{height:.1}\" fill=\"{WAVE}\"/>",
            i as f64 * bar,
            plot - height,
            (bar - 0.5).max(0.5)
        );
    }
    let mut khz = 1_u32;
    while f64::from(khz) * 1000.0 <= top_hz {
        let at = x(f64::from(khz) * 1000.0);
        let _ = write!(
            s,
            "<text x=\"{at:.1}\" y=\"{}\" font-size=\"9\" fill=\"{INK}\" text-anchor=\"middle\">{khz} kHz</text>",
            SPECTRUM_HEIGHT - 2.0
        );
        khz += 1;
    }
    s.push_str("</svg>");
}
