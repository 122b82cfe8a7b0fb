//! Judges a recording benchmark made by `scripts/recording_benchmark.sh` and prints how the judge did:
//! the confusion matrix (true class × the class the verdicts are read as, `micdoctor_recording::benchmark`
//! says how) with each class's recall, for the whole set and for its tuning and held-out splits; the
//! clean files called faulty; each condition and encoding; the muffled files by how far their high band
//! fell, and those 15 dB or more down that were called clean (there must be none).
//!
//! ```text
//! cargo run --release -p micdoctor-benches --example recording_benchmark -- DIR [--json]
//! ```
//!
//! Exits 1 when a target is missed: a fault class under 95 % recall, over 2 % of clean files called
//! faulty, or a muffled file 15 dB or more down called clean; 2 when a file cannot be read.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use micdoctor_recording::benchmark::{
    CLASSES, Confusion, Label, class_name, judged_class, read_labels,
};
use micdoctor_recording::{Figures, Verdict, analyze_file};
use serde::Serialize;

/// A fault class must be named in at least this share of its files.
const RECALL_TARGET: f64 = 0.95;
/// At most this share of clean files may be called faulty.
const FALSE_ALARM_TARGET: f64 = 0.02;
/// A muffled file whose high band fell this much (dB) must never be called clean.
const NEVER_CLEAN_DROP_DB: f64 = 15.0;
/// The bins of the muffled-by-drop table (dB).
const DROP_BINS: [(f64, f64); 6] = [
    (f64::NEG_INFINITY, 5.0),
    (5.0, 10.0),
    (10.0, 15.0),
    (15.0, 20.0),
    (20.0, 30.0),
    (30.0, f64::INFINITY),
];

#[derive(Serialize)]
struct Outcome {
    #[serde(flatten)]
    label: Label,
    judged: &'static str,
    verdicts: Vec<&'static str>,
    bandwidth_hz: f64,
    figures: Figures,
}

#[derive(Serialize)]
struct SplitReport {
    split: String,
    files: usize,
    confusion: Confusion,
    recall: BTreeMap<&'static str, f64>,
    clean_false_alarms: Option<f64>,
}

#[derive(Serialize, Default)]
struct DropBin {
    from_db: Option<f64>,
    to_db: Option<f64>,
    files: usize,
    called_muffled: usize,
    called_clean: usize,
}

#[derive(Serialize)]
struct Report {
    classes: Vec<&'static str>,
    splits: Vec<SplitReport>,
    muffled_by_drop: Vec<DropBin>,
    muffled_far_down_called_clean: Vec<String>,
    targets_met: bool,
    files: Vec<Outcome>,
}

fn split_report(name: &str, files: &[&Outcome]) -> SplitReport {
    let mut confusion = Confusion::default();
    for f in files.iter().filter(|f| f.label.scored) {
        let verdicts: Vec<Verdict> = f
            .verdicts
            .iter()
            .filter_map(|v| micdoctor_recording::benchmark::class_of(v))
            .collect();
        confusion.add(f.label.truth, &verdicts);
    }
    let recall = CLASSES
        .into_iter()
        .filter_map(|c| Some((class_name(c), confusion.recall(c)?)))
        .collect();
    SplitReport {
        split: name.to_owned(),
        files: files.iter().filter(|f| f.label.scored).count(),
        clean_false_alarms: confusion.clean_false_alarms(),
        confusion,
        recall,
    }
}

fn percent(x: f64) -> String {
    format!("{:.1} %", x * 100.0)
}

