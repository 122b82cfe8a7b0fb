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
pub mod snapshot;
pub mod sqlite;
pub mod tls;
pub mod writer;

use serde::{Deserialize, Serialize};

pub use error::{LineFault, StoreError};
pub use keeper::{Keeper, Opener, Pending, import_case_log_once};
pub use micdoctor_core::store_location::StoreLocation;
pub use pickup::pickup_sheet;
pub use postgresql::PostgresStore;
pub use snapshot::{CaseHead, SNAPSHOT_VERSION, Snapshot};
pub use sqlite::SqliteStore;
pub use writer::{Done, Job, Recording, StoreWriter};

/// What a stored event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// The case as it stood ([`Snapshot`]: its session and report).
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

    /// The kind a stored word names, or `None` for a word this MicDoctor does not know.
    #[must_use]
    pub fn parse(word: &str) -> Option<Self> {
        match word {
            "snapshot" => Some(Self::Snapshot),
            "verdict" => Some(Self::Verdict),
            "contact" => Some(Self::Contact),
            "recheck" => Some(Self::Recheck),
            _ => None,
        }
    }
}

/// What an event holds, by kind.
#[derive(Debug, Clone, PartialEq)]
pub enum EventBody {
    Snapshot(Box<Snapshot>),
    Verdict(TechnicianVerdict),
    Contact(CustomerContact),
    Recheck(Recheck),
}

/// Why an event's body does not read as its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyFault {
    /// A field it must have is not there.
    Missing(String),
    /// It is not that kind's JSON (serde's words).
    Invalid(String),
    /// A snapshot of a shape newer than this MicDoctor knows.
    Newer(u32),
}

impl std::fmt::Display for BodyFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Missing(field) => write!(f, "it has no `{field}`"),
            Self::Invalid(why) => f.write_str(why),
            Self::Newer(version) => write!(
                f,
                "a snapshot of version {version}, newer than this MicDoctor's {SNAPSHOT_VERSION}"
            ),
        }
    }
}

impl From<serde_json::Error> for BodyFault {
    fn from(err: serde_json::Error) -> Self {
        let words = err.to_string();
        words
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split_once('`'))
            .map_or(Self::Invalid(words.clone()), |(field, _)| {
                Self::Missing(field.to_owned())
            })
    }
}

impl EventBody {
    /// Its kind.
    #[must_use]
    pub fn kind(&self) -> EventKind {
        match self {
            Self::Snapshot(_) => EventKind::Snapshot,
            Self::Verdict(_) => EventKind::Verdict,
            Self::Contact(_) => EventKind::Contact,
            Self::Recheck(_) => EventKind::Recheck,
        }
    }

    /// The body of a `kind` event from its JSON.
    ///
    /// # Errors
    /// When it does not read as that kind.
    pub fn from_value(kind: EventKind, value: serde_json::Value) -> Result<Self, BodyFault> {
        Ok(match kind {
            EventKind::Snapshot => {
                let snapshot = Snapshot::from_value(value)?;
                if snapshot.snapshot_version > SNAPSHOT_VERSION {
                    return Err(BodyFault::Newer(snapshot.snapshot_version));
                }
                Self::Snapshot(Box::new(snapshot))
            }
            EventKind::Verdict => Self::Verdict(serde_json::from_value(value)?),
            EventKind::Contact => Self::Contact(serde_json::from_value(value)?),
            EventKind::Recheck => Self::Recheck(serde_json::from_value(value)?),
        })
    }

    /// Its JSON, as stored.
    ///
    /// # Errors
    /// When it cannot be encoded (never for what MicDoctor builds).
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        match self {
            Self::Snapshot(snapshot) => serde_json::to_string(snapshot),
            Self::Verdict(verdict) => serde_json::to_string(verdict),
            Self::Contact(contact) => serde_json::to_string(contact),
            Self::Recheck(recheck) => serde_json::to_string(recheck),
        }
    }

    /// Its JSON as a value (for an export line).
    ///
    /// # Errors
    /// When it cannot be encoded (never for what MicDoctor builds).
    pub fn to_value(&self) -> Result<serde_json::Value, serde_json::Error> {
        match self {
            Self::Snapshot(snapshot) => serde_json::to_value(snapshot),
            Self::Verdict(verdict) => serde_json::to_value(verdict),
            Self::Contact(contact) => serde_json::to_value(contact),
            Self::Recheck(recheck) => serde_json::to_value(recheck),
        }
    }
}

