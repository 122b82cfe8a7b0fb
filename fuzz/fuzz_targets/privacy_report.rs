//! Fuzzes the App Privacy Report reader: any bytes → `read_report_from` (1 MiB cap), then the summary and
//! the kept evidence. Never a panic; every interval inside the report's window and in order; the summary
//! counts every WhatsApp use once; the kept evidence goes through JSON and gives the same summary back;
//! an error names the file and has words. `crates/micdoctor-core/tests/privacy_report.rs` replays the
//! corpus through the same checks.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use micdoctor_core::i18n::Language;
use micdoctor_core::privacy_report::{
    KeptEvidence, Recognised, Sensor, kept_evidence, read_report_from, summarize, whatsapp_uses,
};

fuzz_target!(|data: &[u8]| {
    let report = match read_report_from(data, Path::new("fuzz.ndjson"), 1 << 20) {
        Ok(report) => report,
        Err(err) => {
            assert!(err.to_string().contains("fuzz.ndjson"), "{err}");
            assert!(!err.in_language(Language::Spanish).is_empty());
            return;
        }
    };
    if let Some(window) = report.window {
        assert!(window.first <= window.last);
        for uses in &report.uses {
            for pair in uses.intervals.windows(2) {
                assert!(pair[0].start <= pair[1].start);
            }
            for interval in &uses.intervals {
                assert!(window.first <= interval.start && interval.start <= interval.end);
                assert!(interval.end <= window.last);
            }
        }
    } else {
        assert!(report.uses.is_empty());
    }
    assert!(
        report
            .uses
            .windows(2)
            .all(|pair| (&pair[0].app, pair[0].sensor) < (&pair[1].app, pair[1].sensor))
    );
    let mark = report.window.map(|w| w.first);
    let summary = summarize(&report, mark, &Recognised::new());
    let uses = whatsapp_uses(&report);
    assert_eq!(summary.unexplained.len(), uses.len());
    let counted: usize = Sensor::ALL.iter().map(|&s| summary.figures(s).uses).sum();
    assert_eq!(counted, uses.len());
    let kept = kept_evidence(&report, mark, &Recognised::new());
    let json = serde_json::to_string(&kept).expect("kept evidence serialises");
    let again: KeptEvidence = serde_json::from_str(&json).expect("and loads back");
    assert_eq!(again.summary(), summary);
});
