//! The iPhone's App Privacy Report, read for one question: "is WhatsApp using my microphone or camera
//! when I'm not?". [`read_report`] streams the exported NDJSON file into the sensor intervals of every
//! app ([`PrivacyReport`]); [`summarize`] answers the question for WhatsApp; [`KeptEvidence`] is the
//! little a case may store of it. The format, its pitfalls and what is never kept are in `docs/privacy-report.md`.
//!
//! Files: [`model`] (what a read report holds), [`line`](mod@line) (one line of the file, recognised without keeping
//! more than the sensor fields), [`reader`] (the streaming, size-capped reader and the pairing of
//! intervals), [`error`] (why a file is refused, in words for people), [`summary`] (WhatsApp's uses),
//! [`evidence`] (what a case keeps), [`words`] (what it shows, in a person's words).

pub mod error;
pub mod evidence;
pub mod line;
pub mod model;
pub mod reader;
pub mod summary;
pub mod words;

pub use error::PrivacyReportError;
pub use evidence::{KeptEvidence, KeptUse, MEASURED_FINDINGS, READ_BY_EYE, kept_evidence};
pub use model::{AppSensorUses, Interval, PrivacyReport, Sensor, Window};
pub use reader::{MAX_LINE_BYTES, MAX_REPORT_BYTES, read_report, read_report_from};
pub use summary::{
    LONG_USE, MARK_TOLERANCE, MarkFinding, NIGHT_END_HOUR, NIGHT_START_HOUR, Recognised,
    SensorFigures, Summary, UseId, WhatsApp, WhatsAppUse, at_night, other_apps_at, summarize,
    summary_of, whatsapp_uses,
};
/// The time types the report's instants and durations are given in.
pub use time::{Duration, OffsetDateTime, Time, UtcOffset};

/// WhatsApp's bundle identifier on the iPhone.
pub const WHATSAPP: &str = "net.whatsapp.WhatsApp";

/// WhatsApp Business's bundle identifier on the iPhone.
pub const WHATSAPP_BUSINESS: &str = "net.whatsapp.WhatsAppSMB";
