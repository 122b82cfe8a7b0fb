//! The parts a case report is made of: the case's names, its outcome, what the person said and tried,
//! the worded ranking with its reasons, the next step and the plan left. Plain serde data; the JSON
//! report serialises them as they are.

use serde::{Deserialize, Serialize};

use crate::kb::{CauseId, FindingId, FixId, Severity};
use crate::session::{Answer, FixOutcome};

/// An id with its display name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Named {
    pub id: String,
    pub name: String,
}

/// Where the case stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CaseOutcome {
    /// A fix worked.
    Fixed { fix: String, title: String },
    /// Only a repair shop can go further: the engine's next step is the hand-over, or nothing else is
    /// left on a journey that offers one.
    Technician,
    /// Every fix that could help has been tried or skipped.
    NothingLeft,
    /// No cause explains all the answers; one of them needs undoing.
    Contradictory,
    /// There is still something to check or try.
    InProgress,
}

/// The leading cause and its probability.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Likely {
    pub id: CauseId,
    pub name: String,
    pub probability: f64,
    /// What this cause is, in plain language.
    pub explanation: String,
}

/// One answer in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Told {
    pub finding: FindingId,
    pub answer: Answer,
    pub text: String,
}

/// One fix outcome in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tried {
    pub fix: FixId,
    pub title: String,
    pub outcome: FixOutcome,
    pub text: String,
}

/// A ranked cause with the reasons that moved it most.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CauseLine {
    pub id: CauseId,
    pub name: String,
    pub probability: f64,
    pub severity: Severity,
    /// Only a repair shop can fix it.
    pub hardware: bool,
    pub reasons: Vec<Reason>,
}

/// A piece of evidence that raised or lowered a cause.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub text: String,
    /// True when it made the cause more likely.
    pub raised: bool,
}

/// The next step while the case is open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NextLine {
    pub kind: StepKind,
    pub id: String,
    pub title: String,
    pub minutes: f64,
    /// For the hand-over: why the shop comes now, in words (see [`handover_reason`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
}

/// Whether the step a case report proposes is a check, a recording check (the microphone test), a home
/// fix or the hand-over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    Question,
    Measure,
    Fix,
    Handover,
}

/// A fix left in the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanLine {
    pub id: FixId,
    pub title: String,
    pub minutes: f64,
    /// The chance it works if reached (every earlier fix of the plan failed).
    pub success_probability: f64,
    /// Doing it means handing the phone to a technician.
    pub handover: bool,
    /// Its risk (data that could be lost, settings reset) put it later than its minutes alone would.
    pub later_for_risk: bool,
    /// What that risk is, from the knowledge base, when it put the fix later.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub risk_note: Option<String>,
}
