//! The counter kiosk, driven headless through real frames: idle reset with the harness's clock, the staff
//! PIN gate (wrong tries, the one-minute lock, the panel), touch-sized targets, the case log, and faults
//! that restart the case instead of leaving a dead screen.
use std::path::PathBuf;
use std::sync::OnceLock;

use crate::support::{advance_clock, advance_to, click, kb, open_mic_workspace, repaint_delay};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use micdoctor::ui::MicDoctorApp;
use micdoctor::ui::kiosk::KioskSettings;
use micdoctor::ui::state::{AppState, Screen};
use micdoctor_core::i18n::Language;
use micdoctor_store::{CaseStore, SqliteStore};

pub(crate) const PIN: &str = "2580";

/// One argon2 hash for every test (hashing is deliberately slow).
fn pin_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| micdoctor_core::pin::hash_pin(PIN).unwrap())
}

pub(crate) fn settings(case_store: Option<PathBuf>) -> KioskSettings {
    KioskSettings {
        idle_seconds: 120,
        countdown_seconds: 15,
        zoom: 1.4,
        pin_hash: pin_hash().to_owned(),
        case_store: case_store.map(micdoctor_store::StoreLocation::File),
        config_path: None,
        customer_contact: false,
    }
}

pub(crate) fn kiosk_with(case_store: Option<PathBuf>) -> Harness<'static, MicDoctorApp> {
    kiosk_with_settings(settings(case_store))
}

pub(crate) fn kiosk_with_settings(settings: KioskSettings) -> Harness<'static, MicDoctorApp> {
    Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_eframe(move |cc| {
            let state = AppState::new(kb(), "bundled".into());
            MicDoctorApp::kiosk_from_state(&cc.egui_ctx, state, settings.clone())
        })
}

/// Lets the store thread finish what it was sent, then draws what it answered. The UI never waits for
/// the store; a test that reads the store, or what the panel shows of it, does.
pub(crate) fn settle(harness: &mut Harness<'_, MicDoctorApp>) {
    assert!(
        harness
            .state()
            .case_store_settled(std::time::Duration::from_secs(30)),
        "the store thread was still busy after 30 s"
    );
    // What came back may scroll a message into view over a few frames.
    run_a_while(harness);
}

/// Runs frames until the window is still; an answer of the store thread arriving meanwhile (it wakes
/// the window) may take a frame or two more than `run()` allows.
pub(crate) fn run_a_while(harness: &mut Harness<'_, MicDoctorApp>) {
    for _ in 0..5 {
        if harness.run_ok().is_some() {
            break;
        }
    }
}

/// Clicks the button labelled `label` (scrolled into view first), then runs frames until still.
pub(crate) fn click_a_while(harness: &mut Harness<'_, MicDoctorApp>, label: &str) {
    harness
        .get_by_role_and_label(Role::Button, label)
        .scroll_to_me();
    run_a_while(harness);
    harness.get_by_role_and_label(Role::Button, label).click();
    run_a_while(harness);
}

/// Clicks the field labelled `label` (scrolled into view first) and types `text` into it.
pub(crate) fn fill(harness: &mut Harness<'_, MicDoctorApp>, label: &str, text: &str) {
    harness.get_by_label(label).scroll_to_me();
    run_a_while(harness);
    let field = harness.get_by_label(label);
    field.click();
    field.type_text(text);
    run_a_while(harness);
    settle(harness);
}

/// Scrolls the button labelled `label` into view and clicks it.
fn press(harness: &mut Harness<'_, MicDoctorApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    run_a_while(harness);
    click_a_while(harness, label);
    settle(harness);
}

