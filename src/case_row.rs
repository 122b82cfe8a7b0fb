//! One stored case as staff read it in a table — the staff desk's and `micdoctor cases list`'s: its code,
//! when it started (the shop's clock), the problem and the outcome in the reader's language, the
//! technician's verdict and who gave it. Names come from the knowledge base and the catalogs.

use serde::Serialize;

use micdoctor_core::i18n::Language;
use micdoctor_core::kb::KnowledgeBase;
use micdoctor_core::t;
use micdoctor_store::{CaseRecord, OTHER_CAUSE};

use crate::clock::LocalClock;

/// A case's row. Also the shape of `micdoctor cases list --json` (one object per case).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseRow {
    /// The case code ("S8-W5C").
    pub code: String,
    /// When it started, RFC 3339 in the shop's time zone ("2026-12-07T02:05:39-03:00").
    pub started: String,
    /// When it started, seconds since the Unix epoch.
    pub started_unix: u64,
    /// The problem's id (`mic_whatsapp`) and its name in the reader's language.
    pub problem: String,
    pub problem_name: String,
    /// The outcome's kind ("fixed", "technician", …; `None` before the first snapshot) and its words.
    pub outcome: Option<String>,
    pub outcome_name: Option<String>,
    /// The technician's verdict: the cause id (`mic_bottom_fault` or `other`) and its name.
    pub verdict: Option<String>,
    pub verdict_name: Option<String>,
    /// Who gave the verdict, or else who checked the microphones again.
    pub staff: Option<String>,
}

impl CaseRow {
    /// The row of `case`, worded in `lang` with `kb` (opened in that language), its time on `clock`.
    #[must_use]
    pub fn new(lang: Language, kb: &KnowledgeBase, clock: &LocalClock, case: &CaseRecord) -> Self {
        let problem_name = kb
            .problem(&case.problem)
            .map_or_else(|| case.problem.clone(), |p| p.title.clone());
        let outcome = case.snapshot.as_ref().map(|s| &s.report.outcome);
        let verdict = case.verdict.as_ref();
        Self {
            code: case.code.clone(),
            started: clock.rfc3339(case.started_at),
            started_unix: case.started_at,
            problem: case.problem.clone(),
            problem_name,
            outcome: case.outcome_kind(),
            outcome_name: outcome.map(|o| o.in_words(lang, kb)),
            verdict: verdict.map(|v| v.cause.clone()),
            verdict_name: verdict.map(|v| cause_name(lang, kb, &v.cause)),
            staff: verdict
                .map(|v| v.staff.clone())
                .or_else(|| case.recheck.as_ref().map(|r| r.staff.clone()))
                .filter(|s| !s.trim().is_empty()),
        }
    }
}

/// A verdict's cause in words: the knowledge base's name, "something else" for `other`, else the id.
#[must_use]
pub fn cause_name(lang: Language, kb: &KnowledgeBase, cause: &str) -> String {
    if cause == OTHER_CAUSE {
        return t!(lang, "kiosk-cases-other");
    }
    kb.cause(cause)
        .map_or_else(|| cause.to_owned(), |c| c.name.clone())
}
