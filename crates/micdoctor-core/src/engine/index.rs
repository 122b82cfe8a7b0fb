//! Index newtypes: a cause, a finding and a fix of a [`super::ProblemModel`] are told apart by type, so
//! a finding's index can never be used to look up a fix (nor a check's, a recording check proposed as one step). Each indexes its own tables: a [`FindingIx`]
//! the model's findings, a [`FixIx`] its fixes, a [`CauseIx`] anything kept per cause (priors,
//! probabilities, a finding's likelihoods, a fix's repair chances).

use std::ops::Index;

use super::model::{CheckModel, FindingModel, FixModel};

macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub usize);

        impl $name {
            /// The position as a plain number (for bit sets and arithmetic).
            #[must_use]
            pub fn get(self) -> usize {
                self.0
            }

            /// Every index below `count`, in order.
            #[must_use]
            pub fn all(count: usize) -> impl DoubleEndedIterator<Item = Self> + Clone {
                (0..count).map(Self)
            }
        }
    };
}

index_type!(
    /// A cause's position in its problem model.
    CauseIx
);
index_type!(
    /// A finding's position in its problem model.
    FindingIx
);
index_type!(
    /// A fix's position in its problem model.
    FixIx
);
index_type!(
    /// A check's position in its problem model (a recording check proposed as one step).
    CheckIx
);

impl Index<CauseIx> for [f64] {
    type Output = f64;
    fn index(&self, cause: CauseIx) -> &f64 {
        &self[cause.0]
    }
}

impl Index<CauseIx> for Vec<f64> {
    type Output = f64;
    fn index(&self, cause: CauseIx) -> &f64 {
        &self[cause.0]
    }
}

impl Index<FindingIx> for [FindingModel] {
    type Output = FindingModel;
    fn index(&self, finding: FindingIx) -> &FindingModel {
        &self[finding.0]
    }
}

impl Index<FindingIx> for Vec<FindingModel> {
    type Output = FindingModel;
    fn index(&self, finding: FindingIx) -> &FindingModel {
        &self[finding.0]
    }
}

impl Index<FixIx> for [FixModel] {
    type Output = FixModel;
    fn index(&self, fix: FixIx) -> &FixModel {
        &self[fix.0]
    }
}

impl Index<FixIx> for Vec<FixModel> {
    type Output = FixModel;
    fn index(&self, fix: FixIx) -> &FixModel {
        &self[fix.0]
    }
}

impl Index<CheckIx> for Vec<CheckModel> {
    type Output = CheckModel;
    fn index(&self, check: CheckIx) -> &CheckModel {
        &self[check.0]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assets::BundledIllustrations;
    use crate::engine::ProblemModel;

    #[test]
    fn each_index_reads_its_own_table() {
        let kb = crate::kb::bundled(&BundledIllustrations).unwrap();
        let model = ProblemModel::from_kb(&kb, "mic_whatsapp").unwrap();
        let fix = model.fix_index("fix_permissions").unwrap();
        assert_eq!(model.fixes[fix].id, "fix_permissions");
        let finding = model.finding_index("silent_everywhere").unwrap();
        assert_eq!(model.findings[finding].id, "silent_everywhere");
        let cause = model.cause_index("mic_permission_off").unwrap();
        assert_eq!(model.cause_id(cause), "mic_permission_off");
        assert!((model.priors[cause] - model.priors[cause.get()]).abs() < f64::EPSILON);
        assert_eq!(
            model.causes().map(CauseIx::get).collect::<Vec<_>>(),
            (0..model.cause_ids.len()).collect::<Vec<_>>()
        );
    }
}
