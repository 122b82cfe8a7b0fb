//! The diagnosis workspace: most likely causes, the next step, and the plan with its history — three
//! columns on a wide window, stacked (next step first) on a narrow one.

mod causes;
mod explainer;
mod history;
pub use history::{entry_text, told};
mod next_step;
mod plan;

use egui::{Align, CollapsingHeader, Layout, RichText, ScrollArea, Ui, vec2};

use crate::ui::command::Command;
use crate::ui::state::{AppState, CaseView, Screen};
use micdoctor_core::recording::RecordingRole;
use micdoctor_core::t;

/// Width under which the columns stack.
const STACK_BELOW: f32 = 900.0;

pub fn ui(ui: &mut Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    let Some(mut view) = state.case_view() else {
        commands.push(Command::Go(Screen::Start));
        return;
    };
    // Salted by case so no open section or scroll offset carries into the next case (the app clears egui's
    // memory between cases; two salts are enough to keep the old one's last frame apart).
    ui.push_id(("case", view.case_id % 2), |ui| {
        layout(ui, &mut view, commands);
    });
}

fn layout(ui: &mut Ui, view: &mut CaseView<'_>, commands: &mut Vec<Command>) {
    let lang = view.language;
    let problem_title = view
        .kb
        .problem(&view.session.problem)
        .map_or("", |p| p.title.as_str())
        .to_owned();
    let width = ui.available_width();
    // The check for the recording that failed, where files can be opened and the problem has one.
    let failed_check = view
        .kb
        .problem(&view.session.problem)
        .and_then(|p| {
            p.recording_checks
                .iter()
                .find(|c| c.takes.iter().any(|t| t.role == RecordingRole::Failed))
        })
        .map(|c| c.id.clone());
    let phone = view.phone;
    let files = view.files;
    let header_buttons = |ui: &mut Ui, commands: &mut Vec<Command>| {
        if ui.button(t!(lang, "workspace-change-symptoms")).clicked() {
            commands.push(Command::Go(Screen::Symptoms));
        }
        if let Some(check) = &failed_check
            && phone
            && ui
                .button(t!(lang, "bridge-open"))
                .on_hover_text(t!(lang, "bridge-open-hint"))
                .clicked()
        {
            commands.push(Command::SendFromPhone(check.clone()));
        }
        if let Some(check) = &failed_check
            && files
            && ui
                .button(t!(lang, "workspace-measure-recording"))
                .on_hover_text(t!(lang, "workspace-measure-recording-hint"))
                .clicked()
        {
            commands.push(Command::OpenRecordingCheck(check.clone()));
        }
        privacy_button(ui, view, commands);
        if ui.button(t!(lang, "workspace-start-over")).clicked() {
            commands.push(Command::ConfirmStartOver);
        }
    };
    if width < STACK_BELOW {
        // Narrow: the title on its own line, the two buttons together below it.
        ui.add(egui::Label::new(RichText::new(problem_title).size(20.0).strong()).wrap());
        ui.horizontal(|ui| header_buttons(ui, commands));
    } else {
        // The buttons follow the title and go on to a second line when there is no room (the privacy
        // journey with both its report buttons, on a 1100-px window).
        ui.horizontal_wrapped(|ui| {
            ui.add(
                egui::Label::new(RichText::new(problem_title).size(20.0).strong())
                    .wrap_mode(egui::TextWrapMode::Extend),
            );
            header_buttons(ui, commands);
        });
    }
    ui.separator();
    if width < STACK_BELOW {
        egui::Panel::bottom("commands").show(ui, |ui| {
            ui.add_space(6.0);
            next_step::action_bar(ui, view, commands);
        });
        // Each new card starts at its top: the scroll offset belongs to one revision of the case.
        ScrollArea::vertical()
            .id_salt(("narrow", view.session.revision()))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                next_step::ui(ui, view, commands);
                explainer::ui(ui, view);
                CollapsingHeader::new(RichText::new(t!(lang, "workspace-causes-heading")).strong())
                    .default_open(true)
                    .show(ui, |ui| causes::ui(ui, view, commands));
                CollapsingHeader::new(RichText::new(t!(lang, "workspace-plan-heading")).strong())
                    .default_open(true)
                    .show(ui, |ui| {
                        plan::ui(ui, view);
                        history::ui(ui, view, commands);
                    });
            });
        return;
    }
    let gap = 16.0;
    // Four gaps of gap/2 between three columns and two separators, plus the separators themselves.
    let usable = width - 2.0 * gap - 2.0 * 8.0 - 8.0;
    let widths = [usable * 0.30, usable * 0.42, usable * 0.28];
    let height = ui.available_height();
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = gap / 2.0;
        column(ui, "causes", widths[0], height, |ui| {
            ui.label(
                RichText::new(t!(lang, "workspace-causes-heading"))
                    .size(18.0)
                    .strong(),
            );
            causes::ui(ui, view, commands);
        });
        ui.separator();
        ui.allocate_ui_with_layout(
            vec2(widths[1], height),
            Layout::top_down(Align::Min),
            |ui| {
                ui.set_width(widths[1]);
                ui.set_height(height);
                egui::Panel::bottom("next_commands")
                    .frame(egui::Frame::new().inner_margin(egui::Margin::symmetric(0, 6)))
                    .show(ui, |ui| {
                        next_step::action_bar(ui, view, commands);
                    });
                // Each new card starts at its top: the scroll offset belongs to one revision of the case.
                ScrollArea::vertical()
                    .id_salt(("next", view.session.revision()))
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        ui.set_width(widths[1] - 14.0);
                        next_step::ui(ui, view, commands);
                        explainer::ui(ui, view);
                    });
            },
        );
        ui.separator();
        let last = ui.available_width().min(widths[2]);
        column(ui, "plan", last, height, |ui| {
            ui.label(
                RichText::new(t!(lang, "workspace-plan-heading"))
                    .size(18.0)
                    .strong(),
            );
            plan::ui(ui, view);
            history::ui(ui, view, commands);
        });
    });
}

