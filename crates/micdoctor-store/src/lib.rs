//! MicDoctor's case store: every case a counter sees, kept as appended events (a snapshot of the case at
//! its start and at every outcome, the technician's verdict) in a SQLite file or a PostgreSQL database
//! that several counters share, behind the [`CaseStore`] trait. Nothing is overwritten: a later event supersedes an earlier one when read.
//! Schema migrations are numbered (`schema.rs`); moving cases in and out is `exchange.rs`.

pub mod error;
pub mod exchange;
pub mod keeper;
pub mod pickup;
pub mod postgresql;
pub mod schema;
pub mod sqlite;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use error::StoreError;
pub use keeper::{Keeper, Pending, import_case_log_once};
pub use micdoctor_core::store_location::StoreLocation;
pub use pickup::pickup_sheet;
pub use postgresql::PostgresStore;
pub use sqlite::SqliteStore;

/// What a stored event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// The case as it stood (its JSON report, session included).
    Snapshot,
    /// What the technician found.
    Verdict,
    /// The customer's name and phone (only when the shop's config allows keeping them).
    Contact,
    /// The microphones checked again after the repair.
    Recheck,
}

impl EventKind {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Snapshot => "snapshot",
            Self::Verdict => "verdict",
            Self::Contact => "contact",
            Self::Recheck => "recheck",
        }
    }

    /// The kind a stored word names (the schema allows only these).
    #[must_use]
    pub fn parse(word: &str) -> Self {
        match word {
            "verdict" => Self::Verdict,
            "contact" => Self::Contact,
            "recheck" => Self::Recheck,
            _ => Self::Snapshot,
        }
    }
}

/// One appended event of a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredEvent {
    pub seq: i64,
    pub code: String,
    pub at: u64,
    pub kind: EventKind,
    /// Who recorded it (verdicts).
    pub staff: Option<String>,
    pub body: Value,
}

/// The technician's verdict on a case: the true cause (a cause id of the case's problem, or `other`),
/// free text, who and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TechnicianVerdict {
    pub cause: String,
    pub note: String,
    pub staff: String,
    pub at: u64,
}

/// A customer's name and phone number, kept only when the shop's config says so (`customer_contact`),
/// and deleted with the case. Both empty: what was kept is cleared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomerContact {
    pub name: String,
    pub phone: String,
    pub staff: String,
    pub at: u64,
}

/// The microphones checked again after the repair: the same three takes, judged the same way.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recheck {
    pub rows: Vec<micdoctor_core::recording::MicRow>,
    pub staff: String,
    pub at: u64,
}

/// The cause a technician records when it is none of the problem's causes.
pub const OTHER_CAUSE: &str = "other";

/// Something staff did, for the staff log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffAction {
    pub at: u64,
    pub staff: String,
    pub action: String,
    pub detail: String,
}

/// A case as its events add up: its latest snapshot and its latest verdict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseRecord {
    pub code: String,
    pub problem: String,
    pub started_at: u64,
    /// When the last event was written.
    pub updated_at: u64,
    /// The latest snapshot (the case's JSON report), if any.
    pub report: Option<Value>,
    /// The latest technician's verdict, if any.
    pub verdict: Option<TechnicianVerdict>,
    /// The customer's contact, if the shop keeps it and it was not cleared.
    pub contact: Option<CustomerContact>,
    /// The latest check of the microphones after the repair, if any.
    pub recheck: Option<Recheck>,
}

impl CaseRecord {
    /// The case that `events` (in order) add up to.
    ///
    /// # Errors
    /// When a verdict event does not read as one.
    pub fn from_events(
        code: String,
        problem: String,
        started_at: u64,
        events: &[StoredEvent],
    ) -> Result<Self, StoreError> {
        let mut record = Self {
            code,
            problem,
            started_at,
            updated_at: started_at,
            report: None,
            verdict: None,
            contact: None,
            recheck: None,
        };
        for event in events {
            record.updated_at = record.updated_at.max(event.at);
            match event.kind {
                EventKind::Snapshot => record.report = Some(event.body.clone()),
                EventKind::Verdict => {
                    record.verdict = Some(serde_json::from_value(event.body.clone())?);
                }
                EventKind::Contact => {
                    let contact: CustomerContact = serde_json::from_value(event.body.clone())?;
                    let cleared = contact.name.is_empty() && contact.phone.is_empty();
                    record.contact = (!cleared).then_some(contact);
                }
                EventKind::Recheck => {
                    record.recheck = Some(serde_json::from_value(event.body.clone())?);
                }
            }
        }
        Ok(record)
    }
}

