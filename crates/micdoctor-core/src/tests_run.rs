//! The tests a case ran, in a technician's words ("Bottom microphone: fail — a Voice Memo from it was
//! silent"), or, when none was, the tests a shop should run first. The hand-over card, the outcome screen
//! and every report list these same lines.

use serde::{Deserialize, Serialize};

use crate::engine::{Evidence, ProblemModel};
use crate::i18n::Language;
use crate::kb::{FindingKind, KnowledgeBase, TestResult};

/// One test's result, as the knowledge base words it for a technician.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestLine {
    /// The finding the test answered.
    pub finding: String,
    /// What was tested ("Bottom microphone").
    pub subject: String,
    pub result: TestResult,
    /// What was seen or heard ("a Voice Memo from it was silent").
    pub text: String,
}

impl TestLine {
    /// "Bottom microphone: fail — a Voice Memo from it was silent".
    #[must_use]
    pub fn sentence(&self, lang: Language) -> String {
        crate::t!(
            lang,
            "tests-run-line",
            subject = self.subject.as_str(),
            result = result_word(lang, self.result),
            text = self.text.as_str()
        )
    }
}

/// What the tests of a case showed a technician.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestsRun {
    /// The tests answered, in the order they were (a measured microphone test after the answers).
    pub results: Vec<TestLine>,
    /// When the case goes to a shop and no test was run: the problem's tests the shop should run, by
    /// their card titles, the microphone test first. Empty once any test has a result, and for a case that stays at home.
    pub to_run: Vec<String>,
}

impl TestsRun {
    /// The tests behind `evidence` (answers and measured recordings), worded with `kb`; with `to_shop`
    /// (the case goes to a technician) and no test run, the tests the shop should run first.
    #[must_use]
    pub fn new(
        kb: &KnowledgeBase,
        model: &ProblemModel,
        evidence: &Evidence,
        to_shop: bool,
    ) -> Self {
        let results: Vec<TestLine> = evidence
            .observations
            .iter()
            .filter_map(|observation| {
                let id = &model.findings[observation.finding].id;
                let finding = kb.finding(id)?;
                let note = finding.for_technician.as_ref()?;
                let outcome = if observation.yes {
                    note.yes.as_ref()
                } else {
                    note.no.as_ref()
                }?;
                Some(TestLine {
                    finding: id.to_string(),
                    subject: note.subject.clone(),
                    result: outcome.result,
                    text: outcome.text.clone(),
                })
            })
            .collect();
        // The measured microphone test first (it names a part best), then the tests read by ear.
        let to_run = if to_shop && results.is_empty() {
            model
                .checks
                .iter()
                .filter_map(|c| kb.recording_check(&model.problem, &c.id))
                .map(|c| c.title.clone())
                .chain(
                    model
                        .findings
                        .iter()
                        .filter_map(|f| kb.finding(&f.id))
                        .filter(|f| f.kind == FindingKind::Test && f.for_technician.is_some())
                        .map(|f| f.label.clone()),
                )
                .collect()
        } else {
            Vec::new()
        };
        Self { results, to_run }
    }

    /// True when the problem has tests a technician reads, run or not (a privacy worry has none).
    #[must_use]
    pub fn applies(&self) -> bool {
        !self.results.is_empty() || !self.to_run.is_empty()
    }

    /// Every line a person reads: each result, or that none was run and which to run.
    #[must_use]
    pub fn lines(&self, lang: Language) -> Vec<String> {
        if self.results.is_empty() {
            if self.to_run.is_empty() {
                return Vec::new();
            }
            return vec![crate::t!(
                lang,
                "tests-run-none",
                tests = self.to_run.join(", ")
            )];
        }
        self.results.iter().map(|r| r.sentence(lang)).collect()
    }
}

/// "pass", "weak" or "fail" in `lang`.
#[must_use]
pub fn result_word(lang: Language, result: TestResult) -> String {
    match result {
        TestResult::Pass => crate::t!(lang, "tests-run-pass"),
        TestResult::Weak => crate::t!(lang, "tests-run-weak"),
        TestResult::Fail => crate::t!(lang, "tests-run-fail"),
    }
}
