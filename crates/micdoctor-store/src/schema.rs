//! The store's schema, as numbered migrations. `PRAGMA user_version` says how many have run; each new
//! one runs in its own transaction, so a store is always at one version or the next, never between.

use rusqlite::Connection;

/// The migrations, in order; the store's version is how many of them ran.
pub const MIGRATIONS: &[&str] = &[
    // 1: cases, their appended events, and what staff did.
    "CREATE TABLE cases (
         code TEXT PRIMARY KEY,
         problem TEXT NOT NULL,
         started_at INTEGER NOT NULL
     );
     CREATE TABLE case_events (
         seq INTEGER PRIMARY KEY AUTOINCREMENT,
         code TEXT NOT NULL REFERENCES cases(code),
         at INTEGER NOT NULL,
         kind TEXT NOT NULL CHECK (kind IN ('snapshot', 'verdict')),
         staff TEXT,
         body TEXT NOT NULL CHECK (json_valid(body))
     );
     CREATE INDEX case_events_by_code ON case_events(code, seq);
     CREATE TABLE staff_log (
         seq INTEGER PRIMARY KEY AUTOINCREMENT,
         at INTEGER NOT NULL,
         staff TEXT NOT NULL,
         action TEXT NOT NULL,
         detail TEXT NOT NULL
     );",
    // 2: find a day's cases without a scan.
    "CREATE INDEX cases_by_start ON cases(started_at);",
];

/// The schema version this MicDoctor writes.
#[must_use]
pub fn current_version() -> i64 {
    i64::try_from(MIGRATIONS.len()).unwrap_or(i64::MAX)
}

/// The store's schema version.
///
/// # Errors
/// When the store cannot be read.
pub fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |row| row.get(0))
}

/// Runs the migrations `conn` has not had yet, each in its own transaction. Returns the version
/// before, so a caller can tell an upgrade from a fresh store.
///
/// # Errors
/// When a migration fails (its transaction is rolled back; earlier ones stay).
pub fn migrate(conn: &mut Connection) -> rusqlite::Result<i64> {
    let before = version(conn)?;
    let mut version = before;
    for sql in MIGRATIONS.iter().skip(usize::try_from(before).unwrap_or(0)) {
        version += 1;
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(before)
}
