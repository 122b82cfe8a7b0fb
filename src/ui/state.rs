//! The app's state: the knowledge base, the current case (a `Session`), navigation and UI-only bits,
//! plus the engine's diagnosis cached by session revision.

use std::collections::{BTreeMap, BTreeSet};

use crate::engine::{self, Diagnosis, DoneReason, Evidence, NextStep, ProblemModel};
use crate::i18n::Language;
use crate::kb::{CauseId, DeviceProfile, FindingId, FixId, KnowledgeBase, ProblemId};
use crate::kb::{OpenedKb, overlay};
use crate::recording::{Measurement, RecordingRole};
use crate::report::DiagnosisReport;
use crate::session::{Answer, FixOutcome, Session, SessionError, unix_now};

/// Which screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    Symptoms,
    Workspace,
    Outcome,
    Browse(BrowseTab),
}

/// The two halves of the Browse screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrowseTab {
    Fixes,
    Faq,
}

/// Something the user asked for; screens emit these and [`AppState::apply`] carries them out.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Go(Screen),
    StartCase(ProblemId),
    SetDevice(DeviceProfile),
    ToggleSymptom(FindingId),
    Answer(FindingId, Answer),
    Fix(FixId, FixOutcome),
    Undo(usize),
    /// Show the outcome screen (the hand-over, or what is left to do).
    ShowOutcome,
    /// Leave the outcome screen for the workspace, taking back a "That fixed it" if there was one.
    BackFromOutcome,
    /// Leave the symptom picker: to the workspace once the case has answers, else to the start.
    BackFromSymptoms,
    /// Ask before discarding the case.
    ConfirmStartOver,
    /// Keep the case after all.
    CancelStartOver,
    StartOver,
    /// Show everything in another language.
    SetLanguage(Language),
    /// Save a report of the case (carried out by the desktop layer; a kiosk offers no files).
    SaveReport,
    /// Take up the unfinished case offered on the start screen.
    ResumeCase,
    /// Set the offered unfinished case aside for good.
    DiscardResumable,
    /// Show the window of a recording check (by id).
    OpenRecordingCheck(String),
    CloseRecordingCheck,
    /// Choose a file for a take (carried out by the desktop layer, which measures it off the UI thread).
    ChooseRecording(RecordingRole),
    /// A recording was measured: it becomes evidence in the case.
    Recorded(RecordingRole, Box<Measurement>),
    /// Tell the user something in the notice bar.
    Notify(Notice),
}

/// A line for the notice bar: news (a file saved) or a problem (something could not be done).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub is_problem: bool,
}

impl Notice {
    pub fn problem(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            is_problem: true,
        }
    }

    pub fn info(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            is_problem: false,
        }
    }
}

/// UI-only state that lives as long as one case.
#[derive(Debug, Default)]
pub struct CaseUi {
    /// Text typed into the symptom filter.
    pub symptom_filter: String,
    /// Confirmation checkboxes ticked, keyed by (fix or finding id, step index).
    pub confirmed: BTreeSet<(String, usize)>,
    /// Causes whose "Why?" is open in the ranking, by id.
    pub open_why: BTreeSet<CauseId>,
    /// Countdown timers started, keyed like `confirmed`, valued by the `ui.input` time they started.
    pub timers: BTreeMap<(String, usize), f64>,
    /// The recording check whose window is open, by id.
    pub recording_check: Option<String>,
}

/// Everything the engine derives from one revision of the session.
#[derive(Debug)]
pub struct Derived {
    /// Which case and which revision of it this was derived from (revisions restart with every case).
    key: (u64, u64),
    pub model: ProblemModel,
    pub evidence: Evidence,
    pub diagnosis: Diagnosis,
    pub report: DiagnosisReport,
}

/// Disjoint borrows of the state for drawing a case: read-only data plus the case's UI state.
pub struct CaseView<'a> {
    /// Changes with every new case; salts widget ids so scroll and open states do not leak between cases.
    pub case_id: u64,
    pub kb: &'a KnowledgeBase,
    pub session: &'a Session,
    pub derived: &'a Derived,
    pub case_ui: &'a mut CaseUi,
    /// Files can be opened here (the desktop; a kiosk offers no files).
    pub files: bool,
}

/// The whole app state.
pub struct AppState {
    /// The knowledge base as people read it: in [`AppState::language`] where a translation exists.
    pub kb: KnowledgeBase,
    /// The knowledge base as opened (English), with its source and translations.
    opened: OpenedKb,
    /// The language everything is shown in.
    pub language: Language,
    /// The iPhone type chosen for new cases (the current case keeps its own in the session).
    pub preferred_device: DeviceProfile,
    pub screen: Screen,
    pub session: Option<Session>,
    pub case_ui: CaseUi,
    /// Text typed into the Browse search box.
    pub browse_filter: String,
    /// Something to tell the user, in plain words, in the bar at the bottom.
    pub notice: Option<Notice>,
    /// True while "Start over?" waits for an answer.
    pub confirming_start_over: bool,
    /// Running as a counter kiosk: nothing is saved, copied or opened outside the app.
    pub kiosk: bool,
    /// An unfinished case from the last run, offered on the start screen ("Resume your last case?").
    pub resumable: Option<Session>,
    /// Counts cases; part of the cache key and of widget ids.
    case_id: u64,
    derived: Option<Derived>,
}

