//! The case store in a SQLite file, as a shop uses it: the shared journeys (`contract`) — cases written
//! at start and at every outcome, a technician's verdict appended, a case forgotten, cases exported and
//! imported back exactly, an old `cases.jsonl` imported, a writer killed mid-write — then what is
//! SQLite's own: migrations from an older file, a newer or damaged file refused with words staff can act
//! on, and SQLite's integrity check after every journey.
use std::path::Path;

use crate::contract::{report, temp_dir};
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
fn an_older_store_is_upgraded_and_a_newer_or_damaged_one_refused() {
    let dir = temp_dir("versions");
    // A store as the first schema left it, with a case in it.
    let old = dir.join("old.sqlite");
    drop(SqliteStore::open(&old).unwrap());
    raw_sql(
        &old,
        "DROP INDEX cases_by_start; PRAGMA user_version = 1; \
         INSERT INTO cases VALUES ('AA00', 'mic_whatsapp', 0); \
         INSERT INTO case_events (code, at, kind, staff, body) \
         VALUES ('AA00', 0, 'snapshot', NULL, '{\"case_code\": \"AA00\"}');",
    );
    assert_eq!(user_version(&old), 1);
    let mut store = SqliteStore::open(&old).unwrap();
    assert_eq!(user_version(&old), schema::current_version());
    store
        .record_snapshot("IJ90", "mic_whatsapp", 1, 1, &report("IJ90", "fixed"))
        .unwrap();
    let codes: Vec<String> = store
        .cases(0)
        .unwrap()
        .into_iter()
        .map(|c| c.code)
        .collect();
    assert_eq!(codes, ["AA00", "IJ90"], "the old case is kept");

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
    let err = store
        .record_snapshot("K-1", "mic_whatsapp", 1000, 1000, &report("K-1", "open"))
        .unwrap_err();
    assert!(matches!(err, StoreError::Busy(_)), "{err:?}");
    assert!(
        err.to_string()
            .contains("busy or locked by another program"),
        "{err}"
    );
    other.execute_batch("ROLLBACK").unwrap();
    drop(other);
    assert!(store.case("K-1").unwrap().is_none());
    store
        .record_snapshot("K-1", "mic_whatsapp", 1000, 1000, &report("K-1", "open"))
        .unwrap();
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
