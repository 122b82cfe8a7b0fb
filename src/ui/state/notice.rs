//! A line for the notice bar, kept as how to say it rather than as words, so a notice on screen follows the
//! window into another language.

use std::fmt;
use std::sync::Arc;

use micdoctor_core::i18n::Language;

/// How a notice says itself in a language.
type Say = Arc<dyn Fn(Language) -> String + Send + Sync>;

/// A line for the notice bar: news (a file saved) or a problem (something could not be done).
#[derive(Clone)]
pub struct Notice {
    say: Say,
    pub is_problem: bool,
}

impl Notice {
    /// A problem, said by `say` in whatever language the window is in when it is read.
    pub fn problem(say: impl Fn(Language) -> String + Send + Sync + 'static) -> Self {
        Self {
            say: Arc::new(say),
            is_problem: true,
        }
    }

    /// News, said by `say` in whatever language the window is in when it is read.
    pub fn info(say: impl Fn(Language) -> String + Send + Sync + 'static) -> Self {
        Self {
            say: Arc::new(say),
            is_problem: false,
        }
    }

    /// A problem in words fixed when it was found (text composed before the window had a language).
    pub fn problem_text(text: impl Into<String>) -> Self {
        let text = text.into();
        Self::problem(move |_| text.clone())
    }

    /// The notice in `language`.
    #[must_use]
    pub fn text(&self, language: Language) -> String {
        (self.say)(language)
    }
}

impl fmt::Debug for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Notice")
            .field("text", &self.text(Language::English))
            .field("is_problem", &self.is_problem)
            .finish_non_exhaustive()
    }
}

/// Two notices are the same when they say the same, in every language.
impl PartialEq for Notice {
    fn eq(&self, other: &Self) -> bool {
        self.is_problem == other.is_problem
            && Language::ALL
                .into_iter()
                .all(|language| self.text(language) == other.text(language))
    }
}

impl Eq for Notice {}

/// A [`Notice`] of a kind (`problem` or `info`) from a message id and its arguments, said again in the
/// window's language whenever it is read. Each argument is evaluated once, here; an argument that has
/// words of its own to translate needs a closure of its own ([`Notice::problem`]).
macro_rules! notice {
    ($kind:ident, $id:literal) => {
        $crate::ui::state::Notice::$kind(|language| micdoctor_core::t!(language, $id))
    };
    ($kind:ident, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        // Owned once here; `name = name` is the usual call, so the binding often shadows its source.
        $( #[allow(clippy::redundant_locals)] let $name = $value; )+
        $crate::ui::state::Notice::$kind(move |language| {
            micdoctor_core::t!(language, $id, $($name = $name.clone()),+)
        })
    }};
}
pub(crate) use notice;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_is_said_in_the_language_it_is_read_in() {
        let notice =
            Notice::problem(|language| micdoctor_core::t!(language, "notice-recording-needs-case"));
        assert!(
            notice
                .text(Language::English)
                .starts_with("Start a case first")
        );
        let spanish = notice.text(Language::Spanish);
        assert!(spanish.starts_with("Empieza primero un caso"), "{spanish}");
    }

    #[test]
    fn fixed_text_stays_as_written() {
        let notice = Notice::problem_text("saved");
        assert_eq!(notice.text(Language::Spanish), "saved");
        assert!(notice.is_problem);
        assert_eq!(notice, Notice::problem(|_| "saved".to_owned()));
        assert_ne!(notice, Notice::info(|_| "saved".to_owned()));
    }
}
