//! Numbers as people read them in a language: a probability as a whole percentage, a figure with a fixed
//! count of decimals, the language's decimal separator. Every screen, report and the command line write
//! numbers through these, so a number reads the same everywhere.

use super::Language;

/// A probability as a whole percentage ("88%"), as every report and the app show it, written
/// `lang`'s way.
#[must_use]
pub fn percent(lang: Language, probability: f64) -> String {
    crate::t!(lang, "report-percent", percent = whole_percent(probability))
}

/// A probability as a whole number of percent, for a message that writes the number itself
/// (`{ $percent }%` inside a sentence). Rounded as `{:.0}` rounds (ties to even), so the number is the
/// one the reports always printed.
#[must_use]
pub fn whole_percent(probability: f64) -> f64 {
    (probability * 100.0).round_ties_even()
}

/// A number with a fixed count of decimals, written with `lang`'s decimal separator.
#[must_use]
pub fn decimals(lang: Language, value: f64, digits: usize) -> String {
    localised(lang, format!("{value:.digits$}"))
}

/// A number as Rust writes it (`2`, `0.5`), with `lang`'s decimal separator.
#[must_use]
pub fn localised(lang: Language, number: String) -> String {
    let separator = lang.decimal_separator();
    if separator == '.' {
        number
    } else {
        number.replace('.', &separator.to_string())
    }
}
