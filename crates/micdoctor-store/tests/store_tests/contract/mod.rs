//! What every case store must do, whatever database is behind it: the same journeys run on SQLite
//! (`sqlite.rs`) and on PostgreSQL (`postgres.rs`).
#![allow(
    clippy::unwrap_used,
    dead_code,
    reason = "a test should fail loudly at the line that broke; each backend uses its own part"
)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::case_code;
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::{self, KnowledgeBase};
use micdoctor_core::session::{Answer, FixOutcome, Session};
use micdoctor_store::exchange::{
    Imported, export_csv, export_jsonl, import_jsonl, import_jsonl_drawing,
};
use micdoctor_store::{
    CaseStore, EventBody, LineFault, Snapshot, StoreError, StoreLocation, TechnicianVerdict,
    create_case_drawing,
};

pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("micdoctor-store-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The bundled knowledge base, loaded once.
pub fn knowledge() -> &'static KnowledgeBase {
    static KB: OnceLock<KnowledgeBase> = OnceLock::new();
    KB.get_or_init(|| kb::bundled(&BundledIllustrations).unwrap())
}

/// A session of the bundled KB's WhatsApp problem started at `started_at` with `code`, and `fixes`
/// tried (fix id, outcome).
pub fn session(code: &str, started_at: u64, fixes: &[(&str, FixOutcome)]) -> Session {
    let kb = knowledge();
    let mut session = Session::new("mic_whatsapp", kb.devices[0].id, &kb.kb_version, started_at);
    session.set_case_code(code.to_owned());
    for (i, (fix, outcome)) in fixes.iter().enumerate() {
        session.record_fix(fix, *outcome, started_at + 1 + i as u64);
    }
    session
}

/// A real snapshot of a new case `code` started at `started_at` (no answers yet).
pub fn snapshot(code: &str, started_at: u64) -> Snapshot {
    static BASE: OnceLock<Snapshot> = OnceLock::new();
    let mut snapshot = BASE
        .get_or_init(|| {
            Snapshot::new(Language::English, knowledge(), &session("X", 0, &[]), 0).unwrap()
        })
        .clone();
    snapshot.report.session.started_at = started_at;
    snapshot.set_code(code.to_owned());
    snapshot
}

/// A snapshot of case `code` with `fixes` tried, written at `at`.
pub fn snapshot_with(
    code: &str,
    started_at: u64,
    fixes: &[(&str, FixOutcome)],
    at: u64,
) -> Snapshot {
    Snapshot::new(
        Language::English,
        knowledge(),
        &session(code, started_at, fixes),
        at,
    )
    .unwrap()
}

pub fn verdict(cause: &str, at: u64) -> TechnicianVerdict {
    TechnicianVerdict {
        cause: cause.into(),
        note: "lint in the bottom opening, \"cleaned\", mic fine".into(),
        staff: "Ana".into(),
        at,
    }
}

/// The snapshots of case `code`, oldest first.
pub fn snapshots(store: &dyn CaseStore, code: &str) -> Vec<Snapshot> {
    store
        .events(code)
        .unwrap()
        .into_iter()
        .filter_map(|event| match event.body {
            EventBody::Snapshot(snapshot) => Some(*snapshot),
            _ => None,
        })
        .collect()
}

