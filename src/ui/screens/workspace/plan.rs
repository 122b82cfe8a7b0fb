//! "Your plan": the remaining fixes in the engine's order, minutes each, and the expected total.

use egui::{RichText, Ui};

use crate::ui::state::CaseView;

pub fn ui(ui: &mut Ui, view: &CaseView<'_>) {
    let report = &view.derived.report;
    if report.plan.is_empty() {
        ui.weak(crate::t!("workspace-plan-empty"));
        return;
    }
    for (n, fix) in report.plan.iter().enumerate() {
        ui.horizontal_top(|ui| {
            ui.label(RichText::new((n + 1).to_string()).strong());
            let title_width = (ui.available_width() - 64.0).max(80.0);
            ui.allocate_ui(egui::vec2(title_width, 0.0), |ui| {
                ui.add(egui::Label::new(&fix.title).wrap())
                    .on_hover_text(crate::t!(
                        "workspace-plan-chance",
                        percent = (fix.success_probability * 100.0).round_ties_even()
                    ));
            });
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                // The time it takes; the plan's order also weighs risk, which is not time.
                let time = view.kb.fix(&fix.id).map_or(fix.cost, |f| f.cost_minutes);
                ui.label(RichText::new(crate::t!("workspace-plan-minutes", minutes = time)).weak());
            });
        });
    }
    ui.label(RichText::new(crate::t!("workspace-plan-total", minutes = report.ecr)).strong())
        .on_hover_text(crate::t!(
            "workspace-plan-total-hint",
            greedy = report.greedy_ecr
        ));
}
