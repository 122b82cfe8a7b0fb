//! The bundled knowledge base: required ids, validation rules, and the rankings a technician would expect.
use micdoctor_core::assets::{BundledIllustrations, ILLUSTRATIONS};
use micdoctor_core::engine::{self, NextStep, ProblemModel};
use micdoctor_core::kb::{self, FindingKind, KnowledgeBase};
use micdoctor_core::session::{Answer, Session};

fn bundled() -> KnowledgeBase {
    kb::bundled(&BundledIllustrations).expect("the bundled knowledge base is valid")
}

fn issues_of(kb: &KnowledgeBase) -> Vec<String> {
    kb::validate(kb, &BundledIllustrations)
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn assert_issue(kb: &KnowledgeBase, path: &str, words: &str) {
    let issues = issues_of(kb);
    assert!(
        issues
            .iter()
            .any(|i| i.starts_with(path) && i.contains(words)),
        "expected an issue at {path} mentioning {words:?}, got {issues:#?}"
    );
}

/// The ids a problem must have: (problem, causes, symptoms, findings, fixes).
type RequiredIds<'a> = (
    &'a str,
    &'a [&'a str],
    &'a [&'a str],
    &'a [&'a str],
    &'a [&'a str],
);

#[test]
fn every_required_id_exists_in_its_problem() {
    let kb = bundled();
    let required: [RequiredIds<'_>; 2] = [
        (
            "mic_whatsapp",
            &[
                "mic_permission_off",
                "camera_permission_off",
                "screen_time_lock",
                "app_audio_stuck",
                "media_services_stuck",
                "app_data_corrupt",
                "software_regression",
                "audio_route_stuck",
                "mic_port_blocked",
                "mic_front_fault",
                "mic_bottom_fault",
                "other_cause",
            ],
            &[
                "only_whatsapp_silent",
                "voice_note_flat",
                "call_others_cant_hear",
                "audio_distorted",
                "calls_ok_notes_silent",
                "after_update",
                "silent_everywhere",
                "orange_dot_silent",
                "headset_recently_used",
                "storage_full",
                "update_interrupted",
                "calls_drop_instantly",
                "mic_icon_grayed",
                "mic_switch_missing",
            ],
            &[
                "camera_video_has_voice",
                "mic_switch_on",
                "camera_switch_on",
                "voice_memo_front_ok",
                "voice_memo_bottom_ok",
                "debris_seen",
                "others_report_bug",
                "screen_time_blocks_mic",
            ],
            &[
                "fix_permissions",
                "fix_screen_time",
                "fix_force_quit",
                "fix_restart",
                "fix_offload",
                "fix_reinstall",
                "fix_update",
                "fix_audio_route",
                "fix_clean_port",
                "fix_repair_service",
            ],
        ),
        (
            "sensor_privacy",
            &[
                "active_call_or_note",
                "other_app_using",
                "indicator_glitch",
                "unexplained_access",
            ],
            &[],
            &[
                "indicator_when_idle",
                "control_center_names_whatsapp",
                "whatsapp_call_ongoing",
                "privacy_report_background",
            ],
            &[
                "fix_end_call",
                "fix_revoke_permission",
                "fix_restart",
                "fix_report_apple",
            ],
        ),
    ];
    for (problem_id, causes, symptoms, findings, fixes) in required {
        let problem = kb
            .problem(problem_id)
            .unwrap_or_else(|| panic!("missing problem {problem_id}"));
        for id in causes {
            assert!(
                problem.causes.iter().any(|c| c == id),
                "{problem_id} lacks cause {id}"
            );
        }
        for id in symptoms {
            assert!(
                problem.findings.iter().any(|f| f == id),
                "{problem_id} lacks symptom {id}"
            );
            assert_eq!(
                kb.finding(id).unwrap().kind,
                FindingKind::Symptom,
                "{id} should be a symptom"
            );
        }
        for id in findings {
            assert!(
                problem.findings.iter().any(|f| f == id),
                "{problem_id} lacks finding {id}"
            );
        }
        for id in fixes {
            assert!(
                problem.fixes.iter().any(|f| f == id),
                "{problem_id} lacks fix {id}"
            );
        }
    }
    for id in [
        "camera_video_has_voice",
        "mic_switch_on",
        "voice_memo_bottom_ok",
        "debris_seen",
    ] {
        assert_eq!(
            kb.finding(id).unwrap().kind,
            FindingKind::Test,
            "{id} should be a test"
        );
    }
    assert!(kb.fix("fix_repair_service").unwrap().handover);
    assert!(kb.problem("sensor_privacy").unwrap().explainer.is_some());
}

