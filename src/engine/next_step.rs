//! Choosing the next step: the question whose expected cost of observation (ECO) beats the plan, else the
//! plan's first fix.
//!
//! `ECO(q) = cost(q) + Σ_{k∈{yes,no}} P(q=k | E) · ECR*(E ∪ {q=k})`, where `ECR*` is the ECR of the plan the
//! engine would follow under that evidence. Only findings of kind `test` are asked: symptoms are what the
//! user volunteers in the symptom picker.

use crate::kb::FindingKind;

use super::evidence::Evidence;
use super::model::ProblemModel;
use super::plan::{Plan, clearly_less};
use super::planner::Planner;
use super::posterior;

/// What the user should do next.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NextStep {
    /// Answer this test (finding index); `eco` is its expected cost of observation in minutes.
    Question { finding: usize, eco: f64 },
    /// Try this fix (fix index): the first of the plan.
    Fix { fix: usize },
    /// Nothing to do: see the reason.
    Done(DoneReason),
}

/// Why there is no next step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DoneReason {
    /// This fix worked.
    Solved { fix: usize },
    /// Every useful fix has been tried or skipped.
    NothingLeft,
    /// The answers rule out every cause; one of them needs undoing.
    Contradictory,
}

/// A question's score, for display and tests.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QuestionScore {
    pub finding: usize,
    pub eco: f64,
}

/// The ECR* the plan would achieve under `probabilities`, with candidates recomputed for them.
fn planned_ecr(planner: &Planner<'_>, evidence: &Evidence, probabilities: &[f64]) -> f64 {
    let candidates = planner.candidates(probabilities, |fix| evidence.has_used_fix(fix));
    planner.planned_ecr(probabilities, &candidates)
}

/// `ECO(q)` for one unanswered question.
#[must_use]
pub fn expected_cost_of_observation(
    planner: &Planner<'_>,
    model: &ProblemModel,
    evidence: &Evidence,
    probabilities: &[f64],
    finding: usize,
) -> f64 {
    let branches = [true, false].map(|yes| {
        let (after, p_answer) = posterior::update(model, probabilities, finding, yes);
        if p_answer > 0.0 {
            p_answer * planned_ecr(planner, evidence, &after)
        } else {
            0.0
        }
    });
    model.findings[finding].cost + branches.iter().sum::<f64>()
}

/// Scores every askable question and picks the next step.
#[must_use]
pub fn next_step(
    planner: &Planner<'_>,
    model: &ProblemModel,
    evidence: &Evidence,
    probabilities: &[f64],
    contradictory: bool,
    plan: &Plan,
) -> (NextStep, Vec<QuestionScore>) {
    if let Some(fix) = evidence.fixed_by {
        return (NextStep::Done(DoneReason::Solved { fix }), Vec::new());
    }
    if contradictory {
        return (NextStep::Done(DoneReason::Contradictory), Vec::new());
    }
    let Some(first_fix) = plan.steps.first() else {
        return (NextStep::Done(DoneReason::NothingLeft), Vec::new());
    };
    let scores: Vec<QuestionScore> = (0..model.findings.len())
        .filter(|&f| model.findings[f].kind == FindingKind::Test && !evidence.has_settled(f))
        .map(|finding| QuestionScore {
            finding,
            eco: expected_cost_of_observation(planner, model, evidence, probabilities, finding),
        })
        .collect();
    // Lowest ECO wins; ties go to the smaller id. It must beat following the plan outright.
    let best = scores
        .iter()
        .fold(None::<&QuestionScore>, |best, score| match best {
            None => Some(score),
            Some(b) if clearly_less(score.eco, b.eco) => Some(score),
            Some(b)
                if !clearly_less(b.eco, score.eco)
                    && model.findings[score.finding].id < model.findings[b.finding].id =>
            {
                Some(score)
            }
            keep => keep,
        });
    let step = match best {
        Some(score) if clearly_less(score.eco, plan.ecr) => NextStep::Question {
            finding: score.finding,
            eco: score.eco,
        },
        _ => NextStep::Fix { fix: first_fix.fix },
    };
    (step, scores)
}
