//! The reducer: [`AppState::apply`] carries out one command on the state, with no egui and no I/O, and
//! returns what needs the world outside as an [`Effect`] for the frame to run.

use crate::ui::command::Command;
use crate::ui::effect::{Effect, PhoneAsk};
use micdoctor_core::engine::{DoneReason, NextStep};
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::{DeviceProfile, OpenedKb};
use micdoctor_core::session::{Answer, Event, FixOutcome, Session, unix_now};

use super::{AppState, CaseUi, Screen, notice};

impl AppState {
    /// Carries out `command`; returns what must happen outside the state, if anything. A kiosk offers no
    /// files, dialogs or quitting, so those commands do nothing there.
    pub fn apply(&mut self, command: Command) -> Option<Effect> {
        match command {
            Command::Go(screen) => self.screen = screen,
            Command::StartCase(problem) => {
                let session = Session::new(
                    &problem,
                    self.preferred_device,
                    &self.kb.kb_version,
                    unix_now(),
                );
                self.open_case(session, Screen::Symptoms);
            }
            Command::ResumeCase => {
                if let Some(session) = self.resumable.take() {
                    self.preferred_device = session.device;
                    self.open_case(session, Screen::Workspace);
                }
            }
            Command::DiscardResumable => self.resumable = None,
            Command::SetLanguage(language) => self.set_language(language),
            Command::SetDevice(device) => {
                self.preferred_device = device;
                if let Some(session) = &mut self.session {
                    session.set_device(device);
                }
            }
            Command::ToggleSymptom(finding) => {
                if let Some(session) = &mut self.session {
                    if session.answer_to(&finding) == Some(Answer::Yes) {
                        session.clear_answer(&finding);
                    } else {
                        session.answer(&finding, Answer::Yes, unix_now());
                    }
                }
            }
            Command::Answer(finding, answer) => {
                if let Some(session) = &mut self.session {
                    session.answer(&finding, answer, unix_now());
                }
            }
            Command::SkipCheck(check) => {
                if let Some(session) = &mut self.session {
                    session.skip_check(&check, unix_now());
                }
            }
            Command::Fix(fix, outcome) => {
                if let Some(session) = &mut self.session {
                    session.record_fix(&fix, outcome, unix_now());
                }
                self.follow_outcome();
            }
            Command::Undo(index) => {
                if let Some(session) = &mut self.session {
                    session.undo(index);
                }
                if self.screen == Screen::Outcome {
                    self.screen = Screen::Workspace;
                }
            }
            Command::ShowOutcome => self.screen = Screen::Outcome,
            Command::BackFromOutcome => self.back_from_outcome(),
            Command::BackFromSymptoms => {
                let has_answers = self.session.as_ref().is_some_and(|s| !s.history.is_empty());
                self.screen = if has_answers {
                    Screen::Workspace
                } else {
                    Screen::Start
                };
                if !has_answers {
                    self.session = None;
                }
            }
            Command::ConfirmStartOver => self.confirming_start_over = true,
            Command::CancelStartOver => self.confirming_start_over = false,
            Command::StartOver => self.start_over(),
            Command::OpenRecordingCheck(check) => self.case_ui.recording_check = Some(check),
            Command::PrivacyReportRead {
                case_id,
                file,
                report,
            } => {
                if case_id == self.case_id() && self.session.is_some() {
                    self.case_ui.privacy = Some(crate::ui::privacy::PrivacyDesk::new(file, report));
                    self.keep_privacy_evidence();
                }
            }
            Command::OpenPrivacyReport | Command::ClosePrivacyReport => {
                let open = matches!(command, Command::OpenPrivacyReport);
                if let Some(desk) = &mut self.case_ui.privacy {
                    desk.open = open;
                }
            }
            Command::MarkPrivacyMoment(mark) => {
                if let Some(desk) = &mut self.case_ui.privacy {
                    desk.mark = mark;
                    self.keep_privacy_evidence();
                }
            }
            Command::RecognisePrivacyUse(id, known) => {
                if let Some(desk) = &mut self.case_ui.privacy {
                    if known {
                        desk.recognised.mark(id);
                    } else {
                        desk.recognised.unmark(id);
                    }
                    self.keep_privacy_evidence();
                }
            }
            Command::CloseRecordingCheck => {
                // The QR card lives in the window: no window, no card, and the bridge for its check
                // stops (one for the App Privacy Report has a window of its own).
                return self
                    .case_ui
                    .recording_check
                    .take()
                    .map(|check| Effect::ClosePhoneBridge(Some(PhoneAsk::Check(check))));
            }
            Command::SendFromPhone(check) => {
                if self.session.is_none() || !self.phone_bridge {
                    return None;
                }
                self.case_ui.recording_check = Some(check.clone());
                return Some(Effect::OpenPhoneBridge(PhoneAsk::Check(check)));
            }
            Command::SendPrivacyReportFromPhone => {
                if self.session.is_none() || !self.phone_bridge {
                    return None;
                }
                return Some(Effect::OpenPhoneBridge(PhoneAsk::PrivacyReport));
            }
            Command::PrivacyReportArrived(path) => {
                // From the phone: at a kiosk too, which has no other way to get a file.
                return self
                    .session
                    .as_ref()
                    .map(|_| Effect::ReadPrivacyReport(path));
            }
            Command::StopPhoneBridge => return Some(Effect::ClosePhoneBridge(None)),
            Command::RefuseUpload(id) => return Some(Effect::RefuseUpload(id)),
            Command::Recorded(role, measurement) => {
                if let Some(session) = &mut self.session {
                    session.record_recording(role, *measurement, unix_now());
                }
            }
            Command::Notify(notice) => self.notice = Some(notice),
            Command::DismissNotice => {
                self.notice =
                    (!self.waiting_notices.is_empty()).then(|| self.waiting_notices.remove(0));
            }
            Command::UseKb(opened, path) => self.use_kb(*opened, path),
            Command::ResetForNextCustomer => {
                self.reset_for_next_customer();
                return Some(Effect::ForgetCustomer);
            }
            outside => return self.outside(outside),
        }
        None
    }

