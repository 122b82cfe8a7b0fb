//! The app's case-store thread: one thread owns the [`Keeper`] (and so the store), takes [`Job`]s in
//! order and answers each with a [`Done`]. The window only sends and reads messages, so a store that
//! hangs (a server that does not answer, a file locked elsewhere) never holds up a frame; its jobs wait
//! their turn on the thread, and what the window shows says "loading…" meanwhile.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant};

use crate::{
    CaseRecord, CustomerContact, Keeper, Pending, Recheck, StaffAction, StoreError, StoreLocation,
    TechnicianVerdict, import_case_log_once,
};

/// Something for the store thread to do.
#[derive(Debug, Clone)]
pub enum Job {
    /// Keep a snapshot of a case (queued in memory while the store is away).
    Keep(Box<Pending>),
    /// Log a staff action.
    Log(StaffAction),
    /// Find at most `limit` cases whose code starts with `code_start`, started in `since..until`.
    Search {
        code_start: String,
        since: u64,
        until: u64,
        limit: usize,
    },
    /// Read one case.
    Read(String),
    /// Record something on case `code`, then read it again.
    Record { code: String, what: Recording },
    /// Move an old case log (`dir/cases.jsonl`) into the store, once.
    ImportCaseLog(PathBuf),
    /// Write a page made from a case (the pickup sheet) to a file: a disk the window never waits on
    /// either.
    WriteFile { path: PathBuf, contents: String },
}

/// What is recorded on a case.
#[derive(Debug, Clone, PartialEq)]
pub enum Recording {
    Verdict(TechnicianVerdict),
    Contact(CustomerContact),
    Recheck(Recheck),
}

/// What came of a [`Job`], in the order the jobs were sent.
#[derive(Debug)]
pub enum Done {
    /// A snapshot of case `code` was kept, or stays queued (the error says why). `renamed` lists the
    /// cases given a new code because theirs was another case's (old, new).
    Kept {
        code: String,
        result: Result<(), StoreError>,
        renamed: Vec<(String, String)>,
    },
    Logged(Result<(), StoreError>),
    Found(Result<Vec<CaseRecord>, StoreError>),
    Read {
        code: String,
        result: Result<Option<CaseRecord>, StoreError>,
    },
    /// Something was recorded on case `code` (the case as it now reads), or not.
    Recorded {
        code: String,
        what: Recording,
        result: Result<Option<CaseRecord>, StoreError>,
    },
    /// How many events an old case log brought in (`None`: there was none).
    Imported(Result<Option<usize>, StoreError>),
    /// A page was written to `path`, or not (the system's words why).
    Written {
        path: PathBuf,
        result: Result<(), String>,
    },
}

/// The window's end of the store thread.
pub struct StoreWriter {
    location: StoreLocation,
    jobs: Option<Sender<Job>>,
    done: Receiver<Done>,
    sent: u64,
    handled: Arc<AtomicU64>,
}

impl std::fmt::Debug for StoreWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreWriter")
            .field("location", &self.location)
            .field("sent", &self.sent)
            .field("handled", &self.handled.load(Ordering::SeqCst))
            .finish_non_exhaustive()
    }
}

impl StoreWriter {
    /// A thread writing to the store at `location` (opened when first needed); `wake` is called after
    /// every job, so the window draws what came of it.
    ///
    /// # Errors
    /// When the thread cannot be started.
    pub fn spawn(location: StoreLocation, wake: Box<dyn Fn() + Send>) -> std::io::Result<Self> {
        Self::with_keeper(Keeper::new(location), wake)
    }

    /// A thread working through `keeper` (tests give it a store of their own).
    ///
    /// # Errors
    /// When the thread cannot be started.
    pub fn with_keeper(mut keeper: Keeper, wake: Box<dyn Fn() + Send>) -> std::io::Result<Self> {
        let location = keeper.location().clone();
        let (jobs, inbox) = mpsc::channel::<Job>();
        let (outbox, done) = mpsc::channel();
        let handled = Arc::new(AtomicU64::new(0));
        let counted = Arc::clone(&handled);
        std::thread::Builder::new()
            .name("micdoctor-case-store".into())
            .spawn(move || {
                for job in inbox {
                    let answer = work(&mut keeper, job);
                    counted.fetch_add(1, Ordering::SeqCst);
                    if outbox.send(answer).is_err() {
                        break;
                    }
                    wake();
                }
            })?;
        Ok(Self {
            location,
            jobs: Some(jobs),
            done,
            sent: 0,
            handled,
        })
    }

    /// Where the store is.
    #[must_use]
    pub fn location(&self) -> &StoreLocation {
        &self.location
    }

    /// Hands `job` to the thread; never waits.
    pub fn send(&mut self, job: Job) {
        if let Some(jobs) = &self.jobs
            && jobs.send(job).is_ok()
        {
            self.sent += 1;
        }
    }

    /// What the thread has done since the last call, oldest first; never waits.
    #[must_use]
    pub fn take_done(&self) -> Vec<Done> {
        self.done.try_iter().collect()
    }

