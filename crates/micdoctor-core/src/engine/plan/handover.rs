//! What handing the phone to a repair shop costs at a belief: the visit, plus the shop's own diagnosis
//! unless the case names the faulty part.
//!
//! A technician who is told which part failed ("the bottom microphone: a Voice Memo from it was silent")
//! quotes, orders and fits it; one who is not first runs their own tests, and the part is often ordered
//! afterwards, so a second visit follows. With `D` those extra minutes and `parts` the causes a test can
//! name, the shop's expected diagnosis is `D · P(the most likely part is not the fault)`:
//!
//! `C_h(E) = visit + D · (1 − max_{c ∈ parts} P(c | E))`
//!
//! On unnormalised masses `m` (what is left after the fixes tried, `W = Σ_c m_c`) the hand-over term of a
//! plan is `C_h · W = visit · W + D · (W − max_{c ∈ parts} m_c)`. It depends only on the masses of the set
//! of fixes tried, not on their order, so the subset DP stays exact; it is concave in the belief (a sum
//! minus a maximum), so the look-ahead's lower bound `Σ_c P(c | E) · V_c` still holds, with `V_c` valued
//! at `C_h = visit` for a part and `visit + D` for any other cause. With `D = 0` it is the fixed `C_h` of
//! the plain "call service" model.

use super::super::index::{CauseIx, FixIx};
use super::super::model::ProblemModel;

/// The hand-over's two weights, in one unit (the optimiser's weight, or minutes).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HandoverWeights {
    /// The visit when the faulty part is named.
    pub visit: f64,
    /// The shop's own diagnosis when nothing names the part.
    pub diagnosis: f64,
}

impl HandoverWeights {
    /// The weights of hand-over `fix` in the optimiser's weight (its cost, which has no risk part).
    #[must_use]
    pub fn cost(model: &ProblemModel, fix: FixIx) -> Self {
        Self {
            visit: model.fixes[fix].cost,
            diagnosis: model.fixes[fix].diagnosis,
        }
    }

    /// The weights of hand-over `fix` in minutes.
    #[must_use]
    pub fn minutes(model: &ProblemModel, fix: FixIx) -> Self {
        Self {
            visit: model.fixes[fix].minutes,
            diagnosis: model.fixes[fix].diagnosis,
        }
    }

    /// `C_h · W` with `W = remaining` the mass left and `part_max` the largest mass of a part:
    /// `visit · W + D · (W − part_max)`.
    #[must_use]
    pub fn term(self, remaining: f64, part_max: f64) -> f64 {
        let remaining = remaining.max(0.0);
        self.visit * remaining + self.diagnosis * (remaining - part_max).max(0.0)
    }

    /// `C_h` for one case that reaches the hand-over: `visit + D · (1 − part_max / W)`.
    #[must_use]
    pub fn per_case(self, remaining: f64, part_max: f64) -> f64 {
        if remaining > 0.0 {
            self.term(remaining, part_max) / remaining
        } else {
            self.visit + self.diagnosis
        }
    }

    /// `C_h` for a case that reaches the hand-over after `tried` failed, at the belief `probabilities`
    /// (by cause): the visit, plus the shop's diagnosis while the part is not named.
    #[must_use]
    pub fn at_belief(self, model: &ProblemModel, probabilities: &[f64], tried: &[FixIx]) -> f64 {
        let masses = super::reference::masses_after(model, probabilities, tried);
        let remaining: f64 = masses.iter().sum();
        self.per_case(remaining, part_max(model, &masses))
    }

    /// `C_h` when the cause is known for sure: the visit alone for a part, the visit and the diagnosis
    /// for anything else.
    #[must_use]
    pub fn known(self, model: &ProblemModel, cause: CauseIx) -> f64 {
        if model.parts.contains(&cause) {
            self.visit
        } else {
            self.visit + self.diagnosis
        }
    }
}

/// The largest mass among the causes a test can name as the faulty part (0 when there is none).
#[must_use]
pub fn part_max(model: &ProblemModel, masses: &[f64]) -> f64 {
    model
        .parts
        .iter()
        .map(|&cause| masses[cause.get()])
        .fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_term_is_a_visit_plus_the_diagnosis_left_unnamed() {
        let weights = HandoverWeights {
            visit: 90.0,
            diagnosis: 60.0,
        };
        // Half the mass left, its leading part at 0.3 of the whole: 90·0.5 + 60·(0.5 − 0.3) = 57.
        assert!((weights.term(0.5, 0.3) - 57.0).abs() < 1e-12);
        // Per case reaching the shop: 57 / 0.5 = 114 = 90 + 60 · (1 − 0.6).
        assert!((weights.per_case(0.5, 0.3) - 114.0).abs() < 1e-12);
        // A part known for sure costs the visit alone; nothing left costs nothing.
        assert!((weights.term(0.4, 0.4) - 36.0).abs() < 1e-12);
        assert!(weights.term(0.0, 0.0).abs() < 1e-12);
    }
}
