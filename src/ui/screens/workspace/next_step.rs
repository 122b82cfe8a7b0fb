//! The next-step card: a quick check answered Yes / No / Not sure with why it is worth asking, a recording
//! check (the microphone test) with what it saves at the shop and the button that opens it, a fix with
//! its steps and outcome buttons, the hand-over to a technician with why it comes now, or why there is
//! nothing left to do.

use egui::{Button, Frame, RichText, Ui};

use crate::ui::command::Command;
use crate::ui::state::CaseView;
use crate::ui::theme;
use crate::ui::widgets::callout::callout;
use crate::ui::widgets::painted::galley;
use crate::ui::widgets::step_list::step_list;
use crate::ui::widgets::test_results::test_results;
use micdoctor_core::engine::{AnswerBranch, DoneReason, NextStep};
use micdoctor_core::explained::done_reason_text;
use micdoctor_core::kb::FindingKind;
use micdoctor_core::report::handover_reason;
use micdoctor_core::session::{Answer, FixOutcome};

use super::told;
use micdoctor_core::i18n::Language;
use micdoctor_core::t;

/// The card's content: what to do and how (scrolls with the column).
pub fn ui(ui: &mut Ui, view: &mut CaseView<'_>, commands: &mut Vec<Command>) {
    let model = view.model;
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
                NextStep::Measure { check, .. } => measure_card(ui, view, &model.checks[check].id),
                NextStep::Fix { fix } => fix_card(ui, view, &model.fixes[fix].id),
                NextStep::Handover { fix } => handover_card(ui, view, &model.fixes[fix].id),
                NextStep::Done(reason) => done_card(ui, view, reason, commands),
            }
        });
}

/// The answer or outcome buttons, pinned below the card so they never scroll out of reach.
pub fn action_bar(ui: &mut Ui, view: &CaseView<'_>, commands: &mut Vec<Command>) {
    let lang = view.language;
    let model = view.model;
    if let NextStep::Question { finding, .. } = view.derived.diagnosis.next
        && let Some(question) = view.kb.finding(&model.findings[finding].id)
    {
        ui.label(RichText::new(&question.question).strong());
    }
    ui.horizontal_wrapped(|ui| match view.derived.diagnosis.next {
        NextStep::Question { finding, .. } => {
            let id = &model.findings[finding].id;
            for (label, answer) in [
                (t!(lang, "workspace-answer-yes"), Answer::Yes),
                (t!(lang, "workspace-answer-no"), Answer::No),
                (t!(lang, "workspace-answer-not-sure"), Answer::Skipped),
            ] {
                if ui
                    .add(Button::new(RichText::new(label).strong()).min_size(egui::vec2(88.0, 0.0)))
                    .clicked()
                {
                    commands.push(Command::Answer(id.clone(), answer));
                }
            }
            // A check a recording can answer: measure it instead of judging by ear.
            if view.files
                && let Some(check) = view.kb.finding(id).and_then(|f| f.recording_check.clone())
                && ui
                    .add(Button::new(t!(lang, "workspace-measure-instead")))
                    .on_hover_text(t!(lang, "workspace-measure-instead-hint"))
                    .clicked()
            {
                commands.push(Command::OpenRecordingCheck(check));
            }
        }
        NextStep::Handover { fix } => {
            // The shop ends the case: its outcome screen says what to tell them. Declining it is a choice
            // to go on at home, not a skipped step.
            let label = RichText::new(t!(lang, "workspace-take-to-technician"))
                .strong()
                .color(egui::Color32::WHITE);
            if ui.add(Button::new(label).fill(theme::ACCENT)).clicked() {
                commands.push(Command::ShowOutcome);
            }
            if ui.button(t!(lang, "workspace-handover-decline")).clicked() {
                commands.push(Command::Fix(
                    model.fixes[fix].id.clone(),
                    FixOutcome::Skipped,
                ));
            }
        }
        NextStep::Measure { check, .. } => {
            let id = &model.checks[check].id;
            let label = RichText::new(t!(lang, "workspace-measure-start"))
                .strong()
                .color(egui::Color32::WHITE);
            if ui.add(Button::new(label).fill(theme::ACCENT)).clicked() {
                commands.push(Command::OpenRecordingCheck(id.clone()));
            }
            if ui.button(t!(lang, "workspace-measure-skip")).clicked() {
                commands.push(Command::SkipCheck(id.clone()));
            }
        }
        NextStep::Fix { fix } => {
            let id = &model.fixes[fix].id;
            let label = RichText::new(t!(lang, "workspace-fix-worked"))
                .strong()
                .color(egui::Color32::WHITE);
            let fixed = Button::new(label).fill(theme::SUCCESS);
            if ui.add(fixed).clicked() {
                commands.push(Command::Fix(id.clone(), FixOutcome::Fixed));
            }
            if ui.button(t!(lang, "workspace-fix-failed")).clicked() {
                commands.push(Command::Fix(id.clone(), FixOutcome::Failed));
            }
            if ui.button(t!(lang, "workspace-fix-skip")).clicked() {
                commands.push(Command::Fix(id.clone(), FixOutcome::Skipped));
            }
        }
        NextStep::Done(_) => {}
    });
}

