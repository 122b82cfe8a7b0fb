//! Case reports: golden Markdown, HTML and JSON for a fixed case and a technician case, HTML that loads
//! nothing and runs nothing, escaping of hostile knowledge-base text, and JSON that loads back.
//!
//! After a deliberate change to a report: `UPDATE_GOLDEN=1 cargo test -p micdoctor-core --test core report`, then read
//! `git diff crates/micdoctor-core/tests/golden` before committing.
use std::path::PathBuf;

use crate::support::bundled;
use crate::support::cases::{STARTED, fixed_case, technician_case};
use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::explained::ExplainedDiagnosis;
use micdoctor_core::i18n::Language;
use micdoctor_core::i18n::percent;
use micdoctor_core::kb::{self, DeviceProfile, KnowledgeBase};
use micdoctor_core::report::{
    CaseOutcome, CaseReport, GuideRole, ReportFormat, StepKind, render, technician_summary,
};
use micdoctor_core::session::{Answer, FixOutcome, Session};
use serde_json::Value;

// ---------------------------------------------------------------------------------------------------
// Golden files

fn golden_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

/// Rounds every number to nine decimals: the last bits of `ln` and `exp` may differ between platforms'
/// maths libraries, and the golden JSON should not.
fn round_numbers(value: &mut Value) {
    match value {
        Value::Number(n) if n.is_f64() => {
            let rounded = (n.as_f64().unwrap() * 1e9).round() / 1e9;
            *value = serde_json::json!(rounded);
        }
        Value::Array(items) => items.iter_mut().for_each(round_numbers),
        Value::Object(map) => map.values_mut().for_each(round_numbers),
        _ => {}
    }
}

/// The app version changes with every release; the golden files hold a placeholder instead. JSON is
/// compared with its numbers rounded.
fn normalise(name: &str, text: &str) -> String {
    let json = std::path::Path::new(name)
        .extension()
        .is_some_and(|ext| ext == "json");
    let text = if json {
        let mut value: Value = serde_json::from_str(text).unwrap();
        round_numbers(&mut value);
        serde_json::to_string_pretty(&value).unwrap() + "\n"
    } else {
        text.to_owned()
    };
    let version = env!("CARGO_PKG_VERSION");
    text.replace(&format!("MicDoctor {version}"), "MicDoctor {APP_VERSION}")
        .replace(
            &format!("\"app_version\": \"{version}\""),
            "\"app_version\": \"{APP_VERSION}\"",
        )
}

fn check_golden(name: &str, actual: &str) {
    let path = golden_path(name);
    let actual = normalise(name, actual);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| {
            panic!(
                "cannot read {}: {err}\nCreate it with: UPDATE_GOLDEN=1 cargo test --test report",
                path.display()
            )
        })
        // A checkout that turned line endings into CRLF still matches.
        .replace("\r\n", "\n");
    if expected == actual {
        return;
    }
    let expected_lines: Vec<&str> = expected.lines().collect();
    let actual_lines: Vec<&str> = actual.lines().collect();
    let line = (0..expected_lines.len().max(actual_lines.len()))
        .find(|&i| expected_lines.get(i) != actual_lines.get(i))
        .unwrap_or(0);
    let want = expected_lines.get(line).copied().unwrap_or("<end of file>");
    let got = actual_lines.get(line).copied().unwrap_or("<end of file>");
    let clip = |s: &str| s.chars().take(200).collect::<String>();
    panic!(
        "{name} differs from {} at line {}:\n  expected: {}\n  actual:   {}\n\
         If the change is intended: UPDATE_GOLDEN=1 cargo test --test report, then review \
         `git diff crates/micdoctor-core/tests/golden`.",
        path.display(),
        line + 1,
        clip(want),
        clip(got)
    );
}

#[test]
fn fixed_case_matches_the_golden_files() {
    let kb = bundled();
    let session = fixed_case();
    for format in ReportFormat::ALL {
        let text = render(Language::English, &kb, &session, format).unwrap();
        check_golden(&format!("fixed_case.{}", format.extension()), &text);
    }
}