/// Where cases are kept: [`SqliteStore`] or [`PostgresStore`]; the app and the CLI use only this.
pub trait CaseStore {
    /// Appends a snapshot of case `code` (its JSON report) as of `at`; the first one creates the case.
    ///
    /// # Errors
    /// When it cannot be written (nothing of it is then stored).
    fn record_snapshot(
        &mut self,
        code: &str,
        problem: &str,
        started_at: u64,
        at: u64,
        report: &Value,
    ) -> Result<(), StoreError>;

    /// Appends an event to case `code`, which must exist, in one transaction.
    ///
    /// # Errors
    /// When there is no such case, or it cannot be written.
    fn append_to_case(
        &mut self,
        code: &str,
        kind: EventKind,
        at: u64,
        staff: Option<&str>,
        body: &Value,
    ) -> Result<(), StoreError>;

    /// Appends the technician's verdict on case `code`, and logs who recorded it.
    ///
    /// # Errors
    /// When there is no such case, or it cannot be written.
    fn record_verdict(
        &mut self,
        code: &str,
        verdict: &TechnicianVerdict,
    ) -> Result<(), StoreError> {
        let body = serde_json::to_value(verdict)?;
        self.append_to_case(
            code,
            EventKind::Verdict,
            verdict.at,
            Some(&verdict.staff),
            &body,
        )?;
        self.log_staff(&StaffAction {
            at: verdict.at,
            staff: verdict.staff.clone(),
            action: "verdict".into(),
            detail: format!("{code}: {}", verdict.cause),
        })
    }

    /// Appends the customer's contact to case `code` (empty fields clear it), and logs who did — the
    /// log says only that it changed, never the name or number.
    ///
    /// # Errors
    /// When there is no such case, or it cannot be written.
    fn record_contact(&mut self, code: &str, contact: &CustomerContact) -> Result<(), StoreError> {
        let body = serde_json::to_value(contact)?;
        self.append_to_case(
            code,
            EventKind::Contact,
            contact.at,
            Some(&contact.staff),
            &body,
        )?;
        self.log_staff(&StaffAction {
            at: contact.at,
            staff: contact.staff.clone(),
            action: "contact".into(),
            detail: code.to_owned(),
        })
    }

    /// Appends the after-repair check of the microphones to case `code`, and logs who ran it.
    ///
    /// # Errors
    /// When there is no such case, or it cannot be written.
    fn record_recheck(&mut self, code: &str, recheck: &Recheck) -> Result<(), StoreError> {
        let body = serde_json::to_value(recheck)?;
        self.append_to_case(
            code,
            EventKind::Recheck,
            recheck.at,
            Some(&recheck.staff),
            &body,
        )?;
        self.log_staff(&StaffAction {
            at: recheck.at,
            staff: recheck.staff.clone(),
            action: "recheck".into(),
            detail: code.to_owned(),
        })
    }

    /// Case `code` as its events add up, given its row (`problem`, `started_at`).
    ///
    /// # Errors
    /// When its events cannot be read.
    fn read_case(
        &self,
        code: String,
        problem: String,
        started_at: u64,
    ) -> Result<CaseRecord, StoreError> {
        let events = self.events(&code)?;
        CaseRecord::from_events(code, problem, started_at, &events)
    }

    /// Every event of case `code`, oldest first.
    ///
    /// # Errors
    /// When the store cannot be read.
    fn events(&self, code: &str) -> Result<Vec<StoredEvent>, StoreError>;

