//! Browse: every fix's card and every FAQ entry, searchable, for a technician or a curious user.

use egui::{Button, CollapsingHeader, RichText, ScrollArea, Ui};

use crate::ui::command::Command;
use crate::ui::search;
use crate::ui::state::{AppState, BrowseTab, Screen};
use crate::ui::widgets::step_list::step_list;
use micdoctor_core::t;

pub fn ui(ui: &mut Ui, state: &mut AppState, tab: BrowseTab, commands: &mut Vec<Command>) {
    let lang = state.language;
    ui.horizontal_wrapped(|ui| {
        if ui.button(t!(lang, "browse-back")).clicked() {
            let back = if state.session.is_some() {
                Screen::Workspace
            } else {
                Screen::Start
            };
            commands.push(Command::Go(back));
        }
        for (label, target) in [
            (t!(lang, "browse-tab-fixes"), BrowseTab::Fixes),
            (t!(lang, "browse-tab-questions"), BrowseTab::Faq),
        ] {
            if ui.add(Button::selectable(tab == target, label)).clicked() {
                commands.push(Command::Go(Screen::Browse(target)));
            }
        }
        let label = ui.label(t!(lang, "browse-search"));
        ui.add(
            egui::TextEdit::singleline(&mut state.browse_filter)
                .hint_text(t!(lang, "browse-search-hint"))
                .desired_width(240.0),
        )
        .labelled_by(label.id);
    });
    ui.separator();
    let query = state.browse_filter.to_lowercase();
    let device = state.device();
    let kb = &state.kb;
    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(820.0_f32.min(ui.available_width()));
            let mut shown = 0;
            match tab {
                BrowseTab::Fixes => {
                    for fix in &kb.fixes {
                        let haystack = format!(
                            "{} {} {}",
                            fix.title,
                            fix.summary,
                            fix.steps
                                .iter()
                                .map(|s| s.text_for(device))
                                .collect::<Vec<_>>()
                                .join(" ")
                        )
                        .to_lowercase();
                        if !search::matches(&haystack, &query) {
                            continue;
                        }
                        shown += 1;
                        CollapsingHeader::new(
                            RichText::new(t!(
                                lang,
                                "browse-fix-heading",
                                title = fix.title.as_str(),
                                minutes = fix.cost_minutes
                            ))
                            .strong(),
                        )
                        .id_salt(("browse-fix", &fix.id))
                        .show(ui, |ui| {
                            ui.label(&fix.summary);
                            step_list(
                                lang,
                                ui,
                                kb,
                                &fix.id,
                                &fix.steps,
                                device,
                                &mut state.case_ui,
                            );
                        });
                    }
                }
                BrowseTab::Faq => {
                    for entry in &kb.faq {
                        let haystack =
                            format!("{} {}", entry.question, entry.answer).to_lowercase();
                        if !search::matches(&haystack, &query) {
                            continue;
                        }
                        shown += 1;
                        CollapsingHeader::new(RichText::new(&entry.question).strong())
                            .id_salt(("faq", &entry.id))
                            .default_open(!query.is_empty())
                            .show(ui, |ui| {
                                ui.label(&entry.answer);
                                let related: Vec<&str> = entry
                                    .related
                                    .iter()
                                    .filter_map(|id| kb.name_of(id))
                                    .collect();
                                if !related.is_empty() {
                                    ui.small(t!(
                                        lang,
                                        "browse-related",
                                        items = related.join(" \u{b7} ")
                                    ));
                                }
                            });
                    }
                }
            }
            if shown == 0 {
                ui.weak(t!(lang, "browse-no-match"));
            }
        });
}
