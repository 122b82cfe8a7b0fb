//! The content of a case report, built once from a knowledge base and a session. Markdown, HTML, JSON and
//! the technician summary all render this one value, so they cannot disagree.

use serde::{Deserialize, Serialize};

use super::date::iso_utc;
use super::guide::{FixGuide, GuideRole};
pub use super::lines::{
    CaseOutcome, CauseLine, Likely, Named, NextLine, PlanLine, Reason, StepKind, Told, Tried,
};
use super::recording::{MicLine, RecordingLine, recording_lines};
use crate::engine::{self, DoneReason, NextStep, ProblemModel};
use crate::explained::{
    ExplainedDiagnosis, MIN_SHOWN_WEIGHT, NextKind, answer_statement, fix_statement, statement,
};
use crate::i18n::Language;
use crate::i18n::percent;
use crate::kb::KnowledgeBase;
use crate::privacy_report::words::summary_lines;
use crate::session::{Event, FixOutcome, Session, SessionError};
use crate::tests_run::TestsRun;

/// Causes below this probability are counted, not listed, in the worded ranking.
const LISTED_CAUSE_MIN: f64 = 0.01;
/// At most this many causes are listed.
const LISTED_CAUSES_MAX: usize = 6;
/// Reasons are given for this many leading causes…
const EXPLAINED_CAUSES: usize = 3;
/// …and at most this many reasons each.
const REASONS_PER_CAUSE: usize = 3;

/// Everything a case report says. Serialised as is, it is the JSON report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseReport {
    /// The language every word of the report is in (the knowledge base it was worded with is read in the
    /// same one).
    pub language: Language,
    /// The case exactly as saved: `Session::from_json` reads this field back.
    pub session: Session,
    /// The engine's view: every cause ranked, the plan and the next step (as `micdoctor diagnose --json`).
    pub ranking: ExplainedDiagnosis,
    /// The short code naming the case ("K7-4QF").
    pub case_code: String,
    /// The MicDoctor version that wrote the report.
    pub app_version: String,
    /// The knowledge-base version the report was written with (the session names the one it was worked on).
    pub kb_version: String,
    /// "Priors learned from 40 cases since 2026-09-01", when the shop's learned priors were in force.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub learned: Option<String>,
    pub title: String,
    /// When the case started (UTC, ISO 8601).
    pub started: String,
    /// When the case last changed: its latest entry, or its start (UTC, ISO 8601).
    pub updated: String,
    pub problem: Named,
    pub device: Named,
    pub outcome: CaseOutcome,
    /// The leading cause, if the problem has any.
    pub most_likely: Option<Likely>,
    /// The answers, in the order given.
    pub told: Vec<Told>,
    /// The fixes tried or skipped, in order.
    pub tried: Vec<Tried>,
    /// The recordings MicDoctor measured, with their figures and what they show.
    pub recordings: Vec<RecordingLine>,
    /// The microphone test, a row per microphone recorded (empty when none was).
    pub microphones: Vec<MicLine>,
    /// The tests run and their results in a technician's words, or the tests to run when none was.
    pub tests: TestsRun,
    /// What a read App Privacy Report showed of WhatsApp, in words (empty when none was read); the
    /// session holds the kept uses themselves.
    pub privacy_report: Vec<String>,
    /// The leading causes with their reasons; `ranking` has them all.
    pub causes: Vec<CauseLine>,
    /// How many less likely causes `causes` leaves out.
    pub other_causes: usize,
    /// What the engine suggests doing next, while the case is open.
    pub next: Option<NextLine>,
    /// The fixes left, in the planned order (empty once fixed).
    pub plan: Vec<PlanLine>,
    /// Fixes written out step by step for the case's iPhone.
    pub guides: Vec<FixGuide>,
}

impl CaseOutcome {
    /// The outcome as a heading ("Fixed by “Restart your iPhone”").
    #[must_use]
    pub fn headline(&self, lang: Language) -> String {
        match self {
            Self::Fixed { title, .. } => {
                crate::t!(lang, "report-outcome-fixed", title = title.as_str())
            }
            Self::Technician => crate::t!(lang, "report-outcome-technician"),
            Self::NothingLeft => crate::t!(lang, "report-outcome-nothing-left"),
            Self::Contradictory => crate::t!(lang, "report-outcome-contradictory"),
            Self::InProgress => crate::t!(lang, "report-outcome-in-progress"),
        }
    }