/// A fixed-width, full-height column with its own scroll bar.
fn column(ui: &mut Ui, id: &str, width: f32, height: f32, add: impl FnOnce(&mut Ui)) {
    let width = width.max(160.0);
    ui.allocate_ui_with_layout(vec2(width, height), Layout::top_down(Align::Min), |ui| {
        ui.set_width(width);
        ScrollArea::vertical()
            .id_salt(id)
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_width(width - 14.0);
                add(ui);
            });
    });
}

/// "Read App Privacy Report…" on a problem the report answers, where files can be opened, and "Send from
/// the iPhone…" (asking for the report alone) where the phone bridge is offered, a kiosk's only way; once
/// one is read, a button opens its window again.
fn privacy_button(ui: &mut Ui, view: &CaseView<'_>, commands: &mut Vec<Command>) {
    let lang = view.language;
    let answers = view.kb.problem(&view.session.problem).is_some_and(|p| {
        p.findings
            .iter()
            .any(|f| micdoctor_core::privacy_report::MEASURED_FINDINGS.contains(&f.as_str()))
    });
    if !answers || !(view.files || view.phone) {
        return;
    }
    if view.case_ui.privacy.is_some() {
        if ui.button(t!(lang, "privacy-open-button")).clicked() {
            commands.push(Command::OpenPrivacyReport);
        }
        return;
    }
    if view.phone
        && ui
            .button(t!(lang, "bridge-open"))
            .on_hover_text(t!(lang, "bridge-open-privacy-hint"))
            .clicked()
    {
        commands.push(Command::SendPrivacyReportFromPhone);
    }
    if view.files
        && ui
            .button(t!(lang, "privacy-read-button"))
            .on_hover_text(t!(lang, "privacy-read-hint"))
            .clicked()
    {
        commands.push(Command::ChoosePrivacyReport);
    }
}
