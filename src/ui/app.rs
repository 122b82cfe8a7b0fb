//! The `eframe::App`: top bar, the current screen, keyboard shortcuts, persistence of preferences.

use egui::{Key, Panel, RichText};
use serde::{Deserialize, Serialize};

use crate::kb::{DeviceProfile, KnowledgeBase};
use crate::ui::screens::{browse, outcome, start, symptoms, top_bar, workspace};
use crate::ui::state::{Action, AppState, Screen};
use crate::ui::theme;

/// Preferences remembered between runs.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
struct Preferences {
    device: DeviceProfile,
}

const PREFERENCES_KEY: &str = "micdoctor.preferences";

/// The MicDoctor window.
pub struct MicDoctorApp {
    pub state: AppState,
    /// Set by `MICDOCTOR_EXIT_AFTER_FIRST_FRAME=1`: close once the first frame is on screen (start-up timing).
    exit_after_first_frame: bool,
    frames: u64,
    /// When the last answer, fix outcome or undo was taken (`input.time`), to ignore double-clicks.
    last_case_edit_at: f64,
}

/// A second answer this soon after the first is the other half of a double-click, not a decision.
const DOUBLE_CLICK_SECONDS: f64 = 0.2;

impl MicDoctorApp {
    /// Sets up style and image loaders and restores preferences.
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, kb: KnowledgeBase, kb_source: String) -> Self {
        let mut state = AppState::new(kb, kb_source);
        if let Some(storage) = cc.storage
            && let Some(preferences) = eframe::get_value::<Preferences>(storage, PREFERENCES_KEY)
        {
            state.preferred_device = preferences.device;
        }
        Self::from_state(&cc.egui_ctx, state)
    }

    /// The app over a prepared state, with MicDoctor's style and image loaders installed on `ctx`
    /// (benchmarks and tests drive it without a window).
    #[must_use]
    pub fn from_state(ctx: &egui::Context, state: AppState) -> Self {
        theme::install(ctx);
        egui_extras::install_image_loaders(ctx);
        Self {
            state,
            exit_after_first_frame: std::env::var_os("MICDOCTOR_EXIT_AFTER_FIRST_FRAME")
                .is_some_and(|v| v == "1"),
            frames: 0,
            last_case_edit_at: f64::NEG_INFINITY,
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
}

impl eframe::App for MicDoctorApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.draw(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(
            storage,
            PREFERENCES_KEY,
            &Preferences {
                device: self.state.preferred_device,
            },
        );
    }
}

impl MicDoctorApp {
    /// One frame of the whole window: top bar, the current screen, dialogs, then the user's actions.
    pub fn draw(&mut self, ui: &mut egui::Ui) {
        if self.exit_if_timing(ui.ctx()) {
            return;
        }
        let mut actions = Vec::new();
        Panel::top("top_bar").show(ui, |ui| {
            ui.add_space(4.0);
            top_bar::ui(ui, &self.state, &mut actions);
            ui.add_space(2.0);
        });
        if let Some(notice) = self.state.notice.clone() {
            Panel::bottom("notice").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(notice).color(theme::WARNING));
                    if ui.button("Dismiss").clicked() {
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
        if self.state.confirming_start_over {
            confirm_start_over(ui.ctx(), &mut actions);
        }
        let escape = !self.state.confirming_start_over
            && ui.input(|i| i.key_pressed(Key::Escape))
            && !ui.ctx().memory(|m| m.focused().is_some());
        if escape && let Some(back) = self.back_target() {
            actions.push(back);
        }
        let now = ui.input(|i| i.time);
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
        if !actions.is_empty() {
            for action in actions {
                self.state.apply(action);
            }
            // Redraw at once so everything derived from the new session shows in this same frame.
            ui.ctx().request_discard("the case changed");
        }
    }
}

/// "Start a new case?" — discarding answers is never silent.
fn confirm_start_over(ctx: &egui::Context, actions: &mut Vec<Action>) {
    let modal = egui::Modal::new(egui::Id::unique("confirm_start_over")).show(ctx, |ui| {
        ui.set_max_width(380.0);
        ui.label(RichText::new("Start a new case?").size(20.0).strong());
        ui.label("The answers and fixes of this case will be cleared.");
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.add(theme::primary_button("Start a new case")).clicked() {
                actions.push(Action::StartOver);
            }
            if ui.button("Keep this case").clicked() {
                actions.push(Action::CancelStartOver);
            }
        });
    });
    if modal.should_close() && actions.is_empty() {
        actions.push(Action::CancelStartOver);
    }
}
