//! Help › About (versions and where the knowledge comes from) and Help › Keyboard shortcuts.

use egui::{KeyboardShortcut, RichText};

use crate::ui::theme;
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::KnowledgeBase;
use micdoctor_core::t;

/// Shows About; returns true when closed.
#[must_use]
pub fn show_about(
    lang: Language,
    ctx: &egui::Context,
    kb: &KnowledgeBase,
    kb_source: &str,
) -> bool {
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("about")).show(ctx, |ui| {
        ui.set_width(480.0);
        ui.label(
            RichText::new("MicDoctor")
                .size(24.0)
                .strong()
                .color(theme::ACCENT),
        );
        ui.label(t!(
            lang,
            "about-version",
            version = env!("CARGO_PKG_VERSION")
        ));
        ui.label(t!(lang, "about-description"));
        ui.separator();
        egui::Grid::new("about_facts")
            .num_columns(2)
            .spacing(egui::vec2(12.0, 6.0))
            .show(ui, |ui| {
                ui.weak(t!(lang, "about-kb"));
                ui.label(&kb.title);
                ui.end_row();
                ui.weak(t!(lang, "about-kb-version"));
                ui.label(&kb.kb_version);
                if let Some(note) = &kb.learned {
                    ui.end_row();
                    ui.weak(t!(lang, "about-learned"));
                    ui.label(t!(
                        lang,
                        "report-learned",
                        cases = note.cases,
                        since = micdoctor_core::report::iso_utc(note.since)[..10].to_owned()
                    ));
                }
                ui.end_row();
                ui.weak(t!(lang, "about-opened-from"));
                // The bundled knowledge base by name, in the window's language; a shop's by its path.
                if kb_source.starts_with("bundled") {
                    ui.label(t!(lang, "about-kb-bundled"));
                } else {
                    ui.label(kb_source);
                }
                ui.end_row();
                ui.weak(t!(lang, "about-sources"));
                ui.label(t!(lang, "about-sources-count", count = kb.sources.len()));
                ui.end_row();
                ui.weak(t!(lang, "about-license"));
                ui.label(env!("CARGO_PKG_LICENSE"));
                ui.end_row();
            });
        ui.add_space(6.0);
        close = ui
            .add(theme::primary_button(t!(lang, "about-close")))
            .clicked();
    });
    close || modal.should_close()
}

/// Every shortcut of the desktop app, with what it does.
#[must_use]
pub fn shortcuts(lang: Language) -> Vec<(Shortcut, String)> {
    use egui::{Key, Modifiers};
    vec![
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::COMMAND, Key::O)),
            t!(lang, "shortcuts-open-kb"),
        ),
        (
            Shortcut::Chord(super::menu_bar::OPEN_RECORDING),
            t!(lang, "shortcuts-open-recording"),
        ),
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::COMMAND, Key::S)),
            t!(lang, "shortcuts-save-report"),
        ),
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::COMMAND, Key::Q)),
            t!(lang, "shortcuts-quit"),
        ),
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus)),
            t!(lang, "shortcuts-larger-text"),
        ),
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus)),
            t!(lang, "shortcuts-smaller-text"),
        ),
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0)),
            t!(lang, "shortcuts-normal-text"),
        ),
        (
            Shortcut::Chord(KeyboardShortcut::new(Modifiers::NONE, Key::F1)),
            t!(lang, "shortcuts-this-list"),
        ),
        (
            Shortcut::Words(t!(lang, "shortcuts-keys-escape")),
            t!(lang, "shortcuts-back"),
        ),
        (
            Shortcut::Words(t!(lang, "shortcuts-keys-tab")),
            t!(lang, "shortcuts-move"),
        ),
        (
            Shortcut::Words(t!(lang, "shortcuts-keys-enter")),
            t!(lang, "shortcuts-press"),
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
pub fn show_shortcuts(lang: Language, ctx: &egui::Context) -> bool {
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("shortcuts")).show(ctx, |ui| {
        ui.set_width(440.0);
        ui.label(
            RichText::new(t!(lang, "shortcuts-title"))
                .size(20.0)
                .strong(),
        );
        ui.add_space(4.0);
        egui::Grid::new("shortcut_list")
            .num_columns(2)
            .striped(true)
            .spacing(egui::vec2(16.0, 6.0))
            .show(ui, |ui| {
                for (shortcut, what) in shortcuts(lang) {
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
            .add(theme::primary_button(t!(lang, "shortcuts-close")))
            .clicked();
    });
    close || modal.should_close()
}
