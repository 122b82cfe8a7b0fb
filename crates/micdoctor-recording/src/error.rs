//! Why a file is not a usable recording, each case with the file and what the person can do instead.

use std::path::PathBuf;

/// What to do when a recording cannot be read.
pub const WHAT_TO_DO: &str =
    "send the voice note to yourself as a file, or record a Voice Memo, and try that";

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
        "{} is {size} bytes; MicDoctor reads recordings up to {limit} bytes (a few minutes of video); {WHAT_TO_DO}",
        path.display()
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
