//! The `eframe::App`: the desktop menu or the kiosk's guards around the current screen, keyboard shortcuts,
//! faults caught per frame, the case log, and what is remembered between runs.

use std::path::PathBuf;

use egui::{Key, Panel, RichText};

use crate::config::Config;
use crate::i18n::Language;
use crate::kb::KnowledgeBase;
use crate::kb::OpenedKb;
use crate::session::unix_now;
use crate::ui::desktop::DesktopUi;
use crate::ui::desktop::file_dialog::{FileChooser, NativeDialogs};
use crate::ui::desktop::kb_problems::KbProblems;
use crate::ui::kiosk::{AppFacts, KioskRequest, KioskSettings, KioskUi};
use crate::ui::recording::RecordingDesk;
use crate::ui::recording::desk::{drop_veil, dropped_files};
use crate::ui::screens::{browse, outcome, start, symptoms, top_bar, workspace};
use crate::ui::state::{Action, AppState, Notice, Screen};
use crate::ui::{prefs, recovery, theme};

/// What `main` found before the window opened.
pub struct Startup {
    /// The knowledge base, its source and translations, and any translation that could not be used.
    pub opened: OpenedKb,
    /// The knowledge base asked for (command line or config) could not be used; the bundled one was opened.
    pub kb_problems: Option<KbProblems>,
    /// A knowledge base was named on the command line or in the config: the remembered one is not reopened.
    pub kb_chosen: bool,
    /// `--lang` was given: it wins over the language remembered from the last run.
    pub language_chosen: bool,
    pub config: Config,
    /// The config file read, if any.
    pub config_path: Option<PathBuf>,
    /// The config file could not be used (the app runs on defaults and says why).
    pub config_problem: Option<String>,
}

/// Desktop or counter kiosk, with each mode's own state.
enum Mode {
    Desktop(DesktopUi),
    Kiosk(KioskUi),
}

/// The MicDoctor window.
pub struct MicDoctorApp {
    pub state: AppState,
    mode: Mode,
    /// Finished cases are appended here (config `case_log_dir`).
    case_log_dir: Option<PathBuf>,
    /// Set by `MICDOCTOR_EXIT_AFTER_FIRST_FRAME=1`: close once the first frame is on screen (start-up timing).
    exit_after_first_frame: bool,
    frames: u64,
    /// When the last answer, fix outcome or undo was taken (`input.time`), to ignore double-clicks.
    last_case_edit_at: f64,
    faults_in_a_row: u32,
    simulated_fault: Option<String>,
    /// The language each new customer (kiosk) or a first run (desktop) starts in (config `language`).
    default_language: Language,
    /// Theme and zoom as of the last frame, for [`eframe::App::save`], which gets no context.
    view_settings: (egui::ThemePreference, f32),
    /// Recordings being measured, and the recording-check window.
    recordings: RecordingDesk,
}

/// A second answer this soon after the first is the other half of a double-click, not a decision.
const DOUBLE_CLICK_SECONDS: f64 = 0.2;

