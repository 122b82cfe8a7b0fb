//! Engine checks against numbers worked out by hand, and properties over random small models.
use micdoctor_core::engine::{
    self, CauseIx, CheckIx, CheckModel, DoneReason, Evidence, EvidenceItem, FindingIx,
    FindingModel, FixIx, FixModel, NextStep, Observation, ProblemModel,
    plan::{HandoverWeights, Planner, reference as plan},
};
use micdoctor_core::kb::FindingKind;
use proptest::prelude::*;

fn model(priors: &[f64], findings: &[(f64, &[f64])], fixes: &[(f64, &[f64])]) -> ProblemModel {
    let total: f64 = priors.iter().sum();
    ProblemModel {
        problem: "p".into(),
        cause_ids: (0..priors.len()).map(|i| format!("c{i}").into()).collect(),
        priors: priors.iter().map(|p| p / total).collect(),
        findings: findings
            .iter()
            .enumerate()
            .map(|(i, (cost, l))| FindingModel {
                id: format!("f{i}").into(),
                kind: FindingKind::Test,
                cost: *cost,
                likelihood: l.to_vec(),
                settles: Vec::new(),
            })
            .collect(),
        fixes: fixes
            .iter()
            .enumerate()
            .map(|(i, (cost, r))| FixModel {
                id: format!("a{i}").into(),
                cost: *cost,
                minutes: *cost,
                repairs: r.to_vec(),
                handover: false,
                diagnosis: 0.0,
            })
            .collect(),
        parts: Vec::new(),
        checks: Vec::new(),
    }
}

