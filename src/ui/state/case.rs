//! One case as the screens draw it: its UI-only state, what the engine derives from each revision of
//! the session (derived once per revision, before the frame draws), and the borrows a screen gets.

use std::collections::{BTreeMap, BTreeSet};

use micdoctor_core::engine::{self, Diagnosis, Evidence, ProblemModel};
use micdoctor_core::explained::ExplainedDiagnosis;
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::{CauseId, KnowledgeBase};
use micdoctor_core::report::{CaseOutcome, case_outcome};
use micdoctor_core::session::{Session, SessionError};
use micdoctor_core::t;
use micdoctor_core::tests_run::TestsRun;

use super::{AppState, Notice};

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
    /// The App Privacy Report read into this case, in memory only.
    pub privacy: Option<crate::ui::privacy::PrivacyDesk>,
}

/// What a [`Derived`] was made from (revisions restart with every case; the names are the language's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct DerivedKey {
    case_id: u64,
    revision: u64,
    language: Language,
}

/// Everything the engine derives from one revision of the session.
#[derive(Debug)]
pub struct Derived {
    /// Which case, which revision of it and which language this was derived for: a diagnosis is current
    /// only while all three hold, so nothing has to remember to throw it away.
    key: DerivedKey,
    pub evidence: Evidence,
    pub diagnosis: Diagnosis,
    pub report: ExplainedDiagnosis,
    /// The tests run and their results for a technician, or the tests to run once the case goes to one.
    pub tests: TestsRun,
}

/// Disjoint borrows of the state for drawing a case: read-only data plus the case's UI state.
pub struct CaseView<'a> {
    /// Changes with every new case; salts widget ids so scroll and open states do not leak between cases.
    pub case_id: u64,
    pub kb: &'a KnowledgeBase,
    pub session: &'a Session,
    /// The engine's model of the case's problem (built once, when the knowledge base was opened).
    pub model: &'a ProblemModel,
    pub derived: &'a Derived,
    pub case_ui: &'a mut CaseUi,
    /// The language everything is shown in.
    pub language: Language,
    /// Files can be opened here (the desktop; a kiosk offers no files).
    pub files: bool,
    /// Recordings can be sent from the customer's iPhone (the phone bridge), at a desktop or a kiosk.
    pub phone: bool,
}

impl AppState {
    /// Brings the diagnosis up to date with the session; a case the knowledge base cannot work on is
    /// told in the notice bar. The frame calls this once, before anything is drawn.
    pub fn refresh(&mut self) {
        let Some(session) = &self.session else {
            self.derived = None;
            return;
        };
        let key = self.derived_key(session);
        if self.derived.as_ref().is_some_and(|d| d.key == key) {
            return;
        }
        self.derived = None;
        let worked = self
            .model(&session.problem)
            .map_err(SessionError::from)
            .and_then(|model| {
                let evidence = session.evidence(model)?;
                let diagnosis = engine::diagnose(model, &evidence);
                let report = ExplainedDiagnosis::new(&self.kb, model, &evidence, &diagnosis);
                let to_shop = case_outcome(&self.kb, session, model, &diagnosis.next)
                    == CaseOutcome::Technician;
                let tests = TestsRun::new(&self.kb, model, &evidence, to_shop);
                Ok(Derived {
                    key,
                    evidence,
                    diagnosis,
                    report,
                    tests,
                })
            });
        match worked {
            Ok(derived) => self.derived = Some(derived),
            Err(error) => {
                self.notice = Some(Notice::problem(move |language| {
                    t!(
                        language,
                        "notice-case-unworkable",
                        error = error.in_words(language)
                    )
                }));
            }
        }
    }

    fn derived_key(&self, session: &Session) -> DerivedKey {
        DerivedKey {
            case_id: self.case_id,
            revision: session.revision(),
            language: self.language,
        }
    }

    /// The diagnosis of the current session as of the last [`AppState::refresh`], if it is current.
    #[must_use]
    pub fn derived(&self) -> Option<&Derived> {
        let session = self.session.as_ref()?;
        self.derived
            .as_ref()
            .filter(|d| d.key == self.derived_key(session))
    }

    /// The current case with its diagnosis as of the last [`AppState::refresh`], or `None` without a
    /// (workable, derived) case. A getter only: it neither derives nor tells the user anything.
    pub fn case_view(&mut self) -> Option<CaseView<'_>> {
        let session = self.session.as_ref()?;
        let derived = self
            .derived
            .as_ref()
            .filter(|d| d.key == self.derived_key(session))?;
        let model = self.resolved.as_ref().ok()?.model(&session.problem).ok()?;
        Some(CaseView {
            case_id: self.case_id,
            kb: &self.kb,
            session,
            model,
            derived,
            case_ui: &mut self.case_ui,
            language: self.language,
            files: !self.kiosk,
            phone: self.phone_bridge,
        })
    }
}
