//! A large toggle chip for the symptom picker.

use egui::{Button, Response, Stroke, Ui, Vec2};

use crate::ui::theme::{self, TOUCH_TARGET};
use crate::ui::widgets::hint::hint;
use micdoctor_core::i18n::Language;
use micdoctor_core::t;

/// A selectable chip, filled and outlined in the accent colour when on; its accessible name is the label.
pub fn chip(lang: Language, ui: &mut Ui, label: &str, selected: bool) -> Response {
    let outline = if selected {
        Stroke::new(1.5, theme::ACCENT)
    } else {
        // The same width as the selected outline, so a chip keeps its size when it is picked.
        Stroke::new(
            1.5,
            ui.visuals()
                .widgets
                .noninteractive
                .fg_stroke
                .color
                .gamma_multiply(0.45),
        )
    };
    // Picked is shown by fill and outline alone: egui's "selected" style changes a button's margins,
    // and a chip that changes size moves every chip after it.
    let fill = if selected {
        ui.visuals().selection.bg_fill
    } else {
        ui.visuals().widgets.inactive.weak_bg_fill
    };
    let response = ui.add(
        Button::new(label)
            .fill(fill)
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
