//! Command-line output in other languages: numbers meant for people get the language's decimal separator
//! while JSON numbers stay data, and `--lang` prints a report with the language's headings.
//!
//! The translated wording is never hard-coded here: it is read from the catalogs.

use micdoctor_core::i18n::{self, Language};
use serde_json::Value;

use crate::support::cases::fixed_case;
use crate::support::cli::{micdoctor, stdout, temp_file};

/// Two of the section headings every report of a case with answers and fixes has (the core's report
/// tests check them all; here, that `--lang` reaches them).
const HEADINGS: [&str; 2] = ["report-section-told", "report-section-causes"];

#[test]
fn the_diagnosis_table_writes_decimal_commas_and_json_stays_data() {
    let args = [
        "diagnose",
        "--problem",
        "mic_whatsapp",
        "--yes",
        "voice_note_flat",
    ];
    let json = micdoctor(&[&["--lang", "pt-BR"][..], &args, &["--json"]].concat());
    assert!(json.status.success());
    let v: Value = serde_json::from_str(&stdout(&json)).unwrap();
    let first = v["causes"][0]["probability"].as_f64().unwrap();
    let expected = v["ecr"].as_f64().unwrap();
    let english = micdoctor(&args);
    let english = stdout(&english);
    assert!(
        english.contains(&format!("{:.1}%", first * 100.0)),
        "{english}"
    );
    let table = micdoctor(&[&["--lang", "pt-BR"][..], &args].concat());
    assert!(table.status.success());
    let table = stdout(&table);
    let comma = |value: f64| format!("{value:.1}").replace('.', ",");
    assert!(table.contains(&comma(first * 100.0)), "{table}");
    assert!(table.contains(&comma(expected)), "{table}");
    assert!(!table.contains(&format!("{expected:.1}")), "{table}");

    // The report's JSON keeps its numbers as numbers, whatever the language.
    let case = serde_json::to_string(&fixed_case()).unwrap();
    let path = temp_file("case-json.json", &case);
    let out = micdoctor(&[
        "--lang",
        "es",
        "report",
        path.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(out.status.success());
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(report["ranking"]["causes"][0]["probability"].is_f64());
    assert_eq!(report["started"], "2026-03-14T09:30:00Z");
}

#[test]
fn lang_es_prints_a_report_with_spanish_headings() {
    let case = serde_json::to_string(&fixed_case()).unwrap();
    let path = temp_file("case-es.json", &case);
    let out = micdoctor(&["--lang", "es", "report", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    for id in HEADINGS {
        let heading = i18n::message(Language::Spanish, id, None);
        let english = i18n::message(Language::English, id, None);
        assert_ne!(
            heading, english,
            "{id} is still the English text in Spanish"
        );
        assert!(text.contains(&format!("\n## {heading}\n")), "{id}:\n{text}");
        assert!(
            !text.contains(&format!("\n## {english}\n")),
            "{id}:\n{text}"
        );
    }
}
