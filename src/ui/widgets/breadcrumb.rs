//! An iOS Settings path as tappable-looking crumbs: Settings › Apps › WhatsApp › Microphone [on].

use egui::{Color32, Frame, RichText, Sense, Stroke, Ui, vec2};

use crate::kb::SwitchState;
use crate::ui::theme;

/// Draws the path segments as crumbs; the last one is highlighted, followed by the target switch state.
pub fn breadcrumb(ui: &mut Ui, path: &[String], switch: Option<SwitchState>) {
    let description = path.join(" \u{203a} ");
    let response = ui
        .horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing = vec2(6.0, 6.0);
            for (index, segment) in path.iter().enumerate() {
                let last = index + 1 == path.len();
                let (fill, text) = if last {
                    (
                        theme::ACCENT,
                        RichText::new(segment).strong().color(Color32::WHITE),
                    )
                } else {
                    (ui.visuals().faint_bg_color, RichText::new(segment))
                };
                Frame::new()
                    .fill(fill)
                    .stroke(Stroke::new(
                        1.0,
                        ui.visuals().widgets.noninteractive.bg_stroke.color,
                    ))
                    .corner_radius(6)
                    .inner_margin(vec2(8.0, 4.0))
                    .show(ui, |ui| ui.add(egui::Label::new(text).extend()));
                if !last {
                    ui.label(RichText::new("\u{203a}").strong());
                }
            }
            if let Some(state) = switch {
                switch_glyph(ui, state == SwitchState::On);
            }
        })
        .response;
    let state = switch.map_or("", |s| {
        if s == SwitchState::On {
            ", switch on"
        } else {
            ", switch off"
        }
    });
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Label, true, format!("{description}{state}"))
    });
}

/// A small iOS-like switch, green when on.
fn switch_glyph(ui: &mut Ui, on: bool) {
    let (rect, _) = ui.allocate_exact_size(vec2(44.0, 26.0), Sense::hover());
    let painter = ui.painter();
    let fill = if on {
        theme::SUCCESS
    } else {
        ui.visuals().widgets.inactive.bg_fill
    };
    painter.rect_filled(rect, 13.0, fill);
    let knob_x = if on {
        rect.right() - 13.0
    } else {
        rect.left() + 13.0
    };
    painter.circle_filled(egui::pos2(knob_x, rect.center().y), 10.0, Color32::WHITE);
}
