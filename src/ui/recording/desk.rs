//! Where recordings come in: files dropped on the window or chosen in a dialog are handed to the jobs
//! for the right take, finished jobs become commands (the measurement as evidence, or a plain-words
//! problem with the case unchanged), and the recording-check window is drawn while it is open.

use std::path::PathBuf;

use egui::{Align2, Color32, FontId, Id, LayerId, Order};

use crate::ui::command::Command;
use crate::ui::phone::PhoneDesk;
use crate::ui::recording::jobs::RecordingJobs;
use crate::ui::recording::panel;
use crate::ui::state::{AppState, Notice};
use micdoctor_core::i18n::Language;
use micdoctor_core::recording::RecordingRole;
use micdoctor_core::report::verdict_name;
use micdoctor_core::t;

/// The recordings of the window: the ones being measured, and what to do with new ones.
#[derive(Default)]
pub struct RecordingDesk {
    pub jobs: RecordingJobs,
}

/// The files dropped on the window this frame.
#[must_use]
pub fn dropped_files(ctx: &egui::Context) -> Vec<PathBuf> {
    ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_owned())
            .collect()
    })
}

/// While a file is dragged over the window: a veil saying what dropping it does.
pub fn drop_veil(lang: Language, ctx: &egui::Context, can_take: bool) {
    if ctx.input(|i| i.raw.hovered_files.is_empty()) {
        return;
    }
    let painter = ctx.layer_painter(LayerId::new(Order::Foreground, Id::unique("drop_veil")));
    let screen = ctx.content_rect();
    painter.rect_filled(screen, 0.0, Color32::from_black_alpha(170));
    let text = if can_take {
        t!(lang, "recording-drop-here")
    } else {
        t!(lang, "notice-recording-needs-case")
    };
    painter.text(
        screen.center(),
        Align2::CENTER_CENTER,
        text,
        FontId::proportional(24.0),
        Color32::WHITE,
    );
}

impl RecordingDesk {
    /// Starts measuring `files`, each for its take (or the take the state picks), and opens the check
    /// that shows its progress. Without a case, nothing is measured (the reducer has told the user why).
    pub fn take_files(
        &mut self,
        ctx: &egui::Context,
        state: &AppState,
        files: Vec<(PathBuf, Option<RecordingRole>)>,
        commands: &mut Vec<Command>,
    ) {
        if files.is_empty() || state.session.is_none() {
            return;
        }
        let mut open_check = None;
        for (path, take) in files {
            let role =
                take.unwrap_or_else(|| state.take_for_new_file(|role| self.jobs.is_pending(role)));
            let repaint = ctx.clone();
            self.jobs.start(path, role, state.case_id(), move || {
                repaint.request_repaint_after(std::time::Duration::from_millis(30));
            });
            if let Some(check) = state.recording_check_for(role) {
                open_check.get_or_insert_with(|| check.id.clone());
            }
        }
        if let Some(check) = open_check
            && state.case_ui.recording_check.as_deref() != Some(check.as_str())
        {
            commands.push(Command::OpenRecordingCheck(check));
        }
    }

    /// What the jobs finished since the last frame, as commands; results for another case are dropped.
    pub fn collect(&mut self, state: &AppState, commands: &mut Vec<Command>) {
        for finished in self.jobs.collect() {
            if state.session.is_none() || finished.case_id != state.case_id() {
                continue;
            }
            match finished.result {
                Ok(measurement) => {
                    let verdicts = measurement.judgement().verdicts;
                    let file = measurement.file.clone();
                    // The verdicts' names are said in the window's language whenever the notice is read.
                    commands.push(Command::Notify(Notice::info(move |lang| {
                        let names: Vec<String> =
                            verdicts.iter().map(|&v| verdict_name(lang, v)).collect();
                        t!(
                            lang,
                            "notice-recording-measured",
                            file = file.as_str(),
                            verdicts = names.join(", ")
                        )
                    })));
                    commands.push(Command::Recorded(finished.role, Box::new(measurement)));
                }
                Err(err) => commands.push(Command::Notify(Notice::problem(move |lang| {
                    t!(
                        lang,
                        "notice-recording-unusable",
                        error = err.in_words(lang)
                    )
                }))),
            }
        }
    }

    /// True while a recording is being measured (the window keeps repainting for its progress).
    #[must_use]
    pub fn busy(&self) -> bool {
        self.jobs.pending().next().is_some()
    }

    /// The recording-check window, while one is open.
    pub fn window(
        &self,
        ctx: &egui::Context,
        area: egui::Rect,
        state: &mut AppState,
        phone: &PhoneDesk,
        commands: &mut Vec<Command>,
    ) {
        let Some(check) = state.open_recording_check().cloned() else {
            return;
        };
        if let Some(mut view) = state.case_view() {
            panel::show(ctx, area, &mut view, &check, &self.jobs, phone, commands);
        }
    }

    /// Forgets every recording being measured (a new case, the kiosk's next customer).
    pub fn clear(&mut self) {
        self.jobs.clear();
    }
}
