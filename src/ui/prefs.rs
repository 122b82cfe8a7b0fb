//! What the desktop app remembers between runs (eframe storage): iPhone type, theme, text size, the last
//! knowledge base opened, and an unfinished case to offer back. Stored as JSON strings so that a damaged
//! entry is noticed (and reported in one line) instead of silently dropped.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use micdoctor_core::i18n::Language;
use micdoctor_core::kb::DeviceProfile;
use micdoctor_core::session::Session;

const PREFERENCES_KEY: &str = "micdoctor.preferences.v2";
const CASE_KEY: &str = "micdoctor.unfinished_case";

/// Preferences remembered between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub device: DeviceProfile,
    /// The language last chosen (`None` before any choice: the config's default applies).
    pub language: Option<Language>,
    pub theme: egui::ThemePreference,
    /// The window's zoom (View › Text size, or Ctrl +/-).
    pub zoom: f32,
    /// The knowledge base last opened with File › Open, reopened on the next start.
    pub last_kb: Option<PathBuf>,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            device: DeviceProfile::FaceId,
            language: None,
            theme: egui::ThemePreference::System,
            zoom: 1.0,
            last_kb: None,
        }
    }
}

/// What was found in storage, and a one-line notice for each part that could not be read.
#[derive(Debug, Default)]
pub struct Restored {
    pub preferences: Preferences,
    pub unfinished_case: Option<Session>,
    /// Message ids of the notices, said in the language in force when the notice bar shows them.
    pub notices: Vec<&'static str>,
}

/// Reads preferences and the unfinished case; damaged entries give a notice and defaults.
#[must_use]
pub fn restore(storage: &dyn eframe::Storage) -> Restored {
    let mut restored = Restored::default();
    if let Some(text) = storage.get_string(PREFERENCES_KEY) {
        match serde_json::from_str::<Preferences>(&text) {
            Ok(preferences) => restored.preferences = preferences,
            Err(_) => restored.notices.push("notice-settings-damaged"),
        }
    }
    restored.preferences.zoom = if restored.preferences.zoom.is_finite() {
        restored.preferences.zoom.clamp(MIN_ZOOM, MAX_ZOOM)
    } else {
        1.0
    };
    if let Some(text) = storage.get_string(CASE_KEY).filter(|t| !t.is_empty()) {
        match Session::from_json(&text) {
            Ok(session) => restored.unfinished_case = Some(session),
            Err(_) => restored.notices.push("notice-last-case-unreadable"),
        }
    }
    restored
}

/// Writes preferences and the unfinished case (`None` clears it).
pub fn save(storage: &mut dyn eframe::Storage, preferences: &Preferences, case: Option<&Session>) {
    if let Ok(text) = serde_json::to_string(preferences) {
        storage.set_string(PREFERENCES_KEY, text);
    }
    let case_text = case
        .and_then(|s| serde_json::to_string(s).ok())
        .unwrap_or_default();
    storage.set_string(CASE_KEY, case_text);
}

/// Smallest and largest zoom the View menu and Ctrl +/- allow.
pub const MIN_ZOOM: f32 = 0.75;
pub const MAX_ZOOM: f32 = 2.5;

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use eframe::Storage as _;

    use super::*;

    #[derive(Default)]
    struct Memory(HashMap<String, String>);

    impl eframe::Storage for Memory {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }
        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_owned(), value);
        }
        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }
        fn flush(&mut self) {}
    }

    #[test]
    fn round_trips_preferences_and_case() {
        let mut storage = Memory::default();
        let preferences = Preferences {
            device: DeviceProfile::HomeButton,
            language: Some(Language::Spanish),
            theme: egui::ThemePreference::Dark,
            zoom: 1.3,
            last_kb: Some(PathBuf::from("/tmp/shop.json")),
        };
        let mut case = Session::new("mic_whatsapp", DeviceProfile::HomeButton, "1", 10);
        case.answer("voice_note_flat", micdoctor_core::session::Answer::Yes, 11);
        save(&mut storage, &preferences, Some(&case));
        let restored = restore(&storage);
        assert_eq!(restored.preferences, preferences);
        assert_eq!(
            restored.unfinished_case.map(|s| s.history),
            Some(case.history)
        );
        assert!(restored.notices.is_empty());

        save(&mut storage, &preferences, None);
        assert!(
            restore(&storage).unfinished_case.is_none(),
            "None clears the case"
        );
    }

    #[test]
    fn damaged_entries_give_one_line_notices_and_defaults() {
        let mut storage = Memory::default();
        storage.set_string(PREFERENCES_KEY, "{\"device\": 7".to_owned());
        storage.set_string(CASE_KEY, "not json".to_owned());
        let restored = restore(&storage);
        assert_eq!(restored.preferences, Preferences::default());
        assert!(restored.unfinished_case.is_none());
        assert_eq!(restored.notices.len(), 2, "{:?}", restored.notices);
        assert!(restored.notices.iter().all(|id| {
            !micdoctor_core::i18n::message(micdoctor_core::i18n::Language::English, id, None)
                .contains('\n')
        }));
        let english = micdoctor_core::i18n::message_ids(micdoctor_core::i18n::Language::English);
        assert!(
            restored
                .notices
                .iter()
                .all(|id| english.iter().any(|known| known == id)),
            "{:?}",
            restored.notices
        );
    }

    #[test]
    fn old_or_partial_preferences_fill_in_defaults_and_clamp_zoom() {
        let mut storage = Memory::default();
        storage.set_string(
            PREFERENCES_KEY,
            r#"{"device":"home_button","zoom":40.0}"#.to_owned(),
        );
        let restored = restore(&storage);
        assert_eq!(restored.preferences.device, DeviceProfile::HomeButton);
        assert!((restored.preferences.zoom - MAX_ZOOM).abs() < f32::EPSILON);
        assert_eq!(restored.preferences.theme, egui::ThemePreference::System);
    }
}
