//! The simulator: strict worlds and guides, customers that every policy meets alike, the guide's order
//! followed step by step, and figures checked against sums done by hand.
use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::engine::{Lookahead, ProblemModel};
use micdoctor_core::kb;
use micdoctor_core::sim::{
    self, BUNDLED_GUIDE_JSON, Customer, Ending, Guide, Minutes, Policy, World,
};
use serde_json::{Value, json};

const FAITHFUL: &str = include_str!("../../../../knowledge/worlds/guide-faithful.json");
const COUNTER: &str = include_str!("../../../../knowledge/worlds/repair-counter.json");

fn model() -> ProblemModel {
    let kb = kb::bundled(&BundledIllustrations).unwrap();
    ProblemModel::from_kb(&kb, "mic_whatsapp").unwrap()
}

/// A small look-ahead, so that a debug build serves a few customers in seconds.
fn quick() -> Lookahead {
    Lookahead {
        max_depth: 2,
        max_leaves: 300,
        beam: 8,
    }
}

#[test]
fn the_shipped_worlds_and_the_guide_are_valid() {
    let m = model();
    for text in [FAITHFUL, COUNTER] {
        let world = World::parse(text, &m).unwrap();
        assert_eq!(world.causes.len(), m.cause_ids.len());
        let total: f64 = world.causes.iter().map(|c| c.share).sum();
        assert!((total - 1.0).abs() < 1e-9);
        // Every finding a person can be asked takes time; a recording's measurement is never asked.
        for (finding, &minutes) in m.findings.iter().zip(&world.finding_minutes) {
            let asked = finding.kind != micdoctor_core::kb::FindingKind::Measurement;
            assert_eq!(minutes > 0.0, asked, "{}", finding.id);
        }
        assert!(world.fix_minutes.iter().all(|&x| x > 0.0));
    }
    Guide::parse(BUNDLED_GUIDE_JSON, &m).unwrap();
}

/// The shipped worlds were written apart from the KB: their shares are not its priors.
#[test]
fn the_worlds_are_not_copies_of_the_kb() {
    let m = model();
    for text in [FAITHFUL, COUNTER] {
        let world = World::parse(text, &m).unwrap();
        let same = world
            .causes
            .iter()
            .filter(|c| (c.share - m.priors[c.cause]).abs() < 1e-9)
            .count();
        assert!(
            same < world.causes.len() / 2,
            "{same} shares equal the KB's priors"
        );
    }
}

/// Every problem of a broken world is listed, each with where it is.
#[test]
fn a_broken_world_lists_every_problem_by_path() {
    let m = model();
    let mut world: Value = serde_json::from_str(FAITHFUL).unwrap();
    world["causes"][0]["answers"]["no_such_finding"] = json!({ "value": 0.5, "why": "x" });
    world["causes"][1]["share"]["value"] = json!(0.5);
    world["causes"][2]["fixes"]["fix_repair_service"] = json!({ "value": 0.9, "why": "x" });
    world["causes"][3]["answers"]["camera_video_has_voice"] = json!({ "value": 1.5, "why": "x" });
    world["causes"][4]["answers"]["camera_video_has_voice"]["why"] = json!(" ");
    world["minutes"]
        .as_object_mut()
        .unwrap()
        .remove("fix_restart");
    world["causes"].as_array_mut().unwrap().pop();
    let err = World::parse(&world.to_string(), &m).unwrap_err();
    let sim::SimError::Invalid(issues) = &err else {
        panic!("expected a list of issues, got {err}");
    };
    let all = issues.join("\n");
    for expected in [
        "$.causes[0].answers.no_such_finding: \"no_such_finding\" is not a finding",
        "$.causes: the shares sum to",
        "$.causes[2].fixes.fix_repair_service: a hand-over ends the case",
        "$.causes[3].answers.camera_video_has_voice: must be a probability between 0 and 1, not 1.5",
        "$.causes[4].answers.camera_video_has_voice: every number needs a one-line `why`",
        "$.minutes: the minutes of \"fix_restart\" are missing",
        "$.causes: cause \"other_cause\" is missing",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }
}

