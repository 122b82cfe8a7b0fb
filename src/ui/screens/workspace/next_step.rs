//! The next-step card: a quick check answered Yes / No / Not sure, or a fix with its steps and outcome
//! buttons, or why there is nothing left to do.

use egui::{Button, Frame, RichText, Ui};

use crate::engine::{DoneReason, NextStep};
use crate::report::done_reason_text;
use crate::session::{Answer, FixOutcome};
use crate::ui::state::{Action, CaseView};
use crate::ui::theme;
use crate::ui::widgets::step_list::step_list;

/// The card's content: what to do and how (scrolls with the column).
pub fn ui(ui: &mut Ui, view: &mut CaseView<'_>, actions: &mut Vec<Action>) {
    let model = &view.derived.model;
    Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
        .corner_radius(12)
        .inner_margin(16)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            match view.derived.diagnosis.next {
                NextStep::Question { finding, .. } => {
                    question_card(ui, view, &model.findings[finding].id);
                }
                NextStep::Fix { fix } => fix_card(ui, view, &model.fixes[fix].id),
                NextStep::Done(reason) => done_card(ui, view, reason, actions),
            }
        });
}

/// The answer or outcome buttons, pinned below the card so they never scroll out of reach.
pub fn action_bar(ui: &mut Ui, view: &CaseView<'_>, actions: &mut Vec<Action>) {
    let model = &view.derived.model;
    if let NextStep::Question { finding, .. } = view.derived.diagnosis.next
        && let Some(question) = view.kb.finding(&model.findings[finding].id)
    {
        ui.label(RichText::new(&question.question).strong());
    }
    ui.horizontal_wrapped(|ui| match view.derived.diagnosis.next {
        NextStep::Question { finding, .. } => {
            let id = &model.findings[finding].id;
            for (label, answer) in [
                (crate::t!("workspace-answer-yes"), Answer::Yes),
                (crate::t!("workspace-answer-no"), Answer::No),
                (crate::t!("workspace-answer-not-sure"), Answer::Skipped),
            ] {
                if ui
                    .add(Button::new(RichText::new(label).strong()).min_size(egui::vec2(88.0, 0.0)))
                    .clicked()
                {
                    actions.push(Action::Answer(id.clone(), answer));
                }
            }
        }
        NextStep::Fix { fix } => {
            let id = &model.fixes[fix].id;
            let handover = view.kb.fix(id).is_some_and(|f| f.handover);
            if handover {
                if ui
                    .add(Button::new(
                        RichText::new(crate::t!("workspace-take-to-technician")).strong(),
                    ))
                    .clicked()
                {
                    actions.push(Action::ShowOutcome);
                }
            } else {
                let label = RichText::new(crate::t!("workspace-fix-worked"))
                    .strong()
                    .color(egui::Color32::WHITE);
                let fixed = Button::new(label).fill(theme::SUCCESS);
                if ui.add(fixed).clicked() {
                    actions.push(Action::Fix(id.clone(), FixOutcome::Fixed));
                }
                if ui.button(crate::t!("workspace-fix-failed")).clicked() {
                    actions.push(Action::Fix(id.clone(), FixOutcome::Failed));
                }
            }
            if ui.button(crate::t!("workspace-fix-skip")).clicked() {
                actions.push(Action::Fix(id.clone(), FixOutcome::Skipped));
            }
        }
        NextStep::Done(_) => {}
    });
}

fn kicker(ui: &mut Ui, text: &str) {
    ui.label(RichText::new(text).small().strong().color(theme::ACCENT));
}

fn question_card(ui: &mut Ui, view: &mut CaseView<'_>, id: &str) {
    let Some(finding) = view.kb.finding(id) else {
        return;
    };
    kicker(
        ui,
        &crate::t!(
            "workspace-kicker-check",
            duration = about(finding.cost_minutes)
        ),
    );
    ui.label(RichText::new(&finding.label).size(20.0).strong());
    step_list(
        ui,
        view.kb,
        id,
        &finding.steps,
        view.session.device,
        view.case_ui,
    );
}

fn fix_card(ui: &mut Ui, view: &mut CaseView<'_>, id: &str) {
    let Some(fix) = view.kb.fix(id) else { return };
    let duration = about(fix.cost_minutes);
    let kicker_text = if fix.handover {
        crate::t!("workspace-kicker-repair", duration = duration)
    } else {
        crate::t!("workspace-kicker-fix", duration = duration)
    };
    kicker(ui, &kicker_text);
    ui.label(RichText::new(&fix.title).size(20.0).strong());
    ui.label(&fix.summary);
    step_list(
        ui,
        view.kb,
        id,
        &fix.steps,
        view.session.device,
        view.case_ui,
    );
}

fn done_card(ui: &mut Ui, view: &CaseView<'_>, reason: DoneReason, actions: &mut Vec<Action>) {
    kicker(ui, &crate::t!("workspace-kicker-done"));
    ui.label(done_reason_text(view.kb, &view.derived.model, reason));
    ui.horizontal_wrapped(|ui| {
        if !view.session.history.is_empty() && ui.button(crate::t!("workspace-undo-last")).clicked()
        {
            actions.push(Action::Undo(view.session.history.len() - 1));
        }
        if reason != DoneReason::Contradictory
            && ui.button(crate::t!("workspace-see-outcome")).clicked()
        {
            actions.push(Action::ShowOutcome);
        }
    });
}

/// "about 30 seconds" under a minute, else "about N min" (N as a short number the language's way: 1, 2.5, 15).
#[must_use]
pub fn about(value: f64) -> String {
    if value < 1.0 {
        crate::t!("workspace-about-seconds", seconds = (value * 60.0).round())
    } else {
        crate::t!("workspace-about-minutes", minutes = value)
    }
}
