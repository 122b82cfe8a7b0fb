//! Serving simulated customers with each policy, and the statistics of a run: mean and 90th-percentile
//! minutes to resolution by policy and by true cause, and how many software faults went to the shop.

use serde::Serialize;

use super::customer::{Customer, draw};
use super::guide::{Guide, GuideAction};
use super::world::World;
use crate::engine::{
    self, CheckIx, Evidence, FindingIx, FixIx, Lookahead, NextStep, ProblemModel, Strategy,
    plan::Planner,
};
use crate::kb::FindingKind;

/// Most steps one customer takes before the run counts them as sent to the shop.
const MAX_STEPS: usize = 100;

/// A way of choosing the next step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Policy {
    /// The engine's default: look-ahead over questions and the plan, terminal hand-over.
    MicDoctor,
    /// The one-step ECO rule with the terminal hand-over.
    Myopic,
    /// No questions: greedy with recalculation over the fixes, handing over by the greedy stopping rule.
    Greedy,
    /// The seed guide's fixed order.
    Guide,
    /// The engine's look-ahead told the world's own numbers ([`World::informed_model`]): the advice of
    /// a knowledge base free of error, a yardstick for how much the KB's numbers cost.
    Informed,
}

impl Policy {
    pub const ALL: [Self; 5] = [
        Self::MicDoctor,
        Self::Myopic,
        Self::Greedy,
        Self::Guide,
        Self::Informed,
    ];

    /// The name on the command line and in reports.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::MicDoctor => "micdoctor",
            Self::Myopic => "myopic",
            Self::Greedy => "greedy",
            Self::Guide => "guide",
            Self::Informed => "informed",
        }
    }
}

/// How a customer's case ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Ending {
    /// A home fix worked.
    FixedAtHome,
    /// The policy sent them to the shop.
    Shop,
    /// The policy had nothing more to try; they went to the shop anyway.
    GaveUp,
}

/// One customer served by one policy.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Visit {
    pub minutes: f64,
    pub ending: Ending,
    pub questions: usize,
    pub fixes: usize,
    /// At the shop: whether the customer's answers named the faulty part (the world's `names`), which
    /// decided the visit's minutes. `None` when a home fix worked.
    pub part_named: Option<bool>,
}

/// One step a policy took with a customer, for traces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TraceStep {
    /// Asked this finding; the customer answered `yes`.
    Asked { finding: FindingIx, yes: bool },
    /// Made this check; it ended on `outcome`.
    Measured { check: CheckIx, outcome: FindingIx },
    /// Tried this fix; it `worked` or not.
    Tried { fix: FixIx, worked: bool },
    /// Sent to the shop by this hand-over.
    Handover { fix: FixIx },
    /// Nothing more to try: off to the shop anyway.
    GaveUp,
}

/// What a policy does next for a customer.
enum Move {
    Ask(FindingIx),
    Measure(CheckIx),
    Try(FixIx),
    Handover(FixIx),
    GiveUp,
}

/// Serves `customer` with `policy` until a fix works or the case ends at the shop.
#[must_use]
pub fn serve(
    model: &ProblemModel,
    world: &World,
    guide: Option<&Guide>,
    policy: Policy,
    lookahead: Lookahead,
    customer: &Customer,
) -> Visit {
    serve_traced(
        model,
        world,
        guide,
        policy,
        lookahead,
        customer,
        &mut |_| {},
    )
}

