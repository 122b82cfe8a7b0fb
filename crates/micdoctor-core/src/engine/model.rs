//! The flattened numeric model of one problem: normalised priors, likelihood and repair tables by index.

use serde::Serialize;

use crate::kb::{CauseId, FindingId, FindingKind, FixId, KnowledgeBase, ProblemId};

use super::EngineError;
use super::index::{CauseIx, CheckIx, FindingIx, FixIx};

/// One finding as the engine sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct FindingModel {
    pub id: FindingId,
    pub kind: FindingKind,
    pub cost: f64,
    /// `P(yes | cause)` for every cause, by cause index.
    pub likelihood: Vec<f64>,
    /// Findings a "yes" here settles (excludes or implies): they are not asked after it.
    pub settles: Vec<FindingIx>,
}

/// One fix as the engine sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct FixModel {
    pub id: FixId,
    /// The optimiser's weight: `minutes` plus the fix's risk weight (data that could be lost, settings
    /// reset). Never shown to people as time.
    pub cost: f64,
    /// Minutes a person spends on the fix.
    pub minutes: f64,
    /// `P(fix repairs | cause)` for every cause, by cause index.
    pub repairs: Vec<f64>,
    /// A hand-over (the repair shop): a terminal action that ends the case whenever it is taken.
    pub handover: bool,
    /// A hand-over's extra minutes when nothing names the faulty part (the shop's own diagnosis); 0 for
    /// every other fix. See [`super::plan::HandoverWeights`].
    pub diagnosis: f64,
}

impl FixModel {
    /// The risk weight on top of the minutes.
    #[must_use]
    pub fn risk(&self) -> f64 {
        (self.cost - self.minutes).max(0.0)
    }
}

/// A recording check the engine can propose as one step with several outcomes (the three takes of
/// "Test each microphone"): its recordings answer exactly one outcome finding with a yes, and the outcome
/// findings' likelihoods are one distribution per cause (the knowledge base's check), so
/// `P(outcome k | E) = Σ_c P(c | E) · likelihood_k(c)`.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckModel {
    /// The recording check's id.
    pub id: String,
    /// Minutes it takes (no risk weight).
    pub cost: f64,
    /// Its outcomes, measurement findings by index, in the order the recordings decide them.
    pub outcomes: Vec<FindingIx>,
}

/// Everything the engine needs about one problem, with every table filled for every cause.
#[derive(Debug, Clone, PartialEq)]
pub struct ProblemModel {
    pub problem: ProblemId,
    pub cause_ids: Vec<CauseId>,
    /// Normalised priors, by cause index.
    pub priors: Vec<f64>,
    pub findings: Vec<FindingModel>,
    pub fixes: Vec<FixModel>,
    /// The causes a microphone test can name as the faulty part (the knowledge base's hardware causes):
    /// the more one of them is certain, the less a hand-over's diagnosis costs.
    pub parts: Vec<CauseIx>,
    /// Recording checks the engine can propose as one step.
    pub checks: Vec<CheckModel>,
}

impl ProblemModel {
    /// Builds the model of `problem_id` from a (validated) knowledge base.
    ///
    /// # Errors
    /// [`EngineError::UnknownProblem`] for an id the KB does not have, [`EngineError::BadModel`] when the
    /// problem's priors do not sum to a positive number or a reference does not resolve.
    pub fn from_kb(kb: &KnowledgeBase, problem_id: &str) -> Result<Self, EngineError> {
        let problem = kb
            .problem(problem_id)
            .ok_or_else(|| EngineError::UnknownProblem(problem_id.to_owned()))?;
        let bad = |why: String| EngineError::BadModel {
            problem: problem_id.to_owned(),
            why,
        };
        let mut weights = Vec::with_capacity(problem.causes.len());
        for id in &problem.causes {
            let cause = kb
                .cause(id)
                .ok_or_else(|| bad(format!("unknown cause {id}")))?;
            weights.push(cause.prior.max(0.0));
        }
        let total: f64 = weights.iter().sum();
        if !(total.is_finite() && total > 0.0) {
            return Err(bad("the priors do not sum to a positive number".to_owned()));
        }
        let priors = weights.iter().map(|w| w / total).collect();
        let slip = problem.answer_slip.as_ref().map_or(0.0, |s| s.rate);
        let findings = problem
            .findings
            .iter()
            .map(|id| {
                let finding = kb
                    .finding(id)
                    .ok_or_else(|| bad(format!("unknown finding {id}")))?;
                // A person can answer wrongly; a measurement has its own error in its likelihoods.
                let slip = if finding.kind == FindingKind::Measurement {
                    0.0
                } else {
                    slip
                };
                let likelihood = problem
                    .causes
                    .iter()
                    .map(|c| {
                        let phone = *finding
                            .likelihoods
                            .get(c)
                            .unwrap_or(&finding.default_likelihood);
                        slip + (1.0 - 2.0 * slip) * phone
                    })
                    .collect();
                Ok(FindingModel {
                    id: id.clone(),
                    kind: finding.kind,
                    cost: finding.cost_minutes,
                    likelihood,
                    settles: finding
                        .settles
                        .iter()
                        .filter_map(|other| problem.findings.iter().position(|f| f == other))
                        .map(FindingIx)
                        .collect(),
                })
            })
            .collect::<Result<Vec<FindingModel>, EngineError>>()?;
        let fixes = problem
            .fixes
            .iter()
            .map(|id| {
                let fix = kb.fix(id).ok_or_else(|| bad(format!("unknown fix {id}")))?;
                let repairs = problem
                    .causes
                    .iter()
                    .map(|c| *fix.repairs.get(c).unwrap_or(&0.0))
                    .collect();
                Ok(FixModel {
                    id: id.clone(),
                    cost: fix.cost_minutes + fix.risk_minutes,
                    minutes: fix.cost_minutes,
                    repairs,
                    handover: fix.handover,
                    diagnosis: fix.diagnosis_minutes,
                })
            })
            .collect::<Result<_, EngineError>>()?;
        let parts = problem
            .causes
            .iter()
            .enumerate()
            .filter(|(_, id)| kb.cause(id).is_some_and(|c| c.hardware))
            .map(|(index, _)| CauseIx(index))
            .collect();
        let checks = problem
            .recording_checks
            .iter()
            .filter_map(|check| Some((check, check.as_step.as_ref()?)))
            .map(|(check, step)| {
                let outcomes = step
                    .outcomes
                    .iter()
                    .map(|id| {
                        problem
                            .findings
                            .iter()
                            .position(|f| f == id)
                            .map(FindingIx)
                            .ok_or_else(|| {
                                bad(format!("check {} ends on unknown finding {id}", check.id))
                            })
                    })
                    .collect::<Result<_, EngineError>>()?;
                Ok(CheckModel {
                    id: check.id.clone(),
                    cost: step.cost_minutes,
                    outcomes,
                })
            })
            .collect::<Result<_, EngineError>>()?;
        Ok(Self {
            problem: problem.id.clone(),
            cause_ids: problem.causes.clone(),
            priors,
            findings,
            fixes,
            parts,
            checks,
        })
    }

