//! Recordings being measured: each file is decoded and measured on its own thread, so the window never
//! freezes; the frame reads their progress and collects what they found.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use micdoctor_recording::{Measurement, RecordingError, analyze_file};

use micdoctor_core::recording::RecordingRole;

/// Progress is kept in thousandths, so a thread can publish it without a lock.
const PROGRESS_STEPS: f64 = 1000.0;

/// One recording being measured.
pub struct Job {
    pub role: RecordingRole,
    /// The file's name (without its folders), to show while it is measured.
    pub file: String,
    /// The case the recording was given to; a result for another case is not used.
    pub case_id: u64,
    progress: Arc<AtomicU32>,
    result: Receiver<Result<Measurement, RecordingError>>,
}

impl Job {
    /// The share decoded so far (0–1).
    #[must_use]
    pub fn progress(&self) -> f32 {
        (f64::from(self.progress.load(Ordering::Relaxed)) / PROGRESS_STEPS) as f32
    }
}

/// What a finished job found.
pub struct Finished {
    pub role: RecordingRole,
    pub case_id: u64,
    pub result: Result<Measurement, RecordingError>,
}

/// The recordings being measured now.
#[derive(Default)]
pub struct RecordingJobs {
    jobs: Vec<Job>,
}

impl RecordingJobs {
    /// Starts measuring `path` as `role` of case `case_id`; `repaint` wakes the window as it goes.
    pub fn start(
        &mut self,
        path: PathBuf,
        role: RecordingRole,
        case_id: u64,
        repaint: impl Fn() + Send + 'static,
    ) {
        // A second file for the same take replaces the first one still being measured.
        self.jobs.retain(|job| job.role != role);
        let progress = Arc::new(AtomicU32::new(0));
        let (send, result) = mpsc::channel();
        let file = path.file_name().map_or_else(
            || path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        let published = Arc::clone(&progress);
        let spawned = std::thread::Builder::new()
            .name("micdoctor-recording".into())
            .spawn(move || {
                let mut last = 0_u32;
                let measured = analyze_file(&path, &mut |share| {
                    // Clamped to 0–1 first, so the cast neither wraps nor loses a sign.
                    #[allow(clippy::cast_sign_loss, reason = "clamped to 0–1000 above")]
                    let now = (share.clamp(0.0, 1.0) * PROGRESS_STEPS) as u32;
                    published.store(now, Ordering::Relaxed);
                    // Wake the window every 2 %, not for every packet.
                    if now >= last + 20 {
                        last = now;
                        repaint();
                    }
                });
                // The window may have closed meanwhile; then nobody needs the result.
                let _ = send.send(measured);
                repaint();
            });
        let result = match spawned {
            Ok(_) => result,
            Err(err) => {
                // No thread could be started: the job ends at once with the reason.
                let (send, failed) = mpsc::channel();
                let _ = send.send(Err(RecordingError::Io {
                    path: PathBuf::from(&file),
                    source: err,
                }));
                failed
            }
        };
        self.jobs.push(Job {
            role,
            file,
            case_id,
            progress,
            result,
        });
    }

    /// The recordings still being measured.
    pub fn pending(&self) -> impl Iterator<Item = &Job> {
        self.jobs.iter()
    }

    /// True while `role` is being measured.
    #[must_use]
    pub fn is_pending(&self, role: RecordingRole) -> bool {
        self.jobs.iter().any(|job| job.role == role)
    }

    /// Takes the jobs that have finished since the last call.
    pub fn collect(&mut self) -> Vec<Finished> {
        let mut finished = Vec::new();
        self.jobs.retain(|job| match job.result.try_recv() {
            Ok(result) => {
                finished.push(Finished {
                    role: job.role,
                    case_id: job.case_id,
                    result,
                });
                false
            }
            Err(TryRecvError::Empty) => true,
            Err(TryRecvError::Disconnected) => false,
        });
        finished
    }

    /// Forgets every job (a new case, or the kiosk's next customer); their threads finish unheard.
    pub fn clear(&mut self) {
        self.jobs.clear();
    }
}
