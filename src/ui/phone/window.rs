//! The QR card's own window while the bridge asks for the App Privacy Report alone (the privacy journey,
//! at a desktop or a kiosk): how to save the report on the iPhone, then the card. Closing the window stops
//! the bridge, as "Stop receiving" does.

use egui::{RichText, ScrollArea};
use micdoctor_core::i18n::Language;
use micdoctor_core::t;

use super::{PhoneAsk, PhoneDesk, card};
use crate::ui::command::Command;

/// Shows the window while a bridge for the App Privacy Report is open, within `area`.
pub fn show(
    lang: Language,
    ctx: &egui::Context,
    area: egui::Rect,
    phone: &PhoneDesk,
    commands: &mut Vec<Command>,
) {
    let Some(open) = phone
        .open_bridge()
        .filter(|open| open.ask == PhoneAsk::PrivacyReport)
    else {
        return;
    };
    let mut shown = true;
    crate::ui::theme::case_window(
        RichText::new(t!(lang, "bridge-privacy-window-title")).strong(),
        ("privacy_phone_card", open.case_id % 2),
        &mut shown,
        area,
        560.0,
    )
    .show(ctx, |ui| {
        ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
        ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.add(egui::Label::new(t!(lang, "bridge-privacy-card-how")).wrap());
                ui.add_space(6.0);
                card::show(lang, ui, open, commands);
            });
    });
    if !shown {
        commands.push(Command::StopPhoneBridge);
    }
}
