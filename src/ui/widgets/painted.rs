//! Text laid out for painting by hand: the rows the busiest screens repeat are painted as one widget
//! each, from galleys, instead of being built from nested labels and layouts.

use std::sync::Arc;

use egui::{Galley, RichText, TextStyle, TextWrapMode, Ui, WidgetText};

/// `text` in the UI's style, wrapped at `width` (`f32::INFINITY` for one line), ready for
/// `Painter::galley`. Egui caches the layout, so calling this every frame costs a lookup.
#[must_use]
pub fn galley(ui: &Ui, text: RichText, width: f32) -> Arc<Galley> {
    WidgetText::from(text).into_galley(ui, Some(TextWrapMode::Wrap), width, TextStyle::Body)
}
