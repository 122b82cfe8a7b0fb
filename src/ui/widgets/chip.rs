//! A large toggle chip for the symptom picker.

use egui::{Button, Response, Stroke, Ui, Vec2};

use crate::ui::theme::{self, TOUCH_TARGET};
use crate::ui::widgets::hint::hint;
use micdoctor_core::i18n::Language;
use micdoctor_core::t;

/// A selectable chip with a check mark when on; its accessible name is the label.
pub fn chip(lang: Language, ui: &mut Ui, label: &str, selected: bool) -> Response {
    let outline = if selected {
        Stroke::new(1.5, theme::ACCENT)
    } else {
        Stroke::new(
            1.0,
            ui.visuals()
                .widgets
                .noninteractive
                .fg_stroke
                .color
                .gamma_multiply(0.45),
        )
    };
    let response = ui.add(
        Button::new(label)
            .selected(selected)
            .stroke(outline)
            .corner_radius(22)
            .min_size(Vec2::new(0.0, TOUCH_TARGET)),
    );
    let response = hint(response, || {
        if selected {
            t!(lang, "workspace-chip-remove")
        } else {
            t!(lang, "workspace-chip-add")
        }
    });
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, label));
    response
}
