//! The outcome: "Fixed by …" with what happened, or "Take it to a technician" with what to tell them.

use egui::{RichText, Ui};

use crate::session::{Answer, Event, FixOutcome};
use crate::ui::screens::workspace::entry_text;
use crate::ui::state::{Action, AppState, CaseView, Screen};
use crate::ui::theme;
use crate::ui::widgets::icon::{Icon, icon};

pub fn ui(ui: &mut Ui, state: &mut AppState, actions: &mut Vec<Action>) {
    let kiosk = state.kiosk;
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
                None => not_fixed(ui, &view, kiosk),
            }
            ui.add_space(16.0);
            ui.horizontal(|ui| {
                if ui.button("Back to the diagnosis").clicked() {
                    // Going back takes back a "That fixed it", so the case can continue.
                    actions.push(Action::BackFromOutcome);
                }
                if ui
                    .add(egui::Button::new(RichText::new("Start over").strong()))
                    .clicked()
                {
                    actions.push(Action::ConfirmStartOver);
                }
                // A kiosk saves nothing: the technician reads the screen and the case code.
                if !kiosk
                    && ui
                        .button("Save report\u{2026}")
                        .on_hover_text("A printable page, Markdown or JSON of this case")
                        .clicked()
                {
                    actions.push(Action::SaveReport);
                }
            });
        });
}

fn fixed(ui: &mut Ui, view: &CaseView<'_>, fix_id: &str) {
    let title = view.kb.fix(fix_id).map_or(fix_id, |f| f.title.as_str());
    ui.horizontal(|ui| {
        icon(ui, Icon::Check, 30.0);
        let heading = format!("Fixed by \u{201c}{title}\u{201d}");
        ui.label(
            RichText::new(heading)
                .size(26.0)
                .strong()
                .color(theme::SUCCESS),
        );
    });
    let (checks, fixes) = view
        .session
        .history
        .iter()
        .fold((0, 0), |(checks, fixes), e| match &e.event {
            Event::Answer { finding, answer } if *answer != Answer::Skipped => {
                let is_test = view
                    .kb
                    .finding(finding)
                    .is_some_and(|f| f.kind == crate::kb::FindingKind::Test);
                (checks + usize::from(is_test), fixes)
            }
            Event::Fix { outcome, .. } if *outcome != FixOutcome::Skipped => (checks, fixes + 1),
            _ => (checks, fixes),
        });
    ui.weak(format!(
        "{checks} {} and {fixes} {} tried. Case code: {}",
        plural(checks, "check", "checks"),
        plural(fixes, "fix", "fixes"),
        view.session.case_code()
    ));
    ui.add_space(8.0);
    // The cached diagnosis already counts "this fix worked" as evidence.
    if let Some(top) = view.derived.report.causes.first()
        && let Some(cause) = view.kb.cause(&top.id)
    {
        ui.label(RichText::new("What happened").strong());
        ui.add(
            egui::Label::new(format!(
                "Most likely: {}. {}",
                cause.name, cause.explanation
            ))
            .wrap(),
        );
    }
    ui.add_space(8.0);
    ui.label(RichText::new("If it happens again").strong());
    ui.label(format!("Try \u{201c}{title}\u{201d} first."));
}

fn plural<'a>(count: usize, one: &'a str, many: &'a str) -> &'a str {
    if count == 1 { one } else { many }
}

/// Not fixed: to a technician when the journey has a repair-shop hand-over, otherwise what is left to do.
fn not_fixed(ui: &mut Ui, view: &CaseView<'_>, kiosk: bool) {
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
            "Most likely: {} \u{2014} {:.0}%",
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
    for line in &told {
        ui.horizontal_top(|ui| {
            ui.label("\u{2022}");
            ui.add(egui::Label::new(line).wrap());
        });
    }
    ui.add_space(8.0);
    let code = format!("Case code: {}", view.session.case_code());
    ui.label(RichText::new(&code).monospace().size(18.0));
    // On a shared kiosk the clipboard would outlive the case.
    if !kiosk
        && ui
            .button("Copy this summary")
            .on_hover_text("Paste it into a message or a note for the shop")
            .clicked()
        && let Ok(summary) = crate::report::technician_summary(view.kb, view.session)
    {
        ui.ctx().copy_text(summary);
    }
}
