//! "This knowledge base can't be used": every problem the checks found, while the app keeps the one it had.

use egui::RichText;

use crate::ui::theme;
use micdoctor_core::i18n::Language;
use micdoctor_core::t;

/// A knowledge base that failed to load, with every problem in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KbProblems {
    /// The file that was tried.
    pub file: String,
    pub issues: Vec<String>,
}

/// Shows the list; returns true when the user closes it.
#[must_use]
pub fn show(lang: Language, ctx: &egui::Context, problems: &KbProblems, still_using: &str) -> bool {
    let mut close = false;
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
            count = problems.issues.len(),
            file = problems.file.as_str()
        ));
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for issue in &problems.issues {
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
