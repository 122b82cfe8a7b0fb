//! The message catalog: one Fluent bundle per language (`assets/i18n/*.ftl`, embedded), with plurals, and
//! numbers written the language's way. A message missing in a translation falls back to English — marked
//! `[en]` in debug builds so it is seen, silently in release builds.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Language;

/// The catalogs' files, by language: `app` (screens, menus, kiosk), `workspace` (the diagnosis workspace
/// and its widgets), `report` (reports and command-line output), `privacy` (reading the App Privacy Report),
/// `bridge` (the phone bridge's upload page and its QR card).
pub const SOURCES: [(Language, &[&str]); 3] = [
    (
        Language::English,
        &[
            include_str!("../../../../assets/i18n/en/app.ftl"),
            include_str!("../../../../assets/i18n/en/workspace.ftl"),
            include_str!("../../../../assets/i18n/en/report.ftl"),
            include_str!("../../../../assets/i18n/en/privacy.ftl"),
            include_str!("../../../../assets/i18n/en/errors.ftl"),
            include_str!("../../../../assets/i18n/en/bridge.ftl"),
        ],
    ),
    (
        Language::PortugueseBrazil,
        &[
            include_str!("../../../../assets/i18n/pt-BR/app.ftl"),
            include_str!("../../../../assets/i18n/pt-BR/workspace.ftl"),
            include_str!("../../../../assets/i18n/pt-BR/report.ftl"),
            include_str!("../../../../assets/i18n/pt-BR/privacy.ftl"),
            include_str!("../../../../assets/i18n/pt-BR/errors.ftl"),
            include_str!("../../../../assets/i18n/pt-BR/bridge.ftl"),
        ],
    ),
    (
        Language::Spanish,
        &[
            include_str!("../../../../assets/i18n/es/app.ftl"),
            include_str!("../../../../assets/i18n/es/workspace.ftl"),
            include_str!("../../../../assets/i18n/es/report.ftl"),
            include_str!("../../../../assets/i18n/es/privacy.ftl"),
            include_str!("../../../../assets/i18n/es/errors.ftl"),
            include_str!("../../../../assets/i18n/es/bridge.ftl"),
        ],
    ),
];

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [(Language, Bundle)] {
    static BUNDLES: OnceLock<Vec<(Language, Bundle)>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|&(language, files)| (language, bundle(language, files)))
            .collect()
    })
}

fn bundle(language: Language, files: &[&str]) -> Bundle {
    let tag = language
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = Bundle::new_concurrent(vec![tag]);
    // No Unicode isolation marks around arguments: the fonts have no glyph for them.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match language.decimal_separator() {
        ',' => format_decimal_comma,
        _ => format_decimal_point,
    }));
    for source in files {
        // A syntax error in one message drops that message only; the catalog test names it.
        let resource =
            FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(partial, _)| partial);
        // A message defined twice keeps its first definition; the catalog test names duplicates.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn format_decimal_point<M>(value: &FluentValue, _: &M) -> Option<String> {
    number(value, '.')
}

fn format_decimal_comma<M>(value: &FluentValue, _: &M) -> Option<String> {
    number(value, ',')
}

/// Numbers: whole numbers as they are, others with at most `maximumFractionDigits` (default 1) digits.
fn number(value: &FluentValue, separator: char) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let digits = number.options.maximum_fraction_digits.unwrap_or(1);
    let text = if number.value.fract() == 0.0 {
        // Whole numbers (percents, counts, minutes) as integers: exact, and far cheaper than `{:.0}`.
        if number.value.abs() < 1e15 {
            return Some((number.value as i64).to_string());
        }
        format!("{:.0}", number.value)
    } else {
        let text = format!("{:.*}", digits, number.value);
        if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.').to_owned()
        } else {
            text
        }
    };
    Some(text.replace('.', &separator.to_string()))
}

fn find(language: Language) -> Option<&'static Bundle> {
    bundles()
        .iter()
        .find(|(l, _)| *l == language)
        .map(|(_, b)| b)
}

/// The message `id` in `language`, with `args`. Falls back to English, then to the id itself.
/// Remembered per thread (`super::memo`): asking again for the same text costs a lookup.
#[must_use]
pub fn message(language: Language, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    super::memo::remembered(language, id, args, || format_message(language, id, args))
}

fn format_message(language: Language, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    if let Some(text) = find(language).and_then(|bundle| format(bundle, id, args)) {
        return text;
    }
    let english = find(Language::English)
        .and_then(|bundle| format(bundle, id, args))
        .unwrap_or_else(|| id.to_owned());
    if cfg!(debug_assertions) && language != Language::English {
        format!("[en] {english}")
    } else {
        english
    }
}

fn format(bundle: &Bundle, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}

/// The ids of every message in a language's catalog.
#[must_use]
pub fn message_ids(language: Language) -> Vec<String> {
    find(language).map_or_else(Vec::new, |bundle| {
        let files = SOURCES
            .iter()
            .find(|(l, _)| *l == language)
            .map_or(&[][..], |(_, files)| *files);
        files
            .iter()
            .flat_map(|source| ids_in(source))
            .filter(|id| bundle.has_message(id))
            .collect()
    })
}

/// Message ids defined in Fluent source text (lines `id = …` at the start of a line).
fn ids_in(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}

/// Syntax errors in a catalog, as readable lines (empty when it parses).
#[must_use]
pub fn syntax_errors(source: &str) -> Vec<String> {
    match FluentResource::try_new(source.to_owned()) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors.iter().map(|e| format!("{e:?}")).collect(),
    }
}

/// A catalog measured against English: messages it lacks, and messages English does not have.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CatalogCheck {
    pub missing: Vec<String>,
    pub orphaned: Vec<String>,
}

/// Compares a language's catalog with English's.
#[must_use]
pub fn check(language: Language) -> CatalogCheck {
    let english = message_ids(Language::English);
    let theirs = message_ids(language);
    CatalogCheck {
        missing: english
            .iter()
            .filter(|id| !theirs.contains(id))
            .cloned()
            .collect(),
        orphaned: theirs
            .iter()
            .filter(|id| !english.contains(id))
            .cloned()
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use fluent_bundle::types::{FluentNumber, FluentNumberOptions};

    use super::*;

    fn num(value: f64, digits: Option<usize>) -> FluentValue<'static> {
        FluentValue::Number(FluentNumber::new(
            value,
            FluentNumberOptions {
                maximum_fraction_digits: digits,
                ..FluentNumberOptions::default()
            },
        ))
    }

    #[test]
    fn numbers_use_the_languages_separator() {
        assert_eq!(number(&num(2.0, None), '.').as_deref(), Some("2"));
        assert_eq!(number(&num(14.66, None), '.').as_deref(), Some("14.7"));
        assert_eq!(number(&num(14.66, None), ',').as_deref(), Some("14,7"));
        assert_eq!(number(&num(0.5, Some(2)), ',').as_deref(), Some("0,5"));
        assert_eq!(number(&num(1.999, None), ','), Some("2".to_owned()));
        assert_eq!(number(&FluentValue::from("x"), ','), None);
    }

    #[test]
    fn every_catalog_parses_without_duplicates() {
        for (language, files) in SOURCES {
            let mut seen = std::collections::BTreeSet::new();
            for source in files {
                assert_eq!(syntax_errors(source), Vec::<String>::new(), "{language}");
                for id in ids_in(source) {
                    assert!(seen.insert(id.clone()), "{language}: {id} is defined twice");
                }
            }
        }
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_to_its_id() {
        assert_eq!(
            message(Language::English, "no-such-message", None),
            "no-such-message"
        );
    }
}