    /// Puts what the case's App Privacy Report shows now into the case, as one history entry.
    fn keep_privacy_evidence(&mut self) {
        if let (Some(desk), Some(session)) = (&self.case_ui.privacy, &mut self.session) {
            session.record_privacy_report(desk.kept(), unix_now());
        }
    }

    /// The commands that need files, dialogs or the window: their effect, or nothing in a kiosk.
    fn outside(&mut self, command: Command) -> Option<Effect> {
        if self.kiosk {
            return None;
        }
        match command {
            Command::ChooseKb => Some(Effect::ChooseKb),
            Command::OpenKbFile(path) => Some(Effect::OpenKb(path)),
            Command::SaveReport => self.session.as_ref().map(|_| Effect::ChooseReportFile),
            Command::SaveReportTo(path) => self.session.as_ref().map(|_| Effect::SaveReport(path)),
            Command::ChooseRecording(take) => Some(Effect::ChooseRecording(take)),
            Command::MeasureFiles(files) if files.is_empty() => None,
            Command::MeasureFiles(files) => {
                if self.session.is_none() {
                    self.notice = Some(notice!(problem, "notice-recording-needs-case"));
                    return None;
                }
                Some(Effect::Measure(files))
            }
            Command::ChoosePrivacyReport => Some(Effect::ChoosePrivacyReport),
            Command::ReadPrivacyReport(path) => {
                if self.session.is_none() {
                    self.notice = Some(notice!(problem, "notice-recording-needs-case"));
                    return None;
                }
                Some(Effect::ReadPrivacyReport(path))
            }
            Command::ShowShortcuts => Some(Effect::ShowShortcuts),
            Command::ShowAbout => Some(Effect::ShowAbout),
            Command::Quit => Some(Effect::Quit),
            _ => None,
        }
    }

    /// Makes `session` the current case, with fresh case UI state.
    fn open_case(&mut self, session: Session, screen: Screen) {
        self.session = Some(session);
        self.case_id += 1;
        self.derived = None;
        self.case_ui = CaseUi::default();
        self.confirming_start_over = false;
        self.resumable = None;
        self.screen = screen;
    }

    fn start_over(&mut self) {
        self.session = None;
        self.derived = None;
        self.case_ui = CaseUi::default();
        self.confirming_start_over = false;
        self.screen = Screen::Start;
    }

    /// Leaves the outcome screen, taking back a "That fixed it" if there was one.
    fn back_from_outcome(&mut self) {
        let last_fixed = self.session.as_ref().and_then(|s| {
            s.history.iter().rposition(|e| {
                matches!(
                    e.event,
                    Event::Fix {
                        outcome: FixOutcome::Fixed,
                        ..
                    }
                )
            })
        });
        if let (Some(session), Some(index)) = (&mut self.session, last_fixed) {
            session.undo(index);
        }
        self.screen = Screen::Workspace;
    }

    /// Switches to another knowledge base (with its translations); the current case ends (its ids belong
    /// to the old one), and the user is told, with any translation that could not be used.
    fn use_kb(&mut self, opened: OpenedKb, path: std::path::PathBuf) {
        let title = opened.kb.title.clone();
        let unusable = opened.problem_lines();
        self.replace_kb(opened);
        self.notice = Some(if unusable.is_empty() {
            notice!(
                info,
                "notice-kb-opened",
                title = title,
                path = path.display().to_string()
            )
        } else {
            notice!(
                problem,
                "notice-kb-opened-without-translations",
                title = title,
                path = path.display().to_string(),
                problems = unusable.join("; ")
            )
        });
        self.kb_file = Some(path);
    }

    /// Puts `opened` in place of the knowledge base, ending the case.
    pub fn replace_kb(&mut self, opened: OpenedKb) {
        self.resolved = micdoctor_core::resolved::ResolvedKb::new(opened.kb.clone());
        self.opened = opened;
        self.set_language(self.language);
        self.start_over();
        self.resumable = None;
        self.browse_filter.clear();
    }

    /// Shows everything in `language`: the knowledge base through its overlay (English where it has none).
    pub fn set_language(&mut self, language: Language) {
        self.language = language;
        self.kb = self.opened.in_language(language);
    }

    /// Clears everything one customer left behind (kiosk idle reset): case, screen, typed text, iPhone
    /// type, and the language goes back to the shop's.
    fn reset_for_next_customer(&mut self) {
        self.start_over();
        if self.language != self.default_language {
            self.set_language(self.default_language);
        }
        self.browse_filter.clear();
        self.notice = None;
        self.preferred_device = DeviceProfile::FaceId;
    }

    /// After a fix outcome: a solved case or an exhausted plan goes to the outcome screen.
    fn follow_outcome(&mut self) {
        self.refresh();
        let finished = self.derived().is_some_and(|d| {
            matches!(
                d.diagnosis.next,
                NextStep::Done(DoneReason::Solved { .. } | DoneReason::NothingLeft)
            )
        });
        if finished {
            self.screen = Screen::Outcome;
        }
    }
}

#[cfg(test)]
#[path = "apply_tests.rs"]
mod tests;
