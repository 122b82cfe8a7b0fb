//! A tinted box with an accent bar, for warnings and tips.

use egui::{Color32, Frame, RichText, Stroke, Ui};

use crate::ui::theme;

/// Shows `text` in a box tinted with `color`, headed by `title`.
pub fn callout(ui: &mut Ui, color: Color32, title: &str, text: &str) {
    Frame::new()
        .fill(theme::tint(ui, color))
        .stroke(Stroke::new(1.0, color))
        .corner_radius(8)
        .inner_margin(10)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(title).strong().color(color));
            ui.label(text);
        });
}
