//! The case history: every answer and fix outcome in words, each with its own Undo.

use egui::{RichText, Ui};

use crate::ui::command::Command;
use crate::ui::state::CaseView;
use crate::ui::widgets::hint::hint;
use micdoctor_core::session::{Answer, Event};
use micdoctor_core::t;

pub fn ui(ui: &mut Ui, view: &CaseView<'_>, commands: &mut Vec<Command>) {
    let lang = view.language;
    ui.add_space(10.0);
    ui.label(
        RichText::new(t!(lang, "workspace-history-heading"))
            .size(18.0)
            .strong(),
    );
    if view.session.history.is_empty() {
        ui.weak(t!(lang, "workspace-history-empty"));
        return;
    }
    // Newest first: the answer just given is the one most often taken back.
    for (index, entry) in view.session.history.iter().enumerate().rev() {
        let text = entry_text(view, &entry.event);
        ui.horizontal_top(|ui| {
            let undo = hint(ui.button(t!(lang, "workspace-history-undo")), || {
                t!(lang, "workspace-history-undo-hint", entry = text.as_str())
            });
            if undo.clicked() {
                commands.push(Command::Undo(index));
            }
            ui.add(egui::Label::new(RichText::new(text).small()).wrap());
        });
    }
}

/// What to tell a technician besides the tests' results (listed above it in their own words): every
/// other answer and fix outcome in words, the "Not sure"s left out.
#[must_use]
pub fn told(view: &CaseView<'_>) -> Vec<String> {
    let tested = |finding: &str| {
        view.derived
            .tests
            .results
            .iter()
            .any(|r| r.finding == finding)
    };
    view.session
        .history
        .iter()
        .filter(|e| match &e.event {
            Event::Answer { answer, finding } => *answer != Answer::Skipped && !tested(finding),
            _ => true,
        })
        .map(|e| entry_text(view, &e.event))
        .collect()
}

/// One history entry in words (the same words as the reports).
#[must_use]
pub fn entry_text(view: &CaseView<'_>, event: &Event) -> String {
    let lang = view.language;
    micdoctor_core::explained::event_statement(lang, view.kb, event)
}
