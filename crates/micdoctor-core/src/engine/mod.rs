//! The inference engine: single-fault Bayesian ranking of causes and decision-theoretic ordering of
//! questions and fixes by cost (after Heckerman, Breese & Rommelse 1995 and SACSO, Jensen et al. 2001).
//!
//! Pure computation over a [`ProblemModel`] and an [`Evidence`]; no I/O, no UI.

use crate::i18n::Language;
use crate::t;

mod evidence;
mod index;
mod lookahead;
mod max_tree;
mod model;
mod next_step;
pub mod plan;
mod posterior;

pub use evidence::{Evidence, Observation};
pub use index::{CauseIx, CheckIx, FindingIx, FixIx};
pub use lookahead::Lookahead;
pub use model::{CheckModel, FindingModel, FixModel, ModelJson, ProblemModel};
pub use next_step::{
    Advice, AnswerBranch, CheckScore, DoneReason, NextStep, QuestionScore, Strategy, advise,
    askable, askable_checks, expected_cost_of_check, expected_cost_of_observation, informative,
    plan_step,
};
pub use plan::{Plan, PlanStep};
pub use posterior::{
    Contribution, EvidenceItem, MAX_WEIGHT, Posterior, explain, normalise_logs, posterior, update,
};

/// Why the engine could not work on a request.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EngineError {
    #[error("unknown problem \"{0}\"")]
    UnknownProblem(String),
    #[error("problem \"{problem}\" cannot be modelled: {why}")]
    BadModel { problem: String, why: String },
    #[error("unknown {kind} \"{id}\" for problem \"{problem}\"")]
    UnknownId {
        kind: &'static str,
        id: String,
        problem: String,
    },
}

impl EngineError {
    /// The error in `language`, for people; `Display` stays English for logs. Ids are quoted as the
    /// knowledge base has them: they are what its authors search for.
    #[must_use]
    pub fn in_words(&self, language: Language) -> String {
        match self {
            Self::UnknownProblem(problem) => t!(
                language,
                "engine-error-unknown-problem",
                problem = problem.as_str()
            ),
            Self::BadModel { problem, why } => t!(
                language,
                "engine-error-bad-model",
                problem = problem.as_str(),
                why = why.as_str()
            ),
            Self::UnknownId { kind, id, problem } => t!(
                language,
                "engine-error-unknown-id",
                kind = *kind,
                id = id.as_str(),
                problem = problem.as_str()
            ),
        }
    }
}

/// Everything derived from one state of a case: ranking, plan and next step.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnosis {
    pub posterior: Posterior,
    /// Causes, most probable first (ties keep the problem's order).
    pub ranking: Vec<CauseIx>,
    pub plan: Plan,
    pub next: NextStep,
    /// One-step ECO of every question still askable.
    pub questions: Vec<QuestionScore>,
    /// One-step ECO of every check that can still be made.
    pub checks: Vec<CheckScore>,
    /// For a proposed question: what each answer leads to.
    pub branches: Vec<AnswerBranch>,
    /// True when the look-ahead ran out of budget and the one-step rule chose the next step.
    pub fell_back: bool,
}

/// Ranks the causes, plans the fixes and picks the next step for the evidence, with the engine's
/// default look-ahead.
#[must_use]
pub fn diagnose(model: &ProblemModel, evidence: &Evidence) -> Diagnosis {
    diagnose_with(model, evidence, Strategy::default())
}

/// [`diagnose`] with the next step chosen by `strategy`. For a proposed question, each answer's branch
/// says the step this same function would propose after that answer (worked out, not guessed), so the
/// check card keeps its word.
#[must_use]
pub fn diagnose_with(model: &ProblemModel, evidence: &Evidence, strategy: Strategy) -> Diagnosis {
    let (posterior, plan, mut advice) = decide(model, evidence, strategy);
    let mut ranking: Vec<CauseIx> = model.causes().collect();
    ranking.sort_by(|&a, &b| posterior.probabilities[b].total_cmp(&posterior.probabilities[a]));
    if let NextStep::Question { finding, .. } = advice.next {
        advice.branches = [true, false]
            .into_iter()
            .filter_map(|yes| {
                let (_, probability) = update(model, &posterior.probabilities, finding, yes);
                (probability > 0.0).then(|| AnswerBranch {
                    yes,
                    probability,
                    then: next_step(model, &evidence.with_observation(finding, yes), strategy),
                })
            })
            .collect();
    }
    Diagnosis {
        posterior,
        ranking,
        plan,
        next: advice.next,
        questions: advice.questions,
        checks: advice.checks,
        branches: advice.branches,
        fell_back: advice.fell_back,
    }
}

/// The next step alone (what [`diagnose_with`] proposes), without the ranking or the branches' work.
#[must_use]
pub fn next_step(model: &ProblemModel, evidence: &Evidence, strategy: Strategy) -> NextStep {
    decide(model, evidence, strategy).2.next
}

/// The posterior, the plan and the advice for the evidence.
fn decide(
    model: &ProblemModel,
    evidence: &Evidence,
    strategy: Strategy,
) -> (Posterior, Plan, Advice) {
    let posterior = posterior(model, evidence);
    let planner = plan::Planner::new(model);
    let plan = if posterior.contradictory || evidence.fixed_by.is_some() {
        Plan::empty()
    } else {
        let used = |fix| evidence.has_used_fix(fix);
        let candidates = planner.candidates(&posterior.probabilities, used);
        planner.plan(
            &posterior.probabilities,
            &candidates,
            planner.handover(used),
        )
    };
    let advice = advise(
        &planner,
        model,
        evidence,
        &posterior.probabilities,
        posterior.contradictory,
        &plan,
        strategy,
    );
    (posterior, plan, advice)
}
