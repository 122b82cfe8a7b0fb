//! The staff panel behind the PIN: what went wrong, how the kiosk is set up, the shop's cases, and the
//! way out.

use egui::{Button, RichText, vec2};

use micdoctor_store::StoreWriter;

use super::staff_cases::StaffCases;
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

/// What the panel shows about the kiosk.
pub struct StaffView<'a> {
    /// The language the panel speaks.
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

/// Draws the panel as a modal.
#[must_use]
pub fn show(
    ctx: &egui::Context,
    view: &StaffView<'_>,
    cases: &mut StaffCases,
    store: Option<&mut StoreWriter>,
) -> Option<StaffChoice> {
    let mut choice = None;
    let modal = egui::Modal::new(egui::Id::unique("staff_panel")).show(ctx, |ui| {
        ui.set_width(560.0);
        egui::ScrollArea::vertical()
            .max_height(ctx.content_rect().height() * 0.85)
            .show(ui, |ui| contents(ui, view, cases, store, &mut choice));
    });
    if modal.should_close() && choice.is_none() {
        choice = Some(StaffChoice::BackToCounter);
    }
    choice
}

fn contents(
    ui: &mut egui::Ui,
    view: &StaffView<'_>,
    cases: &mut StaffCases,
    store: Option<&mut StoreWriter>,
    choice: &mut Option<StaffChoice>,
) {
    let lang = view.language;
    ui.label(
        RichText::new(t!(lang, "kiosk-staff-title"))
            .size(24.0)
            .strong(),
    );
    ui.add_space(4.0);
    if view.messages.is_empty() {
        ui.label(t!(lang, "kiosk-staff-no-problems"));
    } else {
        ui.label(
            RichText::new(t!(lang, "kiosk-staff-problems"))
                .strong()
                .color(theme::WARNING),
        );
        egui::ScrollArea::vertical()
            .max_height(180.0)
            .show(ui, |ui| {
                for message in view.messages {
                    ui.label(message);
                }
            });
        if ui.button(t!(lang, "kiosk-staff-clear-messages")).clicked() {
            *choice = Some(StaffChoice::ClearMessages);
        }
    }
    ui.separator();
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
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        let size = vec2(0.0, 56.0);
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
    });
    ui.separator();
    ui.label(RichText::new(t!(lang, "kiosk-cases-heading")).strong());
    cases.ui(lang, ui, view.kb, store);
}
