//! "Test each microphone" end to end on real files: a Voice Memo for the bottom microphone and two
//! videos for the front and rear, decoded, measured, compared, and turned into the findings the
//! knowledge base knows.

use std::path::PathBuf;

use micdoctor_core::recording::{
    MarkKind, MicReason, MicVerdict, Microphone, SoundSketch, compare,
};
use micdoctor_recording::{Measurement, analyze_file};

fn take(name: &str) -> Measurement {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/recordings")
        .join(name);
    analyze_file(&path, &mut |_| {}).unwrap_or_else(|e| panic!("{e}"))
}

fn check(bottom: &str, front: &str, rear: &str) -> (Vec<MicVerdict>, Vec<&'static str>) {
    let takes = [take(bottom), take(front), take(rear)];
    let pairs: Vec<_> = Microphone::ALL
        .into_iter()
        .zip(takes.iter().map(|m| &m.figures))
        .collect();
    let comparison = compare(&pairs);
    (
        comparison.rows.iter().map(|r| r.verdict).collect(),
        comparison.findings,
    )
}

#[test]
fn three_clean_takes_pass() {
    let (verdicts, findings) = check("clean.m4a", "clean.mov", "clean.mov");
    assert_eq!(verdicts, [MicVerdict::Pass; 3]);
    assert_eq!(findings, ["mics_all_pass"]);
}

#[test]
fn a_muffled_bottom_take_points_to_the_bottom_opening() {
    let (verdicts, findings) = check("muffled.m4a", "clean.mov", "clean.mov");
    assert_eq!(
        verdicts,
        [MicVerdict::Weak, MicVerdict::Pass, MicVerdict::Pass]
    );
    assert_eq!(findings, ["mics_bottom_weak"]);
}

#[test]
fn a_silent_bottom_take_fails_the_bottom_microphone() {
    let (verdicts, findings) = check("silent.m4a", "clean.mov", "clean.mov");
    assert_eq!(
        verdicts,
        [MicVerdict::Fail, MicVerdict::Pass, MicVerdict::Pass]
    );
    assert_eq!(findings, ["mics_bottom_fails"]);
}

#[test]
fn a_very_quiet_front_take_points_to_the_front_microphone() {
    let (verdicts, findings) = check("clean.m4a", "very_quiet.mov", "clean.mov");
    assert_eq!(verdicts[1], MicVerdict::Fail, "35 dB under the others");
    assert_eq!(findings, ["mics_front_weak"]);
}

#[test]
fn three_silent_takes_point_away_from_the_microphones() {
    let (verdicts, findings) = check("silent.m4a", "silent.mov", "silent.mov");
    assert_eq!(verdicts, [MicVerdict::Fail; 3]);
    assert_eq!(findings, ["mics_all_weak"]);
}

#[test]
fn the_reasons_say_why() {
    let takes = [take("muffled.m4a"), take("clean.mov"), take("clean.mov")];
    let pairs: Vec<_> = Microphone::ALL
        .into_iter()
        .zip(takes.iter().map(|m| &m.figures))
        .collect();
    let bottom = &compare(&pairs).rows[0];
    assert!(bottom.reasons.contains(&MicReason::Muffled), "{bottom:?}");
    assert!(bottom.reasons.contains(&MicReason::Duller), "{bottom:?}");
}

#[test]
fn the_picture_marks_what_the_figures_found() {
    let clipped = take("clipped.wav").sketch;
    assert!(
        clipped.marks.iter().any(|m| m.kind == MarkKind::Clipped),
        "{:?}",
        clipped.marks
    );
    let silent = take("silent.wav").sketch;
    assert!(silent.marks.iter().any(|m| m.kind == MarkKind::Silent));
    let clean = take("clean.opus");
    let picture = &clean.sketch;
    assert!(picture.envelope.len() <= SoundSketch::COLUMNS && picture.envelope.len() > 100);
    assert!(picture.envelope.iter().all(|[lo, hi]| lo <= hi));
    assert!(!picture.spectrum_db.is_empty() && picture.spectrum_db.len() <= SoundSketch::BANDS);
    // A 16 kHz voice note's spectrum ends at its bandwidth, not at 24 kHz.
    let top = picture.spectrum_step_hz * picture.spectrum_db.len() as f64;
    assert!(top <= clean.bandwidth_hz + 1.0, "{top} Hz");
    // And the bandwidth said is what a 16 kHz recording can hold, whatever its packets declare.
    for kind in ["clean", "muffled", "noisy"] {
        let note = take(&format!("{kind}.opus"));
        assert!(
            note.bandwidth_hz <= 8_000.0,
            "{kind}: {}",
            note.bandwidth_hz
        );
    }
    assert!(picture.spectrum_db.iter().all(|&d| d <= 0.0));
    // Marks are in order and inside the recording.
    for mark in &clipped.marks {
        assert!(mark.start_seconds < mark.end_seconds);
    }
}
