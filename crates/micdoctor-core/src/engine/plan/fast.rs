//! The plan's fast path: the definitions of [`super::reference`], computed over a sparse index of the
//! repair table that is built once per diagnosis.
//!
//! A fix repairs only a few causes, so `P(a repairs | E, F failed) = Σ_{c ∈ supp(a)} s_c R(a,c)` touches only
//! its support, and when a fix `b` is assumed failed only the scores of fixes sharing a cause with `b`
//! change. The most efficient fix is kept at the top of a tournament tree, so greedy with recalculation
//! costs `O((n + Σ_b Σ_{c∈supp(b)} deg(c)) · log n)` instead of `O(n²·causes)` (a step whose two best fixes
//! are within the tie tolerance falls back to the reference's scan, so ties break exactly as there). Its
//! ECR is accumulated on the way instead of being re-derived prefix by prefix. The plain functions in
//! `reference.rs` remain the reference; tests check that both agree.

use super::super::index::FixIx;
use super::super::max_tree::MaxTree;
use super::super::model::ProblemModel;
use super::handover::{HandoverWeights, part_max};
use super::reference as plan;
use super::{MAX_EXACT_FIXES, Plan, clearly_less};

/// The sparse repair table of one problem.
#[derive(Debug, Clone)]
pub struct Planner<'a> {
    model: &'a ProblemModel,
    /// For each fix, the causes it can repair: `(cause, R(fix, cause))` with `R > 0`. Causes are kept as
    /// raw positions here: the hot loops index plain `f64` buffers with them.
    repairs_of_fix: Vec<Vec<(usize, f64)>>,
    /// For each cause, the fixes that can repair it: `(fix, R(fix, cause))` with `R > 0`.
    fixes_of_cause: Vec<Vec<(FixIx, f64)>>,
    /// Fix indices sorted by id, so candidate lists come out in tie-break order without sorting.
    fixes_by_id: Vec<FixIx>,
}

