//! One frame, in phases: derive the case once; draw (menu or kiosk guards, top bar, notice, the screen,
//! windows and dialogs), collecting commands; drop the second half of a double-click; reduce each command
//! on the state; run the effects that came back; then the case store and widget memory.

use egui::{Key, Panel, RichText};

use crate::ui::command::Command;
use crate::ui::kiosk::AppFacts;
use crate::ui::recording::desk::{drop_veil, dropped_files};
use crate::ui::screens::{browse, outcome, start, symptoms, top_bar, workspace};
use crate::ui::state::{Notice, Screen};
use crate::ui::theme;

use super::{MicDoctorApp, Mode};
use micdoctor_core::i18n::Language;
use micdoctor_core::t;

/// A second answer this soon after the first is the other half of a double-click, not a decision.
const DOUBLE_CLICK_SECONDS: f64 = 0.2;

/// Most rounds of effects giving commands giving effects in one frame (a dialog's answer, then a file).
const MAX_ROUNDS: usize = 4;

impl MicDoctorApp {
    /// One frame of the whole window.
    ///
    /// # Panics
    /// Only on purpose, after [`Self::simulate_fault_next_frame`]; `eframe::App::ui` catches it.
    pub fn draw(&mut self, ui: &mut egui::Ui) {
        if self.hooks.exit_if_timing(ui.ctx()) {
            return;
        }
        self.hooks.fail_if_asked();
        let ctx = ui.ctx().clone();
        let was_outcome = self.state.screen == Screen::Outcome;
        let case_before = self.state.case_id();
        // Derive: the diagnosis of this revision of the case, once.
        self.state.refresh();
        // A knowledge base's own pictures, registered once (and again after memory is cleared).
        crate::ui::widgets::illustration::use_pictures_of(&ctx, &self.state.kb);
        self.view_settings = (ctx.options(|o| o.theme_preference), ctx.zoom_factor());

        let mut commands = self.draw_window(ui, &ctx);
        self.drop_double_clicks(&ctx, &mut commands);

        let mut forget = false;
        let edited = !commands.is_empty();
        for _ in 0..MAX_ROUNDS {
            if commands.is_empty() {
                break;
            }
            let effects: Vec<_> = commands
                .drain(..)
                .filter_map(|command| self.state.apply(command))
                .collect();
            for effect in effects {
                forget |= effect == crate::ui::effect::Effect::ForgetCustomer;
                commands.extend(self.run(&ctx, effect));
            }
        }
        if edited {
            // Redraw at once so everything derived from the new session shows in this same frame.
            ctx.request_discard("case-changed");
        }
        if self.recordings.busy() || self.privacy_reading.busy().is_some() {
            // The measuring threads wake the window as they go; this keeps the progress moving between.
            ctx.request_repaint_after(std::time::Duration::from_millis(200));
        }
        self.keep_case(case_before, was_outcome);
        self.hear_from_store();
        if self.state.case_id() != case_before || forget {
            // egui keeps every widget's state (scroll offsets, open sections) until told otherwise; a
            // finished case's states are of no use, and a kiosk would otherwise grow all day. Recordings
            // still being measured belong to the old case.
            self.recordings.clear();
            self.privacy_reading.forget();
            self.phone.close_now();
            ctx.memory_mut(|m| m.data.clear());
        }
    }

