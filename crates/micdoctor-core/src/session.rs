//! One troubleshooting case as plain serde data: problem, device, and a history of answers and fix outcomes.
//!
//! The history is the single source of truth; everything else (ranking, plan, next step) is derived from
//! it by the engine. Every change bumps [`Session::revision`], so views can cache what they derive.

use crate::fs::ReadError;
use std::path::Path;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::engine::{EngineError, Evidence, Observation, ProblemModel};
use crate::i18n::Language;
use crate::kb::{DeviceProfile, FindingId, FixId, ProblemId};
use crate::privacy_report::{KeptEvidence, READ_BY_EYE};
use crate::recording::{Measurement, RecordingRole, findings_of};
use crate::t;

/// The user's answer to a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    /// "Not sure": recorded so it is not asked again, but it is no evidence.
    Skipped,
}

impl Answer {
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::Skipped => "skipped",
        }
    }
}

/// What happened when the user tried a fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FixOutcome {
    Fixed,
    Failed,
    Skipped,
}

impl FixOutcome {
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::Fixed => "fixed",
            Self::Failed => "failed",
            Self::Skipped => "skipped",
        }
    }
}

/// One thing that happened in a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    Answer {
        finding: FindingId,
        answer: Answer,
    },
    Fix {
        fix: FixId,
        outcome: FixOutcome,
    },
    /// A recording MicDoctor measured. The findings it answers are derived from its figures
    /// ([`crate::recording::findings_of`]), never stored beside them.
    Recording {
        role: RecordingRole,
        measurement: Box<Measurement>,
    },
    /// What a read App Privacy Report showed of WhatsApp, and nothing more ([`KeptEvidence`]): the
    /// findings it answers are derived from it ([`KeptEvidence::answers`]). A case holds one; reading
    /// another, or changing the marked moment or the uses recognised, replaces it.
    PrivacyReport {
        report: Box<KeptEvidence>,
    },
    /// The person chose not to make a recording check the engine proposed as one step (its id); its
    /// outcomes are then not asked for again.
    CheckSkipped {
        check: String,
    },
}

/// An event with the time it happened (seconds since the Unix epoch).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Entry {
    pub at: u64,
    #[serde(flatten)]
    pub event: Event,
}

/// One troubleshooting case. Two sessions are equal when they hold the same case: the revision, a cache
/// key that is never saved, is no part of it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Session {
    /// The problem (journey) id.
    pub problem: ProblemId,
    pub device: DeviceProfile,
    /// The knowledge-base version the case was worked on.
    pub kb_version: String,
    /// When the case started (seconds since the Unix epoch).
    pub started_at: u64,
    /// What the user answered and tried, oldest first. At most one entry per finding and per fix.
    pub history: Vec<Entry>,
    /// The case's code, drawn at random when it started ([`crate::case_code`]); a session saved before
    /// codes were kept has none and is known by its derived one ([`Session::case_code`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    code: Option<String>,
    /// Bumped on every change; not saved.
    #[serde(skip)]
    revision: u64,
}

impl PartialEq for Session {
    fn eq(&self, other: &Self) -> bool {
        let Self {
            problem,
            device,
            kb_version,
            started_at,
            history,
            code,
            revision: _,
        } = self;
        *problem == other.problem
            && *device == other.device
            && *kb_version == other.kb_version
            && *started_at == other.started_at
            && *history == other.history
            && *code == other.code
    }
}

/// Why a saved session cannot be used with a knowledge base.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    #[error(transparent)]
    Engine(#[from] EngineError),
    #[error("the case is not valid JSON: {0}")]
    Json(String),
}

/// Largest saved-case file MicDoctor reads (bytes). A case is a few KB; a file is user input.
pub const MAX_SESSION_BYTES: u64 = 1024 * 1024;