/// Presses the staff panel's "Measure and keep with the case" and lets its measuring thread finish
/// and the panel take in what it found. The thread ends whenever it ends, so the frames after the click
/// are run without `run()`'s step limit: a slow machine finishing during them is not a failure.
fn measure_and_wait(harness: &mut Harness<'_, MicDoctorApp>) {
    let label = "Measure and keep with the case";
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(Role::Button, label).click();
    harness.step();
    for _ in 0..3000 {
        let settled = harness.run_ok().is_some();
        if settled
            && harness
                .query_by_label("Measuring the recordings\u{2026}")
                .is_none()
        {
            settle(harness);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the recordings were still being measured after 30 s");
}

fn kiosk() -> Harness<'static, MicDoctorApp> {
    kiosk_with(None)
}

/// Types a name (when the field is still empty) and `pin` into the staff PIN pad, then OK.
pub(crate) fn type_pin(harness: &mut Harness<'_, MicDoctorApp>, pin: &str) {
    let name = harness.get_by_label("Your name");
    if name.value().unwrap_or_default().is_empty() {
        name.click();
        name.type_text("Ana");
        harness.run();
        // Digits go to the PIN once the name field has let go of the keyboard.
        harness.key_press(Key::Tab);
        harness.run();
    }
    for digit in pin.chars() {
        click(harness, &digit.to_string());
    }
    click_a_while(harness, "OK");
}

#[test]
fn idle_reset_asks_counts_down_then_clears_the_case() {
    let mut harness = kiosk();
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    assert!(harness.state().state.session.is_some());

    advance_clock(&mut harness, 100.0);
    assert!(harness.query_by_label("Are you still there?").is_none());

    advance_clock(&mut harness, 25.0);
    harness.get_by_label("Are you still there?");
    harness.get_by_label_contains("cleared in 10 seconds");
    assert!(harness.state().state.session.is_some(), "not yet");

    advance_clock(&mut harness, 11.0);
    let state = &harness.state().state;
    assert!(state.session.is_none(), "the customer's answers are gone");
    assert_eq!(state.screen, Screen::Start);
    assert!(harness.query_by_label("Are you still there?").is_none());
    harness.get_by_label("What's going on with your iPhone?");
}

#[test]
fn im_still_here_keeps_the_case() {
    let mut harness = kiosk();
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    advance_clock(&mut harness, 125.0);
    // Any touch would do; the button says so in words. (No scrolling first: that is input too.)
    harness
        .get_by_role_and_label(Role::Button, "I'm still here")
        .click();
    harness.run();
    assert!(harness.query_by_label("Are you still there?").is_none());
    advance_clock(&mut harness, 60.0);
    assert!(harness.state().state.session.is_some());
    assert_eq!(harness.state().state.screen, Screen::Workspace);
}

#[test]
fn idle_reset_also_clears_the_iphone_type_and_typed_text() {
    let mut harness = kiosk();
    click(&mut harness, "Home button");
    click(&mut harness, "My microphone doesn't work in WhatsApp");
    let filter = harness.get_by_role(Role::TextInput);
    filter.click();
    filter.type_text("headset");
    harness.run();
    advance_clock(&mut harness, 121.0);
    advance_clock(&mut harness, 16.0);
    let state = &harness.state().state;
    assert!(state.is_pristine());
    assert_eq!(state.device(), micdoctor_core::kb::DeviceProfile::FaceId);
}

#[test]
fn the_language_resets_with_the_case() {
    let mut harness = kiosk();
    click(&mut harness, "Espa\u{f1}ol");
    assert_eq!(harness.state().state.language, Language::Spanish);
    // A Spanish-speaking customer walks away mid-case; the next one starts in the shop's language.
    let journey = harness.state().state.kb.problems[0].title.clone();
    click(&mut harness, &journey);
    advance_clock(&mut harness, 121.0);
    advance_clock(&mut harness, 16.0);
    assert_eq!(harness.state().state.language, Language::English);
    assert!(harness.state().state.is_pristine());
}

#[test]
fn a_language_picked_and_left_behind_is_reset_too() {
    let mut harness = kiosk();
    click(&mut harness, "Portugu\u{ea}s (Brasil)");
    advance_clock(&mut harness, 121.0);
    advance_clock(&mut harness, 16.0);
    assert_eq!(harness.state().state.language, Language::English);
}

#[test]
fn nothing_to_clear_means_no_question_and_no_wake_ups() {
    let mut harness = kiosk();
    advance_clock(&mut harness, 1000.0);
    assert!(harness.query_by_label("Are you still there?").is_none());
    // With nothing to clear the kiosk schedules no repaint at all: idle costs no CPU.
    assert_eq!(repaint_delay(&harness), std::time::Duration::MAX);
}

#[test]
fn touch_first_style_zoom_and_56_px_targets() {
    let harness = kiosk();
    assert!((harness.ctx.zoom_factor() - 1.4).abs() < 1e-6);
    assert!(!harness.ctx.options(|o| o.zoom_with_keyboard));
    let pixels_per_point = harness.ctx.pixels_per_point();
    for label in [
        "My microphone doesn't work in WhatsApp",
        "Browse all fixes",
        "Face ID",
        "Home button",
    ] {
        let height = harness.get_by_label(label).rect().height() * pixels_per_point;
        assert!(height >= 56.0, "{label} is {height} px tall");
    }
    // No desktop menu: no files to open, nothing to quit from.
    assert!(harness.query_by_label("File").is_none());
    assert!(harness.query_by_label("Help").is_none());
}

#[test]
fn pin_gate_three_wrong_tries_lock_for_a_minute_then_the_right_pin_opens_staff() {
    let mut harness = kiosk();
    harness.key_press_modifiers(Modifiers::CTRL | Modifiers::ALT, Key::S);
    harness.run();
    harness.get_by_label("Staff PIN");

    type_pin(&mut harness, "1111");
    harness.get_by_label_contains("Wrong PIN. 2 tries left");
    type_pin(&mut harness, "1112");
    harness.get_by_label_contains("Wrong PIN. 1 try left");
    type_pin(&mut harness, "1113");
    harness.get_by_label_contains("Too many wrong PINs. Try again in 60 s");
    assert!(
        harness.get_by_label("1").accesskit_node().is_disabled(),
        "the keys are off while locked"
    );

    advance_clock(&mut harness, 30.0);
    harness.get_by_label_contains("Try again in 30 s");
    advance_clock(&mut harness, 31.0);
    assert!(
        harness
            .query_by_label_contains("Too many wrong PINs")
            .is_none()
    );

    type_pin(&mut harness, PIN);
    harness.get_by_label("Staff");
    harness.get_by_label_contains("Nothing has gone wrong");
    harness.get_by_label_contains("off: cases are never written to disk");
    harness.get_by_role_and_label(Role::Button, "Exit MicDoctor");
    click(&mut harness, "Back to the counter");
    assert!(harness.query_by_label("Staff").is_none());
    harness.get_by_label("What's going on with your iPhone?");
}

#[test]
fn pin_pad_takes_keyboard_digits_and_cancels() {
    let mut harness = kiosk();
    harness.state_mut().open_pin_pad();
    harness.run();
    harness.get_by_label("0 digits entered");
    for key in [Key::Num9, Key::Num9] {
        harness.key_press(key);
    }
    harness.event(egui::Event::Text("99".into()));
    harness.run();
    harness.get_by_label("2 digits entered");
    harness.event(egui::Event::Text("80".into()));
    harness.run();
    // A PIN alone does not open the panel: who is there is asked too, and logged with every action.
    harness.get_by_label("Type your name too: every staff action is logged with it.");
    assert!(harness.get_by_label("OK").accesskit_node().is_disabled());
    let name = harness.get_by_label("Your name");
    name.click();
    name.type_text("Bo 1");
    harness.run();
    harness.get_by_label("4 digits entered");
    assert!(
        !harness.get_by_label("OK").accesskit_node().is_disabled(),
        "digits typed into the name stay in the name"
    );
    click(&mut harness, "Cancel");
    assert!(harness.query_by_label("Staff PIN").is_none());
}

#[test]
fn a_long_press_on_the_name_opens_the_pin_pad() {
    let mut harness = kiosk();
    let title = harness.get_by_label("MicDoctor").rect().center();
    harness.event(egui::Event::PointerMoved(title));
    harness.event(egui::Event::PointerButton {
        pos: title,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.run();
    assert!(harness.query_by_label("Staff PIN").is_none(), "not at once");
    for _ in 0..25 {
        advance_clock(&mut harness, 0.1);
    }
    harness.get_by_label("Staff PIN");
}

#[test]
fn a_fault_restarts_the_case_and_staff_see_what_went_wrong() {
    let mut harness = kiosk();
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    harness
        .state_mut()
        .simulate_fault_next_frame("the cause list broke");
    harness.run();
    let app = harness.state();
    assert!(app.state.session.is_none());
    assert_eq!(app.state.screen, Screen::Start);
    assert!(
        app.staff_messages()
            .iter()
            .any(|m| m.contains("the cause list broke")),
        "{:?}",
        app.staff_messages()
    );
    // The customer sees an apology and a working start screen, not the fault.
    harness.get_by_label_contains("Sorry, something went wrong");
    assert!(harness.query_by_label_contains("cause list").is_none());
    click(&mut harness, "My microphone doesn't work in WhatsApp");
    assert_eq!(harness.state().state.screen, Screen::Symptoms);
}

#[test]
fn cases_are_stored_at_start_and_outcome_only_when_the_shop_asks() {
    let dir = std::env::temp_dir().join(format!("micdoctor-kiosk-store-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("cases.sqlite");
    let mut harness = kiosk_with(Some(path.clone()));
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    advance_to(&mut harness, "fix_permissions");
    click(&mut harness, "That fixed it");
    assert_eq!(harness.state().state.screen, Screen::Outcome);
    let code = harness.state().state.session.as_ref().unwrap().case_code();
    harness.get_by_label_contains(&code);
    // A shared screen copies nothing to the clipboard and saves no files.
    assert!(harness.query_by_label("Copy this summary").is_none());
    assert!(harness.query_by_label_contains("Save report").is_none());
    settle(&mut harness);
    assert!(harness.state().staff_messages().is_empty());

    let store = SqliteStore::open(&path).unwrap();
    let events = store.events(&code).unwrap();
    assert_eq!(
        events.len(),
        2,
        "written when it started and at its outcome"
    );
    let body = |i: usize| events[i].body.to_value().unwrap();
    assert_eq!(body(0)["outcome"]["kind"], "in_progress");
    assert_eq!(body(1)["case_code"], code.as_str());
    assert_eq!(body(1)["outcome"]["kind"], "fixed");
    assert_eq!(body(1)["outcome"]["fix"], "fix_permissions");
    std::fs::remove_dir_all(&dir).unwrap();

    // Without a store, a case writes nothing anywhere.
    let mut quiet = kiosk();
    open_mic_workspace(&mut quiet, "only_whatsapp_silent");
    advance_to(&mut quiet, "fix_permissions");
    click(&mut quiet, "That fixed it");
    assert!(quiet.state().staff_messages().is_empty());
}

#[test]
fn a_store_that_is_away_keeps_cases_in_memory_and_writes_them_when_it_is_back() {
    let dir = std::env::temp_dir().join(format!("micdoctor-kiosk-away-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    // The store's drive is not there.
    let path = dir.join("cases.sqlite");
    let mut harness = kiosk_with(Some(path.clone()));
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    settle(&mut harness);
    let first = harness.state().state.session.as_ref().unwrap().case_code();
    // The customer works on; staff are told, in words.
    assert_eq!(harness.state().state.screen, Screen::Workspace);
    let messages = harness.state().staff_messages().to_vec();
    assert!(
        messages
            .iter()
            .any(|m| m.contains(&first) && m.contains("kept in memory")),
        "{messages:?}"
    );
    // The drive is back: the next case brings the queued one with it.
    std::fs::create_dir_all(&dir).unwrap();
    harness
        .state_mut()
        .state
        .apply(micdoctor::ui::command::Command::StartOver);
    harness.run();
    click(&mut harness, "My microphone doesn't work in WhatsApp");
    settle(&mut harness);
    let second = harness.state().state.session.as_ref().unwrap().case_code();
    let store = SqliteStore::open(&path).unwrap();
    let codes: Vec<String> = store
        .cases(0)
        .unwrap()
        .into_iter()
        .map(|c| c.code)
        .collect();
    assert!(
        codes.contains(&first) && codes.contains(&second),
        "{codes:?}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A file dropped on the kiosk (it is never read).
#[derive(Debug)]
struct Dropped;
impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        std::path::Path::new("/etc/hostname")
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        Err("not read".into())
    }
}

#[test]
fn the_kiosk_offers_no_recordings_to_open() {
    // A counter kiosk offers no files: no "Measure a recording", and a file dropped on it is not read.
    let mut harness = kiosk();
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    harness.get_by_label("Start over");
    assert!(harness.query_by_label("Measure a recording").is_none());
    assert!(harness.query_by_label("Measure it instead").is_none());
    let history = harness
        .state()
        .state
        .session
        .as_ref()
        .unwrap()
        .history
        .len();
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped));
    harness.run();
    assert!(!harness.state().measuring());
    let state = &harness.state().state;
    assert_eq!(state.session.as_ref().unwrap().history.len(), history);
    assert!(state.notice.is_none());
}

#[test]
fn staff_find_a_scanned_case_and_record_what_they_found() {
    let dir = std::env::temp_dir().join(format!("micdoctor-kiosk-verdict-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("cases.sqlite");
    let mut harness = kiosk_with(Some(path.clone()));
    open_mic_workspace(&mut harness, "silent_everywhere");
    let code = harness.state().state.session.as_ref().unwrap().case_code();

    harness.state_mut().open_pin_pad();
    harness.run();
    type_pin(&mut harness, PIN);
    settle(&mut harness);
    harness.get_by_label("Code");
    // Today's cases are listed.
    harness.get_by_label_contains(&code);
    // A scanner types the code and Enter into the search field: the case opens.
    // The panel scrolls on a kiosk's screen: the field comes into view first.
    harness.get_by_label("Find").scroll_to_me();
    run_a_while(&mut harness);
    let field = harness.get_by_label("Find");
    field.click();
    field.type_text(&code);
    // The search goes to the store thread; its answer may take a frame or two more than `run()` allows.
    settle(&mut harness);
    harness.key_press(Key::Enter);
    run_a_while(&mut harness);
    harness.get_by_label(&format!("Case {code}"));
    // The name typed with the PIN is the one every action is logged with.
    harness.get_by_label("Working as Ana");
    harness.get_by_label("What you found").scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::ComboBox, "What you found")
        .click();
    harness.run();
    click(&mut harness, "The bottom microphone is damaged");
    harness.get_by_label("Record the verdict").scroll_to_me();
    harness.run();
    click_a_while(&mut harness, "Record the verdict");
    settle(&mut harness);
    harness.get_by_label(&format!("The verdict on case {code} is recorded."));

    let store = SqliteStore::open(&path).unwrap();
    let case = store
        .cases(0)
        .unwrap()
        .into_iter()
        .find(|c| c.code == code)
        .unwrap();
    let verdict = case.verdict.unwrap();
    assert_eq!(
        (verdict.cause.as_str(), verdict.staff.as_str()),
        ("mic_bottom_fault", "Ana")
    );
    // Opening the case and the verdict are in the staff log, with the name.
    let log: Vec<(String, String)> = store
        .staff_log()
        .unwrap()
        .into_iter()
        .map(|a| (a.action, a.staff))
        .collect();
    assert!(
        log.contains(&("verdict".to_owned(), "Ana".to_owned())),
        "{log:?}"
    );
    assert!(
        log.iter().any(|(action, _)| action == "open_case"),
        "{log:?}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// After the verdict, the case stays open for the end of the repair: the microphones checked again from
/// three files, the customer's contact (only where the shop allows it), and the pickup sheet written.
#[test]
fn staff_finish_a_repair_with_a_recheck_and_a_pickup_sheet() {
    let dir = std::env::temp_dir().join(format!("micdoctor-kiosk-repair-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("cases.sqlite");
    let mut with_contact = settings(Some(path.clone()));
    with_contact.customer_contact = true;
    let mut harness = kiosk_with_settings(with_contact);
    open_mic_workspace(&mut harness, "silent_everywhere");
    let code = harness.state().state.session.as_ref().unwrap().case_code();
    harness.state_mut().open_pin_pad();
    harness.run();
    type_pin(&mut harness, PIN);
    settle(&mut harness);
    fill(&mut harness, "Find", &code);
    harness.key_press(Key::Enter);
    run_a_while(&mut harness);
    harness.get_by_label(&format!("Case {code}"));

    let clean = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/recordings/clean.mov");
    let clean = clean.to_str().unwrap();
    // A file that is not a recording is named, and nothing is kept.
    fill(
        &mut harness,
        "Voice Memo (bottom microphone)",
        "/nonexistent/take.m4a",
    );
    measure_and_wait(&mut harness);
    harness.get_by_label_contains("That recording could not be measured");
    harness
        .get_by_label("Voice Memo (bottom microphone)")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_label("Voice Memo (bottom microphone)")
        .click();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_label("Voice Memo (bottom microphone)")
        .type_text(clean);
    fill(&mut harness, "Front-camera video", clean);
    fill(&mut harness, "Back-camera video", clean);
    // Measured off the UI thread ("Measuring the recordings…" until the thread is done).
    measure_and_wait(&mut harness);
    harness.get_by_label(&format!(
        "The microphones of case {code} were checked again."
    ));
    assert_eq!(harness.query_all_by_label_contains(": pass (").count(), 3);

    fill(&mut harness, "Customer's name", "Rita Lopes");
    fill(&mut harness, "Phone", "+55 11 5555-0101");
    press(&mut harness, "Keep the contact");
    harness.get_by_label(&format!("The contact is kept with case {code}."));

    let sheet = dir.join("sheet.html");
    let field = harness.get_by_label("Pickup sheet file");
    field.scroll_to_me();
    harness.run();
    harness.get_by_label("Pickup sheet file").click();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_label("Pickup sheet file")
        .type_text(sheet.to_str().unwrap());
    harness.run();
    press(&mut harness, "Write the pickup sheet");
    harness.get_by_label_contains("The pickup sheet is in");
    let page = std::fs::read_to_string(&sheet).unwrap();
    assert!(page.contains("Customer: Rita Lopes"), "{page}");
    assert_eq!(
        page.matches("class=\"mic-Pass\"").count(),
        3,
        "the after column"
    );

    let store = SqliteStore::open(&path).unwrap();
    let case = store.case(&code).unwrap().unwrap();
    assert_eq!(case.recheck.unwrap().staff, "Ana");
    assert_eq!(case.contact.unwrap().name, "Rita Lopes");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn without_the_shops_consent_no_contact_is_asked() {
    let dir =
        std::env::temp_dir().join(format!("micdoctor-kiosk-nocontact-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut harness = kiosk_with(Some(dir.join("cases.sqlite")));
    open_mic_workspace(&mut harness, "silent_everywhere");
    let code = harness.state().state.session.as_ref().unwrap().case_code();
    harness.state_mut().open_pin_pad();
    harness.run();
    type_pin(&mut harness, PIN);
    settle(&mut harness);
    fill(&mut harness, "Find", &code);
    harness.key_press(Key::Enter);
    run_a_while(&mut harness);
    harness.get_by_label("Write the pickup sheet");
    assert!(harness.query_by_label("Customer's name").is_none());
    std::fs::remove_dir_all(&dir).unwrap();
}
