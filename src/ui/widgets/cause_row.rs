//! One ranked cause: name, probability bar, severity badge, and an expandable "why" in words.

use egui::{CollapsingHeader, Color32, Frame, RichText, Sense, Ui, vec2};

use crate::kb::KnowledgeBase;
use crate::report::{MIN_SHOWN_WEIGHT, RankedCause, statement};
use crate::ui::theme;
use crate::ui::widgets::icon::{Icon, icon};

/// Draws a ranked cause.
pub fn cause_row(ui: &mut Ui, kb: &KnowledgeBase, cause: &RankedCause) {
    // Whole percent, rounded as `{:.0}` rounds (ties to even), passed as a number so it reads the language's way.
    let percent = (cause.probability * 100.0).round_ties_even();
    ui.horizontal_top(|ui| {
        let name_width = (ui.available_width() - 96.0).max(80.0);
        ui.allocate_ui(vec2(name_width, 0.0), |ui| {
            ui.add(egui::Label::new(RichText::new(&cause.name).strong()).wrap());
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
            severity_badge(ui, cause.severity);
        });
    });
    ui.horizontal(|ui| {
        // Fixed columns: every bar is as long and every percentage sits in the same place.
        probability_bar(
            ui,
            cause.probability as f32,
            (ui.available_width() - 56.0).max(60.0),
        );
        ui.allocate_ui_with_layout(
            vec2(46.0, 18.0),
            egui::Layout::right_to_left(egui::Align::Center),
            |ui| {
                ui.label(RichText::new(crate::t!("workspace-percent", value = percent)).strong())
                    .widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Label,
                            true,
                            crate::t!(
                                "workspace-cause-probability",
                                cause = cause.name.as_str(),
                                percent = percent
                            ),
                        )
                    });
            },
        );
    });
    let reasons: Vec<_> = cause
        .evidence
        .iter()
        .filter(|e| e.weight.abs() >= MIN_SHOWN_WEIGHT)
        .collect();
    let explanation = kb.cause(&cause.id).map_or("", |c| c.explanation.as_str());
    CollapsingHeader::new(RichText::new(crate::t!("workspace-why")).small())
        .id_salt(("why", &cause.id))
        .show(ui, |ui| {
            ui.label(RichText::new(explanation).small());
            if reasons.is_empty() {
                ui.weak(crate::t!("workspace-why-nothing"));
            }
            for item in reasons {
                let (arrow, color, word) = if item.weight > 0.0 {
                    (
                        Icon::Up,
                        theme::severity_color(crate::kb::Severity::High),
                        crate::t!("workspace-why-up"),
                    )
                } else {
                    (Icon::Down, theme::SUCCESS, crate::t!("workspace-why-down"))
                };
                ui.horizontal_wrapped(|ui| {
                    icon(ui, arrow, 12.0);
                    ui.label(RichText::new(word).color(color).small());
                    ui.label(RichText::new(statement(kb, item)).small());
                });
            }
        });
    ui.add_space(6.0);
}

/// A horizontal bar filled to `fraction`.
fn probability_bar(ui: &mut Ui, fraction: f32, width: f32) {
    let (rect, _) = ui.allocate_exact_size(vec2(width, 12.0), Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 6.0, ui.visuals().widgets.inactive.bg_fill);
    let mut filled = rect;
    filled.set_width(rect.width() * fraction.clamp(0.0, 1.0));
    painter.rect_filled(filled, 6.0, theme::ACCENT);
}

/// A small coloured pill saying how serious a cause is: minor, moderate or serious.
pub fn severity_badge(ui: &mut Ui, severity: crate::kb::Severity) {
    let (word, color) = match severity {
        crate::kb::Severity::Low => (
            crate::t!("workspace-severity-low"),
            Color32::from_rgb(0x1E, 0x7E, 0x45),
        ),
        crate::kb::Severity::Medium => (
            crate::t!("workspace-severity-medium"),
            Color32::from_rgb(0xA8, 0x6B, 0x00),
        ),
        crate::kb::Severity::High => (
            crate::t!("workspace-severity-high"),
            Color32::from_rgb(0xC0, 0x2F, 0x25),
        ),
    };
    Frame::new()
        .fill(color)
        .corner_radius(10)
        .inner_margin(vec2(8.0, 2.0))
        .show(ui, |ui| {
            ui.label(RichText::new(word).small().strong().color(Color32::WHITE));
        })
        .response
        .on_hover_text(crate::t!("workspace-severity-hint"));
}
