//! How the app writes cases: [`Keeper`] opens the store when it first needs it, and when the store cannot
//! be opened or written (locked, damaged, on a drive that went away) it keeps the case in memory and
//! writes it, in order, with the next case that gets through. Customers never wait on the store and
//! nothing is lost while the app runs. A store that fails slowly (a network timeout, a lock held
//! elsewhere) is left alone for a while, so that the counter does not freeze at every step.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::{CaseStore, Snapshot, StoreError, StoreLocation};

/// A snapshot waiting to be written.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    /// The case starts with it: a new case, whose code must not be any other case's (a taken one is
    /// drawn again). Otherwise it is a later snapshot of a case written before (or, if that one never
    /// reached the store, it starts the case).
    pub start: bool,
    /// When it was written (seconds since the Unix epoch).
    pub at: u64,
    pub snapshot: Snapshot,
}

/// How a keeper draws new codes (the core's random codes, or a forced space in tests).
pub type Draw = Box<dyn FnMut() -> String + Send>;

/// A failed write that took at least this long (a PostgreSQL server that does not answer, an SQLite
/// file locked by another program) is not tried again before [`REST_AFTER_SLOW_FAILURE`]; a quick
/// failure (a folder that is not there, a server that refuses) costs nothing and is tried every time.
pub const SLOW_FAILURE: Duration = Duration::from_millis(500);

/// How long writes stay queued after a slow failure before the store is tried again.
pub const REST_AFTER_SLOW_FAILURE: Duration = Duration::from_secs(30);

/// How a keeper opens its store (the store crate's [`crate::open`], or a stand-in in tests).
pub type Opener = Box<dyn FnMut(&StoreLocation) -> Result<Box<dyn CaseStore>, StoreError> + Send>;

/// The app's writer to one store.
pub struct Keeper {
    location: StoreLocation,
    store: Option<Box<dyn CaseStore>>,
    queue: Vec<Pending>,
    opener: Opener,
    rest: Duration,
    /// After a slow failure: when the store may be tried again, what the failure was and how long it
    /// took.
    resting: Option<(Instant, String, Duration)>,
    draw: Draw,
    /// Cases given a new code because theirs was taken: old code → new, for their later snapshots.
    renamed: HashMap<String, String>,
    /// The renamings the app has not been told of yet.
    news: Vec<(String, String)>,
}

impl Keeper {
    /// A writer to the store at `location`; nothing is opened yet.
    #[must_use]
    pub fn new(location: StoreLocation) -> Self {
        Self::with_opener(location, REST_AFTER_SLOW_FAILURE, Box::new(crate::open))
    }

    /// A writer that opens its store with `opener` and rests `rest` after a slow failure.
    fn with_opener(location: StoreLocation, rest: Duration, opener: Opener) -> Self {
        Self {
            location,
            store: None,
            queue: Vec::new(),
            opener,
            rest,
            resting: None,
            draw: Box::new(micdoctor_core::case_code::draw),
            renamed: HashMap::new(),
            news: Vec::new(),
        }
    }

    /// The same keeper opening its store with `opener` (tests give it a slow or failing store).
    #[must_use]
    pub fn opening_with(mut self, opener: Opener) -> Self {
        self.opener = opener;
        self.store = None;
        self
    }

    /// The same keeper drawing new codes with `draw` (tests force clashes with it).
    #[must_use]
    pub fn drawing_with(mut self, draw: Draw) -> Self {
        self.draw = draw;
        self
    }

    /// The cases given a new code since the last call, as (old code, new code): the app gives its
    /// session the new one and tells staff.
    pub fn take_renamed(&mut self) -> Vec<(String, String)> {
        std::mem::take(&mut self.news)
    }

    /// Where the store is.
    #[must_use]
    pub fn location(&self) -> &StoreLocation {
        &self.location
    }

    /// Snapshots still waiting for the store.
    #[must_use]
    pub fn queued(&self) -> usize {
        self.queue.len()
    }

    /// The store, opened now if it was not.
    ///
    /// # Errors
    /// Why it cannot be opened.
    pub fn store(&mut self) -> Result<&mut dyn CaseStore, StoreError> {
        let store = match self.store.take() {
            Some(store) => store,
            None => (self.opener)(&self.location)?,
        };
        Ok(self.store.insert(store).as_mut())
    }

    /// Writes `snapshot` after everything still queued. On failure it stays queued, in order, and the
    /// error says why (for staff).
    ///
    /// # Errors
    /// Why the store could not take it now.
    pub fn write(&mut self, snapshot: Pending) -> Result<(), StoreError> {
        self.queue.push(snapshot);
        self.flush()
    }

    /// Writes what is queued, oldest first; stops at the first failure (the rest stays queued).
    ///
    /// # Errors
    /// Why the store could not take it now.
    pub fn flush(&mut self) -> Result<(), StoreError> {
        if let Some((until, last, took)) = &self.resting {
            let now = Instant::now();
            if now < *until {
                if self.queue.is_empty() {
                    return Ok(());
                }
                return Err(StoreError::Resting {
                    // Rounded to the nearest second; the wait rounded up.
                    took_seconds: (*took + Duration::from_millis(500)).as_secs(),
                    last: last.clone(),
                    retry_in_seconds: (until.duration_since(now) + Duration::from_millis(999))
                        .as_secs(),
                });
            }
            self.resting = None;
        }
        while let Some(mut next) = self.queue.first().cloned() {
            if let Some(new) = self.renamed.get(next.snapshot.code()) {
                next.snapshot.set_code(new.clone());
            }
            let started = Instant::now();
            let store = match self.store.take() {
                Some(store) => Ok(store),
                None => (self.opener)(&self.location),
            };
            let written = store.and_then(|mut store| {
                let renamed = write_pending(store.as_mut(), &mut next, &mut self.draw);
                self.store = Some(store);
                renamed
            });
            if let Ok(Some(old)) = &written {
                self.renamed
                    .insert(old.clone(), next.snapshot.code().to_owned());
                self.news
                    .push((old.clone(), next.snapshot.code().to_owned()));
            }
            if let Err(err) = written {
                // A store that failed may be a different file by the next try (replaced, unlocked).
                self.store = None;
                let took = started.elapsed();
                if took >= SLOW_FAILURE {
                    self.resting = Some((Instant::now() + self.rest, err.to_string(), took));
                }
                return Err(err);
            }
            self.queue.remove(0);
        }
        Ok(())
    }
}

