//! The report formats and the one entry point that renders a case in any of them.

use super::case::CaseReport;
use super::{html, markdown};
use crate::i18n::Language;
use crate::kb::KnowledgeBase;
use crate::session::{Session, SessionError};

/// A file format for a case report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportFormat {
    /// Plain text with Markdown headings and lists: readable as is, pastes into messages and notes.
    Markdown,
    /// One self-contained, printable web page with the pictures inside.
    Html,
    /// The session and the engine's ranking, for tools (and for loading the case again).
    Json,
}

impl ReportFormat {
    /// Every format, in the order a menu lists them.
    pub const ALL: [Self; 3] = [Self::Html, Self::Markdown, Self::Json];

    /// The usual file extension, without the dot.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Html => "html",
            Self::Json => "json",
        }
    }

    /// A name for menus and file dialogs, in `lang`.
    #[must_use]
    pub fn label(self, lang: Language) -> String {
        match self {
            Self::Markdown => crate::t!(lang, "report-format-markdown"),
            Self::Html => crate::t!(lang, "report-format-html"),
            Self::Json => crate::t!(lang, "report-format-json"),
        }
    }
}

/// The report of `session` in `format`, worded with `kb`.
///
/// # Errors
/// When the session's problem, findings or fixes are not in the knowledge base.
pub fn render(
    lang: Language,
    kb: &KnowledgeBase,
    session: &Session,
    format: ReportFormat,
) -> Result<String, SessionError> {
    let case = CaseReport::new(lang, kb, session)?;
    Ok(match format {
        ReportFormat::Markdown => markdown::render(&case),
        ReportFormat::Html => html::render(&case),
        ReportFormat::Json => json(&case)?,
    })
}

fn json(case: &CaseReport) -> Result<String, SessionError> {
    // Serialising plain structs with string keys cannot fail; the error is mapped rather than unwrapped.
    serde_json::to_string_pretty(case)
        .map(|text| text + "\n")
        .map_err(|err| SessionError::Json(err.to_string()))
}
