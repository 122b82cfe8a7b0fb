//! How much memory reading an App Privacy Report takes, for `docs/privacy-report.md`:
//!
//! ```console
//! # write a report of MB megabytes with USES sensor uses (the rest network lines)
//! cargo run --release -p micdoctor-benches --example privacy_report_memory -- write FILE MB USES
//! # read it and print the peak memory (VmHWM) before and after, the counts and the time
//! cargo run --release -p micdoctor-benches --example privacy_report_memory -- read FILE
//! ```
//!
//! Each file is read in a process of its own, so that each peak is that file's alone.

use std::io::BufWriter;
use std::path::Path;
use std::time::Instant;

use micdoctor_core::privacy_report::read_report;

#[path = "../benches/support/synthetic_report.rs"]
mod synthetic_report;

/// The process's peak resident memory so far, in KiB (Linux's `VmHWM`; 0 elsewhere).
fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("VmHWM:"))
                .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["write", file, megabytes, uses] => {
            let mut out = BufWriter::new(std::fs::File::create(file)?);
            let (lines, bytes) = synthetic_report::write_report(
                &mut out,
                megabytes.parse::<u64>()? * 1_000_000,
                uses.parse()?,
                7,
            )?;
            println!("{file}: {bytes} bytes, {lines} lines");
        }
        ["read", file] => {
            let before = peak_kib();
            let started = Instant::now();
            let report = read_report(Path::new(file))?;
            let elapsed = started.elapsed();
            let after = peak_kib();
            println!(
                "{file}: {} access lines, {} network lines, {} skipped; {:.1} ms; peak {before} KiB before, {after} KiB after: +{} KiB",
                report.access_lines,
                report.network_lines,
                report.skipped_lines,
                elapsed.as_secs_f64() * 1000.0,
                after.saturating_sub(before)
            );
        }
        _ => {
            eprintln!("usage: privacy_report_memory write FILE MB USES | read FILE");
            std::process::exit(2);
        }
    }
    Ok(())
}
