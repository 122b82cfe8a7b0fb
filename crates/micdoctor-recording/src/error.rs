//! Why a file is not a usable recording, each case with the file and what the person can do instead.

use std::path::PathBuf;

/// What to do when a recording cannot be read.
pub const WHAT_TO_DO: &str =
    "send the voice note to yourself as a file, or record a Voice Memo, and try that";

/// Bytes in a mebibyte: sizes are said in MB.
const MIB: u64 = 1024 * 1024;

/// Why a recording could not be analysed. Every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum RecordingError {
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{} is empty: there is no recording in it; {WHAT_TO_DO}", path.display())]
    Empty { path: PathBuf },
    #[error(
        "{} is {} MB; MicDoctor reads recordings up to {} MB (a few minutes of video); {WHAT_TO_DO}",
        path.display(),
        size.div_ceil(MIB),
        limit / MIB
    )]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error(
        "{} is longer than {limit_seconds} seconds; a short recording of a sentence or two is enough: record one and try that",
        path.display()
    )]
    TooLong { path: PathBuf, limit_seconds: u32 },
    #[error("{} is not a recording MicDoctor knows (voice note .opus/.ogg, Voice Memo .m4a, video .mov/.mp4, .wav or .mp3); {WHAT_TO_DO}", path.display())]
    UnknownFormat { path: PathBuf },
    #[error("{} has no sound track (a video without audio?); record a video with sound, or a Voice Memo", path.display())]
    NoAudio { path: PathBuf },
    #[error("the sound in {} is in a form MicDoctor cannot decode ({what}); it may be protected (DRM); {WHAT_TO_DO}", path.display())]
    Unsupported { path: PathBuf, what: String },
    #[error("{} is damaged or cut short ({what}); {WHAT_TO_DO}", path.display())]
    Corrupt { path: PathBuf, what: String },
}

use micdoctor_core::i18n::Language;

impl RecordingError {
    /// The message in `lang`, for people: the window, the kiosk's staff desk and the command line's text
    /// output. `Display` stays in English for logs and
    /// JSON. The technical detail of a damaged file (what the decoder said) is not translated.
    #[must_use]
    pub fn in_words(&self, lang: Language) -> String {
        use micdoctor_core::t;
        let file = |path: &PathBuf| path.display().to_string();
        let todo = || t!(lang, "recording-error-what-to-do");
        match self {
            Self::Io { path, source } => t!(
                lang,
                "recording-error-io",
                file = file(path),
                why = source.to_string()
            ),
            Self::Empty { path } => {
                format!(
                    "{}; {}",
                    t!(lang, "recording-error-empty", file = file(path)),
                    todo()
                )
            }
            Self::TooLarge { path, size, limit } => format!(
                "{}; {}",
                t!(
                    lang,
                    "recording-error-too-large",
                    file = file(path),
                    size_mb = size.div_ceil(MIB).to_string(),
                    limit_mb = (limit / MIB).to_string()
                ),
                todo()
            ),
            Self::TooLong {
                path,
                limit_seconds,
            } => t!(
                lang,
                "recording-error-too-long",
                file = file(path),
                seconds = limit_seconds.to_string()
            ),
            Self::UnknownFormat { path } => format!(
                "{}; {}",
                t!(lang, "recording-error-unknown-format", file = file(path)),
                todo()
            ),
            Self::NoAudio { path } => t!(lang, "recording-error-no-audio", file = file(path)),
            // What the decoder said is for `Display` (logs, JSON); a person gets what to do.
            Self::Unsupported { path, .. } => format!(
                "{}; {}",
                t!(lang, "recording-error-unsupported", file = file(path)),
                todo()
            ),
            Self::Corrupt { path, what } => format!(
                "{}; {}",
                t!(
                    lang,
                    "recording-error-corrupt",
                    file = file(path),
                    what = what.as_str()
                ),
                todo()
            ),
        }
    }
}
