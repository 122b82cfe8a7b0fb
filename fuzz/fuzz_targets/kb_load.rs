//! Fuzzes the knowledge-base loader: any bytes → `kb::parse` and `kb::load_str` (parse + validate). Never a
//! panic; and whatever the validator accepts, the engine can model and diagnose with finite numbers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::engine::{self, Evidence, ProblemModel};
use micdoctor_core::kb;

fuzz_target!(|data: &[u8]| {
    // `load_file` refuses bytes that are not UTF-8 before parsing; text is what reaches the parser.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = kb::parse(text);
    let loaded = kb::load_str(text, &BundledIllustrations);
    match (&parsed, &loaded) {
        (Err(_), Ok(_)) => panic!("load_str accepted what parse refused"),
        (_, Err(err)) => assert!(!err.issues().is_empty(), "an error with no message"),
        (Ok(_), Ok(_)) => {}
    }
    let Ok(kb) = loaded else {
        return;
    };
    for problem in &kb.problems {
        let model = ProblemModel::from_kb(&kb, &problem.id)
            .unwrap_or_else(|err| panic!("a validated KB cannot be modelled: {err}"));
        let diagnosis = engine::diagnose(&model, &Evidence::default());
        let p = &diagnosis.posterior.probabilities;
        assert!(p.iter().all(|x| x.is_finite() && *x >= 0.0), "{p:?}");
        if !diagnosis.posterior.contradictory {
            let sum: f64 = p.iter().sum();
            assert!((sum - 1.0).abs() < 1e-9, "posteriors sum to {sum}");
        }
        assert!(diagnosis.plan.ecr.is_finite(), "{:?}", diagnosis.plan);
    }
});
