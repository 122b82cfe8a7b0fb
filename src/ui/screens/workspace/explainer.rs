//! The journey's explainer (e.g. "What iOS guarantees — and what no one has proven"), when it has one.

use egui::{CollapsingHeader, RichText, Ui};

use crate::ui::state::CaseView;
use micdoctor_core::t;

pub fn ui(ui: &mut Ui, view: &CaseView<'_>) {
    let lang = view.language;
    let Some(explainer) = view
        .kb
        .problem(&view.session.problem)
        .and_then(|p| p.explainer.as_ref())
    else {
        return;
    };
    ui.add_space(8.0);
    CollapsingHeader::new(RichText::new(&explainer.title).strong())
        .id_salt("explainer")
        .default_open(true)
        .show(ui, |ui| {
            for section in &explainer.sections {
                ui.label(RichText::new(&section.heading).strong());
                for point in &section.points {
                    ui.horizontal_top(|ui| {
                        ui.label("\u{2022}");
                        ui.add(egui::Label::new(point).wrap());
                    });
                }
            }
            // Each source once, by its title, linked on a desktop (a kiosk opens no browser).
            let mut sources: Vec<&micdoctor_core::kb::Source> = Vec::new();
            for source in explainer
                .sources
                .iter()
                .filter_map(|id| view.kb.sources.iter().find(|s| &s.id == id))
            {
                if !sources.iter().any(|s| s.id == source.id) {
                    sources.push(source);
                }
            }
            if !sources.is_empty() {
                ui.small(t!(lang, "workspace-explainer-sources-heading"));
                for source in sources {
                    // In the column's own (wrapping) layout, so a long title wraps instead of widening it.
                    let text = RichText::new(format!("\u{2022} {}", source.title)).small();
                    if view.files {
                        ui.add(egui::Hyperlink::from_label_and_url(text, &source.url));
                    } else {
                        ui.add(egui::Label::new(text).wrap());
                    }
                }
            }
        });
}
