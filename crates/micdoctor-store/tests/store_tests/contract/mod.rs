//! What every case store must do, whatever database is behind it: the same journeys run on SQLite
//! (`tests/store.rs`) and on PostgreSQL (`tests/postgres.rs`).
#![allow(
    clippy::unwrap_used,
    dead_code,
    reason = "a test should fail loudly at the line that broke; each test binary uses its own part"
)]

use std::path::{Path, PathBuf};

use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::kb;
use micdoctor_core::session::{Answer, Session};
use micdoctor_store::exchange::{Imported, export_csv, export_jsonl, import_jsonl};
use micdoctor_store::{CaseStore, StoreError, StoreLocation, TechnicianVerdict};
use serde_json::json;

pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("micdoctor-store-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn report(code: &str, outcome: &str) -> serde_json::Value {
    json!({
        "case_code": code,
        "outcome": { "kind": outcome },
        "most_likely": { "id": "mic_bottom_fault" },
        "session": { "problem": "mic_whatsapp", "started_at": 1000, "history": [] }
    })
}

pub fn verdict(cause: &str, at: u64) -> TechnicianVerdict {
    TechnicianVerdict {
        cause: cause.into(),
        note: "lint in the bottom opening, \"cleaned\", mic fine".into(),
        staff: "Ana".into(),
        at,
    }
}

/// A case keeps every event (nothing overwritten) and reads as its latest snapshot and verdict.
pub fn a_case_keeps_every_event(store: &mut dyn CaseStore) {
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
    assert!(
        events.windows(2).all(|w| w[0].seq < w[1].seq),
        "oldest first"
    );
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
}

/// A case is found by its exact code, or by the start of it and its start day, newest first.
pub fn cases_are_found_by_code_and_day(store: &mut dyn CaseStore) {
    for (code, started) in [
        ("AB-100", 100),
        ("AB-200", 200),
        ("CD-150", 150),
        ("X_%1", 300),
    ] {
        store
            .record_snapshot(
                code,
                "mic_whatsapp",
                started,
                started,
                &report(code, "fixed"),
            )
            .unwrap();
    }
    store
        .record_verdict("CD-150", &verdict("other", 400))
        .unwrap();
    let found = store.case("CD-150").unwrap().unwrap();
    assert_eq!(found.verdict.unwrap().cause, "other");
    assert_eq!(found.updated_at, 400);
    assert!(store.case("CD-999").unwrap().is_none());

    let codes = |cases: Vec<micdoctor_store::CaseRecord>| -> Vec<String> {
        cases.into_iter().map(|c| c.code).collect()
    };
    assert_eq!(
        codes(store.search("ab-", 0, u64::MAX, 10).unwrap()),
        ["AB-200", "AB-100"]
    );
    assert_eq!(
        codes(store.search("", 150, 201, 10).unwrap()),
        ["AB-200", "CD-150"]
    );
    assert_eq!(
        codes(store.search("", 0, u64::MAX, 2).unwrap()),
        ["X_%1", "AB-200"]
    );
    // Patterns' own characters are searched for as themselves; a code is found by its start.
    assert_eq!(
        codes(store.search("x_%", 0, u64::MAX, 10).unwrap()),
        ["X_%1"]
    );
    assert!(store.search("%", 0, u64::MAX, 10).unwrap().is_empty());
    assert!(store.search("B-", 0, u64::MAX, 10).unwrap().is_empty());
    assert_eq!(
        codes(store.search("cd-150", 0, u64::MAX, 10).unwrap()),
        ["CD-150"]
    );
}

/// What `learn` reads: only cases with a verdict, each with its latest verdict and the history of its
/// latest snapshot.
pub fn confirmed_cases_carry_their_latest_verdict_and_history(store: &mut dyn CaseStore) {
    let history = |fixes: &[(&str, &str)]| {
        let entries: Vec<serde_json::Value> = fixes
            .iter()
            .map(|(fix, outcome)| json!({ "type": "fix", "fix": fix, "outcome": outcome, "at": 5 }))
            .collect();
        json!({ "case_code": "x", "session": { "problem": "mic_whatsapp", "history": entries } })
    };
    store
        .record_snapshot(
            "V1",
            "mic_whatsapp",
            10,
            10,
            &history(&[("fix_restart", "failed")]),
        )
        .unwrap();
    store
        .record_snapshot(
            "V1",
            "mic_whatsapp",
            10,
            20,
            &history(&[("fix_restart", "failed"), ("fix_clean_port", "fixed")]),
        )
        .unwrap();
    store
        .record_verdict("V1", &verdict("mic_bottom_fault", 30))
        .unwrap();
    store
        .record_verdict("V1", &verdict("mic_port_blocked", 40))
        .unwrap();
    store
        .record_snapshot("N2", "mic_whatsapp", 15, 15, &history(&[]))
        .unwrap();
    store
        .record_snapshot("OLD", "mic_whatsapp", 1, 1, &json!({}))
        .unwrap();
    store.record_verdict("OLD", &verdict("other", 2)).unwrap();

    let confirmed = store.confirmed(5).unwrap();
    assert_eq!(confirmed.len(), 1, "no verdict, or too old: not counted");
    let case = &confirmed[0];
    assert_eq!((case.code.as_str(), case.started_at), ("V1", 10));
    assert_eq!(case.verdict.cause, "mic_port_blocked", "the latest verdict");
    assert_eq!(case.history.len(), 2, "the latest snapshot's history");
    let all = store.confirmed(0).unwrap();
    assert_eq!(all.len(), 2);
    assert!(
        all[0].history.is_empty(),
        "a snapshot without a session has no history"
    );
}

