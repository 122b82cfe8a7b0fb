//! The store's schema, as numbered migrations, once for SQLite and once for PostgreSQL: migration *n*
//! does the same in both. SQLite keeps the count in `PRAGMA user_version`, PostgreSQL in the table
//! `micdoctor_schema`; each new one runs in its own transaction, so a store is always at one version or
//! the next, never between.

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
    // 3: two more kinds of event, the customer's contact (when the shop keeps it) and the microphones
    // checked again after a repair. SQLite cannot change a CHECK, so the table is rebuilt, rows kept.
    "CREATE TABLE case_events_v3 (
         seq INTEGER PRIMARY KEY AUTOINCREMENT,
         code TEXT NOT NULL REFERENCES cases(code),
         at INTEGER NOT NULL,
         kind TEXT NOT NULL CHECK (kind IN ('snapshot', 'verdict', 'contact', 'recheck')),
         staff TEXT,
         body TEXT NOT NULL CHECK (json_valid(body))
     );
     INSERT INTO case_events_v3 (seq, code, at, kind, staff, body)
         SELECT seq, code, at, kind, staff, body FROM case_events;
     DROP TABLE case_events;
     ALTER TABLE case_events_v3 RENAME TO case_events;
     CREATE INDEX case_events_by_code ON case_events(code, seq);",
    // 4: learning reads each confirmed case's latest verdict and the history of its latest snapshot.
    // The history is kept beside the report it comes from, computed by the database when a snapshot is
    // written (never out of step with it) and placed before the report, so reading it never walks the
    // report's pages; an index finds a case's latest event of a kind without reading any row.
    "CREATE TABLE case_events_v4 (
         seq INTEGER PRIMARY KEY AUTOINCREMENT,
         code TEXT NOT NULL REFERENCES cases(code),
         at INTEGER NOT NULL,
         kind TEXT NOT NULL CHECK (kind IN ('snapshot', 'verdict', 'contact', 'recheck')),
         staff TEXT,
         history TEXT GENERATED ALWAYS AS
             (CASE kind WHEN 'snapshot' THEN json_extract(body, '$.session.history') END) STORED,
         body TEXT NOT NULL CHECK (json_valid(body))
     );
     INSERT INTO case_events_v4 (seq, code, at, kind, staff, body)
         SELECT seq, code, at, kind, staff, body FROM case_events;
     DROP TABLE case_events;
     ALTER TABLE case_events_v4 RENAME TO case_events;
     CREATE INDEX case_events_by_code ON case_events(code, seq);
     CREATE INDEX case_events_by_kind ON case_events(code, kind, seq);",
    // 5: a case code is one case's, never shared (it always was the key; writes no longer merge into a
    // case whose code is taken). A case imported from another store whose code was already taken here
    // keeps the code it had there, so importing the same file again finds it instead of copying it.
    "ALTER TABLE cases ADD COLUMN renamed_from TEXT;
     CREATE INDEX cases_by_renamed_from ON cases(renamed_from);",
];

/// The same migrations in PostgreSQL's words (`BIGINT` seconds, identity columns, `body` checked by a
/// cast to `jsonb` but kept as the exact text written).
pub const POSTGRES_MIGRATIONS: &[&str] = &[
    // 1
    "CREATE TABLE cases (
         code TEXT PRIMARY KEY,
         problem TEXT NOT NULL,
         started_at BIGINT NOT NULL
     );
     CREATE TABLE case_events (
         seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
         code TEXT NOT NULL REFERENCES cases(code),
         at BIGINT NOT NULL,
         kind TEXT NOT NULL CHECK (kind IN ('snapshot', 'verdict')),
         staff TEXT,
         body TEXT NOT NULL CHECK (body::jsonb IS NOT NULL)
     );
     CREATE INDEX case_events_by_code ON case_events(code, seq);
     CREATE TABLE staff_log (
         seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
         at BIGINT NOT NULL,
         staff TEXT NOT NULL,
         action TEXT NOT NULL,
         detail TEXT NOT NULL
     );",
    // 2
    "CREATE INDEX cases_by_start ON cases(started_at);",
    // 3
    "ALTER TABLE case_events DROP CONSTRAINT case_events_kind_check;
     ALTER TABLE case_events ADD CONSTRAINT case_events_kind_check
         CHECK (kind IN ('snapshot', 'verdict', 'contact', 'recheck'));",
    // 4 (PostgreSQL keeps a long report apart from its row already; the column saves parsing it)
    "ALTER TABLE case_events ADD COLUMN history TEXT GENERATED ALWAYS AS
         (CASE WHEN kind = 'snapshot' THEN (body::jsonb #> '{session,history}')::text END) STORED;
     CREATE INDEX case_events_by_kind ON case_events(code, kind, seq);",
    // 5
    "ALTER TABLE cases ADD COLUMN renamed_from TEXT;
     CREATE INDEX cases_by_renamed_from ON cases(renamed_from);",
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::EventKind;

    const KINDS: [EventKind; 4] = [
        EventKind::Snapshot,
        EventKind::Verdict,
        EventKind::Contact,
        EventKind::Recheck,
    ];

    /// Both dialects end at the same version with the same tables, indexes and event kinds: SQLite's
    /// read back from a store made in memory, PostgreSQL's from its migrations' text (its own tests run
    /// them on a server: `tests/postgres.rs`).
    #[test]
    fn both_databases_end_with_the_same_schema() {
        assert_eq!(MIGRATIONS.len(), POSTGRES_MIGRATIONS.len());
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        let mut names: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%'")
            .unwrap()
            .query_map([], |row| row.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        names.sort();
        assert_eq!(
            names,
            [
                "case_events",
                "case_events_by_code",
                "case_events_by_kind",
                "cases",
                "cases_by_renamed_from",
                "cases_by_start",
                "staff_log"
            ]
        );
        let postgres = POSTGRES_MIGRATIONS.concat();
        for name in &names {
            assert!(
                postgres.contains(name.as_str()),
                "{name} is not made in PostgreSQL"
            );
        }
        // The history column learning reads, computed by the database in both.
        let columns: Vec<String> = conn
            .prepare("SELECT name FROM pragma_table_xinfo('case_events')")
            .unwrap()
            .query_map([], |row| row.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            columns,
            ["seq", "code", "at", "kind", "staff", "history", "body"]
        );
        assert!(postgres.contains("ADD COLUMN history TEXT GENERATED ALWAYS AS"));
        conn.execute_batch("INSERT INTO cases (code, problem, started_at) VALUES ('A', 'p', 0)")
            .unwrap();
        for kind in KINDS {
            conn.execute(
                "INSERT INTO case_events (code, at, kind, body) VALUES ('A', 0, ?1, '{}')",
                [kind.as_str()],
            )
            .unwrap();
            let last = POSTGRES_MIGRATIONS
                .iter()
                .rev()
                .find(|m| m.contains("CHECK (kind"))
                .unwrap();
            assert!(last.contains(&format!("'{}'", kind.as_str())), "{kind:?}");
        }
        assert!(
            conn.execute(
                "INSERT INTO case_events (code, at, kind, body) VALUES ('A', 0, 'other', '{}')",
                []
            )
            .is_err()
        );
    }
}
