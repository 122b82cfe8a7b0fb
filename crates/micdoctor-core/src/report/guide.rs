//! A fix's steps written out for one kind of iPhone, as a report prints them: Settings paths as
//! "Settings › Apps › WhatsApp", warnings, tips, waits, comparisons and each picture's alt text.

use serde::{Deserialize, Serialize};

use crate::i18n::Language;
use crate::kb::{ComparisonRow, DeviceProfile, Fix, FixId, KnowledgeBase, Step, SwitchState};

/// The separator between the screens of a Settings path, as iOS users read it.
pub const PATH_SEPARATOR: &str = " \u{203a} ";

/// Why a fix's steps are in the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GuideRole {
    /// This fix solved the case: the steps to repeat if it happens again.
    Worked,
    /// Tried without success: what was done, for whoever looks at the phone next.
    Tried,
    /// The next fix the engine suggests.
    Next,
    /// What to do before handing the phone to a technician.
    BeforeTechnician,
}

impl GuideRole {
    /// A short note after the fix's title, in `lang`.
    #[must_use]
    pub fn label(self, lang: Language) -> String {
        match self {
            Self::Worked => crate::t!(lang, "report-guide-worked"),
            Self::Tried => crate::t!(lang, "report-guide-tried"),
            Self::Next => crate::t!(lang, "report-guide-next"),
            Self::BeforeTechnician => crate::t!(lang, "report-guide-before-technician"),
        }
    }
}

/// One fix, step by step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FixGuide {
    pub id: FixId,
    pub title: String,
    pub summary: String,
    pub role: GuideRole,
    pub steps: Vec<StepLine>,
}

/// One numbered step, for the case's iPhone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepLine {
    /// What to do (the device's variant when the step has one).
    pub text: String,
    /// A box to tick before doing this step ("My chats are backed up").
    pub check_first: Option<String>,
    /// "Settings › Apps › WhatsApp › Microphone".
    pub settings_path: Option<String>,
    /// The switch at the end of the path should end up in this state.
    pub switch: Option<SwitchState>,
    /// The same place on older iOS versions.
    pub older_path: Option<OlderPath>,
    pub wait_seconds: Option<u32>,
    pub warning: Option<String>,
    pub tip: Option<String>,
    pub picture: Option<Picture>,
    pub comparison: Option<ComparisonTable>,
}

/// A Settings path on older iOS versions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OlderPath {
    /// "iOS 17 and earlier".
    pub applies_to: String,
    pub path: String,
}

/// An illustration: its id (the bundled SVG) and what it shows in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Picture {
    pub id: String,
    pub alt: String,
    /// The knowledge base's own picture for this id (from a file beside it), if it brought one.
    #[serde(skip)]
    pub image: Option<crate::kb::Picture>,
}

/// A side-by-side comparison: one heading per choice, then labelled rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComparisonTable {
    pub title: String,
    pub headings: Vec<String>,
    /// Each row: its label, then one cell per heading.
    pub rows: Vec<ComparisonRow>,
}

impl FixGuide {
    /// The steps of `fix` for `device`.
    #[must_use]
    pub fn new(kb: &KnowledgeBase, fix: &Fix, device: DeviceProfile, role: GuideRole) -> Self {
        Self {
            id: fix.id.clone(),
            title: fix.title.clone(),
            summary: fix.summary.clone(),
            role,
            steps: fix
                .steps
                .iter()
                .map(|step| StepLine::new(kb, step, device))
                .collect(),
        }
    }
}

