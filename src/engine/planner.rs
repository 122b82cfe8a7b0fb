//! The fast path of [`super::plan`]: the same definitions, computed over a sparse index of the repair
//! table that is built once per diagnosis.
//!
//! A fix repairs only a few causes, so `P(a repairs | E, F failed) = Σ_{c ∈ supp(a)} s_c R(a,c)` touches only
//! its support, and when a fix `b` is assumed failed only the scores of fixes sharing a cause with `b`
//! change. The most efficient fix is kept at the top of a tournament tree, so greedy with recalculation
//! costs `O((n + Σ_b Σ_{c∈supp(b)} deg(c)) · log n)` instead of `O(n²·causes)` (a step whose two best fixes
//! are within the tie tolerance falls back to the reference's scan, so ties break exactly as there). Its
//! ECR is accumulated on the way instead of being re-derived prefix by prefix. The plain functions in
//! `plan.rs` remain the reference; tests check that both agree.

use super::max_tree::MaxTree;
use super::model::ProblemModel;
use super::plan::{self, MAX_EXACT_FIXES, Plan, PlanStep, clearly_less};

/// The sparse repair table of one problem.
#[derive(Debug, Clone)]
pub struct Planner<'a> {
    model: &'a ProblemModel,
    /// For each fix, the causes it can repair: `(cause, R(fix, cause))` with `R > 0`.
    repairs_of_fix: Vec<Vec<(usize, f64)>>,
    /// For each cause, the fixes that can repair it: `(fix, R(fix, cause))` with `R > 0`.
    fixes_of_cause: Vec<Vec<(usize, f64)>>,
    /// Fix indices sorted by id, so candidate lists come out in tie-break order without sorting.
    fixes_by_id: Vec<usize>,
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
                        fixes_of_cause[cause].push((fix, r));
                        (cause, r)
                    })
                    .collect()
            })
            .collect();
        let mut fixes_by_id: Vec<usize> = (0..model.fixes.len()).collect();
        fixes_by_id.sort_by(|&a, &b| model.fixes[a].id.cmp(&model.fixes[b].id));
        Self {
            model,
            repairs_of_fix,
            fixes_of_cause,
            fixes_by_id,
        }
    }

    /// `Σ_{c ∈ supp(fix)} mass_c R(fix, c)`: the (unnormalised) chance `fix` repairs given `mass`.
    fn repaired_mass(&self, mass: &[f64], fix: usize) -> f64 {
        self.repairs_of_fix[fix]
            .iter()
            .map(|&(cause, r)| mass[cause] * r)
            .sum()
    }

    /// Same as [`plan::candidates`]: untried fixes with positive success probability, sorted by id.
    #[must_use]
    pub fn candidates(&self, probabilities: &[f64], used: impl Fn(usize) -> bool) -> Vec<usize> {
        self.fixes_by_id
            .iter()
            .copied()
            .filter(|&fix| !used(fix) && self.repaired_mass(probabilities, fix) > 0.0)
            .collect()
    }

    /// Same as [`plan::greedy_order`], with the order's ECR.
    #[must_use]
    pub fn greedy(&self, probabilities: &[f64], candidates: &[usize]) -> (Vec<usize>, f64) {
        self.greedy_then(probabilities, candidates, &[])
    }

    /// The greedy order of `candidates`, and the ECR of that order followed by `last_resort` (the
    /// hand-overs, in the order given), accumulated in the same pass.
    fn greedy_then(
        &self,
        probabilities: &[f64],
        candidates: &[usize],
        last_resort: &[usize],
    ) -> (Vec<usize>, f64) {
        let fixes = &self.model.fixes;
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
            slot_of_fix[fix] = slot;
        }
        let mut order = Vec::with_capacity(candidates.len());
        let mut ecr = 0.0;
        for _ in 0..candidates.len() {
            let top = efficiency.top();
            let value = efficiency.value(top);
            if value == f64::NEG_INFINITY {
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
            for &(cause, r) in &self.repairs_of_fix[fix] {
                let lost = surviving[cause] * r;
                if lost == 0.0 {
                    continue;
                }
                surviving[cause] -= lost;
                remaining_mass -= lost;
                for &(other, r_other) in &self.fixes_of_cause[cause] {
                    let slot = slot_of_fix[other];
                    if slot != usize::MAX && efficiency.value(slot) != f64::NEG_INFINITY {
                        score[slot] = (score[slot] - lost * r_other).max(0.0);
                        efficiency.set(slot, score[slot] / fixes[other].cost);
                    }
                }
            }
            order.push(fix);
        }
        for &fix in last_resort {
            ecr += fixes[fix].cost * remaining_mass.max(0.0);
            for &(cause, r) in &self.repairs_of_fix[fix] {
                let lost = surviving[cause] * r;
                surviving[cause] -= lost;
                remaining_mass -= lost;
            }
        }
        (order, ecr)
    }

    /// ECR of `home` ordered as given, then `last` (the last-resort fixes), in one pass over the support.
    fn ecr_with_last(&self, probabilities: &[f64], home: &[usize], last: &[usize]) -> f64 {
        let mut surviving = probabilities.to_vec();
        let mut remaining: f64 = surviving.iter().sum();
        let mut total = 0.0;
        for &fix in home.iter().chain(last) {
            total += self.model.fixes[fix].cost * remaining.max(0.0);
            for &(cause, r) in &self.repairs_of_fix[fix] {
                let repaired = surviving[cause] * r;
                surviving[cause] -= repaired;
                remaining -= repaired;
            }
        }
        total
    }

    /// The ECR the engine's plan achieves, without building the plan (question scoring calls it often).
    #[must_use]
    pub fn planned_ecr(&self, probabilities: &[f64], candidates: &[usize]) -> f64 {
        let (home, last) = plan::split_last_resort(self.model, candidates);
        if home.len() <= MAX_EXACT_FIXES {
            let order = plan::optimal_order(self.model, probabilities, &home).0;
            self.ecr_with_last(probabilities, &order, &last)
        } else {
            self.greedy_then(probabilities, &home, &last).1
        }
    }

    /// Same as [`plan::plan`].
    #[must_use]
    pub fn plan(&self, probabilities: &[f64], candidates: &[usize]) -> Plan {
        let (home, last) = plan::split_last_resort(self.model, candidates);
        let (greedy_home, greedy_ecr) = self.greedy_then(probabilities, &home, &last);
        let (home_order, exact) = if home.len() <= MAX_EXACT_FIXES {
            (
                plan::optimal_order(self.model, probabilities, &home).0,
                true,
            )
        } else {
            (greedy_home, false)
        };
        let ecr = self.ecr_with_last(probabilities, &home_order, &last);
        let order = [home_order, last].concat();
        Plan {
            steps: self.with_success_probabilities(probabilities, &order),
            ecr,
            greedy_ecr,
            exact,
        }
    }

    fn with_success_probabilities(&self, probabilities: &[f64], order: &[usize]) -> Vec<PlanStep> {
        let mut surviving = probabilities.to_vec();
        let mut remaining: f64 = surviving.iter().sum();
        order
            .iter()
            .map(|&fix| {
                let repaired = self.repaired_mass(&surviving, fix);
                let success_probability = if remaining > 0.0 {
                    repaired / remaining
                } else {
                    0.0
                };
                for &(cause, r) in &self.repairs_of_fix[fix] {
                    surviving[cause] *= 1.0 - r;
                }
                remaining -= repaired;
                PlanStep {
                    fix,
                    success_probability,
                }
            })
            .collect()
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
