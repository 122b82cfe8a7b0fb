//! Native file dialogs (rfd), telling "the user cancelled" apart from "no dialog could be shown".
//!
//! On Linux rfd asks the desktop portal, then `zenity`; with neither it returns at once as if cancelled.
//! A dialog that "cancels" faster than any person could, on a system without zenity, was never shown.

use micdoctor_core::i18n::Language;
use micdoctor_core::t;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What came back from a file dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    Path(PathBuf),
    Cancelled,
    /// No dialog could be shown on this system.
    Unavailable,
}

/// The file dialogs the desktop app needs; tests substitute their own.
pub trait FileChooser {
    /// Choose a knowledge-base JSON file to open (the dialog's words in `lang`).
    fn open_kb(&mut self, lang: Language) -> Picked;
    /// Choose where to save a report, suggesting `file_name`.
    fn save_report(&mut self, lang: Language, file_name: &str) -> Picked;
    /// Choose a recording to measure.
    fn open_recording(&mut self, lang: Language) -> Picked;
    /// Choose an App Privacy Report to read.
    fn open_privacy_report(&mut self, lang: Language) -> Picked;
}

/// The system's dialogs through rfd (blocking calls).
#[derive(Debug, Default)]
pub struct NativeDialogs;

/// A "cancel" quicker than this, without a dialog program installed, means no dialog appeared.
const FASTEST_HUMAN_CANCEL: Duration = Duration::from_millis(300);

impl FileChooser for NativeDialogs {
    fn open_kb(&mut self, lang: Language) -> Picked {
        timed(|| {
            rfd::FileDialog::new()
                .set_title(t!(lang, "dialog-open-kb-title"))
                .add_filter(t!(lang, "dialog-filter-kb"), &["json"])
                .pick_file()
        })
    }

    fn save_report(&mut self, lang: Language, file_name: &str) -> Picked {
        timed(|| {
            rfd::FileDialog::new()
                .set_title(t!(lang, "dialog-save-report-title"))
                .set_file_name(file_name)
                .add_filter(t!(lang, "dialog-filter-html"), &["html"])
                .add_filter(t!(lang, "dialog-filter-markdown"), &["md"])
                .add_filter(t!(lang, "dialog-filter-json"), &["json"])
                .save_file()
        })
    }

    fn open_recording(&mut self, lang: Language) -> Picked {
        timed(|| {
            rfd::FileDialog::new()
                .set_title(t!(lang, "dialog-open-recording-title"))
                .add_filter(t!(lang, "dialog-filter-recordings"), &RECORDING_EXTENSIONS)
                .pick_file()
        })
    }

    fn open_privacy_report(&mut self, lang: Language) -> Picked {
        timed(|| {
            rfd::FileDialog::new()
                .set_title(t!(lang, "dialog-open-privacy-title"))
                .add_filter(t!(lang, "dialog-filter-privacy"), &["ndjson", "json"])
                .pick_file()
        })
    }
}

/// True for a file named like an App Privacy Report (`.ndjson`).
#[must_use]
pub fn is_privacy_report(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ndjson"))
}

/// The file endings of the recordings MicDoctor can measure.
pub const RECORDING_EXTENSIONS: [&str; 8] =
    ["opus", "ogg", "m4a", "mov", "mp4", "wav", "mp3", "aac"];

fn timed(dialog: impl FnOnce() -> Option<PathBuf>) -> Picked {
    let started = Instant::now();
    match dialog() {
        Some(path) => Picked::Path(path),
        None if started.elapsed() < FASTEST_HUMAN_CANCEL && !fallback_dialog_installed() => {
            Picked::Unavailable
        }
        None => Picked::Cancelled,
    }
}

/// True where rfd has a dialog that does not depend on a running portal: everywhere but Linux, and on
/// Linux when `zenity` is on the `PATH`.
fn fallback_dialog_installed() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| is_file(&dir.join("zenity"))))
}

fn is_file(path: &Path) -> bool {
    path.metadata().is_ok_and(|m| m.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_instant_cancel_without_zenity_means_no_dialog() {
        let expected = if fallback_dialog_installed() {
            Picked::Cancelled
        } else {
            Picked::Unavailable
        };
        assert_eq!(timed(|| None), expected);
    }

    #[test]
    fn a_slow_cancel_is_a_person_cancelling() {
        let picked = timed(|| {
            std::thread::sleep(FASTEST_HUMAN_CANCEL + Duration::from_millis(20));
            None
        });
        assert_eq!(picked, Picked::Cancelled);
    }

    #[test]
    fn a_path_is_a_path() {
        assert_eq!(
            timed(|| Some(PathBuf::from("/tmp/kb.json"))),
            Picked::Path(PathBuf::from("/tmp/kb.json"))
        );
    }
}
