//! The staff desk's cases as plain state: the search (a code, a day YYYY-MM-DD, or nothing for today's
//! cases), the cases listed, the one opened read-only, the technician's verdict being written, and the
//! repair's end (`staff_repair`). A barcode scanner types the code and Enter into the search field, which
//! opens the case. Every opening and verdict is logged with the staff name.
//!
//! The desk never touches the store: what it draws asks for [`DeskAction`]s, [`StaffCases::apply`] turns
//! them into store jobs in an outbox, and the kiosk hands those to the store thread after the frame
//! ([`StaffCases::take_jobs`]). The thread's answers come back through [`StaffCases::receive`]; until
//! then the desk says "loading…".

use micdoctor_store::{CaseRecord, Done, Job, Recording, StaffAction, TechnicianVerdict};

use super::staff_repair::StaffRepair;
use crate::clock::LocalClock;
use micdoctor_core::i18n::Language;
use micdoctor_core::session::unix_now;
use micdoctor_core::t;

/// Most rows the table shows.
const MAX_ROWS: usize = 50;

/// What staff asked for at the desk, applied in one place ([`StaffCases::apply`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeskAction {
    /// The search field changed: list what it names.
    Search,
    /// Enter in the search field (a scanner ends with it): open the case whose code it holds.
    Scan,
    /// Open the listed case with this code.
    Open(String),
    /// Record the verdict chosen on the open case.
    RecordVerdict,
}

/// What the desk's case side holds between frames.
#[derive(Debug, Default)]
pub struct StaffCases {
    /// A case code or a day (YYYY-MM-DD); empty: today's cases.
    pub query: String,
    listed: Vec<CaseRecord>,
    loaded: bool,
    open: Option<CaseRecord>,
    /// The verdict's cause being chosen, and the note typed with it.
    pub(super) cause: String,
    pub(super) note: String,
    /// Who is at the desk (typed with the PIN).
    pub staff: String,
    /// Whether the shop keeps customers' names and phones (config `customer_contact`).
    pub contact_allowed: bool,
    pub(super) repair: StaffRepair,
    message: Option<(String, bool)>,
    /// Searches sent to the store thread and not answered yet; the table shows the last one's answer.
    searching: usize,
    /// A verdict sent and not answered yet.
    saving: bool,
    /// The shop's clock: the table's times and what "today" is.
    pub clock: LocalClock,
    /// The moment whose day is "today"; `None`: now. (Pictures of the desk pin it.)
    pub today: Option<u64>,
    /// Store jobs asked for and not yet handed to the store thread.
    pub(super) outbox: Vec<Job>,
}

impl StaffCases {
    /// Forgets the list, so it is read again when next shown.
    pub fn reload(&mut self) {
        self.loaded = false;
    }

    /// Whether the list must be read (first shown, or after [`Self::reload`]).
    #[must_use]
    pub fn needs_loading(&self) -> bool {
        !self.loaded
    }

    /// The moment "today" is taken from.
    #[must_use]
    pub fn now(&self) -> u64 {
        self.today.unwrap_or_else(unix_now)
    }

    /// The cases listed (the latest search's answer).
    #[must_use]
    pub fn listed(&self) -> &[CaseRecord] {
        &self.listed
    }

    /// The case opened, if any.
    #[must_use]
    pub fn open_case(&self) -> Option<&CaseRecord> {
        self.open.as_ref()
    }

    /// Whether a search is on its way to the store thread.
    #[must_use]
    pub fn searching(&self) -> bool {
        self.searching > 0
    }

    /// Whether a verdict is on its way.
    #[must_use]
    pub fn saving(&self) -> bool {
        self.saving
    }

    /// The latest message about the cases, and whether it tells of a problem.
    #[must_use]
    pub fn message(&self) -> Option<&(String, bool)> {
        self.message.as_ref()
    }

    /// Whether the table lists today's cases (nothing searched for).
    #[must_use]
    pub fn listing_today(&self) -> bool {
        self.query.trim().is_empty()
    }

    /// The jobs asked for since the last call, for the store thread.
    pub fn take_jobs(&mut self) -> Vec<Job> {
        std::mem::take(&mut self.outbox)
    }

    /// Carries out what staff asked for.
    pub fn apply(&mut self, lang: Language, action: DeskAction) {
        match action {
            DeskAction::Search => self.search(),
            DeskAction::Scan => {
                let query = self.query.trim().to_owned();
                self.search();
                if let Some(found) = self
                    .listed
                    .iter()
                    .find(|c| c.code.eq_ignore_ascii_case(&query))
                    .cloned()
                {
                    self.open(lang, found);
                }
            }
            DeskAction::Open(code) => {
                if let Some(found) = self.listed.iter().find(|c| c.code == code).cloned() {
                    self.open(lang, found);
                }
            }
            DeskAction::RecordVerdict => {
                let Some(case) = &self.open else {
                    return;
                };
                let verdict = TechnicianVerdict {
                    cause: self.cause.clone(),
                    note: self.note.trim().to_owned(),
                    staff: self.staff.trim().to_owned(),
                    at: unix_now(),
                };
                self.outbox.push(Job::Record {
                    code: case.code.clone(),
                    what: Recording::Verdict(verdict),
                });
                self.saving = true;
            }
        }
    }

