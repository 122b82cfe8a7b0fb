//! Help › About (versions and where the knowledge comes from) and Help › Keyboard shortcuts.

use egui::{KeyboardShortcut, RichText};

use crate::kb::KnowledgeBase;
use crate::ui::theme;

/// Shows About; returns true when closed.
#[must_use]
pub fn show_about(ctx: &egui::Context, kb: &KnowledgeBase, kb_source: &str) -> bool {
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("about")).show(ctx, |ui| {
        ui.set_width(480.0);
        ui.label(
            RichText::new("MicDoctor")
                .size(24.0)
                .strong()
                .color(theme::ACCENT),
        );
        ui.label(format!("Version {}", env!("CARGO_PKG_VERSION")));
        ui.label(env!("CARGO_PKG_DESCRIPTION"));
        ui.separator();
        egui::Grid::new("about_facts")
            .num_columns(2)
            .spacing(egui::vec2(12.0, 6.0))
            .show(ui, |ui| {
                ui.weak("Knowledge base");
                ui.label(&kb.title);
                ui.end_row();
                ui.weak("Its version");
                ui.label(&kb.kb_version);
                ui.end_row();
                ui.weak("Opened from");
                ui.label(kb_source);
                ui.end_row();
                ui.weak("Facts cited from");
                ui.label(format!("{} sources", kb.sources.len()));
                ui.end_row();
                ui.weak("License");
                ui.label(env!("CARGO_PKG_LICENSE"));
                ui.end_row();
            });
        ui.add_space(6.0);
        close = ui.add(theme::primary_button("Close")).clicked();
    });
    close || modal.should_close()
}

/// Every shortcut of the desktop app, with what it does.
#[must_use]
pub fn shortcuts() -> Vec<(Shortcut, &'static str)> {
    use egui::{Key, Modifiers};
    vec![
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::COMMAND, Key::O)),
            "Open a knowledge base",
        ),
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::COMMAND, Key::S)),
            "Save a report of the case",
        ),
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::COMMAND, Key::Q)),
            "Quit",
        ),
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus)),
            "Larger text",
        ),
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus)),
            "Smaller text",
        ),
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0)),
            "Normal text size",
        ),
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::NONE, Key::F1)),
            "This list",
        ),
        (Shortcut::Words("Esc"), "Back one screen, or close a dialog"),
        (Shortcut::Words("Tab / Shift+Tab"), "Move between controls"),
        (
            Shortcut::Words("Enter / Space"),
            "Press the control in focus",
        ),
    ]
}

/// A shortcut as a chord (formatted for this OS) or in words.
#[derive(Debug, Clone, Copy)]
pub enum Shortcut {
    Chord(KeyboardShortcut),
    Words(&'static str),
}

/// Shows the shortcuts; returns true when closed.
#[must_use]
pub fn show_shortcuts(ctx: &egui::Context) -> bool {
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("shortcuts")).show(ctx, |ui| {
        ui.set_width(440.0);
        ui.label(RichText::new("Keyboard shortcuts").size(20.0).strong());
        ui.add_space(4.0);
        egui::Grid::new("shortcut_list")
            .num_columns(2)
            .striped(true)
            .spacing(egui::vec2(16.0, 6.0))
            .show(ui, |ui| {
                for (shortcut, what) in shortcuts() {
                    let keys = match shortcut {
                        Shortcut::Chord(chord) => ctx.format_shortcut(&chord),
                        Shortcut::Words(words) => words.to_owned(),
                    };
                    ui.label(RichText::new(keys).monospace().strong());
                    ui.label(what);
                    ui.end_row();
                }
            });
        ui.add_space(6.0);
        close = ui.add(theme::primary_button("Close")).clicked();
    });
    close || modal.should_close()
}
