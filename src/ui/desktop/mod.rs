//! Desktop mode: the menu bar and what it opens — file dialogs (with a typed-path fallback), choosing a
//! recording to measure, opening a knowledge base (checked like `micdoctor check`; a broken one is
//! listed and the old one kept), saving a report, About and Keyboard shortcuts.

pub mod about;
pub mod file_dialog;
pub mod kb_problems;
pub mod menu_bar;
pub mod path_prompt;

use std::path::{Path, PathBuf};

use crate::kb;
use crate::recording::RecordingRole;
use crate::report::{self, ReportFormat};
use crate::ui::state::{AppState, Notice};
use file_dialog::{FileChooser, Picked};
use kb_problems::KbProblems;
use menu_bar::MenuCommand;
use path_prompt::{PathPrompt, PromptEvent, Purpose};

/// The desktop layer's own state: which dialog is open, and the file dialogs in use.
pub struct DesktopUi {
    chooser: Box<dyn FileChooser>,
    prompt: Option<PathPrompt>,
    /// A knowledge base that failed to open, listed until the user closes the list.
    pub kb_problems: Option<KbProblems>,
    about_open: bool,
    shortcuts_open: bool,
    /// The knowledge-base file in use, when one was opened from a file (reopened on the next run).
    pub kb_file: Option<PathBuf>,
    /// Recordings chosen this frame, for the app to measure: the file and its take (`None`: the app picks).
    pub chosen_recordings: Vec<(PathBuf, Option<RecordingRole>)>,
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
            kb_file: None,
            chosen_recordings: Vec::new(),
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

    /// The menu bar and its shortcuts.
    pub fn menu(&mut self, ui: &mut egui::Ui, state: &mut AppState) {
        let can_save = state.session.is_some();
        let command = menu_bar::ui(ui, can_save).or_else(|| menu_bar::shortcut(ui.ctx(), can_save));
        if let Some(command) = command {
            self.run(command, ui.ctx(), state);
        }
    }

    fn run(&mut self, command: MenuCommand, ctx: &egui::Context, state: &mut AppState) {
        match command {
            MenuCommand::OpenKb => match self.chooser.open_kb() {
                Picked::Path(path) => self.open_kb_file(&path, state),
                Picked::Cancelled => {}
                Picked::Unavailable => {
                    self.prompt = Some(PathPrompt::new(Purpose::OpenKb, String::new()));
                }
            },
            MenuCommand::OpenRecording => self.choose_recording(None),
            MenuCommand::SaveReport => self.save_report(state),
            MenuCommand::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            MenuCommand::Shortcuts => self.shortcuts_open = true,
            MenuCommand::About => self.about_open = true,
        }
    }

    /// Asks for a recording for `take` (or for the take the app picks); a typed path where no dialog can
    /// be shown.
    pub fn choose_recording(&mut self, take: Option<RecordingRole>) {
        match self.chooser.open_recording() {
            Picked::Path(path) => self.chosen_recordings.push((path, take)),
            Picked::Cancelled => {}
            Picked::Unavailable => {
                self.prompt = Some(PathPrompt::new(Purpose::OpenRecording(take), String::new()));
            }
        }
    }

    /// Asks where to save a report of the current case, then writes it.
    pub fn save_report(&mut self, state: &mut AppState) {
        let Some(session) = &state.session else {
            return;
        };
        let name = format!("micdoctor-case-{}.html", session.case_code());
        match self.chooser.save_report(&name) {
            Picked::Path(path) => save_report(&path, state),
            Picked::Cancelled => {}
            Picked::Unavailable => {
                self.prompt = Some(PathPrompt::new(Purpose::SaveReport, name));
            }
        }
    }

    /// Opens a knowledge-base file: on success it replaces the current one (ending the case); on any
    /// problem the current one stays and every problem is listed.
    pub fn open_kb_file(&mut self, path: &Path, state: &mut AppState) {
        match kb::open_kb(Some(path)) {
            Ok(opened) => {
                let title = opened.kb.title.clone();
                let unusable = opened.problem_lines();
                state.replace_kb(opened);
                state.notice = Some(if unusable.is_empty() {
                    Notice::info(crate::t!(
                        "notice-kb-opened",
                        title = title,
                        path = path.display().to_string()
                    ))
                } else {
                    Notice::problem(crate::t!(
                        "notice-kb-opened-without-translations",
                        title = title,
                        path = path.display().to_string(),
                        problems = unusable.join("; ")
                    ))
                });
                self.kb_file = Some(path.to_owned());
            }
            Err(err) => {
                self.kb_problems = Some(KbProblems {
                    file: path.display().to_string(),
                    issues: err.issues(),
                });
            }
        }
    }

    /// The dialogs that are open.
    pub fn dialogs(&mut self, ctx: &egui::Context, state: &mut AppState) {
        if let Some(prompt) = &mut self.prompt {
            let purpose = prompt.purpose;
            match prompt.show(ctx) {
                Some(PromptEvent::Chosen(path)) => {
                    self.prompt = None;
                    match purpose {
                        Purpose::OpenKb => self.open_kb_file(&path, state),
                        Purpose::SaveReport => save_report(&path, state),
                        Purpose::OpenRecording(take) => self.chosen_recordings.push((path, take)),
                    }
                }
                Some(PromptEvent::Cancel) => self.prompt = None,
                None => {}
            }
        }
        if let Some(problems) = &self.kb_problems
            && kb_problems::show(ctx, problems, state.kb_source())
        {
            self.kb_problems = None;
        }
        if self.about_open && about::show_about(ctx, &state.kb, state.kb_source()) {
            self.about_open = false;
        }
        if self.shortcuts_open && about::show_shortcuts(ctx) {
            self.shortcuts_open = false;
        }
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

/// Renders the current case and writes it; the outcome is told in the notice bar.
fn save_report(path: &Path, state: &mut AppState) {
    let Some(session) = &state.session else {
        return;
    };
    let (path, format) = report_target(path);
    let written = report::render(&state.kb, session, format)
        .map_err(|err| err.to_string())
        .and_then(|text| std::fs::write(&path, text).map_err(|err| err.to_string()));
    state.notice = Some(match written {
        Ok(()) => Notice::info(crate::t!(
            "notice-report-saved",
            path = path.display().to_string()
        )),
        Err(err) => Notice::problem(crate::t!(
            "notice-report-not-saved",
            path = path.display().to_string(),
            error = err
        )),
    });
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
