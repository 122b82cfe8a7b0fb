//! The end of a repair, on the case opened at the staff desk: the microphones checked again (the same
//! three takes as the intake's test, as files a technician names), the customer's name and phone when the
//! shop keeps them, and the pickup sheet written for printing. Each is an appended event on the case.
//! The files are measured on a thread of their own, so the panel never freezes while they decode, and
//! what is recorded, and the pickup sheet to write, go into the desk's outbox for the store thread; its
//! answers come back through [`StaffRepair::said`] and [`StaffRepair::sheet_written`]. Every field has the same width, lined up after its label.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use egui::{RichText, TextEdit, Ui};
use micdoctor_store::{CaseRecord, CustomerContact, Job, Recheck, Recording, pickup_sheet};

use crate::ui::theme;
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::KnowledgeBase;
use micdoctor_core::recording::{MicRow, Microphone};
use micdoctor_core::report::{mic_line, mic_verdict_name};
use micdoctor_core::session::unix_now;
use micdoctor_core::t;

/// How wide each of the section's fields is, in points.
pub const FIELD_WIDTH: f32 = 300.0;

/// What the repair section holds between frames.
#[derive(Debug, Default)]
pub struct StaffRepair {
    /// The case the fields belong to (they are cleared when another case opens).
    code: String,
    /// A file per microphone: bottom, front, rear.
    takes: [String; 3],
    name: String,
    phone: String,
    sheet: String,
    message: Option<(String, bool)>,
    /// Frames left to scroll a message just set into view. Two: in the frame it appears the scroll area
    /// still measures the content without it, so the first scroll stops one line short.
    reveal: u8,
    /// The files being measured now, for the staff member who asked.
    measuring: Option<Measuring>,
}

/// A recheck being measured on its own thread.
#[derive(Debug)]
struct Measuring {
    staff: String,
    rows: Receiver<Result<Vec<MicRow>, micdoctor_recording::RecordingError>>,
}

