//! The week on a timeline: one row per app and sensor (WhatsApp's first), each use a bar, the nights
//! (00:00–06:00 on the phone's clock) shaded, and the marked moment as a line. A click on the timeline
//! marks that moment.

use egui::{Align2, Color32, FontId, Rect, Sense, Stroke, Ui, pos2, vec2};
use micdoctor_core::i18n::Language;
use micdoctor_core::privacy_report::words::{moment_words, sensor_name};
use micdoctor_core::privacy_report::{
    Duration, NIGHT_END_HOUR, OffsetDateTime, PrivacyReport, WhatsApp,
};
use micdoctor_core::t;

use crate::ui::theme;

/// The width of the rows' names, left of the plot (a click there marks nothing).
pub const LABEL_WIDTH: f32 = 190.0;
const ROW_HEIGHT: f32 = 24.0;
const AXIS_HEIGHT: f32 = 20.0;

/// One row of the timeline: an app's uses of one sensor.
struct Row<'a> {
    label: String,
    whatsapp: bool,
    intervals: &'a [micdoctor_core::privacy_report::Interval],
}

/// The rows, WhatsApp's first, then every other app that used the microphone or camera.
fn rows<'a>(lang: Language, report: &'a PrivacyReport) -> Vec<Row<'a>> {
    let mut rows: Vec<Row<'a>> = report
        .uses
        .iter()
        .filter(|u| u.sensor.shows_a_dot() || WhatsApp::of(&u.app).is_some())
        .map(|u| {
            let whatsapp = WhatsApp::of(&u.app).is_some();
            let app = if whatsapp {
                t!(lang, "privacy-whatsapp")
            } else {
                u.app.clone()
            };
            Row {
                label: format!("{app} · {}", sensor_name(lang, u.sensor)),
                whatsapp,
                intervals: &u.intervals,
            }
        })
        .collect();
    rows.sort_by_key(|row| !row.whatsapp);
    rows
}

/// `text` laid out on one line, shortened with "…" to fit `width`.
fn fitted(ui: &Ui, text: &str, width: f32, colour: Color32) -> std::sync::Arc<egui::Galley> {
    let font = FontId::proportional(12.0);
    let lay = |t: String| ui.painter().layout_no_wrap(t, font.clone(), colour);
    let mut galley = lay(text.to_owned());
    let mut chars: Vec<char> = text.chars().collect();
    while galley.size().x > width && chars.len() > 2 {
        chars.pop();
        galley = lay(format!("{}\u{2026}", chars.iter().collect::<String>()));
    }
    galley
}

/// The first midnight on or before `at`, in `at`'s offset.
fn midnight(at: OffsetDateTime) -> OffsetDateTime {
    at.replace_time(micdoctor_core::privacy_report::Time::MIDNIGHT)
}

/// Draws the timeline of `report`; returns a moment the person clicked, if they did.
pub fn timeline(
    ui: &mut Ui,
    lang: Language,
    report: &PrivacyReport,
    mark: Option<OffsetDateTime>,
) -> Option<OffsetDateTime> {
    let window = report.window?;
    let start = midnight(window.first);
    let days = ((window.last - start).whole_days() + 1).clamp(1, 8);
    let end = start + Duration::days(days);
    let rows = rows(lang, report);
    let width = ui.available_width().max(LABEL_WIDTH + 200.0);
    let height = AXIS_HEIGHT + ROW_HEIGHT * rows.len().max(1) as f32;
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click());
    let label = t!(
        lang,
        "privacy-timeline-label",
        from = moment_words(lang, window.first),
        to = moment_words(lang, window.last),
        rows = rows.len()
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &label));
    let painter = ui.painter_at(rect);
    let plot = Rect::from_min_max(
        pos2(rect.left() + LABEL_WIDTH, rect.top() + AXIS_HEIGHT),
        rect.right_bottom(),
    );
    let span = (end - start).as_seconds_f32();
    let x_of =
        |at: OffsetDateTime| plot.left() + plot.width() * ((at - start).as_seconds_f32() / span);
    let text = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    // Nights shaded, days named on the axis.
    for day in 0..days {
        let midnight = start + Duration::days(day);
        let dawn = midnight + Duration::hours(i64::from(NIGHT_END_HOUR));
        painter.rect_filled(
            Rect::from_min_max(
                pos2(x_of(midnight), plot.top()),
                pos2(x_of(dawn), plot.bottom()),
            ),
            0.0,
            ui.visuals().faint_bg_color.gamma_multiply(2.5),
        );
        painter.line_segment(
            [
                pos2(x_of(midnight), rect.top()),
                pos2(x_of(midnight), plot.bottom()),
            ],
            Stroke::new(1.0, weak.gamma_multiply(0.4)),
        );
        let name = moment_words(lang, midnight);
        let name = name
            .rsplit_once(' ')
            .map_or(name.as_str(), |(day, _)| day)
            .trim_end_matches(',');
        painter.text(
            pos2(x_of(midnight) + 4.0, rect.top() + 2.0),
            Align2::LEFT_TOP,
            name,
            FontId::proportional(11.0),
            weak,
        );
    }
    for (index, row) in rows.iter().enumerate() {
        let top = plot.top() + ROW_HEIGHT * index as f32;
        let colour = if row.whatsapp { text } else { weak };
        let label = fitted(ui, &row.label, LABEL_WIDTH - 8.0, colour);
        painter.galley(
            pos2(rect.left(), top + (ROW_HEIGHT - label.size().y) / 2.0),
            label,
            colour,
        );
        let colour = if row.whatsapp { theme::WARNING } else { weak };
        for interval in row.intervals {
            let left = x_of(interval.start);
            let right = x_of(interval.end).max(left + 2.0);
            painter.rect_filled(
                Rect::from_min_max(pos2(left, top + 5.0), pos2(right, top + ROW_HEIGHT - 5.0)),
                2.0,
                colour,
            );
        }
    }
    if let Some(at) = mark.filter(|at| (start..=end).contains(at)) {
        let x = x_of(at);
        painter.line_segment(
            [pos2(x, rect.top()), pos2(x, plot.bottom())],
            Stroke::new(2.0, Color32::from_rgb(0xD0, 0x30, 0x30)),
        );
    }
    let clicked = response
        .clicked()
        .then(|| response.interact_pointer_pos())
        .flatten()?;
    if clicked.x < plot.left() {
        return None;
    }
    let share = f64::from(((clicked.x - plot.left()) / plot.width()).clamp(0.0, 1.0));
    let offset = window.last.offset();
    Some((start + Duration::seconds_f64(share * f64::from(span))).to_offset(offset))
}
