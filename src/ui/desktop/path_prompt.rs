//! Where no file dialog can be shown, the user types the file's path instead — never a silent no-op.

use std::path::PathBuf;

use egui::RichText;

use crate::ui::theme;
use micdoctor_core::i18n::Language;
use micdoctor_core::t;

/// What the path is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    OpenKb,
    SaveReport,
    /// A recording for this take, or for the take the app picks.
    OpenRecording(Option<micdoctor_core::recording::RecordingRole>),
    /// An App Privacy Report to read.
    OpenPrivacyReport,
}

/// The prompt's state: its purpose and the text typed so far.
#[derive(Debug, Clone)]
pub struct PathPrompt {
    pub purpose: Purpose,
    pub text: String,
    /// The field takes the keyboard once, when the prompt appears.
    focused: bool,
}

/// What the user did with the prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptEvent {
    Chosen(PathBuf),
    Cancel,
}

impl PathPrompt {
    #[must_use]
    pub fn new(purpose: Purpose, suggestion: String) -> Self {
        Self {
            purpose,
            text: suggestion,
            focused: false,
        }
    }

    pub fn show(&mut self, lang: Language, ctx: &egui::Context) -> Option<PromptEvent> {
        let (title, verb, example) = match self.purpose {
            Purpose::OpenKb => (
                t!(lang, "dialog-open-kb-title"),
                t!(lang, "path-prompt-open"),
                t!(lang, "path-prompt-example-kb"),
            ),
            Purpose::SaveReport => (
                t!(lang, "dialog-save-report-title"),
                t!(lang, "path-prompt-save"),
                t!(lang, "path-prompt-example-report"),
            ),
            Purpose::OpenRecording(_) => (
                t!(lang, "dialog-open-recording-title"),
                t!(lang, "path-prompt-open"),
                t!(lang, "path-prompt-example-recording"),
            ),
            Purpose::OpenPrivacyReport => (
                t!(lang, "dialog-open-privacy-title"),
                t!(lang, "path-prompt-open"),
                t!(lang, "path-prompt-example-privacy"),
            ),
        };
        let mut event = None;
        let modal = egui::Modal::new(egui::Id::unique("path_prompt")).show(ctx, |ui| {
            ui.set_width(520.0);
            ui.label(RichText::new(title).size(20.0).strong());
            if let Purpose::OpenRecording(Some(role)) = self.purpose {
                ui.label(t!(
                    lang,
                    "path-prompt-recording-for",
                    take = micdoctor_core::report::role_name(lang, role)
                ));
            }
            ui.label(t!(lang, "path-prompt-no-dialog"));
            if self.purpose == Purpose::SaveReport {
                ui.weak(t!(lang, "path-prompt-format-hint"));
            }
            ui.add_space(4.0);
            let label = ui.label(t!(lang, "path-prompt-file-path"));
            let edit = ui.add(
                egui::TextEdit::singleline(&mut self.text)
                    .hint_text(example)
                    .desired_width(f32::INFINITY),
            );
            let edit = edit.labelled_by(label.id);
            if !self.focused {
                edit.request_focus();
                self.focused = true;
            }
            let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let ready = !self.text.trim().is_empty();
                let pressed = ui.add_enabled(ready, theme::primary_button(verb)).clicked();
                if ready && (pressed || entered) {
                    event = Some(PromptEvent::Chosen(PathBuf::from(self.text.trim())));
                }
                if ui.button(t!(lang, "path-prompt-cancel")).clicked() {
                    event = Some(PromptEvent::Cancel);
                }
            });
        });
        if modal.should_close() && event.is_none() {
            event = Some(PromptEvent::Cancel);
        }
        event
    }
}
