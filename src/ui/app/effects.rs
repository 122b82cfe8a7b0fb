//! Where effects happen: file dialogs, knowledge-base files opened, reports written, recordings
//! measured, windows shown or closed — each effect the reducer returned, carried out in this one place,
//! with what came of it handed back as commands. Also the shop's case store: each case is sent to the
//! store thread when it starts and at every outcome, and what the thread answers is read every frame —
//! the UI thread itself never opens, reads or writes the store.

use micdoctor_store::{Done, Job, Keeper, Pending, Snapshot, StaffAction, StoreWriter};

use crate::ui::command::Command;
use crate::ui::desktop;
use crate::ui::effect::Effect;
use crate::ui::state::{Notice, Screen, notice};
use micdoctor_core::t;

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
            Effect::OpenPhoneBridge(ask) => {
                commands.extend(self.phone.open(ctx, &self.state, ask));
                return commands;
            }
            Effect::ClosePhoneBridge(only) => {
                self.phone.close_when_done(only.as_ref());
                return commands;
            }
            Effect::RefuseUpload(id) => {
                self.phone.refuse(id);
                return commands;
            }
            // A report chosen here or sent from the phone (a kiosk's only way): read off the UI thread.
            Effect::ReadPrivacyReport(path) => {
                let repaint = ctx.clone();
                self.privacy_reading
                    .start(path, self.state.case_id(), move || {
                        repaint.request_repaint();
                    });
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
            Effect::ChoosePrivacyReport => commands.extend(desktop.choose_privacy_report(lang)),
            Effect::ShowShortcuts => desktop.show_shortcuts(),
            Effect::ShowAbout => desktop.show_about(),
            Effect::Quit
            | Effect::ForgetCustomer
            | Effect::OpenPhoneBridge(_)
            | Effect::ClosePhoneBridge(_)
            | Effect::RefuseUpload(_)
            | Effect::ReadPrivacyReport(_) => {}
        }
        commands
    }

    /// Writes cases to the store from now on, through a thread of its own (`None`: never).
    pub(super) fn open_store(
        &mut self,
        ctx: &egui::Context,
        location: Option<micdoctor_store::StoreLocation>,
    ) {
        self.store = location.and_then(|location| self.store_thread(ctx, Keeper::new(location)));
    }

    /// The store thread working through `keeper`, waking the window whenever it has done something.
    pub(super) fn store_thread(
        &mut self,
        ctx: &egui::Context,
        keeper: Keeper,
    ) -> Option<StoreWriter> {
        let ctx = ctx.clone();
        match StoreWriter::with_keeper(keeper, Box::new(move || ctx.request_repaint())) {
            Ok(writer) => Some(writer),
            Err(err) => {
                let message = notice!(
                    problem,
                    "kiosk-cases-store-unusable",
                    error = err.to_string()
                );
                self.tell_staff(message);
                None
            }
        }
    }

    /// Moves an older case log (`case_log_dir/cases.jsonl`) into the store, once; the store thread says
    /// how it went.
    pub(super) fn import_old_log(&mut self, dir: Option<&std::path::Path>) {
        if let (Some(dir), Some(store)) = (dir, &mut self.store) {
            store.send(Job::ImportCaseLog(dir.to_owned()));
        }
    }

    /// Logs, in the store's staff log, that learned priors are in force (config `learned`).
    pub(super) fn log_learned(&mut self, file: &std::path::Path) {
        let (Some(note), Some(store)) = (self.state.kb.learned.clone(), &mut self.store) else {
            return;
        };
        store.send(Job::Log(StaffAction {
            at: micdoctor_core::session::unix_now(),
            staff: "config".to_owned(),
            action: "apply_learned".to_owned(),
            detail: format!("{}: {} cases", file.display(), note.cases),
        }));
    }

    /// Reads what the store thread has done since the last frame: a case kept or still waiting, a code
    /// drawn again, an old log imported, and the staff desk's answers. Never waits.
    pub(super) fn hear_from_store(&mut self) {
        let Some(store) = &self.store else {
            return;
        };
        let lang = self.state.language;
        let location = store.location().to_string();
        for done in store.take_done() {
            let done = match &mut self.mode {
                Mode::Kiosk(kiosk) => kiosk.receive_store(lang, done),
                Mode::Desktop(_) => Some(done),
            };
            match done {
                Some(Done::Kept {
                    code,
                    result,
                    renamed,
                }) => {
                    for (old, new) in renamed {
                        self.case_renamed(&old, new);
                    }
                    if let Err(err) = result {
                        let error = err.in_words(lang);
                        let message = notice!(
                            problem,
                            "notice-case-not-logged",
                            code = code,
                            error = error
                        );
                        self.tell_staff(message);
                    }
                }
                Some(Done::Logged(Err(err))) => {
                    let error = err.in_words(lang);
                    let message = notice!(problem, "kiosk-cases-store-unusable", error = error);
                    self.tell_staff(message);
                }
                Some(Done::Imported(Ok(Some(events)))) => {
                    let store = location.clone();
                    let message = notice!(
                        info,
                        "notice-case-log-imported",
                        events = events,
                        store = store
                    );
                    self.tell_staff(message);
                }
                Some(Done::Imported(Err(err))) => {
                    let error = err.in_words(lang);
                    let message = notice!(problem, "notice-case-log-not-imported", error = error);
                    self.tell_staff(message);
                }
                _ => {}
            }
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
        let (Some(store), Some(session)) = (&mut self.store, &self.state.session) else {
            return;
        };
        let now = micdoctor_core::session::unix_now();
        // The report is worded here (the knowledge base lives on this thread); writing it is the store
        // thread's.
        match Snapshot::new(lang, &self.state.kb, session, now) {
            Ok(snapshot) => store.send(Job::Keep(Box::new(Pending {
                start: started,
                at: now,
                snapshot,
            }))),
            Err(err) => {
                let code = session.case_code().clone();
                self.tell_staff(Notice::problem(move |language| {
                    t!(
                        language,
                        "notice-case-not-logged",
                        code = code.as_str(),
                        error = err.in_words(language)
                    )
                }));
            }
        }
    }

    /// The store gave case `old` the code `new` (its own was another case's): the session takes it, and
    /// staff are told.
    fn case_renamed(&mut self, old: &str, new: String) {
        if let Some(session) = &mut self.state.session
            && session.case_code() == old
        {
            session.set_case_code(new.clone());
        }
        let old = old.to_owned();
        let message = notice!(info, "notice-case-code-changed", old = old, new = new);
        self.tell_staff(message);
    }

    /// Staff news: the staff desk's messages at a kiosk, the notice bar on a desktop.
    pub(super) fn tell_staff(&mut self, notice: Notice) {
        let lang = self.state.language;
        match &mut self.mode {
            Mode::Kiosk(kiosk) => kiosk.staff_messages.push(notice.text(lang)),
            Mode::Desktop(_) => self.state.tell(notice),
        }
    }
}
