//! Single-fault Bayesian posterior over causes, computed in log space, and per-evidence explanations.

use super::evidence::Evidence;
use super::index::{CauseIx, FindingIx, FixIx};
use super::model::ProblemModel;

/// Largest magnitude of an explanation weight (natural log); a likelihood of exactly 0 or 1 would
/// otherwise give ±∞. `e^10 ≈ 22 000 : 1` already reads as "rules it out".
pub const MAX_WEIGHT: f64 = 10.0;

/// P(cause | evidence) for every cause of a model.
#[derive(Debug, Clone, PartialEq)]
pub struct Posterior {
    /// Probabilities by cause index; they sum to 1 unless `contradictory`.
    pub probabilities: Vec<f64>,
    /// True when no cause is consistent with the evidence (every cause has probability 0);
    /// `probabilities` is then all zeros.
    pub contradictory: bool,
}

/// One piece of evidence, as it bears on one cause.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum EvidenceItem {
    Answer { finding: FindingIx, yes: bool },
    FixFailed { fix: FixIx },
    FixWorked { fix: FixIx },
}

/// How much one piece of evidence moved one cause: `ln P(e | c) − ln P(e | not c)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Contribution {
    pub item: EvidenceItem,
    /// Positive raises the cause, negative lowers it; clamped to ±[`MAX_WEIGHT`].
    pub weight: f64,
}

/// Probability of one piece of evidence under one cause.
fn likelihood(model: &ProblemModel, item: EvidenceItem, cause: CauseIx) -> f64 {
    match item {
        EvidenceItem::Answer { finding, yes } => {
            let p = model.findings[finding].likelihood[cause];
            if yes { p } else { 1.0 - p }
        }
        EvidenceItem::FixFailed { fix } => 1.0 - model.fixes[fix].repairs[cause],
        EvidenceItem::FixWorked { fix } => model.fixes[fix].repairs[cause],
    }
}

/// Every piece of evidence in a case, in a fixed order (answers, failed fixes, the working fix).
pub fn evidence_items(evidence: &Evidence) -> impl Iterator<Item = EvidenceItem> + '_ {
    evidence
        .observations
        .iter()
        .map(|o| EvidenceItem::Answer {
            finding: o.finding,
            yes: o.yes,
        })
        .chain(
            evidence
                .failed_fixes
                .iter()
                .map(|&fix| EvidenceItem::FixFailed { fix }),
        )
        .chain(evidence.fixed_by.map(|fix| EvidenceItem::FixWorked { fix }))
}

/// `P(c | E) ∝ prior(c) · Π P(e | c)`, normalised with log-sum-exp.
#[must_use]
pub fn posterior(model: &ProblemModel, evidence: &Evidence) -> Posterior {
    let log_weights: Vec<f64> = model
        .causes()
        .map(|cause| {
            evidence_items(evidence).fold(model.priors[cause].ln(), |acc, item| {
                acc + likelihood(model, item, cause).ln()
            })
        })
        .collect();
    normalise_logs(&log_weights)
}

/// Normalises log weights; all `-inf` (or an empty list) is contradictory.
#[must_use]
pub fn normalise_logs(log_weights: &[f64]) -> Posterior {
    let max = log_weights
        .iter()
        .copied()
        .fold(f64::NEG_INFINITY, f64::max);
    if !max.is_finite() {
        return Posterior {
            probabilities: vec![0.0; log_weights.len()],
            contradictory: true,
        };
    }
    let scaled: Vec<f64> = log_weights.iter().map(|w| (w - max).exp()).collect();
    let total: f64 = scaled.iter().sum();
    Posterior {
        probabilities: scaled.iter().map(|w| w / total).collect(),
        contradictory: false,
    }
}

/// Updates a posterior with one answer: multiply by the likelihood and renormalise.
/// Returns the new posterior and `P(answer | E)`.
#[must_use]
pub fn update(
    model: &ProblemModel,
    current: &[f64],
    finding: FindingIx,
    yes: bool,
) -> (Vec<f64>, f64) {
    let item = EvidenceItem::Answer { finding, yes };
    let joint: Vec<f64> = current
        .iter()
        .zip(model.causes())
        .map(|(p, cause)| p * likelihood(model, item, cause))
        .collect();
    let total: f64 = joint.iter().sum();
    if total > 0.0 {
        (joint.iter().map(|p| p / total).collect(), total)
    } else {
        (vec![0.0; current.len()], 0.0)
    }
}

/// For one cause, each piece of evidence's log-likelihood ratio against the other causes, where
/// `P(e | not c)` mixes the other causes by their priors. Sorted by decreasing magnitude.
#[must_use]
pub fn explain(model: &ProblemModel, evidence: &Evidence, cause: CauseIx) -> Vec<Contribution> {
    let other_prior: f64 = model
        .causes()
        .filter(|&c| c != cause)
        .map(|c| model.priors[c])
        .sum();
    let mut contributions: Vec<Contribution> = evidence_items(evidence)
        .map(|item| {
            let weight = if other_prior > 0.0 {
                let given_other = model
                    .causes()
                    .filter(|&c| c != cause)
                    .map(|c| model.priors[c] * likelihood(model, item, c))
                    .sum::<f64>()
                    / other_prior;
                log_ratio(likelihood(model, item, cause), given_other)
            } else {
                0.0
            };
            Contribution { item, weight }
        })
        .collect();
    contributions.sort_by(|a, b| b.weight.abs().total_cmp(&a.weight.abs()));
    contributions
}

/// `ln(a / b)` clamped to ±[`MAX_WEIGHT`], with 0/0 read as "no information".
fn log_ratio(a: f64, b: f64) -> f64 {
    match (a > 0.0, b > 0.0) {
        (true, true) => (a / b).ln().clamp(-MAX_WEIGHT, MAX_WEIGHT),
        (true, false) => MAX_WEIGHT,
        (false, true) => -MAX_WEIGHT,
        (false, false) => 0.0,
    }
}