#[test]
fn every_number_has_a_rationale_and_every_picture_alt_text() {
    let kb = bundled();
    assert!(kb.causes.iter().all(|c| !c.rationale.trim().is_empty()));
    assert!(kb.findings.iter().all(|f| !f.rationale.trim().is_empty()));
    assert!(kb.fixes.iter().all(|f| !f.rationale.trim().is_empty()));
    for (id, _) in ILLUSTRATIONS {
        let entry = kb
            .illustration(id)
            .unwrap_or_else(|| panic!("picture {id} has no alt text in the KB"));
        assert!(entry.alt.len() > 20, "alt text of {id} is too thin");
    }
}

#[test]
fn the_fact_sheet_wins_over_the_seed() {
    let text = kb::BUNDLED_JSON.to_lowercase();
    assert!(
        !text.contains("mediaserverd"),
        "no consumer source says a restart resets mediaserverd"
    );
    let kb = bundled();
    let restart = kb.fix("fix_reinstall").unwrap();
    assert!(
        restart.steps.iter().any(|s| s.confirm_before.is_some()),
        "deleting must be gated on a backup"
    );
    assert!(restart.cost_minutes > kb.fix("fix_offload").unwrap().cost_minutes);
}

#[test]
fn the_json_schema_describes_the_format() {
    let schema = serde_json::to_value(kb::json_schema()).unwrap();
    let properties = &schema["properties"];
    for key in [
        "schema_version",
        "kb_version",
        "problems",
        "causes",
        "findings",
        "fixes",
        "faq",
        "devices",
    ] {
        assert!(properties.get(key).is_some(), "schema lacks {key}");
    }
}

// ---- Each validation rule, shown on a copy of the bundled KB with one thing broken. ----

#[test]
fn unknown_ids_are_reported_with_their_path() {
    let mut kb = bundled();
    kb.problems[0].causes.push("no_such_cause".into());
    kb.fixes[0].repairs.insert("ghost".into(), 0.5);
    assert_issue(&kb, "$.problems[0].causes[", "unknown id \"no_such_cause\"");
    assert_issue(&kb, "$.fixes[0].repairs.ghost", "unknown cause");
}

#[test]
fn duplicate_ids_are_reported() {
    let mut kb = bundled();
    let copy = kb.causes[1].clone();
    kb.causes.push(copy);
    assert_issue(
        &kb,
        &format!("$.causes[{}].id", kb.causes.len() - 1),
        "duplicate id",
    );
}

/// Every id names one thing, whatever its kind: an FAQ entry with a source's id, or a fix with a cause's,
/// is reported at its own place, naming the other.
#[test]
fn an_id_shared_by_two_kinds_is_reported_at_both_places() {
    let mut kb = bundled();
    let source = kb.sources[2].id.clone();
    kb.faq[0].id = source.clone();
    let cause = kb.causes[1].id.clone();
    let last_fix = kb.fixes.len() - 1;
    kb.fixes[last_fix].id = cause.to_string().into();
    let issues = kb::validate(&kb, &kb::NoIllustrations);
    let shared = |path: &str, other: &str| {
        issues.iter().any(|i| {
            i.path == path && i.message.contains(other) && i.message.contains("names one thing")
        })
    };
    assert!(shared("$.sources[2].id", "$.faq[0].id"), "{issues:#?}");
    assert!(
        shared(&format!("$.fixes[{last_fix}].id"), "$.causes[1].id"),
        "{issues:#?}"
    );
    // The bundled knowledge base itself has none: its comparison drawn by the illustration of its own
    // id is one thing shown two ways…
    let clean = kb::validate(&bundled(), &kb::NoIllustrations);
    assert!(
        clean.iter().all(|i| !i.message.contains("names one thing")),
        "{clean:#?}"
    );
    // …but a comparison sharing an illustration's id without being drawn by it is two things.
    let mut kb = bundled();
    let shared_with = kb
        .illustrations
        .iter()
        .position(|i| Some(i.id.as_str()) == kb.comparisons[0].illustration.as_deref())
        .unwrap();
    kb.comparisons[0].illustration = None;
    let issues = kb::validate(&kb, &kb::NoIllustrations);
    assert!(
        issues.iter().any(|i| i.path == "$.comparisons[0].id"
            && i.message
                .contains(&format!("$.illustrations[{shared_with}].id"))),
        "{issues:#?}"
    );
}

