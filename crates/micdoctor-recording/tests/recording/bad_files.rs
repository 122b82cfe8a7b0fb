//! Files that are not usable recordings: each gets its own clear message naming the file, never a panic.
use std::path::{Path, PathBuf};

use micdoctor_recording::{MAX_FILE_BYTES, MAX_SECONDS, RecordingError, analyze_file};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/recordings")
        .join(name)
}

fn temp_path(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("micdoctor-recording-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn temp(name: &str, bytes: &[u8]) -> PathBuf {
    let path = temp_path(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// A sparse file one byte over the size limit: it costs no disk, and is never read (the size comes first).
fn over_the_size_limit(name: &str) -> PathBuf {
    let path = temp_path(name);
    std::fs::File::create(&path)
        .unwrap()
        .set_len(MAX_FILE_BYTES + 1)
        .unwrap();
    path
}

fn error(path: &Path) -> RecordingError {
    let err = analyze_file(path, &mut |_| {}).expect_err("not a usable recording");
    let name = path.file_name().unwrap().to_str().unwrap();
    assert!(err.to_string().contains(name), "{err}");
    err
}

#[test]
fn an_empty_file_says_so() {
    assert!(matches!(
        error(&temp("empty.opus", b"")),
        RecordingError::Empty { .. }
    ));
}

#[test]
fn text_is_not_a_recording() {
    let err = error(&temp(
        "notes.m4a",
        b"This is not a recording at all, just some words.",
    ));
    assert!(
        matches!(
            err,
            RecordingError::UnknownFormat { .. } | RecordingError::Corrupt { .. }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("Voice Memo"), "{err}");
}

#[test]
fn a_video_without_sound_says_there_is_no_sound() {
    assert!(matches!(
        error(&fixture("no_sound.mov")),
        RecordingError::NoAudio { .. }
    ));
}

#[test]
fn cut_short_files_are_damaged_not_a_crash() {
    for name in [
        "clean.opus",
        "clean.m4a",
        "clean.mov",
        "clean.mp3",
        "clean.wav",
    ] {
        let bytes = std::fs::read(fixture(name)).unwrap();
        for keep in [bytes.len() / 3, bytes.len() / 2, bytes.len() - 7] {
            let path = temp(&format!("cut-{keep}-{name}"), &bytes[..keep]);
            // A file cut inside its sound may still decode what is there (WAV, MP3); what must never
            // happen is a panic or an error that does not name the file.
            if let Err(err) = analyze_file(&path, &mut |_| {}) {
                assert!(
                    err.to_string().contains(&format!("cut-{keep}-{name}")),
                    "{err}"
                );
            }
        }
    }
}

#[test]
fn flipped_bytes_never_panic() {
    for name in ["clean.opus", "clean.m4a", "clean.mp3"] {
        let bytes = std::fs::read(fixture(name)).unwrap();
        for step in [97usize, 251, 1013] {
            let mut damaged = bytes.clone();
            for i in (step..damaged.len()).step_by(step) {
                damaged[i] ^= 0x5a;
            }
            let path = temp(&format!("flipped-{step}-{name}"), &damaged);
            let _ = analyze_file(&path, &mut |_| {});
        }
    }
}

/// A WAV header for `frames` 16-bit mono samples at `rate`.
fn wav(rate: u32, frames: u32) -> Vec<u8> {
    let data = frames * 2;
    let mut out = Vec::new();
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&rate.to_le_bytes());
    out.extend_from_slice(&(rate * 2).to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data.to_le_bytes());
    out.resize(out.len() + data as usize, 0);
    out
}

#[test]
fn a_recording_over_the_limit_is_refused_with_the_limit() {
    let rate = 8_000;
    let err = error(&temp("long.wav", &wav(rate, rate * (MAX_SECONDS + 1))));
    assert!(matches!(err, RecordingError::TooLong { .. }), "{err}");
    assert!(err.to_string().contains(&MAX_SECONDS.to_string()), "{err}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_with_the_limit_before_it_is_read() {
    let path = over_the_size_limit("huge.mov");
    let err = error(&path);
    assert!(
        matches!(err, RecordingError::TooLarge { size, limit, .. } if size == MAX_FILE_BYTES + 1 && limit == MAX_FILE_BYTES),
        "{err}"
    );
    assert!(
        err.to_string()
            .contains(&format!("up to {} MB", MAX_FILE_BYTES / (1024 * 1024))),
        "{err}"
    );
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn sound_in_a_codec_that_cannot_be_decoded_says_so_and_what_to_do() {
    // AC-3 in an .m4a: a container MicDoctor reads holding sound it cannot decode, as protected (DRM)
    // sound would be.
    let err = error(&fixture("ac3.m4a"));
    assert!(matches!(err, RecordingError::Unsupported { .. }), "{err}");
    let text = err.to_string();
    assert!(text.contains("cannot decode"), "{text}");
    assert!(text.contains("record a Voice Memo"), "{text}");
}

#[test]
fn progress_reaches_the_end() {
    let mut last = 0.0;
    analyze_file(&fixture("clean.m4a"), &mut |p| last = p).unwrap();
    assert!((last - 1.0).abs() < 1e-9);
}

/// Every message is said in English, Portuguese and Spanish as a sentence, naming the file, with what to
/// do in that language (`Display` stays English, for logs and JSON).
#[test]
fn every_message_is_said_in_each_language() {
    use micdoctor_core::i18n::Language;
    let huge = over_the_size_limit("huge-words.mov");
    let rate = 8_000;
    let files = [
        temp("empty-words.opus", b""),
        temp(
            "words.m4a",
            b"This is not a recording at all, just some words.",
        ),
        fixture("no_sound.mov"),
        fixture("ac3.m4a"),
        temp("long-words.wav", &wav(rate, rate * (MAX_SECONDS + 1))),
        huge.clone(),
        std::env::temp_dir().join("micdoctor-no-such-recording.opus"),
    ];
    let what_to_do = [
        (Language::PortugueseBrazil, "Gravador"),
        (Language::Spanish, "Notas de voz"),
        (Language::English, "Voice Memo"),
    ];
    for path in &files {
        let err = error(path);
        let name = path.file_name().unwrap().to_str().unwrap();
        let english = err.in_words(Language::English);
        assert!(
            english.starts_with(|c: char| !c.is_lowercase()),
            "a sentence: {english}"
        );
        for (language, todo) in what_to_do {
            let words = err.in_words(language);
            assert!(words.contains(name), "{language:?}: {words}");
            if language != Language::English {
                assert_ne!(words, english, "{language:?} not translated: {words}");
            }
            // What to do with another recording, in that language: every message but those for a
            // recording too long (record a shorter one) and a file that cannot be read (choose it again).
            if !matches!(
                err,
                RecordingError::TooLong { .. } | RecordingError::Io { .. }
            ) {
                assert!(words.contains(todo), "{language:?}: {words}");
            }
        }
    }
    std::fs::remove_file(&huge).unwrap();
}