impl StaffRepair {
    /// Draws the section for `case`.
    #[allow(
        clippy::too_many_arguments,
        reason = "what the section reads, each from its own owner"
    )]
    pub fn ui(
        &mut self,
        lang: Language,
        ui: &mut Ui,
        kb: &KnowledgeBase,
        case: &CaseRecord,
        staff: &str,
        outbox: &mut Vec<Job>,
        contact_allowed: bool,
    ) {
        if self.code != case.code {
            *self = Self {
                code: case.code.clone(),
                name: case
                    .contact
                    .as_ref()
                    .map(|c| c.name.clone())
                    .unwrap_or_default(),
                phone: case
                    .contact
                    .as_ref()
                    .map(|c| c.phone.clone())
                    .unwrap_or_default(),
                sheet: default_sheet_path(&case.code),
                ..Self::default()
            };
        }
        ui.separator();
        ui.label(RichText::new(t!(lang, "kiosk-repair-title")).strong());
        ui.weak(t!(lang, "kiosk-repair-takes-hint"));
        let labels = [
            t!(lang, "kiosk-repair-bottom"),
            t!(lang, "kiosk-repair-front"),
            t!(lang, "kiosk-repair-rear"),
        ];
        // One grid: the three fields start at one edge and share one width.
        egui::Grid::new("staff_repair_takes")
            .num_columns(2)
            .spacing(egui::vec2(12.0, 6.0))
            .show(ui, |ui| {
                for (take, label) in self.takes.iter_mut().zip(labels) {
                    field(ui, label, take);
                }
            });
        let any = self.takes.iter().any(|t| !t.trim().is_empty());
        if ui
            .add_enabled(
                any && self.measuring.is_none(),
                egui::Button::new(t!(lang, "kiosk-repair-measure")),
            )
            .clicked()
        {
            self.start_recheck(lang, ui.ctx(), staff);
        }
        if self.measuring.is_some() {
            self.collect_recheck(lang, ui, case, outbox);
        }
        if let Some(recheck) = &case.recheck {
            for row in &recheck.rows {
                let line = mic_line(lang, kb, &case.problem, row);
                ui.label(format!(
                    "• {}: {} ({})",
                    line.label,
                    mic_verdict_name(lang, row.verdict),
                    line.level
                ));
            }
        }
        if contact_allowed {
            self.contact_ui(lang, ui, case, staff, outbox);
        }
        egui::Grid::new("staff_repair_sheet")
            .num_columns(2)
            .spacing(egui::vec2(12.0, 6.0))
            .show(ui, |ui| {
                field(ui, t!(lang, "kiosk-repair-sheet"), &mut self.sheet);
            });
        if ui
            .add(theme::primary_button(t!(lang, "kiosk-repair-write-sheet")))
            .clicked()
        {
            self.write_sheet(lang, kb, case, outbox);
        }
        if let Some((message, problem)) = &self.message {
            let color = if *problem {
                theme::WARNING
            } else {
                theme::SUCCESS
            };
            let shown = ui.label(RichText::new(message).color(color));
            if self.reveal > 0 {
                self.reveal -= 1;
                shown.scroll_to_me(Some(egui::Align::BOTTOM));
                ui.ctx().request_repaint();
            }
        }
    }

    /// Starts measuring the files named, off the UI thread; the window wakes when they are measured.
    fn start_recheck(&mut self, lang: Language, ctx: &egui::Context, staff: &str) {
        let takes: Vec<(Microphone, PathBuf)> = Microphone::ALL
            .into_iter()
            .zip(&self.takes)
            .filter(|(_, take)| !take.trim().is_empty())
            .map(|(mic, take)| (mic, PathBuf::from(take.trim())))
            .collect();
        let (send, rows) = mpsc::channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("micdoctor-recheck".into())
            .spawn(move || {
                let takes: Vec<(Microphone, &std::path::Path)> = takes
                    .iter()
                    .map(|(mic, path)| (*mic, path.as_path()))
                    .collect();
                // The panel may have moved on to another case; then nobody is listening.
                let _ = send.send(micdoctor_recording::judge_takes(&takes));
                ctx.request_repaint();
            });
        self.message = None;
        match spawned {
            Ok(_) => {
                self.measuring = Some(Measuring {
                    staff: staff.to_owned(),
                    rows,
                });
            }
            Err(err) => self.problem(t!(
                lang,
                "kiosk-repair-measure-stopped",
                error = err.to_string()
            )),
        }
    }

    /// Shows that the files are being measured, and sends the check to be kept with the case once they
    /// are.
    fn collect_recheck(
        &mut self,
        lang: Language,
        ui: &mut Ui,
        case: &CaseRecord,
        outbox: &mut Vec<Job>,
    ) {
        let Some(measuring) = &self.measuring else {
            return;
        };
        let rows = match measuring.rows.try_recv() {
            Err(TryRecvError::Empty) => {
                // Still text, not a spinner: a spinner would repaint the kiosk 60 times a second.
                ui.label(t!(lang, "kiosk-repair-measuring"));
                // The thread wakes the window when it is done; this is only a safety net.
                ui.ctx().request_repaint_after(Duration::from_millis(250));
                return;
            }
            Err(TryRecvError::Disconnected) => {
                self.measuring = None;
                self.problem(t!(
                    lang,
                    "kiosk-repair-measure-stopped",
                    error = TryRecvError::Disconnected.to_string()
                ));
                return;
            }
            Ok(rows) => rows,
        };
        let staff = std::mem::take(&mut self.measuring)
            .map(|m| m.staff)
            .unwrap_or_default();
        match rows {
            Ok(rows) => {
                let recheck = Recheck {
                    rows,
                    staff,
                    at: unix_now(),
                };
                outbox.push(Job::Record {
                    code: case.code.clone(),
                    what: Recording::Recheck(recheck),
                });
                ui.label(t!(lang, "kiosk-cases-saving"));
            }
            Err(err) => {
                self.problem(t!(
                    lang,
                    "kiosk-repair-bad-file",
                    error = err.in_words(lang)
                ));
            }
        }
    }

    /// Shows a problem in words, scrolled into view.
    fn problem(&mut self, message: String) {
        self.reveal = 2;
        self.message = Some((message, true));
    }

    fn contact_ui(
        &mut self,
        lang: Language,
        ui: &mut Ui,
        case: &CaseRecord,
        staff: &str,
        outbox: &mut Vec<Job>,
    ) {
        ui.weak(t!(lang, "kiosk-repair-contact-hint"));
        egui::Grid::new("staff_repair_contact")
            .num_columns(2)
            .spacing(egui::vec2(12.0, 6.0))
            .show(ui, |ui| {
                field(ui, t!(lang, "kiosk-repair-customer-name"), &mut self.name);
                field(ui, t!(lang, "kiosk-repair-customer-phone"), &mut self.phone);
            });
        if !ui.button(t!(lang, "kiosk-repair-keep-contact")).clicked() {
            return;
        }
        let contact = CustomerContact {
            name: self.name.trim().to_owned(),
            phone: self.phone.trim().to_owned(),
            staff: staff.to_owned(),
            at: unix_now(),
        };
        outbox.push(Job::Record {
            code: case.code.clone(),
            what: Recording::Contact(contact),
        });
    }

    /// Makes the pickup sheet here and has the store's thread write it (no disk on the window's thread);
    /// its answer comes back through [`StaffRepair::sheet_written`].
    fn write_sheet(
        &mut self,
        lang: Language,
        kb: &KnowledgeBase,
        case: &CaseRecord,
        outbox: &mut Vec<Job>,
    ) {
        let path = PathBuf::from(self.sheet.trim());
        match pickup_sheet(lang, kb, case) {
            Ok(contents) => {
                self.message = None;
                outbox.push(Job::WriteFile { path, contents });
            }
            Err(err) => self.sheet_written(lang, &path, Err(err.in_words(lang))),
        }
    }

    /// Shows whether the pickup sheet was written (the store thread's answer).
    pub(super) fn sheet_written(
        &mut self,
        lang: Language,
        path: &Path,
        written: Result<(), String>,
    ) {
        self.reveal = 2;
        self.message = Some(match written {
            Ok(()) => (
                t!(
                    lang,
                    "kiosk-repair-sheet-written",
                    path = path.display().to_string()
                ),
                false,
            ),
            Err(error) => (t!(lang, "kiosk-repair-sheet-failed", error = error), true),
        });
    }

    /// Shows how a store write went (the store thread's answer).
    pub(super) fn said(
        &mut self,
        lang: Language,
        written: Result<(), micdoctor_store::StoreError>,
        done: String,
    ) {
        match written {
            Ok(()) => {
                self.reveal = 2;
                self.message = Some((done, false));
            }
            Err(err) => {
                self.problem(t!(
                    lang,
                    "kiosk-cases-store-unusable",
                    error = err.in_words(lang)
                ));
            }
        }
    }
}

/// A row of the section's grid: `label`, then its field [`FIELD_WIDTH`] wide.
fn field(ui: &mut Ui, label: String, text: &mut String) {
    let label = ui.label(label);
    ui.add(TextEdit::singleline(text).desired_width(FIELD_WIDTH))
        .labelled_by(label.id);
    ui.end_row();
}

/// Where a case's pickup sheet goes unless staff type another place: the home folder.
fn default_sheet_path(code: &str) -> String {
    let home = std::env::var_os("HOME").map_or_else(std::env::temp_dir, PathBuf::from);
    home.join(format!("pickup-{code}.html"))
        .display()
        .to_string()
}
