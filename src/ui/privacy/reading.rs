//! Reading an App Privacy Report on its own thread, so the window stays responsive while a week's file
//! (a few MB) is read; the frame collects the result as a command, or a problem in plain words.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use micdoctor_core::privacy_report::{PrivacyReport, PrivacyReportError, read_report};
use micdoctor_core::t;

use crate::ui::command::Command;
use crate::ui::state::Notice;

/// A report being read.
struct Job {
    case_id: u64,
    file: String,
    result: Receiver<Result<PrivacyReport, PrivacyReportError>>,
}

/// The report being read now, if any (a second file replaces the first).
#[derive(Default)]
pub struct PrivacyReading {
    job: Option<Job>,
}

impl PrivacyReading {
    /// Starts reading `path` for case `case_id`; `repaint` wakes the window when it is done.
    pub fn start(&mut self, path: PathBuf, case_id: u64, repaint: impl Fn() + Send + 'static) {
        let file = path.file_name().map_or_else(
            || path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        let (send, result) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("micdoctor-privacy-report".into())
            .spawn(move || {
                let _ = send.send(read_report(&path));
                repaint();
            });
        if spawned.is_ok() {
            self.job = Some(Job {
                case_id,
                file,
                result,
            });
        }
    }

    /// The file being read, while it is.
    #[must_use]
    pub fn busy(&self) -> Option<&str> {
        self.job.as_ref().map(|job| job.file.as_str())
    }

    /// Forgets the report being read (a new customer at the kiosk).
    pub fn forget(&mut self) {
        self.job = None;
    }

    /// What the finished reading found, as a command: the report for its case, or why it could not be read.
    pub fn collect(&mut self, commands: &mut Vec<Command>) {
        let Some(job) = &self.job else { return };
        let outcome = match job.result.try_recv() {
            Err(TryRecvError::Empty) => return,
            Ok(outcome) => outcome,
            Err(TryRecvError::Disconnected) => return self.job = None,
        };
        let Some(job) = self.job.take() else { return };
        commands.push(match outcome {
            Ok(report) => Command::PrivacyReportRead {
                case_id: job.case_id,
                file: job.file,
                report: Arc::new(report),
            },
            Err(err) => Command::Notify(Notice::problem(move |lang| {
                t!(lang, "notice-privacy-unusable", error = err.in_words(lang))
            })),
        });
    }
}