/// One appended event of a case.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEvent {
    pub seq: i64,
    pub code: String,
    pub at: u64,
    /// Who recorded it (verdicts, contacts, rechecks).
    pub staff: Option<String>,
    pub body: EventBody,
}

impl StoredEvent {
    /// Its kind.
    #[must_use]
    pub fn kind(&self) -> EventKind {
        self.body.kind()
    }

    /// The event a stored row holds.
    ///
    /// # Errors
    /// [`StoreError::UnknownKind`] for a kind this MicDoctor does not know, [`StoreError::BadEvent`] for a
    /// body that does not read as its kind; both name the row (case code and sequence number).
    pub fn from_row(
        code: &str,
        seq: i64,
        at: u64,
        kind: &str,
        staff: Option<String>,
        body: &str,
    ) -> Result<Self, StoreError> {
        let known = EventKind::parse(kind).ok_or_else(|| StoreError::UnknownKind {
            code: code.to_owned(),
            seq,
            kind: kind.to_owned(),
        })?;
        let bad = |fault: BodyFault| StoreError::BadEvent {
            code: code.to_owned(),
            seq,
            fault,
        };
        let value = serde_json::from_str(body).map_err(|err| bad(err.into()))?;
        Ok(Self {
            seq,
            code: code.to_owned(),
            at,
            staff,
            body: EventBody::from_value(known, value).map_err(bad)?,
        })
    }
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
#[derive(Debug, Clone, PartialEq)]
pub struct CaseRecord {
    pub code: String,
    pub problem: String,
    pub started_at: u64,
    /// When the last event was written.
    pub updated_at: u64,
    /// The latest snapshot (the case's session and report), if any.
    pub snapshot: Option<Snapshot>,
    /// The latest technician's verdict, if any.
    pub verdict: Option<TechnicianVerdict>,
    /// The customer's contact, if the shop keeps it and it was not cleared.
    pub contact: Option<CustomerContact>,
    /// The latest check of the microphones after the repair, if any.
    pub recheck: Option<Recheck>,
}

impl CaseRecord {
    /// The case that `events` (in order) add up to.
    #[must_use]
    pub fn from_events(head: CaseHead, events: Vec<StoredEvent>) -> Self {
        let mut record = Self {
            code: head.code,
            problem: head.problem,
            started_at: head.started_at,
            updated_at: head.started_at,
            snapshot: None,
            verdict: None,
            contact: None,
            recheck: None,
        };
        for event in events {
            record.updated_at = record.updated_at.max(event.at);
            match event.body {
                EventBody::Snapshot(snapshot) => record.snapshot = Some(*snapshot),
                EventBody::Verdict(verdict) => record.verdict = Some(verdict),
                EventBody::Contact(contact) => {
                    let cleared = contact.name.is_empty() && contact.phone.is_empty();
                    record.contact = (!cleared).then_some(contact);
                }
                EventBody::Recheck(recheck) => record.recheck = Some(recheck),
            }
        }
        record
    }

    /// The case's outcome in a word (`fixed`, `technician` …) from its latest snapshot.
    #[must_use]
    pub fn outcome_kind(&self) -> Option<String> {
        let snapshot = self.snapshot.as_ref()?;
        serde_json::to_value(&snapshot.report.outcome)
            .ok()?
            .get("kind")?
            .as_str()
            .map(str::to_owned)
    }
}

/// What can be done inside one transaction of a store ([`CaseStore::atomically`]).
pub trait Writes {
    /// The code, problem and start of case `code`, if there is one.
    ///
    /// # Errors
    /// When the store cannot be read.
    fn head(&mut self, code: &str) -> Result<Option<CaseHead>, StoreError>;

    /// Adds the case `head`; `false`, and nothing written, when its code is already a case's.
    /// `renamed_from` is the code it had in the file it was imported from, when that one was taken.
    ///
    /// # Errors
    /// When it cannot be written.
    fn insert_case(
        &mut self,
        head: &CaseHead,
        renamed_from: Option<&str>,
    ) -> Result<bool, StoreError>;

    /// Appends an event (its body's JSON) to case `code`.
    ///
    /// # Errors
    /// When it cannot be written.
    fn insert_event(
        &mut self,
        code: &str,
        at: u64,
        staff: Option<&str>,
        body: &EventBody,
    ) -> Result<(), StoreError>;

    /// Every event of case `code`, oldest first.
    ///
    /// # Errors
    /// When the store cannot be read, or an event does not read.
    fn events(&mut self, code: &str) -> Result<Vec<StoredEvent>, StoreError>;

