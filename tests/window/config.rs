//! The shop's setup as a shop would do it: `micdoctor hash-pin`, a config file with mistakes in it, and a
//! configured knowledge base that is broken (the kiosk opens the bundled one and tells staff).
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::support::click;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use micdoctor::ui::desktop::kb_problems::KbProblems;
use micdoctor::ui::{MicDoctorApp, Startup};
use micdoctor_core::config::Config;
use micdoctor_core::i18n::Language;

fn micdoctor(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_micdoctor"))
        .args(args)
        // Never a real display: a config error must be reported before any window would open.
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn temp_config(name: &str, contents: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("micdoctor-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

#[test]
fn hash_pin_prints_a_config_line_that_verifies() {
    let out = micdoctor(&["hash-pin"], "4711\n");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let line = text(&out.stdout);
    assert!(!line.contains("4711"), "the PIN itself is never printed");
    let config = Config::parse(&line, Path::new("stdout")).unwrap();
    let hash = config.staff_pin_hash.unwrap();
    assert!(micdoctor_core::pin::verify_pin(&hash, "4711"));
    assert!(!micdoctor_core::pin::verify_pin(&hash, "4712"));
}

#[test]
fn hash_pin_refuses_a_pin_that_is_not_4_to_8_digits() {
    for pin in ["12\n", "12ab\n", "\n", "123456789\n"] {
        let out = micdoctor(&["hash-pin"], pin);
        assert_eq!(out.status.code(), Some(2), "{pin:?}");
        assert!(
            text(&out.stderr).contains("4 to 8 digits"),
            "{}",
            text(&out.stderr)
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn kiosk_with_a_bad_config_stops_with_the_key_and_line_named() {
    let typo = temp_config("typo.toml", "kiosk = true\nidle_secs = 30\n");
    let out = micdoctor(&["--kiosk", "--config", typo.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    let message = text(&out.stderr);
    assert!(message.contains("idle_secs"), "{message}");
    assert!(message.contains("line 2"), "{message}");
    assert!(message.contains(typo.to_str().unwrap()), "{message}");

    let range = temp_config("range.toml", "idle_seconds = 3\n");
    let out = micdoctor(&["--kiosk", "--config", range.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("for idle_seconds")
            && text(&out.stderr).contains("15 and 86400"),
        "{}",
        text(&out.stderr)
    );

    let missing = micdoctor(&["--kiosk", "--config", "/nonexistent/shop.toml"], "");
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        text(&missing.stderr).contains("The config file could not be read"),
        "{}",
        text(&missing.stderr)
    );
}

#[test]
fn kiosk_without_a_pin_says_how_to_make_one() {
    let empty = temp_config("empty.toml", "");
    let out = micdoctor(&["--kiosk", "--config", empty.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("micdoctor hash-pin"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_broken_configured_kb_opens_the_bundled_one_and_tells_staff() {
    let config = Config {
        kiosk: true,
        staff_pin_hash: Some(micdoctor_core::pin::hash_pin("2580").unwrap()),
        ..Config::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| {
            MicDoctorApp::launch(
                cc,
                Startup {
                    opened: micdoctor_core::kb::open_kb(None).unwrap(),
                    kb_problems: Some(KbProblems::new(
                        "/srv/shop.json",
                        micdoctor_core::kb::KbError::Invalid(vec![micdoctor_core::kb::Issue::new(
                            "$.causes[0].prior",
                            "must be above 0",
                        )]),
                    )),
                    kb_chosen: true,
                    language_chosen: false,
                    config: config.clone(),
                    config_path: None,
                    config_problem: None,
                    learned_problem: None,
                    learned: None,
                },
            )
        });
    harness.run();
    let app = harness.state();
    assert!(app.is_kiosk());
    assert!(
        app.staff_messages()[0].contains("/srv/shop.json")
            && app.staff_messages()[0].contains("$.causes[0].prior"),
        "{:?}",
        app.staff_messages()
    );
    // The customer sees a working start screen, not the error.
    harness.get_by_label("What's going on with your iPhone?");
    assert!(harness.query_by_label_contains("shop.json").is_none());
}

#[test]
fn a_broken_config_on_the_desktop_runs_on_defaults_and_says_why() {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1100.0, 760.0))
        .build_eframe(|cc| {
            MicDoctorApp::launch(
                cc,
                Startup {
                    opened: micdoctor_core::kb::open_kb(None).unwrap(),
                    kb_problems: None,
                    kb_chosen: false,
                    language_chosen: false,
                    config: Config::default(),
                    config_path: None,
                    config_problem: Some(broken_config()),
                    learned_problem: None,
                    learned: None,
                },
            )
        });
    harness.run();
    assert!(!harness.state().is_kiosk());
    harness.get_by_label_contains("unknown field `kisok`");
    harness.get_by_label_contains("config.toml is not valid at line 2");
    harness.get_by_label_contains("running with its default settings");
}

/// `kisok = true` on line 2: a config the reader refuses, as a person would mistype it.
fn broken_config() -> micdoctor_core::config::ConfigError {
    Config::parse(
        "language = \"es\"\nkisok = true\n",
        std::path::Path::new("/home/a/.config/micdoctor/config.toml"),
    )
    .unwrap_err()
}

/// The app started with two things to say: a broken config and learned priors that cannot be read.
fn launched_with_two_problems(config: Config) -> Harness<'static, MicDoctorApp> {
    let language_chosen = config.language != micdoctor_core::i18n::Language::English;
    Harness::builder()
        .with_size(egui::vec2(1100.0, 760.0))
        .build_eframe(move |cc| {
            MicDoctorApp::launch(
                cc,
                Startup {
                    opened: micdoctor_core::kb::open_kb(None).unwrap(),
                    kb_problems: None,
                    kb_chosen: true,
                    language_chosen,
                    config: config.clone(),
                    config_path: None,
                    config_problem: Some(broken_config()),
                    learned_problem: Some((
                        std::path::PathBuf::from("/srv/learned.json"),
                        micdoctor_core::learn::LearnError::NotLearned("world".to_owned()),
                    )),
                    learned: None,
                },
            )
        })
}

/// A Spanish window says what is wrong with the config and the learned priors in Spanish, quoting only
/// what the file's reader said; the English words are for the log.
#[test]
fn start_up_problems_are_said_in_the_windows_language() {
    let mut harness = launched_with_two_problems(Config {
        language: micdoctor_core::i18n::Language::Spanish,
        ..Config::default()
    });
    harness.run();
    harness.get_by_label_contains("El archivo de configuración");
    harness.get_by_label_contains("no es válido en la línea 2");
    assert!(harness.query_by_label_contains("is not valid").is_none());
    click(&mut harness, "Siguiente (1 más)");
    harness.get_by_label_contains("no es un archivo de probabilidades aprendidas");
    harness.get_by_label_contains("/srv/learned.json");
}

/// Start-up with several things to say (a broken config, learned priors that cannot be read) says each,
/// one after another: none is overwritten by the next.
#[test]
fn every_start_up_notice_is_shown_in_turn() {
    let mut harness = launched_with_two_problems(Config::default());
    harness.run();
    harness.get_by_label_contains("unknown field `kisok`");
    click(&mut harness, "Next (1 more)");
    harness.get_by_label_contains("/srv/learned.json cannot be used");
    assert!(harness.query_by_label_contains("unknown field").is_none());
    click(&mut harness, "Dismiss");
    assert!(harness.state().state.notice.is_none());
}

#[test]
fn a_translation_that_cannot_be_used_is_said_at_start_up_and_english_stands_in() {
    let mut opened = micdoctor_core::kb::open_kb(None).unwrap();
    opened
        .translations
        .remove(&micdoctor_core::i18n::Language::Spanish);
    opened
        .problems
        .push(micdoctor_core::kb::TranslationProblem {
            language: micdoctor_core::i18n::Language::Spanish,
            file: "/srv/shop/i18n/es.json".to_owned(),
            reason: "not valid JSON at line 1, column 3".to_owned(),
        });
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1100.0, 760.0))
        .build_eframe(move |cc| {
            MicDoctorApp::launch(
                cc,
                Startup {
                    opened: opened.clone(),
                    kb_problems: None,
                    kb_chosen: false,
                    language_chosen: false,
                    config: Config::default(),
                    config_path: None,
                    config_problem: None,
                    learned_problem: None,
                    learned: None,
                },
            )
        });
    harness.run();
    harness.get_by_label_contains("/srv/shop/i18n/es.json: not valid JSON at line 1, column 3");
    harness.get_by_label_contains("those languages show English");
}

#[test]
fn an_old_case_log_dir_moves_into_the_case_store_once_with_a_notice() {
    let dir = std::env::temp_dir().join(format!("micdoctor-old-log-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let kb = micdoctor_core::kb::open_kb(None).unwrap().kb;
    let session = micdoctor_core::session::Session::new(
        "mic_whatsapp",
        kb.devices[0].id,
        &kb.kb_version,
        5_000,
    );
    // A line of the JSONL case log older MicDoctors wrote: a case report with `logged_at`, which is a
    // snapshot without its version.
    let mut line = serde_json::to_value(
        micdoctor_store::Snapshot::new(Language::English, &kb, &session, 5_100).unwrap(),
    )
    .unwrap();
    line.as_object_mut().unwrap().remove("snapshot_version");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("cases.jsonl"), format!("{line}\n")).unwrap();
    let config = Config {
        case_log_dir: Some(dir.clone()),
        ..Config::default()
    };
    let launch = |config: Config| {
        Harness::builder()
            .with_size(egui::vec2(1100.0, 760.0))
            .build_eframe(move |cc| {
                MicDoctorApp::launch(
                    cc,
                    Startup {
                        opened: micdoctor_core::kb::open_kb(None).unwrap(),
                        kb_problems: None,
                        kb_chosen: true,
                        language_chosen: false,
                        config: config.clone(),
                        config_path: None,
                        config_problem: None,
                        learned_problem: None,
                        learned: None,
                    },
                )
            })
    };
    let mut harness = launch(config.clone());
    // The store thread moves it; the notice comes once it has.
    assert!(
        harness
            .state()
            .case_store_settled(std::time::Duration::from_secs(30))
    );
    harness.run();
    harness.get_by_label_contains("The old case log was moved into the case store");
    assert!(!dir.join("cases.jsonl").exists());
    assert!(dir.join("cases.jsonl.imported").exists());
    let store = micdoctor_store::SqliteStore::open(&dir.join("cases.sqlite")).unwrap();
    let cases = micdoctor_store::CaseStore::cases(&store, 0).unwrap();
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0].code, session.case_code());
    drop(store);
    // Once: the next start says nothing.
    let mut again = launch(config);
    assert!(
        again
            .state()
            .case_store_settled(std::time::Duration::from_secs(30))
    );
    again.run();
    assert!(again.query_by_label_contains("old case log").is_none());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn learned_priors_in_force_are_logged_for_staff() {
    let dir = std::env::temp_dir().join(format!("micdoctor-learned-log-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let opened = micdoctor_core::kb::open_kb(None).unwrap();
    let cases = [micdoctor_core::learn::ConfirmedCase {
        problem: "mic_whatsapp".into(),
        cause: "mic_bottom_fault".into(),
        fixes: Vec::new(),
        started_at: 0,
    }];
    let learned = micdoctor_core::learn::learn(&opened.kb, &cases, 20.0);
    let config = Config {
        case_store: Some(micdoctor_store::StoreLocation::File(
            dir.join("cases.sqlite"),
        )),
        learned: Some(dir.join("learned.json")),
        ..Config::default()
    };
    // As main passes config `learned`: read, not yet applied.
    let harness = Harness::builder()
        .with_size(egui::vec2(1100.0, 760.0))
        .build_eframe(move |cc| {
            MicDoctorApp::launch(
                cc,
                Startup {
                    opened: opened.clone(),
                    kb_problems: None,
                    kb_chosen: true,
                    language_chosen: false,
                    config: config.clone(),
                    config_path: None,
                    config_problem: None,
                    learned_problem: None,
                    learned: Some(learned.clone()),
                },
            )
        });
    assert!(
        harness.state().state.kb.learned.is_some(),
        "the priors are on the knowledge base that is open"
    );
    assert!(
        harness
            .state()
            .case_store_settled(std::time::Duration::from_secs(30))
    );
    let store = micdoctor_store::SqliteStore::open(&dir.join("cases.sqlite")).unwrap();
    let log = micdoctor_store::CaseStore::staff_log(&store).unwrap();
    assert_eq!(log.len(), 1, "{log:?}");
    assert_eq!(log[0].action, "apply_learned");
    assert!(
        log[0].detail.ends_with("learned.json: 1 cases"),
        "{}",
        log[0].detail
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
