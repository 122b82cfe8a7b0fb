//! Formatted messages remembered per thread. A screen asks for the same hundred-odd texts every frame
//! ("Why?", "82%", "2 min" …); formatting one through Fluent costs a few thousand instructions, finding
//! it again a hash lookup.

use std::cell::RefCell;
use std::hash::{Hash, Hasher};

use fluent_bundle::{FluentArgs, FluentValue};
use rustc_hash::{FxHashMap, FxHasher};

use super::Language;

/// Entries kept before the memo starts afresh (a screen needs about a hundred; numbers vary a little).
const CAPACITY: usize = 4096;

thread_local! {
    static MEMO: RefCell<FxHashMap<u64, String>> = RefCell::new(FxHashMap::default());
}

/// The message for `(language, id, args)`: remembered, else made by `format` and remembered.
///
/// Entries are keyed by a 64-bit hash of the request, as egui keys its own text layouts; arguments
/// other than strings and numbers are never remembered.
pub fn remembered(
    language: Language,
    id: &str,
    args: Option<&FluentArgs<'_>>,
    format: impl FnOnce() -> String,
) -> String {
    let Some(key) = key(language, id, args) else {
        return format();
    };
    if let Some(text) = MEMO.with(|memo| memo.borrow().get(&key).cloned()) {
        return text;
    }
    let text = format();
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        if memo.len() >= CAPACITY {
            memo.clear();
        }
        memo.insert(key, text.clone());
    });
    text
}

/// The request's hash, or `None` when an argument is of a kind this does not hash.
fn key(language: Language, id: &str, args: Option<&FluentArgs<'_>>) -> Option<u64> {
    let mut hasher = FxHasher::default();
    language.hash(&mut hasher);
    id.hash(&mut hasher);
    for (name, value) in args.into_iter().flat_map(FluentArgs::iter) {
        name.hash(&mut hasher);
        match value {
            FluentValue::String(text) => {
                0_u8.hash(&mut hasher);
                text.hash(&mut hasher);
            }
            FluentValue::Number(number) => {
                1_u8.hash(&mut hasher);
                number.value.to_bits().hash(&mut hasher);
                number.options.hash(&mut hasher);
            }
            _ => return None,
        }
    }
    Some(hasher.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(pairs: &[(&'static str, FluentValue<'static>)]) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for (name, value) in pairs {
            args.set(*name, value.clone());
        }
        args
    }

    #[test]
    fn a_request_is_formatted_once_then_remembered() {
        let mut calls = 0;
        for _ in 0..3 {
            let text = remembered(Language::Spanish, "memo-test-once", None, || {
                calls += 1;
                "hola".to_owned()
            });
            assert_eq!(text, "hola");
        }
        assert_eq!(calls, 1);
    }

    #[test]
    fn language_id_argument_names_and_values_all_tell_requests_apart() {
        let one = args(&[("minutes", FluentValue::from(2.0))]);
        let other_value = args(&[("minutes", FluentValue::from(2.5))]);
        let other_name = args(&[("seconds", FluentValue::from(2.0))]);
        let as_text = args(&[("minutes", FluentValue::from("2"))]);
        let base = key(Language::English, "plan", Some(&one));
        for different in [
            key(Language::Spanish, "plan", Some(&one)),
            key(Language::English, "total", Some(&one)),
            key(Language::English, "plan", Some(&other_value)),
            key(Language::English, "plan", Some(&other_name)),
            key(Language::English, "plan", Some(&as_text)),
            key(Language::English, "plan", None),
        ] {
            assert_ne!(base, different);
        }
        let same = args(&[("minutes", FluentValue::from(2.0))]);
        assert_eq!(base, key(Language::English, "plan", Some(&same)));
    }

    #[test]
    fn the_memo_stays_bounded() {
        for n in 0..(CAPACITY + 10) {
            let number = args(&[("n", FluentValue::from(n))]);
            let _ = remembered(Language::English, "memo-test-bound", Some(&number), || {
                n.to_string()
            });
        }
        assert!(MEMO.with(|memo| memo.borrow().len()) <= CAPACITY);
    }
}
