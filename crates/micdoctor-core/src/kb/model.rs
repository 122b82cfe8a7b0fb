//! The knowledge-base document as plain serde data: problems, causes, findings, fixes, steps and FAQ.
//!
//! Every entity has a stable string `id`; those ids are a public API (saved sessions, reports and shop
//! scripts refer to them). Numbers carry a `rationale` so a reviewer can follow why they were chosen.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

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
        }
    }
}

/// A side-by-side comparison of two or more choices, row by row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub illustration: Option<String>,
    /// The choices, one column each (e.g. "Offload App", "Delete App").
    pub headings: Vec<String>,
    pub rows: Vec<ComparisonRow>,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// One row of a comparison: what it is about, and one cell per choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ComparisonRow {
    pub label: String,
    pub cells: Vec<String>,
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

/// A picture referenced by id from steps, with its alt text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Illustration {
    pub id: String,
    /// What the picture shows, in words (screen readers and exported reports).
    pub alt: String,
    /// A picture of the shop's own instead of a bundled drawing: a PNG or SVG file, given relative to the
    /// knowledge-base file's folder (e.g. `"pictures/mic_mesh.png"`). It must stay inside that folder, be
    /// at most 2 MiB (PNG: at most 2048 pixels a side; SVG: no links to other files), and is only read
    /// when the knowledge base is opened from a file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The checked bytes of `file`, filled in by [`crate::kb::load_file`]; never part of the JSON.
    #[serde(skip)]
    #[schemars(skip)]
    pub picture: Option<Picture>,
}

/// Largest picture file (bytes) a knowledge base may bring with `illustrations[].file`.
pub const MAX_PICTURE_BYTES: u64 = 2 * 1024 * 1024;

/// Largest width or height (pixels) of a PNG picture a knowledge base may bring.
pub const MAX_PICTURE_SIDE: u32 = 2048;

/// Largest total of picture bytes one knowledge base may bring (all its `file` pictures together).
pub const MAX_PICTURES_TOTAL_BYTES: u64 = 32 * 1024 * 1024;

/// The kinds of picture file a knowledge base may bring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PictureFormat {
    Png,
    Svg,
}

impl PictureFormat {
    /// The file-name ending egui's loaders and reports recognise.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
        }
    }

    /// The media type, for data URIs in reports.
    #[must_use]
    pub fn media_type(self) -> &'static str {
        match self {
            Self::Png => "image/png",
            Self::Svg => "image/svg+xml",
        }
    }
}

/// A picture a knowledge base brought from a file, already checked (inside the KB's folder, within the
/// size limits, really a PNG or an SVG).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    pub format: PictureFormat,
    pub bytes: std::sync::Arc<[u8]>,
}

impl Picture {
    /// A fingerprint of the bytes (FNV-1a), so that a changed picture never reuses a cached texture.
    #[must_use]
    pub fn fingerprint(&self) -> u64 {
        self.bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
            (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
        })
    }

    /// The `bytes://` URI the UI loads this picture under, ending in the format's extension.
    #[must_use]
    pub fn uri(&self, id: &str) -> String {
        format!(
            "bytes://kb-pictures/{:016x}/{id}.{}",
            self.fingerprint(),
            self.format.extension()
        )
    }
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
    /// Why these numbers.
    pub rationale: String,
    #[serde(default)]
    pub sources: Vec<String>,
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
    pub steps: Vec<Step>,
    /// Why these numbers.
    pub rationale: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// The content of one numbered step on a step card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// What to do.
    pub text: String,
    /// iOS Settings path, e.g. `["Settings", "WhatsApp", "Microphone"]`, on current iOS.
    #[serde(default)]
    pub settings_path: Option<Vec<String>>,
    /// The same place on older iOS versions, when it differs.
    #[serde(default)]
    pub older_settings_path: Option<OlderSettingsPath>,
    /// Target state of the switch at the end of the path, when the path ends on a switch.
    #[serde(default)]
    pub switch_state: Option<SwitchState>,
    #[serde(default)]
    pub illustration: Option<String>,
    /// A caution shown in a tinted box.
    #[serde(default)]
    pub warning: Option<String>,
    #[serde(default)]
    pub tip: Option<String>,
    /// A wait the UI turns into a countdown timer.
    #[serde(default)]
    pub wait_seconds: Option<u32>,
    /// A comparison (by id) shown with this step, e.g. Offload vs Delete.
    #[serde(default)]
    pub comparison: Option<String>,
    /// When set, this step's text stays hidden until the user ticks a checkbox with this label.
    #[serde(default)]
    pub confirm_before: Option<String>,
    /// Device-specific replacements for `text` and `illustration`.
    #[serde(default)]
    pub variants: BTreeMap<DeviceProfile, StepVariant>,
}

/// A Settings path that applies up to some iOS version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OlderSettingsPath {
    /// Which versions use this path, e.g. "iOS 17 and earlier".
    pub applies_to: String,
    pub path: Vec<String>,
}

/// The state a switch should end in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SwitchState {
    On,
    Off,
}

/// What changes in a step for one kind of iPhone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StepVariant {
    pub text: String,
    #[serde(default)]
    pub illustration: Option<String>,
}

impl Step {
    /// The instruction text for a device (its variant if any).
    #[must_use]
    pub fn text_for(&self, device: DeviceProfile) -> &str {
        self.variants.get(&device).map_or(&self.text, |v| &v.text)
    }

    /// The illustration for a device (its variant's if set).
    #[must_use]
    pub fn illustration_for(&self, device: DeviceProfile) -> Option<&str> {
        self.variants
            .get(&device)
            .and_then(|v| v.illustration.as_deref())
            .or(self.illustration.as_deref())
    }
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
