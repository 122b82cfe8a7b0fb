//! Engine cost: ranking alone and the full update (ranking + plan + next step with every question's ECO),
//! on the bundled knowledge base and on synthetic problems of 20, 50 and 200 causes.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use micdoctor::assets::BundledIllustrations;
use micdoctor::engine::{self, Evidence, Observation, ProblemModel};
use micdoctor::kb;
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

criterion_group!(benches, bundled, synthetic);
criterion_main!(benches);
