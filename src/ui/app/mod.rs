//! The `eframe::App`: how it starts (desktop or kiosk, config, what is remembered between runs), faults
//! caught per frame, and saving on exit. The frame itself is `frame.rs`; effects are run in `effects.rs`.

mod effects;
mod frame;
mod hooks;

use std::path::PathBuf;
use std::sync::Arc;

use micdoctor_core::config::{Config, ConfigError};
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::KnowledgeBase;
use micdoctor_core::kb::OpenedKb;
use micdoctor_core::learn::LearnError;
use micdoctor_store::StoreWriter;

use crate::ui::command::Command;
use crate::ui::desktop::DesktopUi;
use crate::ui::desktop::file_dialog::{FileChooser, NativeDialogs};
use crate::ui::desktop::kb_problems::KbProblems;
use crate::ui::kiosk::{KioskSettings, KioskUi};
use crate::ui::phone::PhoneDesk;
use crate::ui::recording::RecordingDesk;
use crate::ui::state::{AppState, Notice, notice};
use crate::ui::{prefs, recovery, theme};
use hooks::Hooks;
use micdoctor_core::t;

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
    pub config_problem: Option<ConfigError>,
    /// The learned priors the config names (this file) could not be read (the knowledge base's own are
    /// used).
    pub learned_problem: Option<(PathBuf, LearnError)>,
    /// The shop's learned priors read from config `learned`: applied to whichever knowledge base is open
    /// once start-up is done (the one named, or the one reopened from the last run).
    pub learned: Option<micdoctor_core::learn::Learned>,
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
    /// The store thread: cases are sent to it when they start and at every outcome (config
    /// `case_store`), and the staff desk's reads and records go through it.
    store: Option<StoreWriter>,
    /// Test and benchmark hooks.
    hooks: Hooks,
    /// When the last answer, fix outcome or undo was taken (`input.time`), to ignore double-clicks.
    last_case_edit_at: f64,
    faults_in_a_row: u32,
    /// Theme and zoom as of the last frame, for [`eframe::App::save`], which gets no context.
    view_settings: (egui::ThemePreference, f32),
    /// Recordings being measured, and the recording-check window.
    recordings: RecordingDesk,
    /// The App Privacy Report being read, if any.
    privacy_reading: crate::ui::privacy::reading::PrivacyReading,
    /// "Send from the iPhone": the phone bridge and its QR card.
    phone: PhoneDesk,
}

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
                    translations: micdoctor_core::kb::overlay::bundled_all(),
                    problems: Vec::new(),
                },
                kb_problems: None,
                kb_chosen: true,
                language_chosen: false,
                config: Config::default(),
                config_path: None,
                config_problem: None,
                learned_problem: None,
                learned: None,
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
            learned_problem,
            learned,
        } = startup;
        let language = config.language;
        let phone = crate::ui::phone::settings::from_config(&config.phone_bridge);
        // What is said at start-up, before a customer picks one, is said in the shop's language.
        let lang = language;
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
                case_store: config.store_location(),
                config_path,
                customer_contact: config.customer_contact,
            };
            let mut app = Self::kiosk_from_state(&cc.egui_ctx, state, settings);
            if let Some(phone) = phone {
                app = app.with_phone_bridge(phone);
            }
            app.state.default_language = language;
            app.import_old_log(config.case_log_dir.as_deref());
            app.use_learned(learned, config.learned.as_deref());
            if let Mode::Kiosk(kiosk) = &mut app.mode {
                if let Some(problems) = kb_problems {
                    kiosk.staff_messages.push(t!(
                        lang,
                        "kiosk-staff-message-kb-unusable",
                        file = problems.file.as_str(),
                        problems = problems.issues(lang).join("; ")
                    ));
                }
                if !translation_problems.is_empty() {
                    kiosk.staff_messages.push(t!(
                        lang,
                        "notice-translations-unusable",
                        problems = translation_problems.join("; ")
                    ));
                }
                if let Some((path, err)) = learned_problem {
                    kiosk
                        .staff_messages
                        .push(learned_unusable(&path, &err, lang));
                }
            }
            return app;
        }
        let mut app = Self::from_state(&cc.egui_ctx, state);
        if let Some(phone) = phone {
            app = app.with_phone_bridge(phone);
        }
        app.state.default_language = language;
        app.open_store(&cc.egui_ctx, config.store_location());
        app.import_old_log(config.case_log_dir.as_deref());
        // Every start-up notice is shown, one after another: the broken config first.
        if let Some(problem) = config_problem {
            let problem = Arc::new(problem);
            app.state.tell(Notice::problem(move |language| {
                t!(
                    language,
                    "notice-config-problem",
                    problem = problem.in_words(language)
                )
            }));
        }
        if !translation_problems.is_empty() {
            app.state.tell(notice!(
                problem,
                "notice-translations-unusable",
                problems = translation_problems.join("; ")
            ));
        }
        if let Some((path, err)) = learned_problem {
            let err = Arc::new(err);
            app.state.tell(Notice::problem(move |language| {
                learned_unusable(&path, &err, language)
            }));
        }
        if let Some(storage) = cc.storage {
            app.restore(&cc.egui_ctx, storage, kb_chosen, language_chosen);
        }
        // The knowledge base is now the one that stays open: the shop's priors go on it.
        app.use_learned(learned, config.learned.as_deref());
        if let Mode::Desktop(desktop) = &mut app.mode
            && kb_problems.is_some()
        {
            desktop.kb_problems = kb_problems;
        }
        app
    }

    /// Puts the shop's learned priors (read from `file`) on the knowledge base open now, and logs once, in
    /// the store's staff log, that they are in force; priors that do not fit it are said instead.
    fn use_learned(
        &mut self,
        learned: Option<micdoctor_core::learn::Learned>,
        file: Option<&std::path::Path>,
    ) {
        let (Some(learned), Some(file)) = (learned, file) else {
            return;
        };
        match micdoctor_core::learn::apply(&self.state.kb, &learned) {
            Ok(kb) => {
                self.state.kb = kb;
                self.log_learned(file);
            }
            Err(err) => {
                let path = file.to_owned();
                let err = Arc::new(err);
                self.tell_staff(Notice::problem(move |language| {
                    learned_unusable(&path, &err, language)
                }));
            }
        }
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
            store: None,
            hooks: Hooks::from_env(),
            last_case_edit_at: f64::NEG_INFINITY,
            faults_in_a_row: 0,
            view_settings: (egui::ThemePreference::System, 1.0),
            recordings: RecordingDesk::default(),
            privacy_reading: crate::ui::privacy::reading::PrivacyReading::default(),
            phone: PhoneDesk::default(),
        }
    }

    /// The counter kiosk over a prepared state.
    #[must_use]
    pub fn kiosk_from_state(ctx: &egui::Context, state: AppState, settings: KioskSettings) -> Self {
        let mut app = Self::from_state(ctx, state);
        app.state.kiosk = true;
        app.open_store(ctx, settings.case_store.clone());
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

    /// Offers "Send from the iPhone", opening the phone bridge with `settings` (its address and port:
    /// tests give 127.0.0.1).
    #[must_use]
    pub fn with_phone_bridge(mut self, settings: micdoctor_bridge::BridgeSettings) -> Self {
        self.phone = PhoneDesk::new(settings);
        self.state.phone_bridge = true;
        self
    }

    /// The upload page's address while the QR card is shown.
    #[must_use]
    pub fn phone_link(&self) -> Option<&str> {
        self.phone.link()
    }

    /// True in counter kiosk mode.
    #[must_use]
    pub fn is_kiosk(&self) -> bool {
        matches!(self.mode, Mode::Kiosk(_))
    }

    /// What staff would read at the staff desk (kiosk mode), oldest first.
    #[must_use]
    pub fn staff_messages(&self) -> &[String] {
        match &self.mode {
            Mode::Kiosk(kiosk) => &kiosk.staff_messages,
            Mode::Desktop(_) => &[],
        }
    }

    /// Writes cases through `keeper` instead of the config's store (tests give it a slow store, or one
    /// that watches which thread calls it).
    #[must_use]
    pub fn with_case_store(mut self, ctx: &egui::Context, keeper: micdoctor_store::Keeper) -> Self {
        self.store = self.store_thread(ctx, keeper);
        self
    }

    /// Waits, at most `limit`, until the store thread has done everything sent to it; true when it has.
    /// For tests and the app's exit, never in a frame.
    #[must_use]
    pub fn case_store_settled(&self, limit: std::time::Duration) -> bool {
        self.store.as_ref().is_none_or(|store| store.settle(limit))
    }

    /// True while a recording is being measured.
    #[must_use]
    pub fn measuring(&self) -> bool {
        self.recordings.busy()
    }

    /// True while the kiosk's PIN pad or staff desk covers the customer's screen.
    #[must_use]
    pub fn staff_overlay_open(&self) -> bool {
        matches!(&self.mode, Mode::Kiosk(kiosk) if kiosk.staff_overlay_open())
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
        self.hooks.fault_next_frame(message);
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
            && let Some(reopen) = desktop.open_kb(path)
        {
            // Reopening what was open last time is not news; what start-up had to say still is.
            let said = self.state.notice.take();
            self.state.apply(reopen);
            self.state.notice = said;
        }
        if let Some(case) = restored.unfinished_case
            && self.state.offer_resume(case).is_err()
        {
            notices.push("notice-last-case-unfit");
        }
        if !notices.is_empty() {
            self.state.tell(Notice::problem(move |language| {
                let said: Vec<String> = notices
                    .iter()
                    .map(|id| micdoctor_core::i18n::message(language, id, None))
                    .collect();
                said.join(" ")
            }));
        }
    }

    /// A frame failed: the case restarts and the fault is reported — to staff in the kiosk (the customer
    /// sees an apology), in the notice bar on the desktop (with the case offered back).
    fn recover(&mut self, ctx: &egui::Context, fault: &str) {
        let lang = self.state.language;
        self.faults_in_a_row += 1;
        if self.faults_in_a_row >= recovery::MAX_FAULTS_IN_A_ROW {
            eprintln!(
                "micdoctor: {}",
                t!(lang, "app-fault-stopping", fault = fault)
            );
            std::process::exit(recovery::EXIT_UNRECOVERABLE);
        }
        let case = self.state.session.take();
        self.state.apply(Command::StartOver);
        match &mut self.mode {
            Mode::Kiosk(kiosk) => {
                self.state.apply(Command::ResetForNextCustomer);
                kiosk
                    .staff_messages
                    .push(t!(lang, "kiosk-staff-message-fault", fault = fault));
                self.state.notice = Some(notice!(problem, "notice-fault-kiosk"));
            }
            Mode::Desktop(_) => {
                if let Some(case) = case.filter(|c| !c.history.is_empty()) {
                    self.state.resumable = Some(case);
                }
                self.state.notice = Some(notice!(
                    problem,
                    "notice-fault-desktop",
                    fault = fault.to_owned()
                ));
            }
        }
        ctx.request_repaint();
    }
}

