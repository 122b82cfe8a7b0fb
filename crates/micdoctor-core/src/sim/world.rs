//! A world: reality for one problem, written apart from the knowledge base. For each true cause, its
//! share of customers, `P(yes)` for every finding, `P(it works)` for every home fix; for every step, the
//! minutes it really takes; for the hand-over, its minutes with and without the faulty part named by a
//! test, and which answers name each part; for every recording check the engine can propose as a step,
//! how often each of its outcomes comes out for each cause. Parsed strictly and checked against the
//! problem's model.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::SimError;
use crate::engine::{CauseIx, FindingIx, ProblemModel};

/// The world format this MicDoctor reads (version 2 gave the hand-over its two figures, version 3 the
/// outcomes of a recording check made as one step).
pub const WORLD_SCHEMA_VERSION: u32 = 3;

/// A number with the one line that justifies it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Valued {
    pub value: f64,
    pub why: String,
}

/// A world file as written (see `docs/simulation.md`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorldFile {
    pub schema_version: u32,
    pub id: String,
    pub title: String,
    pub problem: String,
    pub summary: String,
    /// Chance that a customer who has a symptom picks it on the symptom screen unasked.
    pub volunteer_symptoms: Valued,
    /// Minutes each finding, each home fix and each recording check made as a step really takes, by id
    /// (the hand-over's are in `handover`).
    pub minutes: BTreeMap<String, Valued>,
    pub handover: WorldHandover,
    pub causes: Vec<WorldCause>,
}

impl WorldFile {
    /// Reads a world file's shape, strictly (unknown keys, wrong types and missing fields are errors
    /// with their path); its contents are checked against a model by [`World::from_file`].
    ///
    /// # Errors
    /// [`SimError::Shape`] when the JSON does not have the world's shape.
    pub fn parse(text: &str) -> Result<Self, SimError> {
        super::parse_json(text)
    }
}

/// The hand-over in a world file: what a shop visit really costs, depending on what the customer brings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorldHandover {
    /// Minutes of the visit when the customer brings the faulty part named by a test.
    pub part_named: Valued,
    /// Minutes when nothing names it: the shop's own diagnosis first, often a second trip.
    pub part_not_named: Valued,
    /// For each cause a test can name, the answers that name it: a list of alternatives, each a set of
    /// findings with the answer they must have had (all of one alternative together).
    pub names: BTreeMap<String, Vec<BTreeMap<String, bool>>>,
    /// Why these answers name these parts.
    pub why: String,
}

/// One true cause in a world file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorldCause {
    pub id: String,
    /// Counted in the hardware group of the measurements (damaged microphones, a blocked opening, an
    /// unknown fault).
    pub hardware: bool,
    pub share: Valued,
    /// `P(yes | cause)` by finding id; `"default"` covers the findings not listed.
    pub answers: BTreeMap<String, Valued>,
    /// `P(works | cause)` by home-fix id; `"default"` covers the fixes not listed. No hand-over here:
    /// it ends the case at the shop whatever happens there.
    pub fixes: BTreeMap<String, Valued>,
    /// For each recording check made as one step (by id), `P(outcome | cause)` by outcome finding id:
    /// every outcome listed, summing to 1.
    #[serde(default)]
    pub checks: BTreeMap<String, BTreeMap<String, Valued>>,
}

/// Reality for one true cause, by model index.
#[derive(Debug, Clone, PartialEq)]
pub struct CauseReality {
    /// The cause in the problem model.
    pub cause: CauseIx,
    pub id: String,
    pub hardware: bool,
    /// Share of customers (the shares sum to 1).
    pub share: f64,
    /// `P(yes)` for every finding, by finding index.
    pub yes: Vec<f64>,
    /// `P(it works)` for every fix, by fix index (hand-overs: 0, they are never "tried").
    pub works: Vec<f64>,
    /// The answers that name this cause's part (alternatives of findings and answers); empty when
    /// nothing does.
    pub named_by: Vec<Vec<(FindingIx, bool)>>,
    /// `P(outcome)` of every check, by check index, then in the order of the check's outcomes.
    pub outcomes: Vec<Vec<f64>>,
}

