//! Desktop mode: the menu bar and what it opens — file dialogs (with a typed-path fallback), choosing a
//! recording to measure, opening a knowledge base (checked like `micdoctor check`; a broken one is
//! listed and the old one kept), saving a report, About and Keyboard shortcuts.

pub mod about;
pub mod file_dialog;
pub mod kb_problems;
pub mod menu_bar;
pub mod path_prompt;

use std::path::{Path, PathBuf};

use crate::ui::command::Command;
use crate::ui::state::{AppState, Notice, notice};
use file_dialog::{FileChooser, Picked};
use kb_problems::KbProblems;
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::{self, KnowledgeBase};
use micdoctor_core::recording::RecordingRole;
use micdoctor_core::report::{self, ReportFormat};
use micdoctor_core::session::Session;
use path_prompt::{PathPrompt, PromptEvent, Purpose};

/// The desktop layer's own state: which dialog is open, and the file dialogs in use.
pub struct DesktopUi {
    chooser: Box<dyn FileChooser>,
    prompt: Option<PathPrompt>,
    /// A knowledge base that failed to open, listed until the user closes the list.
    pub kb_problems: Option<KbProblems>,
    about_open: bool,
    shortcuts_open: bool,
}

impl DesktopUi {
    #[must_use]
    pub fn new(chooser: Box<dyn FileChooser>) -> Self {
        Self {
            chooser,
            prompt: None,
            kb_problems: None,
            about_open: false,
            shortcuts_open: false,
        }
    }

    /// True while a dialog of the desktop layer is open (Esc belongs to it then).
    #[must_use]
    pub fn dialog_open(&self) -> bool {
        self.prompt.is_some()
            || self.kb_problems.is_some()
            || self.about_open
            || self.shortcuts_open
    }

    /// The menu bar and its shortcuts; what was chosen.
    pub fn menu(lang: Language, ui: &mut egui::Ui, has_case: bool) -> Option<Command> {
        menu_bar::ui(lang, ui, has_case).or_else(|| menu_bar::shortcut(ui.ctx(), has_case))
    }

    /// Asks for a knowledge-base file; the typed-path prompt where no dialog can be shown.
    pub fn choose_kb(&mut self, lang: Language) -> Option<Command> {
        match self.chooser.open_kb(lang) {
            Picked::Path(path) => Some(Command::OpenKbFile(path)),
            Picked::Cancelled => None,
            Picked::Unavailable => {
                self.prompt = Some(PathPrompt::new(Purpose::OpenKb, String::new()));
                None
            }
        }
    }

    /// Opens a knowledge-base file: on success, the command that puts it in place (ending the case); on
    /// any problem the current one stays and every problem is listed.
    pub fn open_kb(&mut self, path: &Path) -> Option<Command> {
        match kb::open_kb(Some(path)) {
            Ok(opened) => Some(Command::UseKb(Box::new(opened), path.to_owned())),
            Err(err) => {
                self.kb_problems = Some(KbProblems::new(path.display().to_string(), err));
                None
            }
        }
    }

    /// Asks where to save a report of `session`.
    pub fn choose_report_file(&mut self, lang: Language, session: &Session) -> Option<Command> {
        let name = format!("micdoctor-case-{}.html", session.case_code());
        match self.chooser.save_report(lang, &name) {
            Picked::Path(path) => Some(Command::SaveReportTo(path)),
            Picked::Cancelled => None,
            Picked::Unavailable => {
                // A full path to start from, as the prompt asks for one: the folder MicDoctor runs in.
                let suggestion = std::env::current_dir().map_or_else(
                    |_| name.clone(),
                    |dir| dir.join(&name).display().to_string(),
                );
                self.prompt = Some(PathPrompt::new(Purpose::SaveReport, suggestion));
                None
            }
        }
    }

    /// Asks for a recording for `take` (or for the take the app picks).
    pub fn choose_recording(
        &mut self,
        lang: Language,
        take: Option<RecordingRole>,
    ) -> Option<Command> {
        match self.chooser.open_recording(lang) {
            Picked::Path(path) => Some(Command::MeasureFiles(vec![(path, take)])),
            Picked::Cancelled => None,
            Picked::Unavailable => {
                self.prompt = Some(PathPrompt::new(Purpose::OpenRecording(take), String::new()));
                None
            }
        }
    }

