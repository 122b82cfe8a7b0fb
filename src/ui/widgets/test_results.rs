//! The tests a case ran, as a technician reads them: a heading, then each result with a mark (a check
//! for a pass, a warning for a weak or failed part), or one line saying none was run and which to run.

use egui::{RichText, Ui};
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::TestResult;
use micdoctor_core::t;
use micdoctor_core::tests_run::TestsRun;

use super::icon::{Icon, icon};

/// Draws `tests` under a "Microphone tests" heading; nothing for a problem without such tests.
pub fn test_results(ui: &mut Ui, lang: Language, tests: &TestsRun) {
    if !tests.applies() {
        return;
    }
    ui.label(RichText::new(t!(lang, "report-section-tests")).strong());
    if tests.results.is_empty() {
        for line in tests.lines(lang) {
            ui.horizontal_top(|ui| {
                icon(ui, Icon::Warning, 16.0);
                ui.add(egui::Label::new(line).wrap());
            });
        }
        return;
    }
    for result in &tests.results {
        ui.horizontal_top(|ui| {
            let mark = if result.result == TestResult::Pass {
                Icon::Check
            } else {
                Icon::Warning
            };
            icon(ui, mark, 16.0);
            ui.add(egui::Label::new(result.sentence(lang)).wrap());
        });
    }
}
