//! Why the case store could not do something, in words staff can act on: [`StoreError::in_words`] in the
//! person's language for screens and the command line, `Display` in English for logs.

use std::path::PathBuf;

use micdoctor_core::i18n::Language;
use micdoctor_core::t;

use crate::{BodyFault, EventKind};

/// A case-store failure.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "cannot open the case store {path}: {source}; check that the folder exists and MicDoctor may write there"
    )]
    Open {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error(
        "the case store {at} was made by a newer MicDoctor (schema {found}, this one knows up to {known}); update MicDoctor or point case_store at another store"
    )]
    TooNew { at: String, found: i64, known: i64 },
    #[error("the case store {path} is damaged ({what}); keep a copy of it and start a new one")]
    Damaged { path: PathBuf, what: String },
    #[error("the case store is busy or locked by another program; try again in a moment ({0})")]
    Busy(#[source] rusqlite::Error),
    #[error("the case store could not write or read: {0}")]
    Sql(#[source] rusqlite::Error),
    #[error("a case could not be encoded or read back: {0}")]
    Decode(#[from] serde_json::Error),
    #[error("no case with the code {0}")]
    NoSuchCase(String),
    #[error(
        "the case code {code} is already another case's; nothing was written (a new case gets a new code)"
    )]
    CodeTaken { code: String },
    #[error(
        "event {seq} of case {code} is of a kind this MicDoctor does not know ({kind:?}); it was written by a newer MicDoctor or by hand: update MicDoctor"
    )]
    UnknownKind {
        code: String,
        seq: i64,
        kind: String,
    },
    #[error("event {seq} of case {code} cannot be read: {fault}")]
    BadEvent {
        code: String,
        seq: i64,
        fault: BodyFault,
    },
    #[error("case {code} has no report MicDoctor can read back ({why})")]
    NoReport { code: String, why: String },
    #[error(
        "{at} is not a PostgreSQL address MicDoctor can use ({why}); write it as postgres://user:password@host:5432/database"
    )]
    Address { at: String, why: String },
    #[error(
        "cannot reach the PostgreSQL case store {at}: {why}; check that the server is running, that this machine may connect to it, and the address and password in case_store"
    )]
    Unreachable { at: String, why: String },
    #[error(
        "the PostgreSQL server {at} did not prove who it is ({why}); check sslrootcert= in the address (the CA that signed the server's certificate) and the host name the certificate is for"
    )]
    Untrusted { at: String, why: String },
    #[error(
        "the PostgreSQL server {at} does not offer TLS, and the address asks for it (sslmode={mode}); turn ssl on in the server, or, for a server on this machine or the shop's own network only, add sslmode=disable"
    )]
    NoTlsOnServer { at: String, mode: String },
    #[error("cannot read the CA file {path} named by sslrootcert=: {why}")]
    CaFile { path: PathBuf, why: String },
    #[error("the PostgreSQL case store could not write or read: {0}")]
    Postgres(#[from] postgres::Error),
    #[error(
        "the case store took {took_seconds} s to fail ({last}); to keep the counter from freezing at every step, MicDoctor tries it again in {retry_in_seconds} s"
    )]
    Resting {
        took_seconds: u64,
        last: String,
        retry_in_seconds: u64,
    },
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}, line {line}: {fault}; nothing of the file was imported", path.display())]
    ImportLine {
        path: PathBuf,
        line: usize,
        fault: LineFault,
    },
}

/// What is wrong with one line of a file being imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LineFault {
    #[error("it is not JSON ({0})")]
    NotJson(String),
    #[error("it is neither an exported case nor a case-log line")]
    NotACase,
    #[error("the case has no `{0}`")]
    CaseNeeds(String),
    #[error("the case does not read: {0}")]
    BadCase(String),
    #[error("event {event} is of a kind MicDoctor does not know ({kind:?})")]
    UnknownKind { event: usize, kind: String },
    #[error("a {} needs `{field}`", kind.as_str())]
    Needs { kind: EventKind, field: String },
    #[error("a {} does not read: {why}", kind.as_str())]
    Invalid { kind: EventKind, why: String },
    #[error("a snapshot of version {0}, newer than this MicDoctor knows")]
    Newer(u32),
    #[error("event {event} belongs to case {code}, not to the line's")]
    OtherCase { event: usize, code: String },
}

impl LineFault {
    /// What a body's fault is on a line, for an event of `kind`.
    #[must_use]
    pub fn of_body(kind: EventKind, fault: BodyFault) -> Self {
        match fault {
            BodyFault::Missing(field) => Self::Needs { kind, field },
            BodyFault::Invalid(why) => Self::Invalid { kind, why },
            BodyFault::Newer(version) => Self::Newer(version),
        }
    }