/// Why a saved-case file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SessionFileError {
    /// The file could not be read, was over [`MAX_SESSION_BYTES`] or was not text.
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("{path}: {source}")]
    Invalid {
        path: String,
        #[source]
        source: SessionError,
    },
}

impl SessionError {
    /// The error in `language`, for people; `Display` stays English for logs.
    #[must_use]
    pub fn in_words(&self, language: Language) -> String {
        match self {
            Self::Engine(err) => err.in_words(language),
            Self::Json(why) => t!(language, "session-error-json", why = why.as_str()),
        }
    }
}

impl SessionFileError {
    /// The error in `language`, for people; `Display` stays English for logs.
    #[must_use]
    pub fn in_words(&self, language: Language) -> String {
        match self {
            Self::Read(err) => err.in_words(language),
            Self::Invalid { path, source } => t!(
                language,
                "session-error-invalid",
                path = path.as_str(),
                why = source.in_words(language)
            ),
        }
    }
}

impl Session {
    /// Reads a saved case from a file of at most [`MAX_SESSION_BYTES`].
    ///
    /// # Errors
    /// [`SessionFileError::Read`] when the file cannot be read, is past the limit (checked while
    /// reading, so a growing or endless file stops there too) or is not text, or
    /// [`SessionFileError::Invalid`] with [`Session::from_json`]'s error.
    pub fn load_file(path: &Path) -> Result<Self, SessionFileError> {
        let text = crate::fs::read_text(path, MAX_SESSION_BYTES)?;
        Self::from_json(&text).map_err(|source| SessionFileError::Invalid {
            path: path.display().to_string(),
            source,
        })
    }

    #[must_use]
    pub fn new(problem: &str, device: DeviceProfile, kb_version: &str, now: u64) -> Self {
        Self {
            problem: problem.into(),
            device,
            kb_version: kb_version.to_owned(),
            started_at: now,
            history: Vec::new(),
            code: Some(crate::case_code::draw()),
            revision: 0,
        }
    }

    /// Reads a saved case from JSON, keeping one entry per finding and per fix (the latest), as every
    /// edit through this type does.
    ///
    /// # Errors
    /// [`SessionError::Json`] with serde's message (it includes line and column).
    pub fn from_json(text: &str) -> Result<Self, SessionError> {
        let mut session: Self =
            serde_json::from_str(text).map_err(|err| SessionError::Json(err.to_string()))?;
        let mut seen = std::collections::HashSet::new();
        let mut kept: Vec<Entry> = session
            .history
            .drain(..)
            .rev()
            .filter(|e| {
                seen.insert(match &e.event {
                    Event::Answer { finding, .. } => ("finding", finding.to_string()),
                    Event::Fix { fix, .. } => ("fix", fix.to_string()),
                    Event::Recording { role, .. } => ("recording", format!("{role:?}")),
                    Event::PrivacyReport { .. } => ("privacy report", String::new()),
                    Event::CheckSkipped { check } => ("check", check.clone()),
                })
            })
            .collect();
        kept.reverse();
        session.history = kept;
        Ok(session)
    }

    /// Changes with every edit; use it as a cache key for anything derived from the session.
    #[must_use]
    pub fn revision(&self) -> u64 {
        self.revision
    }

    fn touch(&mut self) {
        self.revision += 1;
    }

    /// Records (or replaces) the answer to a finding.
    pub fn answer(&mut self, finding: &str, answer: Answer, now: u64) {
        self.history
            .retain(|e| !matches!(&e.event, Event::Answer { finding: f, .. } if f == finding));
        self.history.push(Entry {
            at: now,
            event: Event::Answer {
                finding: finding.into(),
                answer,
            },
        });
        self.touch();
    }

    /// Forgets the answer to a finding (e.g. a symptom chip toggled off).
    pub fn clear_answer(&mut self, finding: &str) {
        let before = self.history.len();
        self.history
            .retain(|e| !matches!(&e.event, Event::Answer { finding: f, .. } if f == finding));
        if self.history.len() != before {
            self.touch();
        }
    }

