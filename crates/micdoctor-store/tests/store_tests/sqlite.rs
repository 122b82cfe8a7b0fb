//! The case store in a SQLite file, as a shop uses it: the shared journeys (`contract`) — cases written
//! at start and at every outcome, a technician's verdict appended, a case forgotten, cases exported and
//! imported back exactly, an old `cases.jsonl` imported, a writer killed mid-write — then what is
//! SQLite's own: migrations from an older file, a newer or damaged file refused with words staff can act
//! on, and SQLite's integrity check after every journey.
use std::path::Path;

use crate::contract::{snapshot, temp_dir};
use micdoctor_core::case_code;
use micdoctor_store::{CaseStore, SqliteStore, StoreError, StoreLocation, schema};

#[test]
fn a_case_keeps_every_event_and_reads_as_its_latest() {
    let dir = temp_dir("events");
    let mut store = SqliteStore::open(&dir.join("cases.sqlite")).unwrap();
    crate::contract::a_case_keeps_every_event(&mut store);
    store.integrity_check().unwrap();
}

#[test]
fn cases_are_found_by_code_and_day() {
    let dir = temp_dir("search");
    let mut store = SqliteStore::open(&dir.join("cases.sqlite")).unwrap();
    crate::contract::cases_are_found_by_code_and_day(&mut store);
}

#[test]
fn confirmed_cases_carry_their_latest_verdict_and_history() {
    let dir = temp_dir("confirmed");
    let mut store = SqliteStore::open(&dir.join("cases.sqlite")).unwrap();
    crate::contract::confirmed_cases_carry_their_latest_verdict_and_history(&mut store);
}

#[test]
fn contact_and_recheck_are_kept_until_forgotten() {
    let dir = temp_dir("contact");
    let mut store = SqliteStore::open(&dir.join("a.sqlite")).unwrap();
    let mut other = SqliteStore::open(&dir.join("b.sqlite")).unwrap();
    crate::contract::contact_and_recheck_are_kept_until_forgotten(&mut store, &mut other, &dir);
    store.integrity_check().unwrap();
}

#[test]
fn a_forgotten_case_is_gone_and_the_forgetting_is_logged() {
    let dir = temp_dir("forget");
    let mut store = SqliteStore::open(&dir.join("cases.sqlite")).unwrap();
    crate::contract::a_forgotten_case_is_gone(&mut store);
    store.integrity_check().unwrap();
}

#[test]
fn cases_exported_import_back_exactly_and_only_once() {
    let dir = temp_dir("exchange");
    let mut store = SqliteStore::open(&dir.join("a.sqlite")).unwrap();
    let mut other = SqliteStore::open(&dir.join("b.sqlite")).unwrap();
    crate::contract::cases_exported_import_back_exactly(&mut store, &mut other, &dir);
}

#[test]
fn an_old_case_log_is_imported_as_snapshots() {
    let dir = temp_dir("caselog");
    let mut store = SqliteStore::open(&dir.join("cases.sqlite")).unwrap();
    crate::contract::an_old_case_log_is_imported(&mut store, &dir);
}

#[test]
fn a_taken_code_is_never_merged() {
    let dir = temp_dir("taken");
    let mut store = SqliteStore::open(&dir.join("cases.sqlite")).unwrap();
    crate::contract::a_taken_code_is_never_merged(&mut store);
    store.integrity_check().unwrap();
}

#[test]
fn an_import_never_mixes_and_is_all_or_nothing() {
    let dir = temp_dir("import-clash");
    let mut store = SqliteStore::open(&dir.join("a.sqlite")).unwrap();
    let mut other = SqliteStore::open(&dir.join("b.sqlite")).unwrap();
    crate::contract::an_import_never_mixes_and_is_all_or_nothing(&mut store, &mut other, &dir);
    store.integrity_check().unwrap();
}

/// Two writers on one file, each with its own connection, at once.
#[test]
fn two_writers_at_once_merge_nothing() {
    let dir = temp_dir("two-writers");
    let path = dir.join("cases.sqlite");
    drop(SqliteStore::open(&path).unwrap());
    crate::contract::two_writers_at_once_merge_nothing(&|| {
        Box::new(SqliteStore::open(&path).unwrap()) as Box<dyn CaseStore>
    });
    SqliteStore::open(&path).unwrap().integrity_check().unwrap();
}

#[test]
fn an_older_store_is_upgraded_and_a_newer_or_damaged_one_refused() {
    let dir = temp_dir("versions");
    // A store as the first schema left it, with a case in it.
    let old = dir.join("old.sqlite");
    let conn = rusqlite::Connection::open(&old).unwrap();
    conn.execute_batch(schema::MIGRATIONS[0]).unwrap();
    conn.execute_batch(&format!(
        "PRAGMA user_version = 1; \
         INSERT INTO cases VALUES ('AA-000', 'mic_whatsapp', 0); \
         INSERT INTO case_events (code, at, kind, staff, body) \
         VALUES ('AA-000', 0, 'snapshot', NULL, '{}');",
        crate::contract::old_snapshot_json(&snapshot("AA-000", 0))
    ))
    .unwrap();
    drop(conn);
    let mut store = SqliteStore::open(&old).unwrap();
    assert_eq!(user_version(&old), schema::current_version());
    store.create_case(1, &snapshot("IJ90", 1)).unwrap();
    let codes: Vec<String> = store
        .cases(0)
        .unwrap()
        .into_iter()
        .map(|c| c.code)
        .collect();
    assert_eq!(codes, ["AA-000", "IJ90"], "the old case is kept");

    let newer = dir.join("newer.sqlite");
    drop(SqliteStore::open(&newer).unwrap());
    raw_sql(
        &newer,
        &format!("PRAGMA user_version = {};", schema::current_version() + 5),
    );
    let err = SqliteStore::open(&newer).err().unwrap();
    assert!(matches!(err, StoreError::TooNew { .. }), "{err}");
    assert!(err.to_string().contains("newer MicDoctor"), "{err}");

    let garbage = dir.join("garbage.sqlite");
    std::fs::write(&garbage, vec![0x5a_u8; 8192]).unwrap();
    let err = SqliteStore::open(&garbage).err().unwrap();
    assert!(matches!(err, StoreError::Damaged { .. }), "{err}");
    assert!(err.to_string().contains("garbage.sqlite"), "{err}");
}

