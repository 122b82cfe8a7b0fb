//! The App Privacy Report window: the week's timeline, what it shows in words, WhatsApp's uses to tick as
//! recognised, and the moment the dot was seen — typed, or clicked on the timeline. Every change becomes
//! evidence at once; the ranking behind the window moves with it.

use egui::{RichText, ScrollArea, Ui};
use micdoctor_core::privacy_report::words::{
    duration_words, moment_words, parse_moment, sensor_name, summary_lines,
};
use micdoctor_core::privacy_report::{UtcOffset, whatsapp_uses};
use micdoctor_core::t;

use super::PrivacyDesk;
use super::timeline::timeline;
use crate::ui::command::Command;
use crate::ui::state::CaseView;

/// Shows the window while the case's report is open.
pub fn show(
    ctx: &egui::Context,
    area: egui::Rect,
    view: &mut CaseView<'_>,
    commands: &mut Vec<Command>,
) {
    let lang = view.language;
    let case_id = view.case_id;
    let Some(desk) = view.case_ui.privacy.as_mut().filter(|d| d.open) else {
        return;
    };
    let mut open = true;
    crate::ui::theme::case_window(
        RichText::new(t!(lang, "privacy-window-title")).strong(),
        ("privacy_report", case_id % 2),
        &mut open,
        area,
        area.width().min(980.0) * 0.95,
    )
    .show(ctx, |ui| {
        ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
        ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| contents(ui, lang, desk, commands));
    });
    if !open {
        commands.push(Command::ClosePrivacyReport);
    }
}

fn contents(
    ui: &mut Ui,
    lang: micdoctor_core::i18n::Language,
    desk: &mut PrivacyDesk,
    commands: &mut Vec<Command>,
) {
    ui.label(RichText::new(&desk.file).monospace());
    ui.weak(t!(lang, "privacy-stays-here"));
    ui.add_space(6.0);
    if let Some(at) = timeline(ui, lang, &desk.report, desk.mark) {
        desk.mark_text = format!(
            "{:04}-{:02}-{:02} {:02}:{:02}",
            at.year(),
            u8::from(at.month()),
            at.day(),
            at.hour(),
            at.minute()
        );
        commands.push(Command::MarkPrivacyMoment(Some(at)));
    }
    ui.add_space(6.0);
    // When the dot was seen: typed, or clicked on the timeline above.
    ui.label(RichText::new(t!(lang, "privacy-mark-heading")).strong());
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t!(lang, "privacy-mark-label"));
        let edit = ui
            .add(
                egui::TextEdit::singleline(&mut desk.mark_text)
                    .hint_text("2025-09-04 21:15")
                    .desired_width(170.0),
            )
            .labelled_by(label.id);
        let offset = desk
            .report
            .window
            .map_or(UtcOffset::UTC, |w| w.last.offset());
        let typed = parse_moment(&desk.mark_text, offset);
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(t!(lang, "privacy-mark-set")).clicked() || enter) && typed.is_some() {
            commands.push(Command::MarkPrivacyMoment(typed));
        }
        if desk.mark.is_some() && ui.button(t!(lang, "privacy-mark-clear")).clicked() {
            desk.mark_text.clear();
            commands.push(Command::MarkPrivacyMoment(None));
        }
        if !desk.mark_text.trim().is_empty() && typed.is_none() {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                t!(lang, "privacy-mark-unreadable"),
            );
        }
    });
    ui.add_space(6.0);
    ui.label(RichText::new(t!(lang, "privacy-shows-heading")).strong());
    for line in summary_lines(lang, &desk.kept()) {
        ui.horizontal_top(|ui| {
            ui.label("\u{2022}");
            ui.add(egui::Label::new(line).wrap());
        });
    }
    ui.add_space(6.0);
    let uses = whatsapp_uses(&desk.report);
    if uses.is_empty() {
        return;
    }
    ui.label(RichText::new(t!(lang, "privacy-recognise-heading")).strong());
    ui.weak(t!(lang, "privacy-recognise-hint"));
    for u in uses {
        let mut known = desk.recognised.contains(u.id);
        let text = t!(
            lang,
            "privacy-use-line",
            when = moment_words(lang, u.interval.start),
            sensor = sensor_name(lang, u.sensor),
            duration = duration_words(lang, u.interval.duration())
        );
        if ui.checkbox(&mut known, text).changed() {
            commands.push(Command::RecognisePrivacyUse(u.id, known));
        }
    }
}
