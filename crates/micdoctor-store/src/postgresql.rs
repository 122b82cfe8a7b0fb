//! The case store in a PostgreSQL database, for a chain whose counters share one store (and one
//! learning pass). Same events, same numbered migrations (`schema.rs`), same trait as SQLite; each write
//! is one transaction, so a counter that loses power or its network never leaves half a case.

use std::cell::RefCell;
use std::time::Duration;

use micdoctor_core::store_location::StoreLocation;
use postgres::{Client, Config, NoTls};
use serde_json::Value;

use crate::error::StoreError;
use crate::schema;
use crate::{CaseRecord, CaseStore, ConfirmedRecord, EventKind, StaffAction, StoredEvent};
use crate::{from_sql, to_sql};

/// How long to wait for the server before telling staff it is away.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);

/// Serialises migrations when several counters start at once (any fixed number of our own).
const MIGRATION_LOCK: i64 = 0x4d69_6344_6f63;

/// A case store in a PostgreSQL database.
pub struct PostgresStore {
    // The trait reads through `&self`; the client needs `&mut` for every query.
    client: RefCell<Client>,
    shown: String,
}

impl PostgresStore {
    /// Connects to `url` (`postgres://user:password@host:port/database`, plain TCP or a Unix socket
    /// folder as `host`) and brings the schema up to date.
    ///
    /// # Errors
    /// When the address is malformed, the server cannot be reached or refuses us, or its schema was
    /// written by a newer MicDoctor.
    pub fn connect(url: &str) -> Result<Self, StoreError> {
        let shown = StoreLocation::Postgres(url.to_owned()).to_string();
        let mut config: Config =
            url.parse()
                .map_err(|err: postgres::Error| StoreError::Address {
                    at: shown.clone(),
                    why: err.to_string(),
                })?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        let mut client = config
            .connect(NoTls)
            .map_err(|err| StoreError::Unreachable {
                at: shown.clone(),
                why: with_causes(&err),
            })?;
        migrate(&mut client, &shown)?;
        Ok(Self {
            client: RefCell::new(client),
            shown,
        })
    }

    /// The address, password hidden.
    #[must_use]
    pub fn shown(&self) -> &str {
        &self.shown
    }

    fn append(
        &mut self,
        code: &str,
        problem: &str,
        started_at: u64,
        event: (EventKind, u64, Option<&str>, &Value),
    ) -> Result<(), StoreError> {
        let (kind, at, staff, body) = event;
        let client = self.client.get_mut();
        let mut tx = client.transaction()?;
        tx.execute(
            "INSERT INTO cases (code, problem, started_at) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING",
            &[&code, &problem, &to_sql(started_at)],
        )?;
        tx.execute(
            "INSERT INTO case_events (code, at, kind, staff, body) VALUES ($1, $2, $3, $4, $5)",
            &[
                &code,
                &to_sql(at),
                &kind.as_str(),
                &staff,
                &body.to_string(),
            ],
        )?;
        tx.commit()?;
        Ok(())
    }
}

/// `err` with the causes under it ("error connecting to server: Connection refused (os error 111)"):
/// the driver's own words alone do not say what went wrong.
fn with_causes(err: &dyn std::error::Error) -> String {
    let mut words = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let cause_words = cause.to_string();
        if !words.contains(&cause_words) {
            words = format!("{words}: {cause_words}");
        }
        source = cause.source();
    }
    words
}

/// Runs the migrations the database has not had, each in its own transaction under an advisory lock,
/// so two counters starting together never run one twice.
fn migrate(client: &mut Client, shown: &str) -> Result<(), StoreError> {
    loop {
        let mut tx = client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
        // Under the lock: two counters starting on a new database never race to create it.
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS micdoctor_schema (version BIGINT NOT NULL);
             INSERT INTO micdoctor_schema (version)
                 SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM micdoctor_schema);",
        )?;
        let found: i64 = tx
            .query_one("SELECT max(version) FROM micdoctor_schema", &[])?
            .get(0);
        let known = schema::current_version();
        if found > known {
            return Err(StoreError::TooNew {
                at: shown.to_owned(),
                found,
                known,
            });
        }
        let Some(sql) = usize::try_from(found)
            .ok()
            .and_then(|done| schema::POSTGRES_MIGRATIONS.get(done))
        else {
            return Ok(());
        };
        tx.batch_execute(sql)?;
        tx.execute("UPDATE micdoctor_schema SET version = $1", &[&(found + 1)])?;
        tx.commit()?;
    }
}

/// The schema version of the database `url` names, without migrating it (for tests and support).
///
/// # Errors
/// When it cannot be reached or read.
pub fn schema_version(url: &str) -> Result<i64, StoreError> {
    let mut client = Client::connect(url, NoTls)?;
    Ok(client
        .query_one("SELECT max(version) FROM micdoctor_schema", &[])?
        .get(0))
}

