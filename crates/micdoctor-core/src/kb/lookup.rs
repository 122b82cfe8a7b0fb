//! Finding entities of a knowledge base by id.

use super::model::{
    Cause, Device, DeviceProfile, FaqEntry, Finding, Fix, Illustration, KnowledgeBase, Problem,
};

impl KnowledgeBase {
    #[must_use]
    pub fn problem(&self, id: &str) -> Option<&Problem> {
        self.problems.iter().find(|p| p.id == id)
    }

    #[must_use]
    pub fn cause(&self, id: &str) -> Option<&Cause> {
        self.causes.iter().find(|c| c.id == id)
    }

    #[must_use]
    pub fn finding(&self, id: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| f.id == id)
    }

    #[must_use]
    pub fn fix(&self, id: &str) -> Option<&Fix> {
        self.fixes.iter().find(|f| f.id == id)
    }

    #[must_use]
    pub fn device(&self, profile: DeviceProfile) -> Option<&Device> {
        self.devices.iter().find(|d| d.id == profile)
    }

    #[must_use]
    pub fn illustration(&self, id: &str) -> Option<&Illustration> {
        self.illustrations.iter().find(|i| i.id == id)
    }

    #[must_use]
    pub fn comparison(&self, id: &str) -> Option<&super::model::Comparison> {
        self.comparisons.iter().find(|c| c.id == id)
    }

    #[must_use]
    pub fn faq_entry(&self, id: &str) -> Option<&FaqEntry> {
        self.faq.iter().find(|f| f.id == id)
    }

    /// The display name of any cause, finding or fix id (for FAQ "related" links and history).
    #[must_use]
    pub fn name_of(&self, id: &str) -> Option<&str> {
        self.cause(id)
            .map(|c| c.name.as_str())
            .or_else(|| self.finding(id).map(|f| f.label.as_str()))
            .or_else(|| self.fix(id).map(|f| f.title.as_str()))
            .or_else(|| self.problem(id).map(|p| p.title.as_str()))
    }

    /// The findings of a problem, in the problem's order (ids that do not resolve are skipped).
    pub fn findings_of<'a>(
        &'a self,
        problem: &'a Problem,
    ) -> impl Iterator<Item = &'a Finding> + 'a {
        problem.findings.iter().filter_map(|id| self.finding(id))
    }

    /// The fixes of a problem, in the problem's order.
    pub fn fixes_of<'a>(&'a self, problem: &'a Problem) -> impl Iterator<Item = &'a Fix> + 'a {
        problem.fixes.iter().filter_map(|id| self.fix(id))
    }
}
