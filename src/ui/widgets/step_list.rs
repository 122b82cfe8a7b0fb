//! Numbered steps of a fix or test: device-specific text, Settings paths, pictures, comparisons, warnings, tips,
//! countdown timers, and confirmation gates that hide the steps after them until ticked.

use egui::{Align2, FontId, RichText, Sense, Ui, vec2};

use crate::kb::{DeviceProfile, KnowledgeBase, Step};
use crate::ui::state::CaseUi;
use crate::ui::theme;
use crate::ui::widgets::{
    callout::callout, comparison::comparison, countdown::countdown, illustration::illustration,
    settings_path::settings_path,
};

/// Draws `steps` of the fix or finding `owner` for `device`; ticks and timers live in `case_ui`.
pub fn step_list(
    ui: &mut Ui,
    kb: &KnowledgeBase,
    owner: &str,
    steps: &[Step],
    device: DeviceProfile,
    case_ui: &mut CaseUi,
) {
    for (index, step) in steps.iter().enumerate() {
        let key = (owner.to_owned(), index);
        if let Some(label) = &step.confirm_before {
            let mut ticked = case_ui.confirmed.contains(&key);
            if ui
                .checkbox(&mut ticked, RichText::new(label).strong())
                .changed()
            {
                if ticked {
                    case_ui.confirmed.insert(key.clone());
                } else {
                    case_ui.confirmed.remove(&key);
                }
            }
            if !ticked {
                ui.weak(crate::t!("workspace-steps-locked"));
                return;
            }
        }
        ui.horizontal_top(|ui| {
            number_badge(ui, index + 1);
            ui.vertical(|ui| {
                ui.set_max_width(ui.available_width());
                ui.label(step.text_for(device));
                if let Some(path) = &step.settings_path {
                    settings_path(ui, path, step.switch_state);
                }
                if let Some(older) = &step.older_settings_path {
                    ui.small(crate::t!(
                        "workspace-older-settings-path",
                        applies_to = older.applies_to.as_str(),
                        path = older.path.join(" \u{203a} ")
                    ));
                }
                if let Some(id) = step.illustration_for(device) {
                    let alt = kb.illustration(id).map_or(id, |i| i.alt.as_str());
                    illustration(ui, id, alt, 420.0);
                }
                if let Some(table) = step.comparison.as_deref().and_then(|id| kb.comparison(id)) {
                    comparison(ui, kb, table);
                }
                if let Some(warning) = &step.warning {
                    callout(
                        ui,
                        theme::WARNING,
                        &crate::t!("workspace-callout-warning"),
                        warning,
                    );
                }
                if let Some(tip) = &step.tip {
                    callout(ui, theme::ACCENT, &crate::t!("workspace-callout-tip"), tip);
                }
                if let Some(seconds) = step.wait_seconds {
                    let started = case_ui.timers.get(&key).copied();
                    if let Some(start) = countdown(ui, seconds, started) {
                        case_ui.timers.insert(key.clone(), start);
                    }
                }
            });
        });
        ui.add_space(4.0);
    }
}

/// A filled circle with the step number.
fn number_badge(ui: &mut Ui, number: usize) {
    let (rect, _) = ui.allocate_exact_size(vec2(28.0, 28.0), Sense::hover());
    ui.painter()
        .circle_filled(rect.center(), 13.0, theme::ACCENT);
    ui.painter().text(
        rect.center(),
        Align2::CENTER_CENTER,
        number.to_string(),
        FontId::proportional(14.0),
        egui::Color32::WHITE,
    );
}