impl AppState {
    #[must_use]
    /// The state over the bundled knowledge base's translations (or `kb` alone when it is not that one,
    /// see [`AppState::with_translations`]).
    pub fn new(kb: KnowledgeBase, kb_source: String) -> Self {
        Self::opened(OpenedKb {
            kb,
            source: kb_source,
            translations: overlay::bundled_all(),
            problems: Vec::new(),
        })
    }

    /// The state over a knowledge base as [`crate::kb::open_kb`] opened it, in English.
    #[must_use]
    pub fn opened(opened: OpenedKb) -> Self {
        Self {
            kb: opened.kb.clone(),
            opened,
            language: Language::English,
            preferred_device: DeviceProfile::FaceId,
            screen: Screen::Start,
            session: None,
            case_ui: CaseUi::default(),
            browse_filter: String::new(),
            notice: None,
            confirming_start_over: false,
            kiosk: false,
            resumable: None,
            case_id: 0,
            derived: None,
        }
    }

    /// Where the knowledge base came from, for Help › About and reports.
    #[must_use]
    pub fn kb_source(&self) -> &str {
        &self.opened.source
    }

    /// Changes with every new case (a counter, not a case code).
    #[must_use]
    pub fn case_id(&self) -> u64 {
        self.case_id
    }

    /// The iPhone type in force: the case's, or the preference when there is no case.
    #[must_use]
    pub fn device(&self) -> DeviceProfile {
        self.session
            .as_ref()
            .map_or(self.preferred_device, |s| s.device)
    }

    /// The diagnosis of the current session, recomputed only when the case or its history changed.
    pub fn derived(&mut self) -> Option<&Derived> {
        let session = self.session.as_ref()?;
        let key = (self.case_id, session.revision());
        if self.derived.as_ref().is_none_or(|d| d.key != key) {
            self.derived = None;
            let model = match ProblemModel::from_kb(&self.kb, &session.problem) {
                Ok(model) => model,
                Err(err) => {
                    self.notice = Some(Notice::problem(crate::t!(
                        "notice-case-unworkable",
                        error = err.to_string()
                    )));
                    return None;
                }
            };
            let evidence = match session.evidence(&model) {
                Ok(evidence) => evidence,
                Err(err) => {
                    self.notice = Some(Notice::problem(crate::t!(
                        "notice-case-unworkable",
                        error = err.to_string()
                    )));
                    return None;
                }
            };
            let diagnosis = engine::diagnose(&model, &evidence);
            let report = DiagnosisReport::new(&self.kb, &model, &evidence, &diagnosis);
            self.derived = Some(Derived {
                key,
                model,
                evidence,
                diagnosis,
                report,
            });
        }
        self.derived.as_ref()
    }

    /// The current case with its diagnosis brought up to date, or `None` without a (workable) case.
    pub fn case_view(&mut self) -> Option<CaseView<'_>> {
        self.derived()?;
        Some(CaseView {
            case_id: self.case_id,
            kb: &self.kb,
            session: self.session.as_ref()?,
            derived: self.derived.as_ref()?,
            case_ui: &mut self.case_ui,
            files: !self.kiosk,
        })
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

    /// Offers `session` back on the start screen when this knowledge base can still work on it.
    ///
    /// # Errors
    /// When its problem or any id it mentions is not in the knowledge base.
    pub fn offer_resume(&mut self, session: Session) -> Result<(), SessionError> {
        let model = ProblemModel::from_kb(&self.kb, &session.problem)?;
        session.evidence(&model)?;
        self.resumable = Some(session);
        Ok(())
    }

    /// The case worth keeping for "Resume your last case?": one with answers that is not solved.
    #[must_use]
    pub fn unfinished_case(&self) -> Option<&Session> {
        self.session
            .as_ref()
            .or(self.resumable.as_ref())
            .filter(|s| !s.history.is_empty() && s.fixed_by().is_none())
    }

    /// Switches to another knowledge base (with its translations); the current case ends (its ids belong to
    /// the old one).
    pub fn replace_kb(&mut self, opened: OpenedKb) {
        self.opened = opened;
        self.set_language(self.language);
        self.apply(Action::StartOver);
        self.resumable = None;
        self.browse_filter.clear();
    }

    /// Shows everything in `language`: the knowledge base through its overlay (English where it has none).
    pub fn set_language(&mut self, language: Language) {
        self.language = language;
        self.kb = self.opened.in_language(language);
        // Names in the cached diagnosis are in the old language.
        self.derived = None;
    }

    /// The languages the knowledge base can be read in (English and every translation it has).
    #[must_use]
    pub fn languages(&self) -> Vec<Language> {
        Language::ALL
            .into_iter()
            .filter(|l| *l == Language::English || self.opened.translations.contains_key(l))
            .collect()
    }