#[test]
fn a_world_of_the_wrong_shape_says_where() {
    let m = model();
    let mut world: Value = serde_json::from_str(FAITHFUL).unwrap();
    world["volunteer_symptoms"] = json!(0.7);
    let err = World::parse(&world.to_string(), &m).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("$.volunteer_symptoms (line 1, column"),
        "{err}"
    );
    let mut world: Value = serde_json::from_str(FAITHFUL).unwrap();
    world["extra"] = json!(1);
    let err = World::parse(&world.to_string(), &m).unwrap_err();
    assert!(err.to_string().contains("unknown field `extra`"), "{err}");
    let mut world: Value = serde_json::from_str(FAITHFUL).unwrap();
    world["problem"] = json!("sensor_privacy");
    let err = World::parse(&world.to_string(), &m).unwrap_err();
    assert!(
        err.to_string()
            .contains("the world is for \"sensor_privacy\""),
        "{err}"
    );
}

#[test]
fn a_broken_guide_lists_every_problem() {
    let m = model();
    let mut guide: Value = serde_json::from_str(BUNDLED_GUIDE_JSON).unwrap();
    guide["sections"][0]["steps"][0]["no"] = json!("nowhere");
    guide["sections"][0]["steps"][1] = json!({ "fix": "fix_repair_service" });
    guide["sections"][1]["steps"][0] =
        json!({ "check": "voice_memo_front_ok", "fix": "fix_restart" });
    let err = Guide::parse(&guide.to_string(), &m).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("$.sections[0].steps[0]: no section \"nowhere\""),
        "{text}"
    );
    assert!(
        text.contains("$.sections[0].steps[1]: not a home fix"),
        "{text}"
    );
    assert!(
        text.contains("$.sections[1].steps[0]: a step is one of"),
        "{text}"
    );
}

/// A customer whose answers and fix outcomes are all "no", with the true cause `cause`, whose checks
/// would end on their first outcome.
fn customer(m: &ProblemModel, world: &World, cause: &str) -> Customer {
    Customer {
        cause: world.causes.iter().position(|c| c.id == cause).unwrap(),
        answers: vec![false; m.findings.len()],
        volunteered: Vec::new(),
        works: vec![false; m.fixes.len()],
        measured: m.checks.iter().map(|c| c.outcomes[0]).collect(),
    }
}

/// The guide's order, followed by hand for a broken bottom microphone: the Camera video is silent, so
/// straight to the hardware section — front test, bottom test, no lint — then the shop.
#[test]
fn the_guide_sends_a_silent_video_straight_to_the_hardware_section() {
    let m = model();
    let world = World::parse(FAITHFUL, &m).unwrap();
    let guide = Guide::parse(BUNDLED_GUIDE_JSON, &m).unwrap();
    let mut c = customer(&m, &world, "mic_bottom_fault");
    c.answers[m.finding_index("voice_memo_front_ok").unwrap().get()] = true;
    let visit = sim::serve(&m, &world, Some(&guide), Policy::Guide, quick(), &c);
    let minutes = |id: &str| {
        m.finding_index(id).map_or_else(
            || world.fix_minutes[m.fix_index(id).unwrap().get()],
            |f| world.finding_minutes[f.get()],
        )
    };
    let by_hand = minutes("camera_video_has_voice")
        + minutes("voice_memo_front_ok")
        + minutes("voice_memo_bottom_ok")
        + minutes("debris_seen")
        + world.handover_minutes(true);
    assert_eq!(visit.ending, Ending::Shop);
    assert_eq!(
        visit.part_named,
        Some(true),
        "the silent bottom take names the part"
    );
    assert_eq!(visit.questions, 4);
    assert_eq!(visit.fixes, 0);
    assert!((visit.minutes - by_hand).abs() < 1e-9);
}

