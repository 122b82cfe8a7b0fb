//! "Test each microphone": the same sentence recorded three times — a Voice Memo with the bottom toward
//! the mouth (bottom microphone), a front-camera video (front) and a back-camera video (rear) — judged one
//! by one and against each other. One microphone far quieter or duller than the others points to it or
//! its opening; all three failing points away from the microphones. Thresholds: `docs/recording.md`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::figures::Figures;
use super::verdict::{Verdict, judge};

/// One of an iPhone's three microphones.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Microphone {
    /// By the charging port: Voice Memos, calls on speaker, voice notes.
    Bottom,
    /// In the earpiece: calls held to the ear, front-camera video.
    Front,
    /// By the back cameras: back-camera video.
    Rear,
}

impl Microphone {
    pub const ALL: [Self; 3] = [Self::Bottom, Self::Front, Self::Rear];
}

/// How one microphone did.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum MicVerdict {
    Pass,
    Weak,
    Fail,
}

/// Why a microphone did not pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MicReason {
    /// No voice in its recording.
    Silent,
    /// Its voice is very quiet on its own terms.
    VeryQuiet,
    /// Its voice has lost the high band.
    Muffled,
    /// Its voice is clipped.
    Clipped,
    /// Sound cut out in the middle of speech.
    Dropouts,
    /// [`FAR_QUIETER_DB`] or more under the loudest of the others.
    FarQuieter,
    /// [`QUIETER_DB`] or more under the loudest of the others.
    Quieter,
    /// [`DULLER_DB`] or more less high band than the brightest of the others.
    Duller,
}

/// A take this much quieter than the loudest other one fails: the three takes differ by a few dB from
/// distance alone (a Voice Memo held close, a video at arm's length); 24 dB is a sixteenth of the sound.
pub const FAR_QUIETER_DB: f64 = 24.0;
/// A take this much quieter than the loudest other one is weak: beyond what holding the phone differently
/// explains (about 6–10 dB), and less than a blocked opening costs.
pub const QUIETER_DB: f64 = 12.0;
/// A take with this much less high band (2–4 kHz against 300–1000 Hz) than the brightest other one is
/// weak: the same voice through a clear opening keeps its consonants; lint or a case over the opening
/// takes 10 dB or more off them.
pub const DULLER_DB: f64 = 12.0;

/// The findings the comparison can show.
pub const MIC_FINDINGS: [&str; 6] = [
    "mics_all_pass",
    "mics_all_weak",
    "mics_bottom_fails",
    "mics_bottom_weak",
    "mics_front_weak",
    "mics_rear_weak",
];

/// One row of the microphone table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MicRow {
    pub microphone: Microphone,
    pub level_dbfs: f64,
    pub high_band_db: f64,
    pub clipped_share: f64,
    pub verdict: MicVerdict,
    /// Why it did not pass, most serious first; empty when it passed.
    pub reasons: Vec<MicReason>,
}

/// The three microphones judged one by one and against each other, and what that shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MicComparison {
    /// One row per microphone recorded, bottom, front, rear.
    pub rows: Vec<MicRow>,
    /// The knowledge base's findings the comparison shows (ids), once all three are recorded.
    pub findings: Vec<&'static str>,
}

/// Judges the takes given (at most one per microphone; a later one for the same microphone wins).
#[must_use]
pub fn compare(takes: &[(Microphone, &Figures)]) -> MicComparison {
    let take = |mic: Microphone| takes.iter().rev().find(|(m, _)| *m == mic).map(|(_, f)| *f);
    let rows: Vec<MicRow> = Microphone::ALL
        .into_iter()
        .filter_map(|mic| {
            let figures = take(mic)?;
            let others: Vec<&Figures> = Microphone::ALL
                .into_iter()
                .filter(|&other| other != mic)
                .filter_map(take)
                .filter(|f| !judge(f).shows(Verdict::RecordingSilent))
                .collect();
            Some(row(mic, figures, &others))
        })
        .collect();
    let findings = if rows.len() == Microphone::ALL.len() {
        findings_of(&rows)
    } else {
        Vec::new()
    };
    MicComparison { rows, findings }
}

fn row(microphone: Microphone, figures: &Figures, others: &[&Figures]) -> MicRow {
    let judgement = judge(figures);
    let mut reasons = Vec::new();
    if judgement.shows(Verdict::RecordingSilent) {
        reasons.push(MicReason::Silent);
    } else {
        // A clipped take is loud because it was overdriven, not because its microphone is good: it is
        // no yardstick for the others' level while an unclipped one is there.
        let unclipped: Vec<&&Figures> = others
            .iter()
            .filter(|f| !judge(f).shows(Verdict::RecordingClipped))
            .collect();
        let yardsticks: Vec<&&Figures> = if unclipped.is_empty() {
            others.iter().collect()
        } else {
            unclipped
        };
        let loudest = yardsticks
            .iter()
            .map(|f| f.active_level_dbfs)
            .fold(f64::NAN, f64::max);
        let brightest = others
            .iter()
            .map(|f| f.high_band_db)
            .fold(f64::NAN, f64::max);
        if loudest - figures.active_level_dbfs >= FAR_QUIETER_DB {
            reasons.push(MicReason::FarQuieter);
        } else if loudest - figures.active_level_dbfs >= QUIETER_DB {
            reasons.push(MicReason::Quieter);
        }
        for (verdict, reason) in [
            (Verdict::RecordingVeryQuiet, MicReason::VeryQuiet),
            (Verdict::RecordingMuffled, MicReason::Muffled),
            (Verdict::RecordingClipped, MicReason::Clipped),
            (Verdict::RecordingDropouts, MicReason::Dropouts),
        ] {
            if judgement.shows(verdict) {
                reasons.push(reason);
            }
        }
        if brightest - figures.high_band_db >= DULLER_DB {
            reasons.push(MicReason::Duller);
        }
    }
    let verdict = if reasons
        .iter()
        .any(|r| matches!(r, MicReason::Silent | MicReason::FarQuieter))
    {
        MicVerdict::Fail
    } else if reasons.is_empty() {
        MicVerdict::Pass
    } else {
        MicVerdict::Weak
    };
    MicRow {
        microphone,
        level_dbfs: figures.active_level_dbfs,
        high_band_db: figures.high_band_db,
        clipped_share: figures.clipped_share,
        verdict,
        reasons,
    }
}

