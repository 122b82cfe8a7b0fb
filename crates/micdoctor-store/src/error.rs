//! Why the case store could not do something, in words staff can act on.

use std::path::PathBuf;

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
    #[error("a stored case could not be read back: {0}")]
    Decode(#[from] serde_json::Error),
    #[error("no case with the code {0}")]
    NoSuchCase(String),
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
    #[error("line {line} of {path} is not a case MicDoctor wrote: {why}")]
    BadLine {
        path: PathBuf,
        line: usize,
        why: String,
    },
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