/// Writes one pending snapshot: a start creates its case (a new code drawn while its own is taken), a
/// later snapshot is appended to its case, or creates it when that never reached the store. Returns the
/// code the case had when it got a new one.
fn write_pending(
    store: &mut dyn CaseStore,
    pending: &mut Pending,
    draw: &mut Draw,
) -> Result<Option<String>, StoreError> {
    if !pending.start {
        match store.record_snapshot(pending.at, &pending.snapshot) {
            Err(StoreError::NoSuchCase(_) | StoreError::CodeTaken { .. }) => {}
            other => return other.map(|()| None),
        }
    }
    crate::create_case_drawing(store, &mut pending.snapshot, pending.at, draw)
}

/// Imports an older case log (`dir/cases.jsonl`) into `keeper`'s store once: the file is then renamed
/// `cases.jsonl.imported`, so it is never read again. Returns how many events came in, or `None` when
/// there was nothing to import.
///
/// # Errors
/// When the log cannot be read or the store written (the log then stays, to be tried again).
pub fn import_case_log_once(keeper: &mut Keeper, dir: &Path) -> Result<Option<usize>, StoreError> {
    let log = dir.join("cases.jsonl");
    if !log.is_file() {
        return Ok(None);
    }
    let store = keeper.store()?;
    let imported = crate::exchange::import_jsonl(store, &log)?;
    let done = dir.join("cases.jsonl.imported");
    std::fs::rename(&log, &done).map_err(|source| StoreError::Read { path: log, source })?;
    Ok(Some(imported.events))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending(code: &str, at: u64) -> Pending {
        Pending {
            start: true,
            at,
            snapshot: crate::snapshot::tests::snapshot(code, 1),
        }
    }

    #[test]
    fn cases_wait_in_memory_while_the_store_is_away_and_none_is_lost() {
        let dir = std::env::temp_dir().join(format!("micdoctor-keeper-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        // The store's folder does not exist yet (a drive not mounted).
        let mut keeper = Keeper::new(StoreLocation::File(dir.join("cases.sqlite")));
        assert!(keeper.write(pending("A1", 10)).is_err());
        assert!(keeper.write(pending("B2", 20)).is_err());
        assert_eq!(keeper.queued(), 2);
        // The drive is back.
        std::fs::create_dir_all(&dir).unwrap();
        keeper.write(pending("C3", 30)).unwrap();
        assert_eq!(keeper.queued(), 0);
        let codes: Vec<String> = keeper
            .store()
            .unwrap()
            .cases(0)
            .unwrap()
            .into_iter()
            .map(|c| c.code)
            .collect();
        assert_eq!(codes, ["A1", "B2", "C3"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A store that takes a second to fail (a server that does not answer) is tried once, then left
    /// alone while cases queue without waiting; after the rest it is tried again, and a quick failure
    /// is tried at every write.
    #[test]
    fn a_store_that_fails_slowly_is_left_alone_for_a_while() {
        use std::sync::Arc;
        use std::sync::atomic::{AtomicUsize, Ordering};
        let tries = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&tries);
        let opener: Opener = Box::new(move |_| {
            counted.fetch_add(1, Ordering::SeqCst);
            std::thread::sleep(SLOW_FAILURE + Duration::from_millis(100));
            Err(StoreError::Unreachable {
                at: "db.shop".into(),
                why: "timed out".into(),
            })
        });
        let rest = Duration::from_secs(3);
        let mut keeper = Keeper::with_opener(StoreLocation::File("x".into()), rest, opener);
        assert!(matches!(
            keeper.write(pending("A1", 10)),
            Err(StoreError::Unreachable { .. })
        ));
        assert_eq!(tries.load(Ordering::SeqCst), 1);
        // Resting: the next case is queued at once, and the message says when the next try is.
        let waited = Instant::now();
        let err = keeper.write(pending("B2", 20)).unwrap_err();
        assert!(waited.elapsed() < SLOW_FAILURE);
        assert!(
            matches!(
                err,
                StoreError::Resting {
                    retry_in_seconds: 1..=3,
                    ..
                }
            ),
            "{err}"
        );
        assert!(err.to_string().contains("timed out"), "{err}");
        assert_eq!(tries.load(Ordering::SeqCst), 1);
        assert_eq!(keeper.queued(), 2);
        // After the rest, the store is tried again; nothing queued was dropped.
        std::thread::sleep(rest);
        assert!(keeper.write(pending("C3", 30)).is_err());
        assert_eq!(tries.load(Ordering::SeqCst), 2);
        assert_eq!(keeper.queued(), 3);

        // A failure that costs nothing is tried every time.
        let quick = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&quick);
        let opener: Opener = Box::new(move |_| {
            counted.fetch_add(1, Ordering::SeqCst);
            Err(StoreError::NoSuchCase("x".into()))
        });
        let mut keeper = Keeper::with_opener(StoreLocation::File("x".into()), rest, opener);
        for at in 0..3 {
            assert!(keeper.write(pending("Q", at)).is_err());
        }
        assert_eq!(quick.load(Ordering::SeqCst), 3);
    }
}
