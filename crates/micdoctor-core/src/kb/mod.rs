//! The knowledge base: its data model, loading from JSON, validation and id lookups.

mod error;
mod json_path;
mod load;
mod lookup;
mod model;
mod open;
pub mod overlay;
mod picture;
mod step;
mod texts;
mod validate;

pub use error::{Issue, KbError};
pub use load::{BUNDLED_JSON, BUNDLED_SOURCE, MAX_KB_BYTES, bundled, load_file, load_str, parse};
pub use model::*;
pub use open::{OpenedKb, TranslationProblem, open_kb};
pub use validate::{IllustrationCatalog, NoIllustrations, validate};

/// The JSON Schema of the knowledge-base format, for editors.
#[must_use]
pub fn json_schema() -> schemars::Schema {
    schemars::schema_for!(KnowledgeBase)
}
