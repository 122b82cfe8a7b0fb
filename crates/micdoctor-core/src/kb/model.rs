//! The knowledge-base document as plain serde data: problems, causes, findings, fixes, steps and FAQ.
//!
//! Every entity has a stable string `id`; those ids are a public API (saved sessions, reports and shop
//! scripts refer to them). Numbers carry a `rationale` so a reviewer can follow why they were chosen.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use super::picture::{
    Illustration, MAX_PICTURE_BYTES, MAX_PICTURE_SIDE, MAX_PICTURES_TOTAL_BYTES, Picture,
    PictureFormat,
};
pub use super::step::{
    Comparison, ComparisonRow, OlderSettingsPath, Step, StepVariant, SwitchState,
};
pub use crate::ids::{CauseId, FindingId, FixId, ProblemId};

/// The schema version this build of MicDoctor reads.
pub const SCHEMA_VERSION: u32 = 1;

/// A whole knowledge base, as stored in `knowledge/*.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KnowledgeBase {
    /// Version of this document's structure; MicDoctor reads version 1.
    pub schema_version: u32,
    /// Version of the content, shown in reports and in Help › About (e.g. "2026.11.0").
    pub kb_version: String,
    /// A short name for this knowledge base.
    pub title: String,
    /// Where the facts come from; other entities cite these by id.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The two kinds of iPhone whose gestures differ.
    pub devices: Vec<Device>,
    /// Pictures the step cards refer to, each with alt text.
    #[serde(default)]
    pub illustrations: Vec<Illustration>,
    /// The journeys a user can start.
    pub problems: Vec<Problem>,
    /// Possible root causes (each belongs to one or more problems).
    pub causes: Vec<Cause>,
    /// What can be observed: symptoms the user picks and tests the user performs.
    pub findings: Vec<Finding>,
    /// Repair actions.
    pub fixes: Vec<Fix>,
    /// Questions and answers for the curious user or the technician.
    #[serde(default)]
    pub faq: Vec<FaqEntry>,
    /// Side-by-side comparisons shown on step cards (e.g. Offload vs Delete).
    #[serde(default)]
    pub comparisons: Vec<Comparison>,
    /// Where each id sits in the lists above, built on the first lookup (see [`super::lookup`]).
    #[serde(skip)]
    #[schemars(skip)]
    pub index: super::lookup::IdIndex,
    /// Set when priors learned from the shop's own cases are in force (never read from the file).
    #[serde(skip)]
    #[schemars(skip)]
    pub learned: Option<LearnedNote>,
}

/// Where learned priors came from, for Help › About and reports.
#[derive(Debug, Clone, PartialEq)]
pub struct LearnedNote {
    /// Confirmed cases counted.
    pub cases: usize,
    /// The first case's start (seconds since the Unix epoch).
    pub since: u64,
}

impl Default for KnowledgeBase {
    /// An empty knowledge base of the current schema (for building one in code).
    fn default() -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            kb_version: String::new(),
            title: String::new(),
            sources: Vec::new(),
            devices: Vec::new(),
            illustrations: Vec::new(),
            problems: Vec::new(),
            causes: Vec::new(),
            findings: Vec::new(),
            fixes: Vec::new(),
            faq: Vec::new(),
            comparisons: Vec::new(),
            index: super::lookup::IdIndex::default(),
            learned: None,
        }
    }
}

/// A cited source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub url: String,
    /// Who published it ("Apple", "WhatsApp", or "secondary" for third-party pages).
    pub publisher: String,
}

/// The iPhone families whose gestures differ.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DeviceProfile {
    /// iPhone X and later without a Home button.
    FaceId,
    /// iPhones with a Home button (SE, 8 and earlier).
    HomeButton,
}

impl DeviceProfile {
    /// Both profiles, in display order.
    pub const ALL: [Self; 2] = [Self::FaceId, Self::HomeButton];

    /// The stable id used in JSON.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::FaceId => "face_id",
            Self::HomeButton => "home_button",
        }
    }
}

/// How a device profile is presented to the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Device {
    pub id: DeviceProfile,
    /// "Face ID iPhone".
    pub name: String,
    /// One line telling the user how to recognise this kind of iPhone.
    pub hint: String,
    /// Illustration of the phone itself.
    #[serde(default)]
    pub illustration: Option<String>,
}