    /// Records (or replaces) what happened with a fix.
    pub fn record_fix(&mut self, fix: &str, outcome: FixOutcome, now: u64) {
        self.history
            .retain(|e| !matches!(&e.event, Event::Fix { fix: f, .. } if f == fix));
        self.history.push(Entry {
            at: now,
            event: Event::Fix {
                fix: fix.into(),
                outcome,
            },
        });
        self.touch();
    }

    /// Records that the person skips recording check `check` (once: a second skip changes nothing).
    pub fn skip_check(&mut self, check: &str, now: u64) {
        if self
            .history
            .iter()
            .any(|e| matches!(&e.event, Event::CheckSkipped { check: c } if c == check))
        {
            return;
        }
        self.history.push(Entry {
            at: now,
            event: Event::CheckSkipped {
                check: check.to_owned(),
            },
        });
        self.touch();
    }

    /// Removes the history entry at `index` (any entry is undoable); returns it.
    pub fn undo(&mut self, index: usize) -> Option<Entry> {
        (index < self.history.len()).then(|| {
            self.touch();
            self.history.remove(index)
        })
    }

    /// Records (or replaces) the measured recording for `role`.
    pub fn record_recording(&mut self, role: RecordingRole, measurement: Measurement, now: u64) {
        self.history
            .retain(|e| !matches!(&e.event, Event::Recording { role: r, .. } if *r == role));
        self.history.push(Entry {
            at: now,
            event: Event::Recording {
                role,
                measurement: Box::new(measurement),
            },
        });
        self.touch();
    }

    /// Records (or replaces) what a read App Privacy Report showed.
    pub fn record_privacy_report(&mut self, report: KeptEvidence, now: u64) {
        self.history
            .retain(|e| !matches!(&e.event, Event::PrivacyReport { .. }));
        self.history.push(Entry {
            at: now,
            event: Event::PrivacyReport {
                report: Box::new(report),
            },
        });
        self.touch();
    }

    /// What the case keeps of an App Privacy Report, if one was read.
    #[must_use]
    pub fn privacy_report(&self) -> Option<&KeptEvidence> {
        self.history.iter().rev().find_map(|e| match &e.event {
            Event::PrivacyReport { report } => Some(report.as_ref()),
            _ => None,
        })
    }

    /// The measured recordings, oldest first.
    pub fn recordings(&self) -> impl Iterator<Item = (RecordingRole, &Measurement)> {
        self.history.iter().filter_map(|e| match &e.event {
            Event::Recording { role, measurement } => Some((*role, measurement.as_ref())),
            _ => None,
        })
    }

    /// The measured recording for `role`, if there is one.
    #[must_use]
    pub fn recording(&self, role: RecordingRole) -> Option<&Measurement> {
        self.recordings().find(|(r, _)| *r == role).map(|(_, m)| m)
    }

    /// Changes the device profile. It changes how steps read, not the evidence, so the revision (the
    /// cache key of everything the engine derives) stays.
    pub fn set_device(&mut self, device: DeviceProfile) {
        self.device = device;
    }

    #[must_use]
    pub fn answer_to(&self, finding: &str) -> Option<Answer> {
        self.history.iter().find_map(|e| match &e.event {
            Event::Answer { finding: f, answer } if f == finding => Some(*answer),
            _ => None,
        })
    }

    #[must_use]
    pub fn fix_outcome(&self, fix: &str) -> Option<FixOutcome> {
        self.history.iter().find_map(|e| match &e.event {
            Event::Fix { fix: f, outcome } if f == fix => Some(*outcome),
            _ => None,
        })
    }

    /// The fix that solved the case, if one did (the latest, as in [`Session::evidence`]).
    #[must_use]
    pub fn fixed_by(&self) -> Option<&str> {
        self.history.iter().rev().find_map(|e| match &e.event {
            Event::Fix {
                fix,
                outcome: FixOutcome::Fixed,
            } => Some(fix.as_str()),
            _ => None,
        })
    }

