//! Seeded synthetic problems and knowledge bases of any size, for the benchmarks.
#![allow(dead_code, reason = "each bench uses only some of these generators")]

use std::collections::BTreeMap;

use micdoctor_core::engine::{FindingModel, FixModel, ProblemModel};
use micdoctor_core::kb::{
    AnswerSlip, Cause, CauseId, Device, DeviceProfile, Finding, FindingId, FindingKind, Fix, FixId,
    KnowledgeBase, Problem, SCHEMA_VERSION, Severity, Step, SymptomGroup,
};

/// A problem with `causes` causes, 1.5 × as many tests and half as many fixes. Likelihoods are
/// dense (a default plus a few strong ones); each fix repairs one to three causes, as in the real KB.
#[must_use]
pub fn problem_model(causes: usize, seed: u64) -> ProblemModel {
    let mut rng = fastrand::Rng::with_seed(seed);
    let weights: Vec<f64> = (0..causes).map(|_| 0.05 + rng.f64()).collect();
    let total: f64 = weights.iter().sum();
    let findings = (0..causes * 3 / 2)
        .map(|i| {
            let default = 0.05 + 0.3 * rng.f64();
            let mut likelihood = vec![default; causes];
            for _ in 0..rng.usize(2..=5) {
                likelihood[rng.usize(0..causes)] = 0.6 + 0.38 * rng.f64();
            }
            FindingModel {
                id: format!("f{i:04}").into(),
                kind: FindingKind::Test,
                cost: 0.5 + 4.5 * rng.f64(),
                likelihood,
                settles: Vec::new(),
            }
        })
        .collect();
    let fixes = (0..(causes / 2).max(1))
        .map(|i| {
            let mut repairs = vec![0.0; causes];
            for _ in 0..rng.usize(1..=3) {
                repairs[rng.usize(0..causes)] = 0.5 + 0.49 * rng.f64();
            }
            let cost = 1.0 + 29.0 * rng.f64();
            FixModel {
                id: format!("a{i:04}").into(),
                cost,
                minutes: cost,
                repairs,
                handover: false,
                diagnosis: 0.0,
            }
        })
        .collect();
    ProblemModel {
        problem: format!("synthetic_{causes}").into(),
        cause_ids: (0..causes).map(|i| format!("c{i:04}").into()).collect(),
        priors: weights.iter().map(|w| w / total).collect(),
        findings,
        fixes,
        parts: Vec::new(),
        checks: Vec::new(),
    }
}

fn step(text: &str) -> Step {
    Step {
        text: text.to_owned(),
        ..Step::default()
    }
}

/// A valid knowledge base of `problems` problems, each with 12 causes, 8 symptoms, 8 tests and 10 fixes.
#[must_use]
pub fn knowledge_base(problems: usize, seed: u64) -> KnowledgeBase {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut kb = KnowledgeBase {
        schema_version: SCHEMA_VERSION,
        kb_version: "synthetic".into(),
        title: format!("{problems} synthetic problems"),
        sources: Vec::new(),
        devices: DeviceProfile::ALL
            .iter()
            .map(|&id| Device {
                id,
                name: format!("{id:?}"),
                hint: "A synthetic device.".into(),
                illustration: None,
            })
            .collect(),
        illustrations: Vec::new(),
        problems: Vec::new(),
        causes: Vec::new(),
        findings: Vec::new(),
        fixes: Vec::new(),
        faq: Vec::new(),
        comparisons: Vec::new(),
        ..KnowledgeBase::default()
    };
    for p in 0..problems {
        let cause_ids: Vec<CauseId> = (0..12).map(|c| format!("p{p}_c{c}").into()).collect();
        for id in &cause_ids {
            kb.causes.push(Cause {
                id: id.clone(),
                name: format!("Cause {id}"),
                explanation: "A synthetic cause.".into(),
                severity: Severity::Low,
                hardware: false,
                prior: 0.05 + rng.f64(),
                rationale: "synthetic".into(),
                sources: Vec::new(),
            });
        }
        let mut finding_ids = Vec::new();
        for f in 0..16 {
            let id = format!("p{p}_f{f}");
            let likelihoods: BTreeMap<CauseId, f64> = (0..3)
                .map(|_| (cause_ids[rng.usize(0..12)].clone(), 0.6 + 0.38 * rng.f64()))
                .collect();
            let test = f >= 8;
            kb.findings.push(Finding {
                id: id.as_str().into(),
                kind: if test {
                    FindingKind::Test
                } else {
                    FindingKind::Symptom
                },
                group: (!test).then(|| "noticed".to_owned()),
                label: format!("Finding {id}"),
                question: "Is it so?".into(),
                yes_statement: "It is so.".into(),
                no_statement: "It is not so.".into(),
                cost_minutes: if test { 1.0 + 4.0 * rng.f64() } else { 0.5 },
                settles: Vec::new(),
                default_likelihood: 0.1,
                likelihoods,
                steps: if test {
                    vec![step("Look.")]
                } else {
                    Vec::new()
                },
                rationale: "synthetic".into(),
                recording_check: None,
                for_technician: None,
                sources: Vec::new(),
            });
            finding_ids.push(FindingId::from(id));
        }
        let mut fix_ids = Vec::new();
        for a in 0..10 {
            let id = format!("p{p}_a{a}");
            // Fixes 0–5 cover causes 0–11 two by two, so every cause is repairable; the rest are random.
            let mut repairs: BTreeMap<CauseId, f64> = BTreeMap::new();
            if a < 6 {
                repairs.insert(cause_ids[2 * a].clone(), 0.9);
                repairs.insert(cause_ids[2 * a + 1].clone(), 0.7);
            } else {
                repairs.insert(cause_ids[rng.usize(0..12)].clone(), 0.5 + 0.4 * rng.f64());
            }
            kb.fixes.push(Fix {
                id: id.as_str().into(),
                title: format!("Fix {id}"),
                summary: "A synthetic fix.".into(),
                cost_minutes: 1.0 + 20.0 * rng.f64(),
                risk_minutes: 0.0,
                risk_note: None,
                repairs,
                handover: false,
                diagnosis_minutes: 0.0,
                steps: vec![step("Do it."), step("Check it.")],
                afterwards: Vec::new(),
                rationale: "synthetic".into(),
                sources: Vec::new(),
            });
            fix_ids.push(FixId::from(id));
        }
        kb.problems.push(Problem {
            id: format!("p{p}").into(),
            title: format!("Problem {p}"),
            summary: "A synthetic problem.".into(),
            causes: cause_ids,
            findings: finding_ids,
            recording_checks: Vec::new(),
            next_time: None,
            fixes: fix_ids,
            symptom_groups: vec![SymptomGroup {
                id: "noticed".into(),
                title: "What you notice".into(),
            }],
            explainer: None,
            answer_slip: Some(AnswerSlip {
                rate: 0.03,
                rationale: "As in the bundled knowledge base.".into(),
            }),
        });
    }
    kb
}
