//! The exact terminal DP over subsets of the home fixes (see [`super`] for the definition), the one kernel
//! both the reference and the fast path solve it with:
//! `V(F) = min(H(F), min_{a ∉ F} [c(a) · W(F) + V(F ∪ {a})])`, with `W(F)` the mass left once the fixes of
//! `F` failed and `H(F) = visit · W(F) + D · (W(F) − max_{c ∈ parts} m_c(F))` the hand-over's term
//! ([`super::HandoverWeights`]); the tables are built cause by cause, and the order follows the choices.

use super::super::index::FixIx;
use super::super::model::ProblemModel;
use super::handover::HandoverWeights;
use super::{MAX_EXACT_FIXES, clearly_less};

/// The exact optimum of the terminal DP over `home` (at most [`MAX_EXACT_FIXES`] fixes), with
/// `handover` the hand-over's weights (`None`: no hand-over, every fix is tried). Returns the home fixes
/// to try, in order, and the optimum `V(∅)`; the hand-over follows them when there is one.
///
/// # Panics
/// When given more than [`MAX_EXACT_FIXES`] home fixes.
#[must_use]
pub fn optimal_order(
    model: &ProblemModel,
    probabilities: &[f64],
    home: &[FixIx],
    handover: Option<HandoverWeights>,
) -> (Vec<FixIx>, f64) {
    optimal_order_by(model, probabilities, home, handover, |fix| {
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
    handover: Option<HandoverWeights>,
    cost_of: impl Fn(FixIx) -> f64,
) -> (Vec<FixIx>, f64) {
    let n = home.len();
    assert!(
        n <= MAX_EXACT_FIXES,
        "subset DP is limited to {MAX_EXACT_FIXES} fixes"
    );
    let costs: Vec<f64> = home.iter().map(|&fix| cost_of(fix)).collect();
    let (fail, part_max) = failure_table(model, probabilities, home);
    let (mut value, mut choice) = (Vec::new(), Vec::new());
    solve_terminal(&fail, &part_max, &costs, handover, &mut value, &mut choice);
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

/// The terminal DP over subsets, given `fail[mask] = W(mask)` and `part_max[mask]` (the largest mass of
/// a part once `mask` failed) for the `costs.len()` home fixes: `value[mask]` is the least expected cost
/// still to pay once the fixes of `mask` failed (weighted by `W(mask)`, so not conditional),
/// `choice[mask]` the slot to try next or [`STOP`]. Ties go to the smaller slot (id order), and to a home
/// fix rather than the hand-over.
pub fn solve_terminal(
    fail: &[f64],
    part_max: &[f64],
    costs: &[f64],
    handover: Option<HandoverWeights>,
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
        let (v, c) = match handover {
            None if best_slot == STOP => (0.0, STOP),
            None => (best, best_slot),
            Some(weights) => {
                let stop = weights.term(fail_here, part_max[mask]);
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

/// `fail[mask] = P(all fixes of mask fail | E)` for every subset of `home`, built cause by cause, and
/// `part_max[mask]`, the largest of the parts' masses there. A cause no home fix can repair fails every
/// set alike, so it is added once as a constant.
fn failure_table(
    model: &ProblemModel,
    probabilities: &[f64],
    home: &[FixIx],
) -> (Vec<f64>, Vec<f64>) {
    let states = 1usize << home.len();
    let mut untouched = 0.0;
    let mut fail = vec![0.0; states];
    let mut part_max = vec![0.0_f64; states];
    let mut product = vec![1.0; states];
    for (cause, &p) in probabilities.iter().enumerate() {
        if p == 0.0 {
            continue;
        }
        let is_part = model.parts.iter().any(|c| c.get() == cause);
        if home
            .iter()
            .all(|&fix| model.fixes[fix].repairs[cause] <= 0.0)
        {
            untouched += p;
            if is_part {
                for best in &mut part_max {
                    *best = best.max(p);
                }
            }
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
        if is_part {
            for (best, factor) in part_max.iter_mut().zip(&product) {
                *best = best.max(p * factor);
            }
        }
    }
    for total in &mut fail {
        *total += untouched;
    }
    (fail, part_max)
}