#[test]
fn technician_case_matches_the_golden_files() {
    let kb = bundled();
    let session = technician_case();
    for format in ReportFormat::ALL {
        let text = render(Language::English, &kb, &session, format).unwrap();
        check_golden(&format!("technician_case.{}", format.extension()), &text);
    }
}

#[test]
fn technician_summary_matches_its_golden_file() {
    let summary = technician_summary(Language::English, &bundled(), &technician_case()).unwrap();
    check_golden("technician_case.summary.txt", &format!("{summary}\n"));
}

// ---------------------------------------------------------------------------------------------------
// Content

#[test]
fn the_fixed_case_says_what_worked_and_how_to_repeat_it() {
    let kb = bundled();
    let case = CaseReport::new(Language::English, &kb, &fixed_case()).unwrap();
    assert!(matches!(
        &case.outcome,
        CaseOutcome::Fixed { fix, .. } if fix == "fix_force_quit"
    ));
    assert!(case.plan.is_empty() && case.next.is_none());
    assert_eq!(case.started, "2026-03-14T09:30:00Z");
    assert_eq!(case.updated, "2026-03-14T09:37:00Z");
    assert_eq!(case.device.name, "iPhone with a Home button");
    assert_eq!(case.guides.len(), 1);
    let guide = &case.guides[0];
    assert_eq!(
        (guide.id.as_str(), guide.role),
        ("fix_force_quit", GuideRole::Worked)
    );
    // The Home-button variant of the first step, with its picture's alt text.
    let first = &guide.steps[0];
    assert!(first.text.contains("Home button"), "{}", first.text);
    let picture = first.picture.as_ref().unwrap();
    assert_eq!(picture.id, "app_switcher_home_button");
    assert_eq!(picture.alt, kb.illustration(&picture.id).unwrap().alt);

    let md = render(
        Language::English,
        &kb,
        &fixed_case(),
        ReportFormat::Markdown,
    )
    .unwrap();
    assert!(
        md.contains("## Fixed by \u{201c}Close WhatsApp completely and reopen it\u{201d}"),
        "{md}"
    );
    assert!(
        md.contains("- Not sure: Check if others report the same bug\n"),
        "{md}"
    );
    assert!(
        md.contains("- Allow WhatsApp to use the microphone and camera: did not help"),
        "{md}"
    );
    assert!(md.contains(&format!("Picture: {}", picture.alt)), "{md}");
    assert!(!md.contains("What is left to try"), "no plan once fixed");
}

#[test]
fn the_technician_case_names_the_hardware_cause_and_what_to_do_before_going() {
    let kb = bundled();
    let case = CaseReport::new(Language::English, &kb, &technician_case()).unwrap();
    assert_eq!(case.outcome, CaseOutcome::Technician);
    let likely = case.most_likely.as_ref().unwrap();
    assert_eq!(likely.id, "mic_bottom_fault");
    assert!(case.causes[0].hardware);
    let roles: Vec<(&str, GuideRole)> = case
        .guides
        .iter()
        .map(|g| (g.id.as_str(), g.role))
        .collect();
    assert_eq!(
        roles,
        [
            ("fix_restart", GuideRole::Tried),
            ("fix_clean_port", GuideRole::Tried),
            ("fix_repair_service", GuideRole::BeforeTechnician),
        ]
    );
    // The engine chose the shop: the next step is the hand-over, with why in words, and the plan holds
    // nothing but it (no home fix after a technician verdict).
    let next = case.next.as_ref().unwrap();
    assert_eq!(
        (next.kind, next.id.as_str()),
        (StepKind::Handover, "fix_repair_service")
    );
    let why = next.why.as_deref().unwrap();
    assert!(
        why.contains("\u{201c}The bottom microphone is damaged\u{201d} (87%)"),
        "{why}"
    );
    let plan: Vec<&str> = case.plan.iter().map(|line| line.id.as_str()).collect();
    assert_eq!(plan, ["fix_repair_service"]);
    let md = render(
        Language::English,
        &kb,
        &technician_case(),
        ReportFormat::Markdown,
    )
    .unwrap();
    assert!(md.contains("## Take it to a technician"), "{md}");
    assert!(md.contains("What is left to try"), "{md}");
    assert!(
        md.contains(&format!(
            "Next step: \u{201c}Take the iPhone to a technician\u{201d}. {why}"
        )),
        "{md}"
    );
    assert!(!md.contains("Next step: try"), "{md}");
    // A warning of the cleaning step and the Settings-free steps of a restart, for a Face ID iPhone.
    assert!(md.contains("**Careful:** Don't use compressed air"), "{md}");
    assert!(
        md.contains("Hold down the side button together with either volume button"),
        "{md}"
    );
}

