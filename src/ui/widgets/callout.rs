//! A tinted box with an accent-coloured heading, for warnings and tips: painted as one widget, read out
//! as one ("Tip: …").

use egui::{Color32, RichText, Sense, Stroke, StrokeKind, Ui, vec2};

use crate::ui::theme;
use crate::ui::widgets::painted::galley;
use micdoctor_core::i18n::Language;
use micdoctor_core::t;

/// Space between the box's edge and its text.
const MARGIN: f32 = 10.0;

/// Shows `text` in a box tinted with `color`, headed by `title`.
pub fn callout(lang: Language, ui: &mut Ui, color: Color32, title: &str, text: &str) {
    let width = ui.available_width();
    let inner = (width - 2.0 * MARGIN).max(40.0);
    let heading = galley(ui, RichText::new(title).strong().color(color), inner);
    let body = galley(ui, RichText::new(text), inner);
    let gap = ui.spacing().item_spacing.y;
    let height = MARGIN + heading.size().y + gap + body.size().y + MARGIN;
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Label,
            true,
            t!(lang, "workspace-callout", title = title, text = text),
        )
    });
    if !ui.is_rect_visible(rect) {
        return;
    }
    let painter = ui.painter();
    painter.rect(
        rect,
        8.0,
        theme::tint(ui, color),
        Stroke::new(1.0, color),
        StrokeKind::Inside,
    );
    let heading_height = heading.size().y;
    painter.galley(rect.min + vec2(MARGIN, MARGIN), heading, color);
    painter.galley(
        rect.min + vec2(MARGIN, MARGIN + heading_height + gap),
        body,
        ui.visuals().text_color(),
    );
}
