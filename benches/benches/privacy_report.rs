//! Reading an App Privacy Report from memory: a generated 10 MB report of about 40,000 lines, nine in ten
//! of them network lines as in real files (target: ≤ 100 ms in release), and a week's 2 MB.

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use micdoctor_core::privacy_report::{MAX_REPORT_BYTES, Recognised, read_report_from, summarize};

#[path = "support/synthetic_report.rs"]
mod synthetic_report;

fn read(c: &mut Criterion) {
    let mut group = c.benchmark_group("privacy_report/read");
    group.sample_size(20);
    let mut reports = Vec::new();
    for (megabytes, uses) in [(2, 400), (10, 2000)] {
        let mut bytes = Vec::new();
        let (lines, _) = synthetic_report::write_report(&mut bytes, megabytes * 1_000_000, uses, 7)
            .expect("written");
        let report = read_report_from(bytes.as_slice(), Path::new("bench"), MAX_REPORT_BYTES)
            .expect("the synthetic report reads");
        eprintln!(
            "{megabytes} MB: {} bytes, {lines} lines, {} access, {} network",
            bytes.len(),
            report.access_lines,
            report.network_lines
        );
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("megabytes", megabytes),
            &bytes,
            |b, bytes| {
                b.iter(|| {
                    read_report_from(
                        black_box(bytes.as_slice()),
                        Path::new("bench"),
                        MAX_REPORT_BYTES,
                    )
                    .expect("reads")
                });
            },
        );
        reports.push((megabytes, report));
    }
    group.finish();
    // The summary works on what was read, whatever the file's size: no throughput in bytes.
    let mut group = c.benchmark_group("privacy_report/summary");
    for (megabytes, report) in &reports {
        group.bench_with_input(
            BenchmarkId::new("megabytes", megabytes),
            report,
            |b, report| {
                b.iter(|| summarize(black_box(report), None, &Recognised::new()));
            },
        );
    }
    group.finish();
}

criterion_group!(benches, read);
criterion_main!(benches);
