//! A diagnosis in words: the ranked causes with the evidence that moved each, the next step and the plan,
//! joined with the knowledge base's names. Backs `micdoctor diagnose` (table and `--json`), the app's
//! ranking and plan, and the "ranking" a case report carries. Statements of answers and fix outcomes
//! in words live here too, since the ranking's reasons, the history and the reports say them alike.

use serde::{Deserialize, Serialize};

use crate::engine::plan::HandoverWeights;
use crate::engine::{self, Diagnosis, DoneReason, EvidenceItem, NextStep, ProblemModel};
use crate::i18n::Language;
use crate::kb::{CauseId, FixId, KnowledgeBase, ProblemId, Severity};
use crate::report::role_name;
use crate::session::{Answer, FixOutcome, Session, SessionError};

/// Evidence weights smaller than this (natural log) are left out of explanations as noise.
pub const MIN_SHOWN_WEIGHT: f64 = 0.05;

/// A diagnosis joined with the knowledge base's words: `micdoctor diagnose --json` prints it as is.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ExplainedDiagnosis {
    pub problem: ProblemId,
    pub causes: Vec<ExplainedCause>,
    pub next: ExplainedNext,
    pub plan: Vec<PlannedFix>,
    /// Expected cost of the plan in the optimiser's weight (minutes plus risk weight).
    pub ecr: f64,
    /// The same for the greedy order, for comparison.
    pub greedy_ecr: f64,
    /// Expected minutes a person spends following the plan (no risk weight).
    pub expected_minutes: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ExplainedCause {
    pub id: CauseId,
    pub name: String,
    pub probability: f64,
    pub severity: Severity,
    pub evidence: Vec<EvidenceWeight>,
}

/// One piece of evidence and how much it moved a cause (log-likelihood ratio).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct EvidenceWeight {
    /// Finding id, or fix id for a fix outcome.
    pub finding: String,
    pub answer: EvidenceAnswer,
    pub weight: f64,
}

/// What a piece of evidence says: a finding's answer or a fix's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceAnswer {
    Yes,
    No,
    Failed,
    Fixed,
}