    /// The cases started at or after `since` (seconds since the Unix epoch), oldest first.
    ///
    /// # Errors
    /// When the store cannot be read.
    fn cases(&self, since: u64) -> Result<Vec<CaseRecord>, StoreError>;

    /// Case `code` as its events add up, or `None` when there is no such case.
    ///
    /// # Errors
    /// When the store cannot be read.
    fn case(&self, code: &str) -> Result<Option<CaseRecord>, StoreError>;

    /// At most `limit` cases whose code starts with `code_start` (any letter case; empty: every code)
    /// and which started in `since..until`, newest first. The search runs on the database's index: only
    /// the cases found are read in full.
    ///
    /// # Errors
    /// When the store cannot be read.
    fn search(
        &self,
        code_start: &str,
        since: u64,
        until: u64,
        limit: usize,
    ) -> Result<Vec<CaseRecord>, StoreError>;

    /// Every case with a technician's verdict that started at or after `since`: its latest verdict and
    /// the history of its latest snapshot — what `micdoctor learn` counts — without reading whole
    /// reports (the database picks the history out).
    ///
    /// # Errors
    /// When the store cannot be read.
    fn confirmed(&self, since: u64) -> Result<Vec<ConfirmedRecord>, StoreError>;

    /// Deletes case `code` and everything about it (a customer's right to be forgotten); logs who did.
    ///
    /// # Errors
    /// When there is no such case, or it cannot be written.
    fn forget(&mut self, code: &str, staff: &str, at: u64) -> Result<(), StoreError>;

    /// Logs a staff action.
    ///
    /// # Errors
    /// When it cannot be written.
    fn log_staff(&mut self, action: &StaffAction) -> Result<(), StoreError>;

    /// Every staff action, oldest first.
    ///
    /// # Errors
    /// When the store cannot be read.
    fn staff_log(&self) -> Result<Vec<StaffAction>, StoreError>;
}

/// Opens the case store at `location` and brings its schema up to date.
///
/// # Errors
/// Any reason it cannot be used, in words staff can act on.
pub fn open(location: &StoreLocation) -> Result<Box<dyn CaseStore>, StoreError> {
    Ok(match location {
        StoreLocation::File(path) => Box::new(SqliteStore::open(path)?),
        StoreLocation::Postgres(url) => Box::new(PostgresStore::connect(url)?),
    })
}

/// A case with a technician's verdict, as `learn` reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfirmedRecord {
    pub code: String,
    pub problem: String,
    pub started_at: u64,
    pub verdict: TechnicianVerdict,
    /// The history of the case's latest snapshot (`session.history`), if it has one.
    pub history: Vec<micdoctor_core::session::Entry>,
}

impl ConfirmedRecord {
    /// The record from the columns a store's query returns: the verdict's JSON and the history's.
    ///
    /// # Errors
    /// When either does not read as what MicDoctor writes.
    pub fn from_columns(
        code: String,
        problem: String,
        started_at: u64,
        verdict: &str,
        history: Option<&str>,
    ) -> Result<Self, StoreError> {
        Ok(Self {
            code,
            problem,
            started_at,
            verdict: serde_json::from_str(verdict)?,
            history: history
                .map(serde_json::from_str)
                .transpose()?
                .unwrap_or_default(),
        })
    }
}

/// Seconds since the Unix epoch as a database's signed 64-bit integer (far inside its range for any real
/// date).
pub(crate) fn to_sql(seconds: u64) -> i64 {
    i64::try_from(seconds).unwrap_or(i64::MAX)
}

/// A database's seconds back as seconds since the Unix epoch (a negative value, never written, is 0).
pub(crate) fn from_sql(seconds: i64) -> u64 {
    u64::try_from(seconds).unwrap_or(0)
}

/// The upper-case start of a code and the end of its range: every code starting with it sorts in
/// `start..end` (U+10FFFF sorts after every other character, byte for byte too).
#[must_use]
pub fn code_range(code_start: &str) -> (String, String) {
    let start = code_start.trim().to_uppercase();
    let end = format!("{start}\u{10FFFF}");
    (start, end)
}
