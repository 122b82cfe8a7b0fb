//! A helper of the fast path: the look-ahead's leaf, `V(E)`, computed fast: for one set of home fixes, the survival products
//! `Π_{a∈mask} (1 − R(a, c))` of every cause do not depend on the belief, so they are built once per set
//! and each leaf only mixes them, `W(mask) = Σ_c P(c | E) · Π_c(mask)`, before the terminal DP.

use super::super::index::FixIx;
use super::super::model::ProblemModel;
use super::subset_dp::{STOP, solve_terminal};

/// The belief-free part of the DP for one set of home fixes (at most [`super::MAX_EXACT_FIXES`]).
#[derive(Debug, Clone)]
pub struct LeafTables {
    /// The home fixes, in id order (the DP's slots).
    pub home: Vec<FixIx>,
    costs: Vec<f64>,
    /// For each cause some fix of `home` can repair: the cause and its survival product per subset.
    products: Vec<(usize, Vec<f64>)>,
    /// Causes no fix of `home` repairs: they fail every subset alike.
    untouched: Vec<usize>,
}

impl LeafTables {
    #[must_use]
    pub fn new(model: &ProblemModel, home: &[FixIx]) -> Self {
        let states = 1usize << home.len();
        let mut products = Vec::new();
        let mut untouched = Vec::new();
        for cause in 0..model.priors.len() {
            let survive: Vec<f64> = home
                .iter()
                .map(|&fix| 1.0 - model.fixes[fix].repairs[cause])
                .collect();
            if survive.iter().all(|&s| s >= 1.0) {
                untouched.push(cause);
                continue;
            }
            let mut product = vec![1.0; states];
            for mask in 1..states {
                let lowest = mask.trailing_zeros() as usize;
                product[mask] = product[mask & (mask - 1)] * survive[lowest];
            }
            products.push((cause, product));
        }
        Self {
            home: home.to_vec(),
            costs: home.iter().map(|&fix| model.fixes[fix].cost).collect(),
            products,
            untouched,
        }
    }
}

/// Reusable scratch space for leaves.
#[derive(Debug, Default)]
pub struct LeafSolver {
    fail: Vec<f64>,
    value: Vec<f64>,
    choice: Vec<u8>,
}

impl LeafSolver {
    /// `V(E)` under `probabilities` with a hand-over of weight `handover_cost`, and the first home fix of
    /// the optimal plan (none: hand over now, or nothing left).
    pub fn solve(
        &mut self,
        tables: &LeafTables,
        probabilities: &[f64],
        handover_cost: Option<f64>,
    ) -> (f64, Option<FixIx>) {
        let states = 1usize << tables.home.len();
        let untouched: f64 = tables.untouched.iter().map(|&c| probabilities[c]).sum();
        self.fail.clear();
        self.fail.resize(states, untouched);
        for (cause, product) in &tables.products {
            let p = probabilities[*cause];
            if p == 0.0 {
                continue;
            }
            for (total, factor) in self.fail.iter_mut().zip(product) {
                *total += p * factor;
            }
        }
        solve_terminal(
            &self.fail,
            &tables.costs,
            handover_cost,
            &mut self.value,
            &mut self.choice,
        );
        let first = match self.choice[0] {
            STOP => None,
            slot => Some(tables.home[usize::from(slot)]),
        };
        (self.value[0], first)
    }
}
