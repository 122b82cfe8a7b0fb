//! Every degradation in `tests/fixtures/recordings/` (made by `scripts/make_recordings.sh`) is judged as
//! what it is, in every container: a WhatsApp-style voice note, a Voice Memo (AAC and Apple Lossless), a
//! Camera video, WAV, MP3.

use std::path::PathBuf;

use micdoctor_recording::{Codec, Verdict, analyze_file};

const CONTAINERS: [&str; 6] = ["opus", "m4a", "alac.m4a", "mov", "wav", "mp3"];

fn fixture(kind: &str, container: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/recordings")
        .join(format!("{kind}.{container}"))
}

fn verdicts(kind: &str, container: &str) -> Vec<Verdict> {
    let path = fixture(kind, container);
    let analysis = analyze_file(&path, &mut |_| {}).unwrap_or_else(|e| panic!("{e}"));
    println!(
        "{kind:>10}.{container:<4} {:?} {:?}",
        analysis.judgement().verdicts,
        analysis.figures
    );
    analysis.judgement().verdicts
}

#[test]
fn every_degradation_is_named_in_every_container() {
    let expected = [
        ("clean", Verdict::RecordingClean),
        ("silent", Verdict::RecordingSilent),
        ("very_quiet", Verdict::RecordingVeryQuiet),
        ("muffled", Verdict::RecordingMuffled),
        ("clipped", Verdict::RecordingClipped),
        ("noisy", Verdict::RecordingNoisy),
        ("dropouts", Verdict::RecordingDropouts),
    ];
    let mut wrong = Vec::new();
    for container in CONTAINERS {
        for (kind, verdict) in expected {
            let got = verdicts(kind, container);
            if got != vec![verdict] {
                wrong.push(format!(
                    "{kind}.{container}: {got:?}, expected [{verdict:?}]"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_voice_memo_in_apple_lossless_is_decoded_as_such() {
    let measurement =
        analyze_file(&fixture("clean", "alac.m4a"), &mut |_| {}).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(measurement.codec, Codec::Alac);
}

#[test]
fn a_video_with_two_sound_tracks_is_measured_on_its_aac_track() {
    // The first sound track is a silent Apple Lossless one, the second the clean sentence in AAC; an
    // iPhone video can carry more than one, and the AAC one is what every player plays.
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/recordings/two_tracks.mov");
    let measurement = analyze_file(&path, &mut |_| {}).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(measurement.codec, Codec::Aac);
    assert_eq!(
        measurement.judgement().verdicts,
        vec![Verdict::RecordingClean]
    );
}
