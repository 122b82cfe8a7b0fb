//! Counter kiosk mode: the touch-first style, idle reset, the staff PIN gate and desk, and no way from the
//! UI to the desktop (closing is refused, keyboard zoom is off, links never open a browser).

pub mod idle;
pub mod pin_pad;
pub mod staff_case;
pub mod staff_cases;
pub mod staff_desk;
pub mod staff_panel;
pub mod staff_repair;
pub mod staff_table;

use std::path::PathBuf;
use std::time::Duration;

use egui::{Key, KeyboardShortcut, Modifiers};

use micdoctor_store::StoreWriter;

use crate::ui::command::Command;
use idle::{IdleState, IdleWatch};
use micdoctor_core::i18n::Language;
use micdoctor_core::pin::{PinGate, PinOutcome};
use micdoctor_core::t;
use pin_pad::{PinPad, PinPadEvent};
use staff_panel::{StaffChoice, StaffView};

/// Holding the app's name this long opens the PIN pad.
pub const LONG_PRESS_SECONDS: f64 = 2.0;
/// The key chord that opens the PIN pad from a keyboard.
pub const STAFF_CHORD: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::CTRL.plus(Modifiers::ALT), Key::S);

/// How the shop set the kiosk up (from the config file).
#[derive(Debug, Clone)]
pub struct KioskSettings {
    pub idle_seconds: u32,
    pub countdown_seconds: u32,
    pub zoom: f32,
    pub pin_hash: String,
    /// The case store (config `case_store`, or `case_log_dir`'s), shown to staff.
    pub case_store: Option<micdoctor_store::StoreLocation>,
    pub config_path: Option<PathBuf>,
    /// Whether staff may keep a customer's name and phone with a case (config `customer_contact`).
    pub customer_contact: bool,
}

/// Facts about the app the staff desk shows.
pub struct AppFacts<'a> {
    pub kb: &'a micdoctor_core::kb::KnowledgeBase,
    pub kb_source: &'a str,
    pub kb_version: &'a str,
    /// A customer left something behind that an idle reset would clear.
    pub something_to_clear: bool,
}

/// What the kiosk's overlays asked for this frame.
enum Request {
    /// The customer walked away: clear everything they left.
    ResetForNextCustomer,
    /// Staff asked for a fresh case.
    NewCase,
    /// Staff asked to quit.
    Exit,
}

/// The kiosk's own state, beside the app state.
pub struct KioskUi {
    pub settings: KioskSettings,
    idle: IdleWatch,
    gate: PinGate,
    pin_pad: Option<PinPad>,
    staff_open: bool,
    /// Problems for staff (faults caught, a knowledge base that failed), oldest first.
    pub staff_messages: Vec<String>,
    exit_allowed: bool,
    long_press_since: Option<f64>,
    /// Times the window was asked to cover the monitor (for X servers without a window manager, which
    /// ignore the fullscreen request).
    fit_requests: u8,
    /// The staff desk's cases and open case (boxed: the kiosk's state is otherwise small).
    cases: Box<staff_cases::StaffCases>,
}

impl KioskUi {
    #[must_use]
    pub fn new(settings: KioskSettings) -> Self {
        let idle = IdleWatch::new(
            f64::from(settings.idle_seconds),
            f64::from(settings.countdown_seconds),
        );
        let mut cases = Box::<staff_cases::StaffCases>::default();
        cases.contact_allowed = settings.customer_contact;
        // The shop's time zone, read once here rather than while drawing.
        cases.clock = crate::clock::LocalClock::system();
        Self {
            settings,
            idle,
            gate: PinGate::default(),
            pin_pad: None,
            staff_open: false,
            staff_messages: Vec::new(),
            exit_allowed: false,
            long_press_since: None,
            fit_requests: 0,
            cases,
        }
    }

    /// The touch-first style: zoomed, keyboard zoom off, no hover tooltips (a finger does not hover, and a
    /// tooltip left behind would sit on top of the overlays).
    pub fn install(&self, ctx: &egui::Context) {
        ctx.set_zoom_factor(self.settings.zoom);
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        ctx.all_styles_mut(|style| style.interaction.tooltip_delay = f32::INFINITY);
    }

    /// True while the PIN pad or the staff desk is open.
    #[must_use]
    pub fn staff_overlay_open(&self) -> bool {
        self.pin_pad.is_some() || self.staff_open
    }

    /// Takes an answer of the store thread meant for the staff desk; gives back any other.
    pub fn receive_store(
        &mut self,
        lang: Language,
        done: micdoctor_store::Done,
    ) -> Option<micdoctor_store::Done> {
        self.cases.receive(lang, done)
    }

    /// Opens the PIN pad (the key chord, a long press, or a test).
    pub fn open_pin_pad(&mut self) {
        if !self.staff_open {
            self.pin_pad.get_or_insert_with(PinPad::default);
        }
    }

    /// Watches a press on the app's name; held for [`LONG_PRESS_SECONDS`] it opens the PIN pad.
    pub fn watch_long_press(&mut self, ctx: &egui::Context, title: &egui::Response, now: f64) {
        // Followed by hand: egui stops counting a press as a click once it outlasts a click.
        let held = ctx.input(|i| {
            i.pointer.primary_down()
                && i.pointer
                    .press_origin()
                    .is_some_and(|p| title.rect.contains(p))
                && i.pointer
                    .interact_pos()
                    .is_some_and(|p| title.rect.contains(p))
        });
        if held {
            let since = *self.long_press_since.get_or_insert(now);
            if now - since >= LONG_PRESS_SECONDS {
                self.long_press_since = None;
                self.open_pin_pad();
            } else {
                ctx.request_repaint_after(Duration::from_millis(100));
            }
        } else {
            self.long_press_since = None;
        }
    }