fn kicker(ui: &mut Ui, text: &str) {
    ui.label(RichText::new(text).small().strong().color(theme::ACCENT));
}

fn question_card(ui: &mut Ui, view: &mut CaseView<'_>, id: &str) {
    let lang = view.language;
    let Some(finding) = view.kb.finding(id) else {
        return;
    };
    let duration = about(lang, finding.cost_minutes);
    let kicker_text = match finding.kind {
        // A measurement is never asked; were a knowledge base to put one here, it reads as a check.
        FindingKind::Test | FindingKind::Measurement => {
            t!(lang, "workspace-kicker-check", duration = duration)
        }
        FindingKind::Symptom => {
            t!(lang, "workspace-kicker-question", duration = duration)
        }
    };
    kicker(ui, &kicker_text);
    ui.label(RichText::new(&finding.label).size(20.0).strong());
    // Why first, so it is read before the steps; a symptom has no steps (its question, pinned above the
    // buttons, says it all).
    why_ask(ui, view, id);
    step_list(
        lang,
        ui,
        view.kb,
        id,
        &finding.steps,
        view.session.device,
        view.case_ui,
    );
}

/// A recording check proposed as one step: its title and summary, what it saves at the repair shop (a
/// named part is quoted and fitted, an unnamed one diagnosed first). The button below the card opens the
/// check's window, where its steps are shown and the recordings made and measured.
fn measure_card(ui: &mut Ui, view: &mut CaseView<'_>, id: &str) {
    let lang = view.language;
    let model = view.model;
    let Some(check) = view.kb.recording_check(&model.problem, id) else {
        return;
    };
    let minutes = model
        .check_index(id)
        .map_or(0.0, |index| model.checks[index].cost);
    kicker(
        ui,
        &t!(
            lang,
            "workspace-kicker-measure",
            duration = about(lang, minutes)
        ),
    );
    ui.label(RichText::new(&check.title).size(20.0).strong());
    ui.add(egui::Label::new(&check.summary).wrap());
    ui.add_space(4.0);
    callout(
        lang,
        ui,
        theme::ACCENT,
        &t!(lang, "workspace-measure-why-title"),
        &t!(lang, "workspace-measure-why"),
    );
}

/// Why the question is worth asking: what each answer leads to, from the engine's look-ahead.
fn why_ask(ui: &mut Ui, view: &CaseView<'_>, id: &str) {
    let lang = view.language;
    let Some(finding) = view.kb.finding(id) else {
        return;
    };
    let branches = &view.derived.diagnosis.branches;
    if branches.is_empty() {
        return;
    }
    ui.add_space(4.0);
    ui.label(
        RichText::new(t!(lang, "workspace-why-heading"))
            .strong()
            .color(theme::ACCENT),
    );
    let same = branches
        .windows(2)
        .all(|pair| same_step(pair[0].then, pair[1].then));
    if same && branches.len() > 1 {
        let then = then_text(view, &branches[0]);
        ui.add(egui::Label::new(t!(lang, "workspace-why-either", then = then)).wrap());
        return;
    }
    let (yes, no) = (
        t!(lang, "workspace-answer-yes"),
        t!(lang, "workspace-answer-no"),
    );
    // The answer words in a column of their own, so both lines' texts start at the same place.
    let column = [&yes, &no]
        .iter()
        .map(|word| {
            galley(ui, RichText::new(word.as_str()).strong(), f32::INFINITY)
                .size()
                .x
        })
        .fold(0.0, f32::max);
    for branch in branches {
        let (answer, statement) = if branch.yes {
            (&yes, &finding.yes_statement)
        } else {
            (&no, &finding.no_statement)
        };
        let line = t!(
            lang,
            "workspace-why-branch",
            statement = statement.as_str(),
            then = then_text(view, branch)
        );
        ui.horizontal_top(|ui| {
            ui.allocate_ui_with_layout(
                egui::vec2(column, 0.0),
                egui::Layout::left_to_right(egui::Align::Min),
                |ui| {
                    ui.set_min_width(column);
                    ui.label(RichText::new(answer.as_str()).strong());
                },
            );
            ui.add(egui::Label::new(line).wrap());
        });
    }
    ui.add_space(4.0);
}

/// True when two steps ask or do the same thing (a question's score does not count).
fn same_step(a: NextStep, b: NextStep) -> bool {
    match (a, b) {
        (NextStep::Question { finding: x, .. }, NextStep::Question { finding: y, .. }) => x == y,
        _ => a == b,
    }
}

