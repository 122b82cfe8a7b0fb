//! Engine cost: ranking alone and the full update (ranking + plan + next step by look-ahead), on the
//! bundled knowledge base and on synthetic problems of 20, 50 and 200 causes (for a question, the full
//! update also works out the step after each answer); and the next step alone by look-ahead against the
//! one-step rule (targets: 10 ms on the bundled KB, 50 ms at 200 causes).

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::engine::{self, Evidence, Observation, ProblemModel, Strategy};
use micdoctor_core::kb;
use std::hint::black_box;

#[path = "support/synthetic.rs"]
mod synthetic;

fn bundled(c: &mut Criterion) {
    let kb = kb::bundled(&BundledIllustrations).expect("bundled KB");
    let model = ProblemModel::from_kb(&kb, "mic_whatsapp").expect("model");
    let symptom = model.finding_index("voice_note_flat").expect("symptom");
    let evidence = Evidence {
        observations: vec![Observation {
            finding: symptom,
            yes: true,
        }],
        ..Evidence::default()
    };
    let mut group = c.benchmark_group("engine/bundled");
    group.bench_function("ranking", |b| {
        b.iter(|| engine::posterior(black_box(&model), black_box(&evidence)));
    });
    group.bench_function("full_update", |b| {
        b.iter(|| engine::diagnose(black_box(&model), black_box(&evidence)));
    });
    group.finish();
}

fn synthetic(c: &mut Criterion) {
    let mut group = c.benchmark_group("engine/synthetic_full_update");
    group.sample_size(20);
    for causes in [20, 50, 200] {
        let model = synthetic::problem_model(causes, 7);
        let evidence = Evidence::default();
        group.bench_with_input(BenchmarkId::from_parameter(causes), &model, |b, model| {
            b.iter(|| engine::diagnose(black_box(model), black_box(&evidence)));
        });
    }
    group.finish();
}

/// The next step, look-ahead against the one-step rule, on the bundled KB's hardest states (a fresh case
/// with one symptom, a dropped phone) and on the 200-cause synthetic problem.
fn next_step(c: &mut Criterion) {
    let kb = kb::bundled(&BundledIllustrations).expect("bundled KB");
    let model = ProblemModel::from_kb(&kb, "mic_whatsapp").expect("model");
    let yes = |ids: &[&str]| Evidence {
        observations: ids
            .iter()
            .map(|id| Observation {
                finding: model.finding_index(id).expect("finding"),
                yes: true,
            })
            .collect(),
        ..Evidence::default()
    };
    let cases = [
        ("bundled_one_symptom", yes(&["voice_note_flat"])),
        (
            "bundled_dropped",
            yes(&["silent_everywhere", "dropped_or_wet"]),
        ),
    ];
    let mut group = c.benchmark_group("engine/next_step");
    group.sample_size(20);
    for (name, evidence) in &cases {
        for (strategy_name, strategy) in [
            ("lookahead", Strategy::default()),
            ("myopic", Strategy::Myopic),
        ] {
            group.bench_function(format!("{name}/{strategy_name}"), |b| {
                b.iter(|| engine::next_step(black_box(&model), black_box(evidence), strategy));
            });
        }
    }
    let large = synthetic::problem_model(200, 7);
    for (strategy_name, strategy) in [
        ("lookahead", Strategy::default()),
        ("myopic", Strategy::Myopic),
    ] {
        group.bench_function(format!("synthetic_200/{strategy_name}"), |b| {
            b.iter(|| {
                engine::next_step(black_box(&large), black_box(&Evidence::default()), strategy)
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bundled, synthetic, next_step);
criterion_main!(benches);
