//! Ordering fixes to minimise the expected cost of repair (ECR): exact subset DP, greedy fallback.
//!
//! `ECR(a_1 … a_n) = Σ_i cost(a_i) · P(a_1 … a_{i−1} all fail | E)`, with
//! `P(all of F fail | E) = Σ_c P(c | E) Π_{a∈F} (1 − R(a, c))`. The failure probability of a set does
//! not depend on the order its fixes were tried in, so
//! `V(F) = min_{a∉F} [cost(a) · P(all of F fail) + V(F ∪ {a})]` is an exact dynamic programme over subsets.

use super::model::ProblemModel;

/// Largest number of candidate fixes solved exactly (2^16 subsets); above it the plan is greedy.
pub const MAX_EXACT_FIXES: usize = 16;

/// Relative tolerance under which two costs count as tied (ties go to the smaller id).
const TIE: f64 = 1e-12;

/// One fix in a plan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlanStep {
    /// Fix index in the model.
    pub fix: usize,
    /// Probability this fix works if the user gets to it (all earlier fixes of the plan failed).
    pub success_probability: f64,
}

/// The ordered fixes the engine would follow, with their expected cost.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub steps: Vec<PlanStep>,
    /// Expected cost of repair of `steps`, in minutes.
    pub ecr: f64,
    /// ECR of the greedy order with recalculation, for comparison.
    pub greedy_ecr: f64,
    /// True when `steps` is the proven optimum (subset DP), false when it is the greedy order.
    pub exact: bool,
}

/// Fixes that can still be proposed: not tried or skipped, with positive success probability.
/// Sorted by fix id so that ties break by id.
#[must_use]
pub fn candidates(
    model: &ProblemModel,
    probabilities: &[f64],
    used: impl Fn(usize) -> bool,
) -> Vec<usize> {
    let mut list: Vec<usize> = (0..model.fixes.len())
        .filter(|&fix| !used(fix))
        .filter(|&fix| success_probability(model, probabilities, fix) > 0.0)
        .collect();
    list.sort_by(|&a, &b| model.fixes[a].id.cmp(&model.fixes[b].id));
    list
}

/// `P(fix repairs | E) = Σ_c P(c | E) R(fix, c)`.
#[must_use]
pub fn success_probability(model: &ProblemModel, probabilities: &[f64], fix: usize) -> f64 {
    probabilities
        .iter()
        .zip(&model.fixes[fix].repairs)
        .map(|(p, r)| p * r)
        .sum()
}

/// `P(all of fixes fail | E)`.
#[must_use]
pub fn failure_probability(model: &ProblemModel, probabilities: &[f64], fixes: &[usize]) -> f64 {
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

/// The expected cost of repair of an order, straight from its definition.
#[must_use]
pub fn ecr(model: &ProblemModel, probabilities: &[f64], order: &[usize]) -> f64 {
    (0..order.len())
        .map(|i| {
            model.fixes[order[i]].cost * failure_probability(model, probabilities, &order[..i])
        })
        .sum()
}

/// Splits candidates into the home fixes, which are ordered, and the last-resort hand-overs, which
/// always close the plan (in id order): sending the phone to a repair shop ends the case.
#[must_use]
pub fn split_last_resort(model: &ProblemModel, candidates: &[usize]) -> (Vec<usize>, Vec<usize>) {
    candidates
        .iter()
        .partition(|&&fix| !model.fixes[fix].last_resort)
}

/// The plan over `candidates`: home fixes exact when there are at most [`MAX_EXACT_FIXES`], else
/// greedy; last-resort fixes after them.
#[must_use]
pub fn plan(model: &ProblemModel, probabilities: &[f64], candidates: &[usize]) -> Plan {
    let (home, last) = split_last_resort(model, candidates);
    let greedy = [greedy_order(model, probabilities, &home), last.clone()].concat();
    let greedy_ecr = ecr(model, probabilities, &greedy);
    let (order, plan_ecr, exact) = if home.len() <= MAX_EXACT_FIXES {
        let order = [optimal_order(model, probabilities, &home).0, last].concat();
        let value = ecr(model, probabilities, &order);
        (order, value, true)
    } else {
        (greedy, greedy_ecr, false)
    };
    Plan {
        steps: with_success_probabilities(model, probabilities, &order),
        ecr: plan_ecr,
        greedy_ecr,
        exact,
    }
}

/// The ECR of the plan the engine would follow (the reference for question scoring).
#[must_use]
pub fn planned_ecr(model: &ProblemModel, probabilities: &[f64], candidates: &[usize]) -> f64 {
    plan(model, probabilities, candidates).ecr
}

fn with_success_probabilities(
    model: &ProblemModel,
    probabilities: &[f64],
    order: &[usize],
) -> Vec<PlanStep> {
    let mut surviving = probabilities.to_vec();
    order
        .iter()
        .map(|&fix| {
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
            }
        })
        .collect()
}