/// A shop's store from before codes were drawn (schema 4, cases under their old derived codes): upgraded,
/// every case keeps its code and events; a new case whose code is one of them gets another.
#[test]
fn an_old_store_upgraded_keeps_its_codes() {
    let dir = temp_dir("keeps-codes");
    let path = dir.join("v4.sqlite");
    let conn = rusqlite::Connection::open(&path).unwrap();
    for sql in &schema::MIGRATIONS[..4] {
        conn.execute_batch(sql).unwrap();
    }
    conn.execute_batch("PRAGMA user_version = 4;").unwrap();
    let legacy: Vec<String> = (0..3)
        .map(|i| case_code::legacy_code("mic_whatsapp", 1_000 + i))
        .collect();
    for (i, code) in legacy.iter().enumerate() {
        let old = crate::contract::old_snapshot_json(&snapshot(code, 1_000 + i as u64));
        conn.execute_batch(&format!(
            "INSERT INTO cases VALUES ('{code}', 'mic_whatsapp', {}); \
             INSERT INTO case_events (code, at, kind, staff, body) VALUES ('{code}', 5, 'snapshot', NULL, '{old}');",
            1_000 + i
        ))
        .unwrap();
    }
    drop(conn);
    let mut store = SqliteStore::open(&path).unwrap();
    assert_eq!(user_version(&path), schema::current_version());
    let kept: Vec<String> = store
        .cases(0)
        .unwrap()
        .into_iter()
        .map(|c| c.code)
        .collect();
    assert_eq!(kept, legacy, "every case keeps its code");
    for code in &legacy {
        let case = store.case(code).unwrap().unwrap();
        assert_eq!(case.snapshot.unwrap().session().case_code(), *code);
    }
    // A new case that happens to get an old case's code (forced here) is given another.
    let mut new = snapshot(&legacy[0], 1_000);
    let mut next = Some(case_code::from_bits(42));
    let renamed = micdoctor_store::create_case_drawing(&mut store, &mut new, 2_000, &mut || {
        next.take().unwrap()
    })
    .unwrap();
    assert_eq!(renamed.as_ref(), Some(&legacy[0]));
    assert_eq!(store.events(&legacy[0]).unwrap().len(), 1);
    store.integrity_check().unwrap();
}

#[test]
fn a_version_3_store_gets_the_history_of_its_confirmed_cases() {
    let dir = temp_dir("version3");
    let path = dir.join("v3.sqlite");
    let conn = rusqlite::Connection::open(&path).unwrap();
    for sql in &schema::MIGRATIONS[..3] {
        conn.execute_batch(sql).unwrap();
    }
    conn.execute_batch(&format!(
        "PRAGMA user_version = 3; {}",
        crate::contract::version_3_confirmed_case_sql()
    ))
    .unwrap();
    drop(conn);
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(user_version(&path), schema::current_version());
    crate::contract::a_case_confirmed_before_version_4_is_read(&store);
    store.integrity_check().unwrap();
}

/// A store file another program holds locked: after SQLite's busy timeout the write fails as `Busy`, in
/// words that say so, nothing of it is stored, and once the lock is gone the same store writes again.
#[test]
fn a_store_locked_by_another_program_is_busy_in_words() {
    let dir = temp_dir("locked");
    let path = dir.join("cases.sqlite");
    let mut store = SqliteStore::open(&path).unwrap();
    let other = rusqlite::Connection::open(&path).unwrap();
    other.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let err = store.create_case(1000, &snapshot("K-1", 1000)).unwrap_err();
    assert!(matches!(err, StoreError::Busy(_)), "{err:?}");
    assert!(
        err.in_words(micdoctor_core::i18n::Language::Spanish)
            .contains("ocupado o bloqueado por otro programa"),
        "{}",
        err.in_words(micdoctor_core::i18n::Language::Spanish)
    );
    assert!(
        err.to_string()
            .contains("busy or locked by another program"),
        "{err}"
    );
    other.execute_batch("ROLLBACK").unwrap();
    drop(other);
    assert!(store.case("K-1").unwrap().is_none());
    store.create_case(1000, &snapshot("K-1", 1000)).unwrap();
    assert!(store.case("K-1").unwrap().is_some());
}

fn raw_sql(path: &Path, sql: &str) {
    rusqlite::Connection::open(path)
        .unwrap()
        .execute_batch(sql)
        .unwrap();
}

fn user_version(path: &Path) -> i64 {
    rusqlite::Connection::open(path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .unwrap()
}

/// The child half of [`a_writer_killed_mid_write_leaves_a_sound_store`].
#[test]
#[ignore = "the child half of the kill test"]
fn writer_child() {
    crate::contract::write_until_killed();
}

#[test]
fn a_writer_killed_mid_write_leaves_a_sound_store() {
    let dir = temp_dir("kill");
    let path = dir.join("cases.sqlite");
    crate::contract::a_writer_killed_mid_write_leaves_a_sound_store(
        &StoreLocation::File(path.clone()),
        "sqlite::writer_child",
        &|| SqliteStore::open(&path).unwrap().integrity_check().unwrap(),
    );
}