    /// True while jobs sent are not done yet.
    #[must_use]
    pub fn busy(&self) -> bool {
        self.handled.load(Ordering::SeqCst) < self.sent
    }

    /// Waits, at most `limit`, until every job sent is done; true when they are. For the app's exit (the
    /// last snapshot written) and for tests — never in a frame.
    #[must_use]
    pub fn settle(&self, limit: Duration) -> bool {
        let until = Instant::now() + limit;
        while self.busy() {
            if Instant::now() >= until {
                return false;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        true
    }
}

impl Drop for StoreWriter {
    /// The thread finishes the jobs it has and ends; nobody waits for it.
    fn drop(&mut self) {
        self.jobs = None;
    }
}

/// Does one job on the store thread.
fn work(keeper: &mut Keeper, job: Job) -> Done {
    match job {
        Job::Keep(pending) => {
            let code = pending.snapshot.code().to_owned();
            let result = keeper.write(*pending);
            Done::Kept {
                code,
                result,
                renamed: keeper.take_renamed(),
            }
        }
        Job::Log(action) => Done::Logged(keeper.store().and_then(|s| s.log_staff(&action))),
        Job::Search {
            code_start,
            since,
            until,
            limit,
        } => Done::Found(
            keeper
                .store()
                .and_then(|s| s.search(&code_start, since, until, limit)),
        ),
        Job::Read(code) => {
            let result = keeper.store().and_then(|s| s.case(&code));
            Done::Read { code, result }
        }
        Job::Record { code, what } => {
            let result = keeper.store().and_then(|s| {
                match &what {
                    Recording::Verdict(verdict) => s.record_verdict(&code, verdict),
                    Recording::Contact(contact) => s.record_contact(&code, contact),
                    Recording::Recheck(recheck) => s.record_recheck(&code, recheck),
                }?;
                s.case(&code)
            });
            Done::Recorded { code, what, result }
        }
        Job::ImportCaseLog(dir) => Done::Imported(import_case_log_once(keeper, &dir)),
        Job::WriteFile { path, contents } => {
            let result = std::fs::write(&path, contents).map_err(|err| err.to_string());
            Done::Written { path, result }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Jobs are done in order on the thread, and the window's side never waits for them.
    #[test]
    fn jobs_are_done_in_order_off_the_callers_thread() {
        let dir = std::env::temp_dir().join(format!("micdoctor-writer-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let caller = std::thread::current().id();
        let woken = Arc::new(AtomicU64::new(0));
        let counted = Arc::clone(&woken);
        let keeper = Keeper::new(StoreLocation::File(dir.join("cases.sqlite"))).opening_with(
            Box::new(move |location| {
                assert_ne!(std::thread::current().id(), caller, "opened on the thread");
                crate::open(location)
            }),
        );
        let mut writer = StoreWriter::with_keeper(
            keeper,
            Box::new(move || {
                counted.fetch_add(1, Ordering::SeqCst);
            }),
        )
        .unwrap();
        let snapshot = crate::snapshot::tests::snapshot("AB12C-DE34F", 10);
        writer.send(Job::Keep(Box::new(Pending {
            start: true,
            at: 10,
            snapshot,
        })));
        writer.send(Job::Search {
            code_start: "ab".into(),
            since: 0,
            until: u64::MAX,
            limit: 10,
        });
        assert!(writer.settle(Duration::from_secs(10)));
        let done = writer.take_done();
        assert!(
            matches!(&done[0], Done::Kept { code, result: Ok(()), renamed } if code == "AB12C-DE34F" && renamed.is_empty())
        );
        let Done::Found(Ok(found)) = &done[1] else {
            panic!("{done:?}");
        };
        assert_eq!(found.len(), 1);
        assert_eq!(woken.load(Ordering::SeqCst), 2);
        assert!(!writer.busy());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A page is written on the thread, and a place that cannot take it is said in words.
    #[test]
    fn a_page_is_written_on_the_thread() {
        let dir =
            std::env::temp_dir().join(format!("micdoctor-writer-page-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let keeper = Keeper::new(StoreLocation::File(dir.join("cases.sqlite")));
        let mut writer = StoreWriter::with_keeper(keeper, Box::new(|| {})).unwrap();
        let page = dir.join("sheet.html");
        writer.send(Job::WriteFile {
            path: page.clone(),
            contents: "<p>sheet</p>".to_owned(),
        });
        writer.send(Job::WriteFile {
            path: dir.join("missing/sheet.html"),
            contents: String::new(),
        });
        assert!(writer.settle(Duration::from_secs(10)));
        let done = writer.take_done();
        assert!(
            matches!(&done[..], [Done::Written { result: Ok(()), .. }, Done::Written { result: Err(why), .. }] if !why.is_empty()),
            "{done:?}"
        );
        assert_eq!(std::fs::read_to_string(&page).unwrap(), "<p>sheet</p>");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
