//! The case store as a shop uses it: cases written at start and at every outcome, a technician's
//! verdict appended (nothing overwritten), a case forgotten, cases exported and imported back exactly,
//! an old `cases.jsonl` imported, migrations from an older store, a newer or damaged store refused with
//! words staff can act on, and a writer killed mid-write leaving a sound store.
#![allow(
    clippy::unwrap_used,
    reason = "a test should fail loudly at the line that broke"
)]

use std::path::{Path, PathBuf};

use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::kb;
use micdoctor_core::session::{Answer, Session};
use micdoctor_store::exchange::{Imported, export_csv, export_jsonl, import_jsonl};
use micdoctor_store::{CaseStore, SqliteStore, StoreError, TechnicianVerdict, schema};
use serde_json::json;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("micdoctor-store-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn report(code: &str, outcome: &str) -> serde_json::Value {
    json!({
        "case_code": code,
        "outcome": { "kind": outcome },
        "most_likely": { "id": "mic_bottom_fault" },
        "session": { "problem": "mic_whatsapp", "started_at": 1000, "history": [] }
    })
}

fn verdict(cause: &str, at: u64) -> TechnicianVerdict {
    TechnicianVerdict {
        cause: cause.into(),
        note: "lint in the bottom opening, \"cleaned\", mic fine".into(),
        staff: "Ana".into(),
        at,
    }
}

#[test]
fn a_case_keeps_every_event_and_reads_as_its_latest() {
    let dir = temp_dir("events");
    let mut store = SqliteStore::open(&dir.join("cases.sqlite")).unwrap();
    store
        .record_snapshot(
            "AB12",
            "mic_whatsapp",
            1000,
            1000,
            &report("AB12", "in_progress"),
        )
        .unwrap();
    store
        .record_snapshot(
            "AB12",
            "mic_whatsapp",
            1000,
            1300,
            &report("AB12", "technician"),
        )
        .unwrap();
    store
        .record_verdict("AB12", &verdict("mic_port_blocked", 2000))
        .unwrap();
    store
        .record_verdict("AB12", &verdict("mic_bottom_fault", 2100))
        .unwrap();

    let events = store.events("AB12").unwrap();
    assert_eq!(events.len(), 4, "nothing is overwritten");
    let cases = store.cases(0).unwrap();
    assert_eq!(cases.len(), 1);
    let case = &cases[0];
    assert_eq!(case.updated_at, 2100);
    assert_eq!(
        case.report.as_ref().unwrap()["outcome"]["kind"],
        "technician"
    );
    assert_eq!(case.verdict.as_ref().unwrap().cause, "mic_bottom_fault");
    assert!(store.cases(1001).unwrap().is_empty());
    // Who recorded each verdict, and when, is in the staff log.
    let log = store.staff_log().unwrap();
    assert_eq!(log.len(), 2);
    assert_eq!(
        (log[0].staff.as_str(), log[0].action.as_str()),
        ("Ana", "verdict")
    );

    assert!(matches!(
        store.record_verdict("ZZ99", &verdict("other", 1)),
        Err(StoreError::NoSuchCase(code)) if code == "ZZ99"
    ));
    store.integrity_check().unwrap();
}

#[test]
fn a_forgotten_case_is_gone_and_the_forgetting_is_logged() {
    let dir = temp_dir("forget");
    let mut store = SqliteStore::open(&dir.join("cases.sqlite")).unwrap();
    store
        .record_snapshot("CD34", "mic_whatsapp", 1000, 1000, &report("CD34", "fixed"))
        .unwrap();
    store.forget("CD34", "Bruno", 5000).unwrap();
    assert!(store.cases(0).unwrap().is_empty());
    assert!(store.events("CD34").unwrap().is_empty());
    let log = store.staff_log().unwrap();
    assert_eq!(log.last().unwrap().action, "forget");
    assert_eq!(log.last().unwrap().detail, "CD34");
    assert!(matches!(
        store.forget("CD34", "Bruno", 5001),
        Err(StoreError::NoSuchCase(_))
    ));
}

