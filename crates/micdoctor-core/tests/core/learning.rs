//! Priors learned from confirmed cases: they move towards the shop's own mix at exactly the rate the
//! Dirichlet formula says (checked by hand), a handful of cases moves nothing far, repairs follow the Beta
//! formula, the engine reads the learned numbers, and a learned file that does not fit is refused.
use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::engine::ProblemModel;
use micdoctor_core::kb::{self, KnowledgeBase};
use micdoctor_core::learn::{self, ConfirmedCase, DEFAULT_STRENGTH, LearnError};

fn bundled() -> KnowledgeBase {
    kb::bundled(&BundledIllustrations).unwrap()
}

fn case(cause: &str, at: u64) -> ConfirmedCase {
    ConfirmedCase {
        problem: "mic_whatsapp".into(),
        cause: cause.into(),
        fixes: Vec::new(),
        started_at: at,
    }
}

/// The KB's prior of each `mic_whatsapp` cause, normalised within the problem, computed here by hand.
fn kb_mix(kb: &KnowledgeBase) -> Vec<(String, f64)> {
    let problem = kb.problem("mic_whatsapp").unwrap();
    let weights: Vec<(String, f64)> = problem
        .causes
        .iter()
        .map(|id| (id.to_string(), kb.cause(id).unwrap().prior))
        .collect();
    let total: f64 = weights.iter().map(|(_, w)| w).sum();
    weights.into_iter().map(|(id, w)| (id, w / total)).collect()
}

#[test]
fn a_known_mix_moves_the_priors_towards_it_at_the_formulas_rate() {
    let kb = bundled();
    // A shop where hardware walks in: 40 bottom-microphone cases, 30 blocked openings, 30 permissions.
    let mut cases = Vec::new();
    for (cause, count) in [
        ("mic_bottom_fault", 40),
        ("mic_port_blocked", 30),
        ("mic_permission_off", 30),
    ] {
        for i in 0..count {
            cases.push(case(cause, 1_000 + i));
        }
    }
    let n = cases.len() as f64;
    let learned = learn::learn(&kb, &cases, DEFAULT_STRENGTH);
    assert_eq!(learned.cases, 100);
    assert_eq!((learned.since, learned.until), (1_000, 1_039));
    let rate = n / (DEFAULT_STRENGTH + n);
    for (id, old) in kb_mix(&kb) {
        let change = learned.priors.iter().find(|c| c.cause == id).unwrap();
        let observed = match id.as_str() {
            "mic_bottom_fault" => 0.40,
            "mic_port_blocked" | "mic_permission_off" => 0.30,
            _ => 0.0,
        };
        assert!((change.old - old).abs() < 1e-12, "{id}");
        // new − old = N/(s+N) · (observed − old): the way from the KB to the shop, at the formula's rate.
        assert!(
            (change.new - old - rate * (observed - old)).abs() < 1e-12,
            "{id}: {} → {}",
            change.old,
            change.new
        );
        assert!((change.new - observed).abs() <= (old - observed).abs() + 1e-12);
    }
    let total: f64 = learned.priors.iter().map(|c| c.new).sum();
    assert!((total - 1.0).abs() < 1e-12);

    // The engine reads the learned numbers.
    let learned_kb = learn::apply(&kb, &learned).unwrap();
    let model = ProblemModel::from_kb(&learned_kb, "mic_whatsapp").unwrap();
    for (index, id) in model.cause_ids.iter().enumerate() {
        let change = learned
            .priors
            .iter()
            .find(|c| c.cause == id.as_str())
            .unwrap();
        assert!((model.priors[index] - change.new).abs() < 1e-12, "{id}");
    }
}

#[test]
fn a_handful_of_cases_never_overturns_the_knowledge_base() {
    let kb = bundled();
    let old = kb_mix(&kb);
    let ids: Vec<String> = old.iter().map(|(id, _)| id.clone()).collect();
    // Every way five cases can fall on three causes: no prior moves more than 5/(20+5) of the way, and
    // none moves by more than a fifth in absolute terms.
    for a in &ids {
        for b in &ids {
            for c in &ids {
                let five = [case(a, 1), case(a, 2), case(b, 3), case(c, 4), case(c, 5)];
                let learned = learn::learn(&kb, &five, DEFAULT_STRENGTH);
                for change in &learned.priors {
                    assert!(
                        (change.new - change.old).abs() <= 5.0 / 25.0 + 1e-12,
                        "{change:?}"
                    );
                    // Never below four fifths of what the knowledge base said.
                    assert!(change.new >= change.old * 0.8 - 1e-12, "{change:?}");
                }
            }
        }
    }
}

