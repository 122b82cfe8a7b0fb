//! The non-myopic choice of the next step: a depth-limited expectimax over questions and the plan's
//! first fix, memoised by evidence state, with the exact plan value as its leaf.
//!
//! `Q_0(E) = V(E)`, the terminal plan's value, and for `d ≥ 1`
//!
//! `Q_d(E) = min( V(E), c(a₁) + P(a₁ fails | E) · Q_{d−1}(E ∪ {a₁ failed}),
//!               min_q [ c(q) + Σ_k P(q=k | E) · Q_{d−1}(E ∪ {q=k}) ] )`
//!
//! where `a₁` is the first home fix of the plan at `E` (tried only from depth 2 on: at depth 1 its value
//! is `V(E)` itself) and `q` runs over the findings still unanswered whose answer could move the ranking,
//! and over the recording checks proposed as one step (the three takes of "Test each microphone"), whose
//! `k` runs over their outcomes instead of yes and no.
//! A state is the set of answers and failed fixes added since the root, so "q then r" and "r then q" share
//! one entry. A question is not expanded when even perfect knowledge of the cause could not make it pay:
//! `c(q) + Σ_c P(c | E) · V_c ≥` the best value found, where `V_c` is the least cost of fixing cause `c`
//! known for sure (a lower bound of every continuation, since `V` is concave in the belief).
//!
//! Leaves are counted; when a search needs more than its budget it gives up, and the caller falls back
//! to the one-step rule. The count, not a clock, keeps every result reproducible.

use rustc_hash::FxHashMap;

use super::evidence::Evidence;
use super::index::{CauseIx, CheckIx, FindingIx, FixIx};
use super::model::ProblemModel;
use super::next_step::{
    AnswerBranch, CheckScore, DoneReason, NextStep, QuestionScore, askable, askable_checks,
    plan_step, step_id,
};
use super::plan::{
    HandoverWeights, LeafSolver, LeafTables, MAX_EXACT_FIXES, Plan, Planner, clearly_less,
};
use super::posterior;

/// Settings of the look-ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lookahead {
    /// The deepest search tried: depths 2, 3, … are searched in turn (iterative deepening), and the
    /// deepest one finished within the budget decides.
    pub max_depth: u8,
    /// Plan evaluations allowed before giving up for the one-step rule.
    pub max_leaves: usize,
    /// Only this many questions are searched beyond one step: the root's best by one-step ECO (the
    /// others keep their one-step value).
    pub beam: usize,
}

impl Default for Lookahead {
    fn default() -> Self {
        Self {
            max_depth: 6,
            max_leaves: 1_000,
            beam: 8,
        }
    }
}

/// Something the search can ask: a question (yes or no) or a check (one of its outcomes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Probe {
    Question(FindingIx),
    Check(CheckIx),
}

impl Probe {
    fn cost(self, model: &ProblemModel) -> f64 {
        match self {
            Self::Question(finding) => model.findings[finding].cost,
            Self::Check(check) => model.checks[check].cost,
        }
    }

    /// The evidence each answer adds: yes and no for a question, one "yes" per outcome for a check.
    fn answers(self, model: &ProblemModel) -> Vec<Added> {
        match self {
            Self::Question(finding) => [true, false]
                .map(|yes| Added::Answer { finding, yes })
                .to_vec(),
            Self::Check(check) => model.checks[check]
                .outcomes
                .iter()
                .map(|&finding| Added::Answer { finding, yes: true })
                .collect(),
        }
    }

    /// The next step that asking it is.
    fn step(self, eco: f64) -> NextStep {
        match self {
            Self::Question(finding) => NextStep::Question { finding, eco },
            Self::Check(check) => NextStep::Measure { check, eco },
        }
    }
}

/// What the search chose at a state.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Choice {
    /// Follow the plan (its first step is `NextStep`).
    Follow(NextStep),
    Ask(Probe),
}

/// One more piece of evidence added below the root. A state's key is the sorted list of them, so "q then
/// r" and "r then q" are one state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Added {
    Answer { finding: FindingIx, yes: bool },
    Failed(FixIx),
}

struct Search<'a, 'm> {
    planner: &'a Planner<'m>,
    model: &'m ProblemModel,
    root: &'a Evidence,
    handover: Option<FixIx>,
    /// `V_c` for every cause: the least cost of fixing it when it is known for sure.
    known_cause_cost: Vec<f64>,
    leaves: FxHashMap<Vec<Added>, (f64, NextStep)>,
    nodes: FxHashMap<(Vec<Added>, u8), (f64, Choice)>,
    evaluations: usize,
    budget: usize,
    /// The DP's belief-free tables, by set of home fixes.
    tables: FxHashMap<Vec<FixIx>, LeafTables>,
    /// Findings that may be asked below the root (the beam), by finding index.
    in_beam: Vec<bool>,
    solver: LeafSolver,
}