/// Where an answer leads, in words: the check, fix or hand-over the engine would propose after it.
fn then_text(view: &CaseView<'_>, branch: &AnswerBranch) -> String {
    let lang = view.language;
    let model = view.model;
    match branch.then {
        NextStep::Question { finding, .. } => {
            let id = &model.findings[finding].id;
            match view.kb.finding(id) {
                Some(f) if f.kind == FindingKind::Test => {
                    t!(lang, "workspace-why-next-check", title = f.label.as_str())
                }
                Some(f) => {
                    t!(
                        lang,
                        "workspace-why-next-question",
                        title = f.label.as_str()
                    )
                }
                None => t!(lang, "workspace-why-next-check", title = id.as_str()),
            }
        }
        NextStep::Measure { check, .. } => {
            let id = &model.checks[check].id;
            let title = view
                .kb
                .recording_check(&model.problem, id)
                .map_or(id.as_str(), |c| c.title.as_str());
            t!(lang, "workspace-why-next-check", title = title)
        }
        NextStep::Fix { fix } => {
            let id = &model.fixes[fix].id;
            let title = view.kb.fix(id).map_or(id.as_str(), |f| f.title.as_str());
            t!(lang, "workspace-why-next-fix", title = title)
        }
        NextStep::Handover { fix } => {
            let id = &model.fixes[fix].id;
            let title = view.kb.fix(id).map_or(id.as_str(), |f| f.title.as_str());
            t!(lang, "workspace-why-next-handover", title = title)
        }
        NextStep::Done(_) => t!(lang, "workspace-why-next-done"),
    }
}

/// The hand-over: why the shop comes now, what to tell them, the case code, and what to do before going.
fn handover_card(ui: &mut Ui, view: &mut CaseView<'_>, id: &str) {
    let lang = view.language;
    let Some(fix) = view.kb.fix(id) else { return };
    // The visit, plus the shop's own diagnosis while no test names the part: the engine's minutes.
    let minutes = view.derived.report.next.minutes.unwrap_or(fix.cost_minutes);
    kicker(
        ui,
        &t!(
            lang,
            "workspace-kicker-repair",
            duration = about(lang, minutes)
        ),
    );
    ui.label(RichText::new(&fix.title).size(20.0).strong());
    ui.label(&fix.summary);
    ui.add_space(4.0);
    let why = handover_reason(
        lang,
        &view.derived.report,
        view.derived.diagnosis.plan.home_chance,
    );
    callout(
        lang,
        ui,
        theme::WARNING,
        &t!(lang, "workspace-handover-why-title"),
        &why,
    );
    ui.add_space(4.0);
    test_results(ui, lang, &view.derived.tests);
    ui.add_space(4.0);
    ui.label(RichText::new(t!(lang, "outcome-technician-tell")).strong());
    let lines = told(view);
    if lines.is_empty() {
        ui.label(t!(lang, "outcome-technician-nothing-yet"));
    }
    for line in &lines {
        ui.horizontal_top(|ui| {
            ui.label("\u{2022}");
            ui.add(egui::Label::new(line).wrap());
        });
    }
    let code = t!(lang, "outcome-case-code", code = view.session.case_code());
    ui.label(RichText::new(code).monospace().size(18.0));
    ui.add_space(4.0);
    ui.label(RichText::new(t!(lang, "workspace-handover-before")).strong());
    step_list(
        lang,
        ui,
        view.kb,
        id,
        &fix.steps,
        view.session.device,
        view.case_ui,
    );
}

fn fix_card(ui: &mut Ui, view: &mut CaseView<'_>, id: &str) {
    let lang = view.language;
    let Some(fix) = view.kb.fix(id) else { return };
    kicker(
        ui,
        &t!(
            lang,
            "workspace-kicker-fix",
            duration = about(lang, fix.cost_minutes)
        ),
    );
    ui.label(RichText::new(&fix.title).size(20.0).strong());
    ui.label(&fix.summary);
    step_list(
        lang,
        ui,
        view.kb,
        id,
        &fix.steps,
        view.session.device,
        view.case_ui,
    );
}

fn done_card(ui: &mut Ui, view: &CaseView<'_>, reason: DoneReason, commands: &mut Vec<Command>) {
    let lang = view.language;
    kicker(ui, &t!(lang, "workspace-kicker-done"));
    ui.label(done_reason_text(lang, view.kb, view.model, reason));
    ui.horizontal_wrapped(|ui| {
        if !view.session.history.is_empty() && ui.button(t!(lang, "workspace-undo-last")).clicked()
        {
            commands.push(Command::Undo(view.session.history.len() - 1));
        }
        if reason != DoneReason::Contradictory
            && ui.button(t!(lang, "workspace-see-outcome")).clicked()
        {
            commands.push(Command::ShowOutcome);
        }
    });
}

/// "about 30 seconds" under a minute, else "about N min" (N as a short number the language's way: 1, 2.5, 15).
#[must_use]
pub fn about(lang: Language, value: f64) -> String {
    if value < 1.0 {
        t!(
            lang,
            "workspace-about-seconds",
            seconds = (value * 60.0).round()
        )
    } else {
        t!(lang, "workspace-about-minutes", minutes = value)
    }
}