fn answered(pairs: &[(usize, bool)]) -> Evidence {
    Evidence {
        observations: pairs
            .iter()
            .map(|&(finding, yes)| Observation {
                finding: FindingIx(finding),
                yes,
            })
            .collect(),
        ..Evidence::default()
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

// Priors 0.6 / 0.4; P(yes | c0) = 0.9, P(yes | c1) = 0.2.
// yes: 0.54 / (0.54 + 0.08) = 0.870967742, 0.08 / 0.62 = 0.129032258.
// no:  0.06 / (0.06 + 0.32) = 0.157894737, 0.32 / 0.38 = 0.842105263.
#[test]
fn two_cause_posterior_matches_hand_computation() {
    let m = model(&[3.0, 2.0], &[(1.0, &[0.9, 0.2])], &[(1.0, &[1.0, 1.0])]);
    let yes = engine::posterior(&m, &answered(&[(0, true)]));
    assert!(close(yes.probabilities[0], 0.870_967_742), "{yes:?}");
    assert!(close(yes.probabilities[1], 0.129_032_258), "{yes:?}");
    let no = engine::posterior(&m, &answered(&[(0, false)]));
    assert!(close(no.probabilities[0], 0.157_894_737), "{no:?}");
    assert!(close(no.probabilities[1], 0.842_105_263), "{no:?}");
}

// Same model: the answer yes moves c0 by ln(0.9 / 0.2) = +1.504077397 and c1 by −1.504077397.
#[test]
fn explanation_weight_is_the_log_likelihood_ratio() {
    let m = model(&[3.0, 2.0], &[(1.0, &[0.9, 0.2])], &[(1.0, &[1.0, 1.0])]);
    let e = answered(&[(0, true)]);
    let up = engine::explain(&m, &e, CauseIx(0));
    assert_eq!(
        up[0].item,
        EvidenceItem::Answer {
            finding: FindingIx(0),
            yes: true
        }
    );
    assert!(close(up[0].weight, 1.504_077_397), "{up:?}");
    assert!(close(
        engine::explain(&m, &e, CauseIx(1))[0].weight,
        -1.504_077_397
    ));
}

// Three causes 0.5 / 0.3 / 0.2; for c0, "not c0" mixes c1 and c2 by prior: (0.3·0.5 + 0.2·0.1) / 0.5 = 0.34.
// Weight of yes for c0 = ln(0.8 / 0.34) = 0.855666110.
#[test]
fn explanation_mixes_the_other_causes_by_prior() {
    let m = model(
        &[0.5, 0.3, 0.2],
        &[(1.0, &[0.8, 0.5, 0.1])],
        &[(1.0, &[1.0, 1.0, 1.0])],
    );
    let w = engine::explain(&m, &answered(&[(0, true)]), CauseIx(0))[0].weight;
    assert!(close(w, 0.855_666_110), "{w}");
}

// Likelihood 0 under every cause: no cause can explain the answer.
#[test]
fn contradictory_evidence_is_reported_never_nan() {
    let m = model(&[1.0, 1.0], &[(1.0, &[0.0, 0.0])], &[(1.0, &[1.0, 1.0])]);
    let e = answered(&[(0, true)]);
    let d = engine::diagnose(&m, &e);
    assert!(d.posterior.contradictory);
    assert!(d.posterior.probabilities.iter().all(|p| *p == 0.0));
    assert_eq!(d.next, NextStep::Done(DoneReason::Contradictory));
    assert!(
        engine::explain(&m, &e, CauseIx(0))
            .iter()
            .all(|c| c.weight.is_finite())
    );
}

// SACSO's counter-example (Jensen et al. 2001): priors 0.2 / 0.25 / 0.40 / 0.15, unit-cost perfect fixes
// a0 = {c0, c1}, a1 = {c1, c2}, a2 = {c2, c3}.
// Greedy takes a1 (0.65), then a0 (0.20 of the 0.35 left), then a2: ECR = 1 + 0.35 + 0.15 = 1.50.
// The optimum a2, a0, a1: ECR = 1 + 0.45 + 0 = 1.45.
#[test]
fn sacso_counter_example_exact_beats_greedy() {
    let m = model(
        &[0.2, 0.25, 0.40, 0.15],
        &[],
        &[
            (1.0, &[1.0, 1.0, 0.0, 0.0]),
            (1.0, &[0.0, 1.0, 1.0, 0.0]),
            (1.0, &[0.0, 0.0, 1.0, 1.0]),
        ],
    );
    let d = engine::diagnose(&m, &Evidence::default());
    assert!(close(d.plan.ecr, 1.45), "{:?}", d.plan);
    assert!(close(d.plan.greedy_ecr, 1.50), "{:?}", d.plan);
    let order: Vec<usize> = d.plan.steps.iter().map(|s| s.fix.get()).collect();
    assert_eq!(&order[..2], &[2, 0]);
    assert_eq!(d.next, NextStep::Fix { fix: FixIx(2) });
    assert_eq!(
        plan::greedy_order(&m, &m.priors, &[FixIx(0), FixIx(1), FixIx(2)], None),
        vec![FixIx(1), FixIx(0), FixIx(2)]
    );
}

// Two equally likely causes, each repaired only by its own 10-minute fix: following the plan costs
// 10 + 0.5 · 10 = 15. A test that tells them apart for sure costs c and leaves one 10-minute fix:
// ECO = c + 0.5 · 10 + 0.5 · 10 = c + 10. Worth asking at c = 1 (11 < 15), not at c = 6 (16 > 15).
#[test]
fn a_question_is_asked_only_when_it_beats_the_plan() {
    let fixes: &[(f64, &[f64])] = &[(10.0, &[1.0, 0.0]), (10.0, &[0.0, 1.0])];
    let cheap = model(&[1.0, 1.0], &[(1.0, &[1.0, 0.0])], fixes);
    let d = engine::diagnose(&cheap, &Evidence::default());
    assert!(close(d.plan.ecr, 15.0));
    assert!(close(d.questions[0].eco, 11.0), "{:?}", d.questions);
    assert_eq!(
        d.next,
        NextStep::Question {
            finding: FindingIx(0),
            eco: 11.0
        }
    );

    let dear = model(&[1.0, 1.0], &[(6.0, &[1.0, 0.0])], fixes);
    let d = engine::diagnose(&dear, &Evidence::default());
    assert!(close(d.questions[0].eco, 16.0));
    assert_eq!(d.next, NextStep::Fix { fix: FixIx(0) });
}

// Once a fix has worked, the case is solved and the fixing action's targets lead the ranking.
#[test]
fn a_fix_that_worked_ends_the_case() {
    let m = model(&[1.0, 1.0], &[], &[(1.0, &[0.9, 0.1]), (1.0, &[0.0, 1.0])]);
    let e = Evidence {
        fixed_by: Some(FixIx(0)),
        ..Evidence::default()
    };
    let d = engine::diagnose(&m, &e);
    assert_eq!(d.next, NextStep::Done(DoneReason::Solved { fix: FixIx(0) }));
    assert!(close(d.posterior.probabilities[0], 0.9));
    assert!(d.plan.steps.is_empty());
}

// With every fix tried, nothing is left to do; the ranking still follows the failures.
// Fix a0 repairs c0 with 0.8: after it fails, c0 = 0.5 · 0.2 / (0.1 + 0.5) = 1/6.
#[test]
fn nothing_left_after_every_fix_failed() {
    let m = model(&[1.0, 1.0], &[], &[(1.0, &[0.8, 0.0]), (1.0, &[0.0, 0.5])]);
    let e = Evidence {
        failed_fixes: vec![FixIx(0), FixIx(1)],
        ..Evidence::default()
    };
    let d = engine::diagnose(&m, &e);
    assert_eq!(d.next, NextStep::Done(DoneReason::NothingLeft));
    let only_first = Evidence {
        failed_fixes: vec![FixIx(0)],
        ..Evidence::default()
    };
    assert!(close(
        engine::posterior(&m, &only_first).probabilities[0],
        1.0 / 6.0
    ));
}

// Plan success probabilities are conditional on earlier failures. One cause set 0.5 / 0.5, fixes
// a0 = {c0: 1} and a1 = {c1: 1}, both 1 min: order a0, a1; a0 works with 0.5; if reached, a1 works surely.
#[test]
fn plan_success_probability_is_conditional_on_earlier_failures() {
    let m = model(&[1.0, 1.0], &[], &[(1.0, &[1.0, 0.0]), (1.0, &[0.0, 1.0])]);
    let d = engine::diagnose(&m, &Evidence::default());
    assert!(close(d.plan.steps[0].success_probability, 0.5));
    assert!(close(d.plan.steps[1].success_probability, 1.0));
}

fn permutations<T: Copy>(items: &[T]) -> Vec<Vec<T>> {
    if items.len() <= 1 {
        return vec![items.to_vec()];
    }
    let mut all = Vec::new();
    for i in 0..items.len() {
        let mut rest = items.to_vec();
        let head = rest.remove(i);
        for mut tail in permutations(&rest) {
            tail.insert(0, head);
            all.push(tail);
        }
    }
    all
}

/// A random small model: 2–5 causes, 0–4 tests, 1–6 fixes, probabilities including exact 0 and 1.
fn small_model() -> impl Strategy<Value = ProblemModel> {
    let probability = prop_oneof![Just(0.0), Just(1.0), 0.0..=1.0f64];
    (2usize..=5, 0usize..=4, 1usize..=6).prop_flat_map(move |(causes, tests, fixes)| {
        (
            prop::collection::vec(0.01..1.0f64, causes),
            prop::collection::vec(
                (
                    0.5..5.0f64,
                    prop::collection::vec(probability.clone(), causes),
                ),
                tests,
            ),
            prop::collection::vec(
                (
                    0.5..20.0f64,
                    prop::collection::vec(probability.clone(), causes),
                ),
                fixes,
            ),
        )
            .prop_map(|(priors, tests, fixes)| {
                let tests: Vec<(f64, &[f64])> =
                    tests.iter().map(|(c, l)| (*c, l.as_slice())).collect();
                let fixes: Vec<(f64, &[f64])> =
                    fixes.iter().map(|(c, r)| (*c, r.as_slice())).collect();
                model(&priors, &tests, &fixes)
            })
    })
}

proptest! {
    #[test]
    fn posteriors_are_finite_and_sum_to_one(m in small_model(), answers in prop::collection::vec(any::<bool>(), 4)) {
        let e = answered(&(0..m.findings.len()).map(|f| (f, answers[f])).collect::<Vec<_>>());
        let p = engine::posterior(&m, &e);
        prop_assert!(p.probabilities.iter().all(|x| x.is_finite() && *x >= 0.0));
        if !p.contradictory {
            prop_assert!((p.probabilities.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        }
    }

    #[test]
    fn evidence_order_does_not_matter(m in small_model(), answers in prop::collection::vec(any::<bool>(), 4)) {
        let pairs: Vec<(usize, bool)> = (0..m.findings.len()).map(|f| (f, answers[f])).collect();
        let mut reversed = pairs.clone();
        reversed.reverse();
        let a = engine::posterior(&m, &answered(&pairs));
        let b = engine::posterior(&m, &answered(&reversed));
        prop_assert_eq!(a.contradictory, b.contradictory);
        for (x, y) in a.probabilities.iter().zip(&b.probabilities) {
            prop_assert!((x - y).abs() < 1e-9);
        }
    }

    /// `P(c | E, a failed) = P(c | E) (1 − R_c) / (1 − P(a repairs | E))`, which is at most `P(c | E)`
    /// exactly when `R_c ≥ P(a repairs | E)`: the causes a fix targets most never rise when it fails.
    #[test]
    fn a_failed_fix_never_raises_the_causes_it_targets(m in small_model(), fix in 0usize..6) {
        let fix = FixIx(fix % m.fixes.len());
        let before = engine::posterior(&m, &Evidence::default());
        let success = plan::success_probability(&m, &before.probabilities, fix);
        prop_assume!(success < 1.0);
        let after = engine::posterior(&m, &Evidence { failed_fixes: vec![fix], ..Evidence::default() });
        for cause in 0..m.priors.len() {
            if m.fixes[fix].repairs[cause] >= success {
                prop_assert!(after.probabilities[cause] <= before.probabilities[cause] + 1e-12);
            }
        }
    }

    /// The terminal DP's plan is the optimum over every order of every subset of the home fixes, each
    /// followed by the hand-over when there is one (every order of all of them when there is none).
    #[test]
    fn exact_plan_equals_the_brute_force_optimum(
        m in small_model(),
        shop in prop::option::of(0.5..60.0f64),
        diagnosis in prop_oneof![Just(0.0), 0.5..90.0f64],
        answers in prop::collection::vec(any::<bool>(), 4),
        asked in 0usize..=4,
    ) {
        let m = with_diagnosing_shop(m, shop, diagnosis);
        let e = answered(&(0..m.findings.len().min(asked)).map(|f| (f, answers[f])).collect::<Vec<_>>());
        let posterior = engine::posterior(&m, &e);
        prop_assume!(!posterior.contradictory);
        let p = posterior.probabilities;
        let home = plan::candidates(&m, &p, |_| false);
        let handover = plan::handover(&m, |_| false);
        let best = brute_force_plan(&m, &p, &home, handover);
        let weights = handover.map(|h| HandoverWeights::cost(&m, h));
        let (order, value) = plan::optimal_order(&m, &p, &home, weights);
        prop_assert!((value - best).abs() < 1e-9, "dp {} brute {}", value, best);
        prop_assert!((plan::ecr(&m, &p, &order, handover) - value).abs() < 1e-9);
        prop_assert!((definition_cost(&m, &p, &order, handover) - value).abs() < 1e-9);
        let built = plan::plan(&m, &p, &home, handover);
        prop_assert!((built.ecr - best).abs() < 1e-9);
        prop_assert_eq!(built.handover(&m), handover);
        let greedy = plan::ecr(&m, &p, &plan::greedy_order(&m, &p, &home, weights), handover);
        prop_assert!(greedy >= value - 1e-9);
        prop_assert!((built.greedy_ecr - greedy).abs() < 1e-9);
    }

    /// With a hand-over so dear that it is never worth taking early, the terminal DP gives up nothing a
    /// home fix could still repair, and costs no more than the plain optimum of every home fix (equal to
    /// it when no fix repairs anything surely, so that no fix becomes useless after another failed).
    #[test]
    fn a_very_dear_handover_reduces_to_the_plain_optimum(m in small_model()) {
        let p = engine::posterior(&m, &Evidence::default()).probabilities;
        let home = plan::candidates(&m, &p, |_| false);
        prop_assume!(home.iter().all(|&fix| plan::success_probability(&m, &p, fix) > 1e-6));
        let (_, plain) = plan::optimal_order(&m, &p, &home, None);
        let c_h = 1e9;
        let dear = HandoverWeights { visit: c_h, diagnosis: 0.0 };
        let (order, value) = plan::optimal_order(&m, &p, &home, Some(dear));
        let all_fail = plan::failure_probability(&m, &p, &home);
        prop_assert!((plan::failure_probability(&m, &p, &order) - all_fail).abs() < 1e-12);
        let home_part = value - c_h * all_fail;
        prop_assert!(home_part <= plain + 1e-6 * (1.0 + plain), "{} vs {}", home_part, plain);
        let never_sure = home.iter().all(|&fix| m.fixes[fix].repairs.iter().all(|&r| r < 1.0));
        if never_sure {
            prop_assert_eq!(order.len(), home.len());
            prop_assert!((home_part - plain).abs() < 1e-6 * (1.0 + plain), "{} vs {}", home_part, plain);
        }
    }

    #[test]
    fn next_step_is_never_a_settled_question_or_used_fix(m in small_model(), answers in prop::collection::vec(any::<bool>(), 4), failed in 0usize..6) {
        let mut e = answered(&(0..m.findings.len().min(2)).map(|f| (f, answers[f])).collect::<Vec<_>>());
        e.failed_fixes.push(FixIx(failed % m.fixes.len()));
        let d = engine::diagnose(&m, &e);
        match d.next {
            NextStep::Question { finding, eco } => {
                prop_assert!(!e.has_settled(finding));
                prop_assert!(eco < d.plan.ecr);
            }
            NextStep::Measure { .. } => prop_assert!(false, "these models have no check"),
            NextStep::Fix { fix } => prop_assert!(!e.has_used_fix(fix)),
            NextStep::Handover { fix } => {
                prop_assert!(m.fixes[fix].handover && !e.has_used_fix(fix));
            }
            NextStep::Done(_) => {}
        }
    }
}

// The hand-over is a terminal action. Causes 0.5 / 0.5; a0 repairs c0 surely for 10; the shop costs 5.
// V(∅) = min(5 · 1, 10 · 1 + V({a0})), V({a0}) = 5 · 0.5 = 2.5, so min(5, 12.5) = 5: the shop comes first.
#[test]
fn the_shop_comes_first_when_the_home_fixes_are_not_worth_it() {
    let m = with_shop(model(&[1.0, 1.0], &[], &[(10.0, &[1.0, 0.0])]), Some(5.0));
    let d = engine::diagnose(&m, &Evidence::default());
    let order: Vec<usize> = d.plan.steps.iter().map(|s| s.fix.get()).collect();
    assert_eq!(order, vec![1]);
    assert!(close(d.plan.ecr, 5.0), "{:?}", d.plan);
    assert_eq!(d.next, NextStep::Handover { fix: FixIx(1) });
}

// a0 repairs c0 surely for 1, a1 repairs c1 with ½ for 8, the shop costs 10.
// V({a0}) = min(10 · 0.5, 8 · 0.5 + V({a0, a1})) with V({a0, a1}) = 10 · 0.25: min(5, 6.5) = 5.
// V(∅) = min(10, 1 + 5, 8 + …) = 6: try a0, then hand over; a1 is not worth trying before the shop.
#[test]
fn the_plan_stops_at_the_handover_and_leaves_out_fixes_not_worth_it() {
    let m = with_shop(
        model(&[1.0, 1.0], &[], &[(1.0, &[1.0, 0.0]), (8.0, &[0.0, 0.5])]),
        Some(10.0),
    );
    let d = engine::diagnose(&m, &Evidence::default());
    let order: Vec<usize> = d.plan.steps.iter().map(|s| s.fix.get()).collect();
    assert_eq!(order, vec![0, 2]);
    assert!(close(d.plan.ecr, 6.0), "{:?}", d.plan);
    assert!(close(d.plan.steps[0].success_probability, 0.5));
    assert_eq!(d.next, NextStep::Fix { fix: FixIx(0) });
    // Both home fixes together: 1 − 0.5 · 0.5 = 0.75.
    assert!(close(d.plan.home_chance, 0.75));
    // After a0 failed the shop is next.
    let e = Evidence {
        failed_fixes: vec![FixIx(0)],
        ..Evidence::default()
    };
    assert_eq!(
        engine::diagnose(&m, &e).next,
        NextStep::Handover { fix: FixIx(2) }
    );
}

// Minutes and risk stay apart: a1 takes 2 minutes but weighs 2 + 10 (it can lose data). Causes ½ / ½,
// a0 repairs c0 surely in 4 min, a1 repairs c1 surely. By minutes a1 comes first (2 + 0.5 · 4 = 4 <
// 4 + 0.5 · 2 = 5); by weight a0 does (4 + 6 = 10 < 12 + 2 = 14). Expected minutes of the plan a0, a1:
// 4 + 0.5 · 2 = 5.
#[test]
fn risk_moves_a_fix_later_and_never_counts_as_minutes() {
    let mut m = model(&[1.0, 1.0], &[], &[(4.0, &[1.0, 0.0]), (12.0, &[0.0, 1.0])]);
    m.fixes[1].minutes = 2.0;
    let d = engine::diagnose(&m, &Evidence::default());
    let order: Vec<usize> = d.plan.steps.iter().map(|s| s.fix.get()).collect();
    assert_eq!(order, vec![0, 1]);
    assert!(close(d.plan.ecr, 10.0));
    assert!(close(d.plan.expected_minutes, 5.0));
    assert!(!d.plan.steps[0].later_for_risk);
    assert!(d.plan.steps[1].later_for_risk);
}

// A question whose worth shows only two steps on. Causes ½ / ½; a0 repairs c0 surely for 18; the shop
// costs 20. Fix first iff P(c0) > 18 / 20 = 0.9. Tests f0 and f1 (0.05 each) say yes with 0.8 under c0
// and 0.2 under c1: one yes gives P(c0) = 0.8 (the plan stays "hand over", V = 20), two give
// 0.32 / 0.34 = 0.941 (V = 18 + 20 · 0.02 / 0.34 = 19.176). One step: ECO(f0) = 0.05 + 20 > 20, so the
// myopic rule hands over. Two steps: ask f0, and after a yes (P = ½) ask f1 (yes with 0.68):
// 0.05 + ½ (0.05 + 0.68 · 19.176 + 0.32 · 20) + ½ · 20 = 19.795 < 20.
#[test]
fn lookahead_asks_a_question_whose_worth_shows_two_steps_on() {
    let m = with_shop(
        model(
            &[1.0, 1.0],
            &[(0.05, &[0.8, 0.2]), (0.05, &[0.8, 0.2])],
            &[(18.0, &[1.0, 0.0])],
        ),
        Some(20.0),
    );
    let e = Evidence::default();
    let myopic = engine::diagnose_with(&m, &e, engine::Strategy::Myopic);
    assert_eq!(myopic.next, NextStep::Handover { fix: FixIx(1) });
    assert!(
        close(myopic.questions[0].eco, 20.05),
        "{:?}",
        myopic.questions
    );
    let d = engine::diagnose(&m, &e);
    let NextStep::Question { finding, eco } = d.next else {
        panic!("expected a question, got {:?}", d.next);
    };
    assert_eq!(finding, FindingIx(0));
    assert!(close(eco, 19.795), "{eco}");
    // What each answer leads to: after a yes, the other test; after a no, the shop.
    assert_eq!(d.branches.len(), 2);
    assert!(d.branches[0].yes && close(d.branches[0].probability, 0.5));
    assert!(matches!(
        d.branches[0].then,
        NextStep::Question {
            finding: FindingIx(1),
            ..
        }
    ));
    assert_eq!(d.branches[1].then, NextStep::Handover { fix: FixIx(1) });
}

/// Two microphones, each the fault of half the phones, no home fix, and a shop whose visit takes 90 minutes
/// plus 60 of its own diagnosis when nothing names the part. A 3-minute Voice Memo check is silent for a
/// broken bottom microphone and fine for a broken front one.
///
/// By hand: handing over now costs `90 + 60 · (1 − ½) = 120`; checking first costs
/// `3 + ½ · (90 + 60 · 0) + ½ · (90 + 60 · 0) = 93`, since either answer names the part. The check pays,
/// and each answer leads straight to the shop.
#[test]
fn a_check_that_names_the_part_pays_before_the_shop() {
    let mut m = model(&[1.0, 1.0], &[(3.0, &[1.0, 0.0])], &[]);
    m = with_diagnosing_shop(m, Some(90.0), 60.0);
    m.parts = vec![CauseIx(0), CauseIx(1)];
    let d = engine::diagnose(&m, &Evidence::default());
    assert!(close(d.plan.ecr, 120.0), "{}", d.plan.ecr);
    let NextStep::Question { finding, eco } = d.next else {
        panic!("expected the check, got {:?}", d.next);
    };
    assert_eq!(finding, FindingIx(0));
    assert!(close(eco, 93.0), "{eco}");
    for branch in &d.branches {
        assert_eq!(branch.then, NextStep::Handover { fix: FixIx(0) });
    }
    // After the check the shop costs the visit alone.
    let after = engine::diagnose(&m, &answered(&[(0, true)]));
    assert!(close(after.plan.ecr, 90.0), "{}", after.plan.ecr);
    // The same check with a shop that diagnoses nothing (the plain model) is never worth its minutes.
    let plain = with_diagnosing_shop(
        model(&[1.0, 1.0], &[(3.0, &[1.0, 0.0])], &[]),
        Some(90.0),
        0.0,
    );
    assert_eq!(
        engine::diagnose(&plain, &Evidence::default()).next,
        NextStep::Handover { fix: FixIx(0) }
    );
}

/// The same phone once the part is as good as named: the bottom microphone at 98 %. Handing over costs
/// `90 + 60 · 0.02 = 91.2`; the check would cost `3 + 90 = 93`. It does not pay, and is not proposed.
#[test]
fn a_check_is_not_proposed_once_the_part_is_named() {
    let mut m = model(&[98.0, 2.0], &[(3.0, &[1.0, 0.0])], &[]);
    m = with_diagnosing_shop(m, Some(90.0), 60.0);
    m.parts = vec![CauseIx(0), CauseIx(1)];
    let d = engine::diagnose(&m, &Evidence::default());
    assert!(close(d.plan.ecr, 91.2), "{}", d.plan.ecr);
    assert_eq!(d.next, NextStep::Handover { fix: FixIx(0) });
}

/// `m` with a recording check of `cost` minutes whose outcomes are the findings `outcomes` (measurements:
/// their likelihoods, read across the outcomes, are one distribution per cause).
fn with_check(mut m: ProblemModel, cost: f64, outcomes: &[usize]) -> ProblemModel {
    for &f in outcomes {
        m.findings[f].kind = FindingKind::Measurement;
    }
    m.checks.push(CheckModel {
        id: "microphones".to_owned(),
        cost,
        outcomes: outcomes.iter().copied().map(FindingIx).collect(),
    });
    m
}

/// Two parts (bottom and front microphone) and a cause that is no part, with `priors`; a 90 + 60 shop;
/// a 4-minute test whose three outcomes are 90 % right and otherwise split evenly.
fn microphone_test_model(priors: &[f64]) -> ProblemModel {
    let outcomes: &[(f64, &[f64])] = &[
        (1.0, &[0.9, 0.05, 0.05]),
        (1.0, &[0.05, 0.9, 0.05]),
        (1.0, &[0.05, 0.05, 0.9]),
    ];
    let mut m = with_diagnosing_shop(model(priors, outcomes, &[]), Some(90.0), 60.0);
    m.parts = vec![CauseIx(0), CauseIx(1)];
    with_check(m, 4.0, &[0, 1, 2])
}

/// The three-take microphone test as one step: two parts equally likely (bottom and front
/// microphone) and a third cause that is no part (software), priors ½, ¼, ¼; a shop visit of 90 plus 60
/// of diagnosis when nothing names the part; a 4-minute test with three outcomes ("bottom fails", "front
/// weak", "all pass") that are 90 % right and otherwise split evenly:
/// `P(k | c) = 0.9` for the right one, `0.05` for each other.
///
/// By hand: at the prior the leading part has ½, so the shop costs `90 + 60 · ½ = 120`. After "bottom
/// fails" (probability `½·0.9 + ¼·0.05 + ¼·0.05 = 0.475`) the bottom microphone has `0.45 / 0.475`, and the
/// shop costs `90 + 60 · (1 − 0.45/0.475) = 90 + 60 · 0.025/0.475`; after "front weak" (`½·0.05 + ¼·0.9 +
/// ¼·0.05 = 0.2625`) the front one has `0.225/0.2625`; after "all pass" (`0.2625`, the same) the software
/// cause leads with `0.225/0.2625`, and the leading *part* only has `0.025/0.2625`. The test's value is
/// `4 + 0.475·(90 + 60·0.025/0.475) + 0.2625·(90 + 60·0.0375/0.2625) + 0.2625·(90 + 60·0.2375/0.2625)`
/// `= 4 + 90 + 60 · (0.025 + 0.0375 + 0.2375) = 4 + 90 + 18 = 112 < 120`: the test is proposed first.
#[test]
fn the_microphone_test_pays_before_the_shop_as_one_step() {
    let m = microphone_test_model(&[2.0, 1.0, 1.0]);
    let d = engine::diagnose(&m, &Evidence::default());
    assert!(close(d.plan.ecr, 120.0), "{}", d.plan.ecr);
    let NextStep::Measure { check, eco } = d.next else {
        panic!("expected the microphone test, got {:?}", d.next);
    };
    assert_eq!(check, CheckIx(0));
    assert!(close(eco, 112.0), "{eco}");
    // The one-step rule sees the same value and proposes it too.
    assert!(close(d.checks[0].eco, 112.0), "{:?}", d.checks);
    let myopic = engine::diagnose_with(&m, &Evidence::default(), engine::Strategy::Myopic);
    assert!(matches!(myopic.next, NextStep::Measure { .. }));
    // Whatever it shows, the case then goes to the shop, and the test is not proposed again.
    for outcome in 0..3 {
        let after = engine::diagnose(&m, &answered(&[(outcome, true)]));
        assert_eq!(after.next, NextStep::Handover { fix: FixIx(0) });
        assert!(after.checks.is_empty());
    }
    // Skipped (its outcomes skipped), it is not proposed again either.
    let skipped = Evidence {
        skipped_findings: vec![FindingIx(0), FindingIx(1), FindingIx(2)],
        ..Evidence::default()
    };
    assert_eq!(
        engine::diagnose(&m, &skipped).next,
        NextStep::Handover { fix: FixIx(0) }
    );
}

/// The same test once a check already named the part: the bottom microphone at 96 %, the front at 2 %,
/// software 2 %. The shop costs `90 + 60 · 0.04 = 92.4`; the test cannot cost less than its 4 minutes
/// plus the visit, 94. It is not proposed.
#[test]
fn the_microphone_test_is_not_proposed_once_the_part_is_named() {
    let m = microphone_test_model(&[96.0, 2.0, 2.0]);
    let d = engine::diagnose(&m, &Evidence::default());
    assert!(close(d.plan.ecr, 92.4), "{}", d.plan.ecr);
    assert_eq!(d.next, NextStep::Handover { fix: FixIx(0) });
    assert!(d.checks[0].eco > 94.0 - 1e-9, "{:?}", d.checks);
}

/// `m` with one more fix, a hand-over of weight `cost` that repairs every cause, when `cost` is given.
fn with_shop(m: ProblemModel, cost: Option<f64>) -> ProblemModel {
    with_diagnosing_shop(m, cost, 0.0)
}

/// [`with_shop`] whose hand-over costs `diagnosis` more when no part is named, the even-numbered causes
/// being the parts a test can name.
fn with_diagnosing_shop(mut m: ProblemModel, cost: Option<f64>, diagnosis: f64) -> ProblemModel {
    if let Some(cost) = cost {
        m.fixes.push(FixModel {
            id: "zz_shop".into(),
            cost,
            minutes: cost,
            repairs: vec![0.9; m.priors.len()],
            handover: true,
            diagnosis,
        });
        m.parts = (0..m.priors.len()).step_by(2).map(CauseIx).collect();
    }
    m
}

/// The cost of `order` then the hand-over, from the definition written out here apart from the engine:
/// each fix's cost times the chance every earlier one failed, then `visit · W + D · (W − max_parts m)`.
fn definition_cost(m: &ProblemModel, p: &[f64], order: &[FixIx], handover: Option<FixIx>) -> f64 {
    let mut mass = p.to_vec();
    let mut total = 0.0;
    for &fix in order {
        total += m.fixes[fix].cost * mass.iter().sum::<f64>();
        for (cause, left) in mass.iter_mut().enumerate() {
            *left *= 1.0 - m.fixes[fix].repairs[cause];
        }
    }
    if let Some(h) = handover {
        let left: f64 = mass.iter().sum();
        let named = m.parts.iter().map(|c| mass[c.get()]).fold(0.0, f64::max);
        total += m.fixes[h].cost * left + m.fixes[h].diagnosis * (left - named);
    }
    total
}

/// The least cost over every order of every subset of `home`, each followed by the hand-over (with no
/// hand-over: every order of all of `home`), from the definition.
fn brute_force_plan(m: &ProblemModel, p: &[f64], home: &[FixIx], handover: Option<FixIx>) -> f64 {
    let mut best = f64::INFINITY;
    for subset in 0..(1usize << home.len()) {
        let chosen: Vec<FixIx> = (0..home.len())
            .filter(|i| subset & (1 << i) != 0)
            .map(|i| home[i])
            .collect();
        if handover.is_none() && chosen.len() != home.len() {
            continue;
        }
        for order in permutations(&chosen) {
            best = best.min(definition_cost(m, p, &order, handover));
        }
    }
    best
}

/// The exact expected cost (optimiser's weight) of following `strategy` from `e` to the end of the case.
fn policy_cost(m: &ProblemModel, e: &Evidence, strategy: engine::Strategy) -> f64 {
    let d = engine::diagnose_with(m, e, strategy);
    match d.next {
        NextStep::Question { finding, .. } => {
            let mut total = m.findings[finding].cost;
            for yes in [true, false] {
                let (_, p) = engine::update(m, &d.posterior.probabilities, finding, yes);
                if p > 0.0 {
                    total += p * policy_cost(m, &e.with_observation(finding, yes), strategy);
                }
            }
            total
        }
        NextStep::Measure { check, .. } => {
            let mut total = m.checks[check].cost;
            for &outcome in &m.checks[check].outcomes {
                let (_, p) = engine::update(m, &d.posterior.probabilities, outcome, true);
                if p > 0.0 {
                    total += p * policy_cost(m, &e.with_observation(outcome, true), strategy);
                }
            }
            total
        }
        NextStep::Fix { fix } => {
            let works = plan::success_probability(m, &d.posterior.probabilities, fix);
            let mut failed = e.clone();
            failed.failed_fixes.push(fix);
            m.fixes[fix].cost
                + if works < 1.0 {
                    (1.0 - works) * policy_cost(m, &failed, strategy)
                } else {
                    0.0
                }
        }
        NextStep::Handover { fix } => {
            // The visit, and the shop's own diagnosis unless the leading part is the fault.
            let p = &d.posterior.probabilities;
            let named = m.parts.iter().map(|c| p[c.get()]).fold(0.0, f64::max);
            m.fixes[fix].cost + m.fixes[fix].diagnosis * (1.0 - named)
        }
        NextStep::Done(_) => 0.0,
    }
}

proptest! {
    /// Followed to the end and valued exactly (every answer and outcome weighed by its probability), the
    /// engine's look-ahead never costs more than the one-step rule, on random small models with a shop.
    #[test]
    fn lookahead_is_never_worse_than_myopic(
        m in small_model(),
        shop in 1.0..60.0f64,
        diagnosis in prop_oneof![Just(0.0), 1.0..90.0f64],
    ) {
        let m = with_diagnosing_shop(m, Some(shop), diagnosis);
        let e = Evidence::default();
        prop_assume!(!engine::posterior(&m, &e).contradictory);
        let ours = policy_cost(&m, &e, engine::Strategy::default());
        let myopic = policy_cost(&m, &e, engine::Strategy::Myopic);
        prop_assert!(ours <= myopic + 1e-9 * (1.0 + myopic), "lookahead {} myopic {}", ours, myopic);
    }
}

/// `m` with a check of `cost` whose three outcomes are new measurement findings, their likelihoods per
/// cause from `weights` (three positive weights per cause, normalised to one distribution).
fn with_random_check(mut m: ProblemModel, cost: f64, weights: &[[f64; 3]]) -> ProblemModel {
    let first = m.findings.len();
    for k in 0..3 {
        m.findings.push(FindingModel {
            id: format!("outcome{k}").into(),
            kind: FindingKind::Measurement,
            cost: 1.0,
            likelihood: weights
                .iter()
                .map(|w| w[k] / (w[0] + w[1] + w[2]))
                .collect(),
            settles: Vec::new(),
        });
    }
    with_check(m, cost, &[first, first + 1, first + 2])
}

proptest! {
    /// With a check of several outcomes among the steps, followed to the end and valued exactly, the
    /// look-ahead still never costs more than the one-step rule.
    #[test]
    fn lookahead_with_a_check_is_never_worse_than_myopic(
        m in small_model(),
        shop in 1.0..60.0f64,
        diagnosis in 1.0..90.0f64,
        cost in 0.5..8.0f64,
        weights in prop::collection::vec(prop::array::uniform3(0.01..1.0f64), 5),
    ) {
        let causes = m.priors.len();
        let m = with_random_check(with_diagnosing_shop(m, Some(shop), diagnosis), cost, &weights[..causes]);
        let e = Evidence::default();
        prop_assume!(!engine::posterior(&m, &e).contradictory);
        let ours = policy_cost(&m, &e, engine::Strategy::default());
        let myopic = policy_cost(&m, &e, engine::Strategy::Myopic);
        prop_assert!(ours <= myopic + 1e-9 * (1.0 + myopic), "lookahead {} myopic {}", ours, myopic);
    }
}

/// A fix's repair row over `causes` causes from its support `(cause, R)`.
fn repair_row(causes: usize, support: &[(usize, f64)]) -> Vec<f64> {
    let mut row = vec![0.0; causes];
    for &(cause, r) in support {
        row[cause] = r;
    }
    row
}

/// A random sparse model with enough fixes to take the greedy path: 3–10 causes, 0–4 tests,
/// 1–24 fixes each repairing 1–3 causes, some of them last-resort hand-overs.
fn sparse_model() -> impl Strategy<Value = ProblemModel> {
    (3usize..=10, 0usize..=4, 1usize..=24).prop_flat_map(|(causes, tests, fixes)| {
        (
            prop::collection::vec(0.01..1.0f64, causes),
            prop::collection::vec(
                (0.5..5.0f64, prop::collection::vec(0.0..=1.0f64, causes)),
                tests,
            ),
            prop::collection::vec(
                (
                    0.5..20.0f64,
                    prop::collection::vec((0..causes, prop_oneof![Just(1.0), 0.05..1.0f64]), 1..=3),
                    prop::bool::weighted(0.1),
                ),
                fixes,
            ),
            prop_oneof![Just(0.0), 1.0..90.0f64],
            prop::collection::vec(any::<bool>(), causes),
        )
            .prop_map(move |(priors, tests, fixes, diagnosis, parts)| {
                let tests: Vec<(f64, &[f64])> =
                    tests.iter().map(|(c, l)| (*c, l.as_slice())).collect();
                let repairs: Vec<Vec<f64>> = fixes
                    .iter()
                    .map(|(_, support, _)| repair_row(causes, support))
                    .collect();
                let table: Vec<(f64, &[f64])> = fixes
                    .iter()
                    .zip(&repairs)
                    .map(|((cost, _, _), r)| (*cost, r.as_slice()))
                    .collect();
                let mut m = model(&priors, &tests, &table);
                for (fix, (_, _, last)) in m.fixes.iter_mut().zip(&fixes) {
                    fix.handover = *last;
                    fix.diagnosis = if *last { diagnosis } else { 0.0 };
                }
                m.parts = parts
                    .iter()
                    .enumerate()
                    .filter(|(_, part)| **part)
                    .map(|(cause, _)| CauseIx(cause))
                    .collect();
                m
            })
    })
}

/// A sparse model full of exact ties: equal priors, costs of 1 or 2 minutes and repairs of ½ or 1, so
/// that many fixes are exactly as efficient as others at every step of a greedy plan.
fn tied_model() -> impl Strategy<Value = ProblemModel> {
    (3usize..=10, 2usize..=24).prop_flat_map(|(causes, fixes)| {
        prop::collection::vec(
            (
                prop_oneof![Just(1.0), Just(2.0)],
                prop::collection::vec((0..causes, prop_oneof![Just(1.0), Just(0.5)]), 1..=2),
            ),
            fixes,
        )
        .prop_map(move |fixes| {
            let repairs: Vec<Vec<f64>> = fixes
                .iter()
                .map(|(_, support)| repair_row(causes, support))
                .collect();
            let table: Vec<(f64, &[f64])> = fixes
                .iter()
                .zip(&repairs)
                .map(|((cost, _), r)| (*cost, r.as_slice()))
                .collect();
            model(&vec![1.0; causes], &[], &table)
        })
    })
}

proptest! {
    /// The sparse planner (used by the app) returns what the plain definitions in `plan.rs` return.
    #[test]
    fn fast_planner_matches_the_reference(m in sparse_model(), failed in prop::collection::vec(any::<bool>(), 24)) {
        let used = |fix: FixIx| failed[fix.get()];
        let p = engine::posterior(&m, &Evidence::default()).probabilities;
        let planner = Planner::new(&m);
        let candidates = plan::candidates(&m, &p, used);
        prop_assert_eq!(&planner.candidates(&p, used), &candidates);

        let handover = plan::handover(&m, used);
        prop_assert_eq!(planner.handover(used), handover);
        let weights = handover.map(|h| HandoverWeights::cost(&m, h));
        let (fast_order, fast_ecr) = planner.greedy(&p, &candidates, handover);
        prop_assert_eq!(&fast_order, &plan::greedy_order(&m, &p, &candidates, weights));
        prop_assert!((fast_ecr - plan::ecr(&m, &p, &fast_order, handover)).abs() < 1e-9);

        let fast = planner.plan(&p, &candidates, handover);
        let reference = plan::plan(&m, &p, &candidates, handover);
        prop_assert_eq!(
            fast.steps.iter().map(|s| s.fix).collect::<Vec<_>>(),
            reference.steps.iter().map(|s| s.fix).collect::<Vec<_>>()
        );
        prop_assert!((fast.ecr - reference.ecr).abs() < 1e-9);
        prop_assert!((fast.greedy_ecr - reference.greedy_ecr).abs() < 1e-9);
        prop_assert!((fast.expected_minutes - reference.expected_minutes).abs() < 1e-9);
        prop_assert!((fast.home_chance - reference.home_chance).abs() < 1e-9);
        for (a, b) in fast.steps.iter().zip(&reference.steps) {
            prop_assert!((a.success_probability - b.success_probability).abs() < 1e-9);
        }
        prop_assert!((planner.planned_ecr(&p, &candidates, handover) - plan::planned_ecr(&m, &p, &candidates, handover)).abs() < 1e-9);
        // The hand-over, if any, is the last step, and only there.
        let handovers: Vec<usize> = fast.steps.iter().enumerate().filter(|(_, s)| m.fixes[s.fix].handover).map(|(i, _)| i).collect();
        prop_assert!(handovers.is_empty() || handovers == vec![fast.steps.len() - 1]);
    }

    /// With exact ties everywhere, the fast greedy (tournament tree, scan on near-ties) still breaks every
    /// tie as the reference does.
    #[test]
    fn fast_greedy_breaks_ties_as_the_reference(m in tied_model()) {
        let p = engine::posterior(&m, &Evidence::default()).probabilities;
        let planner = Planner::new(&m);
        let candidates = plan::candidates(&m, &p, |_| false);
        let (fast_order, fast_ecr) = planner.greedy(&p, &candidates, None);
        prop_assert_eq!(&fast_order, &plan::greedy_order(&m, &p, &candidates, None));
        prop_assert!((fast_ecr - plan::ecr(&m, &p, &fast_order, None)).abs() < 1e-9);
    }

    /// Question scores from the fast path equal `cost + Σ P(answer) · ECR*` computed with the reference.
    #[test]
    fn fast_question_scores_match_the_reference(m in sparse_model()) {
        let e = Evidence::default();
        let d = engine::diagnose(&m, &e);
        for score in &d.questions {
            let mut expected = m.findings[score.finding].cost;
            for yes in [true, false] {
                let (after, p_answer) = engine::update(&m, &d.posterior.probabilities, score.finding, yes);
                if p_answer > 0.0 {
                    let candidates = plan::candidates(&m, &after, |_| false);
                    let handover = plan::handover(&m, |_| false);
                    expected += p_answer * plan::planned_ecr(&m, &after, &candidates, handover);
                }
            }
            prop_assert!((score.eco - expected).abs() < 1e-9, "fast {} reference {}", score.eco, expected);
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// Whole knowledge bases, generated valid, through the real loader and validator, then the engine.

/// The numbers of a generated knowledge base with one problem, by index: what the test checks against.
#[derive(Debug, Clone)]
struct GeneratedKb {
    priors: Vec<f64>,
    /// (is a test, cost in minutes, default likelihood, likelihood per cause where listed).
    findings: Vec<(bool, f64, f64, Vec<Option<f64>>)>,
    /// (cost, risk, repairs per cause, hand-over).
    fixes: Vec<(f64, f64, Vec<f64>, bool)>,
}

impl GeneratedKb {
    fn likelihood(&self, finding: usize, cause: usize) -> f64 {
        let (_, _, default, listed) = &self.findings[finding];
        listed[cause].unwrap_or(*default)
    }

    /// The knowledge-base JSON: every field the format requires, ids `c0…`, `f0…`, `x0…`.
    fn json(&self) -> String {
        let step = |text: &str| serde_json::json!([{ "text": text }]);
        let causes: Vec<_> = self
            .priors
            .iter()
            .enumerate()
            .map(|(i, prior)| {
                serde_json::json!({
                    "id": format!("c{i}"), "name": format!("Cause {i}"), "explanation": "e",
                    "severity": "low", "prior": prior, "rationale": "generated",
                })
            })
            .collect();
        let findings: Vec<_> = self
            .findings
            .iter()
            .enumerate()
            .map(|(i, (test, cost, default, listed))| {
                let likelihoods: serde_json::Map<String, serde_json::Value> = listed
                    .iter()
                    .enumerate()
                    .filter_map(|(c, p)| p.map(|p| (format!("c{c}"), p.into())))
                    .collect();
                serde_json::json!({
                    "id": format!("f{i}"), "kind": if *test { "test" } else { "symptom" },
                    "label": format!("Finding {i}"), "question": "q?", "yes_statement": "y",
                    "no_statement": "n", "cost_minutes": *cost,
                    "default_likelihood": default, "likelihoods": likelihoods,
                    "steps": if *test { step("look") } else { serde_json::json!([]) },
                    "rationale": "generated",
                })
            })
            .collect();
        let fixes: Vec<_> = self
            .fixes
            .iter()
            .enumerate()
            .map(|(i, (cost, risk, repairs, handover))| {
                let repairs: serde_json::Map<String, serde_json::Value> = repairs
                    .iter()
                    .enumerate()
                    .map(|(c, r)| (format!("c{c}"), (*r).into()))
                    .collect();
                serde_json::json!({
                    "id": format!("x{i}"), "title": format!("Fix {i}"), "summary": "s",
                    "cost_minutes": cost, "risk_minutes": risk, "risk_note": "it is risky",
                    "repairs": repairs,
                    "handover": handover, "steps": step("do it"), "rationale": "generated",
                })
            })
            .collect();
        serde_json::json!({
            "schema_version": 1, "kb_version": "generated", "title": "Generated",
            "devices": [
                { "id": "face_id", "name": "Face ID", "hint": "h" },
                { "id": "home_button", "name": "Home button", "hint": "h" },
            ],
            "problems": [{
                "id": "p", "title": "P", "summary": "s",
                "causes": (0..self.priors.len()).map(|i| format!("c{i}")).collect::<Vec<_>>(),
                "findings": (0..self.findings.len()).map(|i| format!("f{i}")).collect::<Vec<_>>(),
                "fixes": (0..self.fixes.len()).map(|i| format!("x{i}")).collect::<Vec<_>>(),
            }],
            "causes": causes, "findings": findings, "fixes": fixes,
        })
        .to_string()
    }
}

/// A valid knowledge base of random size: 1–7 causes, 0–6 findings, 1–7 fixes; probabilities that are
/// often exactly 0 or 1, priors and costs that often tie; every cause repairable by some fix.
fn generated_kb() -> impl Strategy<Value = GeneratedKb> {
    let probability = prop_oneof![Just(0.0), Just(1.0), Just(0.5), 0.0..=1.0f64];
    let prior = prop_oneof![Just(0.0), Just(1.0), Just(2.0), 0.001..10.0f64];
    let cost = prop_oneof![Just(1.0), Just(2.0), Just(5.0), 0.1..30.0f64];
    let risk = prop_oneof![Just(0.0), Just(0.0), Just(3.0), 0.0..10.0f64];
    (1usize..=7, 0usize..=6, 1usize..=7).prop_flat_map(move |(causes, findings, fixes)| {
        (
            prop::collection::vec(prior.clone(), causes),
            prop::collection::vec(
                (
                    any::<bool>(),
                    cost.clone(),
                    probability.clone(),
                    prop::collection::vec(prop::option::of(probability.clone()), causes),
                ),
                findings,
            ),
            prop::collection::vec(
                (
                    cost.clone(),
                    risk.clone(),
                    prop::collection::vec(probability.clone(), causes),
                    prop::bool::weighted(0.15),
                ),
                fixes,
            ),
        )
            .prop_map(|(mut priors, findings, mut fixes)| {
                if priors.iter().all(|p| *p == 0.0) {
                    priors[0] = 1.0;
                }
                // The validator requires every cause to be repairable by some fix of its problem.
                for cause in 0..priors.len() {
                    if fixes.iter().all(|(_, _, repairs, _)| repairs[cause] == 0.0) {
                        let fix = cause % fixes.len();
                        fixes[fix].2[cause] = 1.0;
                    }
                }
                GeneratedKb {
                    priors,
                    findings,
                    fixes,
                }
            })
    })
}

/// `P(c | E)` straight from Bayes' rule in plain products, independently of the engine:
/// `prior(c) · Π_yes L · Π_no (1 − L) · Π_failed (1 − R)`, normalised. `None` when nothing fits.
fn posterior_by_hand(
    g: &GeneratedKb,
    answers: &[(usize, bool)],
    failed: &[usize],
) -> Option<Vec<f64>> {
    let weights: Vec<f64> = (0..g.priors.len())
        .map(|c| {
            let mut w = g.priors[c];
            for &(f, yes) in answers {
                let l = g.likelihood(f, c);
                w *= if yes { l } else { 1.0 - l };
            }
            for &x in failed {
                w *= 1.0 - g.fixes[x].2[c];
            }
            w
        })
        .collect();
    let total: f64 = weights.iter().sum();
    (total > 0.0).then(|| weights.iter().map(|w| w / total).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Generated valid knowledge bases load through the real validator; the engine's posteriors are
    /// finite and sum to 1 and equal Bayes' rule by hand; the plan's ECR equals its definition
    /// `ECR = Σ_i cost_i · P(reaching step i)` computed here, with `P(reaching i) = Σ_c P(c | E) Π_{j<i} (1 − R_jc)`;
    /// it holds exactly the untried fixes that can still work, hand-overs last, and no other such order
    /// is cheaper.
    #[test]
    fn generated_knowledge_bases_diagnose_by_the_definitions(
        g in generated_kb(),
        answer_seed in prop::collection::vec(0u8..4, 6),
        failed_seed in prop::collection::vec(prop::bool::weighted(0.25), 7),
        skipped_seed in prop::collection::vec(prop::bool::weighted(0.1), 7),
    ) {
        let kb = micdoctor_core::kb::load_str(&g.json(), &micdoctor_core::kb::NoIllustrations)
            .map_err(|err| TestCaseError::fail(format!("generated KB refused: {err}")))?;
        let model = ProblemModel::from_kb(&kb, "p").unwrap();
        // 0 = unanswered, 1 = yes, 2 = no, 3 = not sure.
        let answers: Vec<(usize, bool)> = (0..g.findings.len())
            .filter(|&f| matches!(answer_seed[f], 1 | 2))
            .map(|f| (f, answer_seed[f] == 1))
            .collect();
        let failed: Vec<FixIx> = FixIx::all(g.fixes.len()).filter(|&x| failed_seed[x.get()]).collect();
        let skipped: Vec<FixIx> =
            FixIx::all(g.fixes.len()).filter(|&x| !failed_seed[x.get()] && skipped_seed[x.get()]).collect();
        let evidence = Evidence {
            observations: answers.iter().map(|&(finding, yes)| Observation { finding: FindingIx(finding), yes }).collect(),
            skipped_findings: FindingIx::all(g.findings.len()).filter(|&f| answer_seed[f.get()] == 3).collect(),
            failed_fixes: failed.clone(),
            skipped_fixes: skipped.clone(),
            fixed_by: None,
        };
        let d = engine::diagnose(&model, &evidence);
        let p = &d.posterior.probabilities;
        prop_assert!(p.iter().all(|x| x.is_finite() && (0.0..=1.0 + 1e-12).contains(x)), "{p:?}");

        let failed_raw: Vec<usize> = failed.iter().map(|x| x.get()).collect();
        let Some(expected) = posterior_by_hand(&g, &answers, &failed_raw) else {
            prop_assert!(d.posterior.contradictory);
            prop_assert!(p.iter().all(|x| *x == 0.0));
            prop_assert!(d.plan.steps.is_empty());
            prop_assert_eq!(d.next, NextStep::Done(DoneReason::Contradictory));
            return Ok(());
        };
        prop_assert!(!d.posterior.contradictory);
        prop_assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-9, "sum {}", p.iter().sum::<f64>());
        for (engine_p, hand_p) in p.iter().zip(&expected) {
            prop_assert!((engine_p - hand_p).abs() < 1e-9, "engine {engine_p} by hand {hand_p}");
        }

        // The plan tries some of the untried home fixes that can still work, then hands over to the
        // cheapest hand-over left (if any), which is the last step and ends it.
        let cost = |x: usize| g.fixes[x].0 + g.fixes[x].1;
        let can_work = |x: usize| expected.iter().zip(&g.fixes[x].2).map(|(p, r)| p * r).sum::<f64>() > 0.0;
        let order: Vec<usize> = d.plan.steps.iter().map(|s| s.fix.get()).collect();
        let open = |x: &usize| !failed.contains(&FixIx(*x)) && !skipped.contains(&FixIx(*x));
        let untried_home: Vec<usize> = (0..g.fixes.len())
            .filter(|x| open(x) && !g.fixes[*x].3 && can_work(*x))
            .collect();
        let shop = (0..g.fixes.len())
            .filter(|x| open(x) && g.fixes[*x].3)
            .min_by(|&a, &b| cost(a).total_cmp(&cost(b)).then(a.cmp(&b)));
        let (home, tail) = match shop {
            Some(h) => {
                prop_assert_eq!(order.last(), Some(&h));
                (order[..order.len() - 1].to_vec(), vec![h])
            }
            None => (order.clone(), Vec::new()),
        };
        prop_assert!(home.iter().all(|x| untried_home.contains(x)));
        if shop.is_none() {
            let mut planned = home.clone();
            planned.sort_unstable();
            prop_assert_eq!(&planned, &untried_home);
        }

        // ECR by its definition, and each step's chance given that it is reached.
        let reach = |done: &[usize]| -> f64 {
            expected
                .iter()
                .enumerate()
                .map(|(c, pc)| pc * done.iter().map(|&x| 1.0 - g.fixes[x].2[c]).product::<f64>())
                .sum()
        };
        let ecr_of = |order: &[usize]| -> f64 {
            let home: Vec<usize> = order.iter().copied().filter(|&x| !g.fixes[x].3).collect();
            (0..home.len()).map(|i| cost(home[i]) * reach(&home[..i])).sum::<f64>()
                + shop.map_or(0.0, |h| cost(h) * reach(&home))
        };
        let ecr = ecr_of(&order);
        prop_assert!((d.plan.ecr - ecr).abs() < 1e-9 * ecr.max(1.0), "engine {} definition {}", d.plan.ecr, ecr);
        for (i, step) in d.plan.steps.iter().enumerate() {
            let reached = reach(&order[..i]);
            let works: f64 = expected
                .iter()
                .enumerate()
                .map(|(c, pc)| {
                    pc * order[..i].iter().map(|&x| 1.0 - g.fixes[x].2[c]).product::<f64>()
                        * g.fixes[step.fix.get()].2[c]
                })
                .sum();
            let chance = if reached > 0.0 { works / reached } else { 0.0 };
            prop_assert!((step.success_probability - chance).abs() < 1e-9, "step {i}: {} vs {chance}", step.success_probability);
        }

        // No other order of any subset of the untried home fixes, followed by the hand-over, is cheaper.
        if untried_home.len() <= 5 {
            for subset in 0..(1usize << untried_home.len()) {
                let chosen: Vec<usize> = (0..untried_home.len())
                    .filter(|i| subset & (1 << i) != 0)
                    .map(|i| untried_home[i])
                    .collect();
                if shop.is_none() && chosen.len() != untried_home.len() {
                    continue;
                }
                for other in permutations(&chosen) {
                    let other = [other, tail.clone()].concat();
                    prop_assert!(ecr <= ecr_of(&other) + 1e-9, "{order:?} {ecr} beaten by {other:?}");
                }
            }
        }
    }
}

// A "yes" to a finding settles the findings it settles: after "silent in every app" the engine never
// asks "works in other apps, not in WhatsApp", nor anything else the KB says it answers already.
#[test]
fn a_yes_settles_the_findings_it_answers_already() {
    let kb = micdoctor_core::kb::bundled(&micdoctor_core::assets::BundledIllustrations).unwrap();
    let m = ProblemModel::from_kb(&kb, "mic_whatsapp").unwrap();
    let silent = m.finding_index("silent_everywhere").unwrap();
    let only = m.finding_index("only_whatsapp_silent").unwrap();
    assert!(m.findings[silent].settles.contains(&only));
    assert!(
        m.findings[only].settles.contains(&silent),
        "both directions"
    );
    let e = answered(&[
        (silent.get(), true),
        (m.finding_index("dropped_or_wet").unwrap().get(), true),
    ]);
    let d = engine::diagnose_with(&m, &e, engine::Strategy::Myopic);
    assert!(
        d.questions
            .iter()
            .all(|q| !m.findings[silent].settles.contains(&q.finding))
    );
    assert!(e.has_settled_with(only, |g| &m.findings[g].settles));
    // A "no" settles nothing else.
    let e = answered(&[(silent.get(), false)]);
    assert!(!e.has_settled_with(only, |g| &m.findings[g].settles));
}
