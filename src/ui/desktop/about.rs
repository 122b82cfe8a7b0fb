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
        ui.label(crate::t!(
            "about-version",
            version = env!("CARGO_PKG_VERSION")
        ));
        ui.label(crate::t!("about-description"));
        ui.separator();
        egui::Grid::new("about_facts")
            .num_columns(2)
            .spacing(egui::vec2(12.0, 6.0))
            .show(ui, |ui| {
                ui.weak(crate::t!("about-kb"));
                ui.label(&kb.title);
                ui.end_row();
                ui.weak(crate::t!("about-kb-version"));
                ui.label(&kb.kb_version);
                if let Some(note) = &kb.learned {
                    ui.end_row();
                    ui.weak(crate::t!("about-learned"));
                    ui.label(crate::t!(
                        "report-learned",
                        cases = note.cases,
                        since = crate::report::iso_utc(note.since)[..10].to_owned()
                    ));
                }
                ui.end_row();
                ui.weak(crate::t!("about-opened-from"));
                ui.label(kb_source);
                ui.end_row();
                ui.weak(crate::t!("about-sources"));
                ui.label(crate::t!("about-sources-count", count = kb.sources.len()));
                ui.end_row();
                ui.weak(crate::t!("about-license"));
                ui.label(env!("CARGO_PKG_LICENSE"));
                ui.end_row();
            });
        ui.add_space(6.0);
        close = ui
            .add(theme::primary_button(crate::t!("about-close")))
            .clicked();
    });
    close || modal.should_close()
}

/// Every shortcut of the desktop app, with what it does.
#[must_use]
pub fn shortcuts() -> Vec<(Shortcut, String)> {
    use egui::{Key, Modifiers};
    vec![
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::COMMAND, Key::O)),
            crate::t!("shortcuts-open-kb"),
        ),
        (
            Shortcut::Chord(super::menu_bar::OPEN_RECORDING),
            crate::t!("shortcuts-open-recording"),
        ),
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::COMMAND, Key::S)),
            crate::t!("shortcuts-save-report"),
        ),
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::COMMAND, Key::Q)),
            crate::t!("shortcuts-quit"),
        ),
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus)),
            crate::t!("shortcuts-larger-text"),
        ),
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus)),
            crate::t!("shortcuts-smaller-text"),
        ),
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0)),
            crate::t!("shortcuts-normal-text"),
        ),
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::NONE, Key::F1)),
            crate::t!("shortcuts-this-list"),
        ),
        (
            Shortcut::Words(crate::t!("shortcuts-keys-escape")),
            crate::t!("shortcuts-back"),
        ),
        (
            Shortcut::Words(crate::t!("shortcuts-keys-tab")),
            crate::t!("shortcuts-move"),
        ),
        (
            Shortcut::Words(crate::t!("shortcuts-keys-enter")),
            crate::t!("shortcuts-press"),
        ),
    ]
}

/// A shortcut as a chord (formatted for this OS) or in words (in the current language).
#[derive(Debug, Clone)]
pub enum Shortcut {
    Chord(KeyboardShortcut),
    Words(String),
}

/// Shows the shortcuts; returns true when closed.
#[must_use]
pub fn show_shortcuts(ctx: &egui::Context) -> bool {
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("shortcuts")).show(ctx, |ui| {
        ui.set_width(440.0);
        ui.label(
            RichText::new(crate::t!("shortcuts-title"))
                .size(20.0)
                .strong(),
        );
        ui.add_space(4.0);
        egui::Grid::new("shortcut_list")
            .num_columns(2)
            .striped(true)
            .spacing(egui::vec2(16.0, 6.0))
            .show(ui, |ui| {
                for (shortcut, what) in shortcuts() {
                    let keys = match shortcut {
                        Shortcut::Chord(chord) => ctx.format_shortcut(&chord),
                        Shortcut::Words(words) => words,
                    };
                    ui.label(RichText::new(keys).monospace().strong());
                    ui.label(what);
                    ui.end_row();
                }
            });
        ui.add_space(6.0);
        close = ui
            .add(theme::primary_button(crate::t!("shortcuts-close")))
            .clicked();
    });
    close || modal.should_close()
}