#[test]
fn cases_exported_import_back_exactly_and_only_once() {
    let dir = temp_dir("exchange");
    let mut store = SqliteStore::open(&dir.join("a.sqlite")).unwrap();
    for (i, code) in ["EF56", "GH78"].iter().enumerate() {
        let at = 1000 + i as u64;
        store
            .record_snapshot(code, "mic_whatsapp", at, at, &report(code, "technician"))
            .unwrap();
    }
    store
        .record_verdict("GH78", &verdict("other", 3000))
        .unwrap();
    let mut jsonl = Vec::new();
    assert_eq!(export_jsonl(&store, 0, &mut jsonl).unwrap(), 2);
    let file = dir.join("export.jsonl");
    std::fs::write(&file, &jsonl).unwrap();

    let mut other = SqliteStore::open(&dir.join("b.sqlite")).unwrap();
    assert_eq!(
        import_jsonl(&mut other, &file).unwrap(),
        Imported {
            events: 3,
            already_there: 0
        }
    );
    assert_eq!(
        import_jsonl(&mut other, &file).unwrap(),
        Imported {
            events: 0,
            already_there: 3
        }
    );
    let strip = |cases: Vec<micdoctor_store::CaseRecord>| {
        cases
            .into_iter()
            .map(|c| {
                (
                    c.code,
                    c.problem,
                    c.started_at,
                    c.updated_at,
                    c.report,
                    c.verdict,
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        strip(store.cases(0).unwrap()),
        strip(other.cases(0).unwrap())
    );

    let mut csv = Vec::new();
    export_csv(&other, 0, &mut csv).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "code,problem,started_at,updated_at,outcome,most_likely,verdict_cause,verdict_note,verdict_by"
    );
    assert_eq!(lines.len(), 3);
    // A note with quotes and commas stays one field.
    assert!(lines[2].starts_with("GH78,mic_whatsapp,1001,3000,technician,mic_bottom_fault,other,\"lint in the bottom opening, \"\"cleaned\"\", mic fine\",Ana"));
}

#[test]
fn an_old_case_log_is_imported_as_snapshots() {
    let dir = temp_dir("caselog");
    let kb = kb::bundled(&BundledIllustrations).unwrap();
    let mut session = Session::new("mic_whatsapp", kb.devices[0].id, &kb.kb_version, 1_000);
    let finding = kb.problem("mic_whatsapp").unwrap().findings[0].clone();
    session.answer(&finding, Answer::Yes, 1_060);
    let entry = micdoctor_core::case_log::entry(&kb, &session, 1_100).unwrap();
    let log = micdoctor_core::case_log::append(&dir, &entry).unwrap();

    let mut store = SqliteStore::open(&dir.join("cases.sqlite")).unwrap();
    let imported = import_jsonl(&mut store, &log).unwrap();
    assert_eq!(imported.events, 1);
    let cases = store.cases(0).unwrap();
    assert_eq!(cases[0].code, session.case_code());
    assert_eq!(cases[0].started_at, 1_000);
    assert_eq!(cases[0].updated_at, 1_060);

    // A line that is neither form is named by its number.
    let bad = dir.join("bad.jsonl");
    std::fs::write(&bad, "\n{\"hello\": 1}\n").unwrap();
    let err = import_jsonl(&mut store, &bad).unwrap_err();
    assert!(matches!(err, StoreError::BadLine { line: 2, .. }), "{err}");
    assert!(err.to_string().contains("line 2 of"), "{err}");
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

/// Run by [`a_writer_killed_mid_write_leaves_a_sound_store`] in a child process: writes cases until
/// it is killed.
#[test]
#[ignore = "the child half of the kill test"]
fn writer_child() {
    let Some(path) = std::env::var_os("MICDOCTOR_STORE_CHILD") else {
        return;
    };
    let mut store = SqliteStore::open(Path::new(&path)).unwrap();
    let big = "x".repeat(20_000);
    for i in 0_u64.. {
        let code = format!("K{i:05}");
        let mut body = report(&code, "in_progress");
        body["padding"] = json!(big);
        store
            .record_snapshot(&code, "mic_whatsapp", i, i, &body)
            .unwrap();
        store
            .record_snapshot(&code, "mic_whatsapp", i, i + 1, &body)
            .unwrap();
    }
}

#[test]
fn a_writer_killed_mid_write_leaves_a_sound_store() {
    let dir = temp_dir("kill");
    let path = dir.join("cases.sqlite");
    let mut before = 0;
    for round in 0..3 {
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--ignored", "--exact", "writer_child", "--nocapture"])
            .env("MICDOCTOR_STORE_CHILD", &path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Let it write for a while, then pull the plug (SIGKILL: no destructors, no flush).
        std::thread::sleep(std::time::Duration::from_millis(400 + 150 * round));
        child.kill().unwrap();
        child.wait().unwrap();

        let store = SqliteStore::open(&path).unwrap();
        store.integrity_check().unwrap();
        let cases = store.cases(0).unwrap();
        assert!(cases.len() >= before, "no earlier case was lost");
        for case in &cases {
            let events = store.events(&case.code).unwrap();
            assert!(
                !events.is_empty(),
                "{} has no event: half a case",
                case.code
            );
            assert!(case.report.as_ref().unwrap()["padding"].is_string());
        }
        before = cases.len();
    }
    assert!(before > 0, "the writer wrote nothing");
}
