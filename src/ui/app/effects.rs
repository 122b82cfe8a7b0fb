//! Where effects happen: file dialogs, knowledge-base files opened, reports written, recordings
//! measured, windows shown or closed — each effect the reducer returned, carried out in this one place,
//! with what came of it handed back as commands. Also the shop's case log, once a case reaches its
//! outcome.

use crate::ui::command::Command;
use crate::ui::desktop;
use crate::ui::effect::Effect;
use crate::ui::state::{Notice, Screen};

use super::{MicDoctorApp, Mode};

impl MicDoctorApp {
    /// Carries out `effect`; returns the commands that came of it (a file chosen, a measurement made …).
    pub(super) fn run(&mut self, ctx: &egui::Context, effect: Effect) -> Vec<Command> {
        let mut commands = Vec::new();
        if effect == Effect::ForgetCustomer {
            // The frame clears widget memory and recordings once it is done with this customer.
            return commands;
        }
        if effect == Effect::Quit {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return commands;
        }
        // Every other effect is a file or a dialog: the desktop's.
        let Mode::Desktop(desktop) = &mut self.mode else {
            return commands;
        };
        match effect {
            Effect::ChooseKb => commands.extend(desktop.choose_kb()),
            Effect::OpenKb(path) => commands.extend(desktop.open_kb(&path)),
            Effect::ChooseReportFile => {
                if let Some(session) = &self.state.session {
                    commands.extend(desktop.choose_report_file(session));
                }
            }
            Effect::SaveReport(path) => {
                if let Some(session) = &self.state.session {
                    let notice = desktop::save_report(&path, &self.state.kb, session);
                    commands.push(Command::Notify(notice));
                }
            }
            Effect::ChooseRecording(take) => commands.extend(desktop.choose_recording(take)),
            Effect::Measure(files) => {
                self.recordings
                    .take_files(ctx, &self.state, files, &mut commands);
            }
            Effect::ShowShortcuts => desktop.show_shortcuts(),
            Effect::ShowAbout => desktop.show_about(),
            Effect::Quit | Effect::ForgetCustomer => {}
        }
        commands
    }

    /// Appends the case to the shop's log when it just reached its outcome (config `case_log_dir`).
    pub(super) fn log_if_finished(&mut self, was_outcome: bool) {
        if was_outcome || self.state.screen != Screen::Outcome {
            return;
        }
        let (Some(dir), Some(session)) = (&self.case_log_dir, &self.state.session) else {
            return;
        };
        let logged = crate::case_log::entry(&self.state.kb, session, crate::session::unix_now())
            .map_err(|err| err.to_string())
            .and_then(|entry| crate::case_log::append(dir, &entry).map_err(|err| err.to_string()));
        if let Err(err) = logged {
            let message = crate::t!(
                "notice-case-not-logged",
                code = session.case_code(),
                error = err
            );
            match &mut self.mode {
                Mode::Kiosk(kiosk) => kiosk.staff_messages.push(message),
                Mode::Desktop(_) => self.state.notice = Some(Notice::problem(message)),
            }
        }
    }
}
