//! The case store on PostgreSQL, for a chain whose counters share one store: the same journeys as
//! SQLite (`contract`), then what is PostgreSQL's own — two counters writing at once, two counters
//! migrating one new database at once, an older schema upgraded, a newer one refused, a server that is
//! away named in words staff can act on, and cases kept in memory until it is back.
//!
//! Needs a server: `MICDOCTOR_TEST_POSTGRES` is an address of a role that may create databases
//! (`.ci/run` starts one on loopback and sets it). Each test makes its own database and drops it. The
//! tests that need no server (a malformed address, a server that is not there) always run.
use crate::contract::{snapshot, temp_dir};
use micdoctor_core::case_code;
use micdoctor_store::{
    CaseStore, Keeper, Pending, PostgresStore, StoreError, StoreLocation, schema,
};
use postgres::{Client, NoTls};

/// The server's address from the environment, or `None` (and a line saying so) without one.
pub(crate) fn server() -> Option<String> {
    let url = std::env::var("MICDOCTOR_TEST_POSTGRES").ok();
    if url.is_none() {
        eprintln!("skipped: set MICDOCTOR_TEST_POSTGRES to a PostgreSQL address to run this test");
    }
    url
}

/// A database of its own for one test, dropped when the test ends.
pub(crate) struct TestDatabase {
    admin: String,
    pub(crate) name: String,
    pub(crate) url: String,
}

impl TestDatabase {
    pub(crate) fn new(admin: &str, test: &str) -> Self {
        let name = format!("micdoctor_{test}_{}", std::process::id());
        let mut client = Client::connect(admin, NoTls).unwrap();
        client
            .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .unwrap();
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        Self {
            admin: admin.to_owned(),
            url: with_database(admin, &name),
            name,
        }
    }

    fn store(&self) -> PostgresStore {
        PostgresStore::connect(&self.url).unwrap()
    }

    fn location(&self) -> StoreLocation {
        StoreLocation::Postgres(self.url.clone())
    }

