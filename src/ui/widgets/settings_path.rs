//! A Settings path drawn like iOS: the first segment as the screen's title, then one row per tap, each
//! with its order, an icon, a chevron, and the last row highlighted with the switch state to end in.
//! Generated from the step's path data, so any path in any knowledge base draws itself.

use egui::{Align2, Color32, CornerRadius, FontId, Rect, Sense, Stroke, Ui, pos2, vec2};

use crate::ui::theme;
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::SwitchState;
use micdoctor_core::t;

const ROW_HEIGHT: f32 = 44.0;
const TITLE_HEIGHT: f32 = 38.0;
const PADDING: f32 = 10.0;
const MAX_WIDTH: f32 = 440.0;

/// Draws `path` (e.g. Settings, Apps, WhatsApp, Microphone) ending on `switch` when given.
pub fn settings_path(lang: Language, ui: &mut Ui, path: &[String], switch: Option<SwitchState>) {
    let Some((title, taps)) = path.split_first() else {
        return;
    };
    let width = ui.available_width().min(MAX_WIDTH);
    let height = TITLE_HEIGHT + ROW_HEIGHT * taps.len() as f32 + PADDING * 2.0;
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    let joined = path.join(" \u{203a} ");
    let description = match switch {
        Some(SwitchState::On) => t!(lang, "workspace-settings-path-on", path = joined),
        Some(SwitchState::Off) => t!(lang, "workspace-settings-path-off", path = joined),
        None => joined,
    };
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &description));
    if !ui.is_rect_visible(rect) {
        return;
    }
    let dark = ui.visuals().dark_mode;
    let (background, row_fill, text, weak, divider) = if dark {
        (
            Color32::from_rgb(0x0B, 0x0B, 0x0D),
            Color32::from_rgb(0x1C, 0x1C, 0x1E),
            Color32::from_gray(235),
            Color32::from_gray(140),
            Color32::from_gray(58),
        )
    } else {
        (
            Color32::from_rgb(0xF2, 0xF2, 0xF7),
            Color32::WHITE,
            Color32::from_gray(20),
            Color32::from_gray(130),
            Color32::from_gray(222),
        )
    };
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 14.0, background);
    painter.text(
        pos2(
            rect.left() + PADDING + 4.0,
            rect.top() + PADDING + TITLE_HEIGHT / 2.0 - 2.0,
        ),
        Align2::LEFT_CENTER,
        title,
        FontId::proportional(20.0),
        text,
    );
    let list = Rect::from_min_size(
        pos2(rect.left() + PADDING, rect.top() + PADDING + TITLE_HEIGHT),
        vec2(width - 2.0 * PADDING, ROW_HEIGHT * taps.len() as f32),
    );
    painter.rect_filled(list, 10.0, row_fill);
    for (index, segment) in taps.iter().enumerate() {
        let is_last = index + 1 == taps.len();
        let row = Rect::from_min_size(
            pos2(list.left(), list.top() + ROW_HEIGHT * index as f32),
            vec2(list.width(), ROW_HEIGHT),
        );
        if is_last {
            let radius = if taps.len() == 1 {
                CornerRadius::same(10)
            } else {
                CornerRadius {
                    nw: 0,
                    ne: 0,
                    sw: 10,
                    se: 10,
                }
            };
            painter.rect_filled(row, radius, theme::tint(ui, theme::ACCENT));
            painter.rect_stroke(
                row.shrink(1.0),
                radius,
                Stroke::new(2.0, theme::ACCENT),
                egui::StrokeKind::Inside,
            );
        } else {
            painter.line_segment(
                [
                    pos2(row.left() + 66.0, row.bottom()),
                    pos2(row.right(), row.bottom()),
                ],
                Stroke::new(1.0, divider),
            );
        }
        // Tap order, the icon, the label.
        painter.text(
            pos2(row.left() + 12.0, row.center().y),
            Align2::CENTER_CENTER,
            (index + 1).to_string(),
            FontId::proportional(12.0),
            weak,
        );
        let icon =
            Rect::from_center_size(pos2(row.left() + 40.0, row.center().y), vec2(28.0, 28.0));
        painter.rect_filled(icon, 7.0, icon_color(segment));
        let initial: String = segment
            .chars()
            .next()
            .map(|c| c.to_uppercase().collect())
            .unwrap_or_default();
        painter.text(
            icon.center(),
            Align2::CENTER_CENTER,
            initial,
            FontId::proportional(15.0),
            Color32::WHITE,
        );
        painter.text(
            pos2(row.left() + 66.0, row.center().y),
            Align2::LEFT_CENTER,
            segment,
            FontId::proportional(16.0),
            text,
        );
        match (is_last, switch) {
            (true, Some(state)) => paint_switch(&painter, ui, row, state == SwitchState::On),
            _ => {
                painter.text(
                    pos2(row.right() - 14.0, row.center().y),
                    Align2::CENTER_CENTER,
                    "\u{203a}",
                    FontId::proportional(22.0),
                    weak,
                );
            }
        }
    }
}

