//! The symptom picker: the journey's symptoms as toggle chips grouped by theme, with a filter box.

use egui::{RichText, ScrollArea, Ui};

use crate::ui::command::Command;
use crate::ui::search;
use crate::ui::state::{AppState, Screen};
use crate::ui::widgets::chip::chip;
use crate::ui::widgets::hint::hint;
use micdoctor_core::kb::{Finding, FindingKind};
use micdoctor_core::session::Answer;
use micdoctor_core::t;

pub fn ui(ui: &mut Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    let lang = state.language;
    let Some(session) = &state.session else {
        commands.push(Command::Go(Screen::Start));
        return;
    };
    let kb = &state.kb;
    let Some(problem) = kb.problem(&session.problem) else {
        return;
    };
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(t!(lang, "symptoms-heading"))
                .heading()
                .strong(),
        );
        ui.weak(t!(lang, "symptoms-subheading"));
    });
    ui.horizontal(|ui| {
        let label = ui.label(t!(lang, "symptoms-filter"));
        ui.add(
            egui::TextEdit::singleline(&mut state.case_ui.symptom_filter)
                .hint_text(t!(lang, "symptoms-filter-hint"))
                .desired_width(340.0),
        )
        .labelled_by(label.id);
        if !state.case_ui.symptom_filter.is_empty()
            && ui.button(t!(lang, "symptoms-clear-filter")).clicked()
        {
            state.case_ui.symptom_filter.clear();
        }
    });
    let filter = state.case_ui.symptom_filter.clone();
    let matches = |f: &Finding| search::matches(&format!("{} {}", f.label, f.question), &filter);
    let symptoms: Vec<&Finding> = kb
        .findings_of(problem)
        .filter(|f| f.kind == FindingKind::Symptom)
        .collect();
    let picked = symptoms
        .iter()
        .filter(|f| session.answer_to(&f.id) == Some(Answer::Yes))
        .count();
    egui::Panel::bottom("symptom_footer").show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(t!(lang, "symptoms-back")).clicked() {
                commands.push(Command::BackFromSymptoms);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let go = if picked == 0 {
                    t!(lang, "symptoms-skip")
                } else {
                    t!(lang, "symptoms-continue", count = picked)
                };
                if ui.add(crate::ui::theme::primary_button(go)).clicked() {
                    commands.push(Command::Go(Screen::Workspace));
                }
            });
        });
    });
    ScrollArea::vertical()
        .auto_shrink([false, true])
        .show(ui, |ui| {
            let mut shown = 0;
            let mut groups: Vec<(Option<&str>, String)> = problem
                .symptom_groups
                .iter()
                .map(|g| (Some(g.id.as_str()), g.title.clone()))
                .collect();
            if symptoms.iter().any(|f| f.group.is_none()) {
                groups.push((None, t!(lang, "symptoms-group-other")));
            }
            for (group, title) in groups {
                let members: Vec<&&Finding> = symptoms
                    .iter()
                    .filter(|f| f.group.as_deref() == group && matches(f))
                    .collect();
                if members.is_empty() {
                    continue;
                }
                ui.add_space(6.0);
                ui.label(RichText::new(title).strong().size(18.0));
                ui.horizontal_wrapped(|ui| {
                    for finding in members {
                        shown += 1;
                        let on = session.answer_to(&finding.id) == Some(Answer::Yes);
                        if hint(chip(lang, ui, &finding.label, on), || {
                            finding.question.clone()
                        })
                        .clicked()
                        {
                            commands.push(Command::ToggleSymptom(finding.id.clone()));
                        }
                    }
                });
            }
            if shown == 0 {
                ui.weak(t!(lang, "symptoms-no-match"));
            }
        });
}
