//! The case store in one SQLite file: WAL journal with full syncs, so a power cut loses at most the
//! write in flight, never a committed case, and never leaves half of one.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OptionalExtension, params};
use serde_json::Value;

use crate::error::StoreError;
use crate::schema;
use crate::{CaseRecord, CaseStore, ConfirmedRecord, EventKind, StaffAction, StoredEvent};
use crate::{from_sql, to_sql};

/// A case store in a SQLite file.
pub struct SqliteStore {
    conn: Connection,
    path: PathBuf,
}

impl SqliteStore {
    /// Opens (or creates) the store at `path` and brings its schema up to date.
    ///
    /// # Errors
    /// When the file cannot be opened, is not a SQLite database, is damaged, or was made by a newer
    /// MicDoctor.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let open = |source| StoreError::Open {
            path: path.to_owned(),
            source,
        };
        let mut conn = Connection::open(path).map_err(open)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(open)?;
        let damaged = |err: rusqlite::Error| match err.sqlite_error_code() {
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => StoreError::Damaged {
                path: path.to_owned(),
                what: err.to_string(),
            },
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy(err),
            _ => StoreError::Open {
                path: path.to_owned(),
                source: err,
            },
        };
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(damaged)?;
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(damaged)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(damaged)?;
        let found = schema::version(&conn).map_err(damaged)?;
        if found > schema::current_version() {
            return Err(StoreError::TooNew {
                at: path.display().to_string(),
                found,
                known: schema::current_version(),
            });
        }
        schema::migrate(&mut conn).map_err(damaged)?;
        Ok(Self {
            conn,
            path: path.to_owned(),
        })
    }

    /// Where the store is.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// SQLite's own check of every page and index: `Ok` when it says "ok".
    ///
    /// # Errors
    /// What SQLite found wrong, as [`StoreError::Damaged`].
    pub fn integrity_check(&self) -> Result<(), StoreError> {
        let result: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
        if result == "ok" {
            Ok(())
        } else {
            Err(StoreError::Damaged {
                path: self.path.clone(),
                what: result,
            })
        }
    }

    fn append(
        &mut self,
        code: &str,
        problem: &str,
        started_at: u64,
        event: (EventKind, u64, Option<&str>, &Value),
    ) -> Result<(), StoreError> {
        let (kind, at, staff, body) = event;
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT OR IGNORE INTO cases (code, problem, started_at) VALUES (?1, ?2, ?3)",
            params![code, problem, to_sql(started_at)],
        )?;
        tx.execute(
            "INSERT INTO case_events (code, at, kind, staff, body) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![code, to_sql(at), kind.as_str(), staff, body.to_string()],
        )?;
        tx.commit()?;
        Ok(())
    }
}

impl CaseStore for SqliteStore {
    fn record_snapshot(
        &mut self,
        code: &str,
        problem: &str,
        started_at: u64,
        at: u64,
        report: &Value,
    ) -> Result<(), StoreError> {
        self.append(
            code,
            problem,
            started_at,
            (EventKind::Snapshot, at, None, report),
        )
    }

