//! The app's state: the knowledge base (with the engine's model of each problem, built once), the
//! current case (a `Session`), navigation and UI-only bits, and the diagnosis derived from the case.
//! It changes only through [`AppState::apply`] (`apply.rs`); `case.rs` derives and lends out a case.

mod apply;
mod case;
mod notice;

use std::path::PathBuf;

pub use case::{CaseUi, CaseView, Derived};
pub use notice::Notice;
pub(crate) use notice::notice;

use micdoctor_core::engine::{EngineError, ProblemModel};
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::{DeviceProfile, KnowledgeBase, OpenedKb, RecordingCheck, overlay};
use micdoctor_core::recording::RecordingRole;
use micdoctor_core::resolved::ResolvedKb;
use micdoctor_core::session::{Session, SessionError};

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

/// The whole app state.
pub struct AppState {
    /// The knowledge base as people read it: in [`AppState::language`] where a translation exists.
    pub kb: KnowledgeBase,
    /// The knowledge base as opened (English), with its source and translations.
    opened: OpenedKb,
    /// The engine's model of each problem, built once from [`AppState::opened`] (or why it could not be).
    resolved: Result<ResolvedKb, EngineError>,
    /// The knowledge-base file in use, when one was opened from a file (reopened on the next run).
    pub kb_file: Option<PathBuf>,
    /// The language everything is shown in.
    pub language: Language,
    /// The language each new kiosk customer, or a first run, starts in (config `language`).
    pub default_language: Language,
    /// The iPhone type chosen for new cases (the current case keeps its own in the session).
    pub preferred_device: DeviceProfile,
    pub screen: Screen,
    pub session: Option<Session>,
    pub case_ui: CaseUi,
    /// Text typed into the Browse search box.
    pub browse_filter: String,
    /// Something to tell the user, in plain words, in the bar at the bottom.
    pub notice: Option<Notice>,
    /// What else there is to tell, oldest first: shown in turn as each notice is dismissed.
    pub waiting_notices: Vec<Notice>,
    /// True while "Start over?" waits for an answer.
    pub confirming_start_over: bool,
    /// Running as a counter kiosk: nothing is saved, copied or opened outside the app.
    pub kiosk: bool,
    /// "Send from the iPhone" is offered (config `[phone_bridge] enabled`, and the app has its settings).
    pub phone_bridge: bool,
    /// An unfinished case from the last run, offered on the start screen ("Resume your last case?").
    pub resumable: Option<Session>,
    /// Counts cases; part of the cache key and of widget ids.
    case_id: u64,
    derived: Option<Derived>,
}

impl AppState {
    /// Tells the user `notice`: at once when the bar is free, else after what is shown and waiting
    /// (start-up can have several things to say; none is dropped).
    pub fn tell(&mut self, notice: Notice) {
        if self.notice.is_none() {
            self.notice = Some(notice);
        } else {
            self.waiting_notices.push(notice);
        }
    }

    /// The state over `kb` with the bundled knowledge base's translations.
    #[must_use]
    pub fn new(kb: KnowledgeBase, kb_source: String) -> Self {
        Self::opened(OpenedKb {
            kb,
            source: kb_source,
            translations: overlay::bundled_all(),
            problems: Vec::new(),
        })
    }

    /// The state over a knowledge base as [`micdoctor_core::kb::open_kb`] opened it, in English.
    #[must_use]
    pub fn opened(opened: OpenedKb) -> Self {
        Self {
            kb: opened.kb.clone(),
            resolved: ResolvedKb::new(opened.kb.clone()),
            opened,
            kb_file: None,
            language: Language::English,
            default_language: Language::English,
            preferred_device: DeviceProfile::FaceId,
            screen: Screen::Start,
            session: None,
            case_ui: CaseUi::default(),
            browse_filter: String::new(),
            notice: None,
            waiting_notices: Vec::new(),
            confirming_start_over: false,
            kiosk: false,
            phone_bridge: false,
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

    /// The engine's model of `problem`.
    ///
    /// # Errors
    /// When the knowledge base has no such problem, or its problems could not be modelled.
    pub fn model(&self, problem: &str) -> Result<&ProblemModel, EngineError> {
        match &self.resolved {
            Ok(resolved) => resolved.model(problem),
            Err(err) => Err(err.clone()),
        }
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

    /// Offers `session` back on the start screen when this knowledge base can still work on it.
    ///
    /// # Errors
    /// When its problem or any id it mentions is not in the knowledge base.
    pub fn offer_resume(&mut self, session: Session) -> Result<(), SessionError> {
        session.evidence(self.model(&session.problem)?)?;
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

    /// True when a kiosk's idle reset would clear something: a customer's traces, or a language picked
    /// and left behind.
    #[must_use]
    pub fn something_to_clear(&self) -> bool {
        !self.is_pristine() || self.language != self.default_language
    }

    /// The recording check of the current case that asks for `role`, if its problem has one.
    #[must_use]
    pub fn recording_check_for(&self, role: RecordingRole) -> Option<&RecordingCheck> {
        let session = self.session.as_ref()?;
        self.kb
            .problem(&session.problem)?
            .recording_checks
            .iter()
            .find(|check| check.takes.iter().any(|take| take.role == role))
    }

    /// The recording check whose window is open.
    #[must_use]
    pub fn open_recording_check(&self) -> Option<&RecordingCheck> {
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
}