/// A case keeps every event (nothing overwritten) and reads as its latest snapshot and verdict.
pub fn a_case_keeps_every_event(store: &mut dyn CaseStore) {
    store.create_case(1000, &snapshot("AB12", 1000)).unwrap();
    let later = snapshot_with("AB12", 1000, &[("fix_restart", FixOutcome::Fixed)], 1300);
    store.record_snapshot(1300, &later).unwrap();
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
    assert_eq!(case.snapshot.as_ref(), Some(&later), "read back as written");
    assert_eq!(case.outcome_kind().as_deref(), Some("fixed"));
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
    assert!(matches!(
        store.record_snapshot(5, &snapshot("ZZ99", 1)),
        Err(StoreError::NoSuchCase(_))
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
            .create_case(started, &snapshot(code, started))
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
    let failed = [("fix_restart", FixOutcome::Failed)];
    let fixed = [
        ("fix_restart", FixOutcome::Failed),
        ("fix_clean_port", FixOutcome::Fixed),
    ];
    store
        .create_case(10, &snapshot_with("V1", 10, &failed, 10))
        .unwrap();
    store
        .record_snapshot(20, &snapshot_with("V1", 10, &fixed, 20))
        .unwrap();
    store
        .record_verdict("V1", &verdict("mic_bottom_fault", 30))
        .unwrap();
    store
        .record_verdict("V1", &verdict("mic_port_blocked", 40))
        .unwrap();
    store.create_case(15, &snapshot("N2", 15)).unwrap();
    store.create_case(1, &snapshot("OLD", 1)).unwrap();
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
        "a snapshot without answers has no history"
    );
}

/// A confirmed case as a store at schema version 3 wrote it (before the history column), in SQL both
/// databases take: a snapshot whose history has two fixes, then a verdict.
#[must_use]
pub fn version_3_confirmed_case_sql() -> String {
    let fixes = [
        ("fix_restart", FixOutcome::Failed),
        ("fix_clean_port", FixOutcome::Fixed),
    ];
    let snapshot = old_snapshot_json(&snapshot_with("V3", 10, &fixes, 10));
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

/// `snapshot` as an older MicDoctor wrote it: no shape version, no code kept in the session.
pub fn old_snapshot_json(snapshot: &Snapshot) -> String {
    let mut value = serde_json::to_value(snapshot).unwrap();
    value.as_object_mut().unwrap().remove("snapshot_version");
    value["session"].as_object_mut().unwrap().remove("code");
    value.to_string().replace('\'', "''")
}

/// After the upgrade, the case [`version_3_confirmed_case_sql`] wrote reads as confirmed, with the
/// history the migration took out of its snapshot, and its snapshot reads as version 1.
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
    assert_eq!(
        fixes,
        [
            serde_json::json!("fix_restart"),
            serde_json::json!("fix_clean_port")
        ]
    );
    let old = &snapshots(store, "V3")[0];
    assert_eq!(old.snapshot_version, 1);
    assert_eq!(old.code(), "V3", "the case keeps its code");
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
    store.create_case(10, &snapshot("PK01", 10)).unwrap();
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
    assert!(case.snapshot.is_some(), "the snapshot still reads");
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
    store.create_case(1000, &snapshot("CD34", 1000)).unwrap();
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
        store.create_case(at, &snapshot(code, at)).unwrap();
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
            already_there: 0,
            renamed: Vec::new(),
        }
    );
    assert_eq!(
        import_jsonl(other, &file).unwrap(),
        Imported {
            events: 0,
            already_there: 3,
            renamed: Vec::new(),
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
    let case = other.case("GH78").unwrap().unwrap();
    let likely = case
        .snapshot
        .as_ref()
        .unwrap()
        .report
        .most_likely
        .as_ref()
        .unwrap()
        .id
        .to_string();
    // A note with quotes and commas stays one field.
    let expected = format!(
        "GH78,mic_whatsapp,1001,3000,{},{likely},other,\"lint in the bottom opening, \"\"cleaned\"\", mic fine\",Ana",
        case.outcome_kind().unwrap()
    );
    assert_eq!(lines[2], expected);
}

/// An old `cases.jsonl` case log comes in as snapshots, its cases keeping their derived codes; a line
/// that is neither form is named.
pub fn an_old_case_log_is_imported(store: &mut dyn CaseStore, dir: &Path) {
    let kb = knowledge();
    let finding = kb.problem("mic_whatsapp").unwrap().findings[0].clone();
    let mut session = session("X", 1_000, &[]);
    session.answer(&finding, Answer::Yes, 1_060);
    let snapshot = Snapshot::new(Language::English, kb, &session, 1_100).unwrap();
    let mut line: serde_json::Value =
        serde_json::from_str(&old_snapshot_json(&snapshot).replace("''", "'")).unwrap();
    let legacy = case_code::legacy_code("mic_whatsapp", 1_000);
    line["case_code"] = serde_json::json!(legacy);
    let log = dir.join("cases.jsonl");
    std::fs::write(&log, format!("{line}\n")).unwrap();

    let imported = import_jsonl(store, &log).unwrap();
    assert_eq!(imported.events, 1);
    let cases = store.cases(0).unwrap();
    assert_eq!(cases[0].code, legacy);
    assert_eq!(cases[0].started_at, 1_000);
    assert_eq!(cases[0].updated_at, 1_060);
    assert_eq!(
        cases[0].snapshot.as_ref().unwrap().session().case_code(),
        legacy,
        "an old session keeps its derived code"
    );

    let bad = dir.join("bad.jsonl");
    std::fs::write(&bad, "\n{\"hello\": 1}\n").unwrap();
    let err = import_jsonl(store, &bad).unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::ImportLine {
                line: 2,
                fault: LineFault::NotACase,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("bad.jsonl, line 2:"), "{err}");
}

/// Codes from a space of `size` codes (tests force clashes with it), by a seeded xorshift.
pub fn forced_codes(seed: u64, size: u64) -> impl FnMut() -> String + Send {
    let mut state = seed | 1;
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        case_code::from_bits(state % size)
    }
}

