//! What is known about one case, by model index: answered findings and fix outcomes.

use super::index::{FindingIx, FixIx};

/// An observed answer to a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Observation {
    pub finding: FindingIx,
    pub yes: bool,
}

/// The evidence of a case in the engine's terms (indices into a [`super::ProblemModel`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Evidence {
    /// Findings answered yes or no, in the order given.
    pub observations: Vec<Observation>,
    /// Findings the user could not answer; they are not asked again.
    pub skipped_findings: Vec<FindingIx>,
    /// Fixes tried without success.
    pub failed_fixes: Vec<FixIx>,
    /// Fixes the user chose not to do; left out of the plan, no evidence.
    pub skipped_fixes: Vec<FixIx>,
    /// The fix that solved the problem, if any.
    pub fixed_by: Option<FixIx>,
}

impl Evidence {
    /// True when the finding has been answered or skipped.
    #[must_use]
    pub fn has_settled(&self, finding: FindingIx) -> bool {
        self.skipped_findings.contains(&finding)
            || self.observations.iter().any(|o| o.finding == finding)
    }

    /// True when the finding is answered, skipped, or settled by a "yes" to a finding that settles it
    /// (`settles_of(f)` lists the findings a yes to `f` settles).
    #[must_use]
    pub fn has_settled_with<'a>(
        &self,
        finding: FindingIx,
        settles_of: impl Fn(FindingIx) -> &'a [FindingIx],
    ) -> bool {
        self.has_settled(finding)
            || self
                .observations
                .iter()
                .any(|o| o.yes && settles_of(o.finding).contains(&finding))
    }

    /// True when the fix has been tried or skipped.
    #[must_use]
    pub fn has_used_fix(&self, fix: FixIx) -> bool {
        self.failed_fixes.contains(&fix)
            || self.skipped_fixes.contains(&fix)
            || self.fixed_by == Some(fix)
    }

    /// This evidence plus one more answer.
    #[must_use]
    pub fn with_observation(&self, finding: FindingIx, yes: bool) -> Self {
        let mut next = self.clone();
        next.observations.push(Observation { finding, yes });
        next
    }
}
