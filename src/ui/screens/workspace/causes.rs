//! The ranking column: a hardware banner when the engine sends the case to a repair shop and a hardware
//! cause leads, then every cause.

use egui::{Frame, RichText, Stroke, Ui};

use crate::ui::command::Command;
use crate::ui::state::CaseView;
use crate::ui::theme;
use crate::ui::widgets::cause_row::cause_row;
use micdoctor_core::engine::NextStep;
use micdoctor_core::t;

pub fn ui(ui: &mut Ui, view: &mut CaseView<'_>, commands: &mut Vec<Command>) {
    let lang = view.language;
    let report = &view.derived.report;
    if view.derived.diagnosis.posterior.contradictory {
        ui.colored_label(theme::WARNING, t!(lang, "workspace-causes-contradictory"));
        return;
    }
    if let Some(top) = report.causes.first() {
        // The engine alone decides when the shop beats the home fixes; this only says why in this column.
        let hardware = view.kb.cause(&top.id).is_some_and(|c| c.hardware);
        let handover = matches!(view.derived.diagnosis.next, NextStep::Handover { .. });
        if hardware && handover {
            Frame::new()
                .fill(theme::tint(ui, theme::WARNING))
                .stroke(Stroke::new(1.0, theme::WARNING))
                .corner_radius(8)
                .inner_margin(10)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(RichText::new(t!(lang, "workspace-hardware-title")).strong());
                    ui.label(t!(
                        lang,
                        "workspace-hardware-detail",
                        cause = top.name.as_str(),
                        percent = micdoctor_core::i18n::whole_percent(top.probability)
                    ));
                    if ui
                        .button(t!(lang, "workspace-take-to-technician"))
                        .clicked()
                    {
                        commands.push(Command::ShowOutcome);
                    }
                });
            ui.add_space(6.0);
        }
    }
    for cause in &report.causes {
        cause_row(lang, ui, view.kb, cause, &mut view.case_ui.open_why);
    }
}