    /// Asks for the cases the search field names: a day lists that day's (on the shop's calendar), a
    /// code the cases whose code starts with it, nothing today's.
    fn search(&mut self) {
        self.loaded = true;
        let query = self.query.trim().to_owned();
        let day = self.clock.day(&query);
        let (since, until) = match day {
            Some(span) => span,
            None if query.is_empty() => (self.clock.day_of(self.now()).0, u64::MAX),
            None => (0, u64::MAX),
        };
        let wanted = if day.is_some() { "" } else { query.as_str() };
        self.outbox.push(Job::Search {
            code_start: wanted.to_owned(),
            since,
            until,
            limit: MAX_ROWS,
        });
        self.searching += 1;
    }

    fn open(&mut self, lang: Language, record: CaseRecord) {
        self.cause = record
            .verdict
            .as_ref()
            .map(|v| v.cause.clone())
            .unwrap_or_default();
        self.note.clear();
        self.log(lang, "open_case", &record.code);
        self.open = Some(record);
    }

    fn log(&mut self, lang: Language, action: &str, detail: &str) {
        let staff = self.staff_name(lang);
        self.outbox.push(Job::Log(StaffAction {
            at: unix_now(),
            staff,
            action: action.to_owned(),
            detail: detail.to_owned(),
        }));
    }

    /// Takes an answer of the store thread meant for the desk; gives back any other.
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
            Done::Written { path, result } => self.repair.sheet_written(lang, &path, result),
            other => return Some(other),
        }
        None
    }

    /// Who is at the desk, or "(no name given)".
    #[must_use]
    pub fn staff_name(&self, lang: Language) -> String {
        let name = self.staff.trim();
        if name.is_empty() {
            t!(lang, "kiosk-cases-no-name")
        } else {
            name.to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-12-07T05:05:39Z: 02:05 in São Paulo, whose day began at 03:00 UTC.
    const AT: u64 = 1_796_619_939;
    const SAO_PAULO_MIDNIGHT: u64 = 1_796_612_400;

    fn case(code: &str) -> CaseRecord {
        CaseRecord {
            code: code.to_owned(),
            problem: "mic_whatsapp".to_owned(),
            started_at: AT,
            updated_at: AT,
            snapshot: None,
            verdict: None,
            contact: None,
            recheck: None,
        }
    }

    #[test]
    fn today_is_the_shops_day_and_a_scan_opens_its_case() {
        let lang = Language::English;
        let mut cases = StaffCases {
            clock: LocalClock::fixed_hours(-3),
            today: Some(AT),
            staff: "Ana".to_owned(),
            ..StaffCases::default()
        };
        cases.apply(lang, DeskAction::Search);
        match &cases.take_jobs()[..] {
            [
                Job::Search {
                    code_start,
                    since,
                    until,
                    ..
                },
            ] => {
                assert!(code_start.is_empty());
                assert_eq!((*since, *until), (SAO_PAULO_MIDNIGHT, u64::MAX));
            }
            other => panic!("{other:?}"),
        }
        assert!(cases.searching());
        let _ = cases.receive(lang, Done::Found(Ok(vec![case("AB12"), case("CD34")])));
        assert!(!cases.searching());
        // A scanner types the code (any case) and Enter.
        cases.query = "cd34".to_owned();
        cases.apply(lang, DeskAction::Scan);
        assert_eq!(cases.open_case().map(|c| c.code.as_str()), Some("CD34"));
        match &cases.take_jobs()[..] {
            [Job::Search { code_start, .. }, Job::Log(action)] => {
                assert_eq!(code_start, "cd34");
                assert_eq!(
                    (action.staff.as_str(), action.action.as_str()),
                    ("Ana", "open_case")
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_day_lists_the_shops_day() {
        let mut cases = StaffCases {
            clock: LocalClock::fixed_hours(-3),
            query: "2026-12-07".to_owned(),
            ..StaffCases::default()
        };
        cases.apply(Language::English, DeskAction::Search);
        assert!(matches!(
            &cases.take_jobs()[..],
            [Job::Search { code_start, since, until, .. }]
                if code_start.is_empty()
                    && *since == SAO_PAULO_MIDNIGHT
                    && *until == SAO_PAULO_MIDNIGHT + 86_400
        ));
    }
}
