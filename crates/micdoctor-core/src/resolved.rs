//! A knowledge base resolved for the engine: validated, with one [`ProblemModel`] per problem built
//! once when it is opened, and id lookups that go through the knowledge base's index (never a scan).
//! The app, the CLI and the simulator read their models here instead of rebuilding one per answer.

use std::collections::BTreeMap;
use std::ops::Deref;

use crate::engine::{EngineError, ProblemModel};
use crate::kb::{KnowledgeBase, ProblemId};

/// A knowledge base and the engine model of each of its problems.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedKb {
    kb: KnowledgeBase,
    models: BTreeMap<ProblemId, ProblemModel>,
}

impl ResolvedKb {
    /// Builds every problem's model.
    ///
    /// # Errors
    /// The first problem that cannot be modelled (a validated knowledge base always can).
    pub fn new(kb: KnowledgeBase) -> Result<Self, EngineError> {
        let models = kb
            .problems
            .iter()
            .map(|problem| Ok((problem.id.clone(), ProblemModel::from_kb(&kb, &problem.id)?)))
            .collect::<Result<_, EngineError>>()?;
        Ok(Self { kb, models })
    }

    /// The knowledge base (English, as opened).
    #[must_use]
    pub fn kb(&self) -> &KnowledgeBase {
        &self.kb
    }

    /// The engine model of `problem`.
    ///
    /// # Errors
    /// [`EngineError::UnknownProblem`] for a problem the knowledge base does not have.
    pub fn model(&self, problem: &str) -> Result<&ProblemModel, EngineError> {
        self.models
            .get(problem)
            .ok_or_else(|| EngineError::UnknownProblem(problem.to_owned()))
    }
}

impl Deref for ResolvedKb {
    type Target = KnowledgeBase;
    fn deref(&self) -> &KnowledgeBase {
        &self.kb
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assets::BundledIllustrations;

    #[test]
    fn each_problem_has_the_model_the_engine_would_build() {
        let kb = crate::kb::bundled(&BundledIllustrations).unwrap();
        let resolved = ResolvedKb::new(kb.clone()).unwrap();
        for problem in &kb.problems {
            assert_eq!(
                resolved.model(&problem.id).unwrap(),
                &ProblemModel::from_kb(&kb, &problem.id).unwrap()
            );
        }
        assert!(matches!(
            resolved.model("no_such_problem"),
            Err(EngineError::UnknownProblem(id)) if id == "no_such_problem"
        ));
        assert_eq!(resolved.title, kb.title, "reads as the knowledge base");
    }
}