/// A code already taken is never merged into: two counters starting the same problem in the same second
/// with the same code (forced) get a clash, not one case; the case that clashed gets a new code, the
/// first keeps only its own events.
pub fn a_taken_code_is_never_merged(store: &mut dyn CaseStore) {
    let taken = case_code::from_bits(0);
    let first = snapshot(&taken, 500);
    store.create_case(500, &first).unwrap();
    // Another counter, the same problem, the same second, the same code.
    let mut second = snapshot(&taken, 500);
    second.report.session.kb_version = "the other counter".into();
    assert!(matches!(
        store.create_case(500, &second),
        Err(StoreError::CodeTaken { code }) if code == taken
    ));
    // A later snapshot of a case that is not this one (another start) is no part of it either.
    assert!(matches!(
        store.record_snapshot(600, &snapshot(&taken, 501)),
        Err(StoreError::CodeTaken { .. })
    ));
    assert_eq!(
        store.events(&taken).unwrap().len(),
        1,
        "nothing was written"
    );

    // Drawing again in a space of two codes: the second case gets the other one.
    let mut draws = vec![case_code::from_bits(0), case_code::from_bits(1)].into_iter();
    let renamed =
        create_case_drawing(store, &mut second, 500, &mut || draws.next().unwrap()).unwrap();
    assert_eq!(renamed.as_deref(), Some(taken.as_str()));
    assert_eq!(second.code(), case_code::from_bits(1));
    assert_eq!(
        second.session().case_code(),
        second.code(),
        "its session too"
    );
    let mine = snapshots(store, &taken);
    let theirs = snapshots(store, second.code());
    assert_eq!(mine, [first]);
    assert_eq!(theirs.len(), 1);
    assert_eq!(theirs[0].session().kb_version, "the other counter");
    assert_eq!(store.cases(0).unwrap().len(), 2);
    // With no code left, it says so and writes nothing.
    let mut third = snapshot(&taken, 500);
    let err =
        create_case_drawing(store, &mut third, 500, &mut || case_code::from_bits(1)).unwrap_err();
    assert!(matches!(err, StoreError::CodeTaken { .. }), "{err}");
    assert_eq!(store.cases(0).unwrap().len(), 2);
}

