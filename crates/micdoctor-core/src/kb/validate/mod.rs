//! Cross-reference and range checks on a parsed knowledge base; every problem is collected, none panics.

use std::collections::HashSet;

use rustc_hash::{FxHashMap, FxHashSet};

mod entities;
mod recordings;

use super::error::Issue;
use super::json_path::JsonPath;
use super::model::{
    Cause, CauseId, Finding, FindingKind, Fix, KnowledgeBase, Problem, SCHEMA_VERSION,
};

/// Which illustration ids have a drawing this build can show.
pub trait IllustrationCatalog {
    fn has_illustration(&self, id: &str) -> bool;
}

/// A catalog with no drawings (for tests of KBs that use none).
pub struct NoIllustrations;

impl IllustrationCatalog for NoIllustrations {
    fn has_illustration(&self, _id: &str) -> bool {
        false
    }
}

impl IllustrationCatalog for [&str] {
    fn has_illustration(&self, id: &str) -> bool {
        self.contains(&id)
    }
}

/// Checks everything serde cannot: ids, references, probability ranges, costs and coverage.
#[must_use]
pub fn validate(kb: &KnowledgeBase, catalog: &dyn IllustrationCatalog) -> Vec<Issue> {
    let mut checker = Checker {
        kb,
        catalog,
        issues: Vec::new(),
    };
    checker.run();
    checker.issues
}

struct Checker<'a> {
    kb: &'a KnowledgeBase,
    catalog: &'a dyn IllustrationCatalog,
    issues: Vec<Issue>,
}

/// Ids of every kind, for reference checks.
struct Ids<'a> {
    causes: FxHashSet<&'a str>,
    findings: FxHashMap<&'a str, &'a Finding>,
    fixes: FxHashSet<&'a str>,
    sources: FxHashSet<&'a str>,
    illustrations: FxHashSet<&'a str>,
    comparisons: FxHashSet<&'a str>,
    /// Lookups by id, so validation stays linear in the size of the knowledge base.
    cause_by_id: FxHashMap<&'a str, &'a Cause>,
    fix_by_id: FxHashMap<&'a str, &'a Fix>,
}

impl<'a> Checker<'a> {
    fn push(&mut self, path: &JsonPath<'_>, message: impl Into<String>) {
        self.issues.push(Issue::new(path.to_string(), message));
    }

    fn run(&mut self) {
        let kb = self.kb;
        let root = JsonPath::Root;
        if kb.schema_version != SCHEMA_VERSION {
            self.push(
                &root.key("schema_version"),
                format!(
                    "schema version {} is not supported (this MicDoctor reads version {SCHEMA_VERSION})",
                    kb.schema_version
                ),
            );
        }
        let problems = root.key("problems");
        if kb.problems.is_empty() {
            self.push(&problems, "the knowledge base has no problems");
        }
        let ids = Ids {
            causes: self.unique_ids("causes", kb.causes.iter().map(|c| c.id.as_str())),
            findings: {
                self.unique_ids("findings", kb.findings.iter().map(|f| f.id.as_str()));
                kb.findings.iter().map(|f| (f.id.as_str(), f)).collect()
            },
            cause_by_id: kb.causes.iter().map(|c| (c.id.as_str(), c)).collect(),
            fix_by_id: kb.fixes.iter().map(|f| (f.id.as_str(), f)).collect(),
            fixes: self.unique_ids("fixes", kb.fixes.iter().map(|f| f.id.as_str())),
            sources: self.unique_ids("sources", kb.sources.iter().map(|s| s.id.as_str())),
            illustrations: self.unique_ids(
                "illustrations",
                kb.illustrations.iter().map(|i| i.id.as_str()),
            ),
            comparisons: self
                .unique_ids("comparisons", kb.comparisons.iter().map(|c| c.id.as_str())),
        };
        self.unique_ids("problems", kb.problems.iter().map(|p| p.id.as_str()));
        self.unique_ids("faq", kb.faq.iter().map(|f| f.id.as_str()));
        self.ids_unique_across_kinds();
        self.check_devices(&ids);
        self.check_illustrations();
        for (index, problem) in kb.problems.iter().enumerate() {
            self.check_problem(&problems.index(index), problem, &ids);
        }
        self.check_causes(&ids);
        self.check_findings(&ids);
        self.check_fixes(&ids);
        self.check_faq(&ids);
        self.check_comparisons(&ids);
    }

