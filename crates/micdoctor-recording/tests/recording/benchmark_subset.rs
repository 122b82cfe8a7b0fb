//! The recording benchmark's committed subset (`tests/fixtures/benchmark/`, made by
//! `scripts/recording_benchmark.sh --subset`): two voices in two languages, every condition, each in two
//! of a phone's encodings. Every scored file must be called its true class; the confusion matrix is
//! printed (`cargo test -p micdoctor-recording --test benchmark_subset -- --nocapture`).

use std::path::PathBuf;

use micdoctor_recording::analyze_file;
use micdoctor_recording::benchmark::{Confusion, class_name, judged_class, read_labels};

#[test]
fn every_file_of_the_subset_is_called_its_true_class() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/benchmark");
    let labels = read_labels(&dir).unwrap_or_else(|e| panic!("{e}"));
    assert!(labels.len() >= 40, "{} files", labels.len());
    let mut confusion = Confusion::default();
    let mut wrong = Vec::new();
    for label in &labels {
        let measurement =
            analyze_file(&dir.join(&label.file), &mut |_| {}).unwrap_or_else(|e| panic!("{e}"));
        let verdicts = measurement.judgement().verdicts;
        let judged = judged_class(&verdicts, label.truth);
        println!(
            "{:<36} {:<17} {:?} high band {:.1} dB{}",
            label.file,
            label.condition,
            verdicts,
            measurement.figures.high_band_db,
            label
                .high_band_drop_db
                .map_or_else(String::new, |d| format!(
                    " ({d:.1} dB under its clean take)"
                ))
        );
        if !label.scored {
            continue;
        }
        confusion.add(label.truth, &verdicts);
        if judged != label.truth {
            wrong.push(format!(
                "{}: {} called {} ({verdicts:?})",
                label.file,
                class_name(label.truth),
                class_name(judged)
            ));
        }
    }
    println!("{}", confusion.table());
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
