//! Choosing the next step: a question, the plan's first fix, or the hand-over.
//!
//! The one-step (myopic) rule scores each question by its expected cost of observation,
//! `ECO(q) = c(q) + Σ_{k∈{yes,no}} P(q=k | E) · V(E ∪ {q=k})`, with `V` the value of the exact plan
//! (hand-over included), and asks the best one when it beats `V(E)`. The engine's default looks further:
//! a depth-limited expectimax over questions and the plan's first fix, memoised by evidence state, with
//! `V` as its leaf ([`super::lookahead`]). A recording check proposed as one step (the three takes of
//! "Test each microphone") is scored the same way over its outcomes:
//! `ECO(t) = c(t) + Σ_k P(t=k | E) · V(E ∪ {t=k})`. Every finding can be asked, symptoms included: each costs the
//! minutes it takes a person to answer, so a question is asked only when its answer is worth them.

use super::evidence::Evidence;
use super::index::{CheckIx, FindingIx, FixIx};
use super::lookahead::{self, Lookahead};
use super::model::ProblemModel;
use super::plan::{Plan, Planner, clearly_less};
use super::posterior;
use crate::kb::FindingKind;

/// What the user should do next.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NextStep {
    /// Answer this finding (index); `eco` is the expected cost, in the optimiser's weight, of asking it
    /// and going on as planned.
    Question { finding: FindingIx, eco: f64 },
    /// Make this recording check (index), one step with several outcomes (the three takes of "Test each
    /// microphone"); `eco` as for a question.
    Measure { check: CheckIx, eco: f64 },
    /// Try this home fix (index): the first of the plan.
    Fix { fix: FixIx },
    /// Take the phone to the repair shop (this hand-over fix): it ends the case.
    Handover { fix: FixIx },
    /// Nothing to do: see the reason.
    Done(DoneReason),
}

/// Why there is no next step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DoneReason {
    /// This fix worked.
    Solved { fix: FixIx },
    /// Every useful fix has been tried or skipped, and no hand-over is left.
    NothingLeft,
    /// The answers rule out every cause; one of them needs undoing.
    Contradictory,
}

/// A question's one-step score, for display and tests.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QuestionScore {
    pub finding: FindingIx,
    pub eco: f64,
}

/// A check's one-step score, for display and tests.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CheckScore {
    pub check: CheckIx,
    pub eco: f64,
}

/// What one answer to the proposed question would lead to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AnswerBranch {
    pub yes: bool,
    /// `P(answer | E)`.
    pub probability: f64,
    /// The step the engine would propose after that answer.
    pub then: NextStep,
}

/// How the next step is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategy {
    /// Depth-limited expectimax (the engine's default).
    Lookahead(Lookahead),
    /// The one-step ECO rule.
    Myopic,
    /// Never ask: always the plan's first step.
    PlanOnly,
}

impl Default for Strategy {
    fn default() -> Self {
        Self::Lookahead(Lookahead::default())
    }
}

/// The chosen step, with what it is worth and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Advice {
    pub next: NextStep,
    /// One-step ECO of every question still askable and informative.
    pub questions: Vec<QuestionScore>,
    /// One-step ECO of every check that can still be made and could move the ranking.
    pub checks: Vec<CheckScore>,
    /// Expected cost (optimiser's weight) of taking `next` and going on as the search expects.
    pub value: f64,
    /// For a question: what each possible answer leads to (filled by [`super::diagnose_with`]).
    pub branches: Vec<AnswerBranch>,
    /// True when the look-ahead ran out of budget and the one-step rule chose instead.
    pub fell_back: bool,
}

/// The step that following `plan` means now.
#[must_use]
pub fn plan_step(model: &ProblemModel, plan: &Plan) -> NextStep {
    match plan.steps.first() {
        Some(step) if model.fixes[step.fix].handover => NextStep::Handover { fix: step.fix },
        Some(step) => NextStep::Fix { fix: step.fix },
        None => NextStep::Done(DoneReason::NothingLeft),
    }
}

