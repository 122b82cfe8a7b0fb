//! The QR card, at the top of a recording check's window: the shop's Wi-Fi code first when one is set,
//! the code of the upload page with its address written out, what is happening (waiting, the page
//! opened, each upload with its progress, then received, refused or failed, each refusable), how long
//! the code works, what to check when nothing arrives, and "Stop receiving".

use egui::{Color32, ProgressBar, RichText, Ui};

use crate::ui::command::Command;
use crate::ui::phone::{OpenBridge, UploadState};
use crate::ui::theme;
use crate::ui::widgets::qr::qr_of;
use micdoctor_bridge::{EndReason, Role};
use micdoctor_core::i18n::Language;
use micdoctor_core::recording::{Microphone, RecordingRole};
use micdoctor_core::t;

/// Points per QR module: the link's code is then about 200 points wide, easy for a phone at arm's length.
const MODULE: f32 = 5.0;

/// Draws the card of `open`.
pub fn show(lang: Language, ui: &mut Ui, open: &OpenBridge, commands: &mut Vec<Command>) {
    let handle = &open.handle;
    egui::Frame::group(ui.style())
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.label(
                RichText::new(t!(lang, "bridge-card-title"))
                    .size(18.0)
                    .strong(),
            );
            ui.horizontal_top(|ui| {
                if let (Some(wifi), Some(ssid)) = (handle.wifi_qr(), handle.wifi_ssid()) {
                    ui.vertical(|ui| {
                        ui.set_max_width(220.0);
                        ui.label(t!(lang, "bridge-card-wifi", ssid = ssid));
                        qr_of(
                            ui,
                            wifi,
                            4.0,
                            &t!(lang, "bridge-wifi-qr-title", ssid = ssid),
                        );
                    });
                }
                ui.vertical(|ui| {
                    ui.set_max_width(260.0);
                    ui.label(t!(lang, "bridge-card-scan"));
                    qr_of(ui, handle.qr(), MODULE, &t!(lang, "bridge-qr-title"));
                });
            });
            // The address on one line, whole, to type or to read out.
            ui.label(t!(lang, "bridge-card-address"));
            ui.add(
                egui::Label::new(RichText::new(handle.url()).monospace().size(14.0))
                    .wrap_mode(egui::TextWrapMode::Extend)
                    .selectable(true),
            );
            ui.weak(t!(lang, "bridge-card-same-network"));
            ui.add_space(4.0);
            status(lang, ui, open, commands);
            ui.add_space(4.0);
            egui::CollapsingHeader::new(t!(lang, "bridge-card-help"))
                .id_salt("bridge_help")
                .show(ui, |ui| {
                    let address = handle.address();
                    ui.label(t!(
                        lang,
                        "bridge-card-nothing-arrives",
                        address = address.to_string()
                    ));
                    if cfg!(target_os = "macos") {
                        ui.label(t!(lang, "bridge-card-macos"));
                    } else {
                        ui.label(t!(
                            lang,
                            "bridge-card-firewall",
                            port = f64::from(address.port())
                        ));
                    }
                });
            if ui.button(t!(lang, "bridge-close")).clicked() {
                commands.push(Command::StopPhoneBridge);
            }
        });
}

/// What is happening: the link's state, then each upload.
fn status(lang: Language, ui: &mut Ui, open: &OpenBridge, commands: &mut Vec<Command>) {
    let headline = match open.ended {
        Some(EndReason::AllReceived) => Some(t!(lang, "bridge-status-all-received")),
        Some(EndReason::Expired) => Some(t!(lang, "bridge-status-expired")),
        None if open.uploads.is_empty() && open.page_opened => {
            Some(t!(lang, "bridge-status-page-opened"))
        }
        None if open.uploads.is_empty() => Some(t!(lang, "bridge-status-waiting")),
        None => None,
    };
    if let Some(headline) = headline {
        ui.label(RichText::new(headline).strong());
    }
    if open.ended.is_none() {
        let left = open.handle.expires_in().as_secs().div_ceil(60).max(1);
        ui.weak(t!(lang, "bridge-card-expires", minutes = left as f64));
    }
    if open.locked_out {
        ui.colored_label(theme::WARNING, t!(lang, "bridge-status-locked-out"));
    }
    for upload in &open.uploads {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(role_name(lang, upload.role)).strong());
            match &upload.state {
                UploadState::Receiving => {
                    let share = upload
                        .total
                        .filter(|&total| total > 0)
                        .map_or(0.0, |total| upload.bytes as f32 / total as f32);
                    ui.add(
                        ProgressBar::new(share.clamp(0.0, 1.0))
                            .desired_width(200.0)
                            .show_percentage()
                            .text(t!(lang, "bridge-status-receiving")),
                    );
                }
                UploadState::Received => {
                    ui.colored_label(theme::SUCCESS, t!(lang, "bridge-status-received"));
                }
                UploadState::Refused(reason) => {
                    ui.colored_label(theme::WARNING, reason.in_words(lang));
                }
                UploadState::Failed(reason) => {
                    ui.colored_label(theme::WARNING, reason.in_words(lang));
                }
            }
            let refusable = matches!(upload.state, UploadState::Receiving | UploadState::Received);
            if let Some(id) = upload.id
                && refusable
                && ui.button(t!(lang, "bridge-refuse")).clicked()
            {
                commands.push(Command::RefuseUpload(id.0));
            }
        });
        if upload.from_photos {
            ui.label(
                RichText::new(t!(lang, "bridge-status-from-photos"))
                    .color(Color32::from_rgb(0xB4, 0x5F, 0x06)),
            );
        }
    }
}

/// The take's name, as the page calls it.
fn role_name(lang: Language, role: Role) -> String {
    match role {
        Role::Recording(RecordingRole::Failed) => t!(lang, "bridge-item-failed"),
        Role::Recording(RecordingRole::Microphone(Microphone::Bottom)) => {
            t!(lang, "bridge-item-bottom")
        }
        Role::Recording(RecordingRole::Microphone(Microphone::Front)) => {
            t!(lang, "bridge-item-front")
        }
        Role::Recording(RecordingRole::Microphone(Microphone::Rear)) => {
            t!(lang, "bridge-item-rear")
        }
        Role::PrivacyReport => t!(lang, "bridge-item-privacy"),
    }
}