/// A state below the root: the evidence added (sorted), the belief, and the fixes failed since the root.
#[derive(Clone)]
struct State {
    key: Vec<Added>,
    probabilities: Vec<f64>,
    failed: Vec<FixIx>,
}

impl State {
    fn with(&self, added: Added, probabilities: Vec<f64>) -> Self {
        let mut key = self.key.clone();
        let at = key.partition_point(|&a| a < added);
        key.insert(at, added);
        let mut failed = self.failed.clone();
        if let Added::Failed(fix) = added {
            failed.push(fix);
        }
        Self {
            key,
            probabilities,
            failed,
        }
    }

    /// True when a "yes" added below the root settles `finding`.
    fn excluded(&self, model: &ProblemModel, finding: FindingIx) -> bool {
        self.key.iter().any(|added| {
            matches!(*added, Added::Answer { finding: f, yes: true }
                if model.findings[f].settles.contains(&finding))
        })
    }

    fn asked(&self, finding: FindingIx) -> bool {
        [false, true].into_iter().any(|yes| {
            self.key
                .binary_search(&Added::Answer { finding, yes })
                .is_ok()
        })
    }
}

impl Search<'_, '_> {
    fn used(&self, state: &State, fix: FixIx) -> bool {
        self.root.has_used_fix(fix) || state.failed.contains(&fix)
    }

    /// `V(E)` and the plan's first step at a state; `None` once the budget is spent.
    fn leaf(&mut self, state: &State) -> Option<(f64, NextStep)> {
        if let Some(&known) = self.leaves.get(&state.key) {
            return Some(known);
        }
        if self.evaluations >= self.budget {
            return None;
        }
        self.evaluations += 1;
        let candidates = self
            .planner
            .candidates(&state.probabilities, |fix| self.used(state, fix));
        let (value, first) = if candidates.len() <= MAX_EXACT_FIXES {
            let tables = self
                .tables
                .entry(candidates)
                .or_insert_with_key(|home| LeafTables::new(self.model, home));
            let weights = self.handover.map(|h| HandoverWeights::cost(self.model, h));
            self.solver.solve(tables, &state.probabilities, weights)
        } else {
            self.planner
                .value_and_first(&state.probabilities, &candidates, self.handover)
        };
        let step = match (first, self.handover) {
            (Some(fix), _) => NextStep::Fix { fix },
            (None, Some(fix)) => NextStep::Handover { fix },
            (None, None) => NextStep::Done(DoneReason::NothingLeft),
        };
        self.leaves.insert(state.key.clone(), (value, step));
        Some((value, step))
    }

    /// `Σ_c P(c | E) · V_c`: no continuation from the state can cost less.
    fn lower_bound(&self, probabilities: &[f64]) -> f64 {
        probabilities
            .iter()
            .zip(&self.known_cause_cost)
            .map(|(p, v)| p * v)
            .sum()
    }

    /// `Q_depth` at a state, with the choice that reaches it.
    fn value(&mut self, state: &State, depth: u8) -> Option<(f64, Choice)> {
        if let Some(&known) = self.nodes.get(&(state.key.clone(), depth)) {
            return Some(known);
        }
        let (leaf, first) = self.leaf(state)?;
        let mut best = (leaf, Choice::Follow(first));
        if depth > 0 {
            if depth >= 2
                && let NextStep::Fix { fix } = first
            {
                let follow = self.after_fix(state, fix, depth - 1)?;
                if clearly_less(follow, best.0) {
                    best.0 = follow;
                }
            }
            let bound = self.lower_bound(&state.probabilities);
            let questions: Vec<FindingIx> = askable(self.model, &state.probabilities, |f| {
                !self.in_beam[f.get()]
                    || self
                        .root
                        .has_settled_with(f, |g| &self.model.findings[g].settles)
                    || state.asked(f)
                    || state.excluded(self.model, f)
            })
            .collect();
            let checks: Vec<CheckIx> = askable_checks(self.model, &state.probabilities, |f| {
                self.root.has_settled(f) || state.asked(f)
            })
            .collect();
            let probes = questions
                .into_iter()
                .map(Probe::Question)
                .chain(checks.into_iter().map(Probe::Check));
            for probe in probes {
                if !clearly_less(probe.cost(self.model) + bound, best.0) {
                    continue;
                }
                let value = self.after_probe(state, probe, depth - 1, best.0)?;
                if clearly_less(value, best.0) {
                    best = (value, Choice::Ask(probe));
                }
            }
        }
        self.nodes.insert((state.key.clone(), depth), best);
        Some(best)
    }