/// Findings that can still be asked (not measurements: a recording answers those) and whose answer could
/// move the ranking under `probabilities`.
pub fn askable<'m>(
    model: &'m ProblemModel,
    probabilities: &'m [f64],
    settled: impl Fn(FindingIx) -> bool + 'm,
) -> impl Iterator<Item = FindingIx> + 'm {
    model.finding_indices().filter(move |&f| {
        model.findings[f].kind != FindingKind::Measurement
            && !settled(f)
            && informative(model, probabilities, f)
    })
}

/// Checks that can still be made (none of their outcomes answered or skipped) and whose outcome could
/// move the ranking under `probabilities`.
pub fn askable_checks<'m>(
    model: &'m ProblemModel,
    probabilities: &'m [f64],
    settled: impl Fn(FindingIx) -> bool + 'm,
) -> impl Iterator<Item = CheckIx> + 'm {
    model.check_indices().filter(move |&check| {
        let outcomes = &model.checks[check].outcomes;
        !outcomes.iter().any(|&f| settled(f))
            && outcomes
                .iter()
                .any(|&f| informative(model, probabilities, f))
    })
}

/// True when the finding's likelihood differs between two causes that are still possible.
#[must_use]
pub fn informative(model: &ProblemModel, probabilities: &[f64], finding: FindingIx) -> bool {
    let mut seen: Option<f64> = None;
    for (p, l) in probabilities
        .iter()
        .zip(&model.findings[finding].likelihood)
    {
        if *p > 0.0 {
            match seen {
                None => seen = Some(*l),
                Some(s) if (s - l).abs() > 1e-12 => return true,
                Some(_) => {}
            }
        }
    }
    false
}

/// The plan's value `V(E')` after one more answer to `finding`, weighed by that answer's probability,
/// for both answers: the one-step ECO.
#[must_use]
pub fn expected_cost_of_observation(
    planner: &Planner<'_>,
    model: &ProblemModel,
    evidence: &Evidence,
    probabilities: &[f64],
    finding: FindingIx,
) -> f64 {
    let answers = [true, false].map(|yes| (finding, yes));
    model.findings[finding].cost
        + weighed_plan_value(planner, model, evidence, probabilities, &answers)
}

/// The one-step ECO of a check: `c(check) + Σ_k P(outcome k | E) · V(E ∪ {outcome k})`.
#[must_use]
pub fn expected_cost_of_check(
    planner: &Planner<'_>,
    model: &ProblemModel,
    evidence: &Evidence,
    probabilities: &[f64],
    check: CheckIx,
) -> f64 {
    let answers: Vec<(FindingIx, bool)> = model.checks[check]
        .outcomes
        .iter()
        .map(|&outcome| (outcome, true))
        .collect();
    model.checks[check].cost + weighed_plan_value(planner, model, evidence, probabilities, &answers)
}

/// `Σ_k P(a_k | E) · V(E ∪ {a_k})` over the mutually exclusive answers `a_k` (finding, yes/no): a
/// question's yes and no, or a check's outcomes.
fn weighed_plan_value(
    planner: &Planner<'_>,
    model: &ProblemModel,
    evidence: &Evidence,
    probabilities: &[f64],
    answers: &[(FindingIx, bool)],
) -> f64 {
    let handover = planner.handover(|fix| evidence.has_used_fix(fix));
    answers
        .iter()
        .map(|&(finding, yes)| {
            let (after, p_answer) = posterior::update(model, probabilities, finding, yes);
            if p_answer > 0.0 {
                let candidates = planner.candidates(&after, |fix| evidence.has_used_fix(fix));
                p_answer * planner.planned_ecr(&after, &candidates, handover)
            } else {
                0.0
            }
        })
        .sum()
}

