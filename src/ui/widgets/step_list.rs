//! Numbered steps of a fix or test: device-specific text, Settings paths, pictures, comparisons, warnings, tips,
//! countdown timers, and confirmation gates that hide the steps after them until ticked.

use egui::{Align2, FontId, Rect, RichText, Ui, UiBuilder, vec2};

use crate::ui::state::CaseUi;
use crate::ui::theme;
use crate::ui::widgets::{
    callout::callout, comparison::comparison, countdown::countdown, illustration::illustration,
    settings_path::settings_path,
};
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::{DeviceProfile, KnowledgeBase, Step};
use micdoctor_core::t;

/// Draws `steps` of the fix or finding `owner` for `device`; ticks and timers live in `case_ui`.
pub fn step_list(
    lang: Language,
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
                ui.weak(t!(lang, "workspace-steps-locked"));
                return;
            }
        }
        // The number is painted beside the step; the step's content is one column to its right.
        let top_left = ui.cursor().min;
        number_badge(ui, top_left, index + 1);
        let column = Rect::from_min_max(
            top_left + vec2(BADGE + ui.spacing().item_spacing.x, 0.0),
            ui.available_rect_before_wrap().max,
        );
        ui.scope_builder(UiBuilder::new().max_rect(column), |ui| {
            ui.set_min_height(BADGE);
            ui.label(step.text_for(device));
            if let Some(path) = &step.settings_path {
                settings_path(lang, ui, path, step.switch_state);
            }
            if let Some(older) = &step.older_settings_path {
                ui.small(t!(
                    lang,
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
                    lang,
                    ui,
                    theme::WARNING,
                    &t!(lang, "workspace-callout-warning"),
                    warning,
                );
            }
            if let Some(tip) = &step.tip {
                callout(
                    lang,
                    ui,
                    theme::ACCENT,
                    &t!(lang, "workspace-callout-tip"),
                    tip,
                );
            }
            if let Some(seconds) = step.wait_seconds {
                let started = case_ui.timers.get(&key).copied();
                if let Some(start) = countdown(lang, ui, seconds, started) {
                    case_ui.timers.insert(key.clone(), start);
                }
            }
        });
        ui.add_space(4.0);
    }
}

/// Diameter of the step number's disc.
const BADGE: f32 = 28.0;

/// A filled circle with the step number, painted with its top left at `at` (it takes no space: the
/// step's column starts to its right).
fn number_badge(ui: &Ui, at: egui::Pos2, number: usize) {
    let rect = Rect::from_min_size(at, vec2(BADGE, BADGE));
    if !ui.is_rect_visible(rect) {
        return;
    }
    ui.painter()
        .circle_filled(rect.center(), BADGE / 2.0 - 1.0, theme::ACCENT);
    ui.painter().text(
        rect.center(),
        Align2::CENTER_CENTER,
        number.to_string(),
        FontId::proportional(14.0),
        egui::Color32::WHITE,
    );
}
