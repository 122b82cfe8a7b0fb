//! "Your plan": the remaining fixes in the engine's order, minutes each, and the expected total.

use egui::{RichText, Ui};

use super::next_step::minutes;
use crate::ui::state::CaseView;

pub fn ui(ui: &mut Ui, view: &CaseView<'_>) {
    let report = &view.derived.report;
    if report.plan.is_empty() {
        ui.weak("No fixes left to try.");
        return;
    }
    egui::Grid::new("plan")
        .num_columns(3)
        .spacing([8.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for (n, fix) in report.plan.iter().enumerate() {
                ui.label(RichText::new(format!("{}", n + 1)).strong());
                ui.label(&fix.title).on_hover_text(format!(
                    "{:.0}% chance it works if you get to it",
                    fix.success_probability * 100.0
                ));
                ui.label(format!("{} min", minutes(fix.cost)));
                ui.end_row();
            }
        });
    ui.label(RichText::new(format!("Expected total \u{2248} {} min", minutes(report.ecr))).strong())
        .on_hover_text(format!(
            "The average time to a fix if you follow this order, counting that you stop once something works. \
             The simple cheapest-first order would expect {} min.",
            minutes(report.greedy_ecr)
        ));
}