/// A journey: what the user came with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Problem {
    pub id: ProblemId,
    /// "My microphone doesn't work in WhatsApp".
    pub title: String,
    /// A short line under the title on the start screen.
    pub summary: String,
    /// The causes this journey ranks.
    pub causes: Vec<CauseId>,
    /// The findings (symptoms and tests) that bear on those causes.
    pub findings: Vec<FindingId>,
    /// The fixes this journey may propose.
    pub fixes: Vec<FixId>,
    /// Themes the symptom picker groups symptoms under, in display order.
    #[serde(default)]
    pub symptom_groups: Vec<SymptomGroup>,
    /// An optional explainer shown beside the workspace (e.g. what iOS guarantees).
    #[serde(default)]
    pub explainer: Option<Explainer>,
    /// Recordings MicDoctor can measure in this journey, and how to make them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recording_checks: Vec<RecordingCheck>,
    /// How often a person's answer to a question or a test says the opposite of what is true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_slip: Option<AnswerSlip>,
    /// What to set up for next time, shown on every outcome of the problem (e.g. turn on App Privacy
    /// Report, so the phone keeps a record).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_time: Option<NextTime>,
}

/// The chance that a person's answer is the opposite of what their phone shows: they misread a test's
/// result, misremember, or tap the wrong button. A finding's likelihoods describe the phone; the engine
/// blends every answer a person gives (symptoms and tests, not measurements) with this chance of the
/// opposite: `P(yes | c) = s + (1 − 2s) · likelihood(c)`. One wrong answer then moves the ranking a long
/// way instead of ruling a cause out for good.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerSlip {
    /// `s`, between 0 and 0.5.
    pub rate: f64,
    /// Why this rate.
    pub rationale: String,
}

/// A recording to measure (the one that failed) or a set of them (one per microphone), with how to
/// make them. What the recordings show answers the problem's `measurement` findings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordingCheck {
    pub id: String,
    /// "Test each microphone".
    pub title: String,
    /// One line on what it tells.
    pub summary: String,
    /// How to make the recordings.
    pub steps: Vec<Step>,
    /// The recordings to drop, in order: one for the recording that failed, three for the microphones.
    pub takes: Vec<RecordingTake>,
    /// Set when the engine may propose the whole check as one step with several outcomes (the three
    /// takes of "Test each microphone"): what it costs and which measurement findings are its outcomes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_step: Option<CheckStep>,
}

/// A recording check the engine can propose as one step. Its recordings answer exactly one of its
/// `outcomes` with a yes, so each outcome finding's likelihoods, read across the outcomes, are one
/// distribution per cause: `Σ_k P(outcome k | c) = 1` for every cause of the problem (checked).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckStep {
    /// Minutes a person spends making the recordings and bringing them to MicDoctor.
    pub cost_minutes: f64,
    /// The measurement findings the check can end on, one per outcome, in the order they are decided.
    pub outcomes: Vec<FindingId>,
    /// Why these minutes, and how the recordings are turned into one outcome.
    pub rationale: String,
}

/// One recording a check asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordingTake {
    pub role: crate::recording::RecordingRole,
    /// "Bottom microphone".
    pub label: String,
    /// "A Voice Memo, the bottom edge toward your mouth".
    pub prompt: String,
}

/// A heading in the symptom picker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SymptomGroup {
    pub id: String,
    pub title: String,
}

/// A short explanatory text with a title and paragraphs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Explainer {
    pub title: String,
    pub sections: Vec<ExplainerSection>,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// One headed section of an explainer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExplainerSection {
    pub heading: String,
    pub points: Vec<String>,
}

/// How serious a cause is for the user.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Low,
    Medium,
    High,
}

impl Severity {
    /// The stable id used in JSON and reports.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        }
    }
}

/// A root cause.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cause {
    pub id: CauseId,
    pub name: String,
    /// What this cause is, in plain language.
    pub explanation: String,
    pub severity: Severity,
    /// True when only a repair shop can fix it (sends the user to a technician when it leads).
    #[serde(default)]
    pub hardware: bool,
    /// Unnormalised prior weight (normalised over the problem's causes).
    pub prior: f64,
    /// Why this prior.
    pub rationale: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// Whether a finding is picked by the user or found by doing something.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// Something the user already notices; picked in the symptom picker, costs nothing.
    Symptom,
    /// A procedure with its own step card and a cost in minutes.
    Test,
    /// Read from a recording MicDoctor measured (a problem's `recording_checks`); never asked.
    Measurement,
}

