//! What the command-line tests share with the other test binaries: running the binary, files for it to
//! read, and saved cases with fixed times.

#[allow(dead_code, reason = "the command-line tests use the fixed case only")]
#[path = "../../crates/micdoctor-core/tests/core/support/cases.rs"]
pub mod cases;
#[path = "../support/cli.rs"]
pub mod cli;

use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::kb::{self, KnowledgeBase};

/// The bundled knowledge base, as the binary opens it.
pub fn kb() -> KnowledgeBase {
    kb::bundled(&BundledIllustrations).expect("bundled KB")
}
