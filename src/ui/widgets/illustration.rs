//! An illustration from the bundled catalog, scaled to the column, with its alt text for screen readers.

use egui::{Image, Ui, Vec2};

use crate::assets;

/// Native size of every illustration (the SVG viewBox).
const NATIVE: Vec2 = Vec2::new(480.0, 300.0);

/// Shows the picture `id` no wider than `max_width`; shows the alt text alone if the picture is missing.
pub fn illustration(ui: &mut Ui, id: &str, alt: &str, max_width: f32) {
    match assets::illustration_svg(id) {
        Some(bytes) => {
            let width = max_width.min(ui.available_width()).min(NATIVE.x * 1.2);
            let size = Vec2::new(width, width * NATIVE.y / NATIVE.x);
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
