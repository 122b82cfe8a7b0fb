//! The bar at the top of every screen: app name, iPhone type (always changeable), and navigation.

use egui::{Button, RichText, Ui};

use crate::ui::command::Command;
use crate::ui::state::{AppState, BrowseTab, Screen};
use crate::ui::theme;
use crate::ui::widgets::hint::hint;
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::DeviceProfile;
use micdoctor_core::t;

/// Draws the bar; returns the app name's response (the kiosk watches it for a staff long-press).
pub fn ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) -> egui::Response {
    let lang = state.language;
    let row = egui::vec2(ui.available_width(), 48.0);
    let mut title = None;
    ui.allocate_ui_with_layout(
        row,
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            let home = ui.add(
                Button::new(
                    RichText::new("MicDoctor")
                        .size(20.0)
                        .strong()
                        .color(theme::ACCENT),
                )
                .frame(false),
            );
            let home = hint(home, || t!(lang, "top-bar-home-hover"));
            if home.clicked() {
                commands.push(Command::Go(Screen::Start));
            }
            title = Some(home);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.menu_button(t!(lang, "top-bar-more"), |ui| {
                    if ui.button(t!(lang, "top-bar-browse-fixes")).clicked() {
                        commands.push(Command::Go(Screen::Browse(BrowseTab::Fixes)));
                    }
                    if ui.button(t!(lang, "top-bar-questions")).clicked() {
                        commands.push(Command::Go(Screen::Browse(BrowseTab::Faq)));
                    }
                    if state.session.is_some()
                        && ui.button(t!(lang, "top-bar-start-over")).clicked()
                    {
                        commands.push(Command::ConfirmStartOver);
                    }
                });
                let current = state.device();
                for profile in DeviceProfile::ALL.iter().rev() {
                    let Some(device) = state.kb.device(*profile) else {
                        continue;
                    };
                    let label = short_name(lang, *profile);
                    let chosen = hint(
                        ui.add(Button::selectable(current == *profile, label)),
                        || {
                            t!(
                                lang,
                                "top-bar-device-hover",
                                name = device.name.as_str(),
                                hint = device.hint.as_str()
                            )
                        },
                    );
                    if chosen.clicked() && current != *profile {
                        commands.push(Command::SetDevice(*profile));
                    }
                }
                ui.label(t!(lang, "top-bar-iphone"));
            });
        },
    );
    title.unwrap_or_else(|| ui.response())
}

/// The compact label of a device profile in the top bar.
fn short_name(lang: Language, profile: DeviceProfile) -> String {
    match profile {
        DeviceProfile::FaceId => t!(lang, "top-bar-face-id"),
        DeviceProfile::HomeButton => t!(lang, "top-bar-home-button"),
    }
}
