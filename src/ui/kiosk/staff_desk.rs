//! The staff desk behind the PIN: a full-screen view over the customer's screen. At the top who is
//! working, the search (typed or scanned) and the ways out; below, today's cases (or those searched for)
//! in a table, and the opened case beside it with its QR code; the kiosk's set-up when no case is open.

use egui::{Order, RichText, TextEdit, UiBuilder};
use egui_extras::{Size, StripBuilder};

use super::staff_case::open_case;
use super::staff_cases::{DeskAction, StaffCases};
use super::staff_panel::{StaffChoice, StaffView, buttons, facts, messages};
use super::staff_table::{TableView, cases_table};
use crate::ui::theme;
use micdoctor_core::t;

/// The desk's layer: it covers the whole window.
#[must_use]
pub fn desk_id() -> egui::Id {
    egui::Id::unique("staff_desk")
}

/// How far the desk's contents keep from the window's edges, in points.
const MARGIN: f32 = 16.0;

/// Draws the desk over everything; returns what staff chose. `has_store`: whether a case store is set
/// (without one there are no cases to show). Store jobs asked for wait in `cases`' outbox.
pub fn show(
    ctx: &egui::Context,
    view: &StaffView<'_>,
    cases: &mut StaffCases,
    has_store: bool,
) -> Option<StaffChoice> {
    let screen = ctx.content_rect();
    let mut choice = None;
    let mut actions = Vec::new();
    egui::Area::new(desk_id())
        .order(Order::Foreground)
        .fixed_pos(screen.min)
        .show(ctx, |ui| {
            // The desk is opaque and takes every press: nothing reaches the customer's screen beneath.
            let (whole, _) = ui.allocate_exact_size(screen.size(), egui::Sense::click());
            ui.painter()
                .rect_filled(whole, 0.0, ui.visuals().panel_fill);
            let inner = whole.shrink(MARGIN);
            ui.scope_builder(UiBuilder::new().max_rect(inner), |ui| {
                top_bar(ui, view, cases, has_store, &mut choice, &mut actions);
                ui.separator();
                if has_store {
                    body(ui, view, cases, &mut choice, &mut actions);
                } else {
                    ui.weak(t!(view.language, "kiosk-cases-no-store"));
                    messages(ui, view, &mut choice);
                    ui.separator();
                    facts(ui, view);
                }
            });
        });
    if has_store && cases.needs_loading() {
        actions.push(DeskAction::Search);
    }
    for action in actions {
        cases.apply(view.language, action);
    }
    choice
}

/// Who is working, the search field, and the ways out.
fn top_bar(
    ui: &mut egui::Ui,
    view: &StaffView<'_>,
    cases: &mut StaffCases,
    has_store: bool,
    choice: &mut Option<StaffChoice>,
    actions: &mut Vec<DeskAction>,
) {
    let lang = view.language;
    ui.horizontal(|ui| {
        ui.vertical(|ui| {
            ui.label(
                RichText::new(t!(lang, "kiosk-staff-title"))
                    .size(24.0)
                    .strong(),
            );
            ui.weak(t!(
                lang,
                "kiosk-cases-working-as",
                name = cases.staff_name(lang)
            ));
        });
        ui.add_space(24.0);
        if has_store {
            let label = ui.label(t!(lang, "kiosk-cases-search"));
            let field = ui
                .add(
                    TextEdit::singleline(&mut cases.query)
                        .hint_text(t!(lang, "kiosk-cases-search-hint"))
                        .desired_width(240.0),
                )
                .labelled_by(label.id);
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if entered {
                actions.push(DeskAction::Scan);
            } else if field.changed() {
                actions.push(DeskAction::Search);
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            // Right to left: the way back ends up rightmost, where a hand finds it.
            buttons(ui, lang, choice);
        });
    });
}

/// The table of cases, and beside it the open case (or the kiosk's set-up).
fn body(
    ui: &mut egui::Ui,
    view: &StaffView<'_>,
    cases: &mut StaffCases,
    choice: &mut Option<StaffChoice>,
    actions: &mut Vec<DeskAction>,
) {
    let lang = view.language;
    StripBuilder::new(ui)
        .size(Size::relative(0.62))
        .size(Size::exact(MARGIN))
        .size(Size::remainder())
        .horizontal(|mut strip| {
            strip.cell(|ui| {
                let count = cases.listed().len();
                let heading = if cases.searching() {
                    t!(lang, "kiosk-cases-loading")
                } else if cases.listing_today() {
                    t!(lang, "kiosk-desk-today", count = count)
                } else {
                    t!(lang, "kiosk-desk-found", count = count)
                };
                ui.label(RichText::new(heading).strong());
                if let Some((message, problem)) = cases.message() {
                    let color = if *problem {
                        theme::WARNING
                    } else {
                        theme::SUCCESS
                    };
                    ui.label(RichText::new(message).color(color));
                }
                let table = TableView {
                    language: lang,
                    kb: view.kb,
                    clock: &cases.clock,
                    now: cases.now(),
                    cases: cases.listed(),
                    open: cases.open_case().map(|c| c.code.as_str()),
                };
                if let Some(code) = cases_table(ui, &table) {
                    actions.push(DeskAction::Open(code));
                }
            });
            strip.empty();
            strip.cell(|ui| {
                egui::ScrollArea::vertical()
                    .id_salt("staff_open_case")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        if cases.open_case().is_some() {
                            actions.extend(open_case(ui, lang, view.kb, cases));
                        } else {
                            ui.weak(t!(lang, "kiosk-desk-pick-a-case"));
                            ui.separator();
                            messages(ui, view, choice);
                            ui.separator();
                            facts(ui, view);
                        }
                    });
            });
        });
}
