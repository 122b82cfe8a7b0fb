//! What a run says, as `micdoctor simulate --json` prints it and its table shows it: each policy's figures,
//! each policy's means over the guide's (overall, hardware, the worst cause), MicDoctor against each other
//! policy customer by customer, and the share of hardware customers who reached the shop with the faulty
//! part named.

use serde::Serialize;

use super::paired::Paired;
use super::run::{Policy, PolicyFigures, Run};
use super::world::World;

/// A run in figures: the `--json` output of `micdoctor simulate`.
#[derive(Debug, Clone, Serialize)]
pub struct SimulationReport {
    pub world: String,
    pub title: String,
    pub problem: String,
    pub customers: u64,
    pub seed: u64,
    pub policies: Vec<PolicyFigures>,
    /// Each policy's means over the guide's, when the guide ran.
    pub ratios_to_guide: Vec<Ratios>,
    /// MicDoctor against each other policy on the same customers, when MicDoctor ran.
    pub micdoctor_against: Vec<Paired>,
}

/// A policy's mean minutes over the guide's.
#[derive(Debug, Clone, Serialize)]
pub struct Ratios {
    pub policy: Policy,
    pub all: f64,
    pub hardware: f64,
    /// The largest ratio over the true causes (with customers), and that cause.
    pub worst_cause: f64,
    pub worst_cause_id: String,
}

impl SimulationReport {
    /// The figures of `run` in `world`, drawn with `seed`.
    #[must_use]
    pub fn new(world: &World, run: &Run, seed: u64) -> Self {
        let figures = run.figures(world);
        let ratios_to_guide = ratios(&figures);
        let micdoctor_against = run
            .policies
            .iter()
            .filter_map(|&other| {
                (other != Policy::MicDoctor)
                    .then(|| Paired::of(run, Policy::MicDoctor, other))
                    .flatten()
            })
            .collect();
        Self {
            world: world.id.clone(),
            title: world.title.clone(),
            problem: world.problem.clone(),
            customers: run.causes.len() as u64,
            seed,
            policies: figures,
            ratios_to_guide,
            micdoctor_against,
        }
    }

    /// The ratios of `policy`, when the guide ran.
    #[must_use]
    pub fn ratios_of(&self, policy: Policy) -> Option<&Ratios> {
        self.ratios_to_guide.iter().find(|r| r.policy == policy)
    }
}

/// Each policy's means over the guide's (empty when the guide did not run). A ratio over a guide mean
/// of 0 is not a number.
fn ratios(figures: &[PolicyFigures]) -> Vec<Ratios> {
    let Some(guide) = figures.iter().find(|f| f.policy == Policy::Guide) else {
        return Vec::new();
    };
    let over = |a: f64, b: f64| if b > 0.0 { a / b } else { f64::NAN };
    figures
        .iter()
        .map(|f| {
            let (worst_cause, worst_cause_id) = f
                .by_cause
                .iter()
                .zip(&guide.by_cause)
                .filter(|(c, _)| c.minutes.customers > 0)
                .map(|(c, g)| (over(c.minutes.mean, g.minutes.mean), c.cause.clone()))
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .unwrap_or((f64::NAN, String::new()));
            Ratios {
                policy: f.policy,
                all: over(f.all.mean, guide.all.mean),
                hardware: over(f.hardware.mean, guide.hardware.mean),
                worst_cause,
                worst_cause_id,
            }
        })
        .collect()
}
