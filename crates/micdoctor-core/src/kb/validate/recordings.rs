//! The checks of a problem's recording checks: ids unique, each take's role once, steps sound, every
//! `recording_check` a finding names known to each problem listing it, and every measurement finding of
//! the problem answerable by a recording the problem asks for (or by an App Privacy Report).

use rustc_hash::FxHashSet;

use super::{Checker, Ids};
use crate::kb::json_path::JsonPath;
use crate::kb::model::{FindingKind, Problem};
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
