//! Ordering home fixes to minimise the expected cost of repair (ECR), with the hand-over to a repair shop
//! as a terminal action that can end the case at any point (Heckerman, Breese & Rommelse 1995, "call
//! service").
//!
//! With `W(F) = P(all of F fail | E) = Σ_c P(c | E) Π_{a∈F} (1 − R(a, c))`, the cost of a plan that tries
//! `a_1 … a_k` and then hands over is `Σ_i c(a_i) · W({a_1 … a_{i−1}}) + H({a_1 … a_k})`, with the
//! hand-over's term `H(F) = C_h · W(F) = visit · W(F) + D · (W(F) − max_{c ∈ parts} m_c(F))`
//! ([`super::HandoverWeights`]: the shop's diagnosis shrinks as one part becomes certain). `W` and the
//! masses `m_c` do not depend on the order of their set, so
//!
//! `V(F) = min( H(F), min_{a ∉ F} [ c(a) · W(F) + V(F ∪ {a}) ] )`
//!
//! is an exact dynamic programme over subsets of the home fixes with a positive chance. Without a
//! hand-over the first option disappears and `V(all) = 0`: the plain ECR optimum. Above
//! [`MAX_EXACT_FIXES`] home fixes the plan is greedy with recalculation, handing over as soon as no home
//! fix's `P(it fixes | earlier ones failed) / c` beats `1 / C_h` at that belief.
//!
//! These are the reference definitions, written as the formulas read; [`super::Planner`] computes the same
//! results faster, and the tests check that both agree.

use super::super::index::FixIx;
use super::super::model::ProblemModel;
use super::handover::{HandoverWeights, part_max};
pub use super::subset_dp::optimal_order;
use super::subset_dp::optimal_order_by;
use super::{MAX_EXACT_FIXES, Plan, PlanStep, clearly_less};

/// Home fixes that can still be proposed: not tried or skipped, with positive success probability.
/// Sorted by fix id so that ties break by id. Hand-overs are never candidates: see [`handover`].
#[must_use]
pub fn candidates(
    model: &ProblemModel,
    probabilities: &[f64],
    used: impl Fn(FixIx) -> bool,
) -> Vec<FixIx> {
    let mut list: Vec<FixIx> = model
        .fix_indices()
        .filter(|&fix| !model.fixes[fix].handover && !used(fix))
        .filter(|&fix| success_probability(model, probabilities, fix) > 0.0)
        .collect();
    list.sort_by(|&a, &b| model.fixes[a].id.cmp(&model.fixes[b].id));
    list
}

/// The hand-over still open to the case: the cheapest one not tried or skipped (ties by id).
#[must_use]
pub fn handover(model: &ProblemModel, used: impl Fn(FixIx) -> bool) -> Option<FixIx> {
    model
        .fix_indices()
        .filter(|&fix| model.fixes[fix].handover && !used(fix))
        .min_by(|&a, &b| {
            let (fa, fb) = (&model.fixes[a], &model.fixes[b]);
            fa.cost.total_cmp(&fb.cost).then_with(|| fa.id.cmp(&fb.id))
        })
}

/// `P(fix repairs | E) = Σ_c P(c | E) R(fix, c)`.
#[must_use]
pub fn success_probability(model: &ProblemModel, probabilities: &[f64], fix: FixIx) -> f64 {
    probabilities
        .iter()
        .zip(&model.fixes[fix].repairs)
        .map(|(p, r)| p * r)
        .sum()
}

/// `P(all of fixes fail | E)`.
#[must_use]
pub fn failure_probability(model: &ProblemModel, probabilities: &[f64], fixes: &[FixIx]) -> f64 {
    probabilities
        .iter()
        .enumerate()
        .map(|(cause, p)| {
            p * fixes
                .iter()
                .map(|&fix| 1.0 - model.fixes[fix].repairs[cause])
                .product::<f64>()
        })
        .sum()
}