/// Scores the questions and picks the next step with `strategy`.
#[must_use]
pub fn advise(
    planner: &Planner<'_>,
    model: &ProblemModel,
    evidence: &Evidence,
    probabilities: &[f64],
    contradictory: bool,
    plan: &Plan,
    strategy: Strategy,
) -> Advice {
    let done = |reason| Advice {
        next: NextStep::Done(reason),
        questions: Vec::new(),
        checks: Vec::new(),
        value: 0.0,
        branches: Vec::new(),
        fell_back: false,
    };
    if let Some(fix) = evidence.fixed_by {
        return done(DoneReason::Solved { fix });
    }
    if contradictory {
        return done(DoneReason::Contradictory);
    }
    let follow = plan_step(model, plan);
    if matches!(follow, NextStep::Done(_)) {
        return done(DoneReason::NothingLeft);
    }
    if strategy == Strategy::PlanOnly {
        return Advice {
            next: follow,
            questions: Vec::new(),
            checks: Vec::new(),
            value: plan.ecr,
            branches: Vec::new(),
            fell_back: false,
        };
    }
    let questions: Vec<QuestionScore> = askable(model, probabilities, |f| {
        evidence.has_settled_with(f, |g| &model.findings[g].settles)
    })
    .map(|finding| QuestionScore {
        finding,
        eco: expected_cost_of_observation(planner, model, evidence, probabilities, finding),
    })
    .collect();
    let checks: Vec<CheckScore> = askable_checks(model, probabilities, |f| evidence.has_settled(f))
        .map(|check| CheckScore {
            check,
            eco: expected_cost_of_check(planner, model, evidence, probabilities, check),
        })
        .collect();
    let myopic = myopic_choice(model, &questions, &checks, plan, follow);
    let searched = match strategy {
        Strategy::Lookahead(settings) => lookahead::search(
            planner,
            model,
            evidence,
            probabilities,
            plan,
            lookahead::OneStep {
                questions: &questions,
                checks: &checks,
            },
            settings,
        ),
        Strategy::Myopic | Strategy::PlanOnly => None,
    };
    let fell_back = matches!(strategy, Strategy::Lookahead(_)) && searched.is_none();
    let (next, value, branches) = searched.unwrap_or_else(|| {
        let value = match myopic {
            NextStep::Question { eco, .. } | NextStep::Measure { eco, .. } => eco,
            _ => plan.ecr,
        };
        (myopic, value, Vec::new())
    });
    Advice {
        next,
        questions,
        checks,
        value,
        branches,
        fell_back,
    }
}

/// The one-step rule: the lowest ECO among the questions and checks (ties to the smaller id) if it beats
/// following the plan outright.
fn myopic_choice(
    model: &ProblemModel,
    questions: &[QuestionScore],
    checks: &[CheckScore],
    plan: &Plan,
    follow: NextStep,
) -> NextStep {
    let steps = questions
        .iter()
        .map(|q| {
            (
                NextStep::Question {
                    finding: q.finding,
                    eco: q.eco,
                },
                q.eco,
            )
        })
        .chain(checks.iter().map(|c| {
            (
                NextStep::Measure {
                    check: c.check,
                    eco: c.eco,
                },
                c.eco,
            )
        }));
    let best = steps.fold(None::<(NextStep, f64)>, |best, (step, eco)| match best {
        None => Some((step, eco)),
        Some((_, held)) if clearly_less(eco, held) => Some((step, eco)),
        Some((held_step, held))
            if !clearly_less(held, eco) && step_id(model, step) < step_id(model, held_step) =>
        {
            Some((step, eco))
        }
        keep => keep,
    });
    match best {
        Some((step, eco)) if clearly_less(eco, plan.ecr) => step,
        _ => follow,
    }
}

/// The id a question or check is known by, for breaking ties the same way everywhere.
pub(super) fn step_id(model: &ProblemModel, step: NextStep) -> &str {
    match step {
        NextStep::Question { finding, .. } => model.findings[finding].id.as_str(),
        NextStep::Measure { check, .. } => model.checks[check].id.as_str(),
        NextStep::Fix { fix } | NextStep::Handover { fix } => model.fixes[fix].id.as_str(),
        NextStep::Done(_) => "",
    }
}
