//! The staff side's kiosk parts (the desk, `staff_desk`, lays them out): what went wrong, how the kiosk
//! is set up, and the ways out.

use egui::{Button, RichText, vec2};

use crate::ui::theme;
use micdoctor_core::i18n::Language;
use micdoctor_core::t;

/// What staff chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffChoice {
    BackToCounter,
    NewCase,
    ClearMessages,
    Exit,
}

/// What the desk shows about the kiosk.
pub struct StaffView<'a> {
    /// The language the desk speaks.
    pub language: Language,
    /// The knowledge base (for the causes a verdict can name).
    pub kb: &'a micdoctor_core::kb::KnowledgeBase,
    pub messages: &'a [String],
    pub kb_source: &'a str,
    pub kb_version: &'a str,
    pub case_store: Option<&'a micdoctor_store::StoreLocation>,
    pub idle_seconds: u32,
    pub countdown_seconds: u32,
    pub config_path: Option<&'a std::path::Path>,
}

/// What went wrong since start-up, with the way to clear it (nothing when all went well).
pub(super) fn messages(ui: &mut egui::Ui, view: &StaffView<'_>, choice: &mut Option<StaffChoice>) {
    let lang = view.language;
    if view.messages.is_empty() {
        ui.weak(t!(lang, "kiosk-staff-no-problems"));
        return;
    }
    ui.label(
        RichText::new(t!(lang, "kiosk-staff-problems"))
            .strong()
            .color(theme::WARNING),
    );
    egui::ScrollArea::vertical()
        .id_salt("staff_messages")
        .max_height(120.0)
        .show(ui, |ui| {
            for message in view.messages {
                ui.label(message);
            }
        });
    if ui.button(t!(lang, "kiosk-staff-clear-messages")).clicked() {
        *choice = Some(StaffChoice::ClearMessages);
    }
}

/// How the kiosk is set up: its knowledge base, case store, idle reset and config file.
pub(super) fn facts(ui: &mut egui::Ui, view: &StaffView<'_>) {
    let lang = view.language;
    egui::Grid::new("staff_facts")
        .num_columns(2)
        .spacing(vec2(12.0, 6.0))
        .show(ui, |ui| {
            ui.weak(t!(lang, "kiosk-staff-kb"));
            ui.label(t!(
                lang,
                "kiosk-staff-kb-value",
                source = view.kb_source,
                version = view.kb_version
            ));
            ui.end_row();
            ui.weak(t!(lang, "kiosk-staff-case-log"));
            ui.label(
                view.case_store
                    .map_or_else(|| t!(lang, "kiosk-staff-case-log-off"), ToString::to_string),
            );
            ui.end_row();
            ui.weak(t!(lang, "kiosk-staff-idle-reset"));
            ui.label(t!(
                lang,
                "kiosk-staff-idle-reset-value",
                idle = view.idle_seconds,
                countdown = view.countdown_seconds
            ));
            ui.end_row();
            ui.weak(t!(lang, "kiosk-staff-config-file"));
            ui.label(view.config_path.map_or_else(
                || t!(lang, "kiosk-staff-config-none"),
                |p| p.display().to_string(),
            ));
            ui.end_row();
        });
}

/// The ways out: back to the customer's screen, a fresh case, or quitting the app.
pub(super) fn buttons(ui: &mut egui::Ui, lang: Language, choice: &mut Option<StaffChoice>) {
    let size = vec2(0.0, theme::TOUCH_TARGET);
    if ui
        .add(theme::primary_button(t!(lang, "kiosk-staff-back")).min_size(size))
        .clicked()
    {
        *choice = Some(StaffChoice::BackToCounter);
    }
    if ui
        .add(Button::new(t!(lang, "kiosk-staff-new-case")).min_size(size))
        .clicked()
    {
        *choice = Some(StaffChoice::NewCase);
    }
    if ui
        .add(Button::new(t!(lang, "kiosk-staff-exit")).min_size(size))
        .clicked()
    {
        *choice = Some(StaffChoice::Exit);
    }
}