    /// The fault in `lang` (serde's own words, quoted in some, stay as serde says them).
    #[must_use]
    pub fn in_words(&self, lang: Language) -> String {
        match self {
            Self::NotJson(why) => t!(lang, "import-line-not-json", why = why.as_str()),
            Self::NotACase => t!(lang, "import-line-not-a-case"),
            Self::CaseNeeds(field) => t!(lang, "import-line-case-needs", field = field.as_str()),
            Self::BadCase(why) => t!(lang, "import-line-bad-case", why = why.as_str()),
            Self::UnknownKind { event, kind } => t!(
                lang,
                "import-line-unknown-kind",
                event = *event,
                kind = kind.as_str()
            ),
            Self::Needs { kind, field } => t!(
                lang,
                "import-line-needs",
                kind = kind.as_str(),
                field = field.as_str()
            ),
            Self::Invalid { kind, why } => t!(
                lang,
                "import-line-invalid",
                kind = kind.as_str(),
                why = why.as_str()
            ),
            Self::Newer(version) => t!(lang, "import-line-newer", version = *version),
            Self::OtherCase { event, code } => t!(
                lang,
                "import-line-other-case",
                event = *event,
                code = code.as_str()
            ),
        }
    }
}

impl BodyFault {
    /// The fault in `lang`.
    #[must_use]
    pub fn in_words(&self, lang: Language) -> String {
        match self {
            Self::Missing(field) => t!(lang, "store-event-missing", field = field.as_str()),
            Self::Invalid(why) => why.clone(),
            Self::Newer(version) => t!(lang, "store-event-newer", version = *version),
        }
    }
}

impl StoreError {
    /// The message in `lang`, for people: the staff desk, the notice bar and the command line. `Display`
    /// stays in English for logs; what a database or driver said is quoted as it said it.
    #[must_use]
    pub fn in_words(&self, lang: Language) -> String {
        let shown = |path: &PathBuf| path.display().to_string();
        match self {
            Self::Open { path, source } => t!(
                lang,
                "store-error-open",
                path = shown(path),
                why = source.to_string()
            ),
            Self::TooNew { at, found, known } => t!(
                lang,
                "store-error-too-new",
                at = at.as_str(),
                found = *found,
                known = *known
            ),
            Self::Damaged { path, what } => t!(
                lang,
                "store-error-damaged",
                path = shown(path),
                what = what.as_str()
            ),
            Self::Busy(source) => t!(lang, "store-error-busy", why = source.to_string()),
            Self::Sql(source) => t!(lang, "store-error-sql", why = source.to_string()),
            Self::Postgres(source) => t!(lang, "store-error-sql", why = source.to_string()),
            Self::Decode(source) => t!(lang, "store-error-decode", why = source.to_string()),
            Self::NoSuchCase(code) => t!(lang, "store-error-no-such-case", code = code.as_str()),
            Self::CodeTaken { code } => t!(lang, "store-error-code-taken", code = code.as_str()),
            Self::UnknownKind { code, seq, kind } => t!(
                lang,
                "store-error-unknown-kind",
                code = code.as_str(),
                seq = *seq,
                kind = kind.as_str()
            ),
            Self::BadEvent { code, seq, fault } => t!(
                lang,
                "store-error-bad-event",
                code = code.as_str(),
                seq = *seq,
                why = fault.in_words(lang)
            ),
            Self::NoReport { code, why } => t!(
                lang,
                "store-error-no-report",
                code = code.as_str(),
                why = why.as_str()
            ),
            Self::Address { at, why } => t!(
                lang,
                "store-error-address",
                at = at.as_str(),
                why = why.as_str()
            ),
            Self::Unreachable { at, why } => t!(
                lang,
                "store-error-unreachable",
                at = at.as_str(),
                why = why.as_str()
            ),
            Self::Untrusted { at, why } => t!(
                lang,
                "store-error-untrusted",
                at = at.as_str(),
                why = why.as_str()
            ),
            Self::NoTlsOnServer { at, mode } => t!(
                lang,
                "store-error-no-tls",
                at = at.as_str(),
                mode = mode.as_str()
            ),
            Self::CaFile { path, why } => t!(
                lang,
                "store-error-ca-file",
                path = shown(path),
                why = why.as_str()
            ),
            Self::Resting {
                took_seconds,
                last,
                retry_in_seconds,
            } => t!(
                lang,
                "store-error-resting",
                took = *took_seconds,
                last = last.as_str(),
                retry = *retry_in_seconds
            ),
            Self::Read { path, source } => t!(
                lang,
                "store-error-read",
                path = shown(path),
                why = source.to_string()
            ),
            Self::ImportLine { path, line, fault } => t!(
                lang,
                "store-error-import-line",
                path = shown(path),
                line = *line,
                fault = fault.in_words(lang)
            ),
        }
    }
}

/// Any SQLite failure: a file busy or locked by another program is [`StoreError::Busy`] (staff can
/// wait, or close the other program), everything else [`StoreError::Sql`].
impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                Self::Busy(err)
            }
            _ => Self::Sql(err),
        }
    }
}
