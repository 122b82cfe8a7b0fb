//! "Test each microphone": the same sentence recorded three times — a Voice Memo with the bottom toward
//! the mouth (bottom microphone), a front-camera video (front) and a back-camera video (rear) — judged one
//! by one and against each other. One microphone quieter or duller than both of the others points to it
//! or its opening, even when its take looks fine on its own; all three failing points away from the
//! microphones. Thresholds: `docs/recording.md`.

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
    /// [`FAR_QUIETER_DB`] or more under both of the others (under the quieter of them).
    FarQuieter,
    /// [`QUIETER_DB`] or more under both of the others.
    Quieter,
    /// [`DULLER_DB`] or more less high band than both of the others (than the duller of them).
    Duller,
}

/// A take this much quieter than both others fails: the three takes differ by a few dB from distance
/// alone (a Voice Memo held close, a video at arm's length); 24 dB is a sixteenth of the sound.
pub const FAR_QUIETER_DB: f64 = 24.0;
/// A take this much quieter than both others is weak, even when its level is fine on its own: the same
/// sentence said the same way reaches the three microphones within about 6 dB of each other, so one
/// alone 10 dB under the two others has lost sound on its way in, the way a blocked opening loses it.
/// Measured against the quieter of the two, so a single odd one out is named and a spread is not.
pub const QUIETER_DB: f64 = 10.0;
/// A take with this much less high band (2–4 kHz against 300–1000 Hz) than both others is weak, even
/// when it is not muffled on its own: the same voice through three clear openings keeps its consonants
/// alike (within a few dB), and lint or a case over one opening takes 10 dB or more off them. One take
/// alone cannot tell a smaller loss from a darker voice (on the recording benchmark it names about half
/// of the mufflings of 5–10 dB); its siblings can.
pub const DULLER_DB: f64 = 10.0;

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
        // Against the quieter and the duller of the others: a take is named only when it stands out
        // from both, never for being the low end of a spread. (NaN when there is no other take: no
        // comparison is then true.)
        let quieter_sibling = yardsticks
            .iter()
            .map(|f| f.active_level_dbfs)
            .fold(f64::NAN, f64::min);
        let duller_sibling = others
            .iter()
            .map(|f| f.high_band_db)
            .fold(f64::NAN, f64::min);
        if quieter_sibling - figures.active_level_dbfs >= FAR_QUIETER_DB {
            reasons.push(MicReason::FarQuieter);
        } else if quieter_sibling - figures.active_level_dbfs >= QUIETER_DB {
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
        if duller_sibling - figures.high_band_db >= DULLER_DB {
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

/// What the three rows show, as finding ids: exactly one outcome of the test (the knowledge base's
/// `as_step` of "Test each microphone" lists them in this order), so the engine can weigh the test as one
/// step. All pass; none passes; otherwise the first microphone that does not pass, bottom (failing or
/// weak) before front before rear — two weak takes name the first of them.
fn findings_of(rows: &[MicRow]) -> Vec<&'static str> {
    let verdict = |mic: Microphone| {
        rows.iter()
            .find(|r| r.microphone == mic)
            .map_or(MicVerdict::Pass, |r| r.verdict)
    };
    let outcome = if rows.iter().all(|r| r.verdict == MicVerdict::Pass) {
        "mics_all_pass"
    } else if rows.iter().all(|r| r.verdict != MicVerdict::Pass) {
        "mics_all_weak"
    } else {
        match (verdict(Microphone::Bottom), verdict(Microphone::Front)) {
            (MicVerdict::Fail, _) => "mics_bottom_fails",
            (MicVerdict::Weak, _) => "mics_bottom_weak",
            (MicVerdict::Pass, MicVerdict::Pass) => "mics_rear_weak",
            (MicVerdict::Pass, _) => "mics_front_weak",
        }
    };
    vec![outcome]
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
    fn quieter_is_judged_against_both_other_takes() {
        use MicVerdict::{Fail, Pass, Weak};
        // 9.9 dB under the quieter of the others: within what holding the phone differently explains.
        let (v, f) = verdicts(&[take(-31.9, -15.0), take(-20.0, -15.0), take(-22.0, -15.0)]);
        assert_eq!((v, f), (vec![Pass, Pass, Pass], vec!["mics_all_pass"]));
        // 10 dB under both, at a level fine on its own (−32 dBFS): weak.
        let (v, f) = verdicts(&[take(-32.0, -15.0), take(-20.0, -15.0), take(-22.0, -15.0)]);
        assert_eq!((v, f), (vec![Weak, Pass, Pass], vec!["mics_bottom_weak"]));
        let comparison = compare(&[
            (Microphone::Bottom, &take(-32.0, -15.0)),
            (Microphone::Front, &take(-20.0, -15.0)),
            (Microphone::Rear, &take(-22.0, -15.0)),
        ]);
        assert_eq!(comparison.rows[0].reasons, [MicReason::Quieter]);
        // 24 dB under both: fail.
        let (v, f) = verdicts(&[take(-20.0, -15.0), take(-20.0, -15.0), take(-44.0, -15.0)]);
        assert_eq!(v, [Pass, Pass, Fail]);
        assert_eq!(f, ["mics_rear_weak"]);
    }

    #[test]
    fn a_spread_of_levels_names_no_one() {
        // −20, −26, −32: the quietest is 12 dB under the loudest but only 6 dB under the middle one;
        // no single take stands out, so the comparison names none (each is fine on its own).
        let (v, f) = verdicts(&[take(-20.0, -15.0), take(-26.0, -15.0), take(-32.0, -15.0)]);
        assert_eq!(v, [MicVerdict::Pass; 3]);
        assert_eq!(f, ["mics_all_pass"]);
    }

    #[test]
    fn duller_is_judged_against_both_other_takes() {
        // −21 dB of high band is not muffled on its own (the threshold is −22 dB), but it is 10 dB
        // under both of the others: the rear opening has lost its consonants.
        let rear = take(-24.0, -21.0);
        assert_eq!(judge(&rear).verdicts, [Verdict::RecordingClean]);
        let (v, f) = verdicts(&[take(-22.0, -10.0), take(-24.0, -11.0), rear]);
        assert_eq!(v, [MicVerdict::Pass, MicVerdict::Pass, MicVerdict::Weak]);
        assert_eq!(f, ["mics_rear_weak"]);
        let comparison = compare(&[
            (Microphone::Bottom, &take(-22.0, -10.0)),
            (Microphone::Front, &take(-24.0, -11.0)),
            (Microphone::Rear, &rear),
        ]);
        assert_eq!(comparison.rows[2].reasons, [MicReason::Duller]);
        // 9.9 dB under the duller of the others: no verdict.
        let (v, _) = verdicts(&[take(-22.0, -10.0), take(-24.0, -11.0), take(-24.0, -20.9)]);
        assert_eq!(v, [MicVerdict::Pass; 3]);
    }

    #[test]
    fn a_spread_of_high_bands_names_no_one() {
        // −10, −15, −20 dB: the dullest is 10 dB under the brightest but 5 dB under the other; three
        // voices through three openings, none of them standing out.
        let (v, f) = verdicts(&[take(-22.0, -10.0), take(-24.0, -15.0), take(-24.0, -20.0)]);
        assert_eq!(v, [MicVerdict::Pass; 3]);
        assert_eq!(f, ["mics_all_pass"]);
    }

    #[test]
    fn a_silent_take_is_not_the_yardstick() {
        // Front and rear silent: the bottom has nothing to be compared with, and all three failing
        // is not the bottom's fault.
        let mut silent = take(-90.0, -15.0);
        silent.activity = 0.0;
        let (v, f) = verdicts(&[take(-30.0, -15.0), silent, silent]);
        assert_eq!(v, [MicVerdict::Pass, MicVerdict::Fail, MicVerdict::Fail]);
        // One outcome: the front, decided before the rear.
        assert_eq!(f, ["mics_front_weak"]);
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
