//! The case store in a PostgreSQL database, for a chain whose counters share one store (and one
//! learning pass). Same events, same numbered migrations (`schema.rs`), same trait as SQLite; each write
//! is one transaction, so a counter that loses power or its network never leaves half a case.

use std::cell::RefCell;
use std::time::Duration;

use micdoctor_core::store_location::StoreLocation;
use postgres::{Client, Config, GenericClient, NoTls, Transaction};

use crate::error::StoreError;
use crate::{
    CaseHead, CaseRecord, CaseStore, ConfirmedRecord, EventBody, StaffAction, StoredEvent, Work,
    Writes,
};
use crate::{from_sql, schema, tls, to_sql};

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
    /// Connects to `url` (`postgres://user:password@host:port/database`, or a Unix socket folder as
    /// `host`) and brings the schema up to date. TLS follows `sslmode=` and `sslrootcert=` in the address
    /// (`tls.rs`: a server that is not on this machine is `verify-full` unless the address says
    /// otherwise).
    ///
    /// # Errors
    /// When the address is malformed, the server cannot be reached, refuses us or cannot prove who it
    /// is, or its schema was written by a newer MicDoctor.
    pub fn connect(url: &str) -> Result<Self, StoreError> {
        let shown = StoreLocation::Postgres(url.to_owned()).to_string();
        let address = |why: String| StoreError::Address {
            at: shown.clone(),
            why,
        };
        let (rest, settings) = tls::split(url).map_err(address)?;
        let mut config: Config = rest
            .parse()
            .map_err(|err: postgres::Error| address(err.to_string()))?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        let mode = settings.mode(tls::is_local(&config));
        config.ssl_mode(mode.driver());
        let connected = if mode == tls::SslMode::Disable {
            config.connect(NoTls)
        } else {
            config.connect(tls::connector(mode, settings.root_certs.as_ref())?)
        };
        let mut client = connected.map_err(|err| {
            tls::failure(&err, &shown, mode).unwrap_or_else(|| StoreError::Unreachable {
                at: shown.clone(),
                why: with_causes(&err),
            })
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

    /// Whether the connection is encrypted (the server's own view: `pg_stat_ssl`).
    ///
    /// # Errors
    /// When the server cannot be asked.
    pub fn encrypted(&self) -> Result<bool, StoreError> {
        Ok(self
            .client
            .borrow_mut()
            .query_one(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
                &[],
            )?
            .get(0))
    }
}

/// One transaction's writes ([`CaseStore::atomically`]).
struct Tx<'t, 'c>(&'t mut Transaction<'c>);

fn head_of(client: &mut impl GenericClient, code: &str) -> Result<Option<CaseHead>, StoreError> {
    Ok(client
        .query_opt(
            "SELECT problem, started_at FROM cases WHERE code = $1",
            &[&code],
        )?
        .map(|row| CaseHead {
            code: code.to_owned(),
            problem: row.get(0),
            started_at: from_sql(row.get(1)),
        }))
}

fn events_of(client: &mut impl GenericClient, code: &str) -> Result<Vec<StoredEvent>, StoreError> {
    let rows = client.query(
        "SELECT seq, at, kind, staff, body FROM case_events WHERE code = $1 ORDER BY seq",
        &[&code],
    )?;
    rows.iter()
        .map(|row| {
            StoredEvent::from_row(
                code,
                row.get(0),
                from_sql(row.get(1)),
                row.get(2),
                row.get(3),
                row.get(4),
            )
        })
        .collect()
}

impl Writes for Tx<'_, '_> {
    fn head(&mut self, code: &str) -> Result<Option<CaseHead>, StoreError> {
        head_of(self.0, code)
    }

    fn insert_case(
        &mut self,
        head: &CaseHead,
        renamed_from: Option<&str>,
    ) -> Result<bool, StoreError> {
        // A code already taken (or being taken by a transaction not yet committed, which this one
        // waits for) inserts nothing and fails nothing: the transaction goes on, the caller says why.
        let inserted = self.0.execute(
            "INSERT INTO cases (code, problem, started_at, renamed_from) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (code) DO NOTHING",
            &[
                &head.code,
                &head.problem,
                &to_sql(head.started_at),
                &renamed_from,
            ],
        )?;
        Ok(inserted == 1)
    }

    fn insert_event(
        &mut self,
        code: &str,
        at: u64,
        staff: Option<&str>,
        body: &EventBody,
    ) -> Result<(), StoreError> {
        self.0.execute(
            "INSERT INTO case_events (code, at, kind, staff, body) VALUES ($1, $2, $3, $4, $5)",
            &[
                &code,
                &to_sql(at),
                &body.kind().as_str(),
                &staff,
                &body.to_json()?,
            ],
        )?;
        Ok(())
    }

    fn events(&mut self, code: &str) -> Result<Vec<StoredEvent>, StoreError> {
        events_of(self.0, code)
    }

    fn renamed_to(&mut self, from: &str, head: &CaseHead) -> Result<Option<String>, StoreError> {
        Ok(self
            .0
            .query_opt(
                "SELECT code FROM cases WHERE renamed_from = $1 AND problem = $2 AND started_at = $3 \
                 ORDER BY code LIMIT 1",
                &[&from, &head.problem, &to_sql(head.started_at)],
            )?
            .map(|row| row.get(0)))
    }

    fn log(&mut self, action: &StaffAction) -> Result<(), StoreError> {
        self.0.execute(
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
    fn atomically(&mut self, work: &mut Work<'_>) -> Result<(), StoreError> {
        let mut tx = self.client.get_mut().transaction()?;
        work(&mut Tx(&mut tx))?;
        tx.commit()?;
        Ok(())
    }

    fn events(&self, code: &str) -> Result<Vec<StoredEvent>, StoreError> {
        events_of(&mut *self.client.borrow_mut(), code)
    }

    fn cases(&self, since: u64) -> Result<Vec<CaseRecord>, StoreError> {
        let heads = self.client.borrow_mut().query(
            "SELECT code, problem, started_at FROM cases WHERE started_at >= $1 ORDER BY started_at, code",
            &[&to_sql(since)],
        )?;
        heads
            .iter()
            .map(|row| {
                self.read_case(CaseHead {
                    code: row.get(0),
                    problem: row.get(1),
                    started_at: from_sql(row.get(2)),
                })
            })
            .collect()
    }

    fn case(&self, code: &str) -> Result<Option<CaseRecord>, StoreError> {
        let head = head_of(&mut *self.client.borrow_mut(), code)?;
        head.map(|head| self.read_case(head)).transpose()
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
            .map(|row| {
                self.read_case(CaseHead {
                    code: row.get(0),
                    problem: row.get(1),
                    started_at: from_sql(row.get(2)),
                })
            })
            .collect()
    }

    fn confirmed(&self, since: u64) -> Result<Vec<ConfirmedRecord>, StoreError> {
        let rows = self.client.borrow_mut().query(
            "SELECT c.code, c.problem, c.started_at, v.seq, v.body, s.seq, s.history FROM cases c \
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
                    CaseHead {
                        code: row.get(0),
                        problem: row.get(1),
                        started_at: from_sql(row.get(2)),
                    },
                    (row.get(3), row.get(4)),
                    (row.get(5), row.get(6)),
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