/// "Test each microphone" is one step with six outcomes: each cause's outcome likelihoods are one
/// distribution (the bundled KB's sum to 1), and a KB whose do not, or whose step ends on a finding that
/// is no measurement, is told where.
#[test]
fn a_check_made_as_one_step_has_outcomes_that_exclude_one_another() {
    let kb = bundled();
    let problem = kb.problem("mic_whatsapp").unwrap();
    let step = problem
        .recording_checks
        .iter()
        .find_map(|c| c.as_step.as_ref())
        .unwrap();
    assert_eq!(step.outcomes.len(), 6);
    for cause in &problem.causes {
        let sum: f64 = step
            .outcomes
            .iter()
            .map(|id| {
                let f = kb.finding(id).unwrap();
                *f.likelihoods.get(cause).unwrap_or(&f.default_likelihood)
            })
            .sum();
        assert!((sum - 1.0).abs() < 1e-9, "{cause}: {sum}");
    }
    let mut kb = bundled();
    let at = kb
        .findings
        .iter()
        .position(|f| f.id == "mics_all_pass")
        .unwrap();
    kb.findings[at].default_likelihood = 0.95;
    let issues = kb::validate(&kb, &kb::NoIllustrations);
    let path = "$.problems[0].recording_checks[1].as_step.outcomes";
    assert!(
        issues.iter().any(|i| i.path == path
            && i.message.contains("\"mic_permission_off\"")
            && i.message.contains("not 1")),
        "{issues:#?}"
    );
    let mut kb = bundled();
    kb.problems[0].recording_checks[1]
        .as_step
        .as_mut()
        .unwrap()
        .outcomes
        .push("silent_everywhere".into());
    let issues = kb::validate(&kb, &kb::NoIllustrations);
    assert!(
        issues
            .iter()
            .any(|i| i.path == format!("{path}[6]")
                && i.message.contains("not a measurement finding")),
        "{issues:#?}"
    );
}

#[test]
fn probabilities_outside_zero_to_one_are_reported() {
    let mut kb = bundled();
    kb.findings[0].default_likelihood = 1.5;
    let cause = kb.causes[0].id.clone();
    kb.findings[1].likelihoods.insert(cause.clone(), -0.1);
    kb.fixes[2].repairs.insert(cause.clone(), f64::NAN);
    assert_issue(&kb, "$.findings[0].default_likelihood", "between 0 and 1");
    assert_issue(
        &kb,
        &format!("$.findings[1].likelihoods.{cause}"),
        "between 0 and 1",
    );
    assert_issue(
        &kb,
        &format!("$.fixes[2].repairs.{cause}"),
        "between 0 and 1",
    );
}

#[test]
fn a_problem_without_causes_is_reported() {
    let mut kb = bundled();
    kb.problems[1].causes.clear();
    assert_issue(&kb, "$.problems[1].causes", "has no causes");
}

#[test]
fn a_cause_no_fix_can_repair_is_reported() {
    let mut kb = bundled();
    for fix in &mut kb.fixes {
        fix.repairs.remove("mic_port_blocked");
    }
    assert_issue(
        &kb,
        "$.problems[0].causes[",
        "no fix of this problem can repair cause \"mic_port_blocked\"",
    );
}

#[test]
fn a_fix_without_steps_and_bad_costs_are_reported() {
    let mut kb = bundled();
    kb.fixes[3].steps.clear();
    kb.fixes[4].cost_minutes = 0.0;
    kb.fixes[5].cost_minutes = -2.0;
    assert_issue(&kb, "$.fixes[3].steps", "has no steps");
    assert_issue(&kb, "$.fixes[4].cost_minutes", "more than 0");
    assert_issue(&kb, "$.fixes[5].cost_minutes", "more than 0");
}