    /// True when nothing of a customer is left: the start screen, no case, nothing typed or pending.
    #[must_use]
    pub fn is_pristine(&self) -> bool {
        self.screen == Screen::Start
            && self.session.is_none()
            && self.browse_filter.is_empty()
            && !self.confirming_start_over
    }

    /// Clears everything one customer left behind (kiosk idle reset): case, screen, typed text, iPhone type.
    pub fn reset_for_next_customer(&mut self, language: Language) {
        self.apply(Action::StartOver);
        if self.language != language {
            self.set_language(language);
        }
        self.browse_filter.clear();
        self.notice = None;
        self.preferred_device = DeviceProfile::FaceId;
    }

    /// Carries out one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Go(screen) => self.screen = screen,
            Action::StartCase(problem) => {
                let session = Session::new(
                    &problem,
                    self.preferred_device,
                    &self.kb.kb_version,
                    unix_now(),
                );
                self.open_case(session, Screen::Symptoms);
            }
            Action::ResumeCase => {
                if let Some(session) = self.resumable.take() {
                    self.preferred_device = session.device;
                    self.open_case(session, Screen::Workspace);
                }
            }
            Action::DiscardResumable => self.resumable = None,
            Action::SetLanguage(language) => self.set_language(language),
            // Effects, carried out by the app's desktop layer before the state changes.
            Action::SaveReport | Action::ChooseRecording(_) => {}
            Action::OpenRecordingCheck(check) => self.case_ui.recording_check = Some(check),
            Action::CloseRecordingCheck => self.case_ui.recording_check = None,
            Action::Notify(notice) => self.notice = Some(notice),
            Action::Recorded(role, measurement) => {
                if let Some(session) = &mut self.session {
                    session.record_recording(role, *measurement, unix_now());
                }
            }
            Action::SetDevice(device) => {
                self.preferred_device = device;
                if let Some(session) = &mut self.session {
                    session.set_device(device);
                }
            }
            Action::ToggleSymptom(finding) => {
                if let Some(session) = &mut self.session {
                    if session.answer_to(&finding) == Some(Answer::Yes) {
                        session.clear_answer(&finding);
                    } else {
                        session.answer(&finding, Answer::Yes, unix_now());
                    }
                }
            }
            Action::Answer(finding, answer) => {
                if let Some(session) = &mut self.session {
                    session.answer(&finding, answer, unix_now());
                }
            }
            Action::Fix(fix, outcome) => {
                if let Some(session) = &mut self.session {
                    session.record_fix(&fix, outcome, unix_now());
                }
                self.follow_outcome();
            }
            Action::Undo(index) => {
                if let Some(session) = &mut self.session {
                    session.undo(index);
                }
                if self.screen == Screen::Outcome {
                    self.screen = Screen::Workspace;
                }
            }
            Action::ShowOutcome => self.screen = Screen::Outcome,
            Action::BackFromOutcome => {
                let last_fixed = self.session.as_ref().and_then(|s| {
                    s.history.iter().rposition(|e| {
                        matches!(
                            e.event,
                            crate::session::Event::Fix {
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
            Action::BackFromSymptoms => {
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
            Action::ConfirmStartOver => self.confirming_start_over = true,
            Action::CancelStartOver => self.confirming_start_over = false,
            Action::StartOver => {
                self.session = None;
                self.derived = None;
                self.case_ui = CaseUi::default();
                self.confirming_start_over = false;
                self.screen = Screen::Start;
            }
        }
    }

    /// The recording check of the current case that asks for `role`, if its problem has one.
    #[must_use]
    pub fn recording_check_for(&self, role: RecordingRole) -> Option<&crate::kb::RecordingCheck> {
        let session = self.session.as_ref()?;
        self.kb
            .problem(&session.problem)?
            .recording_checks
            .iter()
            .find(|check| check.takes.iter().any(|take| take.role == role))
    }

    /// The recording check whose window is open.
    #[must_use]
    pub fn open_recording_check(&self) -> Option<&crate::kb::RecordingCheck> {
        let id = self.case_ui.recording_check.as_deref()?;
        let session = self.session.as_ref()?;
        self.kb
            .problem(&session.problem)?
            .recording_checks
            .iter()
            .find(|check| check.id == id)
    }

    /// Which take a file dropped or opened without one is for: the first take of the open check that has
    /// no recording yet and is not being measured (`busy`), else the recording that failed.
    #[must_use]
    pub fn take_for_new_file(&self, busy: impl Fn(RecordingRole) -> bool) -> RecordingRole {
        let session = self.session.as_ref();
        self.open_recording_check()
            .and_then(|check| {
                check.takes.iter().map(|t| t.role).find(|&role| {
                    !busy(role) && session.is_none_or(|s| s.recording(role).is_none())
                })
            })
            .unwrap_or(RecordingRole::Failed)
    }

    /// After a fix outcome: a solved case or an exhausted plan goes to the outcome screen.
    fn follow_outcome(&mut self) {
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
