//! The short plain-text hand-over summary ("Copy this summary"): outcome, most likely cause, what was found
//! and tried, and the case code.

use super::case::{CaseOutcome, CaseReport, percent};
use crate::kb::KnowledgeBase;
use crate::session::{Answer, Session, SessionError};

/// A few lines to paste into a message for a repair shop.
///
/// # Errors
/// When the session's problem, findings or fixes are not in the knowledge base.
pub fn technician_summary(kb: &KnowledgeBase, session: &Session) -> Result<String, SessionError> {
    Ok(summary(&CaseReport::new(kb, session)?))
}

/// The summary of a built report.
#[must_use]
fn summary(case: &CaseReport) -> String {
    let mut lines = vec![format!("MicDoctor \u{2014} {}", case.outcome.headline())];
    if let Some(likely) = &case.most_likely {
        lines.push(format!(
            "Most likely: {} \u{2014} {}",
            likely.name,
            percent(likely.probability)
        ));
    }
    let found = match case.outcome {
        CaseOutcome::Technician => "Tell them",
        _ => "What you found",
    };
    lines.push(format!("{found}:"));
    let told = case
        .told
        .iter()
        .filter(|line| line.answer != Answer::Skipped)
        .map(|line| &line.text);
    let tried = case.tried.iter().map(|line| &line.text);
    lines.extend(told.chain(tried).map(|text| format!("- {text}")));
    lines.push(format!("Case code: {}", case.case_code));
    lines.join("\n")
}
