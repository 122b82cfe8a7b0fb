//! Moving cases in and out of a store: JSON Lines (one case with all its events per line, which imports
//! back exactly), CSV (one row per case, for a spreadsheet), and the import of an old `cases.jsonl` case
//! log, whose lines are snapshots.
//!
//! An import reads the whole file first: every line must be a case (or a case-log line) whose every
//! event reads as its kind, or nothing is written and the error names the line and what is wrong with
//! it. The file then goes in in one transaction. A case whose code is already another case here (another
//! problem or start) is imported under a new code, and the import says old → new; importing the same
//! file again finds it there (`cases.renamed_from`) and adds nothing.

use std::io::{BufRead, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::LineFault;
use crate::{
    CODE_TRIES, CaseHead, CaseStore, EventBody, EventKind, StaffAction, StoreError, StoredEvent,
    TechnicianVerdict, Writes,
};

/// One exported case as a line: its head and every event, bodies as JSON.
#[derive(Debug, Serialize, Deserialize)]
pub struct ExportedCase {
    pub code: String,
    pub problem: String,
    pub started_at: u64,
    pub events: Vec<ExportedEvent>,
}

/// One event of an exported case.
#[derive(Debug, Serialize, Deserialize)]
pub struct ExportedEvent {
    pub seq: i64,
    pub code: String,
    pub at: u64,
    pub kind: String,
    pub staff: Option<String>,
    pub body: Value,
}

/// A case read from a file, every event typed.
#[derive(Debug, Clone)]
pub struct ImportedCase {
    pub head: CaseHead,
    pub events: Vec<StoredEvent>,
}

/// What an import did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Imported {
    /// Events added.
    pub events: usize,
    /// Events already in the store, left as they were.
    pub already_there: usize,
    /// Cases whose code was another case's here, with the code each was imported under (old, new).
    pub renamed: Vec<(String, String)>,
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
        let events = store
            .events(&case.code)?
            .into_iter()
            .map(|event| {
                Ok(ExportedEvent {
                    seq: event.seq,
                    code: event.code,
                    at: event.at,
                    kind: event.body.kind().as_str().to_owned(),
                    staff: event.staff,
                    body: event.body.to_value()?,
                })
            })
            .collect::<Result<_, StoreError>>()?;
        let line = ExportedCase {
            code: case.code.clone(),
            problem: case.problem.clone(),
            started_at: case.started_at,
            events,
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
        let report = case.snapshot.as_ref().map(|s| &s.report);
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
                case.outcome_kind().unwrap_or_default(),
                report
                    .and_then(|r| r.most_likely.as_ref())
                    .map(|likely| likely.id.to_string())
                    .unwrap_or_default(),
                verdict.cause,
                verdict.note,
                verdict.staff,
            ])
            .map_err(csv_error)?;
    }
    writer.flush().map_err(write_error)?;
    Ok(cases.len())
}

/// Imports `path`: lines exported by [`export_jsonl`], or an old case log's lines (snapshots). Events
/// already in the store are left alone, so importing twice adds nothing; a case whose code is another
/// case's here gets a new code (`Imported::renamed`).
///
/// # Errors
/// When the file cannot be read, a line is not a case whose events all read ([`StoreError::ImportLine`]
/// names it and what is wrong), or the store cannot be written. Then nothing of the file is written.
pub fn import_jsonl(store: &mut dyn CaseStore, path: &Path) -> Result<Imported, StoreError> {
    import_jsonl_drawing(store, path, &mut micdoctor_core::case_code::draw)
}

/// [`import_jsonl`] with new codes drawn by `draw` (tests force clashes with it).
///
/// # Errors
/// As [`import_jsonl`].
pub fn import_jsonl_drawing(
    store: &mut dyn CaseStore,
    path: &Path,
    draw: &mut dyn FnMut() -> String,
) -> Result<Imported, StoreError> {
    let cases = read_cases(path)?;
    let mut imported = Imported::default();
    store.atomically(&mut |w| {
        imported = Imported::default();
        for case in &cases {
            import_case(w, case, &mut imported, draw)?;
        }
        Ok(())
    })?;
    Ok(imported)
}

