//! Measuring advice in simulated worlds (`micdoctor simulate`): a world describes reality apart from the
//! knowledge base, customers are drawn from it, and policies — the engine's look-ahead, the one-step
//! rule, greedy without questions, and the seed guide's fixed order — serve the very same customers.
//!
//! Pure computation over a [`crate::engine::ProblemModel`]; no UI. The formats and the figures are
//! described in `docs/simulation.md`.

mod customer;
mod guide;
mod paired;
mod report;
mod run;
mod world;

use crate::fs::ReadError;
use std::path::Path;

pub use customer::{Customer, draw};
pub use guide::{BUNDLED_GUIDE_JSON, Guide, GuideAction, GuideCursor, GuideStep};
pub use paired::Paired;
pub use report::{Ratios, SimulationReport};
pub use run::{
    CauseFigures, Ending, Minutes, Policy, PolicyFigures, Run, TraceStep, Visit, run, serve,
    serve_traced,
};
pub use world::{
    CauseReality, Valued, WORLD_SCHEMA_VERSION, World, WorldCause, WorldFile, WorldHandover,
};

/// Largest world or guide file read (a world for a large problem is well under this).
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Why a world or a guide could not be used.
#[derive(Debug, thiserror::Error)]
pub enum SimError {
    /// The file could not be read, was over [`MAX_FILE_BYTES`] or was not text.
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("{path} (line {line}, column {column}): {message}")]
    Shape {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{} problem(s) found:\n{}", .0.len(), .0.iter().map(|i| format!("  {i}")).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<String>),
}

/// Reads a world or guide file, at most [`MAX_FILE_BYTES`].
///
/// # Errors
/// [`SimError::Read`] when the file cannot be read, is past the limit or is not text.
pub fn read_file(path: &Path) -> Result<String, SimError> {
    Ok(crate::fs::read_text(path, MAX_FILE_BYTES)?)
}

/// Parses JSON strictly into `T`, saying where it fails.
fn parse_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, SimError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        SimError::Shape {
            path: format!("$.{path}").replace("$..", "$."),
            line: inner.line(),
            column: inner.column(),
            message: inner.to_string(),
        }
    })
}
