//! "This knowledge base can't be used": every problem the checks found, while the app keeps the one it had.

use egui::RichText;

use crate::ui::theme;

/// A knowledge base that failed to load, with every problem in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KbProblems {
    /// The file that was tried.
    pub file: String,
    pub issues: Vec<String>,
}

/// Shows the list; returns true when the user closes it.
#[must_use]
pub fn show(ctx: &egui::Context, problems: &KbProblems, still_using: &str) -> bool {
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("kb_problems")).show(ctx, |ui| {
        ui.set_width(620.0);
        ui.label(
            RichText::new("This knowledge base can't be used")
                .size(20.0)
                .strong()
                .color(theme::WARNING),
        );
        ui.label(format!("MicDoctor is still using {still_using}."));
        ui.add_space(4.0);
        let count = problems.issues.len();
        ui.label(format!(
            "{} {} found in {}:",
            count,
            if count == 1 { "problem" } else { "problems" },
            problems.file
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
        close = ui.add(theme::primary_button("Close")).clicked();
    });
    close || modal.should_close()
}
