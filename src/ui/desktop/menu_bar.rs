//! The desktop menu bar: File (open a knowledge base or a recording, save a report, quit), View (theme, text size),
//! Help (keyboard shortcuts, about).

use egui::{Button, KeyboardShortcut, Modifiers, Ui};

use crate::ui::command::Command;
use micdoctor_core::i18n::Language;
use micdoctor_core::t;

pub const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, egui::Key::O);
pub const OPEN_RECORDING: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), egui::Key::O);
pub const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, egui::Key::S);
pub const QUIT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, egui::Key::Q);
pub const HELP: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, egui::Key::F1);

/// The choices of View › Text size, as zoom factors, named in `lang`.
#[must_use]
pub fn text_sizes(lang: Language) -> [(String, f32); 4] {
    [
        (t!(lang, "menu-view-text-small"), 0.9),
        (t!(lang, "menu-view-text-normal"), 1.0),
        (t!(lang, "menu-view-text-large"), 1.15),
        (t!(lang, "menu-view-text-extra-large"), 1.3),
    ]
}

/// Draws the menu bar. `can_save`: a case is open, so there is something to report.
pub fn ui(lang: Language, ui: &mut Ui, can_save: bool) -> Option<Command> {
    let mut command = None;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(t!(lang, "menu-file"), |ui| {
            let ctx = ui.ctx().clone();
            if ui
                .add(
                    Button::new(t!(lang, "menu-file-open"))
                        .shortcut_text(ctx.format_shortcut(&OPEN)),
                )
                .clicked()
            {
                command = Some(Command::ChooseKb);
            }
            let open_recording = Button::new(t!(lang, "menu-file-open-recording"))
                .shortcut_text(ctx.format_shortcut(&OPEN_RECORDING));
            if ui
                .add_enabled(can_save, open_recording)
                .on_disabled_hover_text(t!(lang, "menu-file-open-recording-disabled"))
                .clicked()
            {
                command = Some(Command::ChooseRecording(None));
            }
            let save = Button::new(t!(lang, "menu-file-save-report"))
                .shortcut_text(ctx.format_shortcut(&SAVE));
            if ui
                .add_enabled(can_save, save)
                .on_disabled_hover_text(t!(lang, "menu-file-save-report-disabled"))
                .clicked()
            {
                command = Some(Command::SaveReport);
            }
            ui.separator();
            if ui
                .add(
                    Button::new(t!(lang, "menu-file-quit"))
                        .shortcut_text(ctx.format_shortcut(&QUIT)),
                )
                .clicked()
            {
                command = Some(Command::Quit);
            }
        });
        ui.menu_button(t!(lang, "menu-view"), |ui| {
            theme_choice(lang, ui);
            ui.separator();
            text_size_choice(lang, ui);
        });
        ui.menu_button(t!(lang, "menu-help"), |ui| {
            let ctx = ui.ctx().clone();
            if ui
                .add(
                    Button::new(t!(lang, "menu-help-shortcuts"))
                        .shortcut_text(ctx.format_shortcut(&HELP)),
                )
                .clicked()
            {
                command = Some(Command::ShowShortcuts);
            }
            if ui.button(t!(lang, "menu-help-about")).clicked() {
                command = Some(Command::ShowAbout);
            }
        });
    });
    command
}

/// The menu's keyboard shortcuts, pressed this frame.
#[must_use]
pub fn shortcut(ctx: &egui::Context, can_save: bool) -> Option<Command> {
    ctx.input_mut(|i| {
        // The longer chord first: Ctrl+Shift+O also matches Ctrl+O.
        if can_save && i.consume_shortcut(&OPEN_RECORDING) {
            Some(Command::ChooseRecording(None))
        } else if i.consume_shortcut(&OPEN) {
            Some(Command::ChooseKb)
        } else if can_save && i.consume_shortcut(&SAVE) {
            Some(Command::SaveReport)
        } else if i.consume_shortcut(&QUIT) {
            Some(Command::Quit)
        } else if i.consume_shortcut(&HELP) {
            Some(Command::ShowShortcuts)
        } else {
            None
        }
    })
}

/// Follow the system, or force light or dark.
fn theme_choice(lang: Language, ui: &mut Ui) {
    ui.label(
        egui::RichText::new(t!(lang, "menu-view-theme"))
            .small()
            .weak(),
    );
    let mut preference = ui.ctx().options(|o| o.theme_preference);
    let before = preference;
    for (value, label) in [
        (
            egui::ThemePreference::System,
            t!(lang, "menu-view-theme-system"),
        ),
        (
            egui::ThemePreference::Light,
            t!(lang, "menu-view-theme-light"),
        ),
        (
            egui::ThemePreference::Dark,
            t!(lang, "menu-view-theme-dark"),
        ),
    ] {
        ui.radio_value(&mut preference, value, label);
    }
    if preference != before {
        ui.ctx().set_theme(preference);
    }
}

/// Text size as the window's zoom; the choice shown is read from the zoom, so Ctrl +/- stays in step.
fn text_size_choice(lang: Language, ui: &mut Ui) {
    ui.label(
        egui::RichText::new(t!(lang, "menu-view-text-size"))
            .small()
            .weak(),
    );
    let zoom = ui.ctx().zoom_factor();
    for (label, factor) in text_sizes(lang) {
        let chosen = (zoom - factor).abs() < 0.01;
        if ui.radio(chosen, label).clicked() && !chosen {
            ui.ctx().set_zoom_factor(factor);
        }
    }
}
