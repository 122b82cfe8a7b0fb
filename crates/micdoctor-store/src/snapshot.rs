//! What a snapshot event keeps: the case as it stood — its session (every answer, fix outcome and
//! measured recording) and the report MicDoctor wrote of it (ranking, outcome, the lines in words) — in
//! one typed, versioned shape. The old JSONL case log's lines have the same shape without a version
//! (read as version 1), so `cases.jsonl` imports as snapshots.

use micdoctor_core::i18n::Language;
use micdoctor_core::kb::KnowledgeBase;
use micdoctor_core::report::{CaseReport, iso_utc};
use micdoctor_core::session::{Session, SessionError};
use serde::{Deserialize, Serialize};

/// The snapshot shape this MicDoctor writes: 1 is the case report with `logged_at` (the case log's line,
/// and every snapshot stored before the shape was versioned); 2 adds `snapshot_version` and the session's
/// drawn case code.
pub const SNAPSHOT_VERSION: u32 = 2;

fn unversioned() -> u32 {
    1
}

/// A case as it stood when a snapshot was written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// This shape's version ([`SNAPSHOT_VERSION`]; 1 when the row has none).
    #[serde(default = "unversioned")]
    pub snapshot_version: u32,
    /// When it was written (UTC, ISO 8601).
    #[serde(default)]
    pub logged_at: String,
    /// The case report of the session at that moment (the session itself is `report.session`).
    #[serde(flatten)]
    pub report: CaseReport,
}

/// What identifies a case in a store: its code, its problem and the second it started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseHead {
    pub code: String,
    pub problem: String,
    pub started_at: u64,
}

impl Snapshot {
    /// The snapshot of `session` as of `now` (seconds since the Unix epoch), its report worded in `lang`.
    ///
    /// # Errors
    /// When the session does not fit the knowledge base.
    pub fn new(
        lang: Language,
        kb: &KnowledgeBase,
        session: &Session,
        now: u64,
    ) -> Result<Self, SessionError> {
        Ok(Self {
            snapshot_version: SNAPSHOT_VERSION,
            logged_at: iso_utc(now),
            report: CaseReport::new(lang, kb, session)?,
        })
    }

    /// Reads a snapshot from its JSON, measurements put back in the recording lines.
    ///
    /// # Errors
    /// When it is not a snapshot's JSON.
    pub fn from_value(value: serde_json::Value) -> Result<Self, serde_json::Error> {
        let mut snapshot: Self = serde_json::from_value(value)?;
        snapshot.report.restore_measurements();
        Ok(snapshot)
    }

    /// The case code.
    #[must_use]
    pub fn code(&self) -> &str {
        &self.report.case_code
    }

    /// The session as it stood.
    #[must_use]
    pub fn session(&self) -> &Session {
        &self.report.session
    }

    /// The case's code, problem and start.
    #[must_use]
    pub fn head(&self) -> CaseHead {
        CaseHead {
            code: self.report.case_code.clone(),
            problem: self.report.session.problem.to_string(),
            started_at: self.report.session.started_at,
        }
    }

    /// Gives the case another code, in the report and in its session.
    pub fn set_code(&mut self, code: String) {
        self.report.session.set_case_code(code.clone());
        self.report.case_code = code;
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A real snapshot (the bundled knowledge base's first problem, no answers) with `code`, started at
    /// `started_at`.
    pub(crate) fn snapshot(code: &str, started_at: u64) -> Snapshot {
        static MADE: std::sync::OnceLock<Snapshot> = std::sync::OnceLock::new();
        let mut snapshot = MADE
            .get_or_init(|| {
                let kb = micdoctor_core::kb::bundled(&micdoctor_core::assets::BundledIllustrations)
                    .unwrap();
                let session = Session::new("mic_whatsapp", kb.devices[0].id, &kb.kb_version, 0);
                Snapshot::new(Language::English, &kb, &session, 0).unwrap()
            })
            .clone();
        snapshot.report.session.started_at = started_at;
        snapshot.set_code(code.to_owned());
        snapshot
    }

    #[test]
    fn a_snapshot_reads_back_as_written_and_an_unversioned_one_is_version_1() {
        let written = snapshot("AB12C-DE34F", 10);
        let json = serde_json::to_value(&written).unwrap();
        assert_eq!(json["snapshot_version"], SNAPSHOT_VERSION);
        assert_eq!(json["session"]["code"], "AB12C-DE34F");
        assert_eq!(Snapshot::from_value(json.clone()).unwrap(), written);
        let mut old = json;
        old.as_object_mut().unwrap().remove("snapshot_version");
        assert_eq!(Snapshot::from_value(old).unwrap().snapshot_version, 1);
    }
}