/// With the voice in the video the reader works through Fix 1–5 (seven fixes) and, when none works,
/// the hardware section; lint seen means cleaning first, and cleaning that works ends it at home.
#[test]
fn the_guide_tries_fixes_one_to_five_then_cleans_when_it_sees_lint() {
    let m = model();
    let world = World::parse(FAITHFUL, &m).unwrap();
    let guide = Guide::parse(BUNDLED_GUIDE_JSON, &m).unwrap();
    let mut c = customer(&m, &world, "mic_port_blocked");
    for id in ["camera_video_has_voice", "debris_seen"] {
        c.answers[m.finding_index(id).unwrap().get()] = true;
    }
    c.works[m.fix_index("fix_clean_port").unwrap().get()] = true;
    let visit = sim::serve(&m, &world, Some(&guide), Policy::Guide, quick(), &c);
    assert_eq!(visit.ending, Ending::FixedAtHome);
    assert_eq!(visit.fixes, 8, "Fix 1–5 are seven fixes, then the cleaning");
    assert_eq!(visit.questions, 4);
}

/// The engine's policies stop at the first fix that works and never pay for the shop then.
#[test]
fn a_fix_that_works_ends_the_visit_at_home() {
    let m = model();
    let world = World::parse(FAITHFUL, &m).unwrap();
    let mut c = customer(&m, &world, "app_audio_stuck");
    c.works = vec![true; m.fixes.len()];
    for policy in [Policy::Greedy, Policy::Myopic] {
        let visit = sim::serve(&m, &world, None, policy, quick(), &c);
        assert_eq!(visit.ending, Ending::FixedAtHome, "{policy:?}");
        assert_eq!(visit.fixes, 1);
        assert!(visit.minutes < world.handover_minutes(true));
        assert_eq!(visit.part_named, None, "no hand-over, nothing to name");
    }
}

#[test]
fn customers_are_drawn_alike_for_every_run_and_differ_between_customers() {
    let m = model();
    let world = World::parse(COUNTER, &m).unwrap();
    let symptom = |f: micdoctor_core::engine::FindingIx| {
        m.findings[f].kind == micdoctor_core::kb::FindingKind::Symptom
    };
    let a = sim::draw(&world, 7, 3, symptom);
    assert_eq!(a, sim::draw(&world, 7, 3, symptom));
    let others: Vec<Customer> = (0..20).map(|i| sim::draw(&world, 7, i, symptom)).collect();
    assert!(others.iter().any(|c| c.answers != a.answers));
    // Volunteered symptoms are symptoms the customer really has.
    for c in &others {
        assert!(
            c.volunteered
                .iter()
                .all(|&f| symptom(f) && c.answers[f.get()])
        );
    }
}

/// Shares drawn over many customers come close to the world's.
#[test]
fn the_true_causes_follow_the_world_shares() {
    let m = model();
    let world = World::parse(COUNTER, &m).unwrap();
    let n = 20_000;
    let mut counts = vec![0usize; world.causes.len()];
    for i in 0..n {
        counts[sim::draw(&world, 1, i, |_| false).cause] += 1;
    }
    for (cause, count) in world.causes.iter().zip(counts) {
        let share = count as f64 / n as f64;
        // Four standard deviations of a binomial share.
        let sd = (cause.share * (1.0 - cause.share) / n as f64).sqrt();
        assert!(
            (share - cause.share).abs() < 4.0 * sd + 1e-9,
            "{} {share} vs {}",
            cause.id,
            cause.share
        );
    }
}

#[test]
fn mean_and_90th_percentile_by_hand() {
    let m = Minutes::of([5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 6.0, 7.0, 9.0, 8.0].into_iter());
    assert_eq!(m.customers, 10);
    assert!((m.mean - 5.5).abs() < 1e-12);
    assert!((m.p90 - 9.0).abs() < 1e-12, "nearest rank: the 9th of 10");
    let one = Minutes::of(std::iter::once(3.0));
    assert!((one.p90 - 3.0).abs() < 1e-12);
    assert_eq!(Minutes::of(std::iter::empty()).customers, 0);
}