/// [`serve`], telling `trace` every step.
#[must_use]
pub fn serve_traced(
    model: &ProblemModel,
    world: &World,
    guide: Option<&Guide>,
    policy: Policy,
    lookahead: Lookahead,
    customer: &Customer,
    trace: &mut dyn FnMut(TraceStep),
) -> Visit {
    let model = if policy == Policy::Informed {
        world.informed_model()
    } else {
        model
    };
    let mut evidence = Evidence::default();
    for &f in &customer.volunteered {
        evidence.observations.push(engine::Observation {
            finding: f,
            yes: true,
        });
    }
    let mut cursor = guide.map(Guide::start);
    let mut visit = Visit {
        minutes: 0.0,
        ending: Ending::GaveUp,
        questions: 0,
        fixes: 0,
        part_named: None,
    };
    // At the shop, what the customer told decides what the visit costs.
    let at_shop = |evidence: &Evidence, visit: &mut Visit| {
        let named = world.names_part(customer.cause, |f| {
            evidence
                .observations
                .iter()
                .find(|o| o.finding == f)
                .map(|o| o.yes)
        });
        visit.part_named = Some(named);
        visit.minutes += world.handover_minutes(named);
    };
    for _ in 0..MAX_STEPS {
        let next = match (policy, guide, cursor.as_mut()) {
            (Policy::Guide, Some(guide), Some(cursor)) => {
                let known = |f: FindingIx| {
                    evidence
                        .observations
                        .iter()
                        .find(|o| o.finding == f)
                        .map(|o| o.yes)
                };
                match guide.action(cursor, known, |fix| evidence.has_used_fix(fix)) {
                    GuideAction::Ask(f) => Move::Ask(f),
                    GuideAction::Try(fix) => Move::Try(fix),
                    GuideAction::Handover(fix) => Move::Handover(fix),
                    GuideAction::End => Move::GiveUp,
                }
            }
            (Policy::Guide, ..) => Move::GiveUp,
            (Policy::Greedy, ..) => greedy_move(model, &evidence),
            (Policy::MicDoctor | Policy::Myopic | Policy::Informed, ..) => {
                let strategy = if policy == Policy::Myopic {
                    Strategy::Myopic
                } else {
                    Strategy::Lookahead(lookahead)
                };
                match engine::next_step(model, &evidence, strategy) {
                    NextStep::Question { finding, .. } => Move::Ask(finding),
                    NextStep::Measure { check, .. } => Move::Measure(check),
                    NextStep::Fix { fix } => Move::Try(fix),
                    NextStep::Handover { fix } => Move::Handover(fix),
                    NextStep::Done(_) => Move::GiveUp,
                }
            }
        };
        match next {
            Move::Ask(finding) => {
                visit.minutes += world.finding_minutes[finding.get()];
                visit.questions += 1;
                let yes = customer.answers[finding.get()];
                trace(TraceStep::Asked { finding, yes });
                evidence
                    .observations
                    .push(engine::Observation { finding, yes });
                if let (Some(guide), Some(cursor)) = (guide, cursor.as_mut()) {
                    guide.advance(cursor, Some(yes));
                }
            }
            Move::Measure(check) => {
                visit.minutes += world.check_minutes[check.get()];
                visit.questions += 1;
                let outcome = customer.measured[check.get()];
                trace(TraceStep::Measured { check, outcome });
                evidence.observations.push(engine::Observation {
                    finding: outcome,
                    yes: true,
                });
                if let (Some(guide), Some(cursor)) = (guide, cursor.as_mut()) {
                    guide.advance(cursor, Some(true));
                }
            }
            Move::Try(fix) => {
                visit.minutes += world.fix_minutes[fix.get()];
                visit.fixes += 1;
                trace(TraceStep::Tried {
                    fix,
                    worked: customer.works[fix.get()],
                });
                if customer.works[fix.get()] {
                    visit.ending = Ending::FixedAtHome;
                    return visit;
                }
                evidence.failed_fixes.push(fix);
                if let (Some(guide), Some(cursor)) = (guide, cursor.as_mut()) {
                    guide.advance(cursor, None);
                }
            }
            Move::Handover(fix) => {
                trace(TraceStep::Handover { fix });
                at_shop(&evidence, &mut visit);
                visit.ending = Ending::Shop;
                return visit;
            }
            Move::GiveUp => break,
        }
    }
    trace(TraceStep::GaveUp);
    at_shop(&evidence, &mut visit);
    visit
}

/// The greedy policy: the first fix of greedy-with-recalculation, or the hand-over when its stopping
/// rule says so; never a question.
fn greedy_move(model: &ProblemModel, evidence: &Evidence) -> Move {
    let posterior = engine::posterior(model, evidence);
    if posterior.contradictory {
        return Move::GiveUp;
    }
    let planner = Planner::new(model);
    let used = |fix| evidence.has_used_fix(fix);
    let candidates = planner.candidates(&posterior.probabilities, used);
    let handover = planner.handover(used);
    let (order, _) = planner.greedy(&posterior.probabilities, &candidates, handover);
    match (order.first(), handover) {
        (Some(&fix), _) => Move::Try(fix),
        (None, Some(fix)) => Move::Handover(fix),
        (None, None) => Move::GiveUp,
    }
}

/// Every customer of a run, served by every policy asked for.
#[derive(Debug, Clone)]
pub struct Run {
    pub policies: Vec<Policy>,
    /// The true cause of each customer (index into the world's causes).
    pub causes: Vec<usize>,
    /// `visits[p][i]`: customer `i` served by `policies[p]`.
    pub visits: Vec<Vec<Visit>>,
}

