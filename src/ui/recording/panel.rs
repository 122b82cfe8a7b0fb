//! The recording-check window: how to make the recordings, one row per take (choose or drop a file, its
//! progress while it is measured, what it shows and its picture), and the microphone table once the
//! microphone takes are in.

use egui::{Grid, ProgressBar, RichText, ScrollArea, Ui};

use crate::ui::command::Command;
use crate::ui::phone::{PhoneDesk, card};
use crate::ui::recording::jobs::RecordingJobs;
use crate::ui::recording::plots;
use crate::ui::state::CaseView;
use crate::ui::theme;
use crate::ui::widgets::step_list::step_list;
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::RecordingCheck;
use micdoctor_core::recording::{MicVerdict, Microphone, RecordingRole};
use micdoctor_core::report::{MicLine, RecordingLine, recording_lines};
use micdoctor_core::t;

/// Shows the window of recording check `check` over the case in `view`, within `area` (the screen's,
/// so the notice bar below stays in sight).
pub fn show(
    ctx: &egui::Context,
    area: egui::Rect,
    view: &mut CaseView<'_>,
    check: &RecordingCheck,
    jobs: &RecordingJobs,
    phone: &PhoneDesk,
    commands: &mut Vec<Command>,
) {
    let mut open = true;
    crate::ui::theme::case_window(
        RichText::new(&check.title).strong(),
        ("recording_check", view.case_id % 2),
        &mut open,
        area,
        660.0,
    )
    .show(ctx, |ui| {
        // A scroll bar with its own room: a floating one would lie over the tables' last column.
        ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
        ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| contents(ui, view, check, jobs, phone, commands));
    });
    if !open {
        commands.push(Command::CloseRecordingCheck);
    }
}

fn contents(
    ui: &mut Ui,
    view: &mut CaseView<'_>,
    check: &RecordingCheck,
    jobs: &RecordingJobs,
    phone: &PhoneDesk,
    commands: &mut Vec<Command>,
) {
    let lang = view.language;
    other_checks(ui, view, check, commands);
    ui.label(&check.summary);
    ui.weak(t!(lang, "recording-stays-here"));
    ui.add_space(6.0);
    if view.phone {
        match phone
            .open_bridge()
            .filter(|open| open.is_for_check(&check.id))
        {
            Some(open) => card::show(lang, ui, open, commands),
            None => {
                if ui
                    .add(theme::primary_button(t!(lang, "bridge-open")))
                    .on_hover_text(t!(lang, "bridge-open-hint"))
                    .clicked()
                {
                    commands.push(Command::SendFromPhone(check.id.clone()));
                }
            }
        }
        ui.add_space(6.0);
    }
    let (lines, mics) = recording_lines(lang, view.kb, view.session);
    // How to record them: open until the first take of this check is in, then out of the way.
    let started = check
        .takes
        .iter()
        .any(|t| lines.iter().any(|l| l.role == t.role));
    let device = view.session.device;
    egui::CollapsingHeader::new(RichText::new(t!(lang, "recording-how")).strong())
        .id_salt(("how", &check.id, started))
        .default_open(!started)
        .show(ui, |ui| {
            step_list(
                lang,
                ui,
                view.kb,
                &check.id,
                &check.steps,
                device,
                view.case_ui,
            );
        });
    // The answer first: the microphone table, once a microphone take is in.
    let mic_check = check
        .takes
        .iter()
        .any(|t| matches!(t.role, RecordingRole::Microphone(_)));
    if mic_check && !mics.is_empty() {
        ui.separator();
        let table = ui.scope(|ui| mic_table(lang, ui, &mics)).response;
        // The moment the third take completes the comparison, bring it into view: the person is
        // usually scrolled down at the take they just gave.
        let takes = lines
            .iter()
            .filter(|l| matches!(l.role, RecordingRole::Microphone(_)))
            .count();
        let seen = egui::Id::unique(("mic_takes_seen", &check.id, view.case_id));
        let before = ui.data(|d| d.get_temp::<usize>(seen)).unwrap_or(takes);
        if takes == Microphone::ALL.len() && before < takes {
            table.scroll_to_me(Some(egui::Align::TOP));
        }
        ui.data_mut(|d| d.insert_temp(seen, takes));
    }
    ui.add_space(8.0);
    for take in &check.takes {
        ui.separator();
        ui.label(RichText::new(&take.label).size(17.0).strong());
        ui.label(&take.prompt);
        let line = lines.iter().find(|l| l.role == take.role);
        if let Some(job) = jobs.pending().find(|j| j.role == take.role) {
            ui.add(ProgressBar::new(job.progress()).show_percentage().text(t!(
                lang,
                "recording-measuring",
                file = job.file.as_str()
            )));
        } else if let Some(line) = line {
            measured(lang, ui, line);
        }
        // A kiosk offers no files: its recordings come from the phone.
        if view.files {
            ui.horizontal_wrapped(|ui| {
                let label = if line.is_some() {
                    t!(lang, "recording-choose-another")
                } else {
                    t!(lang, "recording-choose")
                };
                if ui.add(theme::primary_button(label)).clicked() {
                    commands.push(Command::ChooseRecording(Some(take.role)));
                }
                ui.weak(t!(lang, "recording-drop-hint"));
            });
        }
        if let Some(line) = line
            && jobs.pending().all(|j| j.role != take.role)
        {
            egui::CollapsingHeader::new(t!(lang, "recording-picture"))
                .id_salt(("picture", role_key(take.role)))
                // The recording that failed is the one to look at; the takes are compared in the table.
                .default_open(take.role == RecordingRole::Failed)
                .show(ui, |ui| {
                    plots::pictures(lang, ui, role_key(take.role), &line.measurement);
                });
        }
    }
    ui.add_space(10.0);
    if ui.button(t!(lang, "recording-close")).clicked() {
        commands.push(Command::CloseRecordingCheck);
    }
}

