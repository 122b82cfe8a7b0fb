//! Priors learned from a shop's own confirmed cases. The knowledge base's numbers act as a prior worth
//! `strength` cases: a cause's probability within its problem becomes `(s·prior + n_c) / (s + N)`
//! (Dirichlet counting over the problem's causes), and a fix's chance to repair a cause becomes
//! `(s·repairs + worked) / (s + tried)` (Beta counting). Only cases with a technician's verdict count:
//! the true cause of the others is unknown (docs/learning.md says why that matters). The result is a
//! small overlay file, with the counts behind every change, that the validator checks before use.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::fs::ReadError;
use crate::i18n::Language;
use crate::kb::KnowledgeBase;
use crate::t;

/// The strength of the knowledge base's own numbers, in cases, unless the shop chooses another.
pub const DEFAULT_STRENGTH: f64 = 20.0;

/// What the file says it is.
pub const KIND: &str = "micdoctor-learned-priors";

/// A case whose true cause a technician confirmed.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfirmedCase {
    pub problem: String,
    /// A cause id of the problem (a technician's "other" is mapped to the problem's catch-all cause).
    pub cause: String,
    /// The fixes tried on it, and whether each worked.
    pub fixes: Vec<(String, bool)>,
    /// When the case started (seconds since the Unix epoch).
    pub started_at: u64,
}

/// One cause's prior, before and after, with the cases behind it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriorChange {
    pub problem: String,
    pub cause: String,
    /// The cause's probability within its problem, from the knowledge base.
    pub old: f64,
    pub new: f64,
    /// Confirmed cases with this cause, and with any cause of the problem.
    pub cases: usize,
    pub of: usize,
}

/// One fix's chance to repair one cause, before and after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepairChange {
    pub fix: String,
    pub cause: String,
    pub old: f64,
    pub new: f64,
    pub worked: usize,
    pub tried: usize,
}

/// The learned overlay.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Learned {
    pub kind: String,
    /// The knowledge-base version the numbers were learned against.
    pub kb_version: String,
    pub strength: f64,
    /// The confirmed cases counted, and the span of their start dates (seconds since the Unix epoch).
    pub cases: usize,
    pub since: u64,
    pub until: u64,
    pub priors: Vec<PriorChange>,
    pub repairs: Vec<RepairChange>,
}

/// Why a learned overlay cannot be used with a knowledge base.
#[derive(Debug, thiserror::Error)]
pub enum LearnError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("{path} is not a learned-priors file: {why}")]
    Parse { path: String, why: String },
    #[error("this is not a learned-priors file (kind {0:?})")]
    NotLearned(String),
    #[error("the strength {0} must be a positive number of cases")]
    BadStrength(f64),
    #[error("{what} {id:?} is not in the knowledge base")]
    Unknown { what: &'static str, id: String },
    #[error("the learned value {value} for {id} is not a probability")]
    NotAProbability { id: String, value: f64 },
    #[error("the priors learned for {0} do not add up to 1")]
    NotNormalised(String),
}

impl LearnError {
    /// The error in `language`, for people; `Display` stays English for logs.
    #[must_use]
    pub fn in_words(&self, language: Language) -> String {
        match self {
            Self::Read(err) => err.in_words(language),
            Self::Parse { path, why } => t!(
                language,
                "learn-error-parse",
                path = path.as_str(),
                why = why.as_str()
            ),
            Self::NotLearned(kind) => t!(language, "learn-error-not-learned", kind = kind.as_str()),
            Self::BadStrength(strength) => {
                t!(language, "learn-error-bad-strength", strength = *strength)
            }
            Self::Unknown { what, id } => t!(
                language,
                "learn-error-unknown",
                what = *what,
                id = id.as_str()
            ),
            Self::NotAProbability { id, value } => t!(
                language,
                "learn-error-not-a-probability",
                id = id.as_str(),
                value = *value
            ),
            Self::NotNormalised(problem) => {
                t!(
                    language,
                    "learn-error-not-normalised",
                    problem = problem.as_str()
                )
            }
        }
    }
}

/// Most bytes a learned file may have (a few hundred numbers).
const MAX_LEARNED_BYTES: u64 = 1024 * 1024;

/// Reads a learned file (`micdoctor learn --out`).
///
/// # Errors
/// When it cannot be read or is not one.
pub fn load(path: &std::path::Path) -> Result<Learned, LearnError> {
    let text = crate::fs::read_text(path, MAX_LEARNED_BYTES)?;
    serde_json::from_str(&text).map_err(|err| LearnError::Parse {
        path: path.display().to_string(),
        why: err.to_string(),
    })
}

/// The sum of the priors of `problem`'s causes: a cause's share of its problem is its prior over this.
fn prior_total(kb: &KnowledgeBase, problem: &crate::kb::Problem) -> f64 {
    problem
        .causes
        .iter()
        .filter_map(|id| kb.cause(id))
        .map(|c| c.prior)
        .sum()
}