/// Whether the next step is a check, a recording check, a home fix, the hand-over to a repair shop, or nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NextKind {
    Question,
    /// A recording check made as one step (the three takes of "Test each microphone").
    Measure,
    Fix,
    Handover,
    None,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ExplainedNext {
    pub kind: NextKind,
    pub id: Option<String>,
    pub title: Option<String>,
    /// The optimiser's weight of the step (minutes plus risk weight).
    pub cost: Option<f64>,
    /// Minutes a person spends on the step (a hand-over: the visit plus the shop's diagnosis while the
    /// part is not named, in whole minutes).
    pub minutes: Option<f64>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PlannedFix {
    pub id: FixId,
    pub title: String,
    /// The optimiser's weight (minutes plus risk weight).
    pub cost: f64,
    /// Minutes a person spends on it (a hand-over: as for [`ExplainedNext::minutes`]).
    pub minutes: f64,
    /// True for the hand-over to a repair shop, which ends the plan.
    pub handover: bool,
    /// True when its risk weight put it later than minutes alone would.
    pub later_for_risk: bool,
    /// Probability the fix works if reached (every earlier fix of the plan failed).
    pub success_probability: f64,
}

/// One cause's evidence, in the order of how much it moved that cause.
#[must_use]
pub fn evidence_weights(
    model: &ProblemModel,
    evidence: &engine::Evidence,
    cause: engine::CauseIx,
) -> Vec<EvidenceWeight> {
    engine::explain(model, evidence, cause)
        .into_iter()
        .map(|c| {
            let (finding, answer) = match c.item {
                EvidenceItem::Answer { finding, yes } => (
                    model.findings[finding].id.to_string(),
                    if yes {
                        EvidenceAnswer::Yes
                    } else {
                        EvidenceAnswer::No
                    },
                ),
                EvidenceItem::FixFailed { fix } => {
                    (model.fixes[fix].id.to_string(), EvidenceAnswer::Failed)
                }
                EvidenceItem::FixWorked { fix } => {
                    (model.fixes[fix].id.to_string(), EvidenceAnswer::Fixed)
                }
            };
            EvidenceWeight {
                finding,
                answer,
                weight: c.weight,
            }
        })
        .collect()
}

/// A cause's severity in a word (minor, moderate, serious), the same on screen, in the CLI and reports.
#[must_use]
pub fn severity_word(lang: Language, severity: Severity) -> String {
    match severity {
        Severity::Low => crate::t!(lang, "severity-low"),
        Severity::Medium => crate::t!(lang, "severity-medium"),
        Severity::High => crate::t!(lang, "severity-high"),
    }
}

/// Human statement of one piece of evidence ("Your voice was audible in the Camera video").
#[must_use]
pub fn statement(lang: Language, kb: &KnowledgeBase, item: &EvidenceWeight) -> String {
    if kb.finding(&item.finding).is_some() {
        let answer = if item.answer == EvidenceAnswer::Yes {
            Answer::Yes
        } else {
            Answer::No
        };
        return answer_statement(lang, kb, &item.finding, answer);
    }
    let outcome = if item.answer == EvidenceAnswer::Fixed {
        FixOutcome::Fixed
    } else {
        FixOutcome::Failed
    };
    fix_statement(lang, kb, &item.finding, outcome)
}

/// An answer in words: the finding's yes or no statement, or "Not sure: …" with its label when skipped.
/// An id the knowledge base lacks is shown as is.
#[must_use]
pub fn answer_statement(
    lang: Language,
    kb: &KnowledgeBase,
    finding: &str,
    answer: Answer,
) -> String {
    match (kb.finding(finding), answer) {
        (Some(f), Answer::Yes) => f.yes_statement.clone(),
        (Some(f), Answer::No) => f.no_statement.clone(),
        (Some(f), Answer::Skipped) => crate::t!(lang, "report-not-sure", label = f.label.as_str()),
        (None, _) => finding.to_owned(),
    }
}

/// A fix outcome in words ("“Restart your iPhone” did not help").
#[must_use]
pub fn fix_statement(lang: Language, kb: &KnowledgeBase, fix: &str, outcome: FixOutcome) -> String {
    let title = kb.fix(fix).map_or(fix, |f| f.title.as_str());
    match outcome {
        FixOutcome::Fixed => crate::t!(lang, "report-fix-fixed", title = title),
        FixOutcome::Failed => crate::t!(lang, "report-fix-failed", title = title),
        FixOutcome::Skipped => crate::t!(lang, "report-fix-skipped", title = title),
    }
}

/// One entry of a case's history in words: the answer, the fix outcome, or the recording measured.
/// The workspace's history and the reports read the same.
#[must_use]
pub fn event_statement(
    lang: Language,
    kb: &KnowledgeBase,
    event: &crate::session::Event,
) -> String {
    use crate::session::Event;
    match event {
        Event::Answer { finding, answer } => answer_statement(lang, kb, finding, *answer),
        Event::Fix { fix, outcome } => fix_statement(lang, kb, fix, *outcome),
        Event::CheckSkipped { check } => crate::t!(
            lang,
            "report-check-skipped",
            title = kb
                .problems
                .iter()
                .flat_map(|p| &p.recording_checks)
                .find(|c| c.id == *check)
                .map_or(check.as_str(), |c| c.title.as_str())
        ),
        Event::Recording { role, measurement } => crate::t!(
            lang,
            "report-measured",
            role = role_name(lang, *role),
            file = measurement.file.as_str()
        ),
        Event::PrivacyReport { report } => crate::t!(
            lang,
            "report-privacy-read",
            uses = report.uses.len(),
            recognised = report.recognised.len()
        ),
    }
}

impl ExplainedDiagnosis {
    /// Builds the report of a session: model, evidence and diagnosis are computed here.
    ///
    /// # Errors
    /// When the session's problem or ids are not in the knowledge base.
    pub fn for_session(kb: &KnowledgeBase, session: &Session) -> Result<Self, SessionError> {
        let model = ProblemModel::from_kb(kb, &session.problem)?;
        let evidence = session.evidence(&model)?;
        let diagnosis = engine::diagnose(&model, &evidence);
        Ok(Self::new(kb, &model, &evidence, &diagnosis))
    }

    /// Joins an engine diagnosis with the knowledge base's names.
    #[must_use]
    pub fn new(
        kb: &KnowledgeBase,
        model: &ProblemModel,
        evidence: &engine::Evidence,
        diagnosis: &Diagnosis,
    ) -> Self {
        let causes = diagnosis
            .ranking
            .iter()
            .map(|&cause| {
                let id = model.cause_id(cause);
                let entity = kb.cause(id);
                ExplainedCause {
                    id: id.clone(),
                    name: entity.map_or_else(|| id.to_string(), |c| c.name.clone()),
                    probability: diagnosis.posterior.probabilities[cause],
                    severity: entity.map_or(Severity::Low, |c| c.severity),
                    evidence: evidence_weights(model, evidence, cause),
                }
            })
            .collect();
        let fix_title = |fix: engine::FixIx| {
            let id = &model.fixes[fix].id;
            kb.fix(id)
                .map_or_else(|| id.to_string(), |f| f.title.clone())
        };
        let probabilities = &diagnosis.posterior.probabilities;
        let next = match diagnosis.next {
            NextStep::Question { finding, .. } => {
                let f = &model.findings[finding];
                ExplainedNext {
                    kind: NextKind::Question,
                    id: Some(f.id.to_string()),
                    title: Some(
                        kb.finding(&f.id)
                            .map_or_else(|| f.id.to_string(), |k| k.label.clone()),
                    ),
                    cost: Some(f.cost),
                    minutes: Some(f.cost),
                }
            }
            NextStep::Measure { check, .. } => {
                let c = &model.checks[check];
                ExplainedNext {
                    kind: NextKind::Measure,
                    id: Some(c.id.clone()),
                    title: Some(
                        kb.recording_check(&model.problem, &c.id)
                            .map_or_else(|| c.id.clone(), |r| r.title.clone()),
                    ),
                    cost: Some(c.cost),
                    minutes: Some(c.cost),
                }
            }
            NextStep::Fix { fix } | NextStep::Handover { fix } => ExplainedNext {
                kind: if model.fixes[fix].handover {
                    NextKind::Handover
                } else {
                    NextKind::Fix
                },
                id: Some(model.fixes[fix].id.to_string()),
                title: Some(fix_title(fix)),
                cost: Some(step_weight(model, probabilities, &[], fix, Weight::Cost)),
                minutes: Some(step_weight(model, probabilities, &[], fix, Weight::Minutes)),
            },
            NextStep::Done(_) => ExplainedNext {
                kind: NextKind::None,
                id: None,
                title: None,
                cost: None,
                minutes: None,
            },
        };
        let plan = diagnosis
            .plan
            .steps
            .iter()
            .enumerate()
            .map(|(at, step)| {
                let tried: Vec<_> = diagnosis.plan.steps[..at].iter().map(|s| s.fix).collect();
                let weight = |weight| step_weight(model, probabilities, &tried, step.fix, weight);
                PlannedFix {
                    id: model.fixes[step.fix].id.clone(),
                    title: fix_title(step.fix),
                    cost: weight(Weight::Cost),
                    minutes: weight(Weight::Minutes),
                    handover: model.fixes[step.fix].handover,
                    later_for_risk: step.later_for_risk,
                    success_probability: step.success_probability,
                }
            })
            .collect();
        Self {
            problem: model.problem.clone(),
            causes,
            next,
            plan,
            ecr: diagnosis.plan.ecr,
            greedy_ecr: diagnosis.plan.greedy_ecr,
            expected_minutes: diagnosis.plan.expected_minutes,
        }
    }
}

#[derive(Clone, Copy)]
enum Weight {
    Cost,
    Minutes,
}

/// A fix's weight as a step of the plan: its own, or for a hand-over reached after `tried` failed, the
/// visit plus the shop's diagnosis while the part is not named (whole minutes, as people read it).
fn step_weight(
    model: &ProblemModel,
    probabilities: &[f64],
    tried: &[engine::FixIx],
    fix: engine::FixIx,
    weight: Weight,
) -> f64 {
    let own = &model.fixes[fix];
    match (own.handover, weight) {
        (false, Weight::Cost) => own.cost,
        (false, Weight::Minutes) => own.minutes,
        (true, Weight::Cost) => HandoverWeights::cost(model, fix)
            .at_belief(model, probabilities, tried)
            .round(),
        (true, Weight::Minutes) => HandoverWeights::minutes(model, fix)
            .at_belief(model, probabilities, tried)
            .round(),
    }
}

/// Why the engine has nothing more to suggest, in words.
#[must_use]
pub fn done_reason_text(
    lang: Language,
    kb: &KnowledgeBase,
    model: &ProblemModel,
    reason: DoneReason,
) -> String {
    match reason {
        DoneReason::Solved { fix } => {
            let id = &model.fixes[fix].id;
            let title = kb.fix(id).map_or(id.as_str(), |f| f.title.as_str());
            crate::t!(lang, "report-done-solved", title = title)
        }
        DoneReason::NothingLeft => crate::t!(lang, "report-done-nothing-left"),
        DoneReason::Contradictory => crate::t!(lang, "report-done-contradictory"),
    }
}
