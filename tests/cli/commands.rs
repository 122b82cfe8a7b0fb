//! The `micdoctor` command line, run as a user would: exit codes, messages and JSON shapes.
use std::process::Command;

use crate::support::cli::{micdoctor, stderr, stdout, temp_file};
use serde_json::Value;

#[test]
fn check_passes_on_the_bundled_knowledge_base() {
    let out = micdoctor(&["check"]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).contains(": ok"));
}

#[test]
fn check_reports_a_syntax_error_with_line_and_column() {
    let path = temp_file(
        "broken.json",
        "{\n  \"schema_version\": 1,\n  \"kb_version\": \n}",
    );
    let out = micdoctor(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("line 4, column 1"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn check_lists_every_problem_with_its_json_path() {
    let mut kb: Value = serde_json::from_str(micdoctor_core::kb::BUNDLED_JSON).unwrap();
    kb["fixes"][0]["steps"] = Value::Array(vec![]);
    kb["causes"][0]["prior"] = serde_json::json!(-1.0);
    kb["problems"][0]["fixes"]
        .as_array_mut()
        .unwrap()
        .push("fix_nowhere".into());
    let path = temp_file("invalid.json", &kb.to_string());
    let out = micdoctor(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains(": 3 problems"), "{text}");
    assert!(text.contains("$.fixes[0].steps"), "{text}");
    assert!(text.contains("$.causes[0].prior"), "{text}");
    assert!(text.contains("fix_nowhere"), "{text}");
}

#[test]
fn check_reports_a_wrong_type_with_its_path() {
    let mut kb: Value = serde_json::from_str(micdoctor_core::kb::BUNDLED_JSON).unwrap();
    kb["findings"][2]["cost_minutes"] = "two".into();
    let path = temp_file(
        "wrong-type.json",
        &serde_json::to_string_pretty(&kb).unwrap(),
    );
    let out = micdoctor(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("$.findings[2].cost_minutes"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn diagnose_json_has_the_documented_shape() {
    let out = micdoctor(&[
        "diagnose",
        "--problem",
        "mic_whatsapp",
        "--yes",
        "only_whatsapp_silent",
        "--no",
        "mic_switch_on",
        "--json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["problem"], "mic_whatsapp");
    let causes = v["causes"].as_array().unwrap();
    assert_eq!(causes[0]["id"], "mic_permission_off");
    let probabilities: Vec<f64> = causes
        .iter()
        .map(|c| c["probability"].as_f64().unwrap())
        .collect();
    assert!(
        probabilities.windows(2).all(|w| w[0] >= w[1]),
        "sorted, most probable first"
    );
    assert!((probabilities.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    for key in ["id", "name", "probability", "severity", "evidence"] {
        assert!(causes[0].get(key).is_some(), "cause lacks {key}");
    }
    let evidence = causes[0]["evidence"].as_array().unwrap();
    assert_eq!(evidence.len(), 2);
    for item in evidence {
        assert!(
            item["finding"].is_string() && item["answer"].is_string() && item["weight"].is_f64()
        );
    }
    assert!(["question", "fix", "none"].contains(&v["next"]["kind"].as_str().unwrap()));
    for key in ["id", "title", "cost"] {
        assert!(v["next"].get(key).is_some(), "next lacks {key}");
    }
    let plan = v["plan"].as_array().unwrap();
    assert!(!plan.is_empty());
    for key in ["id", "title", "cost", "success_probability"] {
        assert!(plan[0].get(key).is_some(), "plan step lacks {key}");
    }
    assert!(v["ecr"].as_f64().unwrap() <= v["greedy_ecr"].as_f64().unwrap() + 1e-9);
}

#[test]
fn diagnose_failed_fixes_leave_the_plan() {
    let out = micdoctor(&[
        "diagnose",
        "--problem",
        "mic_whatsapp",
        "--failed",
        "fix_permissions",
        "--json",
    ]);
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let plan: Vec<&str> = v["plan"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert!(!plan.contains(&"fix_permissions"));
}

#[test]
fn diagnose_table_is_readable() {
    let out = micdoctor(&["diagnose", "--problem", "sensor_privacy"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("Most likely causes"), "{text}");
    assert!(text.contains("Next step:"), "{text}");
}

/// The plan's rows of a diagnosis table ("  4. Title   4 min   44% if reached …").
fn plan_rows(text: &str) -> Vec<&str> {
    text.lines()
        .skip_while(|line| !line.starts_with("Plan ("))
        .skip(1)
        .take_while(|line| !line.trim().is_empty())
        .collect()
}

#[test]
fn diagnose_table_shows_minutes_and_says_why_a_risky_fix_comes_later() {
    let out = micdoctor(&[
        "diagnose",
        "--problem",
        "mic_whatsapp",
        "--yes",
        "only_whatsapp_silent",
        "--yes",
        "update_interrupted",
        "--yes",
        "storage_full",
    ]);
    assert!(out.status.success());
    let text = stdout(&out);
    // Expected minutes first; the optimiser's weights are named as such, not as minutes.
    let header = text.lines().find(|l| l.starts_with("Plan (")).unwrap();
    assert!(header.starts_with("Plan (expected "), "{header}");
    assert!(header.contains(" min; risk-weighted cost "), "{header}");
    assert!(
        header.ends_with(')') && !header.ends_with("min)"),
        "{header}"
    );
    let rows = plan_rows(&text);
    let reinstall = rows
        .iter()
        .find(|row| row.contains("Back up, delete and reinstall WhatsApp"))
        .unwrap();
    // 30 minutes of work, never the 40 the optimiser weighs it at.
    assert!(reinstall.contains(" 30 min "), "{reinstall}");
    assert!(
        reinstall.ends_with("(later because it can lose chats that are not backed up)"),
        "{reinstall}"
    );
    assert!(
        rows.iter()
            .filter(|row| row.contains("(later because"))
            .all(|row| !row.contains("Allow WhatsApp")),
        "{rows:#?}"
    );
}

#[test]
fn diagnose_table_names_the_hand_over_and_why() {
    let out = micdoctor(&[
        "diagnose",
        "--problem",
        "mic_whatsapp",
        "--yes",
        "silent_everywhere",
        "--yes",
        "dropped_or_wet",
        "--no",
        "camera_video_has_voice",
        "--yes",
        "headset_mic_works",
        "--no",
        "voice_memo_bottom_ok",
        "--yes",
        "voice_memo_front_ok",
        "--no",
        "debris_seen",
        "--no",
        "headset_recently_used",
        "--failed",
        "fix_restart",
        "--failed",
        "fix_clean_port",
    ]);
    assert!(out.status.success());
    let text = stdout(&out);
    // The shop: a 90-minute visit plus the 60-minute diagnosis while the part is in doubt, by hand
    // 90 + 60 · (1 − 0.868) = 97.9, shown as 98.
    assert!(
        text.contains(
            "Next step: \u{201c}Take the iPhone to a technician\u{201d} (about 98 min). \
             Your answers point to \u{201c}The bottom microphone is damaged\u{201d} (87%)"
        ),
        "{text}"
    );
    // The plan ends with the shop, and holds no home fix.
    let rows = plan_rows(&text);
    assert_eq!(rows.len(), 1, "{rows:#?}");
    assert!(
        rows[0].contains("Take the iPhone to a technician    98 min"),
        "{rows:#?}"
    );
}

#[test]
fn unknown_ids_exit_with_code_two_and_say_which() {
    let out = micdoctor(&[
        "diagnose",
        "--problem",
        "mic_whatsapp",
        "--yes",
        "telepathy",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no question \"telepathy\""),
        "{}",
        stderr(&out)
    );
    let out = micdoctor(&["diagnose", "--problem", "no_such_problem"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("has no problem \"no_such_problem\""),
        "{}",
        stderr(&out)
    );
    let out = micdoctor(&[
        "diagnose",
        "--problem",
        "mic_whatsapp",
        "--failed",
        "fix_magic",
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn model_json_fills_every_map_for_every_cause() {
    let out = micdoctor(&["model", "--problem", "mic_whatsapp", "--json"]);
    assert!(out.status.success());
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let causes: Vec<&str> = v["causes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    let prior_sum: f64 = v["causes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["prior"].as_f64().unwrap())
        .sum();
    assert!((prior_sum - 1.0).abs() < 1e-9);
    for finding in v["findings"].as_array().unwrap() {
        let map = finding["likelihood"].as_object().unwrap();
        assert!(causes.iter().all(|c| map.contains_key(*c)), "{finding}");
        assert!(finding["cost"].is_f64());
    }
    for fix in v["fixes"].as_array().unwrap() {
        let map = fix["repairs"].as_object().unwrap();
        assert!(causes.iter().all(|c| map.contains_key(*c)), "{fix}");
    }
}

#[test]
fn schema_prints_a_json_schema() {
    let out = micdoctor(&["schema"]);
    assert!(out.status.success());
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(v["properties"]["problems"].is_object());
}

#[test]
fn contradictory_answers_are_refused() {
    let out = micdoctor(&[
        "diagnose",
        "--problem",
        "mic_whatsapp",
        "--yes",
        "mic_switch_on",
        "--no",
        "mic_switch_on",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("answered twice"), "{}", stderr(&out));
}

#[test]
fn a_broken_knowledge_base_exits_with_one() {
    let path = temp_file("broken-for-diagnose.json", "{ nope");
    let out = micdoctor(&[
        "diagnose",
        "--problem",
        "mic_whatsapp",
        "--kb",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("not valid JSON"), "{}", stderr(&out));
}

#[test]
fn a_translation_that_cannot_be_used_is_said_once_and_the_advice_comes_in_english() {
    let kb = temp_file(
        "kb-with-broken-es/kb.json",
        micdoctor_core::kb::BUNDLED_JSON,
    );
    let folder = kb.parent().unwrap();
    std::fs::create_dir_all(folder.join("i18n")).unwrap();
    std::fs::write(folder.join("i18n/es.json"), "{ nope").unwrap();
    let out = micdoctor(&[
        "--lang",
        "es",
        "diagnose",
        "--problem",
        "mic_whatsapp",
        "--kb",
        kb.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.matches("es.json").count(), 1, "{err}");
    assert!(err.contains("no se pudo usar esta traducción"), "{err}");
    let english =
        micdoctor_core::kb::bundled(&micdoctor_core::assets::BundledIllustrations).unwrap();
    assert!(
        stdout(&out).contains(&english.problems[0].title),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_micdoctor"))
        .args(["model", "--problem", "mic_whatsapp", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("Broken pipe"));
}

/// A saved case: the microphone journey with a few answers and a fix that worked.
fn saved_case() -> String {
    serde_json::json!({
        "problem": "mic_whatsapp",
        "device": "face_id",
        "kb_version": "2026.11.0",
        "started_at": 1_773_480_600_u64,
        "history": [
            {"at": 1_773_480_620_u64, "type": "answer", "finding": "voice_note_flat", "answer": "yes"},
            {"at": 1_773_480_700_u64, "type": "answer", "finding": "mic_switch_on", "answer": "skipped"},
            {"at": 1_773_480_800_u64, "type": "fix", "fix": "fix_permissions", "outcome": "failed"},
            {"at": 1_773_480_900_u64, "type": "fix", "fix": "fix_force_quit", "outcome": "fixed"}
        ]
    })
    .to_string()
}

#[test]
fn report_prints_markdown_by_default() {
    let path = temp_file("case-md.json", &saved_case());
    let out = micdoctor(&["report", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("# MicDoctor case report"), "{text}");
    assert!(text.contains("Started: 2026-03-14T09:30:00Z"), "{text}");
    assert!(
        text.contains("## Fixed by \u{201c}Close WhatsApp completely and reopen it\u{201d}"),
        "{text}"
    );
    assert!(text.contains("## Steps to repeat at home"), "{text}");
}

#[test]
fn report_out_writes_an_html_file_and_prints_nothing() {
    let path = temp_file("case-html.json", &saved_case());
    let target = path.with_file_name("case-report.html");
    let _ = std::fs::remove_file(&target);
    let out = micdoctor(&[
        "report",
        path.to_str().unwrap(),
        "--format",
        "html",
        "--out",
        target.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    let html = std::fs::read_to_string(&target).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.contains("<script"));

    // The case file itself is never the target.
    let out = micdoctor(&[
        "report",
        path.to_str().unwrap(),
        "--out",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("overwrite"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), saved_case());
}

#[test]
fn report_json_holds_the_session_as_saved() {
    let path = temp_file("case-json.json", &saved_case());
    let out = micdoctor(&["report", path.to_str().unwrap(), "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let saved: Value = serde_json::from_str(&saved_case()).unwrap();
    assert_eq!(v["session"], saved);
    assert_eq!(v["outcome"]["kind"], "fixed");
    assert_eq!(v["ranking"]["problem"], "mic_whatsapp");
    assert!(v["case_code"].is_string() && v["app_version"].is_string());
}

#[test]
fn report_refuses_a_bad_session_file_with_code_two() {
    let missing = std::env::temp_dir().join("micdoctor-no-such-case.json");
    let out = micdoctor(&["report", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("Cannot read"), "{}", stderr(&out));

    let broken = temp_file("case-broken.json", "{ \"problem\": ");
    let out = micdoctor(&["report", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not a case MicDoctor can read"),
        "{}",
        stderr(&out)
    );

    let foreign = saved_case().replace("voice_note_flat", "telepathy");
    let foreign = temp_file("case-foreign.json", &foreign);
    let out = micdoctor(&["report", foreign.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no question \"telepathy\""),
        "{}",
        stderr(&out)
    );
    // Said in the language asked for; what the system said is quoted as it said it.
    let out = micdoctor(&["--lang", "es", "report", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("No se puede leer")
            && stderr(&out).contains("micdoctor-no-such-case.json"),
        "{}",
        stderr(&out)
    );

    let limit = usize::try_from(micdoctor_core::session::MAX_SESSION_BYTES).unwrap();
    let huge = temp_file("case-huge.json", &" ".repeat(limit + 1));
    let out = micdoctor(&["report", huge.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("larger than 1 MB"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn report_with_a_broken_knowledge_base_exits_with_one() {
    let case = temp_file("case-kb.json", &saved_case());
    let kb = temp_file("broken-for-report.json", "{ nope");
    let out = micdoctor(&[
        "report",
        case.to_str().unwrap(),
        "--kb",
        kb.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("not valid JSON"), "{}", stderr(&out));
}

#[test]
fn report_rejects_an_unknown_format() {
    let case = temp_file("case-format.json", &saved_case());
    let out = micdoctor(&["report", case.to_str().unwrap(), "--format", "pdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("pdf"), "{}", stderr(&out));
}

fn recording(name: &str) -> String {
    format!(
        "{}/tests/fixtures/recordings/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn analyze_names_what_each_recording_shows() {
    let out = micdoctor(&[
        "analyze",
        &recording("muffled.opus"),
        &recording("clipped.m4a"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("muffled.opus: Opus (voice note), 3.0 s: muffled"),
        "{text}"
    );
    assert!(
        text.contains("clipped.m4a: AAC (Voice Memo or video), 3.1 s: clipped"),
        "{text}"
    );
    assert!(text.contains("muffled below -22 dB"), "{text}");
}

#[test]
fn analyze_json_gives_figures_and_verdicts_and_says_which_file_failed() {
    let out = micdoctor(&[
        "analyze",
        "--json",
        &recording("clean.mov"),
        &recording("no_sound.mov"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json[0]["codec"], "aac");
    assert_eq!(json[0]["judgement"]["verdicts"][0], "recording_clean");
    assert!(json[0]["figures"]["active_level_dbfs"].as_f64().unwrap() > -40.0);
    assert!(
        json[1]["error"]
            .as_str()
            .unwrap()
            .contains("no sound track"),
        "{json}"
    );
}

/// A file that cannot be measured is told in the language asked for, naming it, with what to do; the
/// other files are still measured.
#[test]
fn analyze_says_what_is_wrong_in_the_language_asked_for() {
    let out = micdoctor(&[
        "analyze",
        "--lang",
        "es",
        &recording("clean.alac.m4a"),
        &recording("ac3.m4a"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stdout(&out).contains("clean.alac.m4a: Apple Lossless (Notas de voz), 3.0 s: limpio"),
        "{}",
        stdout(&out)
    );
    let err = stderr(&out);
    assert!(err.contains("ac3.m4a"), "{err}");
    assert!(err.contains("no puede decodificar"), "{err}");
    assert!(err.contains("graba una nota en Notas de voz"), "{err}");
}

#[test]
fn the_case_store_from_the_command_line() {
    use micdoctor_store::{CaseStore, SqliteStore};
    let dir = std::env::temp_dir().join(format!("micdoctor-cli-cases-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let store_path = dir.join("cases.sqlite");
    {
        let mut store = SqliteStore::open(&store_path).unwrap();
        let kb = crate::support::kb();
        let session = micdoctor_core::session::Session::new(
            "mic_whatsapp",
            kb.devices[0].id,
            &kb.kb_version,
            1_764_547_200,
        );
        let mut snapshot = micdoctor_store::Snapshot::new(
            micdoctor_core::i18n::Language::English,
            &kb,
            &session,
            1_764_547_300,
        )
        .unwrap();
        snapshot.set_code("MN12".to_owned());
        snapshot.report.outcome = micdoctor_core::report::CaseOutcome::Technician;
        store.create_case(1_764_547_300, &snapshot).unwrap();
    }
    let store = store_path.to_str().unwrap();
    let run = |args: &[&str]| {
        let mut all = vec!["cases", "--store", store];
        all.extend_from_slice(args);
        micdoctor(&all)
    };
    // The table itself is `cases_list.rs`'s; here only that the case is in it.
    let listed = run(&["list"]);
    assert!(listed.status.success());
    assert!(
        stdout(&listed).contains("Take it to a technician"),
        "{}",
        stdout(&listed)
    );

    // Nothing is learned before a technician has confirmed a case, and nothing is written.
    let early = dir.join("early.json");
    let nothing = micdoctor(&["learn", "--store", store, "--out", early.to_str().unwrap()]);
    assert_eq!(nothing.status.code(), Some(2));
    assert!(
        stderr(&nothing).contains("No confirmed cases yet"),
        "{}",
        stderr(&nothing)
    );
    assert!(!early.exists());

    // A verdict must name a cause of the case's problem (or other); a wrong one lists the right ones.
    let wrong = run(&["verdict", "MN12", "--cause", "gremlins", "--staff", "Ana"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("mic_bottom_fault"));
    let right = run(&[
        "verdict",
        "MN12",
        "--cause",
        "mic_bottom_fault",
        "--note",
        "dead mic",
        "--staff",
        "Ana",
    ]);
    assert!(
        right.status.success(),
        "{}",
        String::from_utf8_lossy(&right.stderr)
    );
    let listed = stdout(&run(&["list"]));
    assert!(
        listed.contains("The bottom microphone is damaged  Ana"),
        "{listed}"
    );

    // The confirmed case teaches the priors: written for config `learned`, checked by the validator.
    let learned_file = dir.join("learned.json");
    let learned = micdoctor(&[
        "learn",
        "--store",
        store,
        "--out",
        learned_file.to_str().unwrap(),
    ]);
    assert!(
        learned.status.success(),
        "{}",
        String::from_utf8_lossy(&learned.stderr)
    );
    assert!(
        stdout(&learned).contains("Learned from 1 confirmed case ("),
        "{}",
        stdout(&learned)
    );
    assert!(stdout(&learned).contains("mic_bottom_fault"));
    let file = micdoctor_core::learn::load(&learned_file).unwrap();
    micdoctor_core::learn::validate(&crate::support::kb(), &file).unwrap();

    let csv = run(&["export", "--format", "csv", "--staff", "Ana"]);
    assert!(
        stdout(&csv).contains("MN12,mic_whatsapp,1764547200,"),
        "{}",
        stdout(&csv)
    );
    assert!(stdout(&csv).contains("mic_bottom_fault,dead mic,Ana"));
    let jsonl = dir.join("export.jsonl");
    let exported = run(&["export", "--staff", "Ana", "--out", jsonl.to_str().unwrap()]);
    assert!(exported.status.success());
    let other = dir.join("other.sqlite");
    let imported = micdoctor(&[
        "cases",
        "--store",
        other.to_str().unwrap(),
        "import",
        jsonl.to_str().unwrap(),
        "--staff",
        "Ana",
    ]);
    assert!(
        stdout(&imported).contains("Imported 2 events (0 were already there)."),
        "{}",
        stdout(&imported)
    );
    let since = run(&["list", "--since", "2025-12-02"]);
    assert_eq!(stdout(&since), "No cases to list.\n");
    let bad_date = run(&["list", "--since", "2025-02-30"]);
    assert_eq!(bad_date.status.code(), Some(2));

    let forgotten = run(&["forget", "MN12", "--staff", "Ana"]);
    assert!(forgotten.status.success());
    assert_eq!(stdout(&run(&["list"])), "No cases to list.\n");
    // Every staff action is in the log, with who did it.
    let store = SqliteStore::open(&store_path).unwrap();
    let actions: Vec<String> = store
        .staff_log()
        .unwrap()
        .into_iter()
        .map(|a| a.action)
        .collect();
    assert_eq!(actions, ["verdict", "export", "export", "forget"]);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A repair at the counter from the command line: a case that came in with a muffled bottom microphone,
/// the technician's verdict, the microphones checked again after the repair, the customer's contact
/// (refused until the shop allows it), the pickup sheet with both columns, then the case forgotten.
#[test]
fn a_repair_ends_with_a_recheck_and_a_pickup_sheet() {
    use micdoctor_core::recording::{Microphone, RecordingRole};
    use micdoctor_core::session::Session;
    use micdoctor_store::{CaseStore, SqliteStore};
    let dir = std::env::temp_dir().join(format!("micdoctor-cli-pickup-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let fixture = |name: &str| {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/recordings")
            .join(name)
    };
    // At intake: the microphone test, the bottom take muffled.
    let kb = crate::support::kb();
    let mut session = Session::new(
        "mic_whatsapp",
        kb.devices[0].id,
        &kb.kb_version,
        1_764_547_200,
    );
    for (mic, file) in [
        (Microphone::Bottom, "muffled.m4a"),
        (Microphone::Front, "clean.mov"),
        (Microphone::Rear, "clean.mov"),
    ] {
        let measured = micdoctor_recording::analyze_file(&fixture(file), &mut |_| {}).unwrap();
        session.record_recording(RecordingRole::Microphone(mic), measured, 1_764_547_260);
    }
    let code = session.case_code();
    let snapshot = micdoctor_store::Snapshot::new(
        micdoctor_core::i18n::Language::English,
        &kb,
        &session,
        1_764_547_300,
    )
    .unwrap();
    let store_path = dir.join("cases.sqlite");
    SqliteStore::open(&store_path)
        .unwrap()
        .create_case(1_764_547_300, &snapshot)
        .unwrap();
    let store = store_path.to_str().unwrap();
    let run = |args: &[&str]| {
        let mut all = vec!["cases", "--store", store];
        all.extend_from_slice(args);
        micdoctor(&all)
    };
    assert!(
        run(&[
            "verdict",
            &code,
            "--cause",
            "mic_port_blocked",
            "--note",
            "lint <packed> in the bottom grille, cleaned",
            "--staff",
            "Ana"
        ])
        .status
        .success()
    );

    let none = run(&["recheck", &code, "--staff", "Bo"]);
    assert_eq!(none.status.code(), Some(2));
    assert!(
        stderr(&none).contains("at least one recording"),
        "{}",
        stderr(&none)
    );
    let clean = fixture("clean.mov");
    let clean = clean.to_str().unwrap();
    let recheck = run(&[
        "recheck", &code, "--bottom", clean, "--front", clean, "--rear", clean, "--staff", "Bo",
    ]);
    assert!(recheck.status.success(), "{}", stderr(&recheck));
    assert!(
        stdout(&recheck).contains("checked again"),
        "{}",
        stdout(&recheck)
    );
    assert_eq!(
        stdout(&recheck).matches(" pass ").count(),
        3,
        "{}",
        stdout(&recheck)
    );

    // No personal data unless the shop's config allows it.
    let refused = run(&[
        "contact",
        &code,
        "--name",
        "Rita Lopes",
        "--phone",
        "+55 11 5555-0101",
        "--staff",
        "Ana",
    ]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("customer_contact = true"),
        "{}",
        stderr(&refused)
    );
    let config = dir.join("shop.toml");
    std::fs::write(&config, "customer_contact = true\n").unwrap();
    let kept = run(&[
        "--config",
        config.to_str().unwrap(),
        "contact",
        &code,
        "--name",
        "Rita Lopes",
        "--phone",
        "+55 11 5555-0101",
        "--staff",
        "Ana",
    ]);
    assert!(kept.status.success(), "{}", stderr(&kept));

    let sheet = dir.join("pickup.html");
    let written = run(&["pickup", &code, "--out", sheet.to_str().unwrap()]);
    assert!(written.status.success(), "{}", stderr(&written));
    let page = std::fs::read_to_string(&sheet).unwrap();
    for expected in [
        "<h1>Pickup sheet</h1>",
        "Customer: Rita Lopes · +55 11 5555-0101",
        "Found: Something is covering a microphone",
        "lint &lt;packed&gt; in the bottom grille, cleaned",
        "Recorded by Ana on 20",
        "<th>Before</th><th>After</th>",
        "Customer&#39;s signature",
    ] {
        assert!(
            page.contains(expected),
            "{expected} missing from the sheet:\n{page}"
        );
    }
    // The bottom microphone: weak or failed before, passed after.
    let bottom = page
        .lines()
        .find(|l| l.starts_with("<tr><td>") && l.contains("ottom"))
        .unwrap();
    assert!(bottom.contains("class=\"mic-Pass\""), "{bottom}");
    assert!(
        bottom.contains("class=\"mic-Weak\"") || bottom.contains("class=\"mic-Fail\""),
        "{bottom}"
    );
    let es = micdoctor(&["cases", "--store", store, "pickup", &code, "--lang", "es"]);
    assert!(
        stdout(&es).contains("<h1>Hoja de entrega</h1>"),
        "{}",
        stdout(&es)
    );
    assert!(stdout(&es).contains("<th>Antes</th><th>Después</th>"));

    assert!(run(&["forget", &code, "--staff", "Ana"]).status.success());
    let opened = SqliteStore::open(&store_path).unwrap();
    assert!(opened.case(&code).unwrap().is_none());
    assert!(
        opened
            .staff_log()
            .unwrap()
            .iter()
            .all(|a| !a.detail.contains("Rita")),
        "the staff log never holds the customer's name"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

fn privacy_fixture(name: &str) -> String {
    format!(
        "{}/crates/micdoctor-core/tests/fixtures/privacy/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// `privacy-report` reads a week's report: WhatsApp's uses in words, and at the moment the dot was seen
/// (21:15 on the phone's clock, +01:00) WhatsApp and the other apps then, as the fixture script made them.
#[test]
fn privacy_report_names_whatsapps_uses_and_the_apps_at_the_marked_moment() {
    let file = privacy_fixture("marked_moment.ndjson");
    let out = micdoctor(&["privacy-report", &file, "--seen", "2025-09-04 21:15"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for line in [
        "WhatsApp used the microphone once (the longest: 15 s).",
        "WhatsApp used the camera once (the longest: 1 min).",
        "At Thu 4 Sep 21:15, when you saw the dot, WhatsApp was using the microphone or camera.",
        "Other apps using the microphone or camera then: com.apple.VoiceMemos, com.burbn.instagram.",
    ] {
        assert!(text.contains(line), "missing {line:?} in:\n{text}");
    }
    // The JSON keeps what a case keeps: WhatsApp's intervals and the other apps' names, no network line.
    let out = micdoctor(&[
        "privacy-report",
        &file,
        "--seen",
        "2025-09-04T21:15:00+01:00",
        "--json",
    ]);
    assert!(out.status.success());
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["evidence"]["uses"].as_array().unwrap().len(), 2);
    let answers: Vec<(String, bool)> = json["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["finding"].as_str().unwrap().to_owned(),
                a["yes"].as_bool().unwrap(),
            )
        })
        .collect();
    assert!(
        answers.contains(&("apr_whatsapp_at_mark".into(), true)),
        "{answers:?}"
    );
    assert!(
        answers.contains(&("apr_other_app_at_mark".into(), true)),
        "{answers:?}"
    );
    assert!(
        answers.contains(&("apr_unrecognised_use".into(), true)),
        "{answers:?}"
    );
    let raw = stdout(&out);
    assert!(
        !raw.contains("instagram.com") && !raw.contains("com.apple.Maps"),
        "{raw}"
    );
}

/// A file that is not a report, an old beta report and a time that is not one each get a sentence and
/// exit 2.
#[test]
fn privacy_report_refuses_what_it_cannot_read_in_words() {
    let out = micdoctor(&["privacy-report", &privacy_fixture("old_beta.ndjson")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("from a test version of iOS 15"),
        "{}",
        stderr(&out)
    );
    let out = micdoctor(&[
        "privacy-report",
        &privacy_fixture("garbage.ndjson"),
        "--lang",
        "es",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("Reporte de privacidad") || stderr(&out).contains("no es"),
        "{}",
        stderr(&out)
    );
    let out = micdoctor(&[
        "privacy-report",
        &privacy_fixture("normal_week.ndjson"),
        "--seen",
        "yesterday",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("“yesterday” is not a time"),
        "{}",
        stderr(&out)
    );
}