/// Something that can be observed, with its likelihood under each cause.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    pub id: FindingId,
    pub kind: FindingKind,
    /// Symptom-picker theme (a `symptom_groups` id of the problem); symptoms only.
    #[serde(default)]
    pub group: Option<String>,
    /// Short label for the symptom chip or the test card title.
    pub label: String,
    /// The yes/no question.
    pub question: String,
    /// Statement used in explanations and reports when the answer is yes.
    pub yes_statement: String,
    /// Statement used when the answer is no.
    pub no_statement: String,
    /// Minutes a person spends to answer (more than 0: even a symptom takes a moment to read and recall).
    #[serde(default)]
    pub cost_minutes: f64,
    /// Findings a "yes" here answers already: it excludes them ("silent in every app" and "works in
    /// other apps") or implies them ("silent in every app" and "voice notes silent"). They are not asked
    /// after it. One direction: list the pair on both sides when each settles the other.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub settles: Vec<FindingId>,
    /// P(yes | cause) for causes not listed in `likelihoods`.
    pub default_likelihood: f64,
    /// P(yes | cause), per cause id.
    #[serde(default)]
    pub likelihoods: BTreeMap<CauseId, f64>,
    /// How to perform the test (tests only).
    #[serde(default)]
    pub steps: Vec<Step>,
    /// A recording check (a `recording_checks` id of the problem) whose recording answers this test
    /// more surely than an ear: its card offers to measure one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recording_check: Option<String>,
    /// What this test's answer tells a technician, for tests and measurements of a part: a line in the
    /// hand-over card and every report ("Bottom microphone: fail — a Voice Memo from it was silent").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub for_technician: Option<TechnicianNote>,
    /// Why these numbers.
    pub rationale: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// A test's result in a technician's words: what was tested, and what each answer showed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TechnicianNote {
    /// The part or thing tested ("Bottom microphone").
    pub subject: String,
    /// What a "yes" shows; none when a "yes" tells a technician nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub yes: Option<TestOutcome>,
    /// What a "no" shows; none when a "no" tells a technician nothing (a measurement is only ever "yes").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no: Option<TestOutcome>,
}

/// One answer of a test, as its result and what was seen ("fail", "a Voice Memo from it was silent").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TestOutcome {
    pub result: TestResult,
    /// What was seen or heard, completing "Bottom microphone: fail — …".
    pub text: String,
}

/// A part's result in a test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TestResult {
    Pass,
    /// Works, but duller or quieter than it should.
    Weak,
    Fail,
}

/// Something to set up now that helps the next time the problem comes back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NextTime {
    pub title: String,
    pub steps: Vec<Step>,
}

/// A repair action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fix {
    pub id: FixId,
    pub title: String,
    /// One line on what this does.
    pub summary: String,
    /// Minutes it takes the user (shown on the card and in the plan).
    pub cost_minutes: f64,
    /// Extra minutes' worth of weight for its risk (e.g. possible data loss), used only when ordering fixes.
    #[serde(default)]
    pub risk_minutes: f64,
    /// What the risk is, in words people read where it puts the fix later in the plan: a clause that
    /// completes "later because …" ("it can lose chats that are not backed up"). Required when
    /// `risk_minutes` is above 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk_note: Option<String>,
    /// P(this fix repairs the problem | cause), per cause id; unlisted causes are 0.
    pub repairs: BTreeMap<CauseId, f64>,
    /// True when doing this means handing the phone to a technician.
    #[serde(default)]
    pub handover: bool,
    /// A hand-over only: the minutes the shop's own diagnosis adds when nothing the customer brings names
    /// the faulty part (their tests first, often a second visit). `cost_minutes` is then the visit with
    /// the part named; the engine weighs this by the chance that the most likely part is not the fault
    /// (`docs/engine.md`, "The hand-over").
    #[serde(default, skip_serializing_if = "is_zero")]
    pub diagnosis_minutes: f64,
    pub steps: Vec<Step>,
    /// What to do once it worked, shown with the outcome: how to undo a change made only for now
    /// (switch access back on) and what does not work until then.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub afterwards: Vec<Step>,
    /// Why these numbers.
    pub rationale: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// A question and its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FaqEntry {
    pub id: String,
    pub question: String,
    pub answer: String,
    /// Ids of causes, findings or fixes this entry is about.
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// Serde's test for a field left out when it is 0.
#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde passes fields by reference"
)]
fn is_zero(value: &f64) -> bool {
    *value == 0.0
}
