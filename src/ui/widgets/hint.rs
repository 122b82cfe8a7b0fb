//! Tooltips whose text is made only when someone can see or hear it.

use egui::Response;

/// Shows `text` as `response`'s tooltip — and gives it to screen readers as the widget's description —
/// formatting it only while the widget is hovered or an accessibility client is listening. Formatting
/// a translated message every frame for a tooltip no one is looking at is most of what a plain
/// `on_hover_text` would cost.
pub fn hint(response: Response, text: impl FnOnce() -> String) -> Response {
    if response.hovered() || response.ctx.has_accesskit_node(response.id) {
        response.on_hover_text(text())
    } else {
        response
    }
}

/// [`hint`] for a picture: the tooltip follows the pointer inside the picture instead of opening below
/// it, where it would cover the card's pinned buttons.
pub fn picture_hint(response: Response, text: impl FnOnce() -> String) -> Response {
    if response.hovered() || response.ctx.has_accesskit_node(response.id) {
        response.on_hover_text_at_pointer(text())
    } else {
        response
    }
}
