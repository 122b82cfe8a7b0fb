//! Where effects happen: file dialogs, knowledge-base files opened, reports written, recordings
//! measured, windows shown or closed — each effect the reducer returned, carried out in this one place,
//! with what came of it handed back as commands. Also the shop's case store: each case is written when
//! it starts and at every outcome.

use micdoctor_store::{Keeper, Pending, StaffAction, import_case_log_once};

use crate::ui::command::Command;
use crate::ui::desktop;
use crate::ui::effect::Effect;
use crate::ui::state::{Notice, Screen, notice};

use super::{MicDoctorApp, Mode};

impl MicDoctorApp {
    /// Carries out `effect`; returns the commands that came of it (a file chosen, a measurement made …).
    pub(super) fn run(&mut self, ctx: &egui::Context, effect: Effect) -> Vec<Command> {
        let lang = self.state.language;
        let mut commands = Vec::new();
        if effect == Effect::ForgetCustomer {
            // The frame clears widget memory and recordings once it is done with this customer.
            return commands;
        }
        if effect == Effect::Quit {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return commands;
        }
        // The phone bridge works at a desktop and at a kiosk.
        match effect {
            Effect::OpenPhoneBridge(check) => {
                commands.extend(self.phone.open(ctx, &self.state, &check));
                return commands;
            }
            Effect::ClosePhoneBridge => {
                self.phone.close_when_done();
                return commands;
            }
            Effect::RefuseUpload(id) => {
                self.phone.refuse(id);
                return commands;
            }
            _ => {}
        }
        // Every other effect is a file or a dialog: the desktop's.
        let Mode::Desktop(desktop) = &mut self.mode else {
            return commands;
        };
        match effect {
            Effect::ChooseKb => commands.extend(desktop.choose_kb(lang)),
            Effect::OpenKb(path) => commands.extend(desktop.open_kb(&path)),
            Effect::ChooseReportFile => {
                if let Some(session) = &self.state.session {
                    commands.extend(desktop.choose_report_file(lang, session));
                }
            }
            Effect::SaveReport(path) => {
                if let Some(session) = &self.state.session {
                    let notice = desktop::save_report(lang, &path, &self.state.kb, session);
                    commands.push(Command::Notify(notice));
                }
            }
            Effect::ChooseRecording(take) => commands.extend(desktop.choose_recording(lang, take)),
            Effect::Measure(files) => {
                self.recordings
                    .take_files(ctx, &self.state, files, &mut commands);
            }
            Effect::ShowShortcuts => desktop.show_shortcuts(),
            Effect::ShowAbout => desktop.show_about(),
            Effect::Quit
            | Effect::ForgetCustomer
            | Effect::OpenPhoneBridge(_)
            | Effect::ClosePhoneBridge
            | Effect::RefuseUpload(_) => {}
        }
        commands
    }

    /// Writes cases to the store from now on (`None`: never).
    pub(super) fn open_store(&mut self, location: Option<micdoctor_store::StoreLocation>) {
        self.keeper = location.map(Keeper::new);
    }

    /// Moves an older case log (`case_log_dir/cases.jsonl`) into the store, once, and says so.
    pub(super) fn import_old_log(&mut self, dir: Option<&std::path::Path>) {
        let (Some(dir), Some(keeper)) = (dir, &mut self.keeper) else {
            return;
        };
        let message = match import_case_log_once(keeper, dir) {
            Ok(None) => return,
            Ok(Some(events)) => notice!(
                info,
                "notice-case-log-imported",
                events = events,
                store = keeper.location().to_string()
            ),
            Err(err) => notice!(
                problem,
                "notice-case-log-not-imported",
                error = err.to_string()
            ),
        };
        self.tell_staff(message);
    }

    /// Logs, in the store's staff log, that learned priors are in force (config `learned`).
    pub(super) fn log_learned(&mut self, file: Option<&std::path::Path>) {
        let (Some(file), Some(note), Some(keeper)) =
            (file, self.state.kb.learned.clone(), &mut self.keeper)
        else {
            return;
        };
        let logged = keeper.store().and_then(|store| {
            store.log_staff(&StaffAction {
                at: micdoctor_core::session::unix_now(),
                staff: "config".to_owned(),
                action: "apply_learned".to_owned(),
                detail: format!("{}: {} cases", file.display(), note.cases),
            })
        });
        if let Err(err) = logged {
            let message = notice!(
                problem,
                "kiosk-cases-store-unusable",
                error = err.to_string()
            );
            self.tell_staff(message);
        }
    }

    /// Writes the case to the store when it has just started or just reached its outcome. A store that
    /// cannot take it now keeps it queued in memory (written with the next case that gets through), and
    /// staff are told.
    pub(super) fn keep_case(&mut self, case_before: u64, was_outcome: bool) {
        let lang = self.state.language;
        let started = self.state.case_id() != case_before;
        let finished = !was_outcome && self.state.screen == Screen::Outcome;
        if !(started || finished) {
            return;
        }
        let (Some(keeper), Some(session)) = (&mut self.keeper, &self.state.session) else {
            return;
        };
        let now = micdoctor_core::session::unix_now();
        let written = micdoctor_core::case_log::entry(lang, &self.state.kb, session, now)
            .map_err(|err| err.to_string())
            .and_then(|entry| serde_json::to_value(&entry).map_err(|err| err.to_string()))
            .and_then(|report| {
                keeper
                    .write(Pending {
                        code: session.case_code(),
                        problem: session.problem.to_string(),
                        started_at: session.started_at,
                        at: now,
                        report,
                    })
                    .map_err(|err| err.to_string())
            });
        if let Err(err) = written {
            let message = notice!(
                problem,
                "notice-case-not-logged",
                code = session.case_code(),
                error = err
            );
            self.tell_staff(message);
        }
    }

    /// Staff news: the staff panel's messages at a kiosk, the notice bar on a desktop.
    fn tell_staff(&mut self, notice: Notice) {
        let lang = self.state.language;
        match &mut self.mode {
            Mode::Kiosk(kiosk) => kiosk.staff_messages.push(notice.text(lang)),
            Mode::Desktop(_) => self.state.notice = Some(notice),
        }
    }
}
