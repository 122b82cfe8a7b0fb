//! A side-by-side comparison card (e.g. Offload vs Delete): picture, then one column per choice.

use egui::{Frame, RichText, Stroke, Ui, vec2};

use crate::ui::theme;
use crate::ui::widgets::illustration::illustration;
use micdoctor_core::kb::{Comparison, KnowledgeBase};

/// Width of the row-label column.
const LABEL_WIDTH: f32 = 110.0;

pub fn comparison(ui: &mut Ui, kb: &KnowledgeBase, comparison: &Comparison) {
    Frame::new()
        .stroke(Stroke::new(
            1.0,
            ui.visuals().widgets.noninteractive.bg_stroke.color,
        ))
        .corner_radius(10)
        .inner_margin(12)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(&comparison.title).strong().size(17.0));
            if let Some(id) = &comparison.illustration {
                let alt = kb.illustration(id).map_or(id.as_str(), |i| i.alt.as_str());
                illustration(ui, id, alt, 420.0);
            }
            let columns = comparison.headings.len().max(1) as f32;
            let spacing = ui.spacing().item_spacing.x;
            let cell_width =
                ((ui.available_width() - LABEL_WIDTH - spacing * columns) / columns).max(80.0);
            ui.horizontal_top(|ui| {
                ui.add_space(LABEL_WIDTH + spacing);
                for heading in &comparison.headings {
                    cell(
                        ui,
                        cell_width,
                        RichText::new(heading).strong().color(theme::ACCENT),
                    );
                }
            });
            for row in &comparison.rows {
                ui.separator();
                ui.horizontal_top(|ui| {
                    cell(ui, LABEL_WIDTH, RichText::new(&row.label).strong());
                    for text in &row.cells {
                        cell(ui, cell_width, RichText::new(text));
                    }
                });
            }
        });
}

/// A fixed-width cell whose text wraps.
fn cell(ui: &mut Ui, width: f32, text: RichText) {
    ui.allocate_ui(vec2(width, 0.0), |ui| {
        ui.set_width(width);
        ui.add(egui::Label::new(text).wrap());
    });
}