    /// The outcome as a heading in `lang`, the fix named as `kb` names it (a stored report keeps the
    /// words of the language it was written in; `kb` is the one the reader reads).
    #[must_use]
    pub fn in_words(&self, lang: Language, kb: &KnowledgeBase) -> String {
        match self {
            Self::Fixed { fix, title } => {
                let title = kb.fix(fix).map_or(title.as_str(), |f| f.title.as_str());
                crate::t!(lang, "report-outcome-fixed", title = title)
            }
            other => other.headline(lang),
        }
    }
}

impl CaseReport {
    /// Builds the report of `session`, worded with `kb`.
    ///
    /// # Errors
    /// When the session's problem, findings or fixes are not in the knowledge base.
    pub fn new(
        lang: Language,
        kb: &KnowledgeBase,
        session: &Session,
    ) -> Result<Self, SessionError> {
        let model = ProblemModel::from_kb(kb, &session.problem)?;
        let evidence = session.evidence(&model)?;
        let diagnosis = engine::diagnose(&model, &evidence);
        let ranking = ExplainedDiagnosis::new(kb, &model, &evidence, &diagnosis);
        let problem = kb.problem(&session.problem);
        let outcome = case_outcome(kb, session, &model, &diagnosis.next);
        let most_likely = ranking.causes.first().map(|top| Likely {
            id: top.id.clone(),
            name: top.name.clone(),
            probability: top.probability,
            explanation: kb
                .cause(&top.id)
                .map_or_else(String::new, |c| c.explanation.clone()),
        });
        let (causes, other_causes) = cause_lines(lang, kb, &ranking);
        let fixed = matches!(outcome, CaseOutcome::Fixed { .. });
        let next = next_line(lang, &ranking, diagnosis.plan.home_chance);
        let plan = if fixed {
            Vec::new()
        } else {
            // The hand-over ends the case: nothing after it is ever listed (the engine puts it last).
            let end = ranking
                .plan
                .iter()
                .position(|step| step.handover)
                .map_or(ranking.plan.len(), |at| at + 1);
            ranking.plan[..end]
                .iter()
                .map(|step| PlanLine {
                    id: step.id.clone(),
                    title: step.title.clone(),
                    minutes: step.minutes,
                    success_probability: step.success_probability,
                    handover: step.handover,
                    later_for_risk: step.later_for_risk,
                    risk_note: step
                        .later_for_risk
                        .then(|| kb.fix(&step.id).and_then(|f| f.risk_note.clone()))
                        .flatten(),
                })
                .collect()
        };
        let guides = guides(kb, session, &outcome, next.as_ref());
        let (recordings, microphones) = recording_lines(lang, kb, session);
        let updated = session
            .history
            .iter()
            .map(|e| e.at)
            .max()
            .unwrap_or(session.started_at)
            .max(session.started_at);
        Ok(Self {
            language: lang,
            session: session.clone(),
            case_code: session.case_code(),
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            kb_version: kb.kb_version.clone(),
            learned: kb.learned.as_ref().map(|note| {
                crate::t!(
                    lang,
                    "report-learned",
                    cases = note.cases,
                    since = super::iso_utc(note.since)[..10].to_owned()
                )
            }),
            title: crate::t!(lang, "report-title"),
            started: iso_utc(session.started_at),
            updated: iso_utc(updated),
            problem: Named {
                id: session.problem.to_string(),
                name: problem.map_or_else(|| session.problem.to_string(), |p| p.title.clone()),
            },
            device: Named {
                id: session.device.id().to_owned(),
                name: kb
                    .device(session.device)
                    .map_or_else(|| session.device.id().to_owned(), |d| d.name.clone()),
            },
            most_likely,
            told: told(lang, kb, session),
            tried: tried(lang, kb, session),
            recordings,
            microphones,
            tests: TestsRun::new(kb, &model, &evidence, outcome == CaseOutcome::Technician),
            privacy_report: session
                .privacy_report()
                .map_or_else(Vec::new, |kept| summary_lines(lang, kept)),
            causes,
            other_causes,
            next: if fixed { None } else { next },
            plan,
            guides,
            ranking,
            outcome,
        })
    }

