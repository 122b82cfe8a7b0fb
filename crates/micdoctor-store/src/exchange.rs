//! Moving cases in and out of a store: JSON Lines (one case with all its events per line, which imports
//! back exactly), CSV (one row per case, for a spreadsheet), and the import of an old `cases.jsonl` case
//! log, whose lines are case reports.

use std::io::{BufRead, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{CaseStore, EventKind, StoreError, StoredEvent, TechnicianVerdict};

/// One exported case: its head and every event.
#[derive(Debug, Serialize, Deserialize)]
pub struct ExportedCase {
    pub code: String,
    pub problem: String,
    pub started_at: u64,
    pub events: Vec<StoredEvent>,
}

/// What an import did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Imported {
    /// Events added.
    pub events: usize,
    /// Events already in the store, left as they were.
    pub already_there: usize,
}

/// Writes every case started at or after `since` as one JSON line each.
///
/// # Errors
/// When the store cannot be read or `out` written.
pub fn export_jsonl(
    store: &dyn CaseStore,
    since: u64,
    out: &mut dyn Write,
) -> Result<usize, StoreError> {
    let cases = store.cases(since)?;
    for case in &cases {
        let line = ExportedCase {
            code: case.code.clone(),
            problem: case.problem.clone(),
            started_at: case.started_at,
            events: store.events(&case.code)?,
        };
        serde_json::to_writer(&mut *out, &line)?;
        out.write_all(b"\n").map_err(write_error)?;
    }
    Ok(cases.len())
}

fn write_error(source: std::io::Error) -> StoreError {
    StoreError::Read {
        path: "(output)".into(),
        source,
    }
}

/// Writes every case started at or after `since` as one CSV row: its code, problem, start and last
/// update (seconds since the Unix epoch), outcome, most likely cause and the technician's verdict.
///
/// # Errors
/// When the store cannot be read or `out` written.
pub fn export_csv(
    store: &dyn CaseStore,
    since: u64,
    out: &mut dyn Write,
) -> Result<usize, StoreError> {
    let mut writer = csv::Writer::from_writer(out);
    let header = [
        "code",
        "problem",
        "started_at",
        "updated_at",
        "outcome",
        "most_likely",
        "verdict_cause",
        "verdict_note",
        "verdict_by",
    ];
    let csv_error = |e: csv::Error| StoreError::Read {
        path: "(output)".into(),
        source: std::io::Error::other(e),
    };
    writer.write_record(header).map_err(csv_error)?;
    let cases = store.cases(since)?;
    for case in &cases {
        let report = case.report.as_ref();
        let field = |pointer: &str| {
            report
                .and_then(|r| r.pointer(pointer))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        let verdict = case.verdict.clone().unwrap_or(TechnicianVerdict {
            cause: String::new(),
            note: String::new(),
            staff: String::new(),
            at: 0,
        });
        writer
            .write_record([
                case.code.clone(),
                case.problem.clone(),
                case.started_at.to_string(),
                case.updated_at.to_string(),
                field("/outcome/kind"),
                field("/most_likely/id"),
                verdict.cause,
                verdict.note,
                verdict.staff,
            ])
            .map_err(csv_error)?;
    }
    writer.flush().map_err(write_error)?;
    Ok(cases.len())
}

/// Imports `path`: lines exported by [`export_jsonl`], or an old case log's lines (case reports, each
/// becoming a snapshot). Events already in the store are left alone, so importing twice adds nothing.
///
/// # Errors
/// When the file cannot be read, a line is neither form (its line number is named), or the store cannot
/// be written. Lines before a bad one stay imported.
pub fn import_jsonl(store: &mut dyn CaseStore, path: &Path) -> Result<Imported, StoreError> {
    let file = std::fs::File::open(path).map_err(|source| StoreError::Read {
        path: path.to_owned(),
        source,
    })?;
    let mut imported = Imported::default();
    for (index, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|source| StoreError::Read {
            path: path.to_owned(),
            source,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let bad = |why: String| StoreError::BadLine {
            path: path.to_owned(),
            line: index + 1,
            why,
        };
        let value: Value = serde_json::from_str(&line).map_err(|e| bad(e.to_string()))?;
        let case = if value.get("events").is_some() {
            serde_json::from_value::<ExportedCase>(value).map_err(|e| bad(e.to_string()))?
        } else {
            from_case_log(value).map_err(bad)?
        };
        let known = store.events(&case.code)?;
        for event in &case.events {
            let there = known
                .iter()
                .any(|k| k.at == event.at && k.kind == event.kind && k.body == event.body);
            if there {
                imported.already_there += 1;
                continue;
            }
            match event.kind {
                EventKind::Snapshot => store.record_snapshot(
                    &case.code,
                    &case.problem,
                    case.started_at,
                    event.at,
                    &event.body,
                )?,
                EventKind::Verdict => {
                    let verdict: TechnicianVerdict = serde_json::from_value(event.body.clone())?;
                    store.record_verdict(&case.code, &verdict)?;
                }
                EventKind::Contact | EventKind::Recheck => store.append_to_case(
                    &case.code,
                    event.kind,
                    event.at,
                    event.staff.as_deref(),
                    &event.body,
                )?,
            }
            imported.events += 1;
        }
    }
    Ok(imported)
}

/// An old case-log line (a case report with `case_code` and `session`) as one snapshot, dated by the
/// case's last step.
fn from_case_log(report: Value) -> Result<ExportedCase, String> {
    let text = |pointer: &str| {
        report
            .pointer(pointer)
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| format!("it has no {pointer}"))
    };
    let code = text("/case_code")?;
    let problem = text("/session/problem")?;
    let started_at = report
        .pointer("/session/started_at")
        .and_then(Value::as_u64)
        .ok_or("it has no /session/started_at")?;
    let at = report
        .pointer("/session/history")
        .and_then(Value::as_array)
        .and_then(|history| history.iter().filter_map(|e| e.get("at")?.as_u64()).max())
        .unwrap_or(started_at);
    Ok(ExportedCase {
        code: code.clone(),
        problem,
        started_at,
        events: vec![StoredEvent {
            seq: 0,
            code,
            at,
            kind: EventKind::Snapshot,
            staff: None,
            body: report,
        }],
    })
}
