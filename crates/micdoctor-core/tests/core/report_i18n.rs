//! Reports in other languages: the fixed wording comes from the language's catalog, the HTML page says
//! which language it is in, and English percentages are written exactly as before.
//!
//! The translated wording is never hard-coded here: it is read from the catalogs
//! (`micdoctor_core::i18n::message`), so these tests hold whatever words the translators choose.
use crate::support::{bundled, cases::fixed_case};
use micdoctor_core::i18n::percent;
use micdoctor_core::i18n::{self, Language};
use micdoctor_core::report::{ReportFormat, render};

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
    let steps = 200_000_u32;
    for i in 0..=steps {
        let probability = f64::from(i) / f64::from(steps);
        assert_eq!(
            percent(Language::English, probability),
            format!("{:.0}%", probability * 100.0),
            "{probability}"
        );
    }
    // Exact ties round to even, as `{:.0}` does.
    for probability in [0.125, 0.005, 0.015, 0.625, 0.0, 1.0] {
        assert_eq!(
            percent(Language::English, probability),
            format!("{:.0}%", probability * 100.0)
        );
    }
}

#[test]
fn the_html_page_names_the_language_it_is_written_in() {
    let kb = bundled();
    for language in Language::ALL {
        let html = render(language, &kb, &fixed_case(), ReportFormat::Html).unwrap();
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
}

#[test]
fn a_portuguese_report_has_the_catalogs_headings() {
    let kb = bundled();
    let md = render(
        Language::PortugueseBrazil,
        &kb,
        &fixed_case(),
        ReportFormat::Markdown,
    )
    .unwrap();
    let html = render(
        Language::PortugueseBrazil,
        &kb,
        &fixed_case(),
        ReportFormat::Html,
    )
    .unwrap();
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
