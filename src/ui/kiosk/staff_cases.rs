//! The staff panel's cases: today's cases (or those matching a code or a day), one case opened read-only,
//! the technician's verdict recorded on it, then the repair's end (`staff_repair`). A barcode scanner types the code and Enter into the
//! search field, which opens the case. Every opening and verdict is logged with the staff name.
//!
//! The panel never touches the store itself: it sends jobs to the store thread ([`StoreWriter`]) and draws
//! from what it has, saying "loading…" until the answers come back ([`StaffCases::receive`]).

use egui::{ComboBox, RichText, TextEdit, Ui};
use micdoctor_store::{
    CaseRecord, Done, Job, OTHER_CAUSE, Recording, StaffAction, StoreWriter, TechnicianVerdict,
};

use crate::ui::theme;
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::KnowledgeBase;
use micdoctor_core::report::{iso_utc, parse_date};
use micdoctor_core::session::unix_now;
use micdoctor_core::t;

const SECONDS_PER_DAY: u64 = 86_400;
/// Most rows the list shows.
const MAX_ROWS: usize = 50;

/// What the staff panel's case section holds between frames.
#[derive(Debug, Default)]
pub struct StaffCases {
    /// A case code or a day (YYYY-MM-DD); empty: today's cases.
    pub query: String,
    listed: Vec<CaseRecord>,
    loaded: bool,
    open: Option<CaseRecord>,
    cause: String,
    note: String,
    /// Who is at the panel (typed with the PIN).
    pub staff: String,
    /// Whether the shop keeps customers' names and phones (config `customer_contact`).
    pub contact_allowed: bool,
    repair: super::staff_repair::StaffRepair,
    message: Option<(String, bool)>,
    /// Searches sent to the store thread and not answered yet; the list shows the last one's answer.
    searching: usize,
    /// A verdict sent and not answered yet.
    saving: bool,
}

impl StaffCases {
    /// Forgets the list, so it is read again when next shown.
    pub fn reload(&mut self) {
        self.loaded = false;
    }

    fn load(&mut self, store: &mut StoreWriter) {
        self.loaded = true;
        let query = self.query.trim().to_owned();
        // A day lists that day's cases; a code, the cases whose code holds it; nothing, today's.
        let day = parse_date(&query);
        let (since, until) = match day {
            Some(day) => (day, day + SECONDS_PER_DAY),
            None if query.is_empty() => (unix_now() / SECONDS_PER_DAY * SECONDS_PER_DAY, u64::MAX),
            None => (0, u64::MAX),
        };
        let wanted = if day.is_some() { "" } else { query.as_str() };
        store.send(Job::Search {
            code_start: wanted.to_owned(),
            since,
            until,
            limit: MAX_ROWS,
        });
        self.searching += 1;
    }

    fn open(&mut self, lang: Language, record: CaseRecord, store: &mut StoreWriter) {
        self.cause = record
            .verdict
            .as_ref()
            .map(|v| v.cause.clone())
            .unwrap_or_default();
        self.note.clear();
        self.log(lang, store, "open_case", &record.code);
        self.open = Some(record);
    }

    fn log(&self, lang: Language, store: &mut StoreWriter, action: &str, detail: &str) {
        store.send(Job::Log(StaffAction {
            at: unix_now(),
            staff: self.staff_name(lang),
            action: action.to_owned(),
            detail: detail.to_owned(),
        }));
    }

    /// Takes an answer of the store thread meant for the panel; gives back any other.
    pub fn receive(&mut self, lang: Language, done: Done) -> Option<Done> {
        let unusable = |err: &micdoctor_store::StoreError| {
            t!(
                lang,
                "kiosk-cases-store-unusable",
                error = err.in_words(lang)
            )
        };
        match done {
            Done::Found(found) => {
                self.searching = self.searching.saturating_sub(1);
                // Only the answer to the latest search is shown (the query may have changed since).
                if self.searching == 0 {
                    match found {
                        Ok(cases) => self.listed = cases,
                        Err(err) => {
                            self.listed.clear();
                            self.message = Some((unusable(&err), true));
                        }
                    }
                }
            }
            Done::Read { code, result } => {
                if let Ok(Some(fresh)) = result
                    && self.open.as_ref().is_some_and(|open| open.code == code)
                {
                    self.open = Some(fresh);
                }
            }
            Done::Recorded { code, what, result } => {
                let fresh = result.map(|fresh| {
                    if let Some(fresh) = fresh
                        && self.open.as_ref().is_some_and(|open| open.code == code)
                    {
                        // The case stays open for the repair that follows; it now carries what was added.
                        self.open = Some(fresh);
                    }
                });
                match what {
                    Recording::Verdict(_) => {
                        self.saving = false;
                        self.message = Some(match fresh {
                            Ok(()) => (
                                t!(lang, "kiosk-cases-recorded", code = code.as_str()),
                                false,
                            ),
                            Err(err) => (unusable(&err), true),
                        });
                        self.reload();
                    }
                    Recording::Contact(_) => self.repair.said(
                        lang,
                        fresh,
                        t!(lang, "kiosk-repair-contact-kept", code = code.as_str()),
                    ),
                    Recording::Recheck(_) => self.repair.said(
                        lang,
                        fresh,
                        t!(lang, "kiosk-repair-rechecked", code = code.as_str()),
                    ),
                }
            }
            other => return Some(other),
        }
        None
    }

    fn staff_name(&self, lang: Language) -> String {
        let name = self.staff.trim();
        if name.is_empty() {
            t!(lang, "kiosk-cases-no-name")
        } else {
            name.to_owned()
        }
    }

