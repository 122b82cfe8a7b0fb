//! What a step card shows: numbered steps with Settings paths, switches, pictures, warnings, timers and
//! Face ID / Home-button variants, and side-by-side comparisons shown with a step.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::model::DeviceProfile;

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