/// Exact optimum by dynamic programming over subsets of `candidates` (at most [`MAX_EXACT_FIXES`]).
/// Returns the order (fix indices) and its ECR.
///
/// # Panics
/// When given more than [`MAX_EXACT_FIXES`] candidates ([`plan`] switches to greedy before that).
#[must_use]
pub fn optimal_order(
    model: &ProblemModel,
    probabilities: &[f64],
    candidates: &[usize],
) -> (Vec<usize>, f64) {
    let n = candidates.len();
    assert!(
        n <= MAX_EXACT_FIXES,
        "subset DP is limited to {MAX_EXACT_FIXES} fixes"
    );
    let states = 1usize << n;
    let costs: Vec<f64> = candidates
        .iter()
        .map(|&fix| model.fixes[fix].cost)
        .collect();
    // fail[mask] = P(all fixes in mask fail | E), built cause by cause with one scratch table. A cause
    // no candidate can repair fails every set alike, so it is added once as a constant.
    let mut untouched = 0.0;
    let mut fail = vec![0.0; states];
    let mut product = vec![1.0; states];
    for (cause, &p) in probabilities.iter().enumerate() {
        if p == 0.0 {
            continue;
        }
        let survive: Vec<f64> = candidates
            .iter()
            .map(|&fix| 1.0 - model.fixes[fix].repairs[cause])
            .collect();
        if candidates
            .iter()
            .all(|&fix| model.fixes[fix].repairs[cause] <= 0.0)
        {
            untouched += p;
            continue;
        }
        product[0] = 1.0;
        for mask in 1..states {
            let lowest = mask.trailing_zeros() as usize;
            product[mask] = product[mask & (mask - 1)] * survive[lowest];
        }
        for (total, factor) in fail.iter_mut().zip(&product) {
            *total += p * factor;
        }
    }
    // value[mask] = least expected cost of doing every remaining fix after those in mask failed.
    let mut value = vec![0.0; states];
    let mut choice = vec![0u8; states];
    let full = states - 1;
    for mask in (0..full).rev() {
        let fail_here = fail[mask] + untouched;
        let mut best: Option<f64> = None;
        // Only the fixes not yet in `mask`, in slot (id) order, so ties still go to the smaller id.
        let mut free = full & !mask;
        while free != 0 {
            let slot = free.trailing_zeros() as usize;
            free &= free - 1;
            let candidate = costs[slot] * fail_here + value[mask | (1 << slot)];
            if best.is_none_or(|b| clearly_less(candidate, b)) {
                best = Some(candidate);
                choice[mask] = u8::try_from(slot).unwrap_or(u8::MAX);
            }
        }
        value[mask] = best.unwrap_or(0.0);
    }
    let mut order = Vec::with_capacity(n);
    let mut mask = 0usize;
    while mask != full {
        let slot = usize::from(choice[mask]);
        order.push(candidates[slot]);
        mask |= 1 << slot;
    }
    (order, if n == 0 { 0.0 } else { value[0] })
}

/// Greedy with recalculation: repeatedly take the fix with the best `P(repairs | E, earlier failed) / cost`,
/// ties broken by id (candidates come sorted by id).
#[must_use]
pub fn greedy_order(
    model: &ProblemModel,
    probabilities: &[f64],
    candidates: &[usize],
) -> Vec<usize> {
    let mut surviving = probabilities.to_vec();
    let mut left: Vec<usize> = candidates.to_vec();
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
        let fix = left.remove(best_slot);
        for (cause, mass) in surviving.iter_mut().enumerate() {
            *mass *= 1.0 - model.fixes[fix].repairs[cause];
        }
        order.push(fix);
    }
    order
}

/// `a < b` by more than the tie tolerance (both finite).
#[must_use]
pub fn clearly_less(a: f64, b: f64) -> bool {
    a < b - TIE * b.abs().max(1.0)
}
