//! "This knowledge base can't be used": every problem the checks found, while the app keeps the one it had.

use std::sync::Arc;

use egui::RichText;
use micdoctor_core::kb::KbError;

use crate::ui::theme;
use micdoctor_core::i18n::Language;
use micdoctor_core::t;

/// A knowledge base that failed to load, and why: said in the window's language when it is drawn.
#[derive(Debug, Clone)]
pub struct KbProblems {
    /// The file that was tried.
    pub file: String,
    pub error: Arc<KbError>,
}

impl KbProblems {
    pub fn new(file: impl Into<String>, error: KbError) -> Self {
        Self {
            file: file.into(),
            error: Arc::new(error),
        }
    }

    /// Every problem as a line in `language`.
    #[must_use]
    pub fn issues(&self, language: Language) -> Vec<String> {
        self.error.issues_in_words(language)
    }
}

/// Shows the list; returns true when the user closes it.
#[must_use]
pub fn show(lang: Language, ctx: &egui::Context, problems: &KbProblems, still_using: &str) -> bool {
    let mut close = false;
    let issues = problems.issues(lang);
    let modal = egui::Modal::new(egui::Id::unique("kb_problems")).show(ctx, |ui| {
        ui.set_width(620.0);
        ui.label(
            RichText::new(t!(lang, "kb-problems-title"))
                .size(20.0)
                .strong()
                .color(theme::WARNING),
        );
        ui.label(t!(lang, "kb-problems-still-using", source = still_using));
        ui.add_space(4.0);
        ui.label(t!(
            lang,
            "kb-problems-found",
            count = issues.len(),
            file = problems.file.as_str()
        ));
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for issue in &issues {
                    ui.label(format!("\u{2022} {issue}"));
                }
            });
        ui.add_space(6.0);
        close = ui
            .add(theme::primary_button(t!(lang, "kb-problems-close")))
            .clicked();
    });
    close || modal.should_close()
}