/// The problem's recording checks as tabs, when it has more than one.
fn other_checks(
    ui: &mut Ui,
    view: &CaseView<'_>,
    check: &RecordingCheck,
    commands: &mut Vec<Command>,
) {
    let Some(problem) = view.kb.problem(&view.session.problem) else {
        return;
    };
    if problem.recording_checks.len() < 2 {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        for other in &problem.recording_checks {
            let shown = other.id == check.id;
            if ui.selectable_label(shown, &other.title).clicked() && !shown {
                commands.push(Command::OpenRecordingCheck(other.id.clone()));
            }
        }
    });
    ui.separator();
}

/// A stable name for a role, for widget ids.
fn role_key(role: RecordingRole) -> &'static str {
    match role {
        RecordingRole::Failed => "failed",
        RecordingRole::Microphone(Microphone::Bottom) => "bottom",
        RecordingRole::Microphone(Microphone::Front) => "front",
        RecordingRole::Microphone(Microphone::Rear) => "rear",
    }
}

/// A measured take: its file, what it shows, and its figures.
fn measured(lang: Language, ui: &mut Ui, line: &RecordingLine) {
    ui.label(
        RichText::new(t!(
            lang,
            "recording-measured",
            file = line.file.as_str(),
            format = line.format.as_str(),
            verdicts = line.verdicts.join(", ")
        ))
        .strong(),
    );
    for shown in &line.shows {
        ui.label(format!("• {shown}"));
    }
    egui::CollapsingHeader::new(t!(lang, "recording-figures"))
        .id_salt(("figures", role_key(line.role)))
        .show(ui, |ui| {
            // Columns no wider than a third of the window each, their words wrapped: opening the
            // figures never widens the window.
            let column = (ui.available_width() / 3.0 - 12.0).max(80.0);
            Grid::new(("figure_grid", role_key(line.role)))
                .striped(true)
                .num_columns(3)
                .max_col_width(column)
                .show(ui, |ui| {
                    ui.strong(t!(lang, "recording-column-figure"));
                    ui.strong(t!(lang, "recording-column-value"));
                    ui.strong(t!(lang, "recording-column-threshold"));
                    ui.end_row();
                    for row in &line.figures {
                        ui.add(egui::Label::new(&row.label).wrap());
                        ui.add(egui::Label::new(&row.value).wrap());
                        ui.add(egui::Label::new(RichText::new(&row.threshold).weak()).wrap());
                        ui.end_row();
                    }
                });
        });
}

/// One row per microphone: level, high band, clipping and the verdict with its reasons.
fn mic_table(lang: Language, ui: &mut Ui, mics: &[MicLine]) {
    ui.label(
        RichText::new(t!(lang, "report-section-microphones"))
            .size(17.0)
            .strong(),
    );
    Grid::new("mic_table")
        .striped(true)
        .num_columns(5)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            ui.strong(t!(lang, "recording-column-microphone"));
            ui.strong(t!(lang, "analyze-figure-level"));
            ui.strong(t!(lang, "analyze-figure-high-band"));
            ui.strong(t!(lang, "analyze-figure-clipped"));
            ui.strong(t!(lang, "recording-column-verdict"));
            ui.end_row();
            for line in mics {
                ui.label(&line.label);
                ui.label(&line.level);
                ui.label(&line.high_band);
                ui.label(&line.clipped);
                let color = match line.verdict {
                    MicVerdict::Pass => theme::SUCCESS,
                    MicVerdict::Weak => theme::WARNING,
                    MicVerdict::Fail => egui::Color32::from_rgb(0xDC, 0x26, 0x26),
                };
                let verdict = if line.reasons.is_empty() {
                    line.verdict_name.clone()
                } else {
                    format!("{}: {}", line.verdict_name, line.reasons.join(", "))
                };
                ui.label(RichText::new(verdict).color(color).strong());
                ui.end_row();
            }
        });
    if mics.len() < Microphone::ALL.len() {
        ui.weak(t!(lang, "recording-mics-incomplete"));
    }
}
