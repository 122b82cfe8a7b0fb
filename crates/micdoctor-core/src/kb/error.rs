//! Typed errors for loading and validating a knowledge base.

use std::fmt;

use crate::fs::ReadError;
use crate::i18n::Language;
use crate::t;

/// One validation problem, located by its JSON path (e.g. `$.fixes[2].repairs.mic_port_blocked`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub path: String,
    pub message: String,
}

impl Issue {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Why a knowledge base could not be used.
#[derive(Debug, thiserror::Error)]
pub enum KbError {
    /// The file could not be read, was over the limit or was not text.
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("not valid JSON at line {line}, column {column}: {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path} (line {line}, column {column}): {message}")]
    Shape {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{} problem(s) found:\n{}", .0.len(), list(.0))]
    Invalid(Vec<Issue>),
}

impl KbError {
    /// Every problem as a separate line, in English, for logs and the command line's JSON.
    #[must_use]
    pub fn issues(&self) -> Vec<String> {
        match self {
            Self::Invalid(issues) => issues.iter().map(ToString::to_string).collect(),
            other => vec![other.to_string()],
        }
    }

    /// Every problem as a separate line in `language`, for people. A check's findings name a place in the
    /// JSON and say what is wrong there in the knowledge base's own terms (ids, fields), for its authors:
    /// they stay as the check wrote them; everything else is in words.
    #[must_use]
    pub fn issues_in_words(&self, language: Language) -> Vec<String> {
        match self {
            Self::Invalid(issues) => issues.iter().map(ToString::to_string).collect(),
            other => vec![other.in_words(language)],
        }
    }

    /// The error in `language`, for people; `Display` stays English for logs.
    #[must_use]
    pub fn in_words(&self, language: Language) -> String {
        match self {
            Self::Read(err) => err.in_words(language),
            Self::Syntax {
                line,
                column,
                message,
            } => t!(
                language,
                "kb-error-syntax",
                line = *line,
                column = *column,
                why = message.as_str()
            ),
            Self::Shape {
                path,
                line,
                column,
                message,
            } => t!(
                language,
                "kb-error-shape",
                at = path.as_str(),
                line = *line,
                column = *column,
                why = message.as_str()
            ),
            Self::Invalid(issues) => t!(
                language,
                "kb-error-invalid",
                count = issues.len(),
                list = list(issues)
            ),
        }
    }
}

fn list(issues: &[Issue]) -> String {
    issues
        .iter()
        .map(|issue| format!("  {issue}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Why a picture file named by `illustrations[].file` cannot be used; each becomes an [`Issue`] at that
/// entry's JSON path.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PictureError {
    #[error("the picture's file name is empty")]
    Empty,
    #[error("\"{file}\" must be relative to the knowledge base's folder, not an absolute path")]
    Absolute { file: String },
    #[error("\"{file}\" is outside the knowledge base's folder")]
    OutsideFolder { file: String },
    #[error(
        "pictures can only be read when the knowledge base is opened from a file (\"{file}\" has no folder to be in)"
    )]
    NoFolder { file: String },
    #[error("cannot read the picture \"{file}\": {message}")]
    Unreadable { file: String, message: String },
    #[error("\"{file}\" is not a regular file")]
    NotAFile { file: String },
    #[error("the picture \"{file}\" is {size} bytes; pictures are limited to {limit} bytes")]
    TooLarge { file: String, size: u64, limit: u64 },
    #[error(
        "the knowledge base's pictures add up to more than {limit} bytes; \"{file}\" and the ones after it were not read"
    )]
    TooManyBytes { file: String, limit: u64 },
    #[error("\"{file}\" is not a PNG or SVG picture")]
    NotAPicture { file: String },
    #[error("the PNG picture \"{file}\" cannot be decoded: {message}")]
    BadPng { file: String, message: String },
    #[error(
        "the PNG picture \"{file}\" is {width}×{height} pixels; pictures are limited to {limit} a side"
    )]
    TooManyPixels {
        file: String,
        width: u32,
        height: u32,
        limit: u32,
    },
    #[error(
        "the SVG picture \"{file}\" links to another file ({href}); a picture must be self-contained"
    )]
    ExternalReference { file: String, href: String },
}