/// The posterior computed by hand from the knowledge base's own numbers: normalised priors times the
/// likelihood of each answer (a person's answer blended with the problem's answer slip `s`:
/// `s + (1 − 2s) · p`) and the failure chance of each failed fix.
fn hand_posterior(kb: &KnowledgeBase, session: &Session) -> Vec<(String, f64)> {
    let problem = kb.problem(&session.problem).unwrap();
    let slip = problem.answer_slip.as_ref().map_or(0.0, |s| s.rate);
    let weights: Vec<(String, f64)> = problem
        .causes
        .iter()
        .map(|cause| {
            let mut w = kb.cause(cause).unwrap().prior;
            for entry in &session.history {
                match &entry.event {
                    micdoctor_core::session::Event::Answer { finding, answer } => {
                        let f = kb.finding(finding).unwrap();
                        let phone = *f.likelihoods.get(cause).unwrap_or(&f.default_likelihood);
                        let p = slip + (1.0 - 2.0 * slip) * phone;
                        match answer {
                            Answer::Yes => w *= p,
                            Answer::No => w *= 1.0 - p,
                            Answer::Skipped => {}
                        }
                    }
                    micdoctor_core::session::Event::Fix { fix, outcome } => {
                        let r = *kb.fix(fix).unwrap().repairs.get(cause).unwrap_or(&0.0);
                        match outcome {
                            FixOutcome::Failed => w *= 1.0 - r,
                            FixOutcome::Fixed => w *= r,
                            FixOutcome::Skipped => {}
                        }
                    }
                    micdoctor_core::session::Event::Recording { .. }
                    | micdoctor_core::session::Event::PrivacyReport { .. }
                    | micdoctor_core::session::Event::CheckSkipped { .. } => {
                        panic!("these hand-worked cases have no recordings, privacy report or skipped check")
                    }
                }
            }
            (cause.to_string(), w)
        })
        .collect();
    let total: f64 = weights.iter().map(|(_, w)| w).sum();
    weights.into_iter().map(|(c, w)| (c, w / total)).collect()
}

#[test]
fn printed_percentages_match_the_ranking_and_a_hand_computation() {
    let kb = bundled();
    for session in [technician_case(), fixed_case()] {
        let ranking = ExplainedDiagnosis::for_session(&kb, &session).unwrap();
        let by_hand = hand_posterior(&kb, &session);
        let top = &ranking.causes[0];
        let (_, hand_top) = by_hand.iter().find(|(id, _)| *id == top.id).unwrap();
        assert!(
            by_hand.iter().all(|(_, p)| p <= hand_top),
            "{} leads by hand too",
            top.id
        );
        assert!(
            (top.probability - hand_top).abs() < 1e-9,
            "{} vs {hand_top}",
            top.probability
        );

        let md = render(Language::English, &kb, &session, ReportFormat::Markdown).unwrap();
        let html = render(Language::English, &kb, &session, ReportFormat::Html).unwrap();
        for cause in ranking.causes.iter().take(3) {
            let line = format!(
                "**{}** \u{2014} {}",
                cause.name,
                percent(Language::English, cause.probability)
            );
            assert!(md.contains(&line), "{line}\n{md}");
            let html_name = cause.name.replace('\'', "&#39;");
            let html_line = format!(
                "<strong>{html_name}</strong> \u{2014} {}",
                percent(Language::English, cause.probability)
            );
            assert!(html.contains(&html_line), "{html_line}");
        }
    }
    // The technician case by hand (priors × slip-blended likelihoods × failure chances, worked in Python
    // from the JSON): 86.8% for the bottom microphone, printed as 87%.
    let ranking = ExplainedDiagnosis::for_session(&kb, &technician_case()).unwrap();
    assert_eq!(ranking.causes[0].id, "mic_bottom_fault");
    assert!(
        (ranking.causes[0].probability - 0.868).abs() < 0.001,
        "{}",
        ranking.causes[0].probability
    );
    let md = render(
        Language::English,
        &kb,
        &technician_case(),
        ReportFormat::Markdown,
    )
    .unwrap();
    assert!(
        md.contains("Most likely cause: **The bottom microphone is damaged** (87%)"),
        "{md}"
    );
}