    /// Everything the kiosk does once the screen is drawn: refuse closing, the staff chord, the
    /// overlays, idle reset. Returns what the app must do; quitting (staff only) it does itself.
    pub fn after_frame(
        &mut self,
        lang: Language,
        ctx: &egui::Context,
        facts: &AppFacts<'_>,
        store: Option<&mut StoreWriter>,
    ) -> Option<Command> {
        let now = ctx.input(|i| i.time);
        self.cover_the_monitor(ctx);
        if ctx.input(|i| i.viewport().close_requested()) && !self.exit_allowed {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&STAFF_CHORD)) {
            self.open_pin_pad();
        }
        ctx.output_mut(|o| {
            o.commands
                .retain(|c| !matches!(c, egui::OutputCommand::OpenUrl(_)));
        });
        let mut request = self.staff_overlays(lang, ctx, now, facts, store);
        if request.is_none() {
            request = self.idle(lang, ctx, now, facts.something_to_clear);
        }
        match request? {
            Request::ResetForNextCustomer => Some(Command::ResetForNextCustomer),
            Request::NewCase => Some(Command::StartOver),
            Request::Exit => {
                self.exit_allowed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                None
            }
        }
    }

    /// Without a window manager nobody honours "fullscreen": size and place the window by hand.
    fn cover_the_monitor(&mut self, ctx: &egui::Context) {
        let (monitor, inner) = ctx.input(|i| (i.viewport().monitor_size, i.viewport().inner_rect));
        let (Some(monitor), Some(inner)) = (monitor, inner) else {
            return;
        };
        if self.fit_requests < 3 && (inner.size() - monitor).length() > 1.0 {
            self.fit_requests += 1;
            ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(egui::Pos2::ZERO));
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(monitor));
        }
    }

    fn staff_overlays(
        &mut self,
        lang: Language,
        ctx: &egui::Context,
        now: f64,
        facts: &AppFacts<'_>,
        store: Option<&mut StoreWriter>,
    ) -> Option<Request> {
        if let Some(pad) = &mut self.pin_pad {
            match pad.show(lang, ctx, self.gate.locked_for(now)) {
                Some(PinPadEvent::Submit { pin, name }) => {
                    match self.gate.try_pin(&self.settings.pin_hash, &pin, now) {
                        PinOutcome::Accepted => {
                            self.pin_pad = None;
                            self.staff_open = true;
                            self.cases.staff = name;
                            // Today's cases as they are now.
                            self.cases.reload();
                        }
                        PinOutcome::Wrong { tries_left } => {
                            pad.message = Some(t!(lang, "kiosk-pin-wrong", tries = tries_left));
                        }
                        PinOutcome::Locked { .. } => pad.message = None,
                    }
                }
                Some(PinPadEvent::Cancel) => self.pin_pad = None,
                None => {}
            }
            return None;
        }
        if !self.staff_open {
            return None;
        }
        let view = StaffView {
            language: lang,
            kb: facts.kb,
            messages: &self.staff_messages,
            kb_source: facts.kb_source,
            kb_version: facts.kb_version,
            case_store: self.settings.case_store.as_ref(),
            idle_seconds: self.settings.idle_seconds,
            countdown_seconds: self.settings.countdown_seconds,
            config_path: self.settings.config_path.as_deref(),
        };
        let choice = staff_desk::show(ctx, &view, &mut self.cases, store.is_some());
        // What the desk asked of the store goes to its thread now that the frame is drawn.
        let jobs = self.cases.take_jobs();
        if let Some(store) = store {
            for job in jobs {
                store.send(job);
            }
        }
        match choice? {
            StaffChoice::BackToCounter => self.staff_open = false,
            StaffChoice::ClearMessages => self.staff_messages.clear(),
            StaffChoice::NewCase => {
                self.staff_open = false;
                return Some(Request::NewCase);
            }
            StaffChoice::Exit => return Some(Request::Exit),
        }
        None
    }

    fn idle(
        &mut self,
        lang: Language,
        ctx: &egui::Context,
        now: f64,
        something_to_clear: bool,
    ) -> Option<Request> {
        let had_input = ctx.input(|i| !i.events.is_empty() || i.pointer.any_down());
        // Staff at work are not an idle customer.
        let something_to_clear = something_to_clear && !self.staff_overlay_open();
        match self.idle.update(now, had_input, something_to_clear) {
            IdleState::Quiet { check_in } => {
                if let Some(seconds) = check_in {
                    ctx.request_repaint_after(Duration::from_secs_f64(seconds));
                }
                None
            }
            IdleState::Asking { seconds_left } => {
                if idle::overlay(lang, ctx, seconds_left, self.idle.countdown_seconds) {
                    self.idle.update(now, true, something_to_clear);
                } else {
                    // Wake for the next whole second of the countdown.
                    let to_next_second = seconds_left - (seconds_left.ceil() - 1.0);
                    ctx.request_repaint_after(Duration::from_secs_f64(to_next_second.max(0.05)));
                }
                None
            }
            IdleState::Expired => Some(Request::ResetForNextCustomer),
        }
    }
}