/// Draws `customers` customers from `world` with `seed` and serves each with every policy (the
/// engine's with `lookahead`), on as many threads as the machine offers (the result does not depend
/// on it).
#[must_use]
pub fn run(
    model: &ProblemModel,
    world: &World,
    guide: Option<&Guide>,
    policies: &[Policy],
    lookahead: Lookahead,
    customers: usize,
    seed: u64,
) -> Run {
    let symptom = |f: FindingIx| model.findings[f].kind == FindingKind::Symptom;
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .clamp(1, 8);
    let chunk = customers.div_ceil(threads).max(1);
    let served: Vec<(usize, Vec<Visit>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..customers)
            .step_by(chunk)
            .map(|first| {
                scope.spawn(move || {
                    (first..(first + chunk).min(customers))
                        .map(|i| {
                            let customer = draw(world, seed, i as u64, symptom);
                            let visits = policies
                                .iter()
                                .map(|&p| serve(model, world, guide, p, lookahead, &customer))
                                .collect();
                            (customer.cause, visits)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    let mut visits = vec![Vec::with_capacity(customers); policies.len()];
    let mut causes = Vec::with_capacity(customers);
    for (cause, by_policy) in served {
        causes.push(cause);
        for (p, visit) in by_policy.into_iter().enumerate() {
            visits[p].push(visit);
        }
    }
    Run {
        policies: policies.to_vec(),
        causes,
        visits,
    }
}

/// Mean and 90th percentile of a set of minutes.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Minutes {
    pub customers: usize,
    pub mean: f64,
    pub p90: f64,
}

impl Minutes {
    /// The mean, and the 90th percentile by nearest rank (0 for no customers).
    #[must_use]
    pub fn of(values: impl Iterator<Item = f64>) -> Self {
        let mut values: Vec<f64> = values.collect();
        values.sort_by(f64::total_cmp);
        let n = values.len();
        if n == 0 {
            return Self {
                customers: 0,
                mean: 0.0,
                p90: 0.0,
            };
        }
        let rank = (n * 9).div_ceil(10).max(1);
        Self {
            customers: n,
            mean: values.iter().sum::<f64>() / n as f64,
            p90: values[rank - 1],
        }
    }
}

/// One true cause's figures under one policy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CauseFigures {
    pub cause: String,
    pub hardware: bool,
    pub minutes: Minutes,
    /// Customers of this cause whose case ended at the shop (sent or given up).
    pub to_shop: usize,
    /// Of those, the customers who brought the faulty part named by a test.
    pub part_named: usize,
}

/// One policy's figures over a run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PolicyFigures {
    pub policy: Policy,
    pub all: Minutes,
    pub hardware: Minutes,
    pub software: Minutes,
    /// Customers with a software cause (`hardware: false`) whose case ended at the shop.
    pub software_to_shop: usize,
    pub fixed_at_home: usize,
    pub mean_questions: f64,
    /// Customers with a hardware cause whose case ended at the shop, and how many of them brought the
    /// faulty part named by a test.
    pub hardware_to_shop: usize,
    pub hardware_part_named: usize,
    pub by_cause: Vec<CauseFigures>,
}

impl PolicyFigures {
    /// The share of hardware customers at the shop who arrived with the part named (0 when none went).
    #[must_use]
    pub fn part_named_share(&self) -> f64 {
        if self.hardware_to_shop == 0 {
            0.0
        } else {
            self.hardware_part_named as f64 / self.hardware_to_shop as f64
        }
    }
}

impl Run {
    /// The figures of every policy, causes in the world's order.
    #[must_use]
    pub fn figures(&self, world: &World) -> Vec<PolicyFigures> {
        self.policies
            .iter()
            .zip(&self.visits)
            .map(|(&policy, visits)| {
                let of = |keep: &dyn Fn(usize) -> bool| {
                    Minutes::of(
                        visits
                            .iter()
                            .zip(&self.causes)
                            .filter(|(_, c)| keep(**c))
                            .map(|(v, _)| v.minutes),
                    )
                };
                let at_shop = |v: &Visit| v.ending != Ending::FixedAtHome;
                let by_cause = world
                    .causes
                    .iter()
                    .enumerate()
                    .map(|(index, reality)| CauseFigures {
                        cause: reality.id.clone(),
                        hardware: reality.hardware,
                        minutes: of(&|c| c == index),
                        to_shop: visits
                            .iter()
                            .zip(&self.causes)
                            .filter(|(v, c)| **c == index && at_shop(v))
                            .count(),
                        part_named: visits
                            .iter()
                            .zip(&self.causes)
                            .filter(|(v, c)| **c == index && v.part_named == Some(true))
                            .count(),
                    })
                    .collect();
                let n = visits.len().max(1) as f64;
                PolicyFigures {
                    policy,
                    all: of(&|_| true),
                    hardware: of(&|c| world.causes[c].hardware),
                    software: of(&|c| !world.causes[c].hardware),
                    software_to_shop: visits
                        .iter()
                        .zip(&self.causes)
                        .filter(|(v, c)| !world.causes[**c].hardware && at_shop(v))
                        .count(),
                    fixed_at_home: visits
                        .iter()
                        .filter(|v| v.ending == Ending::FixedAtHome)
                        .count(),
                    mean_questions: visits.iter().map(|v| v.questions as f64).sum::<f64>() / n,
                    hardware_to_shop: visits
                        .iter()
                        .zip(&self.causes)
                        .filter(|(v, c)| world.causes[**c].hardware && at_shop(v))
                        .count(),
                    hardware_part_named: visits
                        .iter()
                        .zip(&self.causes)
                        .filter(|(v, c)| world.causes[**c].hardware && v.part_named == Some(true))
                        .count(),
                    by_cause,
                }
            })
            .collect()
    }
}