    /// `c(a) + P(a fails | E) · Q_depth(E ∪ {a failed})`.
    fn after_fix(&mut self, state: &State, fix: FixIx, depth: u8) -> Option<f64> {
        let model = self.model;
        let mut failed_mass = 0.0;
        let after: Vec<f64> = state
            .probabilities
            .iter()
            .zip(&model.fixes[fix].repairs)
            .map(|(p, r)| {
                let m = p * (1.0 - r);
                failed_mass += m;
                m
            })
            .collect();
        let cost = model.fixes[fix].cost;
        if failed_mass <= 0.0 {
            return Some(cost);
        }
        let after = after.iter().map(|m| m / failed_mass).collect();
        let child = state.with(Added::Failed(fix), after);
        Some(cost + failed_mass * self.value(&child, depth)?.0)
    }

    /// `c(q) + Σ_k P(q=k | E) · Q_depth(E ∪ {q=k})`; stops early (returning a value ≥ `cutoff`) once
    /// the branches done and the lower bound of the others cannot beat `cutoff`.
    fn after_probe(&mut self, state: &State, probe: Probe, depth: u8, cutoff: f64) -> Option<f64> {
        let mut total = probe.cost(self.model);
        let branches: Vec<(Added, Vec<f64>, f64)> = probe
            .answers(self.model)
            .into_iter()
            .map(|added| {
                let Added::Answer { finding, yes } = added else {
                    unreachable!("a probe adds answers only")
                };
                let (after, p) = posterior::update(self.model, &state.probabilities, finding, yes);
                (added, after, p)
            })
            .collect();
        let mut bound_left: f64 = branches
            .iter()
            .filter(|(_, _, p)| *p > 0.0)
            .map(|(_, after, p)| p * self.lower_bound(after))
            .sum();
        for (added, after, p) in branches {
            if p <= 0.0 {
                continue;
            }
            let bound_here = p * self.lower_bound(&after);
            if !clearly_less(total + bound_left, cutoff) {
                return Some(total + bound_left);
            }
            let child = state.with(added, after);
            total += p * self.value(&child, depth)?.0;
            bound_left -= bound_here;
        }
        Some(total)
    }
}

/// The least expected cost of fixing cause `cause` when it is known for sure, with the home fixes
/// `candidates` and a hand-over of `handover`'s weights (valued for that cause: the visit alone for a
/// part, the visit and the shop's diagnosis for anything else): fixes taken by decreasing `R / c` (the
/// optimal order for one known cause), stopping at the best prefix. Without a hand-over there is no bound
/// (0).
fn known_cause_cost(
    model: &ProblemModel,
    candidates: &[FixIx],
    handover: Option<HandoverWeights>,
    cause: CauseIx,
) -> f64 {
    let Some(weights) = handover else {
        return 0.0;
    };
    let c_h = weights.known(model, cause);
    let mut useful: Vec<(f64, f64)> = candidates
        .iter()
        .map(|&fix| (model.fixes[fix].repairs[cause], model.fixes[fix].cost))
        .filter(|(r, _)| *r > 0.0)
        .collect();
    useful.sort_by(|a, b| (b.0 / b.1).total_cmp(&(a.0 / a.1)));
    let mut best = c_h;
    let (mut spent, mut still_failing) = (0.0, 1.0);
    for (r, c) in useful {
        spent += c * still_failing;
        still_failing *= 1.0 - r;
        best = best.min(spent + c_h * still_failing);
    }
    best
}

/// The root's one-step scores: the search tries the best first.
#[derive(Debug, Clone, Copy)]
pub(super) struct OneStep<'a> {
    pub questions: &'a [QuestionScore],
    pub checks: &'a [CheckScore],
}

