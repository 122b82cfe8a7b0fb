//! The picture of a measured recording, drawn with `egui_plot`: the waveform with its silent and clipped
//! stretches marked, the speech level against the thresholds, and the spectrum with the speech bands
//! shaded. Each plot carries its title for screen readers, and the text alternative is written below.

use egui::{Color32, Role, Ui, WidgetInfo};
use egui_plot::{Bar, BarChart, FilledArea, Plot, Span, VLine};

use crate::ui::theme;
use micdoctor_core::i18n::Language;
use micdoctor_core::i18n::decimals;
use micdoctor_core::recording::verdict::{QUIET_LEVEL_DBFS, SILENT_LEVEL_DBFS};
use micdoctor_core::recording::{MarkKind, Measurement};
use micdoctor_core::report::sketch_text;
use micdoctor_core::t;

/// The level meter's scale, dBFS.
const METER_FLOOR: f64 = -90.0;
/// The spectrum's scale, dB under its loudest band.
const SPECTRUM_FLOOR: f64 = -60.0;
/// The spectrum's right end at least, kHz (further up to the codec's bandwidth).
const SPECTRUM_TOP_KHZ: f64 = 8.0;
const CLIPPED: Color32 = Color32::from_rgb(0xDC, 0x26, 0x26);

/// A plot that only shows: no zoom, drag or scroll to fight the page's scrolling.
fn still(id: (&str, &str), height: f32) -> Plot<'static> {
    Plot::new(id)
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_grid(false)
        .show_y(false)
        .show_axes([true, false])
}

/// Tells screen readers what a plot is (`egui_plot` draws, but names nothing).
fn describe(response: &egui::Response, title: &str) {
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, title));
}

/// Grey that reads on both light and dark backgrounds.
fn silent_fill(ui: &Ui) -> Color32 {
    ui.visuals().weak_text_color().gamma_multiply(0.35)
}

/// Waveform, level meter and spectrum of `measurement`, then their text alternative. `id` keeps the
/// plots of several recordings apart.
pub fn pictures(lang: Language, ui: &mut Ui, id: &str, measurement: &Measurement) {
    waveform(lang, ui, id, measurement);
    meter(lang, ui, id, measurement);
    spectrum(lang, ui, id, measurement);
    ui.label(egui::RichText::new(sketch_text(lang, measurement)).small());
}

fn waveform(lang: Language, ui: &mut Ui, id: &str, m: &Measurement) {
    let envelope = &m.sketch.envelope;
    let duration = m.figures.duration_seconds.max(1e-9);
    let step = duration / envelope.len().max(1) as f64;
    let xs: Vec<f64> = (0..envelope.len())
        .map(|i| (i as f64 + 0.5) * step)
        .collect();
    let lows: Vec<f64> = envelope.iter().map(|c| f64::from(c[0])).collect();
    let highs: Vec<f64> = envelope.iter().map(|c| f64::from(c[1])).collect();
    let silent = silent_fill(ui);
    let wave = theme::ACCENT;
    // A little room at both ends, so the first and last second's labels are not cut by the frame.
    let pad = duration * 0.04;
    let response = still(("waveform", id), 90.0)
        .default_x_bounds(-pad, duration + pad)
        .default_y_bounds(-1.0, 1.0)
        .x_axis_formatter(|mark, _| format!("{:.0} s", mark.value))
        .show(ui, |plot| {
            for mark in &m.sketch.marks {
                let (name, fill) = match mark.kind {
                    MarkKind::Silent => (t!(lang, "recording-mark-silent"), silent),
                    MarkKind::Clipped => (
                        t!(lang, "recording-mark-clipped"),
                        CLIPPED.gamma_multiply(0.45),
                    ),
                };
                plot.span(Span::new(name, mark.start_seconds..=mark.end_seconds).fill(fill));
            }
            plot.add(
                FilledArea::new(t!(lang, "recording-waveform"), &xs, &lows, &highs)
                    .fill_color(wave)
                    .stroke(egui::Stroke::new(1.0, wave)),
            );
        })
        .response;
    describe(&response, &t!(lang, "recording-waveform-title"));
}