/// An import whose case has a code that is another case here comes in under a new code, named old → new;
/// the same file again adds nothing. A file whose last line is bad writes nothing, and the error names the
/// line and what is wrong with it, in words for people.
pub fn an_import_never_mixes_and_is_all_or_nothing(
    store: &mut dyn CaseStore,
    other: &mut dyn CaseStore,
    dir: &Path,
) {
    let code = "K7-4QF";
    store.create_case(100, &snapshot(code, 100)).unwrap();
    // Another counter's case with the same code (another start), with a verdict.
    other.create_case(200, &snapshot(code, 200)).unwrap();
    other.record_verdict(code, &verdict("other", 300)).unwrap();
    other.create_case(250, &snapshot("OTHER-1", 250)).unwrap();
    let mut jsonl = Vec::new();
    export_jsonl(other, 0, &mut jsonl).unwrap();
    let file = dir.join("theirs.jsonl");
    std::fs::write(&file, &jsonl).unwrap();

    let new_code = case_code::from_bits(7);
    let mut draw = {
        let new_code = new_code.clone();
        move || new_code.clone()
    };
    let imported = import_jsonl_drawing(store, &file, &mut draw).unwrap();
    assert_eq!(imported.renamed, [(code.to_owned(), new_code.clone())]);
    assert_eq!(imported.events, 3);
    let ours = store.case(code).unwrap().unwrap();
    assert_eq!(ours.started_at, 100);
    assert_eq!(store.events(code).unwrap().len(), 1, "ours is untouched");
    let theirs = store.case(&new_code).unwrap().unwrap();
    assert_eq!(theirs.started_at, 200);
    assert_eq!(theirs.verdict.unwrap().cause, "other");
    assert_eq!(theirs.snapshot.as_ref().unwrap().code(), new_code);
    assert_eq!(
        theirs.snapshot.as_ref().unwrap().session().case_code(),
        new_code
    );
    // Again: found where it went, nothing added, no new code.
    let again = import_jsonl_drawing(store, &file, &mut || case_code::from_bits(9)).unwrap();
    assert_eq!((again.events, again.already_there), (0, 3));
    assert!(again.renamed.is_empty());
    assert_eq!(store.cases(0).unwrap().len(), 3);

    // Two good lines, then a verdict without `staff`: nothing of the file is written.
    let before = store.cases(0).unwrap();
    let good = |code: &str, at: u64| {
        let mut line = serde_json::json!({
            "code": code, "problem": "mic_whatsapp", "started_at": at, "events": [{
                "seq": 1, "code": code, "at": at, "kind": "snapshot", "staff": null,
                "body": serde_json::to_value(snapshot(code, at)).unwrap()
            }]
        });
        line["events"][0]["body"]["case_code"] = serde_json::json!(code);
        line.to_string()
    };
    let mut bad_verdict = serde_json::to_value(verdict("other", 700)).unwrap();
    bad_verdict.as_object_mut().unwrap().remove("staff");
    let last = serde_json::json!({
        "code": "BAD-1", "problem": "mic_whatsapp", "started_at": 700, "events": [
            { "seq": 1, "code": "BAD-1", "at": 700, "kind": "verdict", "staff": "Ana", "body": bad_verdict }
        ]
    });
    let file = dir.join("bad-last.jsonl");
    std::fs::write(
        &file,
        format!("{}\n{}\n{last}\n", good("GOOD-1", 600), good("GOOD-2", 650)),
    )
    .unwrap();
    let err = import_jsonl(store, &file).unwrap_err();
    assert!(
        matches!(&err, StoreError::ImportLine { line: 3, fault: LineFault::Needs { field, .. }, .. } if field == "staff"),
        "{err:?}"
    );
    let words = err.in_words(Language::English);
    assert!(words.contains("line 3: a verdict needs `staff`"), "{words}");
    assert!(
        words.contains("Nothing of the file was imported"),
        "{words}"
    );
    let palavras = err.in_words(Language::PortugueseBrazil);
    assert!(
        palavras.contains("linha 3: um laudo precisa de `staff`"),
        "{palavras}"
    );
    let in_spanish = err.in_words(Language::Spanish);
    assert!(in_spanish.contains("línea 3:"), "{in_spanish}");
    assert_eq!(store.cases(0).unwrap(), before, "nothing was written");
    assert!(store.case("GOOD-1").unwrap().is_none());

    // An event of a kind no MicDoctor knows, on the last line: named too, nothing written.
    let unknown = last
        .to_string()
        .replace("\"kind\":\"verdict\"", "\"kind\":\"gossip\"");
    std::fs::write(&file, format!("{}\n{unknown}\n", good("GOOD-1", 600))).unwrap();
    let err = import_jsonl(store, &file).unwrap_err();
    assert!(
        matches!(&err, StoreError::ImportLine { line: 2, fault: LineFault::UnknownKind { kind, .. }, .. } if kind == "gossip"),
        "{err:?}"
    );
    assert!(store.case("GOOD-1").unwrap().is_none());
}