    /// The code naming this case for the technician ("K7Q4F-2MXZ9"): the one drawn when it started, or,
    /// for a case saved before codes were kept, the one derived from its problem and start ("K7-4QF").
    #[must_use]
    pub fn case_code(&self) -> String {
        self.code
            .clone()
            .unwrap_or_else(|| crate::case_code::legacy_code(&self.problem, self.started_at))
    }

    /// Gives the case another code (the store had the one drawn already: `micdoctor_store::create_case`).
    pub fn set_case_code(&mut self, code: String) {
        self.code = Some(code);
        self.touch();
    }

    /// The session's evidence in the engine's terms.
    ///
    /// # Errors
    /// [`EngineError::UnknownId`] when the history names a finding or fix the model does not have
    /// (e.g. a case saved with another knowledge base).
    pub fn evidence(&self, model: &ProblemModel) -> Result<Evidence, SessionError> {
        let unknown = |kind: &'static str, id: &str| EngineError::UnknownId {
            kind,
            id: id.to_owned(),
            problem: model.problem.to_string(),
        };
        if self.problem != model.problem {
            return Err(EngineError::UnknownProblem(self.problem.to_string()).into());
        }
        let mut evidence = Evidence::default();
        for entry in &self.history {
            match &entry.event {
                Event::Answer { finding, answer } => {
                    let index = model
                        .finding_index(finding)
                        .ok_or_else(|| unknown("finding", finding))?;
                    match answer {
                        Answer::Yes | Answer::No => evidence.observations.push(Observation {
                            finding: index,
                            yes: *answer == Answer::Yes,
                        }),
                        Answer::Skipped => evidence.skipped_findings.push(index),
                    }
                }
                Event::Fix { fix, outcome } => {
                    let index = model.fix_index(fix).ok_or_else(|| unknown("fix", fix))?;
                    match outcome {
                        FixOutcome::Fixed => evidence.fixed_by = Some(index),
                        FixOutcome::Failed => evidence.failed_fixes.push(index),
                        FixOutcome::Skipped => evidence.skipped_fixes.push(index),
                    }
                }
                // A skipped check's outcomes are skipped findings: the check is not proposed again. A
                // check the knowledge base no longer proposes as a step is no evidence.
                Event::CheckSkipped { check } => {
                    if let Some(index) = model.check_index(check) {
                        evidence
                            .skipped_findings
                            .extend(model.checks[index].outcomes.iter().copied());
                    }
                }
                Event::Recording { .. } | Event::PrivacyReport { .. } => {}
            }
        }
        // What a read App Privacy Report shows, yes or no; the questions that ask to read it by eye are
        // then not asked (a knowledge base without these findings keeps the file's figures for the report).
        if let Some(report) = self.privacy_report() {
            for (finding, yes) in report.answers() {
                if let Some(index) = model.finding_index(finding) {
                    evidence.observations.push(Observation {
                        finding: index,
                        yes,
                    });
                }
            }
            for finding in READ_BY_EYE {
                if let Some(index) = model.finding_index(finding)
                    && !evidence.observations.iter().any(|o| o.finding == index)
                {
                    evidence.skipped_findings.push(index);
                }
            }
        }
        // What the recordings show, as "yes" answers. A knowledge base without these findings (an older
        // or a shop's own) still keeps the figures for the report; they are simply no evidence there.
        for finding in findings_of(self.recordings()) {
            if let Some(index) = model.finding_index(finding) {
                evidence.observations.push(Observation {
                    finding: index,
                    yes: true,
                });
            }
        }
        Ok(evidence)
    }
}

/// Seconds since the Unix epoch: the clock session events and case logs are stamped with (0 if the clock
/// is set before 1970).
#[must_use]
pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
#[path = "session_tests.rs"]
mod tests;
