//! Fills a SQLite case store with many real-sized cases (each a snapshot the app would write — a session
//! with answers and two failed fixes — and a technician's verdict), then prints how long finding one
//! takes: by its exact code (the scanner) and by the start of a code (the staff desk's search). Leaves the
//! file for `scripts/store_speed.sh` to time `micdoctor learn` on it.
//!
//!     cargo run --release -p micdoctor-benches --example store_speed [CASES] [FILE]
#![allow(
    clippy::unwrap_used,
    reason = "a measuring script should stop loudly at the line that broke"
)]

use std::path::PathBuf;
use std::time::Instant;

use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::session::{Answer, FixOutcome, Session};
use micdoctor_store::{CaseStore, SqliteStore, TechnicianVerdict};

fn main() {
    let mut args = std::env::args().skip(1);
    let count: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let path: PathBuf = args.next().map_or_else(
        || {
            std::env::temp_dir().join(format!(
                "micdoctor-store-speed-{}.sqlite",
                std::process::id()
            ))
        },
        Into::into,
    );
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }

    // One real case report, as the app writes it.
    let kb = micdoctor_core::kb::bundled(&BundledIllustrations).unwrap();
    let problem = kb.problem("mic_whatsapp").unwrap();
    let mut session = Session::new("mic_whatsapp", kb.devices[0].id, &kb.kb_version, 1_000);
    for finding in problem.findings.iter().take(4) {
        session.answer(finding, Answer::No, 1_010);
    }
    for fix in problem.fixes.iter().take(2) {
        session.record_fix(fix, FixOutcome::Failed, 1_100);
    }
    let report = serde_json::to_value(
        micdoctor_store::Snapshot::new(
            micdoctor_core::i18n::Language::English,
            &kb,
            &session,
            1_200,
        )
        .unwrap(),
    )
    .unwrap();
    let causes: Vec<String> = problem.causes.iter().map(ToString::to_string).collect();
    let bytes = report.to_string().len();

    let started = Instant::now();
    drop(SqliteStore::open(&path).unwrap());
    // Filled in one transaction straight into the schema: this measures reading, not writing (that is
    // `write_latency`'s job).
    let mut conn = rusqlite::Connection::open(&path).unwrap();
    let tx = conn.transaction().unwrap();
    let body = report.to_string();
    for i in 0..count {
        let code = format!("{:03}-{:05}", i % 997, i);
        let at = 1_700_000_000 + i64::try_from(i).unwrap() * 60;
        let cause = &causes[usize::try_from(i).unwrap() % causes.len()];
        let verdict = serde_json::to_string(&TechnicianVerdict {
            cause: cause.clone(),
            note: String::new(),
            staff: "Ana".into(),
            at: u64::try_from(at).unwrap() + 600,
        })
        .unwrap();
        tx.execute(
            "INSERT INTO cases (code, problem, started_at) VALUES (?1, 'mic_whatsapp', ?2)",
            rusqlite::params![code, at],
        )
        .unwrap();
        tx.execute(
            "INSERT INTO case_events (code, at, kind, staff, body) VALUES (?1, ?2, 'snapshot', NULL, ?3), \
             (?1, ?4, 'verdict', 'Ana', ?5)",
            rusqlite::params![code, at, body, at + 600, verdict],
        )
        .unwrap();
    }
    tx.commit().unwrap();
    drop(conn);
    let store = SqliteStore::open(&path).unwrap();
    println!(
        "filled {count} cases ({bytes} bytes of report each) in {:.1} s: {}",
        started.elapsed().as_secs_f64(),
        path.display()
    );

    let mut exact = Vec::new();
    for i in 0..1000_u64 {
        let j = (i * 7919) % count;
        let code = format!("{:03}-{:05}", j % 997, j);
        let started = Instant::now();
        let found = store.case(&code).unwrap();
        exact.push(started.elapsed().as_secs_f64() * 1000.0);
        assert!(found.is_some(), "{code}");
    }
    let mut part = Vec::new();
    for i in 0..100_u64 {
        let started = Instant::now();
        let found = store
            .search(&format!("{:03}-", (i * 7 + 13) % 997), 0, u64::MAX, 50)
            .unwrap();
        part.push(started.elapsed().as_secs_f64() * 1000.0);
        assert!(!found.is_empty());
    }
    println!("by exact code (1,000 lookups): {}", summary(&mut exact));
    println!(
        "by the start of a code (100 searches, 50 of ~100 shown): {}",
        summary(&mut part)
    );
    println!("target: searching {count} cases by code <= 10 ms");
}

/// Median, 99th percentile and maximum of `times` (ms).
fn summary(times: &mut [f64]) -> String {
    times.sort_by(f64::total_cmp);
    let at = |per_mille: usize| times[(times.len() - 1) * per_mille / 1000];
    format!(
        "median {:.3} ms, p99 {:.3} ms, max {:.3} ms",
        at(500),
        at(990),
        at(1000)
    )
}
