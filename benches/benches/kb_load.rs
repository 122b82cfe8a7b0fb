//! Loading and validating knowledge bases: the bundled one and synthetic ones of 10, 100 and 1,000 problems.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::kb;
use std::hint::black_box;

#[path = "support/synthetic.rs"]
mod synthetic;

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("kb/load_and_validate");
    group.bench_function("bundled", |b| {
        b.iter(|| kb::load_str(black_box(kb::BUNDLED_JSON), &BundledIllustrations).expect("valid"));
    });
    group.sample_size(10);
    for problems in [10, 100, 1000] {
        let text =
            serde_json::to_string(&synthetic::knowledge_base(problems, 3)).expect("serialise");
        kb::load_str(&text, &kb::NoIllustrations).expect("the synthetic KB is valid");
        group.bench_with_input(
            BenchmarkId::new("synthetic_problems", problems),
            &text,
            |b, text| {
                b.iter(|| kb::load_str(black_box(text), &kb::NoIllustrations).expect("valid"));
            },
        );
    }
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
