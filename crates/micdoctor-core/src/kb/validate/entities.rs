//! The checks of causes, findings, fixes, FAQ entries and steps: probabilities in range, costs above
//! zero, every reference known, every picture and source resolvable.

use std::collections::BTreeMap;

use super::{Checker, Ids};
use crate::kb::json_path::JsonPath;
use crate::kb::model::{CauseId, FindingKind, Step};

impl Checker<'_> {
    pub(super) fn check_causes(&mut self, ids: &Ids<'_>) {
        let causes = JsonPath::Root.key("causes");
        for (index, cause) in self.kb.causes.iter().enumerate() {
            let path = causes.index(index);
            if !cause.prior.is_finite() || cause.prior < 0.0 {
                self.push(
                    &path.key("prior"),
                    format!("prior must be a finite number ≥ 0, not {}", cause.prior),
                );
            }
            self.check_sources(&path.key("sources"), &cause.sources, ids);
        }
    }

    pub(super) fn check_findings(&mut self, ids: &Ids<'_>) {
        let findings = JsonPath::Root.key("findings");
        for (index, finding) in self.kb.findings.iter().enumerate() {
            let path = findings.index(index);
            self.check_probability(&path.key("default_likelihood"), finding.default_likelihood);
            self.check_probability_map(&path.key("likelihoods"), &finding.likelihoods, ids);
            for (i, other) in finding.settles.iter().enumerate() {
                if other == &finding.id || !ids.findings.contains_key(other.as_str()) {
                    self.push(
                        &path.key("settles").index(i),
                        format!("\"{other}\" is not another finding"),
                    );
                }
            }
            let cost = path.key("cost_minutes");
            // A question always costs a person some time and attention, even a symptom's.
            if !finding.cost_minutes.is_finite() || finding.cost_minutes <= 0.0 {
                self.push(&cost, "a question must cost more than 0 minutes");
            }
            match finding.kind {
                FindingKind::Symptom => {}
                FindingKind::Test => {
                    if finding.steps.is_empty() {
                        self.push(
                            &path.key("steps"),
                            format!("test \"{}\" has no steps", finding.id),
                        );
                    }
                }
                FindingKind::Measurement => {
                    let measured = crate::recording::MEASURED_FINDINGS
                        .iter()
                        .chain(&crate::privacy_report::MEASURED_FINDINGS);
                    if !measured.clone().any(|id| *id == finding.id.as_str()) {
                        self.push(
                            &path.key("id"),
                            format!(
                                "no recording or App Privacy Report answers \"{}\"; a measurement is one of: {}",
                                finding.id,
                                measured.copied().collect::<Vec<_>>().join(", ")
                            ),
                        );
                    }
                    if !finding.steps.is_empty() {
                        self.push(
                            &path.key("steps"),
                            "a measurement has no steps: its problem's recording check says how to record",
                        );
                    }
                }
            }
            if let Some(note) = &finding.for_technician {
                let note_path = path.key("for_technician");
                if finding.kind == FindingKind::Symptom {
                    self.push(
                        &note_path,
                        "a symptom is not a test: only tests and measurements tell a technician a result",
                    );
                }
                if note.yes.is_none() && note.no.is_none() {
                    self.push(&note_path, "say what a \"yes\" or a \"no\" shows");
                }
                if finding.kind == FindingKind::Measurement && note.no.is_some() {
                    self.push(
                        &note_path.key("no"),
                        "a measurement is only ever \"yes\": a recording shows it or says nothing",
                    );
                }
            }
            self.check_steps(&path.key("steps"), &finding.steps, ids);
            self.check_sources(&path.key("sources"), &finding.sources, ids);
        }
    }

    pub(super) fn check_fixes(&mut self, ids: &Ids<'_>) {
        let fixes = JsonPath::Root.key("fixes");
        for (index, fix) in self.kb.fixes.iter().enumerate() {
            let path = fixes.index(index);
            if !fix.cost_minutes.is_finite() || fix.cost_minutes <= 0.0 {
                self.push(
                    &path.key("cost_minutes"),
                    format!(
                        "a fix must cost more than 0 minutes, not {}",
                        fix.cost_minutes
                    ),
                );
            }
            if !fix.risk_minutes.is_finite() || fix.risk_minutes < 0.0 {
                self.push(
                    &path.key("risk_minutes"),
                    "a risk penalty must be a finite number ≥ 0",
                );
            }
            if !fix.diagnosis_minutes.is_finite() || fix.diagnosis_minutes < 0.0 {
                self.push(
                    &path.key("diagnosis_minutes"),
                    "diagnosis minutes must be a finite number ≥ 0",
                );
            } else if fix.diagnosis_minutes > 0.0 && !fix.handover {
                self.push(
                    &path.key("diagnosis_minutes"),
                    "only a hand-over has diagnosis minutes: the shop's own diagnosis when no part is named",
                );
            }
            // People are told why a risky fix comes later; that reason is knowledge, so it lives here.
            if fix.risk_minutes > 0.0
                && fix.risk_note.as_deref().is_none_or(|n| n.trim().is_empty())
            {
                self.push(
                    &path.key("risk_note"),
                    "a fix with risk_minutes above 0 needs a risk_note saying what the risk is",
                );
            }
            self.check_probability_map(&path.key("repairs"), &fix.repairs, ids);
            let steps = path.key("steps");
            if fix.steps.is_empty() {
                self.push(&steps, format!("fix \"{}\" has no steps", fix.id));
            }
            self.check_steps(&steps, &fix.steps, ids);
            self.check_steps(&path.key("afterwards"), &fix.afterwards, ids);
            self.check_sources(&path.key("sources"), &fix.sources, ids);
        }
    }

    pub(super) fn check_faq(&mut self, ids: &Ids<'_>) {
        let faq = JsonPath::Root.key("faq");
        for (index, entry) in self.kb.faq.iter().enumerate() {
            let path = faq.index(index);
            let related = path.key("related");
            for (related_index, id) in entry.related.iter().enumerate() {
                let known = ids.causes.contains(id.as_str())
                    || ids.findings.contains_key(id.as_str())
                    || ids.fixes.contains(id.as_str());
                if !known {
                    self.push(
                        &related.index(related_index),
                        format!("unknown id \"{id}\""),
                    );
                }
            }
            self.check_sources(&path.key("sources"), &entry.sources, ids);
        }
    }

    pub(super) fn check_steps(&mut self, path: &JsonPath<'_>, steps: &[Step], ids: &Ids<'_>) {
        for (index, step) in steps.iter().enumerate() {
            let path = path.index(index);
            if step.text.trim().is_empty() {
                self.push(&path.key("text"), "step text is empty");
            }
            if let Some(id) = &step.illustration {
                self.check_illustration_ref(&path.key("illustration"), id, ids);
            }
            let variants = path.key("variants");
            for (profile, variant) in &step.variants {
                if let Some(id) = &variant.illustration {
                    let variant_path = variants.key(profile.id());
                    self.check_illustration_ref(&variant_path.key("illustration"), id, ids);
                }
            }
            if step
                .settings_path
                .as_ref()
                .is_some_and(|p| p.is_empty() || p.iter().any(|s| s.trim().is_empty()))
            {
                self.push(
                    &path.key("settings_path"),
                    "a Settings path needs non-empty segments",
                );
            }
            if let Some(id) = &step.comparison
                && !ids.comparisons.contains(id.as_str())
            {
                self.push(
                    &path.key("comparison"),
                    format!("unknown comparison \"{id}\""),
                );
            }
            if step.wait_seconds == Some(0) {
                self.push(
                    &path.key("wait_seconds"),
                    "a wait must be at least 1 second",
                );
            }
        }
    }

    pub(super) fn check_probability(&mut self, path: &JsonPath<'_>, value: f64) {
        if !(0.0..=1.0).contains(&value) {
            self.push(
                path,
                format!("probability must be between 0 and 1, not {value}"),
            );
        }
    }

    pub(super) fn check_probability_map(
        &mut self,
        path: &JsonPath<'_>,
        map: &BTreeMap<CauseId, f64>,
        ids: &Ids<'_>,
    ) {
        for (cause, value) in map {
            let path = path.key(cause);
            if !ids.causes.contains(cause.as_str()) {
                self.push(&path, format!("unknown cause \"{cause}\""));
            }
            self.check_probability(&path, *value);
        }
    }

    pub(super) fn check_sources(&mut self, path: &JsonPath<'_>, sources: &[String], ids: &Ids<'_>) {
        for (index, id) in sources.iter().enumerate() {
            if !ids.sources.contains(id.as_str()) {
                self.push(&path.index(index), format!("unknown source \"{id}\""));
            }
        }
    }
}
