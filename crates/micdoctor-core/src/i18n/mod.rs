//! Speaking the customer's language: the languages ([`Language`]), the UI message catalog (Fluent, in
//! `assets/i18n/`), and the [`t!`](crate::t) macro every piece of UI, report and CLI text goes through.
//! The knowledge base's own texts are translated by overlays (`crate::kb::overlay`).
//!
//! The language is always a value passed in (`t!(language, "id")`), never read from the thread or a
//! global: a text made on a worker thread, in a report or at the command line comes out in the language
//! it was asked for.

mod catalog;
mod language;
mod memo;
mod numbers;

pub use catalog::{CatalogCheck, SOURCES, check, message, message_ids, syntax_errors};
pub use fluent_bundle::FluentArgs;
pub use language::Language;
pub use numbers::{decimals, localised, percent, whole_percent};

/// A translated message in a language: `t!(language, "start-heading")`, or with arguments
/// `t!(language, "plan-total", minutes = 14.5)`. Numbers select plurals and are written the language's way.
#[macro_export]
macro_rules! t {
    ($language:expr, $id:literal) => {
        $crate::i18n::message($language, $id, None)
    };
    ($language:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::message($language, $id, Some(&args))
    }};
}