#[test]
fn an_illustration_without_a_picture_is_reported() {
    let mut kb = bundled();
    kb.illustrations.push(kb::Illustration {
        id: "unicorn".into(),
        alt: "A unicorn".into(),
        file: None,
        picture: None,
    });
    assert_issue(
        &kb,
        &format!("$.illustrations[{}].id", kb.illustrations.len() - 1),
        "no picture named \"unicorn\"",
    );
    let mut kb = bundled();
    let (fix, step) = kb
        .fixes
        .iter()
        .enumerate()
        .find_map(|(f, fix)| {
            fix.steps
                .iter()
                .position(|s| s.illustration.is_some())
                .map(|s| (f, s))
        })
        .expect("some step has a picture");
    kb.fixes[fix].steps[step].illustration = Some("missing_picture".into());
    assert_issue(
        &kb,
        &format!("$.fixes[{fix}].steps[{step}].illustration"),
        "unknown illustration",
    );
    let mut kb = bundled();
    let (fix, step, variant) = kb
        .fixes
        .iter()
        .enumerate()
        .find_map(|(f, fix)| {
            fix.steps.iter().enumerate().find_map(|(s, step)| {
                step.variants
                    .iter()
                    .find(|(_, v)| v.illustration.is_some())
                    .map(|(profile, _)| (f, s, *profile))
            })
        })
        .expect("some step has a picture for one kind of iPhone");
    if let Some(v) = kb.fixes[fix].steps[step].variants.get_mut(&variant) {
        v.illustration = Some("missing_picture".into());
    }
    assert_issue(
        &kb,
        &format!(
            "$.fixes[{fix}].steps[{step}].variants.{}.illustration",
            variant.id()
        ),
        "unknown illustration \"missing_picture\"",
    );
}

#[test]
fn priors_that_sum_to_zero_are_reported() {
    let mut kb = bundled();
    let ids = kb.problems[1].causes.clone();
    for cause in &mut kb.causes {
        if ids.contains(&cause.id) {
            cause.prior = 0.0;
        }
    }
    assert_issue(&kb, "$.problems[1].causes", "sum to zero");
}

#[test]
fn every_issue_is_collected_not_just_the_first() {
    let mut kb = bundled();
    kb.problems[0].causes.push("x".into());
    kb.fixes[0].steps.clear();
    kb.findings[0].default_likelihood = 2.0;
    assert!(issues_of(&kb).len() >= 3);
}

// ---- The rankings a technician would expect from the bundled numbers. ----

fn top_causes(problem: &str, answers: &[(&str, Answer)], n: usize) -> Vec<String> {
    let kb = bundled();
    let model = ProblemModel::from_kb(&kb, problem).unwrap();
    let mut session = Session::new(problem, kb::DeviceProfile::FaceId, "t", 0);
    for (id, answer) in answers {
        session.answer(id, *answer, 0);
    }
    let d = engine::diagnose(&model, &session.evidence(&model).unwrap());
    d.ranking
        .iter()
        .take(n)
        .map(|&c| model.cause_id(c).to_string())
        .collect()
}

#[test]
fn a_switched_off_microphone_permission_leads_when_the_switch_is_off() {
    let top = top_causes(
        "mic_whatsapp",
        &[
            ("only_whatsapp_silent", Answer::Yes),
            ("mic_switch_on", Answer::No),
        ],
        1,
    );
    assert_eq!(top, ["mic_permission_off"]);
}

#[test]
fn silence_everywhere_with_failed_recordings_points_at_hardware() {
    let top = top_causes(
        "mic_whatsapp",
        &[
            ("silent_everywhere", Answer::Yes),
            ("camera_video_has_voice", Answer::No),
            ("voice_memo_bottom_ok", Answer::No),
        ],
        1,
    );
    let kb = bundled();
    assert!(
        kb.cause(&top[0]).unwrap().hardware,
        "top cause {top:?} should be hardware"
    );
}

#[test]
fn an_orange_dot_with_silence_rules_out_a_missing_permission() {
    let top = top_causes("mic_whatsapp", &[("orange_dot_silent", Answer::Yes)], 2);
    assert!(!top.contains(&"mic_permission_off".to_owned()), "{top:?}");
    assert!(
        top.iter()
            .any(|c| c == "app_audio_stuck" || c == "app_data_corrupt"),
        "{top:?}"
    );
}

#[test]
fn a_recent_headset_raises_the_audio_route() {
    let before = top_causes("mic_whatsapp", &[], 20);
    let after = top_causes(
        "mic_whatsapp",
        &[("headset_recently_used", Answer::Yes)],
        20,
    );
    let rank = |list: &[String]| list.iter().position(|c| c == "audio_route_stuck").unwrap();
    assert!(rank(&after) < rank(&before));
    assert!(rank(&after) <= 1, "{after:?}");
}