    fn sql(&self, sql: &str) {
        Client::connect(&self.url, NoTls)
            .unwrap()
            .batch_execute(sql)
            .unwrap();
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Ok(mut client) = Client::connect(&self.admin, NoTls) {
            let _ = client.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// `url` with its database name replaced by `name`.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, ""), |(b, q)| (b, q));
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let base = match base[scheme_end..].find('/') {
        Some(slash) => &base[..scheme_end + slash],
        None => base,
    };
    if query.is_empty() {
        format!("{base}/{name}")
    } else {
        format!("{base}/{name}?{query}")
    }
}

#[test]
fn a_case_keeps_every_event_and_reads_as_its_latest() {
    let Some(admin) = server() else { return };
    let db = TestDatabase::new(&admin, "events");
    crate::contract::a_case_keeps_every_event(&mut db.store());
}

#[test]
fn cases_are_found_by_code_and_day() {
    let Some(admin) = server() else { return };
    let db = TestDatabase::new(&admin, "search");
    crate::contract::cases_are_found_by_code_and_day(&mut db.store());
}

#[test]
fn confirmed_cases_carry_their_latest_verdict_and_history() {
    let Some(admin) = server() else { return };
    let db = TestDatabase::new(&admin, "confirmed");
    crate::contract::confirmed_cases_carry_their_latest_verdict_and_history(&mut db.store());
}

#[test]
fn contact_and_recheck_are_kept_until_forgotten() {
    let Some(admin) = server() else { return };
    let a = TestDatabase::new(&admin, "contact_a");
    let b = TestDatabase::new(&admin, "contact_b");
    crate::contract::contact_and_recheck_are_kept_until_forgotten(
        &mut a.store(),
        &mut b.store(),
        &temp_dir("pg-contact"),
    );
}

#[test]
fn a_forgotten_case_is_gone_and_the_forgetting_is_logged() {
    let Some(admin) = server() else { return };
    let db = TestDatabase::new(&admin, "forget");
    crate::contract::a_forgotten_case_is_gone(&mut db.store());
}

#[test]
fn cases_move_between_sqlite_and_postgres_exactly() {
    let Some(admin) = server() else { return };
    let dir = temp_dir("pg-exchange");
    let a = TestDatabase::new(&admin, "exchange_a");
    let b = TestDatabase::new(&admin, "exchange_b");
    crate::contract::cases_exported_import_back_exactly(&mut a.store(), &mut b.store(), &dir);
    // And a shop moving from its SQLite file to the chain's server loses nothing.
    let mut file = micdoctor_store::SqliteStore::open(&dir.join("counter.sqlite")).unwrap();
    let export = dir.join("export.jsonl");
    let imported = micdoctor_store::exchange::import_jsonl(&mut file, &export).unwrap();
    assert_eq!(imported.events, 3);
    assert_eq!(file.cases(0).unwrap(), b.store().cases(0).unwrap());
}

#[test]
fn an_old_case_log_is_imported_as_snapshots() {
    let Some(admin) = server() else { return };
    let db = TestDatabase::new(&admin, "caselog");
    crate::contract::an_old_case_log_is_imported(&mut db.store(), &temp_dir("pg-caselog"));
}

#[test]
fn a_taken_code_is_never_merged() {
    let Some(admin) = server() else { return };
    let db = TestDatabase::new(&admin, "taken");
    crate::contract::a_taken_code_is_never_merged(&mut db.store());
}

#[test]
fn an_import_never_mixes_and_is_all_or_nothing() {
    let Some(admin) = server() else { return };
    let a = TestDatabase::new(&admin, "clash_a");
    let b = TestDatabase::new(&admin, "clash_b");
    crate::contract::an_import_never_mixes_and_is_all_or_nothing(
        &mut a.store(),
        &mut b.store(),
        &temp_dir("pg-import-clash"),
    );
}

#[test]
fn two_writers_at_once_merge_nothing() {
    let Some(admin) = server() else { return };
    let db = TestDatabase::new(&admin, "two_writers");
    drop(db.store());
    crate::contract::two_writers_at_once_merge_nothing(&|| {
        Box::new(db.store()) as Box<dyn CaseStore>
    });
}

/// A chain's store from before codes were drawn (schema 4, cases under their old derived codes):
/// upgraded, every case keeps its code; a new case whose code is one of them gets another.
#[test]
fn an_old_store_upgraded_keeps_its_codes() {
    let Some(admin) = server() else { return };
    let db = TestDatabase::new(&admin, "keeps_codes");
    drop(db.store());
    let legacy: Vec<String> = (0..3)
        .map(|i| case_code::legacy_code("mic_whatsapp", 1_000 + i))
        .collect();
    let mut sql = "DROP INDEX cases_by_renamed_from; ALTER TABLE cases DROP COLUMN renamed_from; \
                   UPDATE micdoctor_schema SET version = 4;"
        .to_owned();
    for (i, code) in legacy.iter().enumerate() {
        let old = crate::contract::old_snapshot_json(&snapshot(code, 1_000 + i as u64));
        let _ = std::fmt::Write::write_fmt(
            &mut sql,
            format_args!(
                "INSERT INTO cases VALUES ('{code}', 'mic_whatsapp', {}); \
             INSERT INTO case_events (code, at, kind, staff, body) VALUES ('{code}', 5, 'snapshot', NULL, '{old}');",
                1_000 + i
            ),
        );
    }
    db.sql(&sql);
    let mut store = db.store();
    assert_eq!(
        micdoctor_store::postgresql::schema_version(&db.url).unwrap(),
        schema::current_version()
    );
    let kept: Vec<String> = store
        .cases(0)
        .unwrap()
        .into_iter()
        .map(|c| c.code)
        .collect();
    assert_eq!(kept, legacy, "every case keeps its code");
    let mut new = snapshot(&legacy[1], 1_001);
    let mut next = Some(case_code::from_bits(42));
    let renamed = micdoctor_store::create_case_drawing(&mut store, &mut new, 2_000, &mut || {
        next.take().unwrap()
    })
    .unwrap();
    assert_eq!(renamed.as_ref(), Some(&legacy[1]));
    assert_eq!(store.events(&legacy[1]).unwrap().len(), 1);
}

#[test]
fn two_counters_share_one_store() {
    let Some(admin) = server() else { return };
    let db = TestDatabase::new(&admin, "shared");
    // Both counters start at once on a new database: the migrations run once.
    let counters: Vec<PostgresStore> = std::thread::scope(|scope| {
        let starts: Vec<_> = (0..2).map(|_| scope.spawn(|| db.store())).collect();
        starts.into_iter().map(|s| s.join().unwrap()).collect()
    });
    assert_eq!(
        micdoctor_store::postgresql::schema_version(&db.url).unwrap(),
        schema::current_version()
    );
    std::thread::scope(|scope| {
        for (n, mut counter) in counters.into_iter().enumerate() {
            scope.spawn(move || {
                for i in 0..25_u64 {
                    let code = format!("C{n}{i:03}");
                    counter.create_case(i, &snapshot(&code, i)).unwrap();
                }
            });
        }
    });
    let seen = db.store().cases(0).unwrap();
    assert_eq!(seen.len(), 50, "each counter sees the other's cases");
}

#[test]
fn a_version_3_schema_gets_the_history_of_its_confirmed_cases() {
    let Some(admin) = server() else { return };
    let db = TestDatabase::new(&admin, "version3");
    drop(db.store());
    db.sql(&format!(
        "DROP INDEX case_events_by_kind; ALTER TABLE case_events DROP COLUMN history; \
         DROP INDEX cases_by_renamed_from; ALTER TABLE cases DROP COLUMN renamed_from; \
         UPDATE micdoctor_schema SET version = 3; {}",
        crate::contract::version_3_confirmed_case_sql()
    ));
    let store = db.store();
    assert_eq!(
        micdoctor_store::postgresql::schema_version(&db.url).unwrap(),
        schema::current_version()
    );
    crate::contract::a_case_confirmed_before_version_4_is_read(&store);
}

#[test]
fn an_older_schema_is_upgraded_and_a_newer_one_refused() {
    let Some(admin) = server() else { return };
    let db = TestDatabase::new(&admin, "versions");
    drop(db.store());
    // Back to the first schema, with a case in it.
    db.sql(&format!(
        "DROP INDEX cases_by_start; DROP INDEX case_events_by_kind; DROP INDEX cases_by_renamed_from; \
         ALTER TABLE cases DROP COLUMN renamed_from; \
         ALTER TABLE case_events DROP COLUMN history; UPDATE micdoctor_schema SET version = 1; \
         INSERT INTO cases VALUES ('AA00', 'mic_whatsapp', 0); \
         INSERT INTO case_events (code, at, kind, staff, body) \
         VALUES ('AA00', 0, 'snapshot', NULL, '{}');",
        crate::contract::old_snapshot_json(&snapshot("AA00", 0))
    ));
    assert_eq!(
        micdoctor_store::postgresql::schema_version(&db.url).unwrap(),
        1
    );
    let mut store = db.store();
    assert_eq!(
        micdoctor_store::postgresql::schema_version(&db.url).unwrap(),
        schema::current_version()
    );
    store.create_case(1, &snapshot("IJ90", 1)).unwrap();
    let codes: Vec<String> = store
        .cases(0)
        .unwrap()
        .into_iter()
        .map(|c| c.code)
        .collect();
    assert_eq!(codes, ["AA00", "IJ90"], "the old case is kept");

    db.sql(&format!(
        "UPDATE micdoctor_schema SET version = {}",
        schema::current_version() + 5
    ));
    let err = PostgresStore::connect(&db.url).err().unwrap();
    assert!(matches!(err, StoreError::TooNew { .. }), "{err}");
    assert!(err.to_string().contains("newer MicDoctor"), "{err}");
    // Bad JSON never gets in, whoever writes it.
    db.sql(&format!(
        "UPDATE micdoctor_schema SET version = {}",
        schema::current_version()
    ));
    let mut raw = Client::connect(&db.url, NoTls).unwrap();
    assert!(raw
        .batch_execute(
            "INSERT INTO case_events (code, at, kind, staff, body) VALUES ('AA00', 1, 'snapshot', NULL, '{not json')"
        )
        .is_err());
}

#[test]
fn a_server_that_is_away_is_named_and_cases_wait_for_it() {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    let away = "postgres://shop:s3cret@127.0.0.1:1/cases";
    let err = PostgresStore::connect(away).err().unwrap();
    assert!(matches!(err, StoreError::Unreachable { .. }), "{err}");
    let words = err.to_string();
    assert!(
        words.contains("cannot reach the PostgreSQL case store"),
        "{words}"
    );
    assert!(
        words.contains("check that the server is running"),
        "{words}"
    );
    assert!(
        !words.contains("s3cret"),
        "a password is never shown: {words}"
    );

    let mut keeper = Keeper::new(StoreLocation::parse(away));
    let pending = |code: &str| Pending {
        start: true,
        at: 1,
        snapshot: snapshot(code, 1),
    };
    assert!(keeper.write(pending("Q1")).is_err());
    assert!(keeper.write(pending("Q2")).is_err());
    assert_eq!(
        keeper.queued(),
        2,
        "nothing is lost while the server is away"
    );

    // A store that comes back (here: a database that did not exist yet is created).
    let Some(admin) = server() else { return };
    let missing = TestDatabase {
        admin: admin.clone(),
        name: format!("micdoctor_later_{}", std::process::id()),
        url: with_database(&admin, &format!("micdoctor_later_{}", std::process::id())),
    };
    let mut later = Keeper::new(missing.location());
    assert!(later.write(pending("L1")).is_err(), "no such database yet");
    Client::connect(&admin, NoTls)
        .unwrap()
        .batch_execute(&format!("CREATE DATABASE {}", missing.name))
        .unwrap();
    later.write(pending("L2")).unwrap();
    assert_eq!(later.queued(), 0);
    let codes: Vec<String> = later
        .store()
        .unwrap()
        .cases(0)
        .unwrap()
        .into_iter()
        .map(|c| c.code)
        .collect();
    assert_eq!(codes, ["L1", "L2"], "queued in order, none lost");
}

#[test]
fn a_malformed_address_is_named() {
    let err = PostgresStore::connect("postgres://shop@db:notaport/cases")
        .err()
        .unwrap();
    assert!(matches!(err, StoreError::Address { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("postgres://user:password@host:5432/database"),
        "{err}"
    );
}

/// The child half of [`a_writer_killed_mid_write_leaves_every_case_whole`].
#[test]
#[ignore = "the child half of the kill test"]
fn writer_child() {
    crate::contract::write_until_killed();
}

#[test]
fn a_writer_killed_mid_write_leaves_every_case_whole() {
    let Some(admin) = server() else { return };
    let db = TestDatabase::new(&admin, "kill");
    drop(db.store());
    crate::contract::a_writer_killed_mid_write_leaves_a_sound_store(
        &db.location(),
        "postgres::writer_child",
        &|| {
            // Every event belongs to a case and every case has an event: no half-written case.
            let mut client = Client::connect(&db.url, NoTls).unwrap();
            let orphans: i64 = client
                .query_one(
                    "SELECT count(*) FROM cases c WHERE NOT EXISTS \
                 (SELECT 1 FROM case_events e WHERE e.code = c.code)",
                    &[],
                )
                .unwrap()
                .get(0);
            assert_eq!(orphans, 0);
        },
    );
}