/// A small run: every policy meets the same customers, the figures add up, and the engine's policies
/// beat the guide's fixed order on average.
#[test]
fn a_small_simulation_adds_up() {
    let m = model();
    let world = World::parse(FAITHFUL, &m).unwrap();
    let guide = Guide::parse(BUNDLED_GUIDE_JSON, &m).unwrap();
    let policies = [Policy::MicDoctor, Policy::Greedy, Policy::Guide];
    let n = 24;
    let run = sim::run(&m, &world, Some(&guide), &policies, quick(), n, 11);
    assert_eq!(run.causes.len(), n);
    assert!(run.visits.iter().all(|v| v.len() == n));
    let symptom = |f: micdoctor_core::engine::FindingIx| {
        m.findings[f].kind == micdoctor_core::kb::FindingKind::Symptom
    };
    for (i, &cause) in run.causes.iter().enumerate() {
        assert_eq!(cause, sim::draw(&world, 11, i as u64, symptom).cause);
    }
    let figures = run.figures(&world);
    for f in &figures {
        let by_cause: usize = f.by_cause.iter().map(|c| c.minutes.customers).sum();
        assert_eq!(by_cause, n);
        assert_eq!(f.hardware.customers + f.software.customers, n);
        let total: f64 = f
            .by_cause
            .iter()
            .map(|c| c.minutes.mean * c.minutes.customers as f64)
            .sum();
        assert!((total / n as f64 - f.all.mean).abs() < 1e-9);
        let shop: usize = f.by_cause.iter().map(|c| c.to_shop).sum();
        assert_eq!(shop + f.fixed_at_home, n);
        assert!(f.all.mean > 0.0);
    }
    let guide_mean = figures[2].all.mean;
    assert!(figures[0].all.mean < guide_mean, "{figures:#?}");
    assert!(figures[1].all.mean < guide_mean, "{figures:#?}");
    // Without questions, greedy asks nothing.
    assert!(figures[1].mean_questions.abs() < f64::EPSILON);
}