/// A validated world, in the model's index order.
#[derive(Debug, Clone, PartialEq)]
pub struct World {
    pub id: String,
    pub title: String,
    pub problem: String,
    pub volunteer: f64,
    pub causes: Vec<CauseReality>,
    /// Minutes by finding index.
    pub finding_minutes: Vec<f64>,
    /// Minutes by fix index (a hand-over's: with the part named).
    pub fix_minutes: Vec<f64>,
    /// Minutes by check index.
    pub check_minutes: Vec<f64>,
    /// Each check's outcomes (findings), by check index: [`CauseReality::outcomes`] in the same order.
    pub check_outcomes: Vec<Vec<FindingIx>>,
    /// Minutes of a shop visit with the faulty part named by a test, and without.
    pub handover_named: f64,
    pub handover_not_named: f64,
    /// The problem's model told this world's numbers (see [`World::informed_model`]), built once.
    informed: ProblemModel,
}

const DEFAULT: &str = "default";

impl World {
    /// Parses and checks a world for `model`'s problem; every problem found is listed.
    ///
    /// # Errors
    /// [`SimError::Shape`] when the JSON does not have the world's shape, [`SimError::Invalid`] with
    /// every issue when it does but its contents are wrong.
    pub fn parse(text: &str, model: &ProblemModel) -> Result<Self, SimError> {
        Self::from_file(&WorldFile::parse(text)?, model)
    }

    /// Checks a parsed world file for `model`'s problem (the file names it: [`WorldFile::problem`]);
    /// every problem found is listed.
    ///
    /// # Errors
    /// [`SimError::Invalid`] with every issue when its contents are wrong.
    pub fn from_file(file: &WorldFile, model: &ProblemModel) -> Result<Self, SimError> {
        let mut issues = Issues::default();
        let mut world = check(file, model, &mut issues);
        if issues.0.is_empty() {
            world.inform();
            Ok(world)
        } else {
            Err(SimError::Invalid(issues.0))
        }
    }

    /// The problem's model told this world's own numbers, for the `informed` policy: the shares as priors, the answers' `P(yes)` as
    /// likelihoods (with no answer slip: the world's answers carry their own errors), `P(it works)` as
    /// the home fixes' repairs, and the world's minutes as every cost (with no risk weight: the world
    /// counts minutes only). The `informed` policy runs the engine on it: what MicDoctor would do with
    /// a knowledge base free of error, so `micdoctor / informed` is the price of the KB's wrong numbers.
    #[must_use]
    pub fn informed_model(&self) -> &ProblemModel {
        &self.informed
    }

    /// Puts this world's numbers in place of the KB's in `self.informed` (a copy of the model).
    fn inform(&mut self) {
        let informed = &mut self.informed;
        for reality in &self.causes {
            let c = reality.cause.get();
            informed.priors[c] = reality.share;
            for (finding, yes) in informed.findings.iter_mut().zip(&reality.yes) {
                finding.likelihood[c] = *yes;
            }
            for (fix, works) in informed.fixes.iter_mut().zip(&reality.works) {
                if !fix.handover {
                    fix.repairs[c] = *works;
                }
            }
            // A check's outcomes are measurement findings: the world's chances of each are their
            // likelihoods.
            for (check, chances) in self.check_outcomes.iter().zip(&reality.outcomes) {
                for (&finding, chance) in check.iter().zip(chances) {
                    informed.findings[finding.get()].likelihood[c] = *chance;
                }
            }
        }
        for (check, minutes) in informed.checks.iter_mut().zip(&self.check_minutes) {
            check.cost = *minutes;
        }
        for (finding, minutes) in informed.findings.iter_mut().zip(&self.finding_minutes) {
            finding.cost = *minutes;
        }
        for (fix, minutes) in informed.fixes.iter_mut().zip(&self.fix_minutes) {
            fix.cost = *minutes;
            fix.minutes = *minutes;
            if fix.handover {
                fix.diagnosis = (self.handover_not_named - self.handover_named).max(0.0);
            }
        }
        informed.parts = self
            .causes
            .iter()
            .filter(|c| !c.named_by.is_empty())
            .map(|c| c.cause)
            .collect();
    }

    /// The minutes of a shop visit: with the part named by a test, or without.
    #[must_use]
    pub fn handover_minutes(&self, part_named: bool) -> f64 {
        if part_named {
            self.handover_named
        } else {
            self.handover_not_named
        }
    }