/// A hardware journey answered as a dead bottom microphone would, step by step as the engine asks, with
/// every home fix failing: at each step the report's verdict and plan agree with the engine, and once
/// the verdict is the technician no home fix is listed, after the hand-over or anywhere.
#[test]
fn a_technician_verdict_never_lists_a_home_fix() {
    let kb = bundled();
    let mut session = Session::new("mic_whatsapp", DeviceProfile::FaceId, "2026.11.0", STARTED);
    session.answer("silent_everywhere", Answer::Yes, STARTED);
    session.answer("dropped_or_wet", Answer::Yes, STARTED);
    let mut verdicts = Vec::new();
    for step in 1..=20 {
        let case = CaseReport::new(Language::English, &kb, &session).unwrap();
        verdicts.push(case.outcome.clone());
        if let Some(at) = case.plan.iter().position(|line| line.handover) {
            assert_eq!(at + 1, case.plan.len(), "nothing after the hand-over");
        }
        if case.outcome == CaseOutcome::Technician {
            assert!(
                case.plan.iter().all(|line| line.handover),
                "{:?}",
                case.plan
            );
            let md = render(Language::English, &kb, &session, ReportFormat::Markdown).unwrap();
            assert!(!md.contains("Next step: try"), "{md}");
            assert!(!md.contains("Next step: check"), "{md}");
            break;
        }
        let next = case.next.expect("an open case has a next step");
        let at = STARTED + 60 * step;
        match next.kind {
            StepKind::Question => {
                let finding = kb.finding(&next.id).unwrap();
                let p = finding
                    .likelihoods
                    .get("mic_bottom_fault")
                    .copied()
                    .unwrap_or(finding.default_likelihood);
                let answer = if p > 0.5 { Answer::Yes } else { Answer::No };
                session.answer(&next.id, answer, at);
            }
            // This phone's recordings are not at hand here: the test is skipped.
            StepKind::Measure => session.skip_check(&next.id, at),
            StepKind::Fix => session.record_fix(&next.id, FixOutcome::Failed, at),
            StepKind::Handover => panic!("a hand-over without a technician verdict"),
        }
    }
    assert_eq!(
        verdicts.last(),
        Some(&CaseOutcome::Technician),
        "{verdicts:?}"
    );
}

