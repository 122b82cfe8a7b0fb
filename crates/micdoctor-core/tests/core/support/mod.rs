//! What the core's tests share: the bundled knowledge base and saved cases with fixed times.

pub mod cases;

use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::kb::{self, KnowledgeBase};

/// The bundled knowledge base, as the app opens it.
pub fn bundled() -> KnowledgeBase {
    kb::bundled(&BundledIllustrations).expect("bundled KB")
}
