//! The App Privacy Report in the window: the file read off the UI thread ([`reading`]), and the window
//! that shows WhatsApp's week on a timeline ([`timeline`]) with the figures in words, the uses to tick as
//! recognised and the moment the dot was seen to mark ([`window`]). The whole file's sensor intervals
//! stay in memory with the open case; the case itself keeps only what the answer needs.

pub mod reading;
pub mod timeline;
pub mod window;

use std::sync::Arc;

use micdoctor_core::privacy_report::{
    KeptEvidence, OffsetDateTime, PrivacyReport, Recognised, kept_evidence,
};

/// A report read into the open case.
#[derive(Debug, Clone)]
pub struct PrivacyDesk {
    /// The file's name (without its folders).
    pub file: String,
    /// Every app's sensor intervals, for the timeline; never stored, never written.
    pub report: Arc<PrivacyReport>,
    /// When the person saw the dot, if they said.
    pub mark: Option<OffsetDateTime>,
    /// The uses the person ticked as theirs (a call, a voice note).
    pub recognised: Recognised,
    /// The moment being typed, before it is set.
    pub mark_text: String,
    /// Whether the window is shown.
    pub open: bool,
}

impl PrivacyDesk {
    #[must_use]
    pub fn new(file: String, report: Arc<PrivacyReport>) -> Self {
        Self {
            file,
            report,
            mark: None,
            recognised: Recognised::new(),
            mark_text: String::new(),
            open: true,
        }
    }

    /// What the case keeps of it now.
    #[must_use]
    pub fn kept(&self) -> KeptEvidence {
        kept_evidence(&self.report, self.mark, &self.recognised)
    }
}
