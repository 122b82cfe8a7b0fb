//! A line for the notice bar, kept as how to say it rather than as words, so a notice on screen follows the
//! window into another language.

use std::fmt;
use std::sync::Arc;

/// How a notice says itself in the language in force.
type Say = Arc<dyn Fn() -> String + Send + Sync>;

/// A line for the notice bar: news (a file saved) or a problem (something could not be done).
#[derive(Clone)]
pub struct Notice {
    say: Say,
    pub is_problem: bool,
}

impl Notice {
    /// A problem, said by `say` in whatever language is in force when it is read.
    pub fn problem(say: impl Fn() -> String + Send + Sync + 'static) -> Self {
        Self {
            say: Arc::new(say),
            is_problem: true,
        }
    }

    /// News, said by `say` in whatever language is in force when it is read.
    pub fn info(say: impl Fn() -> String + Send + Sync + 'static) -> Self {
        Self {
            say: Arc::new(say),
            is_problem: false,
        }
    }

    /// A problem in words fixed when it was found (text composed before the window had a language).
    pub fn problem_text(text: impl Into<String>) -> Self {
        let text = text.into();
        Self::problem(move || text.clone())
    }

    /// The notice in the language in force now.
    #[must_use]
    pub fn text(&self) -> String {
        (self.say)()
    }
}

impl fmt::Debug for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Notice")
            .field("text", &self.text())
            .field("is_problem", &self.is_problem)
            .finish_non_exhaustive()
    }
}

/// Two notices are the same when they say the same now.
impl PartialEq for Notice {
    fn eq(&self, other: &Self) -> bool {
        self.is_problem == other.is_problem && self.text() == other.text()
    }
}

impl Eq for Notice {}

/// A [`Notice`] of a kind (`problem` or `info`) from a message id and its arguments, said again in the
/// language in force whenever it is read. Each argument is evaluated once, here; an argument that has
/// words of its own to translate needs a closure of its own ([`Notice::problem`]).
macro_rules! notice {
    ($kind:ident, $id:literal) => {
        $crate::ui::state::Notice::$kind(|| $crate::t!($id))
    };
    ($kind:ident, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        // Owned once here; `name = name` is the usual call, so the binding often shadows its source.
        $( #[allow(clippy::redundant_locals)] let $name = $value; )+
        $crate::ui::state::Notice::$kind(move || $crate::t!($id, $($name = $name.clone()),+))
    }};
}
pub(crate) use notice;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, set_current};

    #[test]
    fn a_notice_is_said_in_the_language_in_force_when_read() {
        set_current(Language::English);
        let notice = Notice::problem(|| crate::t!("notice-recording-needs-case"));
        assert!(notice.text().starts_with("Start a case first"));
        set_current(Language::Spanish);
        let spanish = notice.text();
        set_current(Language::English);
        assert!(spanish.starts_with("Empieza primero un caso"), "{spanish}");
        assert!(notice.text().starts_with("Start a case first"));
    }

    #[test]
    fn fixed_text_stays_as_written() {
        let notice = Notice::problem_text("saved");
        assert_eq!(notice.text(), "saved");
        assert!(notice.is_problem);
        assert_eq!(notice, Notice::problem(|| "saved".to_owned()));
        assert_ne!(notice, Notice::info(|| "saved".to_owned()));
    }
}
