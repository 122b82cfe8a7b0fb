//! The case store never runs on the UI thread: with a store that hangs on every call (a server that does
//! not answer), a kiosk customer works through a case and staff open the panel, and every frame is drawn
//! while the store sleeps. The store notes which thread called it: never the one drawing.
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::ThreadId;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use micdoctor::ui::MicDoctorApp;
use micdoctor::ui::state::AppState;
use micdoctor_store::{
    CaseRecord, CaseStore, ConfirmedRecord, Keeper, SqliteStore, StaffAction, StoreError,
    StoreLocation, StoredEvent, Work,
};

use crate::support::{click, kb, open_mic_workspace};

/// How long a call of the store hangs at most; the test lets it go long before.
const HANG: Duration = Duration::from_mins(1);

/// What the sleeping store saw: the threads that called it, and whether it may answer now.
#[derive(Default)]
struct Watch {
    callers: Mutex<Vec<ThreadId>>,
    released: AtomicBool,
    /// Calls that have returned.
    answered: AtomicUsize,
}

impl Watch {
    /// Notes the calling thread, then sleeps up to [`HANG`] (less once the test lets the store go).
    fn hang(&self) {
        self.callers
            .lock()
            .unwrap()
            .push(std::thread::current().id());
        let until = Instant::now() + HANG;
        while Instant::now() < until && !self.released.load(Ordering::SeqCst) {
            std::thread::sleep(Duration::from_millis(5));
        }
        self.answered.fetch_add(1, Ordering::SeqCst);
    }
}

/// A real SQLite store that sleeps before every call.
struct Sleepy {
    inner: SqliteStore,
    watch: Arc<Watch>,
}

impl CaseStore for Sleepy {
    fn atomically(&mut self, work: &mut Work<'_>) -> Result<(), StoreError> {
        self.watch.hang();
        self.inner.atomically(work)
    }
    fn events(&self, code: &str) -> Result<Vec<StoredEvent>, StoreError> {
        self.watch.hang();
        self.inner.events(code)
    }
    fn cases(&self, since: u64) -> Result<Vec<CaseRecord>, StoreError> {
        self.watch.hang();
        self.inner.cases(since)
    }
    fn case(&self, code: &str) -> Result<Option<CaseRecord>, StoreError> {
        self.watch.hang();
        self.inner.case(code)
    }
    fn search(
        &self,
        code_start: &str,
        since: u64,
        until: u64,
        limit: usize,
    ) -> Result<Vec<CaseRecord>, StoreError> {
        self.watch.hang();
        self.inner.search(code_start, since, until, limit)
    }
    fn confirmed(&self, since: u64) -> Result<Vec<ConfirmedRecord>, StoreError> {
        self.watch.hang();
        self.inner.confirmed(since)
    }
    fn forget(&mut self, code: &str, staff: &str, at: u64) -> Result<(), StoreError> {
        self.watch.hang();
        self.inner.forget(code, staff, at)
    }
    fn staff_log(&self) -> Result<Vec<StaffAction>, StoreError> {
        self.watch.hang();
        self.inner.staff_log()
    }
}

use crate::kiosk::PIN;

fn sleepy_kiosk(path: PathBuf, watch: Arc<Watch>) -> Harness<'static, MicDoctorApp> {
    let settings = crate::kiosk::settings(Some(path.clone()));
    Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_eframe(move |cc| {
            let watch = Arc::clone(&watch);
            let keeper = Keeper::new(StoreLocation::File(path.clone())).opening_with(Box::new(
                move |location| {
                    let StoreLocation::File(file) = location else {
                        unreachable!("a file store")
                    };
                    Ok(Box::new(Sleepy {
                        inner: SqliteStore::open(file)?,
                        watch: Arc::clone(&watch),
                    }) as Box<dyn CaseStore>)
                },
            ));
            let state = AppState::new(kb(), "bundled".into());
            MicDoctorApp::kiosk_from_state(&cc.egui_ctx, state, settings.clone())
                .with_case_store(&cc.egui_ctx, keeper)
        })
}

/// Runs one frame and says how long it took.
fn timed_step(harness: &mut Harness<'_, MicDoctorApp>) -> Duration {
    let started = Instant::now();
    harness.step();
    started.elapsed()
}

#[test]
fn a_store_that_hangs_never_holds_up_a_frame() {
    let dir = std::env::temp_dir().join(format!("micdoctor-sleepy-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let watch = Arc::new(Watch::default());
    let drawing = std::thread::current().id();
    let mut harness = sleepy_kiosk(dir.join("cases.sqlite"), Arc::clone(&watch));

    // A customer starts a case (its first snapshot goes to the store, which hangs) and answers on.
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    let code = harness.state().state.session.as_ref().unwrap().case_code();
    let mut worst = Duration::ZERO;
    for _ in 0..30 {
        worst = worst.max(timed_step(&mut harness));
    }
    // Staff open the panel: its list is asked for, and waits its turn behind the hanging write.
    harness.state_mut().open_pin_pad();
    harness.run();
    let name = harness.get_by_label("Your name");
    name.click();
    name.type_text("Ana");
    harness.run();
    harness.key_press(egui::Key::Tab);
    harness.run();
    for digit in PIN.chars() {
        click(&mut harness, &digit.to_string());
    }
    click(&mut harness, "OK");
    for _ in 0..30 {
        worst = worst.max(timed_step(&mut harness));
    }
    harness.get_by_label("Loading cases\u{2026}");
    assert!(
        harness.state().state.session.is_some(),
        "the customer's case is still on screen"
    );
    let called = watch.callers.lock().unwrap().clone();
    assert!(!called.is_empty(), "the store was called (and is hanging)");
    assert_eq!(
        watch.answered.load(Ordering::SeqCst),
        0,
        "every frame above was drawn while the store had answered nothing"
    );
    println!(
        "worst frame while the store hung: {:.1} ms ({} store calls so far, none answered)",
        worst.as_secs_f64() * 1000.0,
        called.len()
    );

    // The store answers again: the case is written and the panel lists it.
    watch.released.store(true, Ordering::SeqCst);
    assert!(harness.state().case_store_settled(Duration::from_secs(30)));
    harness.run();
    harness.get_by_label_contains(&code);
    assert!(harness.query_by_label("Loading cases\u{2026}").is_none());
    let called = watch.callers.lock().unwrap().clone();
    assert!(
        called.iter().all(|caller| *caller != drawing),
        "the UI thread never calls the store"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