    /// Puts each recording line's measurement back from the session after the report was read from JSON
    /// (the JSON keeps measurements once, in the session).
    pub fn restore_measurements(&mut self) {
        for line in &mut self.recordings {
            if let Some(measurement) = self.session.recording(line.role) {
                line.measurement = measurement.clone();
            }
        }
    }

    /// True when the session was worked on with another knowledge-base version than this report uses.
    #[must_use]
    pub fn kb_versions_differ(&self) -> bool {
        self.session.kb_version != self.kb_version
    }
}

/// Where a case stands. The one rule for every screen and report: the technician is the verdict when the
/// engine's next step is the hand-over, or when nothing is left on a journey that offers one; the engine
/// alone decides when the shop beats the home fixes.
#[must_use]
pub fn case_outcome(
    kb: &KnowledgeBase,
    session: &Session,
    model: &ProblemModel,
    next: &NextStep,
) -> CaseOutcome {
    if let Some(fix) = session.fixed_by() {
        return CaseOutcome::Fixed {
            fix: fix.to_owned(),
            title: kb
                .fix(fix)
                .map_or_else(|| fix.to_owned(), |f| f.title.clone()),
        };
    }
    let handover_offered = model.fixes.iter().any(|f| f.handover);
    match *next {
        NextStep::Done(DoneReason::Contradictory) => CaseOutcome::Contradictory,
        NextStep::Handover { .. } => CaseOutcome::Technician,
        NextStep::Fix { fix } if model.fixes[fix].handover => CaseOutcome::Technician,
        NextStep::Done(_) if handover_offered => CaseOutcome::Technician,
        NextStep::Done(_) => CaseOutcome::NothingLeft,
        NextStep::Question { .. } | NextStep::Measure { .. } | NextStep::Fix { .. } => {
            CaseOutcome::InProgress
        }
    }
}

fn told(lang: Language, kb: &KnowledgeBase, session: &Session) -> Vec<Told> {
    session
        .history
        .iter()
        .filter_map(|entry| match &entry.event {
            Event::Answer { finding, answer } => Some(Told {
                finding: finding.clone(),
                answer: *answer,
                text: answer_statement(lang, kb, finding, *answer),
            }),
            Event::Fix { .. }
            | Event::Recording { .. }
            | Event::PrivacyReport { .. }
            | Event::CheckSkipped { .. } => None,
        })
        .collect()
}

fn tried(lang: Language, kb: &KnowledgeBase, session: &Session) -> Vec<Tried> {
    session
        .history
        .iter()
        .filter_map(|entry| match &entry.event {
            Event::Fix { fix, outcome } => Some(Tried {
                fix: fix.clone(),
                title: kb
                    .fix(fix)
                    .map_or_else(|| fix.to_string(), |f| f.title.clone()),
                outcome: *outcome,
                text: fix_statement(lang, kb, fix, *outcome),
            }),
            Event::Answer { .. }
            | Event::Recording { .. }
            | Event::PrivacyReport { .. }
            | Event::CheckSkipped { .. } => None,
        })
        .collect()
}

/// The listed causes (the first always, then those of at least 1%, at most six) and how many are left.
fn cause_lines(
    lang: Language,
    kb: &KnowledgeBase,
    ranking: &ExplainedDiagnosis,
) -> (Vec<CauseLine>, usize) {
    let lines: Vec<CauseLine> = ranking
        .causes
        .iter()
        .enumerate()
        .take_while(|(rank, cause)| *rank == 0 || cause.probability >= LISTED_CAUSE_MIN)
        .take(LISTED_CAUSES_MAX)
        .map(|(rank, cause)| CauseLine {
            id: cause.id.clone(),
            name: cause.name.clone(),
            probability: cause.probability,
            severity: cause.severity,
            hardware: kb.cause(&cause.id).is_some_and(|c| c.hardware),
            reasons: if rank < EXPLAINED_CAUSES {
                distinguishing(ranking, rank)
                    .into_iter()
                    .take(REASONS_PER_CAUSE)
                    .map(|(e, apart)| Reason {
                        text: statement(lang, kb, e),
                        raised: apart > 0.0,
                    })
                    .collect()
            } else {
                Vec::new()
            },
        })
        .collect();
    let other = ranking.causes.len() - lines.len();
    (lines, other)
}