#[test]
fn a_missing_switch_points_at_screen_time_or_permissions() {
    let top = top_causes("mic_whatsapp", &[("mic_switch_missing", Answer::Yes)], 2);
    assert!(
        top.iter()
            .any(|c| c == "screen_time_lock" || c == "mic_permission_off"),
        "{top:?}"
    );
}

#[test]
fn privacy_an_ongoing_call_explains_the_dot() {
    let top = top_causes(
        "sensor_privacy",
        &[("whatsapp_call_ongoing", Answer::Yes)],
        1,
    );
    assert_eq!(top, ["active_call_or_note"]);
    let top = top_causes(
        "sensor_privacy",
        &[
            ("control_center_names_whatsapp", Answer::No),
            ("indicator_when_idle", Answer::Yes),
        ],
        1,
    );
    assert!(
        top[0] == "other_app_using" || top[0] == "indicator_glitch",
        "{top:?}"
    );
}

#[test]
fn the_first_step_of_a_fresh_case_is_cheap() {
    let kb = bundled();
    for problem in &kb.problems {
        let model = ProblemModel::from_kb(&kb, &problem.id).unwrap();
        let d = engine::diagnose(&model, &engine::Evidence::default());
        let cost = match d.next {
            NextStep::Question { finding, .. } => model.findings[finding].cost,
            NextStep::Measure { check, .. } => model.checks[check].cost,
            NextStep::Fix { fix } => model.fixes[fix].cost,
            NextStep::Handover { fix } => {
                panic!("{}: sent to the shop before anything ({fix:?})", problem.id)
            }
            NextStep::Done(reason) => {
                panic!("{}: nothing to do at the start ({reason:?})", problem.id)
            }
        };
        assert!(cost <= 5.0, "{}: first step costs {cost} min", problem.id);
        assert!(d.plan.exact, "{}: plan should be exact", problem.id);
    }
}

mod never_panics {
    use micdoctor_core::assets::BundledIllustrations;
    use micdoctor_core::kb;
    use proptest::prelude::*;
    use serde_json::Value;

    /// Every value's JSON pointer in a document.
    fn collect_pointers(value: &Value, at: String, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    let key = key.replace('~', "~0").replace('/', "~1");
                    collect_pointers(child, format!("{at}/{key}"), out);
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate() {
                    collect_pointers(child, format!("{at}/{index}"), out);
                }
            }
            _ => {}
        }
        out.push(at);
    }

    /// Values a careless or hostile editor might put anywhere.
    fn hostile_value() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            Just(serde_json::json!(-1)),
            Just(serde_json::json!(0)),
            Just(serde_json::json!(1.5)),
            Just(serde_json::json!(f64::MAX)),
            Just(serde_json::json!(u64::MAX)),
            Just(serde_json::json!(-1e-300)),
            any::<f64>()
                .prop_filter("JSON numbers are finite", |x| x.is_finite())
                .prop_map(|x| serde_json::json!(x)),
            ".{0,12}".prop_map(Value::String),
            Just(serde_json::json!("")),
            Just(serde_json::json!([[[[[[]]]]]])),
            Just(serde_json::json!({})),
            Just(serde_json::json!({"id": "x"})),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any text at all: an error or a KB, never a panic.
        #[test]
        fn on_arbitrary_text(text in ".{0,400}") {
            let _ = kb::load_str(&text, &BundledIllustrations);
        }

        /// The bundled KB cut short anywhere is an error with a place, never a panic.
        #[test]
        fn on_the_bundled_kb_cut_short(cut in 0usize..kb::BUNDLED_JSON.len()) {
            let mut end = cut;
            while !kb::BUNDLED_JSON.is_char_boundary(end) {
                end -= 1;
            }
            let err = kb::load_str(&kb::BUNDLED_JSON[..end], &BundledIllustrations).unwrap_err();
            prop_assert!(!err.to_string().is_empty());
        }

        /// One value anywhere in the bundled KB replaced by another of any type (numbers out of range,
        /// negative, huge; strings where numbers go; nulls; nested arrays): never a panic, and a refusal
        /// always names its place — a JSON path or a line and column.
        #[test]
        fn on_the_bundled_kb_with_one_value_replaced(
            pick in any::<prop::sample::Index>(),
            value in hostile_value(),
        ) {
            let mut kb: Value = serde_json::from_str(kb::BUNDLED_JSON).unwrap();
            let mut slots = Vec::new();
            collect_pointers(&kb, String::new(), &mut slots);
            let pointer = pick.get(&slots).clone();
            *kb.pointer_mut(&pointer).unwrap() = value;
            match kb::load_str(&kb.to_string(), &BundledIllustrations) {
                Ok(_) => {}
                Err(err) => {
                    for issue in err.issues() {
                        prop_assert!(
                            issue.starts_with('$') || issue.contains("line "),
                            "{pointer}: {issue}"
                        );
                    }
                }
            }
        }

        /// One byte of the bundled KB replaced: whatever happens, no panic.
        #[test]
        fn on_the_bundled_kb_with_one_byte_changed(at in 0usize..kb::BUNDLED_JSON.len(), byte in b' '..=b'~') {
            let mut bytes = kb::BUNDLED_JSON.as_bytes().to_vec();
            bytes[at] = byte;
            if let Ok(text) = String::from_utf8(bytes) {
                let _ = kb::load_str(&text, &BundledIllustrations);
            }
        }
    }
}