    /// True when the answers a customer gave (`answered`: finding and answer) name the part of their
    /// true cause `cause` (index into [`World::causes`]), by the world's `names`.
    #[must_use]
    pub fn names_part(&self, cause: usize, answered: impl Fn(FindingIx) -> Option<bool>) -> bool {
        self.causes[cause].named_by.iter().any(|alternative| {
            alternative
                .iter()
                .all(|&(finding, yes)| answered(finding) == Some(yes))
        })
    }
}

#[derive(Default)]
struct Issues(Vec<String>);

impl Issues {
    fn push(&mut self, path: &str, message: impl std::fmt::Display) {
        self.0.push(format!("{path}: {message}"));
    }

    fn why(&mut self, path: &str, valued: &Valued) {
        if valued.why.trim().is_empty() {
            self.push(path, "every number needs a one-line `why`");
        }
    }

    fn probability(&mut self, path: &str, valued: &Valued) -> f64 {
        self.why(path, valued);
        if !(0.0..=1.0).contains(&valued.value) {
            self.push(
                path,
                format!(
                    "must be a probability between 0 and 1, not {}",
                    valued.value
                ),
            );
        }
        valued.value.clamp(0.0, 1.0)
    }
}

fn check(file: &WorldFile, model: &ProblemModel, issues: &mut Issues) -> World {
    if file.schema_version != WORLD_SCHEMA_VERSION {
        issues.push(
            "$.schema_version",
            format!(
                "this MicDoctor reads world version {WORLD_SCHEMA_VERSION}, not {}",
                file.schema_version
            ),
        );
    }
    if file.problem != model.problem {
        issues.push(
            "$.problem",
            format!(
                "the world is for \"{}\" but the model is \"{}\"",
                file.problem, model.problem
            ),
        );
    }
    for (path, text) in [
        ("$.id", &file.id),
        ("$.title", &file.title),
        ("$.summary", &file.summary),
    ] {
        if text.trim().is_empty() {
            issues.push(path, "must not be empty");
        }
    }
    let volunteer = issues.probability("$.volunteer_symptoms", &file.volunteer_symptoms);
    let (finding_minutes, mut fix_minutes, check_minutes) = minutes(file, model, issues);
    let (handover_named, handover_not_named) = handover_minutes(&file.handover, issues);
    for (minutes, fix) in fix_minutes.iter_mut().zip(&model.fixes) {
        if fix.handover {
            *minutes = handover_named;
        }
    }
    let mut seen = BTreeSet::new();
    let mut causes = Vec::with_capacity(file.causes.len());
    for (index, cause) in file.causes.iter().enumerate() {
        let path = format!("$.causes[{index}]");
        if !seen.insert(cause.id.as_str()) {
            issues.push(&path, format!("cause \"{}\" appears twice", cause.id));
        }
        match model.cause_index(&cause.id) {
            Some(model_index) => {
                let mut reality = reality(cause, model_index, model, &path, issues);
                reality.named_by = names(&file.handover, &cause.id, model, issues);
                reality.outcomes = outcomes(cause, model, &path, issues);
                causes.push(reality);
            }
            None => issues.push(
                &format!("{path}.id"),
                format!("\"{}\" is not a cause of {}", cause.id, model.problem),
            ),
        }
    }
    for id in &model.cause_ids {
        if !seen.contains(id.as_str()) {
            issues.push("$.causes", format!("cause \"{id}\" is missing"));
        }
    }
    for id in file.handover.names.keys() {
        if model.cause_index(id).is_none() {
            issues.push(
                &format!("$.handover.names.{id}"),
                format!("\"{id}\" is not a cause of {}", model.problem),
            );
        }
    }
    let total: f64 = causes.iter().map(|c| c.share).sum();
    if (total - 1.0).abs() > 1e-6 {
        issues.push("$.causes", format!("the shares sum to {total}, not 1"));
    }
    causes.sort_by_key(|c| c.cause);
    World {
        id: file.id.clone(),
        title: file.title.clone(),
        problem: file.problem.clone(),
        volunteer,
        causes,
        finding_minutes,
        fix_minutes,
        check_minutes,
        check_outcomes: model.checks.iter().map(|c| c.outcomes.clone()).collect(),
        handover_named,
        handover_not_named,
        // The KB's numbers until `parse` puts the world's in, once the world is valid.
        informed: model.clone(),
    }
}