/// Learns from `cases` against `kb` with the knowledge base worth `strength` cases.
#[must_use]
pub fn learn(kb: &KnowledgeBase, cases: &[ConfirmedCase], strength: f64) -> Learned {
    let mut priors = Vec::new();
    for problem in &kb.problems {
        let mine: Vec<&ConfirmedCase> = cases
            .iter()
            .filter(|c| c.problem == problem.id.as_str())
            .filter(|c| problem.causes.iter().any(|id| id.as_str() == c.cause))
            .collect();
        if mine.is_empty() {
            continue;
        }
        let total = prior_total(kb, problem);
        let n = mine.len();
        for id in &problem.causes {
            let Some(cause) = kb.cause(id) else { continue };
            let old = cause.prior / total;
            let count = mine.iter().filter(|c| c.cause == id.as_str()).count();
            let new = (strength * old + count as f64) / (strength + n as f64);
            priors.push(PriorChange {
                problem: problem.id.to_string(),
                cause: id.to_string(),
                old,
                new,
                cases: count,
                of: n,
            });
        }
    }
    let mut tries: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    for case in cases {
        for (fix, worked) in &case.fixes {
            let entry = tries.entry((fix.clone(), case.cause.clone())).or_default();
            entry.1 += 1;
            if *worked {
                entry.0 += 1;
            }
        }
    }
    let repairs = tries
        .into_iter()
        .filter_map(|((fix, cause), (worked, tried))| {
            let old = kb
                .fix(&fix)?
                .repairs
                .iter()
                .find(|(c, _)| c.as_str() == cause)
                .map_or(0.0, |(_, p)| *p);
            kb.cause(&cause)?;
            Some(RepairChange {
                new: (strength * old + worked as f64) / (strength + tried as f64),
                fix,
                cause,
                old,
                worked,
                tried,
            })
        })
        .collect();
    Learned {
        kind: KIND.to_owned(),
        kb_version: kb.kb_version.clone(),
        strength,
        cases: cases.len(),
        since: cases.iter().map(|c| c.started_at).min().unwrap_or(0),
        until: cases.iter().map(|c| c.started_at).max().unwrap_or(0),
        priors,
        repairs,
    }
}

/// Checks `learned` against `kb`: its kind, strength, ids and probabilities.
///
/// # Errors
/// The first thing wrong with it.
pub fn validate(kb: &KnowledgeBase, learned: &Learned) -> Result<(), LearnError> {
    if learned.kind != KIND {
        return Err(LearnError::NotLearned(learned.kind.clone()));
    }
    if !(learned.strength.is_finite() && learned.strength > 0.0) {
        return Err(LearnError::BadStrength(learned.strength));
    }
    let probability = |id: String, value: f64| {
        if value.is_finite() && (0.0..=1.0).contains(&value) {
            Ok(())
        } else {
            Err(LearnError::NotAProbability { id, value })
        }
    };
    let mut sums: BTreeMap<&str, f64> = BTreeMap::new();
    for change in &learned.priors {
        let problem = kb
            .problem(&change.problem)
            .ok_or_else(|| LearnError::Unknown {
                what: "problem",
                id: change.problem.clone(),
            })?;
        if !problem.causes.iter().any(|c| c.as_str() == change.cause) {
            return Err(LearnError::Unknown {
                what: "cause",
                id: change.cause.clone(),
            });
        }
        probability(change.cause.clone(), change.new)?;
        *sums.entry(change.problem.as_str()).or_default() += change.new;
    }
    if let Some((problem, _)) = sums.iter().find(|(_, sum)| (**sum - 1.0).abs() > 1e-6) {
        return Err(LearnError::NotNormalised((*problem).to_owned()));
    }
    for change in &learned.repairs {
        if kb.fix(&change.fix).is_none() {
            return Err(LearnError::Unknown {
                what: "fix",
                id: change.fix.clone(),
            });
        }
        if kb.cause(&change.cause).is_none() {
            return Err(LearnError::Unknown {
                what: "cause",
                id: change.cause.clone(),
            });
        }
        probability(format!("{} on {}", change.fix, change.cause), change.new)?;
    }
    Ok(())
}

/// `kb` with the learned numbers in place: each learned cause's prior (the problem's causes keep their
/// scale, so a cause in several problems keeps its weight elsewhere), and each learned repair chance.
///
/// # Errors
/// When `learned` does not fit `kb` ([`validate`]).
pub fn apply(kb: &KnowledgeBase, learned: &Learned) -> Result<KnowledgeBase, LearnError> {
    validate(kb, learned)?;
    let mut out = kb.clone();
    for change in &learned.priors {
        let Some(problem) = kb.problem(&change.problem) else {
            continue;
        };
        let total = prior_total(kb, problem);
        if let Some(cause) = out
            .causes
            .iter_mut()
            .find(|c| c.id.as_str() == change.cause)
        {
            cause.prior = change.new * total;
        }
    }
    for change in &learned.repairs {
        if let Some(fix) = out.fixes.iter_mut().find(|f| f.id.as_str() == change.fix)
            && let Some(cause) = kb.cause(&change.cause)
        {
            fix.repairs.insert(cause.id.clone(), change.new);
        }
    }
    out.learned = Some(crate::kb::LearnedNote {
        cases: learned.cases,
        since: learned.since,
    });
    Ok(out)
}
