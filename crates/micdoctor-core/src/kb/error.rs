//! Typed errors for loading and validating a knowledge base.

use std::fmt;

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
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("the file is {size} bytes; knowledge bases are limited to {limit} bytes")]
    TooLarge { size: u64, limit: u64 },
    #[error("the file is not UTF-8 text (bad byte at offset {offset})")]
    NotUtf8 { offset: usize },
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

impl From<crate::fs::ReadError> for KbError {
    fn from(err: crate::fs::ReadError) -> Self {
        use crate::fs::ReadError;
        match err {
            ReadError::Io { path, source } => Self::Io { path, source },
            ReadError::TooLarge { size, limit, .. } => Self::TooLarge { size, limit },
            ReadError::NotUtf8 { offset, .. } => Self::NotUtf8 { offset },
        }
    }
}

impl KbError {
    /// Every problem as a separate line, for lists in the UI and CLI.
    #[must_use]
    pub fn issues(&self) -> Vec<String> {
        match self {
            Self::Invalid(issues) => issues.iter().map(ToString::to_string).collect(),
            other => vec![other.to_string()],
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
