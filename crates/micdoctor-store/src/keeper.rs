//! How the app writes cases: [`Keeper`] opens the store when it first needs it, and when the store cannot
//! be opened or written (locked, damaged, on a drive that went away) it keeps the case in memory and
//! writes it, in order, with the next case that gets through. Customers never wait on the store and
//! nothing is lost while the app runs.

use std::path::Path;

use serde_json::Value;

use crate::{CaseStore, StoreError, StoreLocation};

/// A snapshot waiting to be written.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    pub code: String,
    pub problem: String,
    pub started_at: u64,
    pub at: u64,
    pub report: Value,
}

/// The app's writer to one store.
pub struct Keeper {
    location: StoreLocation,
    store: Option<Box<dyn CaseStore>>,
    queue: Vec<Pending>,
}

impl Keeper {
    /// A writer to the store at `location`; nothing is opened yet.
    #[must_use]
    pub fn new(location: StoreLocation) -> Self {
        Self {
            location,
            store: None,
            queue: Vec::new(),
        }
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
            None => crate::open(&self.location)?,
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
        while let Some(next) = self.queue.first().cloned() {
            let written = self.store().and_then(|store| {
                store.record_snapshot(
                    &next.code,
                    &next.problem,
                    next.started_at,
                    next.at,
                    &next.report,
                )
            });
            if let Err(err) = written {
                // A store that failed may be a different file by the next try (replaced, unlocked).
                self.store = None;
                return Err(err);
            }
            self.queue.remove(0);
        }
        Ok(())
    }
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
            code: code.into(),
            problem: "mic_whatsapp".into(),
            started_at: 1,
            at,
            report: serde_json::json!({ "case_code": code }),
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
}
