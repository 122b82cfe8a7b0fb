//! The outcome: "Fixed by …" with what happened, or "Take it to a technician" with what to tell them.

use crate::ui::widgets::test_results::test_results;
use egui::{RichText, Ui};

use crate::ui::command::Command;
use crate::ui::screens::workspace::told;
use crate::ui::state::{AppState, CaseView, Screen};
use crate::ui::theme;
use crate::ui::widgets::hint::hint;
use crate::ui::widgets::icon::{Icon, icon};
use crate::ui::widgets::step_list::step_list;
use micdoctor_core::report::{CaseOutcome, case_outcome};
use micdoctor_core::session::{Answer, Event, FixOutcome};
use micdoctor_core::t;

pub fn ui(ui: &mut Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    let lang = state.language;
    let kiosk = state.kiosk;
    let Some(mut view) = state.case_view() else {
        commands.push(Command::Go(Screen::Start));
        return;
    };
    // The way on stays in view below, however long the outcome is.
    egui::Panel::bottom("outcome_commands").show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button(t!(lang, "outcome-back")).clicked() {
                // Going back takes back a "That fixed it", so the case can continue.
                commands.push(Command::BackFromOutcome);
            }
            if ui
                .add(egui::Button::new(
                    RichText::new(t!(lang, "outcome-start-over")).strong(),
                ))
                .clicked()
            {
                // The case has its outcome (and at a counter, it is in the store): nothing to confirm.
                commands.push(Command::StartOver);
            }
            // A kiosk saves nothing: the technician reads the screen and the case code.
            if !kiosk
                && hint(ui.button(t!(lang, "outcome-save-report")), || {
                    t!(lang, "outcome-save-report-hover")
                })
                .clicked()
            {
                commands.push(Command::SaveReport);
            }
        });
        ui.add_space(2.0);
    });
    ui.add_space(16.0);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(760.0_f32.min(ui.available_width()));
            match view.session.fixed_by().map(str::to_owned) {
                Some(fix) => fixed(ui, &mut view, &fix),
                None => not_fixed(ui, &view, kiosk),
            }
            next_time(ui, &mut view);
            ui.add_space(16.0);
        });
}

fn fixed(ui: &mut Ui, view: &mut CaseView<'_>, fix_id: &str) {
    let lang = view.language;
    let title = view.kb.fix(fix_id).map_or(fix_id, |f| f.title.as_str());
    ui.horizontal(|ui| {
        icon(ui, Icon::Check, 30.0);
        let heading = t!(lang, "outcome-fixed-heading", title = title);
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
                    .is_some_and(|f| f.kind == micdoctor_core::kb::FindingKind::Test);
                (checks + usize::from(is_test), fixes)
            }
            Event::Fix { outcome, .. } if *outcome != FixOutcome::Skipped => (checks, fixes + 1),
            _ => (checks, fixes),
        });
    ui.weak(t!(
        lang,
        "outcome-fixed-tally",
        checks = checks,
        fixes = fixes,
        code = view.session.case_code()
    ));
    ui.add_space(8.0);
    // The cached diagnosis already counts "this fix worked" as evidence.
    if let Some(top) = view.derived.report.causes.first()
        && let Some(cause) = view.kb.cause(&top.id)
    {
        ui.label(RichText::new(t!(lang, "outcome-what-happened")).strong());
        ui.add(
            egui::Label::new(t!(
                lang,
                "outcome-fixed-most-likely",
                cause = cause.name.as_str(),
                explanation = cause.explanation.as_str()
            ))
            .wrap(),
        );
    }
    ui.add_space(8.0);
    ui.label(RichText::new(t!(lang, "outcome-if-again")).strong());
    ui.label(t!(lang, "outcome-try-first", title = title));
    // A change made only for now: how to undo it, and what does not work until then.
    if let Some(fix) = view.kb.fix(fix_id).filter(|f| !f.afterwards.is_empty()) {
        ui.add_space(8.0);
        ui.label(RichText::new(t!(lang, "outcome-afterwards")).strong());
        let owner = format!("{fix_id}/afterwards");
        step_list(
            lang,
            ui,
            view.kb,
            &owner,
            &fix.afterwards,
            view.session.device,
            view.case_ui,
        );
    }
}

/// What to set up for next time, on every outcome of a problem that has it.
fn next_time(ui: &mut Ui, view: &mut CaseView<'_>) {
    let Some(next) = view
        .kb
        .problem(&view.session.problem)
        .and_then(|p| p.next_time.as_ref())
    else {
        return;
    };
    ui.add_space(12.0);
    ui.label(RichText::new(&next.title).strong());
    let owner = format!("{}/next_time", view.session.problem);
    step_list(
        view.language,
        ui,
        view.kb,
        &owner,
        &next.steps,
        view.session.device,
        view.case_ui,
    );
}

/// Not fixed: to a technician when the engine says so (the rule reports use too), otherwise what was
/// found.
fn not_fixed(ui: &mut Ui, view: &CaseView<'_>, kiosk: bool) {
    let lang = view.language;
    let outcome = case_outcome(
        view.kb,
        view.session,
        view.model,
        &view.derived.diagnosis.next,
    );
    let (heading, found, nothing_yet) = if outcome == CaseOutcome::Technician {
        (
            t!(lang, "outcome-technician-heading"),
            t!(lang, "outcome-technician-tell"),
            t!(lang, "outcome-technician-nothing-yet"),
        )
    } else {
        (
            t!(lang, "outcome-home-heading"),
            t!(lang, "outcome-home-found"),
            t!(lang, "outcome-home-nothing-yet"),
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
        let line = t!(
            lang,
            "outcome-most-likely-percent",
            cause = top.name.as_str(),
            percent = micdoctor_core::i18n::whole_percent(top.probability)
        );
        ui.label(RichText::new(line).size(18.0));
        if let Some(cause) = view.kb.cause(&top.id) {
            ui.add(egui::Label::new(&cause.explanation).wrap());
        }
    }
    ui.add_space(8.0);
    test_results(ui, lang, &view.derived.tests);
    ui.add_space(8.0);
    ui.label(RichText::new(found).strong());
    let told = told(view);
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
    let case_code = view.session.case_code();
    let code = t!(lang, "outcome-case-code", code = case_code.as_str());
    ui.horizontal(|ui| {
        ui.label(RichText::new(&code).monospace().size(18.0));
        // The same code for the shop's scanner.
        let alt = t!(lang, "outcome-case-code-qr", code = case_code.as_str());
        crate::ui::widgets::qr::qr(ui, &case_code, 3.0, &alt);
    });
    // On a shared kiosk the clipboard would outlive the case.
    if !kiosk
        && hint(ui.button(t!(lang, "outcome-copy-summary")), || {
            t!(lang, "outcome-copy-summary-hover")
        })
        .clicked()
        && let Ok(summary) = micdoctor_core::report::technician_summary(lang, view.kb, view.session)
    {
        ui.ctx().copy_text(summary);
    }
}