#[test]
fn every_step_that_names_a_gesture_place_or_indicator_has_a_picture() {
    let keywords = [
        "app switcher",
        "swipe up",
        "offload app",
        "delete app",
        "slide to power off",
        "volume up",
        "volume down",
        "side button",
        "openings",
        "holes",
        "orange dot",
        "green dot",
        "orange square",
    ];
    let kb = bundled();
    let steps = kb
        .findings
        .iter()
        .map(|f| (f.id.as_str(), &f.steps))
        .chain(kb.fixes.iter().map(|f| (f.id.as_str(), &f.steps)));
    for (owner, steps) in steps {
        for (index, step) in steps.iter().enumerate() {
            for device in kb::DeviceProfile::ALL {
                let text = step.text_for(device).to_lowercase();
                let names_a_place = keywords.iter().any(|k| text.contains(k));
                let pictured = step.illustration_for(device).is_some()
                    || step.settings_path.is_some()
                    || step.comparison.is_some();
                assert!(
                    !names_a_place || pictured,
                    "{owner} step {index} ({device:?}) needs a picture: {text}"
                );
            }
        }
    }
}

#[test]
fn an_answer_slip_outside_its_range_or_without_a_reason_is_reported() {
    let mut kb = bundled();
    let slip = kb.problems[0]
        .answer_slip
        .as_mut()
        .expect("the bundled problems model answer slips");
    slip.rate = 0.5;
    slip.rationale = " ".to_owned();
    assert_issue(&kb, "$.problems[0].answer_slip.rate", "below 0.5");
    assert_issue(&kb, "$.problems[0].answer_slip.rationale", "say why");
    kb.problems[0].answer_slip.as_mut().unwrap().rate = -0.01;
    assert_issue(&kb, "$.problems[0].answer_slip.rate", "at least 0");
}

#[test]
fn the_engine_blends_answers_with_the_slip_but_not_measurements() {
    let mut kb = bundled();
    let problem = "mic_whatsapp";
    let with_slip = ProblemModel::from_kb(&kb, problem).unwrap();
    kb.problems[0].answer_slip = None;
    let raw = ProblemModel::from_kb(&kb, problem).unwrap();
    let rate = 0.03;
    let mut answered = 0;
    for (slipped, plain) in with_slip.findings.iter().zip(&raw.findings) {
        for (s, p) in slipped.likelihood.iter().zip(&plain.likelihood) {
            // Worked by hand: a 0.9 becomes 0.03 + 0.94 · 0.9 = 0.876, a 0 becomes 0.03.
            let expected = if plain.kind == FindingKind::Measurement {
                *p
            } else {
                rate + (1.0 - 2.0 * rate) * p
            };
            assert!(
                (s - expected).abs() < 1e-12,
                "{}: {s} vs {expected}",
                plain.id
            );
        }
        answered += usize::from(plain.kind != FindingKind::Measurement);
    }
    assert!(answered > 10, "{answered} answered findings");
    let permission = with_slip.cause_index("mic_permission_off").unwrap();
    let grayed = with_slip.finding_index("mic_icon_grayed").unwrap();
    let raw_value = raw.findings[grayed.0].likelihood[permission.0];
    assert!((raw_value - 0.75).abs() < 1e-12);
    assert!((with_slip.findings[grayed.0].likelihood[permission.0] - 0.735).abs() < 1e-12);
}