    /// The code under which case `head` (whose own code was `from`, taken here by another case) was
    /// imported before, if it was.
    ///
    /// # Errors
    /// When the store cannot be read.
    fn renamed_to(&mut self, from: &str, head: &CaseHead) -> Result<Option<String>, StoreError>;

    /// Logs a staff action.
    ///
    /// # Errors
    /// When it cannot be written.
    fn log(&mut self, action: &StaffAction) -> Result<(), StoreError>;
}

/// The work of one transaction: everything it wrote, or (on an error) nothing.
pub type Work<'w> = dyn FnMut(&mut dyn Writes) -> Result<(), StoreError> + 'w;

/// Where cases are kept: [`SqliteStore`] or [`PostgresStore`]; the app and the CLI use only this.
pub trait CaseStore: Send {
    /// Runs `work` in one transaction: all it wrote is kept, or, when it fails, none of it.
    ///
    /// # Errors
    /// `work`'s error, or why the transaction could not be made.
    fn atomically(&mut self, work: &mut Work<'_>) -> Result<(), StoreError>;

    /// Starts a case with its first snapshot (its code, problem and start are the snapshot's).
    ///
    /// # Errors
    /// [`StoreError::CodeTaken`] when the code is already another case's (nothing is written; draw
    /// another: [`create_case`]), or when it cannot be written.
    fn create_case(&mut self, at: u64, snapshot: &Snapshot) -> Result<(), StoreError> {
        let head = snapshot.head();
        let body = EventBody::Snapshot(Box::new(snapshot.clone()));
        self.atomically(&mut |w| {
            if !w.insert_case(&head, None)? {
                return Err(StoreError::CodeTaken {
                    code: head.code.clone(),
                });
            }
            w.insert_event(&head.code, at, None, &body)
        })
    }

    /// Appends a later snapshot of a case that exists, as of `at`.
    ///
    /// # Errors
    /// [`StoreError::NoSuchCase`] when there is no case with its code, [`StoreError::CodeTaken`] when the
    /// case with its code has another problem or start (another customer's: never mixed), or when it
    /// cannot be written.
    fn record_snapshot(&mut self, at: u64, snapshot: &Snapshot) -> Result<(), StoreError> {
        let head = snapshot.head();
        let body = EventBody::Snapshot(Box::new(snapshot.clone()));
        self.atomically(&mut |w| {
            match w.head(&head.code)? {
                None => return Err(StoreError::NoSuchCase(head.code.clone())),
                Some(stored) if stored != head => {
                    return Err(StoreError::CodeTaken {
                        code: head.code.clone(),
                    });
                }
                Some(_) => {}
            }
            w.insert_event(&head.code, at, None, &body)
        })
    }

    /// Appends an event to case `code`, which must exist, and logs `logged` with it, in one transaction.
    ///
    /// # Errors
    /// When there is no such case, or it cannot be written.
    fn append_to_case(
        &mut self,
        code: &str,
        at: u64,
        staff: Option<&str>,
        body: &EventBody,
        logged: Option<&StaffAction>,
    ) -> Result<(), StoreError> {
        self.atomically(&mut |w| {
            if w.head(code)?.is_none() {
                return Err(StoreError::NoSuchCase(code.to_owned()));
            }
            w.insert_event(code, at, staff, body)?;
            logged.map_or(Ok(()), |action| w.log(action))
        })
    }

    /// Appends the technician's verdict on case `code`, and logs who recorded it.
    ///
    /// # Errors
    /// When there is no such case, or it cannot be written.
    fn record_verdict(
        &mut self,
        code: &str,
        verdict: &TechnicianVerdict,
    ) -> Result<(), StoreError> {
        self.append_to_case(
            code,
            verdict.at,
            Some(&verdict.staff),
            &EventBody::Verdict(verdict.clone()),
            Some(&StaffAction {
                at: verdict.at,
                staff: verdict.staff.clone(),
                action: "verdict".into(),
                detail: format!("{code}: {}", verdict.cause),
            }),
        )
    }

    /// Appends the customer's contact to case `code` (empty fields clear it), and logs who did — the
    /// log says only that it changed, never the name or number.
    ///
    /// # Errors
    /// When there is no such case, or it cannot be written.
    fn record_contact(&mut self, code: &str, contact: &CustomerContact) -> Result<(), StoreError> {
        self.append_to_case(
            code,
            contact.at,
            Some(&contact.staff),
            &EventBody::Contact(contact.clone()),
            Some(&StaffAction {
                at: contact.at,
                staff: contact.staff.clone(),
                action: "contact".into(),
                detail: code.to_owned(),
            }),
        )
    }

    /// Appends the after-repair check of the microphones to case `code`, and logs who ran it.
    ///
    /// # Errors
    /// When there is no such case, or it cannot be written.
    fn record_recheck(&mut self, code: &str, recheck: &Recheck) -> Result<(), StoreError> {
        self.append_to_case(
            code,
            recheck.at,
            Some(&recheck.staff),
            &EventBody::Recheck(recheck.clone()),
            Some(&StaffAction {
                at: recheck.at,
                staff: recheck.staff.clone(),
                action: "recheck".into(),
                detail: code.to_owned(),
            }),
        )
    }

    /// Case `head` as its events add up.
    ///
    /// # Errors
    /// When its events cannot be read.
    fn read_case(&self, head: CaseHead) -> Result<CaseRecord, StoreError> {
        let events = self.events(&head.code)?;
        Ok(CaseRecord::from_events(head, events))
    }

    /// Every event of case `code`, oldest first.
    ///
    /// # Errors
    /// When the store cannot be read, or an event does not read (the error names its row).
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
    fn log_staff(&mut self, action: &StaffAction) -> Result<(), StoreError> {
        self.atomically(&mut |w| w.log(action))
    }

    /// Every staff action, oldest first.
    ///
    /// # Errors
    /// When the store cannot be read.
    fn staff_log(&self) -> Result<Vec<StaffAction>, StoreError>;
}

/// How many codes [`create_case`] draws before it gives up (each clash is a new random code: with 50-bit
/// codes a second draw is already a once-in-a-lifetime event).
pub const CODE_TRIES: usize = 32;

/// Starts a case in `store` with its first snapshot, drawing a new code for it (from the operating
/// system's random source) whenever its code is already another case's; the snapshot and its session
/// then carry the new code. Returns the code it had when it was renamed, `None` when it kept it.
///
/// The app calls this (through [`Keeper`]) when a case starts, then gives its own session the code
/// the snapshot ends with.
///
/// # Errors
/// When the store cannot be written, or [`CODE_TRIES`] codes in a row were taken.
pub fn create_case(
    store: &mut dyn CaseStore,
    snapshot: &mut Snapshot,
    at: u64,
) -> Result<Option<String>, StoreError> {
    create_case_drawing(store, snapshot, at, &mut micdoctor_core::case_code::draw)
}

/// [`create_case`] with the codes drawn by `draw` (tests force codes into a small space with it).
///
/// # Errors
/// As [`create_case`].
pub fn create_case_drawing(
    store: &mut dyn CaseStore,
    snapshot: &mut Snapshot,
    at: u64,
    draw: &mut dyn FnMut() -> String,
) -> Result<Option<String>, StoreError> {
    let first = snapshot.code().to_owned();
    store.atomically(&mut |w| create_in(w, snapshot, at, draw))?;
    Ok((snapshot.code() != first).then_some(first))
}

/// [`create_case_drawing`] inside a transaction already open (to write many cases in one).
///
/// # Errors
/// As [`create_case`].
pub fn create_in(
    w: &mut dyn Writes,
    snapshot: &mut Snapshot,
    at: u64,
    draw: &mut dyn FnMut() -> String,
) -> Result<(), StoreError> {
    for _ in 0..CODE_TRIES {
        let head = snapshot.head();
        if w.insert_case(&head, None)? {
            let body = EventBody::Snapshot(Box::new(snapshot.clone()));
            return w.insert_event(&head.code, at, None, &body);
        }
        snapshot.set_code(draw());
    }
    Err(StoreError::CodeTaken {
        code: snapshot.code().to_owned(),
    })
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
    /// The record from the columns a store's query returns: the latest verdict's row number and JSON,
    /// the latest snapshot's row number and history.
    ///
    /// # Errors
    /// When either does not read as what MicDoctor writes (the error names the row).
    pub fn from_columns(
        head: CaseHead,
        verdict: (i64, &str),
        history: (Option<i64>, Option<&str>),
    ) -> Result<Self, StoreError> {
        let bad = |seq: i64, err: serde_json::Error| StoreError::BadEvent {
            code: head.code.clone(),
            seq,
            fault: err.into(),
        };
        let (verdict_seq, verdict) = verdict;
        let verdict = serde_json::from_str(verdict).map_err(|err| bad(verdict_seq, err))?;
        let history = match history {
            (Some(seq), Some(text)) => serde_json::from_str(text).map_err(|err| bad(seq, err))?,
            _ => Vec::new(),
        };
        Ok(Self {
            code: head.code,
            problem: head.problem,
            started_at: head.started_at,
            verdict,
            history,
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