    /// The section: search, list, the open case and its verdict form.
    pub fn ui(
        &mut self,
        lang: Language,
        ui: &mut Ui,
        kb: &KnowledgeBase,
        store: Option<&mut StoreWriter>,
    ) {
        let Some(store) = store else {
            ui.weak(t!(lang, "kiosk-cases-no-store"));
            return;
        };
        ui.weak(t!(
            lang,
            "kiosk-cases-working-as",
            name = self.staff_name(lang)
        ));
        let search = ui.horizontal(|ui| {
            let label = ui.label(t!(lang, "kiosk-cases-search"));
            ui.add(
                TextEdit::singleline(&mut self.query)
                    .hint_text(t!(lang, "kiosk-cases-search-hint"))
                    .desired_width(220.0),
            )
            .labelled_by(label.id)
        });
        let entered = search.inner.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if search.inner.changed() || entered || !self.loaded {
            self.load(store);
        }
        // A scanned code (typed, then Enter) opens its case.
        if entered
            && let Some(found) = self
                .listed
                .iter()
                .find(|c| c.code.eq_ignore_ascii_case(self.query.trim()))
                .cloned()
        {
            self.open(lang, found, store);
        }
        if let Some((message, problem)) = &self.message {
            let color = if *problem {
                theme::WARNING
            } else {
                theme::SUCCESS
            };
            ui.label(RichText::new(message).color(color));
        }
        if self.searching > 0 {
            ui.weak(t!(lang, "kiosk-cases-loading"));
        } else if self.listed.is_empty() {
            ui.weak(t!(lang, "kiosk-cases-none"));
        }
        let mut chosen = None;
        egui::ScrollArea::vertical()
            .id_salt("staff_cases")
            .max_height(160.0)
            .show(ui, |ui| {
                for case in &self.listed {
                    let verdict = case
                        .verdict
                        .as_ref()
                        .map_or_else(String::new, |v| format!(" · {}", v.cause));
                    let line = format!(
                        "{}  {}  {}{}",
                        case.code,
                        &iso_utc(case.started_at)[..16].replace('T', " "),
                        outcome_of(case),
                        verdict
                    );
                    if ui.button(line).clicked() {
                        chosen = Some(case.clone());
                    }
                }
            });
        if let Some(case) = chosen {
            self.open(lang, case, store);
        }
        if self.open.is_some() {
            ui.separator();
            self.open_case(lang, ui, kb, store);
        }
    }

    fn open_case(
        &mut self,
        lang: Language,
        ui: &mut Ui,
        kb: &KnowledgeBase,
        store: &mut StoreWriter,
    ) {
        let Some(case) = self.open.clone() else {
            return;
        };
        ui.label(
            RichText::new(t!(lang, "kiosk-cases-case", code = case.code.as_str()))
                .size(18.0)
                .strong(),
        );
        if let Some(snapshot) = &case.snapshot {
            let report = &snapshot.report;
            ui.label(format!("{} · {}", report.problem.name, report.device.name));
            ui.label(format!(
                "{} {}",
                report.outcome.headline(lang),
                report
                    .most_likely
                    .as_ref()
                    .map_or("", |likely| likely.name.as_str())
            ));
            for told in &report.told {
                ui.label(format!("• {}", told.text));
            }
            for tried in &report.tried {
                ui.label(format!("• {}", tried.text));
            }
            for mic in &report.microphones {
                ui.label(format!("• {}: {}", mic.label, mic.verdict_name));
            }
        }
        if let Some(verdict) = &case.verdict {
            ui.label(t!(
                lang,
                "kiosk-cases-verdict-was",
                cause = verdict.cause.as_str(),
                staff = verdict.staff.as_str()
            ));
        }
        // The verdict: one of the problem's causes, or other.
        let causes: Vec<(String, String)> = kb
            .problem(&case.problem)
            .into_iter()
            .flat_map(|p| &p.causes)
            .filter_map(|id| kb.cause(id).map(|c| (id.to_string(), c.name.clone())))
            .chain([(OTHER_CAUSE.to_owned(), t!(lang, "kiosk-cases-other"))])
            .collect();
        let shown = causes.iter().find(|(id, _)| *id == self.cause).map_or_else(
            || t!(lang, "kiosk-cases-pick-cause"),
            |(_, name)| name.clone(),
        );
        ComboBox::from_label(t!(lang, "kiosk-cases-true-cause"))
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for (id, name) in &causes {
                    ui.selectable_value(&mut self.cause, id.clone(), name);
                }
            });
        let label = ui.label(t!(lang, "kiosk-cases-note"));
        ui.add(TextEdit::multiline(&mut self.note).desired_rows(2))
            .labelled_by(label.id);
        let ready = !self.cause.is_empty() && !self.staff.trim().is_empty() && !self.saving;
        let record = ui
            .add_enabled(ready, theme::primary_button(t!(lang, "kiosk-cases-record")))
            .on_disabled_hover_text(t!(lang, "kiosk-cases-record-needs"));
        if self.saving {
            ui.weak(t!(lang, "kiosk-cases-saving"));
        }
        if record.clicked() {
            let verdict = TechnicianVerdict {
                cause: self.cause.clone(),
                note: self.note.trim().to_owned(),
                staff: self.staff.trim().to_owned(),
                at: unix_now(),
            };
            store.send(Job::Record {
                code: case.code.clone(),
                what: Recording::Verdict(verdict),
            });
            self.saving = true;
        }
        let staff = self.staff_name(lang);
        self.repair
            .ui(lang, ui, kb, &case, &staff, store, self.contact_allowed);
    }
}

/// A case's outcome in a word, from its latest snapshot.
fn outcome_of(case: &CaseRecord) -> String {
    case.outcome_kind().unwrap_or_default()
}
