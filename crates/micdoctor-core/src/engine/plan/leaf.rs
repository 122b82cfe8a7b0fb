//! A helper of the fast path: the look-ahead's leaf, `V(E)`, computed fast: for one set of home fixes, the survival products
//! `Π_{a∈mask} (1 − R(a, c))` of every cause do not depend on the belief, so they are built once per set
//! and each leaf only mixes them, `W(mask) = Σ_c P(c | E) · Π_c(mask)`, before the terminal DP.

use super::super::index::FixIx;
use super::super::model::ProblemModel;
use super::handover::HandoverWeights;
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
    /// The parts (causes a test can name), each with its place in `products` (`None`: untouched).
    parts: Vec<(usize, Option<usize>)>,
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
            parts: model
                .parts
                .iter()
                .map(|part| {
                    let cause = part.get();
                    (cause, products.iter().position(|(c, _)| *c == cause))
                })
                .collect(),
            products,
            untouched,
        }
    }
}

/// Reusable scratch space for leaves.
#[derive(Debug, Default)]
pub struct LeafSolver {
    fail: Vec<f64>,
    part_max: Vec<f64>,
    value: Vec<f64>,
    choice: Vec<u8>,
}

impl LeafSolver {
    /// `V(E)` under `probabilities` with a hand-over of `handover`'s weights, and the first home fix of
    /// the optimal plan (none: hand over now, or nothing left).
    pub fn solve(
        &mut self,
        tables: &LeafTables,
        probabilities: &[f64],
        handover: Option<HandoverWeights>,
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
        self.part_max.clear();
        self.part_max.resize(states, 0.0);
        if handover.is_some_and(|w| w.diagnosis > 0.0) {
            for &(cause, product) in &tables.parts {
                let p = probabilities[cause];
                match product {
                    Some(at) => {
                        for (best, factor) in self.part_max.iter_mut().zip(&tables.products[at].1) {
                            *best = best.max(p * factor);
                        }
                    }
                    None => {
                        for best in &mut self.part_max {
                            *best = best.max(p);
                        }
                    }
                }
            }
        }
        solve_terminal(
            &self.fail,
            &self.part_max,
            &tables.costs,
            handover,
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
