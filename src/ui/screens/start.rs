//! The start screen: the two journeys as large cards, the iPhone type, and the ways into Browse.

use egui::{Frame, RichText, Sense, Stroke, Ui, UiBuilder, WidgetInfo};

use crate::ui::command::Command;
use crate::ui::state::{AppState, BrowseTab, Screen};
use crate::ui::theme;
use crate::ui::widgets::hint::hint;
use crate::ui::widgets::illustration::illustration;
use micdoctor_core::i18n::Language;
use micdoctor_core::session::Session;
use micdoctor_core::t;

pub fn ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| content(ui, state, commands));
}

fn content(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.language;
    ui.add_space(8.0);
    language_choice(ui, state, commands);
    ui.add_space(12.0);
    if let Some(session) = &state.resumable {
        resume_offer(ui, state, session, commands);
        ui.add_space(12.0);
    }
    if let Some(problem) = state
        .session
        .as_ref()
        .and_then(|s| state.kb.problem(&s.problem))
    {
        ui.vertical_centered(|ui| {
            ui.horizontal(|ui| {
                ui.label(t!(
                    lang,
                    "start-case-still-open",
                    title = problem.title.as_str()
                ));
                if ui
                    .add(theme::primary_button(t!(lang, "start-continue-case")))
                    .clicked()
                {
                    commands.push(Command::Go(Screen::Workspace));
                }
            });
        });
        ui.add_space(12.0);
    }
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(t!(lang, "start-heading")).heading().strong());
        if let Some(device) = state.kb.device(state.device()) {
            ui.weak(t!(
                lang,
                "start-your-phone",
                name = device.name.as_str(),
                hint = device.hint.as_str()
            ));
        }
    });
    ui.add_space(20.0);
    let count = state.kb.problems.len().max(1) as f32;
    let gap = ui.spacing().item_spacing.x * 2.0;
    let wide = ui.available_width() >= 760.0;
    let card_width = if wide {
        ((ui.available_width() - gap * (count + 1.0)) / count).min(420.0)
    } else {
        ui.available_width().min(520.0)
    };
    let layout = if wide {
        egui::Layout::left_to_right(egui::Align::Min)
    } else {
        egui::Layout::top_down(egui::Align::Center)
    };
    ui.vertical_centered(|ui| {
        let total = if wide {
            card_width * count + gap * (count - 1.0)
        } else {
            card_width
        };
        ui.allocate_ui_with_layout(egui::vec2(total, 0.0), layout, |ui| {
            ui.spacing_mut().item_spacing = egui::vec2(gap, gap);
            for problem in &state.kb.problems {
                if journey_card(ui, &problem.title, &problem.summary, card_width).clicked() {
                    commands.push(Command::StartCase(problem.id.clone()));
                }
            }
        });
    });
    ui.add_space(24.0);
    ui.vertical_centered(|ui| {
        let width = 340.0_f32.min(ui.available_width());
        ui.allocate_ui_with_layout(
            egui::vec2(width, 0.0),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                if ui.button(t!(lang, "start-browse-fixes")).clicked() {
                    commands.push(Command::Go(Screen::Browse(BrowseTab::Fixes)));
                }
                ui.weak("\u{b7}");
                if ui.button(t!(lang, "start-questions")).clicked() {
                    commands.push(Command::Go(Screen::Browse(BrowseTab::Faq)));
                }
            },
        );
    });
    ui.add_space(28.0);
    device_picker(ui, state, commands);
}

