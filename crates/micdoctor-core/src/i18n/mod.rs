//! Speaking the customer's language: the languages ([`Language`]), the UI message catalog (Fluent, in
//! `assets/i18n/`), and the [`t!`](crate::t) macro every piece of UI, report and CLI text goes through.
//! The knowledge base's own texts are translated by overlays (`crate::kb::overlay`).

mod catalog;
mod language;
mod memo;

pub use catalog::{CatalogCheck, SOURCES, check, message, message_ids, syntax_errors};
pub use fluent_bundle::FluentArgs;
pub use language::{Language, current, set_current};

/// The message `id` in the current language.
#[must_use]
pub fn tr(id: &str) -> String {
    message(current(), id, None)
}

/// The message `id` in the current language, with arguments.
#[must_use]
pub fn tr_args(id: &str, args: &FluentArgs<'_>) -> String {
    message(current(), id, Some(args))
}

/// A translated message: `t!("start-heading")`, or with arguments `t!("plan-total", minutes = 14.5)`.
/// Numbers select plurals and are written the language's way.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::tr($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::tr_args($id, &args)
    }};
}