fn main() -> ExitCode {
    let mut json = false;
    let mut dir = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                println!(
                    "usage: recording_benchmark DIR [--json]  (DIR holds labels.csv and the files)"
                );
                return ExitCode::SUCCESS;
            }
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    let dir = dir.unwrap_or_else(|| PathBuf::from("target/recording-benchmark"));
    let labels = match read_labels(&dir) {
        Ok(labels) => labels,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let mut files = Vec::with_capacity(labels.len());
    for label in labels {
        let measurement = match analyze_file(&dir.join(&label.file), &mut |_| {}) {
            Ok(m) => m,
            Err(e) => {
                eprintln!("{}: {e}", label.file);
                return ExitCode::from(2);
            }
        };
        let verdicts = measurement.judgement().verdicts;
        files.push(Outcome {
            judged: class_name(judged_class(&verdicts, label.truth)),
            verdicts: verdicts.iter().map(|&v| class_name(v)).collect(),
            bandwidth_hz: measurement.bandwidth_hz,
            figures: measurement.figures,
            label,
        });
    }

    let all: Vec<&Outcome> = files.iter().collect();
    let mut splits = vec![split_report("all", &all)];
    let mut names: Vec<&str> = files.iter().map(|f| f.label.split.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    if names.len() > 1 {
        for name in names {
            let part: Vec<&Outcome> = files.iter().filter(|f| f.label.split == name).collect();
            splits.push(split_report(name, &part));
        }
    }
    let muffled: Vec<&Outcome> = files
        .iter()
        .filter(|f| f.label.truth == Verdict::RecordingMuffled)
        .collect();
    let muffled_by_drop: Vec<DropBin> = DROP_BINS
        .iter()
        .map(|&(from, to)| {
            let inside: Vec<&&Outcome> = muffled
                .iter()
                .filter(|f| {
                    f.label
                        .high_band_drop_db
                        .is_some_and(|d| d >= from && d < to)
                })
                .collect();
            DropBin {
                from_db: from.is_finite().then_some(from),
                to_db: to.is_finite().then_some(to),
                files: inside.len(),
                called_muffled: inside
                    .iter()
                    .filter(|f| f.verdicts.contains(&"muffled"))
                    .count(),
                called_clean: inside.iter().filter(|f| f.judged == "clean").count(),
            }
        })
        .collect();
    let far_down_clean: Vec<String> = muffled
        .iter()
        .filter(|f| {
            f.judged == "clean"
                && f.label
                    .high_band_drop_db
                    .is_some_and(|d| d >= NEVER_CLEAN_DROP_DB)
        })
        .map(|f| f.label.file.clone())
        .collect();
    let whole = &splits[0];
    let recall_met = CLASSES
        .into_iter()
        .filter(|&c| c != Verdict::RecordingClean)
        .all(|c| whole.confusion.recall(c).is_none_or(|r| r >= RECALL_TARGET));
    let false_alarms_met = whole
        .clean_false_alarms
        .is_none_or(|r| r <= FALSE_ALARM_TARGET);
    let targets_met = recall_met && false_alarms_met && far_down_clean.is_empty();

    if json {
        let report = Report {
            classes: CLASSES.iter().map(|&c| class_name(c)).collect(),
            splits,
            muffled_by_drop,
            muffled_far_down_called_clean: far_down_clean,
            targets_met,
            files,
        };
        match serde_json::to_string_pretty(&report) {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        }
    } else {
        print_text(&files, &splits, &muffled_by_drop, &far_down_clean);
        println!(
            "targets (every fault ≥ 95 %, clean false alarms ≤ 2 %, no muffled ≥ 15 dB called clean): {}",
            if targets_met { "met" } else { "MISSED" }
        );
    }
    if targets_met {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn print_text(
    files: &[Outcome],
    splits: &[SplitReport],
    muffled_by_drop: &[DropBin],
    far_down_clean: &[String],
) {
    for split in splits {
        println!("== {} ({} files)", split.split, split.files);
        print!("{}", split.confusion.table());
        if let Some(rate) = split.clean_false_alarms {
            println!("clean called faulty: {}", percent(rate));
        }
        println!();
    }
    // What else the right judgements named: a noisy recording also called very quiet, and so on.
    let whole = &splits[0].confusion;
    println!("named beside a right judgement (all files)");
    for (t, truth) in CLASSES.into_iter().enumerate() {
        let extra: Vec<String> = CLASSES
            .into_iter()
            .enumerate()
            .filter(|&(v, _)| whole.extra[t][v] > 0)
            .map(|(v, class)| format!("{} {}", class_name(class), whole.extra[t][v]))
            .collect();
        if !extra.is_empty() {
            println!("  {:<11} {}", class_name(truth), extra.join(", "));
        }
    }
    println!();
    // By condition and by encoding: where the misses are.
    for (title, key) in [
        (
            "condition",
            (|f: &Outcome| f.label.condition.clone()) as fn(&Outcome) -> String,
        ),
        ("encoding", |f: &Outcome| f.label.encoding.clone()),
    ] {
        let mut groups: BTreeMap<String, (usize, usize, BTreeMap<&str, usize>)> = BTreeMap::new();
        for f in files.iter().filter(|f| f.label.scored) {
            let entry = groups.entry(key(f)).or_default();
            entry.0 += 1;
            if f.judged == class_name(f.label.truth) {
                entry.1 += 1;
            } else {
                *entry.2.entry(f.judged).or_default() += 1;
            }
        }
        println!("{title:<14} files  right  wrong as");
        for (name, (total, right, wrong)) in groups {
            let wrong: Vec<String> = wrong.iter().map(|(k, n)| format!("{k} {n}")).collect();
            println!(
                "{name:<14} {total:>5}  {:>7}  {}",
                percent(right as f64 / total as f64),
                wrong.join(", ")
            );
        }
        println!();
    }
    println!(
        "muffled by high-band drop   files  called muffled  called clean   (under 10 dB: slightly muffled, not scored)"
    );
    for bin in muffled_by_drop {
        let range = match (bin.from_db, bin.to_db) {
            (None, Some(to)) => format!("under {to:.0} dB"),
            (Some(from), Some(to)) => format!("{from:.0}–{to:.0} dB"),
            (Some(from), None) => format!("{from:.0} dB or more"),
            (None, None) => "any".to_owned(),
        };
        println!(
            "{range:<26} {:>6}  {:>14}  {:>12}",
            bin.files, bin.called_muffled, bin.called_clean
        );
    }
    if far_down_clean.is_empty() {
        println!("muffled 15 dB or more down and called clean: none");
    } else {
        println!(
            "muffled 15 dB or more down and called clean: {}",
            far_down_clean.join(", ")
        );
    }
    let wrong: Vec<&Outcome> = files
        .iter()
        .filter(|f| f.label.scored && f.judged != class_name(f.label.truth))
        .collect();
    if !wrong.is_empty() {
        println!("\nwrong ({}):", wrong.len());
        for f in wrong {
            let g = &f.figures;
            println!(
                "  {:<32} {:<8} as {:<10} {:?}  level {:.1} snr {:.1} high {:.1} crest {:.1} clip {:.3} drops {}",
                f.label.file,
                class_name(f.label.truth),
                f.judged,
                f.verdicts,
                g.active_level_dbfs,
                g.snr_db,
                g.high_band_db,
                g.crest_db,
                g.clipped_share,
                g.dropouts
            );
        }
    }
}