    /// Draws everything; returns what the user asked for.
    fn draw_window(&mut self, ui: &mut egui::Ui, ctx: &egui::Context) -> Vec<Command> {
        let lang = self.state.language;
        let now = ctx.input(|i| i.time);
        let mut commands = Vec::new();
        // A menu or popup open as the frame starts takes this frame's Escape (it closes while drawing).
        let popup_was_open = egui::Popup::is_any_open(ctx);
        if let Mode::Desktop(_) = &self.mode {
            let has_case = self.state.session.is_some();
            Panel::top("menu_bar").show(ui, |ui| {
                commands.extend(crate::ui::desktop::DesktopUi::menu(lang, ui, has_case));
            });
        }
        let title = Panel::top("top_bar")
            .show(ui, |ui| {
                ui.add_space(4.0);
                let title = top_bar::ui(ui, &self.state, &mut commands);
                ui.add_space(2.0);
                title
            })
            .inner;
        if let Mode::Kiosk(kiosk) = &mut self.mode {
            kiosk.watch_long_press(ctx, &title, now);
        }
        if let Some(notice) = self.state.notice.clone() {
            let waiting = self.state.waiting_notices.len();
            notice_bar(lang, ui, &notice, waiting, &mut commands);
        }
        let screen_area = egui::CentralPanel::default().show(ui, |ui| match self.state.screen {
            Screen::Start => start::ui(ui, &self.state, &mut commands),
            Screen::Symptoms => symptoms::ui(ui, &mut self.state, &mut commands),
            Screen::Workspace => workspace::ui(ui, &mut self.state, &mut commands),
            Screen::Outcome => outcome::ui(ui, &mut self.state, &mut commands),
            Screen::Browse(tab) => browse::ui(ui, &mut self.state, tab, &mut commands),
        });
        // Windows stay within the screen's area, clear of the bars and the notice below it.
        let screen_area = screen_area.response.rect;
        self.recordings.window(
            ctx,
            screen_area,
            &mut self.state,
            &self.phone,
            &mut commands,
        );
        if let Some(mut view) = self.state.case_view() {
            crate::ui::privacy::window::show(ctx, screen_area, &mut view, &mut commands);
        }
        crate::ui::phone::window::show(lang, ctx, screen_area, &self.phone, &mut commands);
        if self.state.confirming_start_over {
            confirm_start_over(lang, ctx, &mut commands);
        }
        let escape = !self.overlay_open()
            && !popup_was_open
            && ctx.input(|i| i.key_pressed(Key::Escape))
            && !ctx.memory(|m| m.focused().is_some());
        match &mut self.mode {
            Mode::Desktop(desktop) => {
                commands.extend(desktop.dialogs(ctx, &self.state));
                // An App Privacy Report (.ndjson) is read; anything else is a recording to measure.
                let (reports, files): (Vec<_>, Vec<_>) = dropped_files(ctx)
                    .into_iter()
                    .partition(|p| crate::ui::desktop::file_dialog::is_privacy_report(p));
                commands.extend(reports.into_iter().map(Command::ReadPrivacyReport));
                let files: Vec<_> = files.into_iter().map(|p| (p, None)).collect();
                if !files.is_empty() {
                    commands.push(Command::MeasureFiles(files));
                }
                drop_veil(lang, ctx, self.state.session.is_some());
            }
            Mode::Kiosk(kiosk) => {
                let facts = AppFacts {
                    kb: &self.state.kb,
                    kb_source: self.state.kb_source(),
                    kb_version: &self.state.kb.kb_version,
                    something_to_clear: self.state.something_to_clear(),
                };
                if let Some(request) = kiosk.after_frame(lang, ctx, &facts, self.store.as_mut()) {
                    if matches!(request, Command::ResetForNextCustomer) {
                        // Whatever the customer pressed as they left is not carried out.
                        commands.clear();
                    }
                    commands.push(request);
                }
            }
        }
        if escape && let Some(back) = self.back_target() {
            commands.push(back);
        }
        let reading_report = self.privacy_reading.busy().is_some();
        self.phone.poll(
            ctx,
            &self.state,
            &mut self.recordings,
            reading_report,
            &mut commands,
        );
        self.recordings.collect(&self.state, &mut commands);
        self.privacy_reading.collect(&mut commands);
        commands
    }

    /// Keeps only the first of two case edits (answer, fix outcome, undo) within a double-click.
    fn drop_double_clicks(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let now = ctx.input(|i| i.time);
        commands.retain(|command| {
            let edits_case = matches!(
                command,
                Command::Answer(..) | Command::Fix(..) | Command::Undo(_)
            );
            if !edits_case {
                return true;
            }
            let too_soon = now - self.last_case_edit_at < DOUBLE_CLICK_SECONDS;
            if !too_soon {
                self.last_case_edit_at = now;
            }
            !too_soon
        });
    }

    /// Esc goes back one screen (or closes the recording window).
    fn back_target(&self) -> Option<Command> {
        if self.state.case_ui.recording_check.is_some() {
            return Some(Command::CloseRecordingCheck);
        }
        match self.state.screen {
            Screen::Start => None,
            Screen::Symptoms => Some(Command::BackFromSymptoms),
            Screen::Workspace => Some(Command::Go(Screen::Symptoms)),
            Screen::Outcome => Some(Command::BackFromOutcome),
            Screen::Browse(_) => Some(Command::Go(if self.state.session.is_some() {
                Screen::Workspace
            } else {
                Screen::Start
            })),
        }
    }

    /// True while a dialog or overlay owns the keyboard (Esc closes it rather than going back).
    fn overlay_open(&self) -> bool {
        self.state.confirming_start_over
            || match &self.mode {
                Mode::Desktop(desktop) => desktop.dialog_open(),
                Mode::Kiosk(kiosk) => kiosk.staff_overlay_open(),
            }
    }
}

/// The notice bar: news in green, problems in amber, and a way to dismiss it — or, with `waiting` more
/// to tell, to go on to the next.
fn notice_bar(
    lang: Language,
    ui: &mut egui::Ui,
    notice: &Notice,
    waiting: usize,
    commands: &mut Vec<Command>,
) {
    Panel::bottom("notice").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            let color = if notice.is_problem {
                theme::WARNING
            } else {
                theme::SUCCESS
            };
            ui.label(RichText::new(notice.text(lang)).color(color));
            let dismiss = if waiting == 0 {
                t!(lang, "notice-dismiss")
            } else {
                t!(lang, "notice-next", count = waiting)
            };
            if ui.button(dismiss).clicked() {
                commands.push(Command::DismissNotice);
            }
        });
    });
}

/// "Start a new case?" — discarding answers is never silent.
fn confirm_start_over(lang: Language, ctx: &egui::Context, commands: &mut Vec<Command>) {
    let modal = egui::Modal::new(egui::Id::unique("confirm_start_over")).show(ctx, |ui| {
        ui.set_max_width(380.0);
        ui.label(
            RichText::new(t!(lang, "confirm-start-over-title"))
                .size(20.0)
                .strong(),
        );
        ui.label(t!(lang, "confirm-start-over-body"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .add(theme::primary_button(t!(lang, "confirm-start-over-yes")))
                .clicked()
            {
                commands.push(Command::StartOver);
            }
            if ui.button(t!(lang, "confirm-start-over-keep")).clicked() {
                commands.push(Command::CancelStartOver);
            }
        });
    });
    if modal.should_close() && commands.is_empty() {
        commands.push(Command::CancelStartOver);
    }
}