impl StepLine {
    /// A step as written for `device`, with pictures and comparisons looked up in `kb`.
    #[must_use]
    pub fn new(kb: &KnowledgeBase, step: &Step, device: DeviceProfile) -> Self {
        Self {
            text: step.text_for(device).to_owned(),
            check_first: step.confirm_before.clone(),
            settings_path: step.settings_path.as_deref().map(join_path),
            switch: step.switch_state,
            older_path: step.older_settings_path.as_ref().map(|older| OlderPath {
                applies_to: older.applies_to.clone(),
                path: join_path(&older.path),
            }),
            wait_seconds: step.wait_seconds,
            warning: step.warning.clone(),
            tip: step.tip.clone(),
            picture: step.illustration_for(device).map(|id| Picture {
                id: id.to_owned(),
                alt: kb
                    .illustration(id)
                    .map_or_else(|| id.to_owned(), |i| i.alt.clone()),
                image: kb.illustration(id).and_then(|i| i.picture.clone()),
            }),
            comparison: step
                .comparison
                .as_deref()
                .and_then(|id| kb.comparison(id))
                .map(|c| ComparisonTable {
                    title: c.title.clone(),
                    headings: c.headings.clone(),
                    rows: c.rows.clone(),
                }),
        }
    }

    /// "Settings › Apps › WhatsApp › Microphone (switch on)": the path with the switch's target state.
    #[must_use]
    pub fn settings_line(&self, lang: Language) -> Option<String> {
        let path = self.settings_path.as_deref()?;
        Some(match self.switch {
            Some(SwitchState::On) => crate::t!(lang, "report-switch-on", path = path),
            Some(SwitchState::Off) => crate::t!(lang, "report-switch-off", path = path),
            None => path.to_owned(),
        })
    }
}

/// Joins the screens of a Settings path with " › ".
#[must_use]
pub fn join_path(path: &[String]) -> String {
    path.join(PATH_SEPARATOR)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::{OlderSettingsPath, StepVariant};

    fn kb() -> KnowledgeBase {
        crate::kb::bundled(&crate::assets::BundledIllustrations)
            .expect("the bundled knowledge base loads")
    }

    #[test]
    fn a_step_reads_for_the_device_with_its_path_and_picture() {
        let kb = kb();
        let mut step = Step {
            text: "Open the App Switcher.".to_owned(),
            settings_path: Some(vec![
                "Settings".to_owned(),
                "Privacy & Security".to_owned(),
                "Microphone".to_owned(),
            ]),
            older_settings_path: Some(OlderSettingsPath {
                applies_to: "iOS 17 and earlier".to_owned(),
                path: vec!["Settings".to_owned(), "Privacy".to_owned()],
            }),
            switch_state: Some(SwitchState::On),
            illustration: Some("iphone_face_id".to_owned()),
            ..Step::default()
        };
        step.variants.insert(
            DeviceProfile::HomeButton,
            StepVariant {
                text: "Double-click the Home button.".to_owned(),
                illustration: Some("app_switcher_home_button".to_owned()),
            },
        );
        let home = StepLine::new(&kb, &step, DeviceProfile::HomeButton);
        assert_eq!(home.text, "Double-click the Home button.");
        let picture = home.picture.as_ref().expect("the variant's picture");
        assert_eq!(picture.id, "app_switcher_home_button");
        assert!(picture.alt.contains("Home button"), "{}", picture.alt);
        assert_eq!(
            home.settings_line(Language::English).as_deref(),
            Some("Settings \u{203a} Privacy & Security \u{203a} Microphone (switch on)")
        );
        let older = home.older_path.expect("older path");
        assert_eq!(older.path, "Settings \u{203a} Privacy");
        let face = StepLine::new(&kb, &step, DeviceProfile::FaceId);
        assert_eq!(face.text, "Open the App Switcher.");
        assert_eq!(
            face.picture.map(|p| p.id).as_deref(),
            Some("iphone_face_id")
        );
    }

    #[test]
    fn a_missing_picture_falls_back_to_its_id() {
        let step = Step {
            text: "Look.".to_owned(),
            illustration: Some("not_bundled".to_owned()),
            ..Step::default()
        };
        let line = StepLine::new(&kb(), &step, DeviceProfile::FaceId);
        assert_eq!(line.settings_line(Language::English), None);
        assert_eq!(line.picture.map(|p| p.alt).as_deref(), Some("not_bundled"));
    }
}
