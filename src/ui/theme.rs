//! The look: text sizes, touch-sized spacing, one accent colour and the severity colours.

use egui::{Color32, FontFamily, FontId, TextStyle, Theme};

use micdoctor_core::kb::Severity;

/// The one accent colour (a calm blue).
pub const ACCENT: Color32 = Color32::from_rgb(0x2F, 0x6F, 0xEB);

/// Minimum height of anything a finger presses.
pub const TOUCH_TARGET: f32 = 44.0;

/// Applies MicDoctor's style to both the light and the dark theme.
pub fn install(ctx: &egui::Context) {
    ctx.options_mut(|o| o.theme_preference = egui::ThemePreference::System);
    for theme in [Theme::Light, Theme::Dark] {
        ctx.style_mut_of(theme, |style| {
            style.text_styles = [
                (
                    TextStyle::Heading,
                    FontId::new(26.0, FontFamily::Proportional),
                ),
                (TextStyle::Body, FontId::new(16.0, FontFamily::Proportional)),
                (
                    TextStyle::Button,
                    FontId::new(16.0, FontFamily::Proportional),
                ),
                (
                    TextStyle::Small,
                    FontId::new(13.0, FontFamily::Proportional),
                ),
                (
                    TextStyle::Monospace,
                    FontId::new(14.0, FontFamily::Monospace),
                ),
            ]
            .into();
            style.spacing.item_spacing = egui::vec2(10.0, 8.0);
            // 16 px text + 2 × 13 px padding gives buttons a ≥ 44 px touch target without
            // inflating every row the way a 44 px `interact_size` would.
            style.spacing.button_padding = egui::vec2(14.0, 13.0);
            style.spacing.interact_size.y = 24.0;
            style.spacing.icon_width = 22.0;
            style.spacing.icon_width_inner = 12.0;
            style.visuals.selection.bg_fill = ACCENT;
            style.visuals.selection.stroke.color = Color32::WHITE;
            style.visuals.hyperlink_color = if theme == Theme::Dark {
                Color32::from_rgb(0x8A, 0xB4, 0xFF)
            } else {
                ACCENT
            };
            let radius = egui::CornerRadius::same(8);
            for widget in [
                &mut style.visuals.widgets.inactive,
                &mut style.visuals.widgets.hovered,
                &mut style.visuals.widgets.active,
                &mut style.visuals.widgets.open,
                &mut style.visuals.widgets.noninteractive,
            ] {
                widget.corner_radius = radius;
            }
        });
    }
}

/// Colour of a severity: low green, medium amber, high red — dark enough to carry white text on a badge.
#[must_use]
pub fn severity_color(severity: Severity) -> Color32 {
    match severity {
        Severity::Low => Color32::from_rgb(0x1E, 0x7E, 0x45),
        Severity::Medium => Color32::from_rgb(0xA8, 0x6B, 0x00),
        Severity::High => Color32::from_rgb(0xC0, 0x2F, 0x25),
    }
}

/// A soft tint of a colour for box backgrounds, readable in both themes.
#[must_use]
pub fn tint(ui: &egui::Ui, color: Color32) -> Color32 {
    let alpha = if ui.visuals().dark_mode { 40 } else { 28 };
    Color32::from_rgba_unmultiplied(color.r(), color.g(), color.b(), alpha)
}

/// The colour of warnings.
pub const WARNING: Color32 = Color32::from_rgb(0xD9, 0x8C, 0x00);

/// The colour of success.
pub const SUCCESS: Color32 = Color32::from_rgb(0x2E, 0x9E, 0x5B);

/// The screen's main call to action: white text on the accent colour.
pub fn primary_button(text: impl Into<String>) -> egui::Button<'static> {
    egui::Button::new(egui::RichText::new(text).strong().color(Color32::WHITE)).fill(ACCENT)
}

/// A case's own window over the workspace (a recording check, the App Privacy Report, the phone card):
/// centred in `area` and kept inside it, `width` wide and 90 % of its height, not collapsible, its id
/// salted with the case so a new case opens a fresh window.
pub fn case_window(
    title: impl Into<egui::WidgetText>,
    id: impl std::hash::Hash + std::fmt::Debug,
    open: &mut bool,
    area: egui::Rect,
    width: f32,
) -> egui::Window<'_> {
    egui::Window::new(title)
        .id(egui::Id::unique(id))
        .open(open)
        .collapsible(false)
        .resizable(true)
        .default_width(width)
        .default_height(area.height() * 0.9)
        .constrain_to(area)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(area.center())
}
