//! What the bridge tells the app, in the order it happens: a page opened, an upload started, its
//! progress, then exactly one of received, refused or failed.

use std::net::IpAddr;
use std::path::PathBuf;

use micdoctor_core::i18n::Language;
use micdoctor_core::t;

use crate::settings::Role;
use crate::sniff::FileKind;

/// One upload, numbered from 1 in the order they started.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UploadId(pub u64);

impl std::fmt::Display for UploadId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Something that happened on the bridge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BridgeEvent {
    /// A phone opened the upload page (with the right link).
    PageOpened { from: IpAddr },
    /// A phone started sending a file for `role`.
    UploadStarted {
        id: UploadId,
        role: Role,
        /// The file is a copy from the Photos library, re-encoded by iOS (`photos` module).
        from_photos: bool,
    },
    /// Bytes of the file received so far; `total` is the request's length (a little more than the
    /// file's), when the phone said it.
    Progress {
        id: UploadId,
        bytes: u64,
        total: Option<u64>,
    },
    /// The whole file arrived and was stored at `path`, in the bridge's private folder, under a name
    /// MicDoctor chose. It is there until the bridge closes: measure or copy it before.
    Received {
        id: UploadId,
        role: Role,
        path: PathBuf,
        original_kind: FileKind,
        from_photos: bool,
        bytes: u64,
    },
    /// A file refused, by its size or content, or because the role was busy or the staff stopped it.
    /// `id` is `None` when it was refused before it started (by its announced size, or a busy role).
    Refused {
        id: Option<UploadId>,
        role: Role,
        reason: Refusal,
    },
    /// An upload that did not finish: nothing of it is kept.
    Failed {
        id: UploadId,
        role: Role,
        reason: Failure,
    },
    /// An address tried too many wrong links and is locked out for a while.
    LockedOut { from: IpAddr },
    /// The link stopped working: every asked-for file arrived, or its time ran out. The server keeps
    /// running (and answering 404) until the app closes the bridge.
    Ended { reason: EndReason },
}

/// Why a file was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Larger than the limit (bytes).
    TooLarge { limit: u64 },
    /// A recording was asked for and the file is not one MicDoctor reads.
    NotARecording,
    /// The App Privacy Report was asked for and the file is not JSON lines.
    NotAPrivacyReport,
    /// The file is empty.
    Empty,
    /// The form was sent without a file.
    NoFile,
    /// Another phone is sending a file for the same role.
    Busy,
    /// The staff refused it ([`crate::BridgeHandle::refuse`]).
    ByStaff,
}

/// Why an upload did not finish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The phone stopped sending half-way (it left the Wi-Fi, the page was closed, the body was cut).
    Disconnected,
    /// Nothing arrived for the stall limit.
    Stalled,
    /// The upload took longer than its limit in all.
    TooSlow,
    /// The computer could not store it (the message says why).
    Storage(String),
    /// The bridge closed first.
    Closed,
}

/// Why the link stopped working.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndReason {
    AllReceived,
    Expired,
}

/// Megabytes for messages, rounded down.
fn megabytes(bytes: u64) -> f64 {
    (bytes / (1024 * 1024)) as f64
}

impl Refusal {
    /// What to tell the customer, on the phone and on the screen.
    #[must_use]
    pub fn in_words(self, language: Language) -> String {
        match self {
            Self::TooLarge { limit } => {
                t!(
                    language,
                    "bridge-refused-too-large",
                    limit_mb = megabytes(limit)
                )
            }
            Self::NotARecording => t!(language, "bridge-refused-not-recording"),
            Self::NotAPrivacyReport => t!(language, "bridge-refused-not-report"),
            Self::Empty => t!(language, "bridge-refused-empty"),
            Self::NoFile => t!(language, "bridge-refused-no-file"),
            Self::Busy => t!(language, "bridge-refused-busy"),
            Self::ByStaff => t!(language, "bridge-refused-by-staff"),
        }
    }
}

impl Failure {
    /// What to tell the customer, on the phone (when it still listens) and on the screen.
    #[must_use]
    pub fn in_words(&self, language: Language) -> String {
        match self {
            Self::Disconnected => t!(language, "bridge-lost"),
            Self::Stalled => t!(language, "bridge-failed-stalled"),
            Self::TooSlow => t!(language, "bridge-failed-too-slow"),
            Self::Storage(why) => t!(language, "bridge-failed-storage", why = why.as_str()),
            Self::Closed => t!(language, "bridge-failed-closed"),
        }
    }
}