    fn append_to_case(
        &mut self,
        code: &str,
        kind: EventKind,
        at: u64,
        staff: Option<&str>,
        body: &Value,
    ) -> Result<(), StoreError> {
        let (problem, started_at): (String, i64) = self
            .conn
            .query_row(
                "SELECT problem, started_at FROM cases WHERE code = ?1",
                [code],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?
            .ok_or_else(|| StoreError::NoSuchCase(code.to_owned()))?;
        self.append(
            code,
            &problem,
            from_sql(started_at),
            (kind, at, staff, body),
        )
    }

    fn events(&self, code: &str) -> Result<Vec<StoredEvent>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT seq, at, kind, staff, body FROM case_events WHERE code = ?1 ORDER BY seq",
        )?;
        let rows = statement.query_map([code], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, i64>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, Option<String>>(3)?,
                row.get::<_, String>(4)?,
            ))
        })?;
        let mut events = Vec::new();
        for row in rows {
            let (seq, at, kind, staff, body) = row?;
            events.push(StoredEvent {
                seq,
                code: code.to_owned(),
                at: from_sql(at),
                kind: EventKind::parse(&kind),
                staff,
                body: serde_json::from_str(&body)?,
            });
        }
        Ok(events)
    }

    fn cases(&self, since: u64) -> Result<Vec<CaseRecord>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT code, problem, started_at FROM cases WHERE started_at >= ?1 ORDER BY started_at, code",
        )?;
        let heads: Vec<(String, String, i64)> = statement
            .query_map([to_sql(since)], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?))
            })?
            .collect::<Result<_, _>>()?;
        let mut records = Vec::with_capacity(heads.len());
        for (code, problem, started_at) in heads {
            records.push(self.read_case(code, problem, from_sql(started_at))?);
        }
        Ok(records)
    }

    fn case(&self, code: &str) -> Result<Option<CaseRecord>, StoreError> {
        let head: Option<(String, i64)> = self
            .conn
            .query_row(
                "SELECT problem, started_at FROM cases WHERE code = ?1",
                [code],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        head.map(|(problem, started_at)| {
            self.read_case(code.to_owned(), problem, from_sql(started_at))
        })
        .transpose()
    }

    fn search(
        &self,
        code_start: &str,
        since: u64,
        until: u64,
        limit: usize,
    ) -> Result<Vec<CaseRecord>, StoreError> {
        let (first, last) = crate::code_range(code_start);
        // With a code, walk the code's range (the `+` keeps SQLite off the start-time index, which
        // would visit every case); without one, walk the day's start times.
        let mut statement = self.conn.prepare(if first.is_empty() {
            "SELECT code, problem, started_at FROM cases \
             WHERE code >= ?1 AND code < ?2 AND started_at >= ?3 AND started_at < ?4 \
             ORDER BY started_at DESC, code DESC LIMIT ?5"
        } else {
            "SELECT code, problem, started_at FROM cases \
             WHERE code >= ?1 AND code < ?2 AND +started_at >= ?3 AND +started_at < ?4 \
             ORDER BY started_at DESC, code DESC LIMIT ?5"
        })?;
        let heads: Vec<(String, String, i64)> = statement
            .query_map(
                params![
                    first,
                    last,
                    to_sql(since),
                    to_sql(until),
                    i64::try_from(limit).unwrap_or(i64::MAX)
                ],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )?
            .collect::<Result<_, _>>()?;
        heads
            .into_iter()
            .map(|(code, problem, started_at)| self.read_case(code, problem, from_sql(started_at)))
            .collect()
    }

    fn confirmed(&self, since: u64) -> Result<Vec<ConfirmedRecord>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT c.code, c.problem, c.started_at, v.body, s.history FROM cases c \
             JOIN case_events v ON v.seq = (SELECT MAX(seq) FROM case_events \
                 WHERE code = c.code AND kind = 'verdict') \
             LEFT JOIN case_events s ON s.seq = (SELECT MAX(seq) FROM case_events \
                 WHERE code = c.code AND kind = 'snapshot') \
             WHERE c.started_at >= ?1 ORDER BY c.started_at, c.code",
        )?;
        let rows = statement.query_map([to_sql(since)], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, i64>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, Option<String>>(4)?,
            ))
        })?;
        let mut confirmed = Vec::new();
        for row in rows {
            let (code, problem, started_at, verdict, history) = row?;
            confirmed.push(ConfirmedRecord::from_columns(
                code,
                problem,
                from_sql(started_at),
                &verdict,
                history.as_deref(),
            )?);
        }
        Ok(confirmed)
    }

    fn forget(&mut self, code: &str, staff: &str, at: u64) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM case_events WHERE code = ?1", [code])?;
        let removed = tx.execute("DELETE FROM cases WHERE code = ?1", [code])?;
        if removed == 0 {
            return Err(StoreError::NoSuchCase(code.to_owned()));
        }
        tx.execute(
            "INSERT INTO staff_log (at, staff, action, detail) VALUES (?1, ?2, 'forget', ?3)",
            params![to_sql(at), staff, code],
        )?;
        tx.commit()?;
        Ok(())
    }

    fn log_staff(&mut self, action: &StaffAction) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO staff_log (at, staff, action, detail) VALUES (?1, ?2, ?3, ?4)",
            params![
                to_sql(action.at),
                action.staff,
                action.action,
                action.detail
            ],
        )?;
        Ok(())
    }

    fn staff_log(&self) -> Result<Vec<StaffAction>, StoreError> {
        let mut statement = self
            .conn
            .prepare("SELECT at, staff, action, detail FROM staff_log ORDER BY seq")?;
        let rows = statement.query_map([], |row| {
            Ok(StaffAction {
                at: from_sql(row.get(0)?),
                staff: row.get(1)?,
                action: row.get(2)?,
                detail: row.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
