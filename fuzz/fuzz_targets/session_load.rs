//! Fuzzes the saved-case loader: any bytes → `Session::from_json`, then, against the bundled knowledge
//! base, the case's evidence, its diagnosis and all three report formats. Never a panic.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::engine::{self, ProblemModel};
use micdoctor_core::kb::{self, KnowledgeBase};
use micdoctor_core::report::{self, ReportFormat};
use micdoctor_core::session::Session;

fn bundled() -> &'static KnowledgeBase {
    static KB: OnceLock<KnowledgeBase> = OnceLock::new();
    KB.get_or_init(|| kb::bundled(&BundledIllustrations).expect("the bundled KB is valid"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(session) = Session::from_json(text) else {
        return;
    };
    let _ = session.case_code();
    let kb = bundled();
    let Ok(model) = ProblemModel::from_kb(kb, &session.problem) else {
        return;
    };
    let Ok(evidence) = session.evidence(&model) else {
        return;
    };
    let diagnosis = engine::diagnose(&model, &evidence);
    assert!(
        diagnosis
            .posterior
            .probabilities
            .iter()
            .all(|p| p.is_finite())
    );
    for format in [
        ReportFormat::Markdown,
        ReportFormat::Html,
        ReportFormat::Json,
    ] {
        let rendered = report::render(kb, &session, format).expect("the evidence was valid");
        assert!(!rendered.is_empty());
        if format == ReportFormat::Json {
            // The JSON report loads back as the same case.
            let value: serde_json::Value = serde_json::from_str(&rendered).expect("valid JSON");
            let again = Session::from_json(&value["session"].to_string()).expect("loads back");
            assert_eq!(again.history, session.history);
        }
    }
});
