//! A countdown ring for "wait N seconds" steps; it repaints only while it runs.

use std::f32::consts::TAU;
use std::time::Duration;

use egui::{Button, Pos2, Rect, RichText, Sense, Shape, Stroke, Ui, vec2};

use crate::ui::theme;
use micdoctor_core::i18n::Language;
use micdoctor_core::t;

/// Shows a "Start" button, then a ring counting down `seconds` from `started` (an `input.time`).
/// Returns the new start time when the user starts (or restarts) the timer.
pub fn countdown(lang: Language, ui: &mut Ui, seconds: u32, started: Option<f64>) -> Option<f64> {
    let now = ui.input(|i| i.time);
    let total = f64::from(seconds);
    let mut start = None;
    ui.horizontal(|ui| match started {
        None => {
            if ui
                .add(Button::new(t!(
                    lang,
                    "workspace-timer-start",
                    seconds = seconds
                )))
                .clicked()
            {
                start = Some(now);
            }
        }
        Some(t0) => {
            let remaining = (total - (now - t0)).max(0.0);
            let shown = ring(ui, (remaining / total) as f32, remaining, 44.0);
            if remaining > 0.0 {
                ui.label(
                    RichText::new(t!(lang, "workspace-timer-wait", seconds = remaining.ceil()))
                        .strong(),
                );
                // Redraw a few times a second while counting and in view; nothing repaints once it
                // is done, or while it is scrolled away (it shows the time left when it comes back).
                if ui.is_rect_visible(shown) {
                    ui.ctx().request_repaint_after(Duration::from_millis(200));
                }
            } else {
                ui.label(
                    RichText::new(t!(lang, "workspace-timer-done"))
                        .strong()
                        .color(theme::SUCCESS),
                );
                if ui.button(t!(lang, "workspace-timer-restart")).clicked() {
                    start = Some(now);
                }
            }
        }
    });
    start
}

/// A ring `diameter` points wide, `fraction_left` of it drawn, the whole seconds left in the middle.
/// Returns where it is.
pub fn ring(ui: &mut Ui, fraction_left: f32, remaining: f64, diameter: f32) -> Rect {
    let (rect, _) = ui.allocate_exact_size(vec2(diameter, diameter), Sense::hover());
    let painter = ui.painter_at(rect.expand(2.0));
    let center = rect.center();
    let radius = diameter * 0.41;
    let width = diameter / 11.0;
    painter.circle_stroke(
        center,
        radius,
        Stroke::new(width, ui.visuals().widgets.inactive.bg_fill),
    );
    if fraction_left > 0.0 {
        let steps = 48;
        let points: Vec<Pos2> = (0..=steps)
            .map(|i| {
                let angle = -TAU / 4.0 + TAU * fraction_left * (i as f32 / steps as f32);
                center + radius * vec2(angle.cos(), angle.sin())
            })
            .collect();
        painter.add(Shape::line(points, Stroke::new(width, theme::ACCENT)));
    }
    if remaining <= 0.0 {
        painter.circle_filled(center, radius, theme::SUCCESS);
        return rect;
    }
    let label = remaining.ceil().to_string();
    painter.text(
        center,
        egui::Align2::CENTER_CENTER,
        label,
        egui::FontId::proportional(diameter * 0.32),
        ui.visuals().strong_text_color(),
    );
    rect
}