/// Every case of the file at `path`, each event typed.
///
/// # Errors
/// When it cannot be read, or at its first line that is not a case whose events all read.
pub fn read_cases(path: &Path) -> Result<Vec<ImportedCase>, StoreError> {
    let file = std::fs::File::open(path).map_err(|source| StoreError::Read {
        path: path.to_owned(),
        source,
    })?;
    let mut cases = Vec::new();
    for (index, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|source| StoreError::Read {
            path: path.to_owned(),
            source,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        cases.push(read_line(&line).map_err(|fault| StoreError::ImportLine {
            path: path.to_owned(),
            line: index + 1,
            fault,
        })?);
    }
    Ok(cases)
}

/// One line: an exported case, or an old case-log line.
fn read_line(line: &str) -> Result<ImportedCase, LineFault> {
    let value: Value =
        serde_json::from_str(line).map_err(|err| LineFault::NotJson(err.to_string()))?;
    if value.get("events").is_some() {
        from_export(value)
    } else if value.get("case_code").is_some() && value.get("session").is_some() {
        from_case_log(value)
    } else {
        Err(LineFault::NotACase)
    }
}

fn from_export(value: Value) -> Result<ImportedCase, LineFault> {
    let case: ExportedCase =
        serde_json::from_value(value).map_err(|err| match crate::BodyFault::from(err) {
            crate::BodyFault::Missing(field) => LineFault::CaseNeeds(field),
            other => LineFault::BadCase(other.to_string()),
        })?;
    let head = CaseHead {
        code: case.code,
        problem: case.problem,
        started_at: case.started_at,
    };
    let mut events = Vec::with_capacity(case.events.len());
    for (index, event) in case.events.into_iter().enumerate() {
        let number = index + 1;
        let kind = EventKind::parse(&event.kind).ok_or_else(|| LineFault::UnknownKind {
            event: number,
            kind: event.kind.clone(),
        })?;
        if event.code != head.code {
            return Err(LineFault::OtherCase {
                event: number,
                code: event.code,
            });
        }
        let body =
            EventBody::from_value(kind, event.body).map_err(|f| LineFault::of_body(kind, f))?;
        if let EventBody::Snapshot(snapshot) = &body
            && snapshot.head() != head
        {
            return Err(LineFault::OtherCase {
                event: number,
                code: snapshot.code().to_owned(),
            });
        }
        events.push(StoredEvent {
            seq: event.seq,
            code: event.code,
            at: event.at,
            staff: event.staff,
            body,
        });
    }
    Ok(ImportedCase { head, events })
}

/// An old case-log line (a case report with `logged_at`) as one snapshot, dated by the case's last step.
fn from_case_log(value: Value) -> Result<ImportedCase, LineFault> {
    let snapshot = match EventBody::from_value(EventKind::Snapshot, value) {
        Ok(EventBody::Snapshot(snapshot)) => snapshot,
        Ok(_) => return Err(LineFault::NotACase),
        Err(fault) => return Err(LineFault::of_body(EventKind::Snapshot, fault)),
    };
    let head = snapshot.head();
    let session = snapshot.session();
    let at = session
        .history
        .iter()
        .map(|entry| entry.at)
        .max()
        .unwrap_or(session.started_at);
    Ok(ImportedCase {
        events: vec![StoredEvent {
            seq: 0,
            code: head.code.clone(),
            at,
            staff: None,
            body: EventBody::Snapshot(snapshot),
        }],
        head,
    })
}

/// Imports one case inside the import's transaction.
fn import_case(
    w: &mut dyn Writes,
    case: &ImportedCase,
    imported: &mut Imported,
    draw: &mut dyn FnMut() -> String,
) -> Result<(), StoreError> {
    let code = match w.head(&case.head.code)? {
        None => {
            w.insert_case(&case.head, None)?;
            case.head.code.clone()
        }
        Some(here) if here == case.head => case.head.code.clone(),
        // Another case has this code here: never mixed. Imported before under a new code, or now.
        Some(_) => {
            if let Some(earlier) = w.renamed_to(&case.head.code, &case.head)? {
                earlier
            } else {
                let new = new_code(w, &case.head, draw)?;
                imported.renamed.push((case.head.code.clone(), new.clone()));
                new
            }
        }
    };
    let known = w.events(&code)?;
    for event in &case.events {
        let mut body = event.body.clone();
        if code != case.head.code
            && let EventBody::Snapshot(snapshot) = &mut body
        {
            snapshot.set_code(code.clone());
        }
        if known.iter().any(|k| k.at == event.at && k.body == body) {
            imported.already_there += 1;
            continue;
        }
        w.insert_event(&code, event.at, event.staff.as_deref(), &body)?;
        if let EventBody::Verdict(TechnicianVerdict {
            cause, staff, at, ..
        }) = &body
        {
            w.log(&StaffAction {
                at: *at,
                staff: staff.clone(),
                action: "verdict".into(),
                detail: format!("{code}: {cause}"),
            })?;
        }
        imported.events += 1;
    }
    Ok(())
}

/// A case `head` under a code of its own, its old code kept as `renamed_from`.
fn new_code(
    w: &mut dyn Writes,
    head: &CaseHead,
    draw: &mut dyn FnMut() -> String,
) -> Result<String, StoreError> {
    for _ in 0..CODE_TRIES {
        let renamed = CaseHead {
            code: draw(),
            ..head.clone()
        };
        if w.insert_case(&renamed, Some(&head.code))? {
            return Ok(renamed.code);
        }
    }
    Err(StoreError::CodeTaken {
        code: head.code.clone(),
    })
}