/// A fix whose risk moved it later says why, in the knowledge base's words, in every format.
#[test]
fn a_risky_fix_says_why_it_comes_later() {
    let kb = bundled();
    let mut session = Session::new("mic_whatsapp", DeviceProfile::FaceId, "2026.11.0", STARTED);
    // Damaged app files are likely (an interrupted update, a full phone), so the reinstall is in the
    // plan, after quicker fixes and after the offload its risk weight put ahead of it.
    session.answer("only_whatsapp_silent", Answer::Yes, STARTED);
    session.answer("update_interrupted", Answer::Yes, STARTED + 30);
    session.answer("storage_full", Answer::Yes, STARTED + 40);
    let case = CaseReport::new(Language::English, &kb, &session).unwrap();
    let note = kb.fix("fix_reinstall").unwrap().risk_note.clone().unwrap();
    let line = case
        .plan
        .iter()
        .find(|line| line.id == "fix_reinstall")
        .unwrap();
    assert!(line.later_for_risk);
    assert_eq!(line.risk_note.as_deref(), Some(note.as_str()));
    // Minutes are minutes: 30, not the 40 the optimiser weighs it at.
    assert!((line.minutes - 30.0).abs() < 1e-9, "{}", line.minutes);
    let md = render(Language::English, &kb, &session, ReportFormat::Markdown).unwrap();
    assert!(
        md.contains("Back up, delete and reinstall WhatsApp \u{2014} about 30 min"),
        "{md}"
    );
    assert!(md.contains(&format!("(later because {note})")), "{md}");
    let html = render(Language::English, &kb, &session, ReportFormat::Html).unwrap();
    assert!(
        html.contains(&format!("(later because {})", note.replace('\'', "&#39;"))),
        "{html}"
    );
    // A fix the risk did not move says nothing of the kind.
    assert!(
        case.plan
            .iter()
            .filter(|l| !l.later_for_risk)
            .all(|l| l.risk_note.is_none())
    );
}

#[test]
fn the_summary_is_short_and_leaves_out_unsure_answers() {
    let kb = bundled();
    let summary = technician_summary(Language::English, &kb, &fixed_case()).unwrap();
    let mut lines = summary.lines();
    assert_eq!(
        lines.next(),
        Some("MicDoctor \u{2014} Fixed by \u{201c}Close WhatsApp completely and reopen it\u{201d}")
    );
    assert!(!summary.contains("Not sure"), "{summary}");
    assert!(summary.contains(
        "- \u{201c}Allow WhatsApp to use the microphone and camera\u{201d} did not help"
    ));
    assert_eq!(
        summary.lines().last(),
        Some(format!("Case code: {}", fixed_case().case_code()).as_str())
    );
}

// ---------------------------------------------------------------------------------------------------
// HTML safety

/// Every place an HTML page could load something from: attributes, CSS and the elements that fetch.
fn assert_loads_nothing(html: &str) {
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "no scripts");
    for fetcher in [
        "<link", "<iframe", "<object", "<embed", "<base", "@import", "url(", " href=",
    ] {
        assert!(!lower.contains(fetcher), "found {fetcher}");
    }
    for (at, _) in lower.match_indices(" src=\"") {
        assert!(
            lower[at + 6..].starts_with("data:image/svg+xml;base64,"),
            "a src that is not a data URI: {}",
            &html[at..(at + 60).min(html.len())]
        );
    }
    for (at, _) in lower.match_indices(" on") {
        let rest = &lower[at + 3..];
        let name = rest.bytes().take_while(u8::is_ascii_lowercase).count();
        assert!(
            name == 0 || !rest[name..].starts_with('='),
            "an event handler: {}",
            &rest[..=name]
        );
    }
}

#[test]
fn the_html_is_self_contained_and_printable() {
    let kb = bundled();
    for session in [fixed_case(), technician_case()] {
        let html = render(Language::English, &kb, &session, ReportFormat::Html).unwrap();
        assert_loads_nothing(&html);
        assert!(
            !html.contains("http://") && !html.contains("https://"),
            "no URLs at all"
        );
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("@media print") && html.contains("size: A4"));
        assert!(html.contains("Content-Security-Policy"));
        assert!(html.trim_end().ends_with("</html>"));
    }
    // Each picture is inlined once per step that shows it, with its alt text as alt and caption.
    let html = render(
        Language::English,
        &kb,
        &technician_case(),
        ReportFormat::Html,
    )
    .unwrap();
    let alt = &kb.illustration("port_inspection").unwrap().alt;
    let escaped = alt.replace('\'', "&#39;");
    assert!(
        html.contains(&format!("alt=\"{escaped}\">")),
        "alt attribute"
    );
    assert!(
        html.contains(&format!("<figcaption>{escaped}</figcaption>")),
        "caption"
    );
}

const HOSTILE: &str = "<script>alert(1)</script> \"&'";
const HOSTILE_ESCAPED: &str = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#39;";