#[test]
fn repairs_follow_the_beta_formula() {
    let kb = bundled();
    let old = kb
        .fix("fix_clean_port")
        .unwrap()
        .repairs
        .iter()
        .find(|(c, _)| c.as_str() == "mic_port_blocked")
        .map(|(_, p)| *p)
        .unwrap();
    let mut cases = Vec::new();
    for i in 0..10 {
        let mut c = case("mic_port_blocked", i);
        c.fixes.push(("fix_clean_port".into(), i < 3));
        cases.push(c);
    }
    let learned = learn::learn(&kb, &cases, 20.0);
    let change = learned
        .repairs
        .iter()
        .find(|r| r.fix == "fix_clean_port" && r.cause == "mic_port_blocked")
        .unwrap();
    assert_eq!((change.worked, change.tried), (3, 10));
    assert!((change.new - (20.0 * old + 3.0) / 30.0).abs() < 1e-12);
    let applied = learn::apply(&kb, &learned).unwrap();
    let repaired = applied
        .fix("fix_clean_port")
        .unwrap()
        .repairs
        .iter()
        .find(|(c, _)| c.as_str() == "mic_port_blocked")
        .map(|(_, p)| *p)
        .unwrap();
    assert!((repaired - change.new).abs() < 1e-12);
}

#[test]
fn a_learned_file_that_does_not_fit_is_refused() {
    let kb = bundled();
    let good = learn::learn(&kb, &[case("mic_bottom_fault", 1)], 20.0);
    learn::validate(&kb, &good).unwrap();
    // Through its JSON, as the app reads it.
    let text = serde_json::to_string(&good).unwrap();
    let back: learn::Learned = serde_json::from_str(&text).unwrap();
    learn::validate(&kb, &back).unwrap();
    assert_eq!(
        (back.cases, back.priors.len()),
        (good.cases, good.priors.len())
    );

    let mut wrong = good.clone();
    wrong.kind = "something else".into();
    assert!(matches!(
        learn::validate(&kb, &wrong),
        Err(LearnError::NotLearned(_))
    ));
    let mut wrong = good.clone();
    wrong.strength = 0.0;
    assert!(matches!(
        learn::validate(&kb, &wrong),
        Err(LearnError::BadStrength(_))
    ));
    let mut wrong = good.clone();
    wrong.priors[0].cause = "gremlins".into();
    assert!(matches!(
        learn::validate(&kb, &wrong),
        Err(LearnError::Unknown { .. })
    ));
    let mut wrong = good.clone();
    wrong.priors[0].new += 0.1;
    assert!(matches!(
        learn::validate(&kb, &wrong),
        Err(LearnError::NotNormalised(_))
    ));
    let mut wrong = good;
    wrong.priors[0].new = f64::NAN;
    assert!(learn::validate(&kb, &wrong).is_err());
}

#[test]
fn reports_say_when_learned_priors_were_in_force() {
    let kb = bundled();
    let learned = learn::learn(&kb, &[case("mic_bottom_fault", 86_400 * 20_000)], 20.0);
    let learned_kb = learn::apply(&kb, &learned).unwrap();
    let session = micdoctor_core::session::Session::new(
        "mic_whatsapp",
        kb.devices[0].id,
        &kb.kb_version,
        1_000,
    );
    let md = micdoctor_core::report::render(
        micdoctor_core::i18n::Language::English,
        &learned_kb,
        &session,
        micdoctor_core::report::ReportFormat::Markdown,
    )
    .unwrap();
    assert!(
        md.contains("Priors learned from 1 case since 2024-10-04"),
        "{md}"
    );
    let plain = micdoctor_core::report::render(
        micdoctor_core::i18n::Language::English,
        &kb,
        &session,
        micdoctor_core::report::ReportFormat::Markdown,
    )
    .unwrap();
    assert!(!plain.contains("Priors learned"));
}