/// "Which iPhone is it?": the two kinds as picture cards; the chosen one is outlined.
fn device_picker(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.language;
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(t!(lang, "start-which-iphone")).strong());
        ui.weak(t!(lang, "start-which-iphone-hint"));
    });
    let card = 220.0;
    let count = state.kb.devices.len() as f32;
    let total = card * count + ui.spacing().item_spacing.x * 2.0 * (count - 1.0);
    ui.vertical_centered(|ui| {
        ui.allocate_ui_with_layout(
            egui::vec2(total.min(ui.available_width()), 0.0),
            egui::Layout::left_to_right(egui::Align::Min),
            |ui| {
                ui.spacing_mut().item_spacing.x *= 2.0;
                for device in &state.kb.devices {
                    let chosen = state.device() == device.id;
                    let response = ui
                        .scope_builder(UiBuilder::new().sense(Sense::click()), |ui| {
                            let stroke = if chosen {
                                Stroke::new(2.5, theme::ACCENT)
                            } else {
                                ui.visuals().widgets.noninteractive.bg_stroke
                            };
                            Frame::new()
                                .stroke(stroke)
                                .corner_radius(12)
                                .inner_margin(8)
                                .show(ui, |ui| {
                                    let layout = egui::Layout::top_down(egui::Align::Center);
                                    ui.allocate_ui_with_layout(
                                        egui::vec2(card - 16.0, 0.0),
                                        layout,
                                        |ui| {
                                            ui.set_width(card - 16.0);
                                            if let Some(picture) = &device.illustration {
                                                let alt = state
                                                    .kb
                                                    .illustration(picture)
                                                    .map_or(picture.as_str(), |i| i.alt.as_str());
                                                illustration(ui, picture, alt, card - 16.0);
                                            }
                                            ui.add(
                                                egui::Label::new(
                                                    RichText::new(&device.name).strong(),
                                                )
                                                .selectable(false),
                                            );
                                        },
                                    );
                                });
                        })
                        .response;
                    response.widget_info(|| {
                        WidgetInfo::selected(egui::Role::Button, true, chosen, &device.name)
                    });
                    if hint(response, || device.hint.clone())
                        .on_hover_cursor(egui::CursorIcon::PointingHand)
                        .clicked()
                        && !chosen
                    {
                        commands.push(Command::SetDevice(device.id));
                    }
                }
            },
        );
    });
}

/// A large clickable card; its accessible name is the title.
fn journey_card(ui: &mut Ui, title: &str, summary: &str, width: f32) -> egui::Response {
    let response = ui
        .scope_builder(UiBuilder::new().sense(Sense::click()), |ui| {
            let hovered = ui.response().hovered() || ui.response().has_focus();
            let stroke = if hovered {
                Stroke::new(2.0, theme::ACCENT)
            } else {
                ui.visuals().widgets.noninteractive.bg_stroke
            };
            Frame::new()
                .fill(ui.visuals().faint_bg_color)
                .stroke(stroke)
                .corner_radius(14)
                .inner_margin(20)
                .show(ui, |ui| {
                    ui.vertical(|ui| {
                        ui.set_width(width - 40.0);
                        ui.set_min_height(110.0);
                        // Not selectable: a selectable label would take the tap meant for the card.
                        ui.add(
                            egui::Label::new(RichText::new(title).size(21.0).strong())
                                .selectable(false),
                        );
                        ui.add_space(4.0);
                        ui.add(egui::Label::new(RichText::new(summary).weak()).selectable(false));
                    });
                });
        })
        .response;
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, title));
    response.on_hover_cursor(egui::CursorIcon::PointingHand)
}

/// "Resume your last case?" — an unfinished case from the last run is never restored silently.
fn resume_offer(ui: &mut Ui, state: &AppState, session: &Session, commands: &mut Vec<Command>) {
    let lang = state.language;
    let title = state
        .kb
        .problem(&session.problem)
        .map_or(session.problem.as_str(), |p| p.title.as_str());
    let steps = session.history.len();
    ui.vertical_centered(|ui| {
        Frame::group(ui.style())
            .fill(theme::tint(ui, theme::ACCENT))
            .stroke(Stroke::NONE)
            .inner_margin(14.0)
            .show(ui, |ui| {
                ui.set_width(640.0_f32.min(ui.available_width()));
                ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                    ui.label(
                        RichText::new(t!(lang, "start-resume-title"))
                            .strong()
                            .size(18.0),
                    );
                    ui.label(t!(
                        lang,
                        "start-resume-summary",
                        title = title,
                        count = steps,
                        code = session.case_code()
                    ));
                    ui.horizontal(|ui| {
                        if ui
                            .add(theme::primary_button(t!(lang, "start-resume")))
                            .clicked()
                        {
                            commands.push(Command::ResumeCase);
                        }
                        if ui.button(t!(lang, "start-resume-discard")).clicked() {
                            commands.push(Command::DiscardResumable);
                        }
                    });
                });
            });
    });
}

/// The languages by name (in themselves), so a customer finds theirs without reading the current one.
fn language_choice(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.vertical_centered(|ui| {
        ui.horizontal(|ui| {
            let width: f32 = Language::ALL
                .iter()
                .map(|l| l.native_name().len() as f32 * 9.0 + 40.0)
                .sum();
            ui.add_space(((ui.available_width() - width) / 2.0).max(0.0));
            for language in Language::ALL {
                let chosen = state.language == language;
                if ui
                    .add(egui::Button::selectable(chosen, language.native_name()))
                    .clicked()
                    && !chosen
                {
                    commands.push(Command::SetLanguage(language));
                }
            }
        });
    });
}