/// The masses left once every fix of `fixes` failed: `P(c | E) · Π_{a ∈ fixes} (1 − R(a, c))`.
#[must_use]
pub fn masses_after(model: &ProblemModel, probabilities: &[f64], fixes: &[FixIx]) -> Vec<f64> {
    probabilities
        .iter()
        .enumerate()
        .map(|(cause, p)| {
            p * fixes
                .iter()
                .map(|&fix| 1.0 - model.fixes[fix].repairs[cause])
                .product::<f64>()
        })
        .collect()
}

/// The cost of trying `order` and then handing over (if `handover` is given), straight from its
/// definition, with each step weighed by `cost_of` and the hand-over by its weights, in the same unit
/// (the optimiser's weight or plain minutes).
#[must_use]
pub fn terminal_cost(
    model: &ProblemModel,
    probabilities: &[f64],
    order: &[FixIx],
    handover: Option<HandoverWeights>,
    cost_of: impl Fn(FixIx) -> f64,
) -> f64 {
    let home: f64 = (0..order.len())
        .map(|i| cost_of(order[i]) * failure_probability(model, probabilities, &order[..i]))
        .sum();
    home + handover.map_or(0.0, |weights| {
        let left = masses_after(model, probabilities, order);
        weights.term(left.iter().sum(), part_max(model, &left))
    })
}

/// The ECR of `order` followed by `handover`, in the optimiser's weight.
#[must_use]
pub fn ecr(
    model: &ProblemModel,
    probabilities: &[f64],
    order: &[FixIx],
    handover: Option<FixIx>,
) -> f64 {
    let weights = handover.map(|h| HandoverWeights::cost(model, h));
    terminal_cost(model, probabilities, order, weights, |fix| {
        model.fixes[fix].cost
    })
}

/// Greedy with recalculation: repeatedly take the home fix with the best
/// `P(it repairs | E, earlier ones failed) / c`, ties broken by id (candidates come sorted by id). With a
/// hand-over, stop as soon as no fix's efficiency beats `1 / C_h`, `C_h` valued at the belief reached.
#[must_use]
pub fn greedy_order(
    model: &ProblemModel,
    probabilities: &[f64],
    home: &[FixIx],
    handover: Option<HandoverWeights>,
) -> Vec<FixIx> {
    let mut surviving = probabilities.to_vec();
    let mut left: Vec<FixIx> = home.to_vec();
    let mut order = Vec::with_capacity(left.len());
    while !left.is_empty() {
        let mut best_slot = 0;
        let mut best_efficiency: Option<f64> = None;
        for (slot, &fix) in left.iter().enumerate() {
            let efficiency = success_probability(model, &surviving, fix) / model.fixes[fix].cost;
            if best_efficiency.is_none_or(|b| clearly_less(b, efficiency)) {
                best_efficiency = Some(efficiency);
                best_slot = slot;
            }
        }
        let remaining: f64 = surviving.iter().sum();
        if let (Some(weights), Some(efficiency)) = (handover, best_efficiency)
            && !beats_handover(
                efficiency,
                remaining,
                weights.per_case(remaining, part_max(model, &surviving)),
            )
        {
            break;
        }
        let fix = left.remove(best_slot);
        for (cause, mass) in surviving.iter_mut().enumerate() {
            *mass *= 1.0 - model.fixes[fix].repairs[cause];
        }
        order.push(fix);
    }
    order
}

/// The greedy stopping rule: a fix whose unnormalised efficiency (`repaired mass / c`) under a remaining
/// failure mass `remaining` is worth trying before a hand-over of weight `c_h`, i.e.
/// `P(it repairs | earlier failed) / c > 1 / C_h`.
#[must_use]
pub fn beats_handover(efficiency: f64, remaining: f64, c_h: f64) -> bool {
    remaining > 0.0 && clearly_less(remaining / c_h, efficiency)
}

