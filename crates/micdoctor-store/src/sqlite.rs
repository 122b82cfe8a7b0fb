//! The case store in one SQLite file: WAL journal with full syncs, so a power cut loses at most the
//! write in flight, never a committed case, and never leaves half of one.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OptionalExtension, TransactionBehavior, params};

use crate::error::StoreError;
use crate::schema;
use crate::{
    CaseHead, CaseRecord, CaseStore, ConfirmedRecord, EventBody, StaffAction, StoredEvent, Work,
    Writes,
};
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

    /// An empty store in memory (tests, and stores made to be thrown away).
    ///
    /// # Errors
    /// When SQLite cannot make one.
    pub fn in_memory() -> Result<Self, StoreError> {
        let mut conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        schema::migrate(&mut conn)?;
        Ok(Self {
            conn,
            path: PathBuf::from(":memory:"),
        })
    }
}

/// One transaction's writes ([`CaseStore::atomically`]).
struct Tx<'c>(&'c Connection);

fn head_of(conn: &Connection, code: &str) -> Result<Option<CaseHead>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT problem, started_at FROM cases WHERE code = ?1",
            [code],
            |row| {
                Ok(CaseHead {
                    code: code.to_owned(),
                    problem: row.get(0)?,
                    started_at: from_sql(row.get(1)?),
                })
            },
        )
        .optional()?)
}

fn events_of(conn: &Connection, code: &str) -> Result<Vec<StoredEvent>, StoreError> {
    let mut statement = conn.prepare_cached(
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
        events.push(StoredEvent::from_row(
            code,
            seq,
            from_sql(at),
            &kind,
            staff,
            &body,
        )?);
    }
    Ok(events)
}

impl Writes for Tx<'_> {
    fn head(&mut self, code: &str) -> Result<Option<CaseHead>, StoreError> {
        head_of(self.0, code)
    }

    fn insert_case(
        &mut self,
        head: &CaseHead,
        renamed_from: Option<&str>,
    ) -> Result<bool, StoreError> {
        // A code already taken inserts nothing (and fails nothing): the caller says why.
        let inserted = self.0.prepare_cached(
            "INSERT INTO cases (code, problem, started_at, renamed_from) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT (code) DO NOTHING",
        )?
        .execute(params![
            head.code,
            head.problem,
            to_sql(head.started_at),
            renamed_from
        ])?;
        Ok(inserted == 1)
    }

    fn insert_event(
        &mut self,
        code: &str,
        at: u64,
        staff: Option<&str>,
        body: &EventBody,
    ) -> Result<(), StoreError> {
        self.0
            .prepare_cached(
                "INSERT INTO case_events (code, at, kind, staff, body) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                code,
                to_sql(at),
                body.kind().as_str(),
                staff,
                body.to_json()?
            ])?;
        Ok(())
    }

    fn events(&mut self, code: &str) -> Result<Vec<StoredEvent>, StoreError> {
        events_of(self.0, code)
    }

    fn renamed_to(&mut self, from: &str, head: &CaseHead) -> Result<Option<String>, StoreError> {
        Ok(self
            .0
            .query_row(
                "SELECT code FROM cases WHERE renamed_from = ?1 AND problem = ?2 AND started_at = ?3 \
                 ORDER BY code LIMIT 1",
                params![from, head.problem, to_sql(head.started_at)],
                |row| row.get(0),
            )
            .optional()?)
    }

    fn log(&mut self, action: &StaffAction) -> Result<(), StoreError> {
        self.0.execute(
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
}

impl CaseStore for SqliteStore {
    fn atomically(&mut self, work: &mut Work<'_>) -> Result<(), StoreError> {
        // IMMEDIATE: the write lock is taken at the start, so two writers queue on the busy timeout
        // instead of one failing when it upgrades a read.
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        work(&mut Tx(&tx))?;
        tx.commit()?;
        Ok(())
    }

    fn events(&self, code: &str) -> Result<Vec<StoredEvent>, StoreError> {
        events_of(&self.conn, code)
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
        heads
            .into_iter()
            .map(|(code, problem, started_at)| {
                self.read_case(CaseHead {
                    code,
                    problem,
                    started_at: from_sql(started_at),
                })
            })
            .collect()
    }

    fn case(&self, code: &str) -> Result<Option<CaseRecord>, StoreError> {
        head_of(&self.conn, code)?
            .map(|head| self.read_case(head))
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
            .map(|(code, problem, started_at)| {
                self.read_case(CaseHead {
                    code,
                    problem,
                    started_at: from_sql(started_at),
                })
            })
            .collect()
    }

    fn confirmed(&self, since: u64) -> Result<Vec<ConfirmedRecord>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT c.code, c.problem, c.started_at, v.seq, v.body, s.seq, s.history FROM cases c \
             JOIN case_events v ON v.seq = (SELECT MAX(seq) FROM case_events \
                 WHERE code = c.code AND kind = 'verdict') \
             LEFT JOIN case_events s ON s.seq = (SELECT MAX(seq) FROM case_events \
                 WHERE code = c.code AND kind = 'snapshot') \
             WHERE c.started_at >= ?1 ORDER BY c.started_at, c.code",
        )?;
        let rows = statement.query_map([to_sql(since)], |row| {
            Ok((
                CaseHead {
                    code: row.get(0)?,
                    problem: row.get(1)?,
                    started_at: from_sql(row.get(2)?),
                },
                (row.get::<_, i64>(3)?, row.get::<_, String>(4)?),
                (
                    row.get::<_, Option<i64>>(5)?,
                    row.get::<_, Option<String>>(6)?,
                ),
            ))
        })?;
        let mut confirmed = Vec::new();
        for row in rows {
            let (head, (verdict_seq, verdict), (history_seq, history)) = row?;
            confirmed.push(ConfirmedRecord::from_columns(
                head,
                (verdict_seq, &verdict),
                (history_seq, history.as_deref()),
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