impl CaseStore for PostgresStore {
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
        let row = self.client.get_mut().query_opt(
            "SELECT problem, started_at FROM cases WHERE code = $1",
            &[&code],
        )?;
        let row = row.ok_or_else(|| StoreError::NoSuchCase(code.to_owned()))?;
        let (problem, started_at): (String, i64) = (row.get(0), row.get(1));
        self.append(
            code,
            &problem,
            from_sql(started_at),
            (kind, at, staff, body),
        )
    }

    fn events(&self, code: &str) -> Result<Vec<StoredEvent>, StoreError> {
        let rows = self.client.borrow_mut().query(
            "SELECT seq, at, kind, staff, body FROM case_events WHERE code = $1 ORDER BY seq",
            &[&code],
        )?;
        rows.iter()
            .map(|row| {
                let kind: String = row.get(2);
                Ok(StoredEvent {
                    seq: row.get(0),
                    code: code.to_owned(),
                    at: from_sql(row.get(1)),
                    kind: EventKind::parse(&kind),
                    staff: row.get(3),
                    body: serde_json::from_str(row.get::<_, &str>(4))?,
                })
            })
            .collect()
    }

    fn cases(&self, since: u64) -> Result<Vec<CaseRecord>, StoreError> {
        let heads = self.client.borrow_mut().query(
            "SELECT code, problem, started_at FROM cases WHERE started_at >= $1 ORDER BY started_at, code",
            &[&to_sql(since)],
        )?;
        let mut records = Vec::with_capacity(heads.len());
        for head in heads {
            let code: String = head.get(0);
            records.push(self.read_case(code, head.get(1), from_sql(head.get(2)))?);
        }
        Ok(records)
    }

    fn case(&self, code: &str) -> Result<Option<CaseRecord>, StoreError> {
        let head = self.client.borrow_mut().query_opt(
            "SELECT problem, started_at FROM cases WHERE code = $1",
            &[&code],
        )?;
        head.map(|row| self.read_case(code.to_owned(), row.get(0), from_sql(row.get(1))))
            .transpose()
    }

    fn search(
        &self,
        code_start: &str,
        since: u64,
        until: u64,
        limit: usize,
    ) -> Result<Vec<CaseRecord>, StoreError> {
        let heads = self.client.borrow_mut().query(
            "SELECT code, problem, started_at FROM cases \
             WHERE starts_with(code, $1) AND started_at >= $2 AND started_at < $3 \
             ORDER BY started_at DESC, code DESC LIMIT $4",
            &[
                &crate::code_range(code_start).0,
                &to_sql(since),
                &to_sql(until),
                &i64::try_from(limit).unwrap_or(i64::MAX),
            ],
        )?;
        heads
            .iter()
            .map(|head| {
                let code: String = head.get(0);
                self.read_case(code, head.get(1), from_sql(head.get(2)))
            })
            .collect()
    }

    fn confirmed(&self, since: u64) -> Result<Vec<ConfirmedRecord>, StoreError> {
        let rows = self.client.borrow_mut().query(
            "SELECT c.code, c.problem, c.started_at, v.body, s.history FROM cases c \
             JOIN case_events v ON v.seq = (SELECT MAX(seq) FROM case_events \
                 WHERE code = c.code AND kind = 'verdict') \
             LEFT JOIN case_events s ON s.seq = (SELECT MAX(seq) FROM case_events \
                 WHERE code = c.code AND kind = 'snapshot') \
             WHERE c.started_at >= $1 ORDER BY c.started_at, c.code",
            &[&to_sql(since)],
        )?;
        rows.iter()
            .map(|row| {
                ConfirmedRecord::from_columns(
                    row.get(0),
                    row.get(1),
                    from_sql(row.get(2)),
                    row.get(3),
                    row.get(4),
                )
            })
            .collect()
    }

    fn forget(&mut self, code: &str, staff: &str, at: u64) -> Result<(), StoreError> {
        let mut tx = self.client.get_mut().transaction()?;
        tx.execute("DELETE FROM case_events WHERE code = $1", &[&code])?;
        let removed = tx.execute("DELETE FROM cases WHERE code = $1", &[&code])?;
        if removed == 0 {
            return Err(StoreError::NoSuchCase(code.to_owned()));
        }
        tx.execute(
            "INSERT INTO staff_log (at, staff, action, detail) VALUES ($1, $2, 'forget', $3)",
            &[&to_sql(at), &staff, &code],
        )?;
        tx.commit()?;
        Ok(())
    }

    fn log_staff(&mut self, action: &StaffAction) -> Result<(), StoreError> {
        self.client.get_mut().execute(
            "INSERT INTO staff_log (at, staff, action, detail) VALUES ($1, $2, $3, $4)",
            &[
                &to_sql(action.at),
                &action.staff,
                &action.action,
                &action.detail,
            ],
        )?;
        Ok(())
    }

    fn staff_log(&self) -> Result<Vec<StaffAction>, StoreError> {
        let rows = self.client.borrow_mut().query(
            "SELECT at, staff, action, detail FROM staff_log ORDER BY seq",
            &[],
        )?;
        Ok(rows
            .iter()
            .map(|row| StaffAction {
                at: from_sql(row.get(0)),
                staff: row.get(1),
                action: row.get(2),
                detail: row.get(3),
            })
            .collect())
    }
}
