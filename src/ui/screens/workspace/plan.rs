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
    for (n, fix) in report.plan.iter().enumerate() {
        ui.horizontal_top(|ui| {
            ui.label(RichText::new(format!("{}", n + 1)).strong());
            let title_width = (ui.available_width() - 64.0).max(80.0);
            ui.allocate_ui(egui::vec2(title_width, 0.0), |ui| {
                ui.add(egui::Label::new(&fix.title).wrap())
                    .on_hover_text(format!(
                        "{:.0}% chance it works if you get to it",
                        fix.success_probability * 100.0
                    ));
            });
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                // The time it takes; the plan's order also weighs risk, which is not time.
                let time = view.kb.fix(&fix.id).map_or(fix.cost, |f| f.cost_minutes);
                ui.label(RichText::new(format!("{} min", minutes(time))).weak());
            });
        });
    }
    ui.label(RichText::new(format!("Expected total \u{2248} {} min", minutes(report.ecr))).strong())
        .on_hover_text(format!(
            "The average effort to a fix if you follow this order, counting that you stop once something works; \
             risky steps such as deleting weigh a few minutes more than they take. \
             The simple best-chance-per-minute order would expect {} min.",
            minutes(report.greedy_ecr)
        ));
}
