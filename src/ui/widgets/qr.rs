//! A QR code of a short text (the case code, the phone bridge's link), black on white whatever the theme, so a shop's scanner
//! reads it from the screen; named for screen readers.

use egui::{Color32, Rect, Response, Role, Sense, Ui, WidgetInfo, pos2, vec2};
use micdoctor_core::report::QrModules;

/// Light modules around the code, as the QR standard asks.
const QUIET_ZONE: usize = 4;

/// Draws `text` as a QR code with modules `module` points wide; `None` when it cannot be encoded.
pub fn qr(ui: &mut Ui, text: &str, module: f32, alt: &str) -> Option<Response> {
    let modules = micdoctor_core::report::qr_modules(text)?;
    Some(qr_of(ui, &modules, module, alt))
}

/// Draws a QR code already encoded (`modules`), modules `module` points wide.
pub fn qr_of(ui: &mut Ui, modules: &QrModules, module: f32, alt: &str) -> Response {
    let side = (modules.width + 2 * QUIET_ZONE) as f32 * module;
    let (rect, response) = ui.allocate_exact_size(vec2(side, side), Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    for (index, dark) in modules.dark.iter().enumerate() {
        if !dark {
            continue;
        }
        let (row, col) = (index / modules.width, index % modules.width);
        let min = rect.min
            + vec2(
                (col + QUIET_ZONE) as f32 * module,
                (row + QUIET_ZONE) as f32 * module,
            );
        painter.rect_filled(
            Rect::from_min_max(pos2(min.x, min.y), pos2(min.x + module, min.y + module)),
            0.0,
            Color32::BLACK,
        );
    }
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, alt));
    response
}