/// Two counters creating cases at once, their codes forced into a small space so that they clash: every
/// case is one counter's, with its own two snapshots and nothing else. `open` opens a store of its own
/// for each counter.
pub fn two_writers_at_once_merge_nothing(open: &(dyn Fn() -> Box<dyn CaseStore> + Sync)) {
    const EACH: u64 = 25;
    let draws = std::sync::atomic::AtomicUsize::new(0);
    let written: Vec<Vec<String>> = std::thread::scope(|scope| {
        let writers: Vec<_> = (0..2_u64)
            .map(|counter| {
                let draws = &draws;
                scope.spawn(move || {
                    let mut store = open();
                    let mut codes = forced_codes(counter + 1, 128);
                    let mut mine = Vec::new();
                    for i in 0..EACH {
                        let mut first = snapshot(&codes(), 1_000 + i);
                        first.report.session.kb_version = format!("counter {counter} case {i}");
                        let mut draw = || {
                            draws.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            codes()
                        };
                        create_case_drawing(store.as_mut(), &mut first, 1_000 + i, &mut draw)
                            .unwrap();
                        store.record_snapshot(2_000 + i, &first).unwrap();
                        mine.push(first.code().to_owned());
                    }
                    mine
                })
            })
            .collect();
        writers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    let store = open();
    assert_eq!(store.cases(0).unwrap().len(), 2 * EACH as usize);
    // Each case kept the code its counter ended up with, and no two counters ended up with the same one.
    let every: std::collections::BTreeSet<&String> = written.iter().flatten().collect();
    assert_eq!(every.len(), 2 * EACH as usize, "two cases share a code");
    for (counter, codes) in written.iter().enumerate() {
        for (i, code) in codes.iter().enumerate() {
            let mine = snapshots(store.as_ref(), code);
            assert_eq!(mine.len(), 2, "{code}");
            for snapshot in mine {
                assert_eq!(
                    snapshot.session().kb_version,
                    format!("counter {counter} case {i}"),
                    "{code} holds another case's snapshot"
                );
                assert_eq!(snapshot.code(), code, "a snapshot names another code");
                assert_eq!(
                    &snapshot.session().case_code(),
                    code,
                    "the case's own session does not know the code it is stored under"
                );
            }
        }
    }
    assert!(
        draws.load(std::sync::atomic::Ordering::Relaxed) > 0,
        "the codes never clashed: the test proved nothing"
    );
}

/// The child half of a kill test: writes cases to `MICDOCTOR_STORE_CHILD` until it is killed.
pub fn write_until_killed() {
    let Some(location) = std::env::var("MICDOCTOR_STORE_CHILD").ok() else {
        return;
    };
    let mut store = micdoctor_store::open(&StoreLocation::parse(&location)).unwrap();
    let mut big = snapshot("K", 0);
    big.report.session.kb_version = "x".repeat(20_000);
    for i in 0_u64.. {
        let mut body = big.clone();
        body.report.session.started_at = i;
        body.set_code(format!("K{i:05}"));
        store.create_case(i, &body).unwrap();
        store.record_snapshot(i + 1, &body).unwrap();
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
        std::thread::sleep(std::time::Duration::from_millis(600 + 150 * round));
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
            assert_eq!(
                case.snapshot.as_ref().unwrap().session().kb_version.len(),
                20_000
            );
        }
        before = cases.len();
    }
    assert!(before > 0, "the writer wrote nothing");
}
