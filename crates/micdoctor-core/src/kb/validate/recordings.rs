//! The checks of a problem's recording checks: ids unique, each take's role once, steps sound, every
//! `recording_check` a finding names known to each problem listing it, and every measurement finding of
//! the problem answerable by a recording the problem asks for (or by an App Privacy Report), and a check
//! proposed as one step ends on outcomes that exclude one another.

use rustc_hash::FxHashSet;

use super::{Checker, Ids};
use crate::kb::json_path::JsonPath;
use crate::kb::model::{CheckStep, FindingKind, Problem};
use crate::recording::{RecordingRole, Verdict};

impl Checker<'_> {
    pub(super) fn check_recording_checks(
        &mut self,
        path: &JsonPath<'_>,
        problem: &Problem,
        ids: &Ids<'_>,
    ) {
        let checks = path.key("recording_checks");
        let mut check_ids = FxHashSet::default();
        let mut roles = FxHashSet::default();
        for (index, check) in problem.recording_checks.iter().enumerate() {
            let at = checks.index(index);
            if !check_ids.insert(check.id.as_str()) {
                self.push(
                    &at.key("id"),
                    format!("recording check \"{}\" twice", check.id),
                );
            }
            if check.takes.is_empty() {
                self.push(
                    &at.key("takes"),
                    "a recording check asks for at least one recording",
                );
            }
            for (i, take) in check.takes.iter().enumerate() {
                if !roles.insert(take.role) {
                    self.push(
                        &at.key("takes").index(i).key("role"),
                        "this recording is already asked for by this problem",
                    );
                }
            }
            self.check_steps(&at.key("steps"), &check.steps, ids);
            if let Some(step) = &check.as_step {
                self.check_as_step(&at.key("as_step"), problem, &check.id, step, ids);
            }
        }
        let findings = path.key("findings");
        for (index, id) in problem.findings.iter().enumerate() {
            let Some(finding) = ids.findings.get(id.as_str()) else {
                continue;
            };
            if let Some(check) = &finding.recording_check
                && !check_ids.contains(check.as_str())
            {
                self.push(
                    &findings.index(index),
                    format!("\"{id}\" names recording check \"{check}\", which this problem does not have"),
                );
            }
            // An App Privacy Report's findings are answered by the file the person brings, not a recording.
            let from_privacy_report =
                crate::privacy_report::MEASURED_FINDINGS.contains(&id.as_str());
            if finding.kind == FindingKind::Measurement && !from_privacy_report {
                let failed = Verdict::ALL.iter().any(|v| v.finding_id() == id.as_str());
                let needs: &[RecordingRole] = if failed {
                    &[RecordingRole::Failed]
                } else {
                    &RecordingRole::ALL[1..]
                };
                if !needs.iter().all(|role| roles.contains(role)) {
                    self.push(
                        &findings.index(index),
                        format!("no recording check of this problem records what answers \"{id}\""),
                    );
                }
            }
        }
    }
}

/// How far a cause's outcome probabilities may sum from 1 (the KB writes them to two decimals).
const OUTCOME_SUM_TOLERANCE: f64 = 1e-6;

impl Checker<'_> {
    /// A check the engine proposes as one step: a positive cost, and outcomes that are measurement
    /// findings of the problem, each in one check, whose likelihoods sum to 1 for every cause.
    fn check_as_step(
        &mut self,
        at: &JsonPath<'_>,
        problem: &Problem,
        check: &str,
        step: &CheckStep,
        ids: &Ids<'_>,
    ) {
        if !(step.cost_minutes.is_finite() && step.cost_minutes > 0.0) {
            self.push(
                &at.key("cost_minutes"),
                "a check proposed as a step takes some minutes (a positive number)",
            );
        }
        if step.outcomes.len() < 2 {
            self.push(
                &at.key("outcomes"),
                "a check proposed as a step has at least two outcomes",
            );
        }
        let mut seen = FxHashSet::default();
        let mut outcomes = Vec::new();
        let listed = at.key("outcomes");
        for (index, id) in step.outcomes.iter().enumerate() {
            let here = listed.index(index);
            if !seen.insert(id.as_str()) {
                self.push(&here, format!("outcome \"{id}\" twice"));
                continue;
            }
            let elsewhere = problem.recording_checks.iter().any(|other| {
                other.id != check
                    && other
                        .as_step
                        .as_ref()
                        .is_some_and(|s| s.outcomes.contains(id))
            });
            if elsewhere {
                self.push(
                    &here,
                    format!("\"{id}\" is already an outcome of another check"),
                );
            }
            match ids.findings.get(id.as_str()) {
                Some(finding)
                    if finding.kind == FindingKind::Measurement
                        && problem.findings.contains(id) =>
                {
                    outcomes.push(*finding);
                }
                _ => self.push(
                    &here,
                    format!("\"{id}\" is not a measurement finding of this problem"),
                ),
            }
        }
        if outcomes.len() != step.outcomes.len() {
            return;
        }
        for cause in &problem.causes {
            let sum: f64 = outcomes
                .iter()
                .map(|f| *f.likelihoods.get(cause).unwrap_or(&f.default_likelihood))
                .sum();
            if (sum - 1.0).abs() > OUTCOME_SUM_TOLERANCE {
                self.push(
                    &at.key("outcomes"),
                    format!(
                        "for \"{cause}\" the outcomes' likelihoods sum to {sum:.3}, not 1: the recordings end on exactly one outcome"
                    ),
                );
            }
        }
    }
}
