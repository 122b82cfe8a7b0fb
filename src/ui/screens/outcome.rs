//! The outcome: "Fixed by …" with what happened, or "Take it to a technician" with what to tell them.

use egui::{RichText, Ui};

use crate::engine::posterior;
use crate::session::{Answer, Event, FixOutcome};
use crate::ui::screens::workspace::entry_text;
use crate::ui::state::{Action, AppState, CaseView, Screen};
use crate::ui::theme;
use crate::ui::widgets::icon::{Icon, icon};

pub fn ui(ui: &mut Ui, state: &mut AppState, actions: &mut Vec<Action>) {
    let Some(view) = state.case_view() else {
        actions.push(Action::Go(Screen::Start));
        return;
    };
    ui.add_space(16.0);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(760.0_f32.min(ui.available_width()));
            match view.session.fixed_by() {
                Some(fix) => fixed(ui, &view, fix),
                None => not_fixed(ui, &view),
            }
            ui.add_space(16.0);
            ui.horizontal(|ui| {
                if ui.button("Back to the diagnosis").clicked() {
                    // Going back un-does the "fixed" outcome so the case can continue.
                    let last_fixed = view.session.history.iter().rposition(|e| {
                        matches!(
                            e.event,
                            Event::Fix {
                                outcome: FixOutcome::Fixed,
                                ..
                            }
                        )
                    });
                    match last_fixed {
                        Some(index) => actions.push(Action::Undo(index)),
                        None => actions.push(Action::Go(Screen::Workspace)),
                    }
                }
                if ui
                    .add(egui::Button::new(RichText::new("Start over").strong()))
                    .clicked()
                {
                    actions.push(Action::StartOver);
                }
            });
        });
}

fn fixed(ui: &mut Ui, view: &CaseView<'_>, fix_id: &str) {
    let title = view.kb.fix(fix_id).map_or(fix_id, |f| f.title.as_str());
    ui.horizontal(|ui| {
        icon(ui, Icon::Check, 30.0);
        ui.label(
            RichText::new(format!("Fixed by \u{201c}{title}\u{201d}"))
                .size(26.0)
                .strong()
                .color(theme::SUCCESS),
        );
    });
    let model = &view.derived.model;
    let spent: f64 = view
        .session
        .history
        .iter()
        .map(|e| match &e.event {
            Event::Answer { finding, answer } if *answer != Answer::Skipped => model
                .finding_index(finding)
                .map_or(0.0, |i| model.findings[i].cost),
            Event::Fix { fix, outcome } if *outcome != FixOutcome::Skipped => {
                model.fix_index(fix).map_or(0.0, |i| model.fixes[i].cost)
            }
            _ => 0.0,
        })
        .sum();
    let steps = view.session.history.len();
    ui.weak(format!("About {spent:.0} minutes, {steps} steps."));
    ui.add_space(8.0);
    // What most likely happened, given that this fix worked.
    if let Some(index) = model.fix_index(fix_id) {
        let mut evidence = view.derived.evidence.clone();
        evidence.fixed_by = Some(index);
        let after = posterior(model, &evidence);
        let best = (0..after.probabilities.len())
            .max_by(|&a, &b| after.probabilities[a].total_cmp(&after.probabilities[b]));
        if let Some(cause) = best.and_then(|c| view.kb.cause(&model.cause_ids[c])) {
            ui.label(RichText::new("What happened").strong());
            ui.label(format!(
                "Most likely: {}. {}",
                cause.name, cause.explanation
            ));
        }
    }
    ui.add_space(8.0);
    ui.label(RichText::new("If it happens again").strong());
    ui.label("Start MicDoctor again and pick the same symptoms: this fix will be among the first suggestions.");
}

/// Not fixed: to a technician when the journey has a repair-shop hand-over, otherwise what is left to do.
fn not_fixed(ui: &mut Ui, view: &CaseView<'_>) {
    let handover = view
        .kb
        .problem(&view.session.problem)
        .is_some_and(|p| view.kb.fixes_of(p).any(|f| f.handover));
    let (heading, found, nothing_yet) = if handover {
        (
            "Take it to a technician",
            "Tell them",
            "You have not answered any questions yet; the technician will start from the beginning.",
        )
    } else {
        (
            "Nothing more to try at home",
            "What you found",
            "You have not answered any questions yet.",
        )
    };
    ui.horizontal(|ui| {
        icon(ui, Icon::Warning, 30.0);
        ui.label(
            RichText::new(heading)
                .size(26.0)
                .strong()
                .color(theme::WARNING),
        );
    });
    if let Some(top) = view.derived.report.causes.first() {
        let line = format!(
            "Most likely: {} ({:.0}%)",
            top.name,
            top.probability * 100.0
        );
        ui.label(RichText::new(line).size(18.0));
        if let Some(cause) = view.kb.cause(&top.id) {
            ui.add(egui::Label::new(&cause.explanation).wrap());
        }
    }
    ui.add_space(8.0);
    ui.label(RichText::new(found).strong());
    let told: Vec<String> = view
        .session
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
        .collect();
    if told.is_empty() {
        ui.label(nothing_yet);
    }
    for line in told {
        ui.horizontal_top(|ui| {
            ui.label("\u{2022}");
            ui.add(egui::Label::new(line).wrap());
        });
    }
    ui.add_space(8.0);
    let code = format!("Case code: {}", view.session.case_code());
    ui.label(RichText::new(code).monospace().size(18.0));
}