/// What the three rows show, as finding ids.
fn findings_of(rows: &[MicRow]) -> Vec<&'static str> {
    let verdict = |mic: Microphone| {
        rows.iter()
            .find(|r| r.microphone == mic)
            .map_or(MicVerdict::Pass, |r| r.verdict)
    };
    if rows.iter().all(|r| r.verdict == MicVerdict::Pass) {
        return vec!["mics_all_pass"];
    }
    if rows.iter().all(|r| r.verdict != MicVerdict::Pass) {
        return vec!["mics_all_weak"];
    }
    // At least one passes: the ones that do not stand out against it.
    let mut findings = Vec::new();
    match verdict(Microphone::Bottom) {
        MicVerdict::Fail => findings.push("mics_bottom_fails"),
        MicVerdict::Weak => findings.push("mics_bottom_weak"),
        MicVerdict::Pass => {}
    }
    if verdict(Microphone::Front) != MicVerdict::Pass {
        findings.push("mics_front_weak");
    }
    if verdict(Microphone::Rear) != MicVerdict::Pass {
        findings.push("mics_rear_weak");
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A clean take at `level` dBFS with `high` dB of high band.
    fn take(level: f64, high: f64) -> Figures {
        Figures {
            duration_seconds: 4.0,
            active_level_dbfs: level,
            activity: 0.6,
            noise_floor_dbfs: level - 40.0,
            snr_db: 40.0,
            silent_share: 0.1,
            peak_dbfs: level + 18.0,
            crest_db: 18.0,
            clipped_share: 0.0,
            high_band_db: high,
            dropouts: 0,
        }
    }

    fn verdicts(figures: &[Figures; 3]) -> (Vec<MicVerdict>, Vec<&'static str>) {
        let takes: Vec<_> = Microphone::ALL.into_iter().zip(figures.iter()).collect();
        let comparison = compare(&takes);
        (
            comparison.rows.iter().map(|r| r.verdict).collect(),
            comparison.findings,
        )
    }

    #[test]
    fn quieter_is_judged_against_the_loudest_other_take() {
        use MicVerdict::{Fail, Pass, Weak};
        // 11.9 dB under: distance alone; 12 dB: weak; 24 dB: fail.
        let (v, f) = verdicts(&[take(-31.9, -15.0), take(-20.0, -15.0), take(-25.0, -15.0)]);
        assert_eq!((v, f), (vec![Pass, Pass, Pass], vec!["mics_all_pass"]));
        let (v, f) = verdicts(&[take(-32.0, -15.0), take(-20.0, -15.0), take(-25.0, -15.0)]);
        assert_eq!((v, f), (vec![Weak, Pass, Pass], vec!["mics_bottom_weak"]));
        let (v, f) = verdicts(&[take(-20.0, -15.0), take(-20.0, -15.0), take(-44.0, -15.0)]);
        assert_eq!(v, [Pass, Pass, Fail]);
        assert_eq!(f, ["mics_rear_weak"]);
    }

    #[test]
    fn duller_is_judged_against_the_brightest_other_take() {
        let (v, f) = verdicts(&[take(-22.0, -27.0), take(-24.0, -15.0), take(-24.0, -18.0)]);
        assert_eq!(v[0], MicVerdict::Weak);
        assert_eq!(f, ["mics_bottom_weak"]);
        let (v, _) = verdicts(&[take(-22.0, -26.9), take(-24.0, -15.0), take(-24.0, -18.0)]);
        assert_eq!(v[0], MicVerdict::Pass);
    }

    #[test]
    fn a_silent_take_is_not_the_yardstick() {
        // Front and rear silent: the bottom has nothing to be compared with, and all three failing
        // is not the bottom's fault.
        let mut silent = take(-90.0, -15.0);
        silent.activity = 0.0;
        let (v, f) = verdicts(&[take(-30.0, -15.0), silent, silent]);
        assert_eq!(v, [MicVerdict::Pass, MicVerdict::Fail, MicVerdict::Fail]);
        assert_eq!(f, ["mics_front_weak", "mics_rear_weak"]);
        let (v, f) = verdicts(&[silent, silent, silent]);
        assert_eq!(v, [MicVerdict::Fail; 3]);
        assert_eq!(f, ["mics_all_weak"]);
    }

    #[test]
    fn fewer_than_three_takes_are_shown_but_prove_nothing() {
        let a = take(-20.0, -15.0);
        let b = take(-50.0, -15.0);
        let comparison = compare(&[(Microphone::Bottom, &a), (Microphone::Rear, &b)]);
        assert_eq!(comparison.rows.len(), 2);
        assert_eq!(comparison.rows[1].microphone, Microphone::Rear);
        assert_eq!(comparison.rows[1].verdict, MicVerdict::Fail);
        assert!(comparison.findings.is_empty());
    }
}