/// The bundled knowledge base with hostile text in the force-quit fix's title and steps, and in a
/// finding's statement.
fn hostile_kb() -> KnowledgeBase {
    let mut value: Value = serde_json::from_str(kb::BUNDLED_JSON).unwrap();
    for fix in value["fixes"].as_array_mut().unwrap() {
        if fix["id"] == "fix_force_quit" {
            fix["title"] = HOSTILE.into();
            fix["summary"] = HOSTILE.into();
            for step in fix["steps"].as_array_mut().unwrap() {
                step["text"] = HOSTILE.into();
                step["tip"] = HOSTILE.into();
                if let Some(variants) = step.get_mut("variants").and_then(Value::as_object_mut) {
                    for variant in variants.values_mut() {
                        variant["text"] = HOSTILE.into();
                    }
                }
            }
        }
    }
    for finding in value["findings"].as_array_mut().unwrap() {
        if finding["id"] == "voice_note_flat" {
            finding["yes_statement"] = HOSTILE.into();
        }
    }
    for illustration in value["illustrations"].as_array_mut().unwrap() {
        illustration["alt"] = HOSTILE.into();
    }
    kb::load_str(&value.to_string(), &BundledIllustrations).unwrap()
}

#[test]
fn hostile_knowledge_base_text_is_escaped_in_html() {
    let kb = hostile_kb();
    let html = render(Language::English, &kb, &fixed_case(), ReportFormat::Html).unwrap();
    assert_loads_nothing(&html);
    assert!(!html.contains(HOSTILE), "raw hostile text");
    assert!(!html.contains("alert(1)</script>"));
    // Title (heading, tried list), summary, step text, tip, statement and alt text: all escaped.
    assert!(html.matches(HOSTILE_ESCAPED).count() >= 8, "{html}");
    assert!(html.contains(&format!("alt=\"{HOSTILE_ESCAPED}\"")));
}

#[test]
fn hostile_knowledge_base_text_is_inert_in_markdown() {
    let md = render(
        Language::English,
        &hostile_kb(),
        &fixed_case(),
        ReportFormat::Markdown,
    )
    .unwrap();
    assert!(!md.contains("<script>"), "{md}");
    assert!(md.contains("\\<script\\>alert(1)\\</script\\>"), "{md}");
}

// ---------------------------------------------------------------------------------------------------
// JSON

#[test]
fn json_carries_the_session_exactly_and_loads_back() {
    let kb = bundled();
    for session in [fixed_case(), technician_case()] {
        let text = render(Language::English, &kb, &session, ReportFormat::Json).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        let back = Session::from_json(&value["session"].to_string()).unwrap();
        assert_eq!(back.history, session.history);
        assert_eq!(
            (
                back.problem.as_str(),
                back.device,
                back.started_at,
                back.kb_version.as_str()
            ),
            (
                session.problem.as_str(),
                session.device,
                session.started_at,
                session.kb_version.as_str()
            )
        );
        assert_eq!(serde_json::to_value(&back).unwrap(), value["session"]);
        assert_eq!(value["case_code"], session.case_code());
        assert_eq!(value["app_version"], env!("CARGO_PKG_VERSION"));
        assert_eq!(value["kb_version"], kb.kb_version);
        // Through text on both sides: serde_json's float parsing may differ from the value in the last bit.
        let ranking = ExplainedDiagnosis::for_session(&kb, &session).unwrap();
        let ranking: Value =
            serde_json::from_str(&serde_json::to_string(&ranking).unwrap()).unwrap();
        assert_eq!(value["ranking"], ranking);
    }
}

// ---------------------------------------------------------------------------------------------------
// Formats and errors

#[test]
fn formats_name_their_files() {
    let extensions: Vec<&str> = ReportFormat::ALL.iter().map(|f| f.extension()).collect();
    assert_eq!(extensions, ["html", "md", "json"]);
    assert!(
        ReportFormat::ALL
            .iter()
            .all(|f| !f.label(Language::English).is_empty())
    );
}

