//! The shop's case log: each finished case appended as one JSON line to `cases.jsonl` in a configured folder.
//!
//! A case may reach an outcome more than once (the customer undoes a step); every time is logged, and the
//! last line for a case code is the final one.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::i18n::Language;
use crate::kb::KnowledgeBase;
use crate::report::{CaseReport, iso_utc};
use crate::session::{Session, SessionError};

/// The log file's name inside the configured folder.
pub const FILE_NAME: &str = "cases.jsonl";

/// Why a case could not be logged.
#[derive(Debug, thiserror::Error)]
pub enum CaseLogError {
    #[error("cannot write the case log {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot encode the case: {0}")]
    Encode(#[from] serde_json::Error),
}

/// One line of the log: when it was written, then the whole case report (session, ranking, outcome…).
#[derive(Debug, Serialize)]
pub struct LogEntry {
    /// When the line was written (UTC, ISO 8601).
    pub logged_at: String,
    #[serde(flatten)]
    pub case: CaseReport,
}

/// The log line for a case, as of `now` (seconds since the Unix epoch).
///
/// # Errors
/// When the session does not fit the knowledge base.
pub fn entry(
    lang: Language,
    kb: &KnowledgeBase,
    session: &Session,
    now: u64,
) -> Result<LogEntry, SessionError> {
    Ok(LogEntry {
        logged_at: iso_utc(now),
        case: CaseReport::new(lang, kb, session)?,
    })
}

/// Appends `entry` as one line of JSON to `dir/cases.jsonl`, creating the folder when needed.
/// Returns the file written.
///
/// # Errors
/// When the folder or file cannot be created or written.
pub fn append(dir: &Path, entry: &impl Serialize) -> Result<PathBuf, CaseLogError> {
    let mut line = serde_json::to_vec(entry)?;
    line.push(b'\n');
    let path = dir.join(FILE_NAME);
    let io = |source| CaseLogError::Io {
        path: path.clone(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(io)?;
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .map_err(io)?;
    // One write of the whole line, so concurrent writers never interleave inside a line.
    file.write_all(&line).map_err(io)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_one_line_per_entry() {
        let dir = std::env::temp_dir().join(format!("micdoctor-log-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let nested = dir.join("shop").join("cases");
        let path = append(&nested, &serde_json::json!({"case_code": "K7-4QF"})).unwrap();
        append(&nested, &serde_json::json!({"case_code": "M2\nX"})).unwrap();
        let text = std::fs::read_to_string(path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2, "{text}");
        let second: serde_json::Value = serde_json::from_str(lines[1]).unwrap();
        assert_eq!(second["case_code"], "M2\nX");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_entry_is_the_case_report_with_the_time_it_was_logged() {
        let kb = crate::kb::bundled(&crate::assets::BundledIllustrations).unwrap();
        let mut session = Session::new("mic_whatsapp", crate::kb::DeviceProfile::FaceId, "1", 0);
        session.answer("voice_note_flat", crate::session::Answer::Yes, 60);
        let line =
            serde_json::to_value(entry(Language::English, &kb, &session, 86_400).unwrap()).unwrap();
        assert_eq!(line["logged_at"], "1970-01-02T00:00:00Z");
        assert_eq!(line["case_code"], session.case_code().as_str());
        assert_eq!(line["session"]["history"][0]["finding"], "voice_note_flat");
        assert!(line["ranking"]["causes"].is_array());
    }

    #[test]
    fn unwritable_folder_is_a_clear_error() {
        let err = append(Path::new("/proc/micdoctor-cannot"), &1).unwrap_err();
        assert!(
            err.to_string().contains("cannot write the case log"),
            "{err}"
        );
    }
}
