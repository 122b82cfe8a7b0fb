//! Scoring the judge on a labelled set of recordings (`scripts/recording_benchmark.sh` makes one; the
//! committed subset is in `tests/fixtures/benchmark/`): each file's true class against the class its
//! verdicts are read as, counted in a confusion matrix. `docs/recording.md` has the figures.
//!
//! A judgement can carry several verdicts (a quiet recording is often noisy too). It is read as one class:
//! the file's true class when that verdict is among them, otherwise the first of [`PRIORITY`] shown. So a
//! clean file is right only when it is judged clean and nothing else, and a fault is right when it is
//! named, whatever else is named beside it ([`Confusion::extra`] counts those others).

use std::fmt::Write as _;
use std::path::Path;

use micdoctor_core::recording::Verdict;
use serde::Serialize;

/// The class a judgement is read as when the true one is not among its verdicts: the most specific
/// first. Silence excludes the rest; clipping and gaps are plain in the waveform; muffling is in the
/// spectrum; a quiet voice is often noisy too, so noisy comes last of the faults.
pub const PRIORITY: [Verdict; 7] = [
    Verdict::RecordingSilent,
    Verdict::RecordingClipped,
    Verdict::RecordingDropouts,
    Verdict::RecordingMuffled,
    Verdict::RecordingVeryQuiet,
    Verdict::RecordingNoisy,
    Verdict::RecordingClean,
];

/// The classes in the order tables list them.
pub const CLASSES: [Verdict; 7] = [
    Verdict::RecordingClean,
    Verdict::RecordingSilent,
    Verdict::RecordingVeryQuiet,
    Verdict::RecordingMuffled,
    Verdict::RecordingClipped,
    Verdict::RecordingNoisy,
    Verdict::RecordingDropouts,
];

/// The true class `labels.csv` gives a muffled file whose high band fell by less than 10 dB: shown, not
/// scored.
pub const SLIGHTLY_MUFFLED: &str = "slightly_muffled";

/// A class's short name as `labels.csv` writes it: `clean`, `very_quiet`…
#[must_use]
pub fn class_name(class: Verdict) -> &'static str {
    class
        .finding_id()
        .strip_prefix("recording_")
        .unwrap_or_else(|| class.finding_id())
}

/// The class a short name stands for.
#[must_use]
pub fn class_of(name: &str) -> Option<Verdict> {
    CLASSES.into_iter().find(|&c| class_name(c) == name)
}

/// The one class a judgement is read as, for a file whose true class is `truth`.
#[must_use]
pub fn judged_class(verdicts: &[Verdict], truth: Verdict) -> Verdict {
    if verdicts.contains(&truth) {
        return truth;
    }
    PRIORITY
        .into_iter()
        .find(|v| verdicts.contains(v))
        .unwrap_or(Verdict::RecordingClean)
}

/// One row of `labels.csv`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Label {
    pub file: String,
    /// `tune`, `held_out` or `subset`.
    pub split: String,
    pub language: String,
    pub voice: String,
    pub condition: String,
    pub truth: Verdict,
    /// Whether the file counts in the matrix: not for a muffling that took less than 10 dB off the high
    /// band (`slightly_muffled` in `labels.csv`), which is within the spread of clean voices.
    pub scored: bool,
    pub encoding: String,
    /// For a muffled file: how many dB its 2–4 kHz band (against 0.3–1 kHz) lies under the same take's
    /// clean one, measured before encoding.
    pub high_band_drop_db: Option<f64>,
}

/// Reads `labels.csv` in `dir`.
///
/// # Errors
/// The file cannot be read, or a row lacks a column or names an unknown class.
pub fn read_labels(dir: &Path) -> Result<Vec<Label>, String> {
    let path = dir.join("labels.csv");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header = split_csv(lines.next().ok_or("labels.csv is empty")?);
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| format!("labels.csv has no column {name}"))
    };
    let [
        file,
        split,
        language,
        voice,
        condition,
        truth,
        encoding,
        drop,
    ] = [
        "file",
        "split",
        "language",
        "voice",
        "condition",
        "true_class",
        "encoding",
        "high_band_drop_db",
    ]
    .map(column);
    let (file, split, language, voice, condition, truth, encoding, drop) = (
        file?, split?, language?, voice?, condition?, truth?, encoding?, drop?,
    );
    lines
        .enumerate()
        .map(|(n, line)| {
            let fields = split_csv(line);
            let get = |i: usize| {
                fields
                    .get(i)
                    .cloned()
                    .ok_or_else(|| format!("labels.csv line {}: too few columns", n + 2))
            };
            let class = get(truth)?;
            let (class, scored) = match class.as_str() {
                SLIGHTLY_MUFFLED => (class_name(Verdict::RecordingMuffled).to_owned(), false),
                _ => (class, true),
            };
            Ok(Label {
                file: get(file)?,
                split: get(split)?,
                language: get(language)?,
                voice: get(voice)?,
                condition: get(condition)?,
                truth: class_of(&class)
                    .ok_or_else(|| format!("labels.csv line {}: no class {class}", n + 2))?,
                scored,
                encoding: get(encoding)?,
                high_band_drop_db: get(drop)?.parse().ok(),
            })
        })
        .collect()
}

