//! Reports and command-line output in other languages: the fixed wording comes from the language's catalog,
//! the HTML page says which language it is in, numbers meant for people get the language's decimal
//! separator while JSON numbers stay data, and English percentages are written exactly as before.
//!
//! The translated wording is never hard-coded here: it is read from the catalogs
//! (`micdoctor::i18n::message`), so these tests hold whatever words the translators choose.
#![allow(
    clippy::unwrap_used,
    reason = "a test should fail loudly at the line that broke"
)]

mod support;

use micdoctor::i18n::{self, Language};
use micdoctor::report::{ReportFormat, percent, render};
use serde_json::Value;
use support::cases::fixed_case;
use support::cli::{micdoctor, stdout, temp_file};
use support::kb as bundled;

/// The section headings every report of a case with answers, fixes and steps has.
const HEADINGS: [&str; 4] = [
    "report-section-told",
    "report-section-tried",
    "report-section-causes",
    "report-section-guides",
];

/// A heading in `language`, after checking the catalog really has it and it is not the English wording.
fn translated(language: Language, id: &str) -> String {
    assert!(
        i18n::message_ids(language).iter().any(|have| have == id),
        "the {language} catalog has no {id}"
    );
    let theirs = i18n::message(language, id, None);
    let english = i18n::message(Language::English, id, None);
    assert_ne!(theirs, english, "{language} {id} is still the English text");
    theirs
}

#[test]
fn english_percentages_are_written_exactly_as_before() {
    i18n::set_current(Language::English);
    let steps = 200_000_u32;
    for i in 0..=steps {
        let probability = f64::from(i) / f64::from(steps);
        assert_eq!(
            percent(probability),
            format!("{:.0}%", probability * 100.0),
            "{probability}"
        );
    }
    // Exact ties round to even, as `{:.0}` does.
    for probability in [0.125, 0.005, 0.015, 0.625, 0.0, 1.0] {
        assert_eq!(percent(probability), format!("{:.0}%", probability * 100.0));
    }
}

#[test]
fn the_html_page_names_the_language_it_is_written_in() {
    let kb = bundled();
    for language in Language::ALL {
        i18n::set_current(language);
        let html = render(&kb, &fixed_case(), ReportFormat::Html).unwrap();
        let tag = format!("<html lang=\"{}\">", language.code());
        assert!(html.contains(&tag), "{language}: {}", &html[..80]);
        // The bar's width is CSS whatever the language: a plain "88%".
        assert!(
            html.lines()
                .filter(|line| line.contains("class=\"bar\""))
                .all(|line| line.contains("style=\"width:") && !line.contains(" %\"")),
            "{language}"
        );
    }
    i18n::set_current(Language::English);
}

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
fn a_portuguese_report_has_the_catalogs_headings() {
    let kb = bundled();
    i18n::set_current(Language::PortugueseBrazil);
    let md = render(&kb, &fixed_case(), ReportFormat::Markdown).unwrap();
    let html = render(&kb, &fixed_case(), ReportFormat::Html).unwrap();
    i18n::set_current(Language::English);
    for id in HEADINGS {
        let heading = translated(Language::PortugueseBrazil, id);
        let english = i18n::message(Language::English, id, None);
        assert!(md.contains(&format!("\n## {heading}\n")), "{id}:\n{md}");
        assert!(!md.contains(&format!("\n## {english}\n")), "{id}:\n{md}");
        assert!(html.contains(&format!("<h2>{heading}</h2>")), "{id}");
        assert!(!html.contains(&format!("<h2>{english}</h2>")), "{id}");
    }
    let title = translated(Language::PortugueseBrazil, "report-title");
    assert!(md.starts_with(&format!("# {title}\n")), "{md}");
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
        let heading = translated(Language::Spanish, id);
        let english = i18n::message(Language::English, id, None);
        assert!(text.contains(&format!("\n## {heading}\n")), "{id}:\n{text}");
        assert!(
            !text.contains(&format!("\n## {english}\n")),
            "{id}:\n{text}"
        );
    }
}
