//! Recordings handed to the window as a person hands them: fixture files dropped on it, the measuring
//! threads let finish, and the microphone test made with three takes.
use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui_kittest::Harness;
use micdoctor::ui::MicDoctorApp;

use super::click;

/// A recording from `tests/fixtures/recordings`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/recordings")
        .join(name)
}

/// Lets the measuring threads finish and the window take in what they found.
pub fn settle(harness: &mut Harness<'_, MicDoctorApp>) {
    for _ in 0..3000 {
        harness.run();
        if !harness.state().measuring() {
            harness.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("a recording was still being measured after 30 s");
}

/// A file dropped on the window, as the windowing layer hands it over.
#[derive(Debug)]
pub struct Dropped(pub PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Drops fixture `name` on the window.
pub fn drop_file(harness: &mut Harness<'_, MicDoctorApp>, name: &str) {
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(fixture(name))));
    harness.run();
}

/// On the microphone test's card: "Start the test", the three takes dropped in order (bottom, front,
/// rear), each measured, then the window closed.
pub fn make_the_microphone_test(harness: &mut Harness<'_, MicDoctorApp>, takes: [&str; 3]) {
    click(harness, "Start the test");
    for take in takes {
        drop_file(harness, take);
        settle(harness);
    }
    click(harness, "Close");
}
