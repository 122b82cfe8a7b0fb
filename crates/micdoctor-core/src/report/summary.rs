//! The short plain-text hand-over summary ("Copy this summary"): outcome, most likely cause, what was found
//! and tried, and the case code.

use super::case::{CaseOutcome, CaseReport};
use crate::i18n::Language;
use crate::i18n::percent;
use crate::kb::KnowledgeBase;
use crate::session::{Answer, Session, SessionError};

/// A few lines to paste into a message for a repair shop.
///
/// # Errors
/// When the session's problem, findings or fixes are not in the knowledge base.
pub fn technician_summary(
    lang: Language,
    kb: &KnowledgeBase,
    session: &Session,
) -> Result<String, SessionError> {
    Ok(summary(&CaseReport::new(lang, kb, session)?))
}

/// The summary of a built report.
#[must_use]
fn summary(case: &CaseReport) -> String {
    let lang = case.language;
    let mut lines = vec![format!(
        "MicDoctor \u{2014} {}",
        case.outcome.headline(lang)
    )];
    if let Some(likely) = &case.most_likely {
        lines.push(crate::t!(
            lang,
            "report-summary-most-likely",
            cause = likely.name.as_str(),
            percent = percent(lang, likely.probability)
        ));
    }
    lines.push(match case.outcome {
        CaseOutcome::Technician => crate::t!(lang, "report-summary-tell-them"),
        _ => crate::t!(lang, "report-summary-found"),
    });
    // The tests first, in a technician's words; the answers they came from are not repeated.
    let tests = case.tests.lines(lang);
    let told = case
        .told
        .iter()
        .filter(|line| line.answer != Answer::Skipped)
        .filter(|line| {
            !case
                .tests
                .results
                .iter()
                .any(|r| r.finding == line.finding.as_str())
        })
        .map(|line| line.text.clone());
    let tried = case.tried.iter().map(|line| line.text.clone());
    lines.extend(
        tests
            .into_iter()
            .chain(told)
            .chain(tried)
            .map(|text| format!("- {text}")),
    );
    lines.push(crate::t!(
        lang,
        "report-case-code",
        code = case.case_code.as_str()
    ));
    lines.join("\n")
}
