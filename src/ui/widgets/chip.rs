//! A large toggle chip for the symptom picker.

use egui::{Button, Response, Ui, Vec2};

use crate::ui::theme::TOUCH_TARGET;

/// A selectable chip with a check mark when on; its accessible name is the label.
pub fn chip(ui: &mut Ui, label: &str, selected: bool) -> Response {
    let response = ui
        .add(
            Button::selectable(selected, label)
                .corner_radius(22)
                .min_size(Vec2::new(0.0, TOUCH_TARGET)),
        )
        .on_hover_text(if selected {
            "Tap to remove"
        } else {
            "Tap if this is what you notice"
        });
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, label));
    response
}
