//! The case opened beside the desk's table, read-only: its code and QR code, when it started, the
//! problem and the outcome in words, what the customer said and tried, the microphones; then the
//! technician's verdict form and the repair's end (`staff_repair`).

use egui::{ComboBox, RichText, TextEdit, Ui, vec2};

use super::staff_cases::{DeskAction, StaffCases};
use crate::case_row::cause_name;
use crate::ui::theme;
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::KnowledgeBase;
use micdoctor_core::t;
use micdoctor_store::OTHER_CAUSE;

/// How wide a QR code's module is drawn, in points: a phone or a desk scanner reads it off the screen.
const QR_MODULE: f32 = 3.0;

/// Draws the open case of `cases` (nothing when none is open); returns what staff asked for.
pub fn open_case(
    ui: &mut Ui,
    lang: Language,
    kb: &KnowledgeBase,
    cases: &mut StaffCases,
) -> Option<DeskAction> {
    let case = cases.open_case()?.clone();
    let mut action = None;
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(t!(lang, "kiosk-cases-case", code = case.code.as_str()))
                .size(20.0)
                .strong(),
        );
        // The code again for a scanner, as on the customer's outcome screen.
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
            let alt = t!(lang, "outcome-case-code-qr", code = case.code.as_str());
            crate::ui::widgets::qr::qr(ui, &case.code, QR_MODULE, &alt);
        });
    });
    egui::Grid::new("staff_case_facts")
        .num_columns(2)
        .spacing(vec2(12.0, 4.0))
        .show(ui, |ui| {
            let fact = |ui: &mut Ui, name: String, value: RichText| {
                ui.weak(name);
                ui.add(egui::Label::new(value).wrap());
                ui.end_row();
            };
            fact(
                ui,
                t!(lang, "cases-column-time"),
                cases.clock.date_time(case.started_at).into(),
            );
            let problem = kb
                .problem(&case.problem)
                .map_or(case.problem.as_str(), |p| p.title.as_str());
            fact(ui, t!(lang, "cases-column-problem"), problem.into());
            if let Some(snapshot) = &case.snapshot {
                let report = &snapshot.report;
                fact(
                    ui,
                    t!(lang, "kiosk-desk-device"),
                    report.device.name.as_str().into(),
                );
                fact(
                    ui,
                    t!(lang, "cases-column-outcome"),
                    RichText::new(report.outcome.in_words(lang, kb)).strong(),
                );
                if let Some(likely) = &report.most_likely {
                    fact(
                        ui,
                        t!(lang, "kiosk-desk-most-likely"),
                        cause_name(lang, kb, likely.id.as_ref()).into(),
                    );
                }
            }
        });
    if let Some(snapshot) = &case.snapshot {
        let report = &snapshot.report;
        let lines = report
            .told
            .iter()
            .map(|told| told.text.as_str())
            .chain(report.tried.iter().map(|tried| tried.text.as_str()));
        // What the customer answered and tried, folded: the verdict below stays in view.
        egui::CollapsingHeader::new(t!(lang, "kiosk-desk-history"))
            .id_salt(("staff_case_history", case.code.as_str()))
            .show(ui, |ui| {
                for line in lines {
                    ui.add(egui::Label::new(format!("\u{2022} {line}")).wrap());
                }
            });
        for mic in &report.microphones {
            ui.label(format!("\u{2022} {}: {}", mic.label, mic.verdict_name));
        }
    }
    ui.separator();
    if let Some(verdict) = &case.verdict {
        ui.label(t!(
            lang,
            "kiosk-cases-verdict-was",
            cause = cause_name(lang, kb, &verdict.cause),
            staff = verdict.staff.as_str()
        ));
    }
    // The verdict: one of the problem's causes, or other.
    let choices: Vec<(String, String)> = kb
        .problem(&case.problem)
        .into_iter()
        .flat_map(|p| &p.causes)
        .filter_map(|id| kb.cause(id).map(|c| (id.to_string(), c.name.clone())))
        .chain([(OTHER_CAUSE.to_owned(), t!(lang, "kiosk-cases-other"))])
        .collect();
    let shown = choices
        .iter()
        .find(|(id, _)| *id == cases.cause)
        .map_or_else(
            || t!(lang, "kiosk-cases-pick-cause"),
            |(_, name)| name.clone(),
        );
    // The label above the choice: beside it, a narrow column would break it letter by letter.
    let label = ui.label(t!(lang, "kiosk-cases-true-cause"));
    ComboBox::from_id_salt("staff_case_cause")
        .selected_text(shown)
        .width(ui.available_width().min(360.0))
        .show_ui(ui, |ui| {
            for (id, name) in &choices {
                ui.selectable_value(&mut cases.cause, id.clone(), name);
            }
        })
        .response
        .labelled_by(label.id);
    let label = ui.label(t!(lang, "kiosk-cases-note"));
    ui.add(
        TextEdit::multiline(&mut cases.note)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    let ready = !cases.cause.is_empty() && !cases.staff.trim().is_empty() && !cases.saving();
    let record = ui
        .add_enabled(ready, theme::primary_button(t!(lang, "kiosk-cases-record")))
        .on_disabled_hover_text(t!(lang, "kiosk-cases-record-needs"));
    if cases.saving() {
        ui.weak(t!(lang, "kiosk-cases-saving"));
    }
    if record.clicked() {
        action = Some(DeskAction::RecordVerdict);
    }
    let staff = cases.staff_name(lang);
    let contact_allowed = cases.contact_allowed;
    cases.repair.ui(
        lang,
        ui,
        kb,
        &case,
        &staff,
        &mut cases.outbox,
        contact_allowed,
    );
    action
}
