//! Small painted icons (egui's bundled fonts have no check mark, warning sign or arrows).

use egui::{Color32, Pos2, Response, Sense, Shape, Stroke, Ui, pos2, vec2};

use crate::ui::theme;

/// Which icon to paint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    /// A white check mark in a green disc.
    Check,
    /// An exclamation mark in an amber triangle.
    Warning,
    /// A small triangle pointing up (red: this evidence raised the cause).
    Up,
    /// A small triangle pointing down (green: this evidence lowered the cause).
    Down,
}

/// Paints `icon` in a `size`-point square at the cursor.
pub fn icon(ui: &mut Ui, icon: Icon, size: f32) -> Response {
    let (rect, response) = ui.allocate_exact_size(vec2(size, size), Sense::hover());
    let painter = ui.painter();
    let at = |x: f32, y: f32| -> Pos2 { pos2(rect.left() + x * size, rect.top() + y * size) };
    match icon {
        Icon::Check => {
            painter.circle_filled(rect.center(), size / 2.0, theme::SUCCESS);
            painter.add(Shape::line(
                vec![at(0.27, 0.52), at(0.44, 0.68), at(0.74, 0.34)],
                Stroke::new(size * 0.12, Color32::WHITE),
            ));
        }
        Icon::Warning => {
            painter.add(Shape::convex_polygon(
                vec![at(0.5, 0.05), at(0.97, 0.92), at(0.03, 0.92)],
                theme::WARNING,
                Stroke::NONE,
            ));
            painter.line_segment(
                [at(0.5, 0.35), at(0.5, 0.63)],
                Stroke::new(size * 0.11, Color32::WHITE),
            );
            painter.circle_filled(at(0.5, 0.78), size * 0.06, Color32::WHITE);
        }
        Icon::Up | Icon::Down => {
            let (points, color) = if icon == Icon::Up {
                (
                    vec![at(0.5, 0.2), at(0.85, 0.8), at(0.15, 0.8)],
                    theme::severity_color(micdoctor_core::kb::Severity::High),
                )
            } else {
                (
                    vec![at(0.15, 0.2), at(0.85, 0.2), at(0.5, 0.8)],
                    theme::SUCCESS,
                )
            };
            painter.add(Shape::convex_polygon(points, color, Stroke::NONE));
        }
    }
    response
}