/// A confirmed case as a store at schema version 3 wrote it (before the history column), in SQL both
/// databases take: a snapshot whose history has two fixes, then a verdict.
#[must_use]
pub fn version_3_confirmed_case_sql() -> String {
    let snapshot = json!({ "case_code": "V3", "session": { "problem": "mic_whatsapp", "history": [
        { "type": "fix", "fix": "fix_restart", "outcome": "failed", "at": 5 },
        { "type": "fix", "fix": "fix_clean_port", "outcome": "fixed", "at": 6 },
    ] } });
    let verdict = serde_json::to_string(&TechnicianVerdict {
        cause: "mic_port_blocked".into(),
        note: "lint".into(),
        staff: "Ana".into(),
        at: 20,
    })
    .unwrap();
    format!(
        "INSERT INTO cases VALUES ('V3', 'mic_whatsapp', 10); \
         INSERT INTO case_events (code, at, kind, staff, body) VALUES \
         ('V3', 10, 'snapshot', NULL, '{snapshot}'), ('V3', 20, 'verdict', 'Ana', '{verdict}');"
    )
}

/// After the upgrade, the case [`version_3_confirmed_case_sql`] wrote reads as confirmed, with the
/// history the migration took out of its snapshot.
pub fn a_case_confirmed_before_version_4_is_read(store: &dyn CaseStore) {
    let confirmed = store.confirmed(0).unwrap();
    assert_eq!(confirmed.len(), 1);
    assert_eq!(confirmed[0].code, "V3");
    assert_eq!(confirmed[0].verdict.cause, "mic_port_blocked");
    let fixes: Vec<serde_json::Value> = confirmed[0]
        .history
        .iter()
        .map(|entry| serde_json::to_value(entry).unwrap()["fix"].clone())
        .collect();
    assert_eq!(fixes, [json!("fix_restart"), json!("fix_clean_port")]);
}

/// A customer's contact and the after-repair check are appended like any event: the latest one reads,
/// empty fields clear the contact, the staff log never holds the name or number, an export carries them
/// and forgetting the case removes them.
pub fn contact_and_recheck_are_kept_until_forgotten(
    store: &mut dyn CaseStore,
    other: &mut dyn CaseStore,
    dir: &Path,
) {
    use micdoctor_core::recording::{MicRow, MicVerdict, Microphone};
    use micdoctor_store::{CustomerContact, Recheck};
    store
        .record_snapshot(
            "PK01",
            "mic_whatsapp",
            10,
            10,
            &report("PK01", "technician"),
        )
        .unwrap();
    let contact = |name: &str, phone: &str, at: u64| CustomerContact {
        name: name.into(),
        phone: phone.into(),
        staff: "Ana".into(),
        at,
    };
    store
        .record_contact("PK01", &contact("Rita Lopes", "+55 11 5555-0101", 20))
        .unwrap();
    let rows: Vec<MicRow> = Microphone::ALL
        .into_iter()
        .map(|microphone| MicRow {
            microphone,
            level_dbfs: -28.5,
            high_band_db: -9.0,
            clipped_share: 0.0,
            verdict: MicVerdict::Pass,
            reasons: Vec::new(),
        })
        .collect();
    let recheck = Recheck {
        rows,
        staff: "Bo".into(),
        at: 30,
    };
    store.record_recheck("PK01", &recheck).unwrap();
    assert!(matches!(
        store.record_recheck("NOPE", &recheck),
        Err(StoreError::NoSuchCase(_))
    ));

    let case = store.case("PK01").unwrap().unwrap();
    assert_eq!(case.contact.as_ref().unwrap().phone, "+55 11 5555-0101");
    assert_eq!(case.recheck.as_ref(), Some(&recheck));
    assert_eq!(
        case.report.unwrap()["outcome"]["kind"],
        "technician",
        "the snapshot still reads"
    );
    let log = store.staff_log().unwrap();
    assert!(
        log.iter()
            .any(|a| a.action == "contact" && a.detail == "PK01")
    );
    assert!(log.iter().any(|a| a.action == "recheck" && a.staff == "Bo"));
    assert!(
        log.iter()
            .all(|a| !a.detail.contains("Rita") && !a.detail.contains("5555")),
        "{log:?}"
    );

    let mut jsonl = Vec::new();
    export_jsonl(store, 0, &mut jsonl).unwrap();
    let file = dir.join("contact.jsonl");
    std::fs::write(&file, &jsonl).unwrap();
    import_jsonl(other, &file).unwrap();
    assert_eq!(other.case("PK01").unwrap(), store.case("PK01").unwrap());

    store.record_contact("PK01", &contact("", "", 40)).unwrap();
    assert!(
        store.case("PK01").unwrap().unwrap().contact.is_none(),
        "cleared"
    );
    store.forget("PK01", "Ana", 50).unwrap();
    assert!(store.case("PK01").unwrap().is_none());
    assert!(
        store.events("PK01").unwrap().is_empty(),
        "nothing of the customer is left"
    );
}

