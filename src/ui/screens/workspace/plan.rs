//! "Your plan": the remaining fixes in the engine's order, minutes each, the expected time, and, where a
//! fix's risk put it later than its minutes would, why. A hand-over to a technician, if any, ends it.

use egui::{RichText, Ui};

use crate::ui::state::CaseView;
use crate::ui::widgets::hint::hint;
use crate::ui::widgets::plan_row::{NUMBER_WIDTH, PlanRow};
use micdoctor_core::t;

pub fn ui(ui: &mut Ui, view: &CaseView<'_>) {
    let lang = view.language;
    let report = &view.derived.report;
    if report.plan.is_empty() {
        ui.weak(t!(lang, "workspace-plan-empty"));
        return;
    }
    for (n, fix) in report.plan.iter().enumerate() {
        ui.add(PlanRow {
            language: lang,
            number: n + 1,
            title: &fix.title,
            minutes: fix.minutes,
            success_probability: fix.success_probability,
        });
        let note = fix
            .later_for_risk
            .then(|| view.kb.fix(&fix.id).and_then(|f| f.risk_note.as_deref()))
            .flatten();
        if let Some(reason) = note {
            ui.horizontal_top(|ui| {
                ui.add_space(NUMBER_WIDTH);
                ui.add(
                    egui::Label::new(
                        RichText::new(t!(lang, "workspace-plan-later", reason = reason))
                            .small()
                            .weak(),
                    )
                    .wrap(),
                );
            });
        }
        // Nothing comes after the shop (the engine ends the plan there).
        if fix.handover {
            break;
        }
    }
    // Home and shop apart: the minutes spent on the home fixes (stopping at the first that works), and
    // how likely the shop is and how long it takes, so answering questions never reads as time lost.
    let mut reach = 1.0;
    let mut home = 0.0;
    let mut shop = None;
    for fix in &report.plan {
        if fix.handover {
            shop = Some((reach, fix.minutes));
            break;
        }
        home += reach * fix.minutes;
        reach *= 1.0 - fix.success_probability;
    }
    let total = match shop {
        Some((chance, minutes)) => {
            let at_home = ui.label(
                RichText::new(t!(
                    lang,
                    "workspace-plan-home",
                    minutes = shown_minutes(home),
                    percent = micdoctor_core::i18n::whole_percent(1.0 - chance)
                ))
                .strong(),
            );
            hint(at_home, || t!(lang, "workspace-plan-home-hint"));
            ui.label(
                RichText::new(t!(
                    lang,
                    "workspace-plan-shop",
                    minutes = shown_minutes(minutes),
                    percent = micdoctor_core::i18n::whole_percent(chance)
                ))
                .strong(),
            )
        }
        None => ui.label(
            RichText::new(t!(
                lang,
                "workspace-plan-total",
                minutes = shown_minutes(report.expected_minutes)
            ))
            .strong(),
        ),
    };
    hint(total, || t!(lang, "workspace-plan-total-hint"));
}

/// Whole minutes from ten up (109, not 109.1), one decimal below.
fn shown_minutes(minutes: f64) -> f64 {
    if minutes >= 10.0 {
        minutes.round()
    } else {
        minutes
    }
}
