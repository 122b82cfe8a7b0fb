//! Prints how long writing one case snapshot takes in the SQLite store (WAL, full syncs: each write is on
//! disk when it returns): median and 99th percentile over many writes of a realistic case report.
//!
//!     cargo run --release -p micdoctor-benches --example write_latency [WRITES] [DIR]
#![allow(
    clippy::unwrap_used,
    reason = "a measuring script should stop loudly at the line that broke"
)]

use std::time::Instant;

use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::i18n::Language;
use micdoctor_core::session::{Answer, Session};
use micdoctor_store::{CaseStore, Snapshot, SqliteStore};

fn main() {
    let mut args = std::env::args().skip(1);
    let writes: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let dir = args.next().map_or_else(std::env::temp_dir, Into::into);
    let path = dir.join(format!(
        "micdoctor-write-latency-{}.sqlite",
        std::process::id()
    ));
    let mut store = SqliteStore::open(&path).unwrap();
    // A real case report with a few answers, as the app writes it.
    let kb = micdoctor_core::kb::bundled(&BundledIllustrations).unwrap();
    let problem = kb.problem("mic_whatsapp").unwrap();
    let mut session = Session::new("mic_whatsapp", kb.devices[0].id, &kb.kb_version, 0);
    for finding in problem.findings.iter().take(4) {
        session.answer(finding, Answer::No, 10);
    }
    let snapshot = Snapshot::new(Language::English, &kb, &session, 20).unwrap();
    println!(
        "a snapshot of {} bytes",
        serde_json::to_string(&snapshot).unwrap().len()
    );
    let mut times = Vec::with_capacity(writes);
    let mut case = snapshot.clone();
    for i in 0..writes {
        // Each case written at its start and once more at its outcome.
        let started = Instant::now();
        if i % 2 == 0 {
            case = snapshot.clone();
            case.set_code(micdoctor_core::case_code::draw());
            micdoctor_store::create_case(&mut store, &mut case, i as u64).unwrap();
        } else {
            store.record_snapshot(i as u64, &case).unwrap();
        }
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    // The value at `per_mille` thousandths of the way through the sorted times.
    let at = |per_mille: usize| times[(times.len() - 1) * per_mille / 1000];
    println!(
        "{writes} writes to {}: median {:.2} ms, p99 {:.2} ms, max {:.2} ms (target: p99 <= 5 ms)",
        path.display(),
        at(500),
        at(990),
        at(1000)
    );
    drop(store);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}