#[test]
fn a_case_from_another_knowledge_base_is_an_error_not_a_panic() {
    let kb = bundled();
    let mut session = fixed_case();
    session.answer("telepathy", Answer::Yes, STARTED);
    for format in ReportFormat::ALL {
        let err = render(Language::English, &kb, &session, format).unwrap_err();
        assert!(
            err.to_string().contains("unknown finding \"telepathy\""),
            "{err}"
        );
    }
    let other = Session::new("no_such_problem", DeviceProfile::FaceId, "x", 0);
    assert!(technician_summary(Language::English, &kb, &other).is_err());
}

#[test]
fn an_empty_case_still_reports() {
    let kb = bundled();
    let session = Session::new(
        "sensor_privacy",
        DeviceProfile::FaceId,
        "2026.10.0",
        STARTED,
    );
    let case = CaseReport::new(Language::English, &kb, &session).unwrap();
    assert_eq!(case.outcome, CaseOutcome::InProgress);
    assert!(case.next.is_some());
    assert_eq!(case.started, case.updated);
    let md = render(Language::English, &kb, &session, ReportFormat::Markdown).unwrap();
    assert!(md.contains("No questions answered yet."), "{md}");
    assert!(
        md.contains("(the case was worked on with 2026.10.0)"),
        "{md}"
    );
    let html = render(Language::English, &kb, &session, ReportFormat::Html).unwrap();
    assert_loads_nothing(&html);
}

/// The technician reads each test with its result, in every format, in the knowledge base's words.
#[test]
fn the_tests_run_are_listed_with_their_results_in_every_format() {
    let kb = bundled();
    let session = technician_case();
    let case = CaseReport::new(Language::English, &kb, &session).unwrap();
    let bottom = "Bottom microphone: fail — a Voice Memo from it was silent or very faint";
    let front = "Front microphone: pass — a front-camera video had a clear voice";
    let lines = case.tests.lines(Language::English);
    assert!(lines.iter().any(|l| l == bottom), "{lines:?}");
    assert!(lines.iter().any(|l| l == front), "{lines:?}");
    assert!(
        case.tests.to_run.is_empty(),
        "tests were run: nothing to suggest"
    );
    for format in [ReportFormat::Markdown, ReportFormat::Html] {
        let text = render(Language::English, &kb, &session, format).unwrap();
        assert!(text.contains(bottom), "{format:?}: {text}");
        assert!(!text.contains("which tests failed"), "{format:?}");
        assert!(!text.contains("No microphone test was run"), "{format:?}");
    }
    let summary = technician_summary(Language::English, &kb, &session).unwrap();
    assert!(summary.contains(bottom), "{summary}");
    // In Spanish, from the overlay and the catalog.
    let es = kb::overlay::translate_bundled(&kb, Language::Spanish);
    let case = CaseReport::new(Language::Spanish, &es, &session).unwrap();
    let lines = case.tests.lines(Language::Spanish);
    assert!(
        lines.contains(&"Micrófono inferior: falla — una grabación de Notas de voz con él no tenía sonido o se oía muy débil".to_owned()),
        "{lines:?}"
    );
}

