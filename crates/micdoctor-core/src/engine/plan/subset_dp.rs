//! The exact terminal DP over subsets of the home fixes (see [`super`] for the definition), the one kernel
//! both the reference and the fast path solve it with:
//! `V(F) = min(C_h · W(F), min_{a ∉ F} [c(a) · W(F) + V(F ∪ {a})])`, with the failure table `W` built
//! cause by cause, and the order it implies.

use super::super::index::FixIx;
use super::super::model::ProblemModel;
use super::{MAX_EXACT_FIXES, clearly_less};

/// The exact optimum of the terminal DP over `home` (at most [`MAX_EXACT_FIXES`] fixes), with
/// `handover_cost` the hand-over's weight (`None`: no hand-over, every fix is tried). Returns the home
/// fixes to try, in order, and the optimum `V(∅)`; the hand-over follows them when there is one.
///
/// # Panics
/// When given more than [`MAX_EXACT_FIXES`] home fixes.
#[must_use]
pub fn optimal_order(
    model: &ProblemModel,
    probabilities: &[f64],
    home: &[FixIx],
    handover_cost: Option<f64>,
) -> (Vec<FixIx>, f64) {
    optimal_order_by(model, probabilities, home, handover_cost, |fix| {
        model.fixes[fix].cost
    })
}

/// [`optimal_order`] with each fix weighed by `cost_of`.
///
/// # Panics
/// When given more than [`MAX_EXACT_FIXES`] home fixes.
#[must_use]
pub fn optimal_order_by(
    model: &ProblemModel,
    probabilities: &[f64],
    home: &[FixIx],
    handover_cost: Option<f64>,
    cost_of: impl Fn(FixIx) -> f64,
) -> (Vec<FixIx>, f64) {
    let n = home.len();
    assert!(
        n <= MAX_EXACT_FIXES,
        "subset DP is limited to {MAX_EXACT_FIXES} fixes"
    );
    let costs: Vec<f64> = home.iter().map(|&fix| cost_of(fix)).collect();
    let fail = failure_table(model, probabilities, home);
    let (mut value, mut choice) = (Vec::new(), Vec::new());
    solve_terminal(&fail, &costs, handover_cost, &mut value, &mut choice);
    let full = (1usize << n) - 1;
    let mut order = Vec::with_capacity(n);
    let mut mask = 0usize;
    while mask != full && choice[mask] != STOP {
        let slot = usize::from(choice[mask]);
        order.push(home[slot]);
        mask |= 1 << slot;
    }
    (order, value[0])
}

/// [`solve_terminal`]'s choice for "hand over now" (or, without a hand-over, "nothing left").
pub const STOP: u8 = u8::MAX;

/// The terminal DP over subsets, given `fail[mask] = W(mask)` for the `costs.len()` home fixes:
/// `value[mask]` is the least expected cost still to pay once the fixes of `mask` failed (weighted by
/// `W(mask)`, so not conditional), `choice[mask]` the slot to try next or [`STOP`]. Ties go to the
/// smaller slot (id order), and to a home fix rather than the hand-over.
pub fn solve_terminal(
    fail: &[f64],
    costs: &[f64],
    handover_cost: Option<f64>,
    value: &mut Vec<f64>,
    choice: &mut Vec<u8>,
) {
    let states = 1usize << costs.len();
    value.clear();
    value.resize(states, 0.0);
    choice.clear();
    choice.resize(states, STOP);
    let full = states - 1;
    let fail = &fail[..states];
    for mask in (0..states).rev() {
        let fail_here = fail[mask];
        // Only the fixes not yet in `mask`, in slot (id) order: the first of equal values wins, so ties
        // go to the smaller id. Plain comparisons, so the loop compiles without branches.
        let mut best = f64::INFINITY;
        let mut best_slot = STOP;
        let mut free = full & !mask;
        while free != 0 {
            let slot = free.trailing_zeros() as usize;
            free &= free - 1;
            let candidate = costs[slot] * fail_here + value[mask | (1 << slot)];
            let better = candidate < best;
            best = if better { candidate } else { best };
            best_slot = if better { slot as u8 } else { best_slot };
        }
        let (v, c) = match handover_cost {
            None if best_slot == STOP => (0.0, STOP),
            None => (best, best_slot),
            Some(c_h) => {
                let stop = c_h * fail_here;
                if best_slot == STOP || clearly_less(stop, best) {
                    (stop, STOP)
                } else {
                    (best, best_slot)
                }
            }
        };
        value[mask] = v;
        choice[mask] = c;
    }
}

/// `fail[mask] = P(all fixes of mask fail | E)` for every subset of `home`, built cause by cause. A cause
/// no home fix can repair fails every set alike, so it is added once as a constant.
fn failure_table(model: &ProblemModel, probabilities: &[f64], home: &[FixIx]) -> Vec<f64> {
    let states = 1usize << home.len();
    let mut untouched = 0.0;
    let mut fail = vec![0.0; states];
    let mut product = vec![1.0; states];
    for (cause, &p) in probabilities.iter().enumerate() {
        if p == 0.0 {
            continue;
        }
        if home
            .iter()
            .all(|&fix| model.fixes[fix].repairs[cause] <= 0.0)
        {
            untouched += p;
            continue;
        }
        let survive: Vec<f64> = home
            .iter()
            .map(|&fix| 1.0 - model.fixes[fix].repairs[cause])
            .collect();
        product[0] = 1.0;
        for mask in 1..states {
            let lowest = mask.trailing_zeros() as usize;
            product[mask] = product[mask & (mask - 1)] * survive[lowest];
        }
        for (total, factor) in fail.iter_mut().zip(&product) {
            *total += p * factor;
        }
    }
    for total in &mut fail {
        *total += untouched;
    }
    fail
}
