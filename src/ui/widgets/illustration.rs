//! An illustration from the bundled catalog, scaled to the column, with its alt text for screen readers.

use egui::{Image, Ui, Vec2};

use crate::assets;

/// Native size of every illustration (the SVG viewBox).
const NATIVE: Vec2 = Vec2::new(480.0, 300.0);

/// Shows the picture `id` no wider than `max_width`; shows the alt text alone if the picture is missing.
///
/// On the app's very first frame the picture's place is held by a plain card and the picture follows on
/// the next frame: rasterising SVGs (about 45 ms each here) would otherwise delay the window itself.
pub fn illustration(ui: &mut Ui, id: &str, alt: &str, max_width: f32) {
    match assets::illustration_svg(id) {
        Some(bytes) => {
            let width = max_width.min(ui.available_width()).min(NATIVE.x * 1.2);
            let size = Vec2::new(width, width * NATIVE.y / NATIVE.x);
            if ui.ctx().cumulative_frame_nr() == 0 {
                let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
                ui.painter()
                    .rect_filled(rect, 12.0, ui.visuals().faint_bg_color);
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, alt));
                ui.ctx().request_repaint();
                return;
            }
            ui.add(
                Image::from_bytes(format!("bytes://illustrations/{id}.svg"), bytes)
                    .fit_to_exact_size(size)
                    .alt_text(alt),
            )
            .on_hover_text(alt);
        }
        None => {
            ui.weak(alt);
        }
    }
}