    fn check_comparisons(&mut self, ids: &Ids<'_>) {
        let comparisons = JsonPath::Root.key("comparisons");
        for (index, comparison) in self.kb.comparisons.iter().enumerate() {
            let path = comparisons.index(index);
            if comparison.headings.len() < 2 {
                self.push(
                    &path.key("headings"),
                    "a comparison needs at least two choices",
                );
            }
            let rows = path.key("rows");
            for (row_index, row) in comparison.rows.iter().enumerate() {
                if row.cells.len() != comparison.headings.len() {
                    self.push(
                        &rows.index(row_index).key("cells"),
                        format!(
                            "{} cells for {} choices",
                            row.cells.len(),
                            comparison.headings.len()
                        ),
                    );
                }
            }
            if let Some(illustration) = &comparison.illustration {
                self.check_illustration_ref(&path.key("illustration"), illustration, ids);
            }
            self.check_sources(&path.key("sources"), &comparison.sources, ids);
        }
    }

    /// Reports empty and duplicate ids of one entity list; returns the set of ids.
    fn unique_ids<I: Iterator<Item = &'a str>>(
        &mut self,
        list: &str,
        ids: I,
    ) -> FxHashSet<&'a str> {
        let list = JsonPath::Root.key(list);
        let mut seen = FxHashSet::default();
        for (index, id) in ids.enumerate() {
            if id.trim().is_empty() {
                self.push(&list.index(index).key("id"), "the id is empty");
            } else if !seen.insert(id) {
                self.push(
                    &list.index(index).key("id"),
                    format!("duplicate id \"{id}\""),
                );
            }
        }
        seen
    }

    /// Every id in a knowledge base names one thing: an id used by two kinds of entity (an FAQ entry and
    /// a source, say) is reported at its second place, naming the first. Duplicates within one list are
    /// [`Checker::unique_ids`]'s. One pairing is no second thing: a comparison drawn by the illustration
    /// of its own id (`"illustration": "offload_vs_delete"` in the comparison `offload_vs_delete`) is one
    /// thing shown two ways.
    fn ids_unique_across_kinds(&mut self) {
        let kb = self.kb;
        let lists: [(&str, Vec<&str>); 9] = [
            (
                "problems",
                kb.problems.iter().map(|e| e.id.as_str()).collect(),
            ),
            ("causes", kb.causes.iter().map(|e| e.id.as_str()).collect()),
            (
                "findings",
                kb.findings.iter().map(|e| e.id.as_str()).collect(),
            ),
            ("fixes", kb.fixes.iter().map(|e| e.id.as_str()).collect()),
            ("faq", kb.faq.iter().map(|e| e.id.as_str()).collect()),
            (
                "sources",
                kb.sources.iter().map(|e| e.id.as_str()).collect(),
            ),
            (
                "illustrations",
                kb.illustrations.iter().map(|e| e.id.as_str()).collect(),
            ),
            (
                "comparisons",
                kb.comparisons.iter().map(|e| e.id.as_str()).collect(),
            ),
            ("devices", kb.devices.iter().map(|e| e.id.id()).collect()),
        ];
        // The first place of each id: its list and index.
        let mut first: FxHashMap<&str, (&str, usize)> = FxHashMap::default();
        for (list, ids) in &lists {
            for (index, id) in ids.iter().enumerate() {
                if id.trim().is_empty() {
                    continue;
                }
                match first.get(id) {
                    None => {
                        first.insert(id, (list, index));
                    }
                    Some((earlier, _)) if earlier == list => {}
                    Some(&(earlier, at)) if self.drawn_by_itself(earlier, at, list, index) => {}
                    Some(&(earlier, at)) => {
                        let here = JsonPath::Root.key(list);
                        let there = JsonPath::Root.key(earlier);
                        self.push(
                            &here.index(index).key("id"),
                            format!(
                                "the id \"{id}\" is also the id of {}; every id in a knowledge base names one thing",
                                there.index(at).key("id")
                            ),
                        );
                    }
                }
            }
        }
    }

    /// Whether the entities at `a[i]` and `b[j]` are a comparison and the illustration it names, sharing
    /// its id.
    fn drawn_by_itself(&self, a: &str, i: usize, b: &str, j: usize) -> bool {
        let kb = self.kb;
        let pair = |comparison: usize, illustration: usize| {
            kb.comparisons.get(comparison).is_some_and(|c| {
                kb.illustrations
                    .get(illustration)
                    .is_some_and(|picture| c.illustration.as_deref() == Some(picture.id.as_str()))
            })
        };
        match (a, b) {
            ("comparisons", "illustrations") => pair(i, j),
            ("illustrations", "comparisons") => pair(j, i),
            _ => false,
        }
    }

    fn check_devices(&mut self, ids: &Ids<'_>) {
        let devices = JsonPath::Root.key("devices");
        let mut seen = HashSet::new();
        for (index, device) in self.kb.devices.iter().enumerate() {
            let path = devices.index(index);
            if !seen.insert(device.id) {
                self.push(
                    &path.key("id"),
                    format!("device profile \"{}\" is listed twice", device.id.id()),
                );
            }
            if let Some(illustration) = &device.illustration {
                self.check_illustration_ref(&path.key("illustration"), illustration, ids);
            }
        }
        for profile in super::model::DeviceProfile::ALL {
            if !seen.contains(&profile) {
                self.push(
                    &devices,
                    format!("device profile \"{}\" is missing", profile.id()),
                );
            }
        }
    }

    fn check_illustrations(&mut self) {
        let illustrations = JsonPath::Root.key("illustrations");
        for (index, illustration) in self.kb.illustrations.iter().enumerate() {
            let path = illustrations.index(index);
            // A picture of the KB's own (`file`) is read and checked by the loader, which knows the folder.
            if illustration.file.is_none() && !self.catalog.has_illustration(&illustration.id) {
                self.push(
                    &path.key("id"),
                    format!(
                        "no picture named \"{}\" exists in this build",
                        illustration.id
                    ),
                );
            }
            if illustration.alt.trim().is_empty() {
                self.push(&path.key("alt"), "alt text is empty");
            }
        }
    }

    fn check_illustration_ref(&mut self, path: &JsonPath<'_>, id: &str, ids: &Ids<'_>) {
        if !ids.illustrations.contains(id) {
            self.push(
                path,
                format!("unknown illustration \"{id}\" (not in $.illustrations)"),
            );
        }
    }

    fn check_problem(&mut self, path: &JsonPath<'_>, problem: &Problem, ids: &Ids<'_>) {
        let causes = path.key("causes");
        if problem.causes.is_empty() {
            self.push(&causes, format!("problem \"{}\" has no causes", problem.id));
        }
        let cause_refs: Vec<&str> = problem.causes.iter().map(CauseId::as_str).collect();
        let fix_refs: Vec<&str> = problem
            .fixes
            .iter()
            .map(crate::ids::FixId::as_str)
            .collect();
        for (list, refs, known) in [
            ("causes", &cause_refs, &ids.causes),
            ("fixes", &fix_refs, &ids.fixes),
        ] {
            let list = path.key(list);
            for (index, id) in refs.iter().enumerate() {
                if !known.contains(id) {
                    self.push(&list.index(index), format!("unknown id \"{id}\""));
                }
            }
        }
        let findings = path.key("findings");
        for (index, id) in problem.findings.iter().enumerate() {
            if !ids.findings.contains_key(id.as_str()) {
                self.push(&findings.index(index), format!("unknown id \"{id}\""));
            }
        }
        let prior_sum: f64 = problem
            .causes
            .iter()
            .filter_map(|id| ids.cause_by_id.get(id.as_str()))
            .map(|c| c.prior)
            .filter(|p| p.is_finite() && *p > 0.0)
            .sum();
        if !problem.causes.is_empty() && prior_sum <= 0.0 {
            self.push(&causes, "the causes' priors sum to zero");
        }
        if let Some(slip) = &problem.answer_slip {
            let slip_path = path.key("answer_slip");
            if !(0.0..0.5).contains(&slip.rate) {
                self.push(
                    &slip_path.key("rate"),
                    format!(
                        "an answer slip must be at least 0 and below 0.5, not {}",
                        slip.rate
                    ),
                );
            }
            if slip.rationale.trim().is_empty() {
                self.push(&slip_path.key("rationale"), "say why this rate");
            }
        }
        // Every cause must be repairable by some fix of the same problem.
        for (index, cause_id) in problem.causes.iter().enumerate() {
            let repairable = problem
                .fixes
                .iter()
                .filter_map(|f| ids.fix_by_id.get(f.as_str()))
                .any(|fix| {
                    fix.repairs
                        .get(cause_id)
                        .is_some_and(|p| p.is_finite() && *p > 0.0)
                });
            if ids.causes.contains(cause_id.as_str()) && !repairable {
                self.push(
                    &causes.index(index),
                    format!("no fix of this problem can repair cause \"{cause_id}\""),
                );
            }
        }
        let groups: FxHashSet<&str> = problem
            .symptom_groups
            .iter()
            .map(|g| g.id.as_str())
            .collect();
        for (index, id) in problem.findings.iter().enumerate() {
            let Some(finding) = ids.findings.get(id.as_str()) else {
                continue;
            };
            if finding.kind == FindingKind::Symptom
                && !groups.is_empty()
                && !finding.group.as_deref().is_some_and(|g| groups.contains(g))
            {
                self.push(
                    &findings.index(index),
                    format!(
                        "symptom \"{id}\" has no group of this problem ({})",
                        finding.group.as_deref().unwrap_or("none")
                    ),
                );
            }
        }
        if let Some(explainer) = &problem.explainer {
            let explainer_path = path.key("explainer");
            self.check_sources(&explainer_path.key("sources"), &explainer.sources, ids);
        }
        self.check_recording_checks(path, problem, ids);
        if let Some(next_time) = &problem.next_time {
            let at = path.key("next_time");
            if next_time.steps.is_empty() {
                self.push(&at.key("steps"), "say how to set it up");
            }
            self.check_steps(&at.key("steps"), &next_time.steps, ids);
        }
    }
}