fn minutes(
    file: &WorldFile,
    model: &ProblemModel,
    issues: &mut Issues,
) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let mut findings = vec![0.0; model.findings.len()];
    let mut fixes = vec![0.0; model.fixes.len()];
    let mut checks = vec![0.0; model.checks.len()];
    for (id, valued) in &file.minutes {
        let path = format!("$.minutes.{id}");
        issues.why(&path, valued);
        if !(valued.value.is_finite() && valued.value > 0.0) {
            issues.push(
                &path,
                format!("every step takes more than 0 minutes, not {}", valued.value),
            );
        }
        if let Some(f) = model.finding_index(id) {
            findings[f.get()] = valued.value;
        } else if let Some(a) = model.fix_index(id) {
            if model.fixes[a.get()].handover {
                issues.push(
                    &path,
                    "a hand-over's minutes are `handover.part_named` and `handover.part_not_named`",
                );
            }
            fixes[a.get()] = valued.value;
        } else if let Some(c) = model.check_index(id) {
            checks[c.get()] = valued.value;
        } else {
            issues.push(
                &path,
                format!(
                    "\"{id}\" is neither a finding, a fix nor a check of {}",
                    model.problem
                ),
            );
        }
    }
    // A measurement finding is answered by a recording, never asked: no policy spends minutes on it.
    let missing = model
        .findings
        .iter()
        .filter(|f| f.kind != crate::kb::FindingKind::Measurement)
        .map(|f| f.id.as_str())
        .chain(
            model
                .fixes
                .iter()
                .filter(|f| !f.handover)
                .map(|f| f.id.as_str()),
        )
        .chain(model.checks.iter().map(|c| c.id.as_str()))
        .filter(|id| !file.minutes.contains_key(*id));
    for id in missing {
        issues.push("$.minutes", format!("the minutes of \"{id}\" are missing"));
    }
    (findings, fixes, checks)
}

/// `P(outcome)` of every check of the model for one cause, checked: every outcome given, a `why` each,
/// summing to 1; no check the model does not have.
fn outcomes(
    cause: &WorldCause,
    model: &ProblemModel,
    path: &str,
    issues: &mut Issues,
) -> Vec<Vec<f64>> {
    for id in cause.checks.keys() {
        if model.check_index(id).is_none() {
            issues.push(
                &format!("{path}.checks.{id}"),
                format!(
                    "\"{id}\" is not a check of {} made as one step",
                    model.problem
                ),
            );
        }
    }
    model
        .checks
        .iter()
        .map(|check| {
            let here = format!("{path}.checks.{}", check.id);
            let Some(given) = cause.checks.get(&check.id) else {
                issues.push(&here, "the chances of this check's outcomes are missing");
                return vec![0.0; check.outcomes.len()];
            };
            for id in given.keys() {
                if !check
                    .outcomes
                    .iter()
                    .any(|&f| model.findings[f].id.as_str() == id.as_str())
                {
                    issues.push(
                        &format!("{here}.{id}"),
                        format!("\"{id}\" is not an outcome of {}", check.id),
                    );
                }
            }
            let chances: Vec<f64> = check
                .outcomes
                .iter()
                .map(|&f| {
                    let id = model.findings[f].id.as_str();
                    if let Some(valued) = given.get(id) {
                        issues.probability(&format!("{here}.{id}"), valued)
                    } else {
                        issues.push(&here, format!("no chance for outcome \"{id}\""));
                        0.0
                    }
                })
                .collect();
            let total: f64 = chances.iter().sum();
            if (total - 1.0).abs() > 1e-6 {
                issues.push(
                    &here,
                    format!(
                        "the outcomes' chances sum to {total}, not 1: a check ends on one outcome"
                    ),
                );
            }
            chances
        })
        .collect()
}