impl MicDoctorApp {
    /// The desktop app on `kb`, restoring what was remembered from the last run.
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, kb: KnowledgeBase, kb_source: String) -> Self {
        Self::launch(
            cc,
            Startup {
                opened: OpenedKb {
                    kb,
                    source: kb_source,
                    translations: crate::kb::overlay::bundled_all(),
                    problems: Vec::new(),
                },
                kb_problems: None,
                kb_chosen: true,
                language_chosen: false,
                config: Config::default(),
                config_path: None,
                config_problem: None,
            },
        )
    }

    /// The app as `main` starts it: kiosk or desktop per the config.
    #[must_use]
    pub fn launch(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        let Startup {
            opened,
            kb_problems,
            kb_chosen,
            language_chosen,
            config,
            config_path,
            config_problem,
        } = startup;
        let language = config.language;
        let translation_problems = opened.problem_lines();
        let mut state = AppState::opened(opened);
        state.set_language(language);
        if config.kiosk
            && let Some(pin_hash) = config.staff_pin_hash.clone()
        {
            let settings = KioskSettings {
                idle_seconds: config.idle_seconds,
                countdown_seconds: config.idle_countdown_seconds,
                zoom: config.kiosk_zoom,
                pin_hash,
                case_log_dir: config.case_log_dir,
                config_path,
            };
            let mut app = Self::kiosk_from_state(&cc.egui_ctx, state, settings);
            app.default_language = language;
            if let Mode::Kiosk(kiosk) = &mut app.mode {
                if let Some(problems) = kb_problems {
                    kiosk.staff_messages.push(crate::t!(
                        "kiosk-staff-message-kb-unusable",
                        file = problems.file.as_str(),
                        problems = problems.issues.join("; ")
                    ));
                }
                if !translation_problems.is_empty() {
                    kiosk.staff_messages.push(crate::t!(
                        "notice-translations-unusable",
                        problems = translation_problems.join("; ")
                    ));
                }
            }
            return app;
        }
        let mut app = Self::from_state(&cc.egui_ctx, state);
        app.default_language = language;
        app.case_log_dir = config.case_log_dir;
        if !translation_problems.is_empty() {
            app.state.notice = Some(Notice::problem(crate::t!(
                "notice-translations-unusable",
                problems = translation_problems.join("; ")
            )));
        }
        if let Some(problem) = config_problem {
            app.state.notice = Some(Notice::problem(crate::t!(
                "notice-config-problem",
                problem = problem
            )));
        }
        if let Some(storage) = cc.storage {
            app.restore(&cc.egui_ctx, storage, kb_chosen, language_chosen);
        }
        if let Mode::Desktop(desktop) = &mut app.mode
            && kb_problems.is_some()
        {
            desktop.kb_problems = kb_problems;
        }
        app
    }

    /// The desktop app over a prepared state, with MicDoctor's style and image loaders installed on `ctx`
    /// (benchmarks and tests drive it without a window).
    #[must_use]
    pub fn from_state(ctx: &egui::Context, state: AppState) -> Self {
        theme::install(ctx);
        egui_extras::install_image_loaders(ctx);
        Self {
            state,
            mode: Mode::Desktop(DesktopUi::new(Box::new(NativeDialogs))),
            case_log_dir: None,
            exit_after_first_frame: std::env::var_os("MICDOCTOR_EXIT_AFTER_FIRST_FRAME")
                .is_some_and(|v| v == "1"),
            frames: 0,
            last_case_edit_at: f64::NEG_INFINITY,
            faults_in_a_row: 0,
            simulated_fault: None,
            view_settings: (egui::ThemePreference::System, 1.0),
            default_language: Language::English,
            recordings: RecordingDesk::default(),
        }
    }

    /// The counter kiosk over a prepared state.
    #[must_use]
    pub fn kiosk_from_state(ctx: &egui::Context, state: AppState, settings: KioskSettings) -> Self {
        let mut app = Self::from_state(ctx, state);
        app.state.kiosk = true;
        app.case_log_dir.clone_from(&settings.case_log_dir);
        let kiosk = KioskUi::new(settings);
        kiosk.install(ctx);
        app.mode = Mode::Kiosk(kiosk);
        app
    }

    /// Replaces the file dialogs (tests use their own; the desktop app uses the system's).
    #[must_use]
    pub fn with_file_chooser(mut self, chooser: Box<dyn FileChooser>) -> Self {
        if let Mode::Desktop(desktop) = &mut self.mode {
            *desktop = DesktopUi::new(chooser);
        }
        self
    }

    /// True in counter kiosk mode.
    #[must_use]
    pub fn is_kiosk(&self) -> bool {
        matches!(self.mode, Mode::Kiosk(_))
    }

    /// What staff would read in the staff panel (kiosk mode), oldest first.
    #[must_use]
    pub fn staff_messages(&self) -> &[String] {
        match &self.mode {
            Mode::Kiosk(kiosk) => &kiosk.staff_messages,
            Mode::Desktop(_) => &[],
        }
    }

    /// True while a recording is being measured.
    #[must_use]
    pub fn measuring(&self) -> bool {
        self.recordings.busy()
    }

    /// Opens the staff PIN pad as the key chord or a long press would (kiosk mode).
    pub fn open_pin_pad(&mut self) {
        if let Mode::Kiosk(kiosk) = &mut self.mode {
            kiosk.open_pin_pad();
        }
    }

    /// Makes the next frame fail, to prove that a fault restarts the case instead of killing the app
    /// (used by the tests and the soak run).
    pub fn simulate_fault_next_frame(&mut self, message: &str) {
        self.simulated_fault = Some(message.to_owned());
    }

    /// Restores preferences, the last knowledge base and the unfinished case (desktop only).
    fn restore(
        &mut self,
        ctx: &egui::Context,
        storage: &dyn eframe::Storage,
        kb_chosen: bool,
        language_chosen: bool,
    ) {
        let restored = prefs::restore(storage);
        let mut notices = restored.notices;
        let preferences = restored.preferences;
        self.state.preferred_device = preferences.device;
        if let Some(language) = preferences.language
            && !language_chosen
        {
            self.state.set_language(language);
        }
        ctx.set_theme(preferences.theme);
        ctx.set_zoom_factor(preferences.zoom);
        if !kb_chosen
            && let Some(path) = &preferences.last_kb
            && let Mode::Desktop(desktop) = &mut self.mode
        {
            desktop.open_kb_file(path, &mut self.state);
            if desktop.kb_problems.is_none() {
                // Reopening what was open last time is not news.
                self.state.notice = None;
            }
        }
        if let Some(case) = restored.unfinished_case
            && self.state.offer_resume(case).is_err()
        {
            notices.push(crate::t!("notice-last-case-unfit"));
        }
        if !notices.is_empty() && self.state.notice.is_none() {
            self.state.notice = Some(Notice::problem(notices.join(" ")));
        }
    }

    /// For start-up timing: the first frame is presented once its pass returns, so the next pass closes
    /// the window before drawing anything. Returns true when the window is closing.
    fn exit_if_timing(&mut self, ctx: &egui::Context) -> bool {
        self.frames += 1;
        if !self.exit_after_first_frame {
            return false;
        }
        if self.frames == 1 {
            ctx.request_repaint();
            false
        } else {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            true
        }
    }

    /// Esc goes back one screen.
    fn back_target(&self) -> Option<Action> {
        if self.state.case_ui.recording_check.is_some() {
            return Some(Action::CloseRecordingCheck);
        }
        match self.state.screen {
            Screen::Start => None,
            Screen::Symptoms => Some(Action::BackFromSymptoms),
            Screen::Workspace => Some(Action::Go(Screen::Symptoms)),
            Screen::Outcome => Some(Action::BackFromOutcome),
            Screen::Browse(_) => Some(Action::Go(if self.state.session.is_some() {
                Screen::Workspace
            } else {
                Screen::Start
            })),
        }
    }

    /// True while a dialog or overlay owns the keyboard (Esc closes it rather than going back).
    fn overlay_open(&self) -> bool {
        self.state.confirming_start_over
            || match &self.mode {
                Mode::Desktop(desktop) => desktop.dialog_open(),
                Mode::Kiosk(kiosk) => kiosk.staff_overlay_open(),
            }
    }

    /// A frame failed: the case restarts and the fault is reported — to staff in the kiosk (the customer
    /// sees an apology), in the notice bar on the desktop (with the case offered back).
    fn recover(&mut self, ctx: &egui::Context, fault: &str) {
        self.faults_in_a_row += 1;
        if self.faults_in_a_row >= recovery::MAX_FAULTS_IN_A_ROW {
            eprintln!(
                "micdoctor: {}",
                crate::t!("app-fault-stopping", fault = fault)
            );
            std::process::exit(recovery::EXIT_UNRECOVERABLE);
        }
        let case = self.state.session.take();
        self.state.apply(Action::StartOver);
        match &mut self.mode {
            Mode::Kiosk(kiosk) => {
                self.state.reset_for_next_customer(self.default_language);
                kiosk
                    .staff_messages
                    .push(crate::t!("kiosk-staff-message-fault", fault = fault));
                self.state.notice = Some(Notice::problem(crate::t!("notice-fault-kiosk")));
            }
            Mode::Desktop(_) => {
                if let Some(case) = case.filter(|c| !c.history.is_empty()) {
                    self.state.resumable = Some(case);
                }
                self.state.notice = Some(Notice::problem(crate::t!(
                    "notice-fault-desktop",
                    fault = fault
                )));
            }
        }
        ctx.request_repaint();
    }

    /// Appends the case to the shop's log when it just reached its outcome (config `case_log_dir`).
    fn log_if_finished(&mut self, was_outcome: bool) {
        if was_outcome || self.state.screen != Screen::Outcome {
            return;
        }
        let (Some(dir), Some(session)) = (&self.case_log_dir, &self.state.session) else {
            return;
        };
        let logged = crate::case_log::entry(&self.state.kb, session, unix_now())
            .map_err(|err| err.to_string())
            .and_then(|entry| crate::case_log::append(dir, &entry).map_err(|err| err.to_string()));
        if let Err(err) = logged {
            let message = crate::t!(
                "notice-case-not-logged",
                code = session.case_code(),
                error = err
            );
            match &mut self.mode {
                Mode::Kiosk(kiosk) => kiosk.staff_messages.push(message),
                Mode::Desktop(_) => self.state.notice = Some(Notice::problem(message)),
            }
        }
    }
}

