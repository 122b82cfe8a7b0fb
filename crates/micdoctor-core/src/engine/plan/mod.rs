//! The plan: which home fixes to try, in which order, before the hand-over to a repair shop ends the case
//! (Heckerman, Breese & Rommelse 1995, "call service"). One definition, computed two ways:
//!
//! - [`reference`]: the definitions as the formulas read (greedy with recalculation, the exact subset DP,
//!   costs straight from their sums). Clear, slow, and the yardstick every test checks against.
//! - [`Planner`] (`fast.rs`): the same results over a sparse repair table built once per diagnosis; what
//!   the app, the look-ahead and the simulator use. Its helper `leaf.rs` keeps the DP's belief-free tables
//!   per set of home fixes for the look-ahead's leaves.
//!
//! Both solve the exact DP with the one kernel in `subset_dp.rs`; what the hand-over costs at a belief
//! (a visit, plus the shop's diagnosis unless a test named the part) is `handover.rs`.

mod fast;
mod handover;
mod leaf;
pub mod reference;
mod subset_dp;

pub use fast::Planner;
pub use handover::{HandoverWeights, part_max};
pub(super) use leaf::{LeafSolver, LeafTables};

use super::index::FixIx;
use super::model::ProblemModel;

/// Largest number of home fixes solved exactly (2^16 subsets); above it the plan is greedy.
pub const MAX_EXACT_FIXES: usize = 16;

/// Relative tolerance under which two costs count as tied (ties go to the smaller id, and to trying a
/// home fix rather than handing over).
const TIE: f64 = 1e-12;

/// One fix in a plan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlanStep {
    /// The fix.
    pub fix: FixIx,
    /// Probability this fix works if the user gets to it (all earlier fixes of the plan failed). For the
    /// hand-over, the chance that the shop's repair is what finally fixes it.
    pub success_probability: f64,
    /// True when a plan ordered by minutes alone would try this fix earlier: its risk weight (data that
    /// could be lost, settings reset) moved it back.
    pub later_for_risk: bool,
}

/// The fixes the engine would follow, with their expected cost. A hand-over, if any, is the last step.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub steps: Vec<PlanStep>,
    /// Expected cost of `steps` in the optimiser's weight (minutes plus risk), counting the hand-over.
    pub ecr: f64,
    /// The same for the greedy order with recalculation and its stopping rule, for comparison.
    pub greedy_ecr: f64,
    /// Expected minutes a person spends following `steps` (no risk weight).
    pub expected_minutes: f64,
    /// True when `steps` is the proven optimum (subset DP), false when it is the greedy order.
    pub exact: bool,
    /// `P(some home fix still untried works | E)`: what the home fixes left have together.
    pub home_chance: f64,
}

impl Plan {
    /// A plan with nothing in it (the case is solved or contradictory).
    #[must_use]
    pub fn empty() -> Self {
        Self {
            steps: Vec::new(),
            ecr: 0.0,
            greedy_ecr: 0.0,
            expected_minutes: 0.0,
            exact: true,
            home_chance: 0.0,
        }
    }

    /// The hand-over that ends the plan, if it does.
    #[must_use]
    pub fn handover(&self, model: &ProblemModel) -> Option<FixIx> {
        self.steps
            .last()
            .map(|s| s.fix)
            .filter(|&fix| model.fixes[fix].handover)
    }
}

/// `a < b` by more than the tie tolerance (both finite).
#[must_use]
pub fn clearly_less(a: f64, b: f64) -> bool {
    a < b - TIE * b.abs().max(1.0)
}
