//! Faults inside a frame: the panic's message (with its place, when the hook saw it) for staff, and the
//! rule for when to give up.

use micdoctor_core::i18n::Language;
use micdoctor_core::t;
use std::any::Any;
use std::sync::Mutex;

/// Frames in a row that may fault before the app gives up (the start screen itself must be failing).
pub const MAX_FAULTS_IN_A_ROW: u32 = 5;

/// Exit status when the app cannot recover (as `EX_SOFTWARE`).
pub const EXIT_UNRECOVERABLE: i32 = 70;

static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Keeps the default panic report on stderr and remembers the last one (message and place) for staff.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some(info.to_string().replace('\n', " "));
        }
        previous(info);
    }));
}

/// The fault in one line: what the hook recorded, else the panic's own message.
#[must_use]
pub fn describe(lang: Language, payload: &(dyn Any + Send)) -> String {
    if let Some(recorded) = LAST_PANIC.lock().ok().and_then(|mut last| last.take()) {
        return recorded;
    }
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| t!(lang, "app-fault-unknown"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_str_and_string_payloads() {
        let text: Box<dyn Any + Send> = Box::new("index out of bounds");
        assert_eq!(
            describe(Language::English, text.as_ref()),
            "index out of bounds"
        );
        let owned: Box<dyn Any + Send> = Box::new(String::from("bad state"));
        assert_eq!(describe(Language::English, owned.as_ref()), "bad state");
        let other: Box<dyn Any + Send> = Box::new(42_u8);
        assert_eq!(
            describe(Language::English, other.as_ref()),
            "an unknown fault"
        );
    }
}