/// A case handed to the shop with no test run says so plainly, and names the tests to run; a case fixed
/// at home says nothing of tests it never needed.
#[test]
fn a_handover_without_a_test_says_none_was_run_and_which_to_run() {
    let kb = bundled();
    let mut session = Session::new("mic_whatsapp", DeviceProfile::FaceId, "2026.11.0", STARTED);
    session.answer("silent_everywhere", Answer::Yes, STARTED);
    session.answer("dropped_or_wet", Answer::Yes, STARTED + 10);
    for (n, fix) in ["fix_restart", "fix_clean_port"].into_iter().enumerate() {
        session.record_fix(fix, FixOutcome::Failed, STARTED + 60 * (n as u64 + 1));
    }
    session.answer("voice_memo_bottom_ok", Answer::Skipped, STARTED + 200);
    session.answer("voice_memo_front_ok", Answer::Skipped, STARTED + 210);
    session.answer("camera_video_has_voice", Answer::Skipped, STARTED + 220);
    let case = CaseReport::new(Language::English, &kb, &session).unwrap();
    assert!(
        case.tests.results.is_empty(),
        "a skipped test has no result"
    );
    if case.outcome == CaseOutcome::Technician {
        let to_run = &case.tests.to_run;
        assert!(
            to_run.iter().any(|t| t == "Bottom microphone check"),
            "{to_run:?}"
        );
        assert!(
            to_run.iter().any(|t| t == "Front microphone check"),
            "{to_run:?}"
        );
        let md = render(Language::English, &kb, &session, ReportFormat::Markdown).unwrap();
        assert!(
            md.contains("No microphone test was run. Ask the shop to run these first: "),
            "{md}"
        );
        assert!(md.contains("Bottom microphone check"), "{md}");
    } else {
        // Still open: the report does not yet speak of the shop's tests.
        assert!(case.tests.to_run.is_empty());
    }
    let fixed = CaseReport::new(Language::English, &kb, &fixed_case()).unwrap();
    assert!(!fixed.tests.applies(), "{:?}", fixed.tests);
    let md = render(
        Language::English,
        &kb,
        &fixed_case(),
        ReportFormat::Markdown,
    )
    .unwrap();
    assert!(!md.contains("Microphone tests"), "{md}");
}

/// The HTML header's list pairs each term with its value: nothing but `<dt>` and `<dd>` inside the
/// `<dl>` (a grid pairs them by position), each term followed by its own value.
#[test]
fn the_html_headers_terms_and_values_pair_up() {
    let kb = bundled();
    let session = technician_case();
    let html = render(Language::English, &kb, &session, ReportFormat::Html).unwrap();
    let start = html.find("<dl class=\"meta\">").unwrap() + "<dl class=\"meta\">".len();
    let end = start + html[start..].find("</dl>").unwrap();
    let inside: Vec<&str> = html[start..end]
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let case = CaseReport::new(Language::English, &kb, &session).unwrap();
    let pairs: Vec<(String, String)> = inside
        .iter()
        .map(|line| {
            assert!(
                line.starts_with("<dt>") && line.ends_with("</dd>"),
                "{line}"
            );
            let (dt, dd) = line.split_once("</dt><dd>").unwrap();
            (
                dt["<dt>".len()..].to_owned(),
                dd[..dd.len() - "</dd>".len()].to_owned(),
            )
        })
        .collect();
    let html_text = |text: &str| text.replace('\'', "&#39;");
    assert_eq!(pairs[0], ("Problem".into(), html_text(&case.problem.name)));
    assert_eq!(pairs[1], ("iPhone".into(), case.device.name.clone()));
    assert_eq!(pairs[2], ("Started".into(), case.started.clone()));
    // The QR code is outside the list.
    assert!(html.find("<div class=\"qr\">").unwrap() < html.find("<dl class=\"meta\">").unwrap());
}

/// Each explained cause lists what tells it apart from the others, so no two list the same reasons.
#[test]
fn the_top_causes_say_what_tells_them_apart() {
    let kb = bundled();
    let case = CaseReport::new(Language::English, &kb, &technician_case()).unwrap();
    let explained: Vec<Vec<String>> = case
        .causes
        .iter()
        .filter(|c| !c.reasons.is_empty())
        .map(|c| c.reasons.iter().map(|r| r.text.clone()).collect())
        .collect();
    assert!(explained.len() >= 2, "{:#?}", case.causes);
    for (i, a) in explained.iter().enumerate() {
        for b in &explained[i + 1..] {
            assert_ne!(a, b, "two causes list the same reasons");
        }
    }
    // What tells the bottom microphone from "something else" (a fault past the microphones, which
    // silences both): the front camera's clear video, for the one and against the other.
    let front = "Your voice was clear in the front-camera video";
    let said = |rank: usize| {
        case.causes[rank]
            .reasons
            .iter()
            .find(|r| r.text == front)
            .map(|r| r.raised)
    };
    assert_eq!(said(0), Some(true), "{:#?}", case.causes[0].reasons);
    assert_eq!(said(1), Some(false), "{:#?}", case.causes[1].reasons);
}
