//! The case history: every answer and fix outcome in words, each with its own Undo.

use egui::{RichText, Ui};

use crate::session::{Answer, Event, FixOutcome};
use crate::ui::state::{Action, CaseView};
use crate::ui::widgets::hint::hint;

pub fn ui(ui: &mut Ui, view: &CaseView<'_>, actions: &mut Vec<Action>) {
    ui.add_space(10.0);
    ui.label(
        RichText::new(crate::t!("workspace-history-heading"))
            .size(18.0)
            .strong(),
    );
    if view.session.history.is_empty() {
        ui.weak(crate::t!("workspace-history-empty"));
        return;
    }
    // Newest first: the answer just given is the one most often taken back.
    for (index, entry) in view.session.history.iter().enumerate().rev() {
        let text = entry_text(view, &entry.event);
        ui.horizontal_top(|ui| {
            let undo = hint(ui.button(crate::t!("workspace-history-undo")), || {
                crate::t!("workspace-history-undo-hint", entry = text.as_str())
            });
            if undo.clicked() {
                actions.push(Action::Undo(index));
            }
            ui.add(egui::Label::new(RichText::new(text).small()).wrap());
        });
    }
}

/// What to tell a technician: every answer and fix outcome in words, the "Not sure"s left out.
#[must_use]
pub fn told(view: &CaseView<'_>) -> Vec<String> {
    view.session
        .history
        .iter()
        .filter(|e| {
            !matches!(
                e.event,
                Event::Answer {
                    answer: Answer::Skipped,
                    ..
                }
            )
        })
        .map(|e| entry_text(view, &e.event))
        .collect()
}

/// One history entry in words.
#[must_use]
pub fn entry_text(view: &CaseView<'_>, event: &Event) -> String {
    match event {
        Event::Answer { finding, answer } => match (view.kb.finding(finding), answer) {
            (Some(f), Answer::Yes) => f.yes_statement.clone(),
            (Some(f), Answer::No) => f.no_statement.clone(),
            (Some(f), Answer::Skipped) => {
                crate::t!("workspace-history-not-sure", finding = f.label.as_str())
            }
            (None, _) => finding.to_string(),
        },
        Event::Fix { fix, outcome } => {
            let title = view.kb.fix(fix).map_or(fix.as_str(), |f| f.title.as_str());
            match outcome {
                FixOutcome::Fixed => crate::t!("workspace-history-fixed", fix = title),
                FixOutcome::Failed => crate::t!("workspace-history-failed", fix = title),
                FixOutcome::Skipped => crate::t!("workspace-history-skipped", fix = title),
            }
        }
        Event::Recording { measurement, .. } => {
            crate::t!(
                "workspace-history-measured",
                file = measurement.file.as_str()
            )
        }
    }
}
