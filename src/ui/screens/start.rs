//! The start screen: the two journeys as large cards, the iPhone type, and the ways into Browse.

use egui::{Frame, RichText, Sense, Stroke, Ui, UiBuilder, WidgetInfo};

use crate::ui::state::{Action, AppState, BrowseTab, Screen};
use crate::ui::theme;

pub fn ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    ui.add_space(24.0);
    ui.vertical_centered(|ui| {
        ui.heading("What's going on with your iPhone?");
        if let Some(device) = state.kb.device(state.device()) {
            ui.weak(format!("Set up for a {}. {}", device.name, device.hint));
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
        let total = if wide { card_width * count + gap * (count - 1.0) } else { card_width };
        ui.allocate_ui_with_layout(egui::vec2(total, 0.0), layout, |ui| {
            ui.spacing_mut().item_spacing = egui::vec2(gap, gap);
            for problem in &state.kb.problems {
                if journey_card(ui, &problem.title, &problem.summary, card_width).clicked() {
                    actions.push(Action::StartCase(problem.id.clone()));
                }
            }
        });
    });
    ui.add_space(24.0);
    ui.vertical_centered(|ui| {
        ui.horizontal(|ui| {
            let links = ["Browse all fixes", "Questions & answers"];
            let width: f32 = 2.0 * 190.0;
            ui.add_space(((ui.available_width() - width) / 2.0).max(0.0));
            if ui.button(links[0]).clicked() {
                actions.push(Action::Go(Screen::Browse(BrowseTab::Fixes)));
            }
            if ui.button(links[1]).clicked() {
                actions.push(Action::Go(Screen::Browse(BrowseTab::Faq)));
            }
        });
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
                    ui.set_width(width - 40.0);
                    ui.set_min_height(110.0);
                    ui.label(RichText::new(title).size(21.0).strong());
                    ui.add_space(4.0);
                    ui.label(RichText::new(summary).weak());
                });
        })
        .response;
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, title));
    response.on_hover_cursor(egui::CursorIcon::PointingHand)
}