/// An iOS-like switch at the right end of `row`, green when on.
fn paint_switch(painter: &egui::Painter, ui: &Ui, row: Rect, on: bool) {
    let track = Rect::from_center_size(pos2(row.right() - 34.0, row.center().y), vec2(48.0, 28.0));
    let fill = if on {
        theme::SUCCESS
    } else {
        ui.visuals().widgets.inactive.bg_fill
    };
    painter.rect_filled(track, 14.0, fill);
    let knob_x = if on {
        track.right() - 14.0
    } else {
        track.left() + 14.0
    };
    painter.circle_filled(pos2(knob_x, track.center().y), 11.5, Color32::WHITE);
}

/// The colour of a row's icon: the well-known iOS colours for the common places, else a stable pick.
/// The keys are lowercase fragments of the English place names (one word each: `screen` for Screen Time,
/// `back` for Back Up Now), matched in order; a translated name the keys miss gets the stable pick.
fn icon_color(segment: &str) -> Color32 {
    let name = segment.to_lowercase();
    let known: [(&str, Color32); 12] = [
        ("whatsapp", Color32::from_rgb(0x25, 0xB8, 0x5A)),
        ("chat", Color32::from_rgb(0x25, 0xB8, 0x5A)),
        ("microphone", Color32::from_rgb(0xFF, 0x95, 0x00)),
        ("camera", Color32::from_rgb(0x63, 0x63, 0x66)),
        ("screen", Color32::from_rgb(0x5E, 0x5C, 0xE6)),
        ("content", Color32::from_rgb(0xFF, 0x3B, 0x30)),
        ("privacy", Color32::from_rgb(0x0A, 0x84, 0xFF)),
        ("bluetooth", Color32::from_rgb(0x0A, 0x84, 0xFF)),
        ("accessibility", Color32::from_rgb(0x0A, 0x84, 0xFF)),
        ("apps", Color32::from_rgb(0x58, 0x56, 0xD6)),
        ("back", Color32::from_rgb(0x0A, 0x84, 0xFF)),
        ("control", Color32::from_rgb(0x63, 0x63, 0x66)),
    ];
    if let Some((_, color)) = known.iter().find(|(key, _)| name.contains(key)) {
        return *color;
    }
    let palette = [
        Color32::from_rgb(0x8E, 0x8E, 0x93),
        Color32::from_rgb(0x34, 0xAA, 0xDC),
        Color32::from_rgb(0xAF, 0x52, 0xDE),
        Color32::from_rgb(0x5A, 0xC8, 0xFA),
    ];
    let hash = name.bytes().fold(0usize, |h, b| {
        h.wrapping_mul(31).wrapping_add(usize::from(b))
    });
    palette[hash % palette.len()]
}