fn meter(lang: Language, ui: &mut Ui, id: &str, m: &Measurement) {
    let level = m.figures.active_level_dbfs.clamp(METER_FLOOR, 0.0);
    let color = if level < SILENT_LEVEL_DBFS {
        CLIPPED
    } else if level < QUIET_LEVEL_DBFS {
        theme::WARNING
    } else {
        theme::SUCCESS
    };
    let response = still(("meter", id), 60.0)
        // Room either side, so "−90 dBFS" and "0 dBFS" show whole.
        .default_x_bounds(METER_FLOOR - 8.0, 8.0)
        .default_y_bounds(-0.6, 0.6)
        // Bare numbers under the meter and the unit once: "-90 dBFS" at every mark is too wide for a
        // narrow window, and the plot would drop all but one.
        .x_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [10.0, 30.0, 90.0]))
        .x_axis_label("dBFS")
        .show(ui, |plot| {
            // A horizontal bar from the floor to the level.
            let bar = Bar::new(0.0, level - METER_FLOOR)
                .base_offset(METER_FLOOR)
                .width(0.7)
                .fill(color);
            plot.bar_chart(
                BarChart::new(t!(lang, "recording-meter-level"), vec![bar])
                    .horizontal()
                    .color(color),
            );
            plot.vline(
                VLine::new(t!(lang, "recording-meter-silent"), SILENT_LEVEL_DBFS)
                    .color(CLIPPED)
                    .width(2.0),
            );
            plot.vline(
                VLine::new(t!(lang, "recording-meter-quiet"), QUIET_LEVEL_DBFS)
                    .color(theme::WARNING)
                    .width(2.0),
            );
        })
        .response;
    describe(&response, &t!(lang, "recording-meter-title"));
    legend(
        ui,
        &[
            (
                color,
                format!(
                    "{} {} dBFS",
                    t!(lang, "recording-meter-level"),
                    decimals(lang, level, 0)
                ),
            ),
            (
                CLIPPED,
                format!(
                    "{} {} dBFS",
                    t!(lang, "recording-meter-silent"),
                    decimals(lang, SILENT_LEVEL_DBFS, 0)
                ),
            ),
            (
                theme::WARNING,
                format!(
                    "{} {} dBFS",
                    t!(lang, "recording-meter-quiet"),
                    decimals(lang, QUIET_LEVEL_DBFS, 0)
                ),
            ),
        ],
    );
}

/// What the colours and shading of the plot above mean, one coloured swatch and words each (a plot's
/// own labels are clipped where its items are narrow).
fn legend(ui: &mut Ui, items: &[(Color32, String)]) {
    ui.horizontal_wrapped(|ui| {
        for (color, text) in items {
            let (swatch, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter().rect_filled(swatch, 2.0, *color);
            ui.label(egui::RichText::new(text).small());
            ui.add_space(10.0);
        }
    });
}

fn spectrum(lang: Language, ui: &mut Ui, id: &str, m: &Measurement) {
    let picture = &m.sketch;
    let step_khz = picture.spectrum_step_hz / 1000.0;
    // Up to the codec's bandwidth, which the figures' text names, and at least to 8 kHz where the file
    // has it (speech lies below 8 kHz: a narrower axis would make the two bands slivers).
    let ceiling = (m.bandwidth_hz / 1000.0).max(SPECTRUM_TOP_KHZ);
    let top = (picture.spectrum_db.len() as f64 * step_khz).clamp(1.0, ceiling);
    let bars: Vec<Bar> = picture
        .spectrum_db
        .iter()
        .enumerate()
        .take_while(|(i, _)| (*i as f64) * step_khz < top)
        .map(|(i, db)| {
            let level = f64::from(*db).clamp(SPECTRUM_FLOOR, 0.0);
            Bar::new((i as f64 + 0.5) * step_khz, level - SPECTRUM_FLOOR)
                .base_offset(SPECTRUM_FLOOR)
                .width(step_khz * 0.9)
        })
        .collect();
    let band = theme::WARNING.gamma_multiply(0.25);
    let response = still(("spectrum", id), 90.0)
        .default_x_bounds(0.0, top)
        .default_y_bounds(SPECTRUM_FLOOR, 0.0)
        .x_axis_formatter(|mark, _| format!("{:.0} kHz", mark.value))
        .show(ui, |plot| {
            // Unnamed: a span's label is cut to the span's width; the legend below names them.
            plot.span(Span::new("", 0.3..=1.0).fill(band));
            plot.span(Span::new("", 2.0..=4.0).fill(band));
            plot.bar_chart(
                BarChart::new(t!(lang, "recording-spectrum"), bars).color(theme::ACCENT),
            );
        })
        .response;
    describe(&response, &t!(lang, "recording-spectrum-title"));
    legend(
        ui,
        &[(
            theme::WARNING.gamma_multiply(0.6),
            t!(lang, "recording-band-legend"),
        )],
    );
}