impl eframe::App for MicDoctorApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let lang = self.state.language;
        let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.draw(ui)));
        match drawn {
            Ok(()) => self.faults_in_a_row = 0,
            Err(payload) => {
                let fault = recovery::describe(lang, payload.as_ref());
                self.recover(ui.ctx(), &fault);
            }
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        // The kiosk writes nothing about anyone to disk.
        let Mode::Desktop(_) = &self.mode else {
            return;
        };
        let (theme, zoom) = self.view_settings;
        let preferences = prefs::Preferences {
            device: self.state.preferred_device,
            language: Some(self.state.language),
            theme,
            zoom,
            last_kb: self.state.kb_file.clone(),
        };
        prefs::save(storage, &preferences, self.state.unfinished_case());
    }

    /// The last snapshots sent to the case store get a moment to be written before the app ends.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        let _ = self.case_store_settled(std::time::Duration::from_secs(3));
    }

    /// Preferences and cases are saved by [`Self::save`]; egui's own memory holds nothing worth keeping.
    fn persist_egui_memory(&self) -> bool {
        false
    }
}

/// "The learned priors in … cannot be used (why)" in `language`.
fn learned_unusable(path: &std::path::Path, err: &LearnError, language: Language) -> String {
    t!(
        language,
        "notice-learned-unusable",
        path = path.display().to_string(),
        error = err.in_words(language)
    )
}