impl eframe::App for MicDoctorApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.draw(ui)));
        match drawn {
            Ok(()) => self.faults_in_a_row = 0,
            Err(payload) => {
                let fault = recovery::describe(payload.as_ref());
                self.recover(ui.ctx(), &fault);
            }
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        // The kiosk writes nothing about anyone to disk.
        let Mode::Desktop(desktop) = &self.mode else {
            return;
        };
        let (theme, zoom) = self.view_settings;
        let preferences = prefs::Preferences {
            device: self.state.preferred_device,
            language: Some(self.state.language),
            theme,
            zoom,
            last_kb: desktop.kb_file.clone(),
        };
        prefs::save(storage, &preferences, self.state.unfinished_case());
    }

    /// Preferences and cases are saved by [`Self::save`]; egui's own memory holds nothing worth keeping.
    fn persist_egui_memory(&self) -> bool {
        false
    }
}

impl MicDoctorApp {
    /// One frame of the whole window: menu or kiosk guards, top bar, the current screen, dialogs, then the
    /// user's actions.
    ///
    /// # Panics
    /// Only on purpose, after [`Self::simulate_fault_next_frame`]; `eframe::App::ui` catches it.
    pub fn draw(&mut self, ui: &mut egui::Ui) {
        if self.exit_if_timing(ui.ctx()) {
            return;
        }
        if let Some(fault) = self.simulated_fault.take() {
            panic!("{fault}");
        }
        let ctx = ui.ctx().clone();
        crate::i18n::set_current(self.state.language);
        let now = ctx.input(|i| i.time);
        let was_outcome = self.state.screen == Screen::Outcome;
        let case_before = self.state.case_id();
        // A knowledge base's own pictures, registered once (and again after memory is cleared).
        crate::ui::widgets::illustration::use_pictures_of(&ctx, &self.state.kb);
        self.view_settings = (ctx.options(|o| o.theme_preference), ctx.zoom_factor());
        let mut actions = Vec::new();
        if let Mode::Desktop(desktop) = &mut self.mode {
            Panel::top("menu_bar").show(ui, |ui| desktop.menu(ui, &mut self.state));
        }
        let title = Panel::top("top_bar")
            .show(ui, |ui| {
                ui.add_space(4.0);
                let title = top_bar::ui(ui, &self.state, &mut actions);
                ui.add_space(2.0);
                title
            })
            .inner;
        if let Mode::Kiosk(kiosk) = &mut self.mode {
            kiosk.watch_long_press(&ctx, &title, now);
        }
        if let Some(notice) = self.state.notice.clone() {
            Panel::bottom("notice").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    let color = if notice.is_problem {
                        theme::WARNING
                    } else {
                        theme::SUCCESS
                    };
                    ui.label(RichText::new(notice.text).color(color));
                    if ui.button(crate::t!("notice-dismiss")).clicked() {
                        self.state.notice = None;
                    }
                });
            });
        }
        egui::CentralPanel::default().show(ui, |ui| match self.state.screen {
            Screen::Start => start::ui(ui, &self.state, &mut actions),
            Screen::Symptoms => symptoms::ui(ui, &mut self.state, &mut actions),
            Screen::Workspace => workspace::ui(ui, &mut self.state, &mut actions),
            Screen::Outcome => outcome::ui(ui, &mut self.state, &mut actions),
            Screen::Browse(tab) => browse::ui(ui, &mut self.state, tab, &mut actions),
        });
        self.recordings.window(&ctx, &mut self.state, &mut actions);
        if self.state.confirming_start_over {
            confirm_start_over(&ctx, &mut actions);
        }
        let escape = !self.overlay_open()
            && ctx.input(|i| i.key_pressed(Key::Escape))
            && !ctx.memory(|m| m.focused().is_some());
        let kiosk_request = match &mut self.mode {
            Mode::Desktop(desktop) => {
                desktop.dialogs(&ctx, &mut self.state);
                None
            }
            Mode::Kiosk(kiosk) => {
                let facts = AppFacts {
                    kb_source: self.state.kb_source(),
                    kb_version: &self.state.kb.kb_version,
                    // A language picked and left behind is the customer's too.
                    something_to_clear: !self.state.is_pristine()
                        || self.state.language != self.default_language,
                };
                kiosk.after_frame(&ctx, &facts)
            }
        };
        if escape && let Some(back) = self.back_target() {
            actions.push(back);
        }
        actions.retain(|action| {
            let edits_case = matches!(
                action,
                Action::Answer(..) | Action::Fix(..) | Action::Undo(_)
            );
            if !edits_case {
                return true;
            }
            let too_soon = now - self.last_case_edit_at < DOUBLE_CLICK_SECONDS;
            if !too_soon {
                self.last_case_edit_at = now;
            }
            !too_soon
        });
        match kiosk_request {
            Some(KioskRequest::ResetForNextCustomer) => {
                actions.clear();
                self.state.reset_for_next_customer(self.default_language);
                ctx.request_discard("kiosk-reset");
            }
            Some(KioskRequest::NewCase) => actions.push(Action::StartOver),
            Some(KioskRequest::Exit) | None => {}
        }
        if let Mode::Desktop(desktop) = &mut self.mode {
            if actions.contains(&Action::SaveReport) {
                desktop.save_report(&mut self.state);
            }
            for action in &actions {
                if let Action::ChooseRecording(take) = action {
                    desktop.choose_recording(Some(*take));
                }
            }
            let mut files: Vec<_> = dropped_files(&ctx).into_iter().map(|p| (p, None)).collect();
            files.append(&mut desktop.chosen_recordings);
            drop_veil(&ctx, self.state.session.is_some());
            self.recordings
                .take_files(&ctx, &self.state, files, &mut actions);
        }
        self.recordings.collect(&self.state, &mut actions);
        if self.recordings.busy() {
            // The measuring threads wake the window as they go; this keeps the progress moving between.
            ctx.request_repaint_after(std::time::Duration::from_millis(200));
        }
        if !actions.is_empty() {
            for action in actions {
                self.state.apply(action);
            }
            // Redraw at once so everything derived from the new session shows in this same frame.
            ctx.request_discard("case-changed");
        }
        self.log_if_finished(was_outcome);
        if self.state.case_id() != case_before
            || kiosk_request == Some(KioskRequest::ResetForNextCustomer)
        {
            self.recordings.clear();
            // egui keeps every widget's state (scroll offsets, open sections) until told otherwise; a
            // finished case's states are of no use, and a kiosk would otherwise grow all day.
            ctx.memory_mut(|m| m.data.clear());
        }
    }
}

/// "Start a new case?" — discarding answers is never silent.
fn confirm_start_over(ctx: &egui::Context, actions: &mut Vec<Action>) {
    let modal = egui::Modal::new(egui::Id::unique("confirm_start_over")).show(ctx, |ui| {
        ui.set_max_width(380.0);
        ui.label(
            RichText::new(crate::t!("confirm-start-over-title"))
                .size(20.0)
                .strong(),
        );
        ui.label(crate::t!("confirm-start-over-body"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .add(theme::primary_button(crate::t!("confirm-start-over-yes")))
                .clicked()
            {
                actions.push(Action::StartOver);
            }
            if ui.button(crate::t!("confirm-start-over-keep")).clicked() {
                actions.push(Action::CancelStartOver);
            }
        });
    });
    if modal.should_close() && actions.is_empty() {
        actions.push(Action::CancelStartOver);
    }
}