/// The plan over the home fixes `home` and the hand-over `handover`: exact when there are at most
/// [`MAX_EXACT_FIXES`] home fixes, else greedy.
#[must_use]
pub fn plan(
    model: &ProblemModel,
    probabilities: &[f64],
    home: &[FixIx],
    handover: Option<FixIx>,
) -> Plan {
    let weights = handover.map(|h| HandoverWeights::cost(model, h));
    let greedy = greedy_order(model, probabilities, home, weights);
    let greedy_ecr = ecr(model, probabilities, &greedy, handover);
    let (order, exact) = if home.len() <= MAX_EXACT_FIXES {
        (optimal_order(model, probabilities, home, weights).0, true)
    } else {
        (greedy, false)
    };
    let plan_ecr = ecr(model, probabilities, &order, handover);
    let minutes = terminal_cost(
        model,
        probabilities,
        &order,
        handover.map(|h| HandoverWeights::minutes(model, h)),
        |fix| model.fixes[fix].minutes,
    );
    let by_time = time_only_order(model, probabilities, home, handover);
    let steps = [order.clone(), handover.into_iter().collect()].concat();
    Plan {
        steps: with_success_probabilities(model, probabilities, &steps, &by_time),
        ecr: plan_ecr,
        greedy_ecr,
        expected_minutes: minutes,
        exact,
        home_chance: 1.0 - failure_probability(model, probabilities, home),
    }
}

/// The home fixes a plan weighed by minutes alone would try, in order (the reference for "later because
/// of its risk"): exact up to [`MAX_EXACT_FIXES`], else none (no step is then marked).
#[must_use]
pub fn time_only_order(
    model: &ProblemModel,
    probabilities: &[f64],
    home: &[FixIx],
    handover: Option<FixIx>,
) -> Vec<FixIx> {
    if home.len() > MAX_EXACT_FIXES || home.iter().all(|&f| model.fixes[f].risk() <= 0.0) {
        return Vec::new();
    }
    let weights = handover.map(|h| HandoverWeights::minutes(model, h));
    optimal_order_by(model, probabilities, home, weights, |fix| {
        model.fixes[fix].minutes
    })
    .0
}

/// Plan steps with their conditional success probabilities, each marked when its risk moved it later
/// than in `by_time` (the order by minutes alone).
#[must_use]
pub fn with_success_probabilities(
    model: &ProblemModel,
    probabilities: &[f64],
    order: &[FixIx],
    by_time: &[FixIx],
) -> Vec<PlanStep> {
    let mut surviving = probabilities.to_vec();
    order
        .iter()
        .enumerate()
        .map(|(position, &fix)| {
            let remaining: f64 = surviving.iter().sum();
            let repaired = success_probability(model, &surviving, fix);
            for (cause, mass) in surviving.iter_mut().enumerate() {
                *mass *= 1.0 - model.fixes[fix].repairs[cause];
            }
            PlanStep {
                fix,
                success_probability: if remaining > 0.0 {
                    repaired / remaining
                } else {
                    0.0
                },
                later_for_risk: later_for_risk(model, fix, position, by_time),
            }
        })
        .collect()
}

/// True when `fix` carries a risk weight and the time-only order has it earlier than `position` (or
/// has it at all when the plan leaves it out is not a move, so only fixes in both count).
fn later_for_risk(model: &ProblemModel, fix: FixIx, position: usize, by_time: &[FixIx]) -> bool {
    model.fixes[fix].risk() > 0.0
        && by_time
            .iter()
            .position(|&f| f == fix)
            .is_some_and(|earlier| earlier < position)
}

/// The value the engine's plan achieves, `V(∅)` (exact up to [`MAX_EXACT_FIXES`] home fixes, else the
/// greedy order's): the reference for question scoring.
#[must_use]
pub fn planned_ecr(
    model: &ProblemModel,
    probabilities: &[f64],
    home: &[FixIx],
    handover: Option<FixIx>,
) -> f64 {
    plan(model, probabilities, home, handover).ecr
}