impl<'a> Planner<'a> {
    #[must_use]
    pub fn new(model: &'a ProblemModel) -> Self {
        let mut fixes_of_cause = vec![Vec::new(); model.priors.len()];
        let repairs_of_fix = model
            .fixes
            .iter()
            .enumerate()
            .map(|(fix, f)| {
                f.repairs
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| **r > 0.0)
                    .map(|(cause, &r)| {
                        fixes_of_cause[cause].push((FixIx(fix), r));
                        (cause, r)
                    })
                    .collect()
            })
            .collect();
        let mut fixes_by_id: Vec<FixIx> = model.fix_indices().collect();
        fixes_by_id.sort_by(|&a, &b| model.fixes[a].id.cmp(&model.fixes[b].id));
        Self {
            model,
            repairs_of_fix,
            fixes_of_cause,
            fixes_by_id,
        }
    }

    /// `Σ_{c ∈ supp(fix)} mass_c R(fix, c)`: the (unnormalised) chance `fix` repairs given `mass`.
    fn repaired_mass(&self, mass: &[f64], fix: FixIx) -> f64 {
        self.repairs_of_fix[fix.get()]
            .iter()
            .map(|&(cause, r)| mass[cause] * r)
            .sum()
    }

    /// Same as [`plan::handover`].
    #[must_use]
    pub fn handover(&self, used: impl Fn(FixIx) -> bool) -> Option<FixIx> {
        plan::handover(self.model, used)
    }

    /// `V(∅)` and the first home fix of the plan (none: hand over now, or nothing left), without
    /// building the plan.
    #[must_use]
    pub fn value_and_first(
        &self,
        probabilities: &[f64],
        candidates: &[FixIx],
        handover: Option<FixIx>,
    ) -> (f64, Option<FixIx>) {
        if candidates.len() <= MAX_EXACT_FIXES {
            let weights = handover.map(|h| HandoverWeights::cost(self.model, h));
            let (order, value) =
                plan::optimal_order(self.model, probabilities, candidates, weights);
            (value, order.first().copied())
        } else {
            let (order, value) = self.greedy(probabilities, candidates, handover);
            (value, order.first().copied())
        }
    }

    /// Same as [`plan::candidates`]: untried home fixes with positive success probability, sorted by id.
    #[must_use]
    pub fn candidates(&self, probabilities: &[f64], used: impl Fn(FixIx) -> bool) -> Vec<FixIx> {
        self.fixes_by_id
            .iter()
            .copied()
            .filter(|&fix| {
                !self.model.fixes[fix].handover
                    && !used(fix)
                    && self.repaired_mass(probabilities, fix) > 0.0
            })
            .collect()
    }

    /// Same as [`plan::greedy_order`] (with its stopping rule before `handover`), with the ECR of that
    /// order followed by the hand-over, accumulated in the same pass.
    #[must_use]
    pub fn greedy(
        &self,
        probabilities: &[f64],
        candidates: &[FixIx],
        handover: Option<FixIx>,
    ) -> (Vec<FixIx>, f64) {
        let fixes = &self.model.fixes;
        let weights = handover.map(|h| HandoverWeights::cost(self.model, h));
        let mut surviving = probabilities.to_vec();
        let mut remaining_mass: f64 = surviving.iter().sum();
        // score[slot]: repaired mass of candidates[slot] under `surviving`; efficiency = score / cost,
        // recomputed only for the slots whose score changed; chosen slots drop to -∞.
        let mut score: Vec<f64> = candidates
            .iter()
            .map(|&fix| self.repaired_mass(&surviving, fix))
            .collect();
        let efficiency: Vec<f64> = candidates
            .iter()
            .zip(&score)
            .map(|(&fix, s)| s / fixes[fix].cost)
            .collect();
        let mut efficiency = MaxTree::new(&efficiency);
        let mut slot_of_fix = vec![usize::MAX; fixes.len()];
        for (slot, &fix) in candidates.iter().enumerate() {
            slot_of_fix[fix.get()] = slot;
        }
        let mut order = Vec::with_capacity(candidates.len());
        let mut ecr = 0.0;
        for _ in 0..candidates.len() {
            let top = efficiency.top();
            let value = efficiency.value(top);
            if value == f64::NEG_INFINITY {
                break;
            }
            if let Some(weights) = weights
                && !plan::beats_handover(
                    value,
                    remaining_mass,
                    weights.per_case(remaining_mass, part_max(self.model, &surviving)),
                )
            {
                break;
            }
            // Taking the top out leaves the runner-up at the top of the tree.
            efficiency.set(top, f64::NEG_INFINITY);
            let best = if value == 0.0 || clearly_less(efficiency.value(efficiency.top()), value) {
                // One fix is clearly the most efficient, or none can repair anything any more (all
                // efficiencies are 0, so the first is taken): the scan below would pick the same.
                top
            } else {
                // A near tie: put the top back and take the first of the best in slot order, as the
                // reference's scan does.
                efficiency.set(top, value);
                let best = first_of_the_best(&efficiency, candidates.len());
                efficiency.set(best, f64::NEG_INFINITY);
                best
            };
            let fix = candidates[best];
            ecr += fixes[fix].cost * remaining_mass.max(0.0);
            for &(cause, r) in &self.repairs_of_fix[fix.get()] {
                let lost = surviving[cause] * r;
                if lost == 0.0 {
                    continue;
                }
                surviving[cause] -= lost;
                remaining_mass -= lost;
                for &(other, r_other) in &self.fixes_of_cause[cause] {
                    let slot = slot_of_fix[other.get()];
                    if slot != usize::MAX && efficiency.value(slot) != f64::NEG_INFINITY {
                        score[slot] = (score[slot] - lost * r_other).max(0.0);
                        efficiency.set(slot, score[slot] / fixes[other].cost);
                    }
                }
            }
            order.push(fix);
        }
        if let Some(weights) = weights {
            ecr += weights.term(remaining_mass, part_max(self.model, &surviving));
        }
        (order, ecr)
    }

    /// The cost of `home` in the order given, then the hand-over, in one pass over the support, with
    /// each fix weighed by `cost_of` and the hand-over by its weights in the same unit.
    fn terminal_cost(
        &self,
        probabilities: &[f64],
        home: &[FixIx],
        handover: Option<HandoverWeights>,
        cost_of: impl Fn(FixIx) -> f64,
    ) -> f64 {
        let mut surviving = probabilities.to_vec();
        let mut remaining: f64 = surviving.iter().sum();
        let mut total = 0.0;
        for &fix in home {
            total += cost_of(fix) * remaining.max(0.0);
            for &(cause, r) in &self.repairs_of_fix[fix.get()] {
                let repaired = surviving[cause] * r;
                surviving[cause] -= repaired;
                remaining -= repaired;
            }
        }
        total
            + handover.map_or(0.0, |weights| {
                weights.term(remaining, part_max(self.model, &surviving))
            })
    }

    /// The value of the engine's plan, `V(∅)`, without building the plan (the leaf of every look-ahead).
    #[must_use]
    pub fn planned_ecr(
        &self,
        probabilities: &[f64],
        candidates: &[FixIx],
        handover: Option<FixIx>,
    ) -> f64 {
        if candidates.len() <= MAX_EXACT_FIXES {
            let weights = handover.map(|h| HandoverWeights::cost(self.model, h));
            plan::optimal_order(self.model, probabilities, candidates, weights).1
        } else {
            self.greedy(probabilities, candidates, handover).1
        }
    }

    /// Same as [`plan::plan`].
    #[must_use]
    pub fn plan(
        &self,
        probabilities: &[f64],
        candidates: &[FixIx],
        handover: Option<FixIx>,
    ) -> Plan {
        let model = self.model;
        let (greedy_home, greedy_ecr) = self.greedy(probabilities, candidates, handover);
        let (home_order, ecr, exact) = if candidates.len() <= MAX_EXACT_FIXES {
            let weights = handover.map(|h| HandoverWeights::cost(model, h));
            let (order, value) = plan::optimal_order(model, probabilities, candidates, weights);
            (order, value, true)
        } else {
            (greedy_home, greedy_ecr, false)
        };
        let expected_minutes = self.terminal_cost(
            probabilities,
            &home_order,
            handover.map(|h| HandoverWeights::minutes(model, h)),
            |fix| model.fixes[fix].minutes,
        );
        let by_time = plan::time_only_order(model, probabilities, candidates, handover);
        let order = [home_order, handover.into_iter().collect()].concat();
        Plan {
            steps: plan::with_success_probabilities(model, probabilities, &order, &by_time),
            ecr,
            greedy_ecr,
            expected_minutes,
            exact,
            home_chance: 1.0 - self.failure_after(probabilities, candidates),
        }
    }

    /// `P(all of fixes fail | E)` over the sparse support.
    fn failure_after(&self, probabilities: &[f64], fixes: &[FixIx]) -> f64 {
        let mut surviving = probabilities.to_vec();
        for &fix in fixes {
            for &(cause, r) in &self.repairs_of_fix[fix.get()] {
                surviving[cause] *= 1.0 - r;
            }
        }
        surviving.iter().sum()
    }
}

/// The slot [`plan::greedy_order`] picks among near-ties: the first live slot, replaced by each later slot
/// that is clearly more efficient than the one held (a linear scan, used only when the two best are
/// within the tie tolerance of each other).
fn first_of_the_best(efficiency: &MaxTree, slots: usize) -> usize {
    let mut best = (0..slots)
        .find(|&slot| efficiency.value(slot) != f64::NEG_INFINITY)
        .unwrap_or(0);
    for slot in best + 1..slots {
        let (held, other) = (efficiency.value(best), efficiency.value(slot));
        // The plain comparison first: most slots are not higher, and skip the tolerance arithmetic.
        if other > held && clearly_less(held, other) {
            best = slot;
        }
    }
    best
}
