//! Prints how long writing one case snapshot takes in the SQLite store (WAL, full syncs: each write is on
//! disk when it returns): median and 99th percentile over many writes of a realistic case report.
//!
//!     cargo run --release -p micdoctor-store --example write_latency [WRITES] [DIR]
#![allow(
    clippy::unwrap_used,
    reason = "a measuring script should stop loudly at the line that broke"
)]

use std::time::Instant;

use micdoctor_store::{CaseStore, SqliteStore};

fn main() {
    let mut args = std::env::args().skip(1);
    let writes: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let dir = args.next().map_or_else(std::env::temp_dir, Into::into);
    let path = dir.join(format!(
        "micdoctor-write-latency-{}.sqlite",
        std::process::id()
    ));
    let mut store = SqliteStore::open(&path).unwrap();
    // About the size of a real case report with a few answers and a recording (12 KB).
    let report = serde_json::json!({
        "case_code": "AB-CDE",
        "outcome": { "kind": "technician" },
        "padding": "x".repeat(12_000),
    });
    let mut times = Vec::with_capacity(writes);
    for i in 0..writes {
        let code = format!("C{:05}", i / 2);
        let started = Instant::now();
        store
            .record_snapshot(&code, "mic_whatsapp", i as u64, i as u64, &report)
            .unwrap();
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
