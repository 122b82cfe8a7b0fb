//! The staff PIN pad: who is there (a name, kept with every staff action), large digit keys for a touch
//! screen (the keyboard's digits work too), dots for what was typed, and the gate's answer in words.

use egui::{Button, Key, RichText, TextEdit, Ui, vec2};

use crate::ui::theme;
use micdoctor_core::i18n::Language;
use micdoctor_core::pin::PIN_DIGITS;
use micdoctor_core::t;

/// What the pad asks for this frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinPadEvent {
    /// The PIN typed, and the name of who typed it.
    Submit {
        pin: String,
        name: String,
    },
    Cancel,
}

/// The name and digits typed so far and the last message to show.
#[derive(Debug, Default)]
pub struct PinPad {
    pub name: String,
    pub entered: String,
    pub message: Option<String>,
}

const KEY_SIZE: egui::Vec2 = vec2(84.0, 56.0);

impl PinPad {
    /// Draws the pad as a modal. `locked_for`: seconds the gate refuses tries.
    pub fn show(
        &mut self,
        lang: Language,
        ctx: &egui::Context,
        locked_for: Option<f64>,
    ) -> Option<PinPadEvent> {
        let mut event = None;
        let modal = egui::Modal::new(egui::Id::unique("staff_pin_pad")).show(ctx, |ui| {
            event = self.ui(lang, ui, locked_for);
        });
        if modal.should_close() && event.is_none() {
            event = Some(PinPadEvent::Cancel);
        }
        if event.is_some() {
            self.entered.clear();
        }
        event
    }

    fn ui(&mut self, lang: Language, ui: &mut Ui, locked_for: Option<f64>) -> Option<PinPadEvent> {
        let mut event = None;
        ui.vertical_centered(|ui| {
            ui.label(
                RichText::new(t!(lang, "kiosk-pin-title"))
                    .size(24.0)
                    .strong(),
            );
            let name_field = ui.horizontal(|ui| {
                let label = ui.label(t!(lang, "kiosk-cases-staff-name"));
                ui.add(TextEdit::singleline(&mut self.name).desired_width(200.0))
                    .labelled_by(label.id)
            });
            let typing_name = name_field.inner.has_focus();
            self.dots(lang, ui);
            if let Some(seconds) = locked_for {
                ui.label(
                    RichText::new(t!(
                        lang,
                        "kiosk-pin-locked",
                        seconds = super::idle::whole_seconds(seconds)
                    ))
                    .color(theme::WARNING),
                );
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_secs(1));
            } else if let Some(message) = &self.message {
                ui.label(RichText::new(message).color(theme::WARNING));
            } else if self.name.trim().is_empty() && PIN_DIGITS.contains(&self.entered.len()) {
                ui.label(RichText::new(t!(lang, "kiosk-pin-name-needed")).color(theme::WARNING));
            }
            ui.add_space(6.0);
            let enabled = locked_for.is_none();
            egui::Grid::new("pin_keys")
                .spacing(vec2(10.0, 10.0))
                .show(ui, |ui| {
                    for row in [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"]] {
                        for digit in row {
                            self.digit_key(ui, digit, enabled);
                        }
                        ui.end_row();
                    }
                    if ui
                        .add_enabled(
                            enabled,
                            Button::new(t!(lang, "kiosk-pin-clear")).min_size(KEY_SIZE),
                        )
                        .clicked()
                    {
                        self.entered.clear();
                    }
                    self.digit_key(ui, "0", enabled);
                    let ready = enabled && self.ready();
                    if ui
                        .add_enabled(
                            ready,
                            theme::primary_button(t!(lang, "kiosk-pin-ok")).min_size(KEY_SIZE),
                        )
                        .clicked()
                    {
                        event = Some(self.submit());
                    }
                    ui.end_row();
                });
            ui.add_space(6.0);
            if ui
                .add(Button::new(t!(lang, "kiosk-pin-cancel")).min_size(vec2(272.0, 56.0)))
                .clicked()
            {
                event = Some(PinPadEvent::Cancel);
            }
            if enabled && event.is_none() && !typing_name {
                event = self.keyboard(ui);
            }
        });
        event
    }

    /// A PIN of the right length and a name.
    fn ready(&self) -> bool {
        PIN_DIGITS.contains(&self.entered.len()) && !self.name.trim().is_empty()
    }

    fn submit(&self) -> PinPadEvent {
        PinPadEvent::Submit {
            pin: self.entered.clone(),
            name: self.name.trim().to_owned(),
        }
    }

    fn digit_key(&mut self, ui: &mut Ui, digit: &str, enabled: bool) {
        let key = Button::new(RichText::new(digit).size(24.0)).min_size(KEY_SIZE);
        if ui.add_enabled(enabled, key).clicked() {
            self.push(digit);
        }
    }

    fn push(&mut self, digit: &str) {
        if self.entered.len() < *PIN_DIGITS.end() {
            self.entered.push_str(digit);
            self.message = None;
        }
    }

    /// Digits, Backspace and Enter from a keyboard.
    fn keyboard(&mut self, ui: &Ui) -> Option<PinPadEvent> {
        let mut submit = false;
        ui.input(|i| {
            for event in &i.events {
                match event {
                    egui::Event::Text(text) => {
                        for c in text.chars().filter(char::is_ascii_digit) {
                            let mut buf = [0; 4];
                            self.push(c.encode_utf8(&mut buf));
                        }
                    }
                    egui::Event::Key {
                        key: Key::Backspace,
                        pressed: true,
                        ..
                    } => {
                        self.entered.pop();
                    }
                    egui::Event::Key {
                        key: Key::Enter,
                        pressed: true,
                        ..
                    } => submit = self.ready(),
                    _ => {}
                }
            }
        });
        submit.then(|| self.submit())
    }

    /// One dot per digit typed, drawn (not a glyph), with the count for screen readers.
    fn dots(&self, lang: Language, ui: &mut Ui) {
        let count = self.entered.len();
        let radius = 7.0;
        let shown = count.max(*PIN_DIGITS.start());
        let width = shown as f32 * (radius * 2.0 + 8.0);
        let (rect, response) = ui.allocate_exact_size(vec2(width, 24.0), egui::Sense::hover());
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Label,
                true,
                t!(lang, "kiosk-pin-digits-entered", count = count),
            )
        });
        let color = ui.visuals().strong_text_color();
        for i in 0..shown {
            let center = egui::pos2(
                rect.left() + radius + 4.0 + i as f32 * (radius * 2.0 + 8.0),
                rect.center().y,
            );
            if i < count {
                ui.painter().circle_filled(center, radius, color);
            } else {
                ui.painter()
                    .circle_stroke(center, radius, egui::Stroke::new(1.5, color));
            }
        }
    }
}
