//! One ranked cause: name, probability bar, severity badge, and an expandable "why" in words.

use egui::{CollapsingHeader, Color32, Frame, RichText, Sense, Ui, vec2};

use crate::kb::KnowledgeBase;
use crate::report::{MIN_SHOWN_WEIGHT, RankedCause, statement};
use crate::ui::theme;
use crate::ui::widgets::icon::{Icon, icon};

/// Draws a ranked cause.
pub fn cause_row(ui: &mut Ui, kb: &KnowledgeBase, cause: &RankedCause) {
    let percent = cause.probability * 100.0;
    ui.horizontal(|ui| {
        ui.label(RichText::new(&cause.name).strong());
    });
    ui.horizontal(|ui| {
        probability_bar(
            ui,
            cause.probability as f32,
            (ui.available_width() - 130.0).max(60.0),
        );
        ui.label(RichText::new(format!("{percent:.0}%")).strong())
            .widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Label,
                    true,
                    format!("{}: {percent:.0}%", cause.name),
                )
            });
        severity_badge(ui, cause.severity);
    });
    let reasons: Vec<_> = cause
        .evidence
        .iter()
        .filter(|e| e.weight.abs() >= MIN_SHOWN_WEIGHT)
        .collect();
    let explanation = kb.cause(&cause.id).map_or("", |c| c.explanation.as_str());
    CollapsingHeader::new(RichText::new("Why?").small())
        .id_salt(("why", &cause.id))
        .show(ui, |ui| {
            ui.label(RichText::new(explanation).small());
            if reasons.is_empty() {
                ui.weak("Nothing you told us has moved this one yet.");
            }
            for item in reasons {
                let (arrow, color, word) = if item.weight > 0.0 {
                    (
                        Icon::Up,
                        theme::severity_color(crate::kb::Severity::High),
                        "up:",
                    )
                } else {
                    (Icon::Down, theme::SUCCESS, "down:")
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

/// A small coloured pill: LOW / MEDIUM / HIGH.
pub fn severity_badge(ui: &mut Ui, severity: crate::kb::Severity) {
    let color = theme::severity_color(severity);
    Frame::new()
        .fill(color)
        .corner_radius(10)
        .inner_margin(vec2(8.0, 2.0))
        .show(ui, |ui| {
            ui.label(
                RichText::new(severity.id().to_uppercase())
                    .small()
                    .strong()
                    .color(Color32::WHITE),
            );
        });
}
