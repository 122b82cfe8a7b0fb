//! One step of "Your plan", painted as a single widget: its number, the fix's title (wrapped), and the
//! minutes it takes at the right; pointing at it tells the chance it works.

use egui::{Rect, RichText, Sense, Ui, pos2, vec2};

use crate::ui::widgets::hint::hint;
use crate::ui::widgets::painted::galley;
use micdoctor_core::i18n::Language;
use micdoctor_core::t;

/// Width of the number's column (two digits) and of the minutes' column.
pub const NUMBER_WIDTH: f32 = 26.0;
const MINUTES_WIDTH: f32 = 64.0;

/// What one plan row shows.
pub struct PlanRow<'a> {
    /// The language the minutes are written in.
    pub language: Language,
    /// Its place in the plan, from 1.
    pub number: usize,
    pub title: &'a str,
    /// The time the fix takes (the plan's order also weighs risk, which is not time).
    pub minutes: f64,
    /// The chance it works if the user gets to it.
    pub success_probability: f64,
}

impl egui::Widget for PlanRow<'_> {
    fn ui(self, ui: &mut Ui) -> egui::Response {
        let lang = self.language;
        let width = ui.available_width();
        let number = galley(
            ui,
            RichText::new(self.number.to_string()).strong(),
            f32::INFINITY,
        );
        let title_width = (width - NUMBER_WIDTH - MINUTES_WIDTH).max(80.0);
        let title = galley(ui, RichText::new(self.title), title_width);
        let minutes_text = t!(lang, "workspace-plan-minutes", minutes = self.minutes);
        let minutes = galley(
            ui,
            RichText::new(minutes_text.as_str()).weak(),
            f32::INFINITY,
        );
        let height = title.size().y.max(number.size().y);
        let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Label,
                true,
                t!(
                    lang,
                    "workspace-plan-step",
                    number = self.number,
                    title = self.title,
                    minutes = minutes_text.as_str()
                ),
            )
        });
        if ui.is_rect_visible(rect) {
            let painter = ui.painter();
            let color = ui.visuals().text_color();
            painter.galley(rect.min, number, color);
            painter.galley(pos2(rect.left() + NUMBER_WIDTH, rect.top()), title, color);
            let minutes_at = Rect::from_min_size(
                pos2(rect.right() - minutes.size().x, rect.top()),
                minutes.size(),
            );
            painter.galley(minutes_at.min, minutes, color);
        }
        let percent = micdoctor_core::i18n::whole_percent(self.success_probability);
        hint(response, || {
            t!(lang, "workspace-plan-chance", percent = percent)
        })
    }
}