/// The evidence that tells the cause at `rank` apart from the other explained causes, most telling
/// first: each piece's weight for this cause minus its mean weight for the others (a piece that moved
/// all of them alike tells them apart by nothing, so three causes never list the same three reasons).
/// With no other cause explained, its own weights.
fn distinguishing(
    ranking: &ExplainedDiagnosis,
    rank: usize,
) -> Vec<(&crate::explained::EvidenceWeight, f64)> {
    let others: Vec<_> = ranking
        .causes
        .iter()
        .take(EXPLAINED_CAUSES)
        .enumerate()
        .filter(|(r, _)| *r != rank)
        .map(|(_, c)| c)
        .collect();
    let mut apart: Vec<_> = ranking.causes[rank]
        .evidence
        .iter()
        .map(|e| {
            let theirs: f64 = others
                .iter()
                .map(|c| {
                    c.evidence
                        .iter()
                        .find(|o| o.finding == e.finding && o.answer == e.answer)
                        .map_or(0.0, |o| o.weight)
                })
                .sum::<f64>()
                / others.len().max(1) as f64;
            (e, e.weight - theirs)
        })
        .filter(|(_, apart)| apart.abs() >= MIN_SHOWN_WEIGHT)
        .collect();
    apart.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
    apart
}

fn next_line(lang: Language, ranking: &ExplainedDiagnosis, home_chance: f64) -> Option<NextLine> {
    let next = &ranking.next;
    let kind = match next.kind {
        NextKind::Question => StepKind::Question,
        NextKind::Measure => StepKind::Measure,
        NextKind::Fix => StepKind::Fix,
        NextKind::Handover => StepKind::Handover,
        NextKind::None => return None,
    };
    Some(NextLine {
        kind,
        id: next.id.clone()?,
        title: next.title.clone()?,
        minutes: next.minutes?,
        why: (kind == StepKind::Handover).then(|| handover_reason(lang, ranking, home_chance)),
    })
}

/// Why the repair shop comes now, in words: where the answers point, and what the home fixes left have
/// together (`home_chance`, the chance that some untried home fix still works).
#[must_use]
pub fn handover_reason(lang: Language, ranking: &ExplainedDiagnosis, home_chance: f64) -> String {
    let (cause, probability) = ranking
        .causes
        .first()
        .map_or(("", 0.0), |c| (c.name.as_str(), c.probability));
    let shown = percent(lang, probability);
    if home_chance <= 0.0 {
        crate::t!(
            lang,
            "report-handover-why-none",
            cause = cause,
            percent = shown
        )
    } else if home_chance < 0.005 {
        crate::t!(
            lang,
            "report-handover-why-tiny",
            cause = cause,
            percent = shown
        )
    } else {
        crate::t!(
            lang,
            "report-handover-why",
            cause = cause,
            percent = shown,
            chance = percent(lang, home_chance)
        )
    }
}

/// The fixes written out: the one that worked; otherwise those tried, then the next fix or, for a
/// technician, what to do before going.
fn guides(
    kb: &KnowledgeBase,
    session: &Session,
    outcome: &CaseOutcome,
    next: Option<&NextLine>,
) -> Vec<FixGuide> {
    let guide = |id: &str, role| {
        kb.fix(id)
            .map(|fix| FixGuide::new(kb, fix, session.device, role))
    };
    if let CaseOutcome::Fixed { fix, .. } = outcome {
        return guide(fix, GuideRole::Worked).into_iter().collect();
    }
    let mut guides: Vec<FixGuide> = session
        .history
        .iter()
        .filter_map(|entry| match &entry.event {
            Event::Fix {
                fix,
                outcome: FixOutcome::Failed,
            } => guide(fix, GuideRole::Tried),
            _ => None,
        })
        .collect();
    let handover = kb
        .problem(&session.problem)
        .and_then(|p| kb.fixes_of(p).find(|f| f.handover));
    match outcome {
        CaseOutcome::Technician => guides.extend(
            handover.map(|fix| FixGuide::new(kb, fix, session.device, GuideRole::BeforeTechnician)),
        ),
        CaseOutcome::InProgress => {
            if let Some(next) = next.filter(|n| n.kind == StepKind::Fix) {
                guides.extend(guide(&next.id, GuideRole::Next));
            }
        }
        _ => {}
    }
    guides
}