/// One CSV line's fields; a field may be quoted, with `""` for a quote inside.
fn split_csv(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    fields.push(field);
    fields
}

/// Counts of true class × judged class, and the verdicts named beside a right one.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Confusion {
    /// `counts[t][j]`: files of true class `CLASSES[t]` read as `CLASSES[j]`.
    pub counts: [[usize; 7]; 7],
    /// `extra[t][v]`: files of true class `CLASSES[t]` judged right that also showed `CLASSES[v]`.
    pub extra: [[usize; 7]; 7],
}

fn index(class: Verdict) -> usize {
    CLASSES.iter().position(|&c| c == class).unwrap_or(0)
}

impl Confusion {
    /// Counts one file.
    pub fn add(&mut self, truth: Verdict, verdicts: &[Verdict]) {
        let judged = judged_class(verdicts, truth);
        self.counts[index(truth)][index(judged)] += 1;
        if judged == truth {
            for &v in verdicts {
                if v != truth {
                    self.extra[index(truth)][index(v)] += 1;
                }
            }
        }
    }

    /// Files of this true class.
    #[must_use]
    pub fn total(&self, truth: Verdict) -> usize {
        self.counts[index(truth)].iter().sum()
    }

    /// Share of the files of this class judged as it (`None` when there are none).
    #[must_use]
    pub fn recall(&self, truth: Verdict) -> Option<f64> {
        let total = self.total(truth);
        (total > 0).then(|| self.counts[index(truth)][index(truth)] as f64 / total as f64)
    }

    /// Share of the clean files judged anything but clean.
    #[must_use]
    pub fn clean_false_alarms(&self) -> Option<f64> {
        self.recall(Verdict::RecordingClean).map(|r| 1.0 - r)
    }

    /// The matrix as aligned text, a recall column at the right.
    #[must_use]
    pub fn table(&self) -> String {
        let mut out = format!("{:<12}", "true\\judged");
        for c in CLASSES {
            let _ = write!(out, "{:>11}", class_name(c));
        }
        out.push_str("     recall\n");
        for t in CLASSES {
            if self.total(t) == 0 {
                continue;
            }
            let _ = write!(out, "{:<12}", class_name(t));
            for j in CLASSES {
                let _ = write!(out, "{:>11}", self.counts[index(t)][index(j)]);
            }
            let recall = self.recall(t).unwrap_or(0.0) * 100.0;
            let _ = writeln!(out, "    {recall:5.1} %");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fault_among_the_verdicts_is_the_class_and_clean_must_be_alone() {
        use Verdict::{RecordingClean, RecordingMuffled, RecordingNoisy, RecordingVeryQuiet};
        assert_eq!(
            judged_class(&[RecordingVeryQuiet, RecordingNoisy], RecordingNoisy),
            RecordingNoisy
        );
        assert_eq!(
            judged_class(&[RecordingVeryQuiet, RecordingNoisy], RecordingClean),
            RecordingVeryQuiet
        );
        assert_eq!(
            judged_class(&[RecordingNoisy, RecordingMuffled], RecordingClean),
            RecordingMuffled
        );
        assert_eq!(
            judged_class(&[RecordingClean], RecordingMuffled),
            RecordingClean
        );
    }

    #[test]
    fn quoted_fields_keep_their_commas() {
        assert_eq!(
            split_csv(r#"a.opus,"level -3 dB, self-noise -80 dBFS",,"say ""hi""""#),
            [
                "a.opus",
                "level -3 dB, self-noise -80 dBFS",
                "",
                "say \"hi\""
            ]
        );
    }

    #[test]
    fn the_matrix_counts_and_recalls() {
        let mut c = Confusion::default();
        c.add(Verdict::RecordingClean, &[Verdict::RecordingClean]);
        c.add(Verdict::RecordingClean, &[Verdict::RecordingNoisy]);
        c.add(
            Verdict::RecordingNoisy,
            &[Verdict::RecordingNoisy, Verdict::RecordingMuffled],
        );
        assert_eq!(c.recall(Verdict::RecordingClean), Some(0.5));
        assert_eq!(c.clean_false_alarms(), Some(0.5));
        assert_eq!(c.recall(Verdict::RecordingNoisy), Some(1.0));
        assert_eq!(c.recall(Verdict::RecordingSilent), None);
        assert_eq!(
            c.extra[index(Verdict::RecordingNoisy)][index(Verdict::RecordingMuffled)],
            1
        );
        assert!(c.table().contains("recall"));
    }
}
