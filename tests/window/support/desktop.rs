//! The desktop app with scripted file dialogs, and its menus, for tests that open and save files.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use micdoctor::ui::MicDoctorApp;
use micdoctor::ui::desktop::file_dialog::{FileChooser, Picked};
use micdoctor::ui::state::AppState;

use super::{click, kb};
use micdoctor_core::i18n::Language;

/// File dialogs that answer from a script, and remember the file names they were offered.
#[derive(Clone, Default)]
pub struct Scripted {
    pub answers: Arc<Mutex<VecDeque<Picked>>>,
    pub offered_names: Arc<Mutex<Vec<String>>>,
}

impl Scripted {
    pub fn then(&self, picked: Picked) -> &Self {
        self.answers.lock().unwrap().push_back(picked);
        self
    }

    pub fn next(&self) -> Picked {
        self.answers
            .lock()
            .unwrap()
            .pop_front()
            .expect("the test scripted this dialog")
    }
}

impl FileChooser for Scripted {
    fn open_kb(&mut self, _: Language) -> Picked {
        self.next()
    }

    fn save_report(&mut self, _: Language, file_name: &str) -> Picked {
        self.offered_names
            .lock()
            .unwrap()
            .push(file_name.to_owned());
        self.next()
    }

    fn open_recording(&mut self, _: Language) -> Picked {
        self.next()
    }

    fn open_privacy_report(&mut self, _: Language) -> Picked {
        self.next()
    }
}

pub fn desktop(dialogs: &Scripted) -> Harness<'static, MicDoctorApp> {
    let dialogs = dialogs.clone();
    Harness::builder()
        .with_size(egui::vec2(1100.0, 760.0))
        .build_eframe(move |cc| {
            MicDoctorApp::from_state(&cc.egui_ctx, AppState::new(kb(), "bundled".into()))
                .with_file_chooser(Box::new(dialogs.clone()))
        })
}

/// Opens a menu and clicks the item whose label starts with `item` (labels end with their shortcut).
pub fn menu(harness: &mut Harness<'_, MicDoctorApp>, menu: &str, item: &str) {
    click(harness, menu);
    harness
        .get_by(|node| {
            matches!(node.role(), Role::Button | Role::RadioButton)
                && node.label().is_some_and(|l| l.starts_with(item))
        })
        .click();
    harness.run();
}