    pub fn choose_privacy_report(&mut self, lang: Language) -> Option<Command> {
        match self.chooser.open_privacy_report(lang) {
            Picked::Path(path) => Some(Command::ReadPrivacyReport(path)),
            Picked::Cancelled => None,
            Picked::Unavailable => {
                self.prompt = Some(PathPrompt::new(Purpose::OpenPrivacyReport, String::new()));
                None
            }
        }
    }

    pub fn show_about(&mut self) {
        self.about_open = true;
    }

    pub fn show_shortcuts(&mut self) {
        self.shortcuts_open = true;
    }

    /// The dialogs that are open; what the user chose in them.
    pub fn dialogs(&mut self, ctx: &egui::Context, state: &AppState) -> Option<Command> {
        let lang = state.language;
        let mut chosen = None;
        if let Some(prompt) = &mut self.prompt {
            let purpose = prompt.purpose;
            match prompt.show(lang, ctx) {
                Some(PromptEvent::Chosen(path)) => {
                    self.prompt = None;
                    chosen = Some(match purpose {
                        Purpose::OpenKb => Command::OpenKbFile(path),
                        Purpose::SaveReport => Command::SaveReportTo(path),
                        Purpose::OpenRecording(take) => Command::MeasureFiles(vec![(path, take)]),
                        Purpose::OpenPrivacyReport => Command::ReadPrivacyReport(path),
                    });
                }
                Some(PromptEvent::Cancel) => self.prompt = None,
                None => {}
            }
        }
        if let Some(problems) = &self.kb_problems
            && kb_problems::show(lang, ctx, problems, state.kb_source())
        {
            self.kb_problems = None;
        }
        if self.about_open && about::show_about(lang, ctx, &state.kb, state.kb_source()) {
            self.about_open = false;
        }
        if self.shortcuts_open && about::show_shortcuts(lang, ctx) {
            self.shortcuts_open = false;
        }
        chosen
    }
}

/// The report format a file name asks for, and the name to write (`.html` added when it names none).
#[must_use]
pub fn report_target(path: &Path) -> (PathBuf, ReportFormat) {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("md" | "markdown") => (path.to_owned(), ReportFormat::Markdown),
        Some("json") => (path.to_owned(), ReportFormat::Json),
        Some("html" | "htm") => (path.to_owned(), ReportFormat::Html),
        _ => {
            let mut name = path.as_os_str().to_owned();
            name.push(".html");
            (PathBuf::from(name), ReportFormat::Html)
        }
    }
}

/// Renders `session` and writes it; what happened, for the notice bar.
#[must_use]
pub fn save_report(lang: Language, path: &Path, kb: &KnowledgeBase, session: &Session) -> Notice {
    let (path, format) = report_target(path);
    let written = report::render(lang, kb, session, format)
        .map_err(|err| err.in_words(lang))
        .and_then(|text| std::fs::write(&path, text).map_err(|err| err.to_string()));
    match written {
        Ok(()) => notice!(
            info,
            "notice-report-saved",
            path = path.display().to_string()
        ),
        Err(err) => notice!(
            problem,
            "notice-report-not-saved",
            path = path.display().to_string(),
            error = err
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_ending_picks_the_format() {
        assert_eq!(
            report_target(Path::new("/tmp/a.md")),
            (PathBuf::from("/tmp/a.md"), ReportFormat::Markdown)
        );
        assert_eq!(
            report_target(Path::new("/tmp/a.JSON")),
            (PathBuf::from("/tmp/a.JSON"), ReportFormat::Json)
        );
        assert_eq!(
            report_target(Path::new("/tmp/a.htm")),
            (PathBuf::from("/tmp/a.htm"), ReportFormat::Html)
        );
        assert_eq!(
            report_target(Path::new("/tmp/case")),
            (PathBuf::from("/tmp/case.html"), ReportFormat::Html)
        );
    }
}