/// Runs the look-ahead from the root evidence. `None` when the budget ran out (the caller then uses
/// the one-step rule).
#[must_use]
pub(super) fn search(
    planner: &Planner<'_>,
    model: &ProblemModel,
    evidence: &Evidence,
    probabilities: &[f64],
    plan: &Plan,
    one_step: OneStep<'_>,
    settings: Lookahead,
) -> Option<(NextStep, f64, Vec<AnswerBranch>)> {
    let OneStep { questions, checks } = one_step;
    let handover = planner.handover(|fix| evidence.has_used_fix(fix));
    let candidates = planner.candidates(probabilities, |fix| evidence.has_used_fix(fix));
    let weights = handover.map(|h| HandoverWeights::cost(model, h));
    let known_cause_cost = model
        .causes()
        .map(|cause| known_cause_cost(model, &candidates, weights, cause))
        .collect();
    let mut search = Search {
        planner,
        model,
        root: evidence,
        handover,
        known_cause_cost,
        leaves: FxHashMap::default(),
        nodes: FxHashMap::default(),
        evaluations: 0,
        budget: settings.max_leaves,
        tables: FxHashMap::default(),
        in_beam: vec![false; model.findings.len()],
        solver: LeafSolver::default(),
    };
    let root = State {
        key: Vec::new(),
        probabilities: probabilities.to_vec(),
        failed: Vec::new(),
    };
    search
        .leaves
        .insert(Vec::new(), (plan.ecr, plan_step(model, plan)));
    // The most promising questions first, so the bound prunes the rest early. Checks are few (one per
    // recording check a problem proposes as a step): they are always searched, first.
    let mut order: Vec<(FindingIx, f64)> = questions.iter().map(|q| (q.finding, q.eco)).collect();
    order.sort_by(|a, b| {
        a.1.total_cmp(&b.1)
            .then_with(|| model.findings[a.0].id.cmp(&model.findings[b.0].id))
    });
    for &(finding, _) in order.iter().take(settings.beam) {
        search.in_beam[finding.get()] = true;
    }
    let probes: Vec<(Probe, f64, bool)> =
        checks
            .iter()
            .map(|c| (Probe::Check(c.check), c.eco, true))
            .chain(order.iter().enumerate().map(|(rank, &(finding, eco))| {
                (Probe::Question(finding), eco, rank < settings.beam)
            }))
            .collect();
    // Beyond this many steps every state is a leaf with nothing left to ask.
    let horizon =
        u8::try_from(questions.len() + checks.len() + candidates.len() + 1).unwrap_or(u8::MAX);
    let outcomes: usize = checks
        .iter()
        .map(|c| model.checks[c.check].outcomes.len())
        .sum();
    let mut chosen = None;
    for depth in 2..=settings.max_depth.max(2) {
        let before = search.evaluations;
        match search.decide(&root, depth, plan, &probes) {
            Some(decision) => chosen = Some(decision),
            None => break,
        }
        // One level deeper multiplies the new leaves by up to the beam's two answers each: start it
        // only if that many times the last level's leaves fit, rather than spend the budget on a search
        // that cannot finish.
        let spent = search.evaluations - before;
        let growth = 2 * settings.beam.min(questions.len()) + outcomes + 1;
        if depth >= horizon || search.evaluations + growth * spent > search.budget {
            break;
        }
    }
    chosen
}

impl Search<'_, '_> {
    /// The root's choice at one depth: following the plan (its first fix valued with the look-ahead
    /// after it), or the question or check of least value. `probes` carry their one-step value and
    /// whether they are searched (past the beam a question keeps its one-step value). `None` once the
    /// budget is spent.
    fn decide(
        &mut self,
        root: &State,
        depth: u8,
        plan: &Plan,
        probes: &[(Probe, f64, bool)],
    ) -> Option<(NextStep, f64, Vec<AnswerBranch>)> {
        let model = self.model;
        let follow = plan_step(model, plan);
        let mut best = (plan.ecr, follow);
        if let NextStep::Fix { fix } = follow {
            let value = self.after_fix(root, fix, depth - 1)?;
            if clearly_less(value, best.0) {
                best.0 = value;
            }
        }
        let bound = self.lower_bound(&root.probabilities);
        for &(probe, one_step, searched) in probes {
            if !clearly_less(probe.cost(model) + bound, best.0) {
                continue;
            }
            let value = if searched {
                self.after_probe(root, probe, depth - 1, best.0)?
            } else {
                one_step
            };
            let step = probe.step(value);
            let better = clearly_less(value, best.0)
                || (!clearly_less(best.0, value)
                    && matches!(best.1, NextStep::Question { .. } | NextStep::Measure { .. })
                    && step_id(model, step) < step_id(model, best.1));
            if better {
                best = (value, step);
            }
        }
        Some((best.1, best.0, Vec::new()))
    }
}