fn reality(
    cause: &WorldCause,
    index: CauseIx,
    model: &ProblemModel,
    path: &str,
    issues: &mut Issues,
) -> CauseReality {
    let share = &cause.share;
    issues.why(&format!("{path}.share"), share);
    if !(share.value.is_finite() && share.value >= 0.0) {
        issues.push(
            &format!("{path}.share"),
            format!("a share is a number ≥ 0, not {}", share.value),
        );
    }
    let yes = table(
        &cause.answers,
        &format!("{path}.answers"),
        model.findings.iter().map(|f| (f.id.as_str(), true)),
        "finding",
        issues,
    );
    let works = table(
        &cause.fixes,
        &format!("{path}.fixes"),
        model.fixes.iter().map(|f| (f.id.as_str(), !f.handover)),
        "home fix",
        issues,
    );
    CauseReality {
        cause: index,
        id: cause.id.clone(),
        hardware: cause.hardware,
        share: share.value.max(0.0),
        yes,
        works,
        named_by: Vec::new(),
        outcomes: Vec::new(),
    }
}

/// The hand-over's minutes with the part named and without, checked.
fn handover_minutes(handover: &WorldHandover, issues: &mut Issues) -> (f64, f64) {
    let mut minutes = |path: &str, valued: &Valued| {
        issues.why(path, valued);
        if !(valued.value.is_finite() && valued.value > 0.0) {
            issues.push(
                path,
                format!("every step takes more than 0 minutes, not {}", valued.value),
            );
        }
        valued.value
    };
    let named = minutes("$.handover.part_named", &handover.part_named);
    let not_named = minutes("$.handover.part_not_named", &handover.part_not_named);
    if named > not_named {
        issues.push(
            "$.handover.part_named",
            "a visit with the part named cannot take longer than one without",
        );
    }
    if handover.why.trim().is_empty() {
        issues.push("$.handover.why", "say why these answers name these parts");
    }
    (named, not_named)
}

/// The answers that name cause `id`'s part, checked against the model's findings.
fn names(
    handover: &WorldHandover,
    id: &str,
    model: &ProblemModel,
    issues: &mut Issues,
) -> Vec<Vec<(FindingIx, bool)>> {
    let Some(alternatives) = handover.names.get(id) else {
        return Vec::new();
    };
    alternatives
        .iter()
        .enumerate()
        .map(|(index, alternative)| {
            let path = format!("$.handover.names.{id}[{index}]");
            if alternative.is_empty() {
                issues.push(&path, "an alternative needs at least one answer");
            }
            alternative
                .iter()
                .filter_map(|(finding, &yes)| {
                    let found = model.finding_index(finding);
                    if found.is_none() {
                        issues.push(
                            &format!("{path}.{finding}"),
                            format!("\"{finding}\" is not a finding of {}", model.problem),
                        );
                    }
                    found.map(|f| (f, yes))
                })
                .collect()
        })
        .collect()
}

/// Probabilities for every id of `ids` (in order; `false` marks an id that must not appear and gets 0),
/// from explicit entries and `"default"`.
fn table<'a>(
    entries: &BTreeMap<String, Valued>,
    path: &str,
    ids: impl Iterator<Item = (&'a str, bool)>,
    kind: &str,
    issues: &mut Issues,
) -> Vec<f64> {
    let ids: Vec<(&str, bool)> = ids.collect();
    let default = entries
        .get(DEFAULT)
        .map(|v| issues.probability(&format!("{path}.{DEFAULT}"), v));
    for (id, valued) in entries {
        let entry = format!("{path}.{id}");
        match ids.iter().find(|(known, _)| known == id) {
            _ if id == DEFAULT => {}
            Some((_, true)) => {
                issues.probability(&entry, valued);
            }
            Some((_, false)) => issues.push(
                &entry,
                "a hand-over ends the case at the shop whatever happens there: leave it out",
            ),
            None => issues.push(&entry, format!("\"{id}\" is not a {kind} of this problem")),
        }
    }
    ids.iter()
        .map(|&(id, allowed)| {
            if !allowed {
                return 0.0;
            }
            match (entries.get(id), default) {
                (Some(valued), _) => valued.value.clamp(0.0, 1.0),
                (None, Some(d)) => d,
                (None, None) => {
                    issues.push(
                        path,
                        format!("no value for {kind} \"{id}\" and no \"{DEFAULT}\""),
                    );
                    0.0
                }
            }
        })
        .collect()
}