    #[must_use]
    pub fn cause_index(&self, id: &str) -> Option<CauseIx> {
        self.cause_ids.iter().position(|c| c == id).map(CauseIx)
    }

    #[must_use]
    pub fn finding_index(&self, id: &str) -> Option<FindingIx> {
        self.findings.iter().position(|f| f.id == id).map(FindingIx)
    }

    #[must_use]
    pub fn fix_index(&self, id: &str) -> Option<FixIx> {
        self.fixes.iter().position(|f| f.id == id).map(FixIx)
    }

    #[must_use]
    pub fn check_index(&self, id: &str) -> Option<CheckIx> {
        self.checks.iter().position(|c| c.id == id).map(CheckIx)
    }

    /// Every check, by index.
    #[must_use]
    pub fn check_indices(&self) -> impl DoubleEndedIterator<Item = CheckIx> + Clone + use<> {
        CheckIx::all(self.checks.len())
    }

    /// The check `finding` is an outcome of, if any.
    #[must_use]
    pub fn check_of(&self, finding: FindingIx) -> Option<CheckIx> {
        self.checks
            .iter()
            .position(|c| c.outcomes.contains(&finding))
            .map(CheckIx)
    }

    /// Every cause, by index.
    #[must_use]
    pub fn causes(&self) -> impl DoubleEndedIterator<Item = CauseIx> + Clone + use<> {
        CauseIx::all(self.cause_ids.len())
    }

    /// Every finding, by index.
    #[must_use]
    pub fn finding_indices(&self) -> impl DoubleEndedIterator<Item = FindingIx> + Clone + use<> {
        FindingIx::all(self.findings.len())
    }

    /// Every fix, by index.
    #[must_use]
    pub fn fix_indices(&self) -> impl DoubleEndedIterator<Item = FixIx> + Clone + use<> {
        FixIx::all(self.fixes.len())
    }

    /// The id of a cause.
    #[must_use]
    pub fn cause_id(&self, cause: CauseIx) -> &CauseId {
        &self.cause_ids[cause.0]
    }

    /// The model in the documented `micdoctor model --json` shape.
    #[must_use]
    pub fn to_json(&self) -> ModelJson<'_> {
        let by_cause = |values: &[f64]| {
            self.cause_ids
                .iter()
                .map(CauseId::as_str)
                .zip(values.iter().copied())
                .collect()
        };
        ModelJson {
            problem: &self.problem,
            causes: self
                .cause_ids
                .iter()
                .zip(&self.priors)
                .map(|(id, prior)| CauseJson { id, prior: *prior })
                .collect(),
            findings: self
                .findings
                .iter()
                .map(|f| FindingJson {
                    id: &f.id,
                    cost: f.cost,
                    likelihood: by_cause(&f.likelihood),
                })
                .collect(),
            fixes: self
                .fixes
                .iter()
                .map(|f| FixJson {
                    id: &f.id,
                    cost: f.cost,
                    minutes: f.minutes,
                    handover: f.handover,
                    diagnosis: f.diagnosis,
                    repairs: by_cause(&f.repairs),
                })
                .collect(),
        }
    }
}

/// `micdoctor model --json` output.
#[derive(Debug, Serialize)]
pub struct ModelJson<'a> {
    pub problem: &'a str,
    pub causes: Vec<CauseJson<'a>>,
    pub findings: Vec<FindingJson<'a>>,
    pub fixes: Vec<FixJson<'a>>,
}

#[derive(Debug, Serialize)]
pub struct CauseJson<'a> {
    pub id: &'a str,
    pub prior: f64,
}

#[derive(Debug, Serialize)]
pub struct FindingJson<'a> {
    pub id: &'a str,
    /// Minutes it takes a person to answer (a question has no risk weight).
    pub cost: f64,
    pub likelihood: std::collections::BTreeMap<&'a str, f64>,
}

#[derive(Debug, Serialize)]
pub struct FixJson<'a> {
    pub id: &'a str,
    /// The optimiser's weight: minutes plus risk.
    pub cost: f64,
    /// Minutes a person spends on it.
    pub minutes: f64,
    /// A hand-over to a repair shop: it ends the case.
    pub handover: bool,
    /// A hand-over's extra minutes when no part is named.
    pub diagnosis: f64,
    pub repairs: std::collections::BTreeMap<&'a str, f64>,
}
