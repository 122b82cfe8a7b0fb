//! The staff desk's table of cases: code, time, problem, outcome, verdict and who gave it, a row per
//! case, in the desk's language (`egui_extras`' `TableBuilder`). A case's code is the button that opens it.

use egui::{Label, RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::case_row::CaseRow;
use crate::clock::LocalClock;
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::KnowledgeBase;
use micdoctor_core::t;
use micdoctor_store::CaseRecord;

/// What an empty cell shows.
const NONE: &str = "\u{2014}";
/// Lines a cell's words wrap to; a longer text ends in "…" (the opened case has it whole).
const LINES: usize = 3;

/// What the table shows, and of which day "today" is.
pub struct TableView<'a> {
    pub language: Language,
    pub kb: &'a KnowledgeBase,
    pub clock: &'a LocalClock,
    /// A moment of the day whose cases show their hour only.
    pub now: u64,
    pub cases: &'a [CaseRecord],
    /// The code of the case opened beside the table.
    pub open: Option<&'a str>,
}

/// Draws the table; returns the code of a case staff opened.
pub fn cases_table(ui: &mut Ui, view: &TableView<'_>) -> Option<String> {
    let lang = view.language;
    let rows: Vec<CaseRow> = view
        .cases
        .iter()
        .map(|case| CaseRow::new(lang, view.kb, view.clock, case))
        .collect();
    // Three lines a row: a problem's, an outcome's or a cause's words wrap rather than hide. The words
    // are in the small style (staff read them at arm's length, and a kiosk's screen is narrow).
    let small = ui.text_style_height(&egui::TextStyle::Small);
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let row_height = (LINES as f32 * small + 10.0).max(crate::ui::theme::TOUCH_TARGET);
    let mut opened = None;
    // Columns a little closer than the kiosk's roomy spacing: the words get the width.
    ui.spacing_mut().item_spacing.x = 6.0;
    TableBuilder::new(ui)
        .id_salt("staff_cases_table")
        .striped(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::auto().at_least(48.0))
        .column(Column::auto().at_least(48.0))
        // The words share what is left.
        .column(Column::remainder().at_least(80.0).clip(true))
        .column(Column::remainder().at_least(80.0).clip(true))
        .column(Column::remainder().at_least(80.0).clip(true))
        .column(Column::auto().at_least(40.0).clip(true))
        .auto_shrink([false, true])
        .header(line + 12.0, |mut header| {
            for title in [
                t!(lang, "cases-column-code"),
                t!(lang, "cases-column-time"),
                t!(lang, "cases-column-problem"),
                t!(lang, "cases-column-outcome"),
                t!(lang, "cases-column-verdict"),
                t!(lang, "cases-column-who"),
            ] {
                header.col(|ui| {
                    ui.label(RichText::new(title).strong());
                });
            }
        })
        .body(|mut body| {
            for row in &rows {
                body.row(row_height, |mut table_row| {
                    let is_open = view.open == Some(row.code.as_str());
                    table_row.set_selected(is_open);
                    table_row.col(|ui| {
                        let code = RichText::new(&row.code).monospace();
                        if ui.selectable_label(is_open, code).clicked() {
                            opened = Some(row.code.clone());
                        }
                    });
                    table_row.col(|ui| {
                        let time = if view.clock.same_day(row.started_unix, view.now) {
                            view.clock.time(row.started_unix)
                        } else {
                            view.clock.date_time(row.started_unix)
                        };
                        ui.add(Label::new(RichText::new(time).small()).extend());
                    });
                    for text in [
                        Some(&row.problem_name),
                        row.outcome_name.as_ref(),
                        row.verdict_name.as_ref(),
                        row.staff.as_ref(),
                    ] {
                        table_row.col(|ui| {
                            words(ui, text.map_or(NONE, String::as_str));
                        });
                    }
                    if table_row.response().clicked() {
                        opened = Some(row.code.clone());
                    }
                });
            }
        });
    opened
}

/// Words in a cell: small, wrapped to the column, at most [`LINES`] lines. A screen reader and a test
/// read the whole text.
fn words(ui: &mut Ui, text: &str) {
    let font = egui::TextStyle::Small.resolve(ui.style());
    let mut job = egui::text::LayoutJob::simple(
        text.to_owned(),
        font,
        egui::Color32::PLACEHOLDER,
        ui.available_width(),
    );
    job.wrap.max_rows = LINES;
    job.wrap.overflow_character = Some('\u{2026}');
    let galley = ui.ctx().fonts_mut(|fonts| fonts.layout_job(job));
    ui.add(Label::new(galley));
}
