//! "Your plan": the remaining fixes in the engine's order, minutes each, and the expected total.

use egui::{RichText, Ui};

use crate::ui::state::CaseView;
use crate::ui::widgets::hint::hint;
use crate::ui::widgets::plan_row::PlanRow;

pub fn ui(ui: &mut Ui, view: &CaseView<'_>) {
    let report = &view.derived.report;
    if report.plan.is_empty() {
        ui.weak(crate::t!("workspace-plan-empty"));
        return;
    }
    for (n, fix) in report.plan.iter().enumerate() {
        ui.add(PlanRow {
            number: n + 1,
            title: &fix.title,
            minutes: view.kb.fix(&fix.id).map_or(fix.cost, |f| f.cost_minutes),
            success_probability: fix.success_probability,
        });
    }
    let total =
        ui.label(RichText::new(crate::t!("workspace-plan-total", minutes = report.ecr)).strong());
    hint(total, || {
        crate::t!("workspace-plan-total-hint", greedy = report.greedy_ecr)
    });
}