/// The informed policy's model is the world's own numbers, entry by entry: shares as priors, `P(yes)`
/// without the KB's answer slip, `P(it works)` for home fixes (the hand-over keeps the KB's), and the
/// world's minutes as every cost with no risk weight.
#[test]
fn the_informed_model_is_the_worlds_own_numbers() {
    let m = model();
    let world = World::parse(COUNTER, &m).unwrap();
    let informed = world.informed_model();
    let file: Value = serde_json::from_str(COUNTER).unwrap();
    let bottom = m.cause_index("mic_bottom_fault").unwrap();
    let video = m.finding_index("camera_video_has_voice").unwrap();
    let reinstall = m.fix_index("fix_reinstall").unwrap();
    let shop = m.fix_index("fix_repair_service").unwrap();
    let cause = file["causes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "mic_bottom_fault")
        .unwrap();
    let value = |v: &Value| v["value"].as_f64().unwrap();
    assert!((informed.priors[bottom.get()] - value(&cause["share"])).abs() < 1e-12);
    let said = cause["answers"]
        .get("camera_video_has_voice")
        .unwrap_or(&cause["answers"]["default"]);
    assert!((informed.findings[video].likelihood[bottom.get()] - value(said)).abs() < 1e-12);
    let works = cause["fixes"]
        .get("fix_reinstall")
        .unwrap_or(&cause["fixes"]["default"]);
    assert!((informed.fixes[reinstall].repairs[bottom.get()] - value(works)).abs() < 1e-12);
    assert_eq!(informed.fixes[shop].repairs, m.fixes[shop].repairs);
    let minutes = |id: &str| value(&file["minutes"][id]);
    assert!((informed.fixes[reinstall].cost - minutes("fix_reinstall")).abs() < 1e-12);
    assert!((informed.fixes[reinstall].minutes - minutes("fix_reinstall")).abs() < 1e-12);
    let handover = |key: &str| value(&file["handover"][key]);
    assert!((informed.fixes[shop].cost - handover("part_named")).abs() < 1e-12);
    assert!(
        (informed.fixes[shop].diagnosis - (handover("part_not_named") - handover("part_named")))
            .abs()
            < 1e-12
    );
    assert!((informed.findings[video].cost - minutes("camera_video_has_voice")).abs() < 1e-12);
    // The KB's own model differs (its slip, its priors): the informed one is not the KB's.
    assert_ne!(*informed, m);
}

/// A world where every customer's phone has one cause that only a restart cures: told the world's
/// numbers, the engine asks nothing and restarts at once; the minutes are the restart's, by hand.
#[test]
fn the_informed_policy_goes_straight_to_what_the_world_says_works() {
    let m = model();
    let mut file: Value = serde_json::from_str(FAITHFUL).unwrap();
    for cause in file["causes"].as_array_mut().unwrap() {
        let only = cause["id"] == "app_audio_stuck";
        cause["share"]["value"] = json!(if only { 1.0 } else { 0.0 });
        if only {
            cause["fixes"] = json!({
                "default": { "value": 0.0, "why": "only a restart cures this phone" },
                "fix_restart": { "value": 1.0, "why": "the restart always works here" },
            });
        }
    }
    let world = World::parse(&file.to_string(), &m).unwrap();
    let c = sim::draw(&world, 5, 0, |_| false);
    let visit = sim::serve(&m, &world, None, Policy::Informed, quick(), &c);
    let restart = m.fix_index("fix_restart").unwrap();
    assert_eq!(visit.ending, Ending::FixedAtHome);
    assert_eq!((visit.questions, visit.fixes), (0, 1));
    assert!((visit.minutes - world.fix_minutes[restart.get()]).abs() < 1e-12);
}

/// A world's hand-over: minutes with and without the part named, and the answers that name a part, are
/// checked like every other number, each problem with its path.
#[test]
fn a_broken_handover_lists_every_problem() {
    let m = model();
    let mut world: Value = serde_json::from_str(FAITHFUL).unwrap();
    world["handover"]["part_named"]["value"] = json!(300.0);
    world["handover"]["part_not_named"]["why"] = json!("");
    world["handover"]["names"]["mic_bottom_fault"][0] = json!({ "no_such_test": false });
    world["handover"]["names"]["mic_front_fault"][1] = json!({});
    world["handover"]["names"]["nobody"] = json!([{ "voice_memo_front_ok": false }]);
    world["minutes"]["fix_repair_service"] = json!({ "value": 90.0, "why": "x" });
    let err = World::parse(&world.to_string(), &m).unwrap_err();
    let sim::SimError::Invalid(issues) = &err else {
        panic!("expected a list of issues, got {err}");
    };
    let all = issues.join("\n");
    for expected in [
        "$.handover.part_named: a visit with the part named cannot take longer than one without",
        "$.handover.part_not_named: every number needs a one-line `why`",
        "$.handover.names.mic_bottom_fault[0]",
        "$.handover.names.mic_front_fault[1]: an alternative needs at least one answer",
        "$.handover.names.nobody",
        "$.minutes.fix_repair_service: a hand-over's minutes are `handover.part_named` and `handover.part_not_named`",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }
}

/// A world's recording checks: every outcome's chance given with its why, summing to 1, and the
/// check's minutes, each problem with its path.
#[test]
fn a_broken_check_lists_every_problem() {
    let m = model();
    let mut world: Value = serde_json::from_str(FAITHFUL).unwrap();
    let check = &mut world["causes"][0]["checks"]["each_microphone"];
    check["mics_all_pass"]["value"] = json!(0.5);
    check.as_object_mut().unwrap().remove("mics_rear_weak");
    check["no_such_outcome"] = json!({ "value": 0.1, "why": "x" });
    world["causes"][1]["checks"]
        .as_object_mut()
        .unwrap()
        .remove("each_microphone");
    world["causes"][2]["checks"]["no_such_check"] = json!({});
    world["minutes"]
        .as_object_mut()
        .unwrap()
        .remove("each_microphone");
    let err = World::parse(&world.to_string(), &m).unwrap_err();
    let sim::SimError::Invalid(issues) = &err else {
        panic!("expected a list of issues, got {err}");
    };
    let all = issues.join("\n");
    for expected in [
        "$.causes[0].checks.each_microphone: the outcomes' chances sum to",
        "$.causes[0].checks.each_microphone: no chance for outcome \"mics_rear_weak\"",
        "$.causes[0].checks.each_microphone.no_such_outcome: \"no_such_outcome\" is not an outcome",
        "$.causes[1].checks.each_microphone: the chances of this check's outcomes are missing",
        "$.causes[2].checks.no_such_check: \"no_such_check\" is not a check",
        "$.minutes: the minutes of \"each_microphone\" are missing",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }
}

/// A dropped phone with a dead bottom microphone, served by MicDoctor: before the shop it makes the
/// microphone test (its minutes counted), the test ends on what this customer's phone shows ("bottom
/// fails"), and that names the part at the shop, which then costs the visit alone.
#[test]
fn the_microphone_test_names_the_part_before_the_shop() {
    let m = model();
    let world = World::parse(FAITHFUL, &m).unwrap();
    let mut c = customer(&m, &world, "mic_bottom_fault");
    for id in ["silent_everywhere", "dropped_or_wet", "voice_note_flat"] {
        let f = m.finding_index(id).unwrap();
        c.answers[f.get()] = true;
        c.volunteered.push(f);
    }
    let check = m.check_index("each_microphone").unwrap();
    let fails = m.finding_index("mics_bottom_fails").unwrap();
    c.measured[check.get()] = fails;
    let mut steps = Vec::new();
    let visit = sim::serve_traced(&m, &world, None, Policy::MicDoctor, quick(), &c, &mut |s| {
        steps.push(s);
    });
    assert!(
        steps.contains(&sim::TraceStep::Measured {
            check,
            outcome: fails
        }),
        "{steps:?}"
    );
    assert_eq!(visit.ending, Ending::Shop, "{steps:?}");
    assert_eq!(visit.part_named, Some(true));
}

/// The answers that name a part, by hand: the bottom microphone is named by its silent Voice Memo or a
/// failed measured take; a symptom alone names nothing; "something else" needs both takes alike.
#[test]
fn which_answers_name_a_part() {
    let m = model();
    let world = World::parse(FAITHFUL, &m).unwrap();
    let cause = |id: &str| world.causes.iter().position(|c| c.id == id).unwrap();
    let f = |id: &str| m.finding_index(id).unwrap();
    let answers = |given: &[(&str, bool)]| {
        let given: Vec<_> = given.iter().map(|&(id, yes)| (f(id), yes)).collect();
        move |finding| {
            given
                .iter()
                .find(|(g, _)| *g == finding)
                .map(|&(_, yes)| yes)
        }
    };
    let bottom = cause("mic_bottom_fault");
    assert!(world.names_part(bottom, answers(&[("voice_memo_bottom_ok", false)])));
    assert!(world.names_part(bottom, answers(&[("mics_bottom_fails", true)])));
    assert!(!world.names_part(bottom, answers(&[("voice_memo_bottom_ok", true)])));
    assert!(!world.names_part(bottom, answers(&[("silent_everywhere", true)])));
    let other = cause("other_cause");
    assert!(!world.names_part(other, answers(&[("voice_memo_bottom_ok", false)])));
    assert!(world.names_part(
        other,
        answers(&[
            ("voice_memo_bottom_ok", false),
            ("voice_memo_front_ok", false)
        ])
    ));
    // A software cause has no part to name.
    assert!(!world.names_part(
        cause("app_audio_stuck"),
        answers(&[("voice_memo_bottom_ok", false)])
    ));
}
