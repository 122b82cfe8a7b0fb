//! Idle reset: after a quiet spell the kiosk asks "Are you still there?", counts down, then clears the case.

use egui::RichText;

use crate::ui::theme;
use crate::ui::widgets::countdown::ring;
use micdoctor_core::i18n::Language;
use micdoctor_core::t;

/// What the idle watch says about this frame.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum IdleState {
    /// Nothing to do; look again in this many seconds (`None`: nothing to clear, no need to look).
    Quiet { check_in: Option<f64> },
    /// The overlay shows, with this many seconds left.
    Asking { seconds_left: f64 },
    /// The countdown ran out: clear the case now.
    Expired,
}

/// Tracks the time of the last input. Times are the UI clock (`ui.input(|i| i.time)`), in seconds.
#[derive(Debug, Clone)]
pub struct IdleWatch {
    /// Seconds without input before asking.
    pub idle_seconds: f64,
    /// Seconds the question counts down.
    pub countdown_seconds: f64,
    last_input: f64,
}

impl IdleWatch {
    #[must_use]
    pub fn new(idle_seconds: f64, countdown_seconds: f64) -> Self {
        Self {
            idle_seconds,
            countdown_seconds,
            last_input: 0.0,
        }
    }

    /// Advances the watch. `had_input`: any event arrived this frame; `something_to_clear`: a customer
    /// left something behind (a case, another screen, typed text).
    pub fn update(&mut self, now: f64, had_input: bool, something_to_clear: bool) -> IdleState {
        if had_input || !something_to_clear {
            self.last_input = now;
            return IdleState::Quiet {
                check_in: something_to_clear.then_some(self.idle_seconds),
            };
        }
        let quiet_for = now - self.last_input;
        if quiet_for < self.idle_seconds {
            return IdleState::Quiet {
                check_in: Some(self.idle_seconds - quiet_for),
            };
        }
        let seconds_left = self.idle_seconds + self.countdown_seconds - quiet_for;
        if seconds_left > 0.0 {
            IdleState::Asking { seconds_left }
        } else {
            self.last_input = now;
            IdleState::Expired
        }
    }
}

/// The "Are you still there?" overlay. Returns true when the customer says they are.
#[must_use]
pub fn overlay(
    lang: Language,
    ctx: &egui::Context,
    seconds_left: f64,
    countdown_seconds: f64,
) -> bool {
    let mut still_here = false;
    egui::Modal::new(egui::Id::unique("idle_overlay")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.vertical_centered(|ui| {
            ui.label(
                RichText::new(t!(lang, "kiosk-idle-title"))
                    .size(26.0)
                    .strong(),
            );
            ui.add_space(6.0);
            let seconds = whole_seconds(seconds_left);
            ui.label(t!(lang, "kiosk-idle-countdown", seconds = seconds));
            ui.add_space(6.0);
            let fraction = (seconds_left / countdown_seconds).clamp(0.0, 1.0) as f32;
            let _ = ring(ui, fraction, seconds_left, 96.0);
            ui.add_space(10.0);
            still_here = ui
                .add(theme::primary_button(t!(lang, "kiosk-idle-still-here")))
                .clicked();
        });
    });
    still_here
}

/// Seconds to show on a countdown: rounded up, never negative.
#[must_use]
// Clamped to 0..=86400 first, so the cast loses no sign.
#[allow(clippy::cast_sign_loss)]
pub fn whole_seconds(seconds: f64) -> u32 {
    seconds.ceil().clamp(0.0, 86_400.0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asks_after_the_quiet_spell_then_expires_after_the_countdown() {
        let mut watch = IdleWatch::new(120.0, 15.0);
        assert_eq!(
            watch.update(0.0, true, true),
            IdleState::Quiet {
                check_in: Some(120.0)
            }
        );
        assert_eq!(
            watch.update(100.0, false, true),
            IdleState::Quiet {
                check_in: Some(20.0)
            }
        );
        assert_eq!(
            watch.update(125.0, false, true),
            IdleState::Asking { seconds_left: 10.0 }
        );
        assert_eq!(watch.update(135.0, false, true), IdleState::Expired);
        // After the reset, the clock starts again.
        assert_eq!(
            watch.update(136.0, false, true),
            IdleState::Quiet {
                check_in: Some(119.0)
            }
        );
    }

    #[test]
    fn any_input_during_the_countdown_keeps_the_case() {
        let mut watch = IdleWatch::new(120.0, 15.0);
        watch.update(0.0, true, true);
        assert!(matches!(
            watch.update(130.0, false, true),
            IdleState::Asking { .. }
        ));
        assert_eq!(
            watch.update(131.0, true, true),
            IdleState::Quiet {
                check_in: Some(120.0)
            }
        );
        assert!(matches!(
            watch.update(200.0, false, true),
            IdleState::Quiet { .. }
        ));
    }

    #[test]
    fn nothing_to_clear_never_asks_and_needs_no_wake_up() {
        let mut watch = IdleWatch::new(120.0, 15.0);
        assert_eq!(
            watch.update(0.0, false, false),
            IdleState::Quiet { check_in: None }
        );
        assert_eq!(
            watch.update(10_000.0, false, false),
            IdleState::Quiet { check_in: None }
        );
        // The quiet spell counts from when there was first something to clear.
        assert_eq!(
            watch.update(10_050.0, false, true),
            IdleState::Quiet {
                check_in: Some(70.0)
            }
        );
    }
}