/// A forgotten case is gone, and who forgot it is logged.
pub fn a_forgotten_case_is_gone(store: &mut dyn CaseStore) {
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

/// Cases exported from `store` import into `other` exactly, and only once; the CSV quotes right.
pub fn cases_exported_import_back_exactly(
    store: &mut dyn CaseStore,
    other: &mut dyn CaseStore,
    dir: &Path,
) {
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
    assert_eq!(export_jsonl(store, 0, &mut jsonl).unwrap(), 2);
    let file = dir.join("export.jsonl");
    std::fs::write(&file, &jsonl).unwrap();

    assert_eq!(
        import_jsonl(other, &file).unwrap(),
        Imported {
            events: 3,
            already_there: 0
        }
    );
    assert_eq!(
        import_jsonl(other, &file).unwrap(),
        Imported {
            events: 0,
            already_there: 3
        }
    );
    assert_eq!(store.cases(0).unwrap(), other.cases(0).unwrap());

    let mut csv = Vec::new();
    export_csv(other, 0, &mut csv).unwrap();
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

/// An old `cases.jsonl` case log comes in as snapshots; a line that is neither form is named.
pub fn an_old_case_log_is_imported(store: &mut dyn CaseStore, dir: &Path) {
    let kb = kb::bundled(&BundledIllustrations).unwrap();
    let mut session = Session::new("mic_whatsapp", kb.devices[0].id, &kb.kb_version, 1_000);
    let finding = kb.problem("mic_whatsapp").unwrap().findings[0].clone();
    session.answer(&finding, Answer::Yes, 1_060);
    let entry = micdoctor_core::case_log::entry(
        micdoctor_core::i18n::Language::English,
        &kb,
        &session,
        1_100,
    )
    .unwrap();
    let log = micdoctor_core::case_log::append(dir, &entry).unwrap();

    let imported = import_jsonl(store, &log).unwrap();
    assert_eq!(imported.events, 1);
    let cases = store.cases(0).unwrap();
    assert_eq!(cases[0].code, session.case_code());
    assert_eq!(cases[0].started_at, 1_000);
    assert_eq!(cases[0].updated_at, 1_060);

    let bad = dir.join("bad.jsonl");
    std::fs::write(&bad, "\n{\"hello\": 1}\n").unwrap();
    let err = import_jsonl(store, &bad).unwrap_err();
    assert!(matches!(err, StoreError::BadLine { line: 2, .. }), "{err}");
    assert!(err.to_string().contains("line 2 of"), "{err}");
}

/// The child half of a kill test: writes cases to `MICDOCTOR_STORE_CHILD` until it is killed.
pub fn write_until_killed() {
    let Some(location) = std::env::var("MICDOCTOR_STORE_CHILD").ok() else {
        return;
    };
    let mut store = micdoctor_store::open(&StoreLocation::parse(&location)).unwrap();
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

/// Kills a writer (this test binary's test `child`, e.g. `sqlite::writer_child`) three times mid-write;
/// after each, every case has its events and no earlier case is gone. `check` asks the database itself
/// whether it is sound.
pub fn a_writer_killed_mid_write_leaves_a_sound_store(
    location: &StoreLocation,
    child: &str,
    check: &dyn Fn(),
) {
    let mut before = 0;
    for round in 0..3 {
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--ignored", "--exact", child, "--nocapture"])
            .env("MICDOCTOR_STORE_CHILD", location.spec())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Let it write for a while, then pull the plug (SIGKILL: no destructors, no flush).
        std::thread::sleep(std::time::Duration::from_millis(400 + 150 * round));
        child.kill().unwrap();
        child.wait().unwrap();

        let store = micdoctor_store::open(location).unwrap();
        check();
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
