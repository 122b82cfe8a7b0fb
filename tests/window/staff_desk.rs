//! The staff desk behind the PIN, driven through real frames: it covers the window, today's cases sit in
//! a table headed Code/Time/Problem/Outcome/Verdict/Who (in the desk's language) without scrolling, the
//! search filters it, an opened case shows beside the table with its outcome in words and its QR code,
//! the recheck's fields line up in one width, and leaving returns to the customer's screen. Also the
//! desk's picture (`tests/snapshots/staff_desk.png`).
use std::path::{Path, PathBuf};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use micdoctor::clock::LocalClock;
use micdoctor::ui::MicDoctorApp;
use micdoctor::ui::kiosk::staff_cases::{DeskAction, StaffCases};
use micdoctor::ui::kiosk::staff_desk::{self, desk_id};
use micdoctor::ui::kiosk::staff_panel::StaffView;
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::KnowledgeBase;
use micdoctor_core::report::CaseOutcome;
use micdoctor_core::session::{Session, unix_now};
use micdoctor_store::{
    CaseRecord, CaseStore, Done, Job, Snapshot, SqliteStore, StoreLocation, TechnicianVerdict,
};

use crate::kiosk::{PIN, fill, kiosk_with, run_a_while, settle, type_pin};
use crate::support::cases::{TECHNICIAN_STARTED, fixed_case, technician_case};
use crate::support::kb;

const RAW_OUTCOME: &str = "technician The bottom microphone is damaged";

/// A store holding three of today's cases: AB12 (for a technician, the bottom microphone found damaged
/// by Ana), CD34 (fixed by closing WhatsApp) and EF56 (for a technician, no verdict yet).
fn store_with_todays_cases(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("micdoctor-desk-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("cases.sqlite");
    let mut store = SqliteStore::open(&path).unwrap();
    let kb = kb();
    let now = unix_now();
    for (n, (code, session)) in [
        ("AB12", technician_case()),
        ("CD34", fixed_case()),
        ("EF56", technician_case()),
    ]
    .into_iter()
    .enumerate()
    {
        // The saved case, moved to a few minutes ago (still today, unless the test runs at midnight).
        let start = now.saturating_sub(600 - 60 * n as u64);
        let mut session = session;
        session.started_at = start;
        let mut snapshot = Snapshot::new(Language::English, &kb, &session, start + 30).unwrap();
        snapshot.set_code(code.to_owned());
        store.create_case(start + 30, &snapshot).unwrap();
    }
    store
        .record_verdict(
            "AB12",
            &TechnicianVerdict {
                cause: "mic_bottom_fault".to_owned(),
                note: String::new(),
                staff: "Ana".to_owned(),
                at: now,
            },
        )
        .unwrap();
    path
}

/// A kiosk on `store`, its desk open (Ana at it), the store's answer drawn.
fn desk_open(store: &Path) -> Harness<'static, MicDoctorApp> {
    let mut harness = kiosk_with(Some(store.to_path_buf()));
    harness.run();
    harness.state_mut().open_pin_pad();
    harness.run();
    type_pin(&mut harness, PIN);
    settle(&mut harness);
    harness
}

fn desk_rect(harness: &Harness<'_, MicDoctorApp>) -> Option<egui::Rect> {
    harness.ctx.memory(|m| m.area_rect(desk_id()))
}

#[test]
fn the_desk_covers_the_window_with_todays_cases_in_a_table() {
    let store = store_with_todays_cases("table");
    let harness = desk_open(&store);
    let screen = harness.ctx.content_rect();
    let desk = desk_rect(&harness).expect("the desk is drawn");
    assert!(
        (desk.min - screen.min).length() < 1.0 && (desk.max - screen.max).length() < 1.0,
        "the desk is {desk:?}, the window {screen:?}"
    );
    let mut header_row: Option<(f32, f32)> = None;
    for header in ["Code", "Time", "Problem", "Outcome", "Verdict", "Who"] {
        let rect: egui::Rect = harness.get_by_label(header).rect();
        // One row, left to right.
        if let Some((y, x)) = header_row {
            assert!(
                (rect.center().y - y).abs() < 2.0,
                "{header} is off the header row"
            );
            assert!(rect.left() > x, "{header} is out of order");
        }
        header_row = Some((rect.center().y, rect.left()));
    }
    harness.get_by_label("Today: 3 cases");
    // Every case in view as the desk opens: nothing below the fold.
    for code in ["AB12", "CD34", "EF56"] {
        let row = harness.get_by_role_and_label(Role::Button, code).rect();
        assert!(
            screen.contains_rect(row),
            "{code} is at {row:?}, outside {screen:?}"
        );
    }
    // The columns in words, not ids.
    assert!(
        harness
            .query_all_by_label("Take it to a technician")
            .count()
            >= 2
    );
    harness.get_by_label("Fixed by “Close WhatsApp completely and reopen it”");
    harness.get_by_label("The bottom microphone is damaged");
    harness.get_by_label("Ana");
    assert!(harness.query_by_label("mic_whatsapp").is_none());
    assert!(harness.query_by_label("technician").is_none());
    std::fs::remove_dir_all(store.parent().unwrap()).unwrap();
}

#[test]
fn the_search_filters_the_table() {
    let store = store_with_todays_cases("search");
    let mut harness = desk_open(&store);
    fill(&mut harness, "Find", "CD");
    harness.get_by_label("1 case found");
    harness.get_by_role_and_label(Role::Button, "CD34");
    assert!(harness.query_by_label("AB12").is_none());
    assert!(harness.query_by_label("EF56").is_none());
    fill(&mut harness, "Find", "99");
    harness.get_by_label("No cases found.");
    std::fs::remove_dir_all(store.parent().unwrap()).unwrap();
}

#[test]
fn an_opened_case_shows_beside_the_table_in_words_with_its_qr_code() {
    let store = store_with_todays_cases("open");
    let mut harness = desk_open(&store);
    harness.get_by_role_and_label(Role::Button, "AB12").click();
    run_a_while(&mut harness);
    settle(&mut harness);
    let heading = harness.get_by_label("Case AB12").rect();
    let table_right = harness.get_by_label("Who").rect().right();
    assert!(
        heading.left() > table_right,
        "the case ({heading:?}) is not beside the table (its last column ends at {table_right})"
    );
    // The outcome in words, beside the table as well as in it; never the raw line.
    let beside = harness
        .query_all_by_label("Take it to a technician")
        .filter(|node| node.rect().left() > table_right)
        .count();
    assert_eq!(beside, 1);
    assert!(harness.query_by_label_contains(RAW_OUTCOME).is_none());
    let qr =
        harness.get_by_role_and_label(Role::Image, "QR code of case AB12, for the shop's scanner");
    assert!(qr.rect().left() > table_right);
    assert!(qr.rect().width() > 60.0, "a QR code a scanner can read");
    // The recheck's three fields start at one edge and share one width.
    let fields: Vec<egui::Rect> = [
        "Voice Memo (bottom microphone)",
        "Front-camera video",
        "Back-camera video",
    ]
    .into_iter()
    .map(|label| harness.get_by_role_and_label(Role::TextInput, label).rect())
    .collect();
    for field in &fields[1..] {
        assert!(
            (field.width() - fields[0].width()).abs() < 0.5,
            "{fields:?}"
        );
        assert!((field.left() - fields[0].left()).abs() < 0.5, "{fields:?}");
    }
    std::fs::remove_dir_all(store.parent().unwrap()).unwrap();
}

#[test]
fn leaving_the_desk_returns_to_the_customer_screen() {
    let store = store_with_todays_cases("leave");
    let mut harness = desk_open(&store);
    let journey = harness.state().state.kb.problems[0].title.clone();
    crate::kiosk::click_a_while(&mut harness, "Back to the counter");
    assert!(!harness.state().staff_overlay_open());
    assert!(desk_rect(&harness).is_none_or(|_| harness.query_by_label("Code").is_none()));
    assert!(harness.query_by_label("Today: 3 cases").is_none());
    // The customer's start screen is there to press again.
    harness.get_by_role_and_label(Role::Button, &journey);
    std::fs::remove_dir_all(store.parent().unwrap()).unwrap();
}

/// The desk drawn on its own, from fixed cases: what the table and the opened case read.
struct Picture {
    kb: KnowledgeBase,
    language: Language,
    cases: StaffCases,
    records: Vec<CaseRecord>,
    store: StoreLocation,
}

/// Three cases of one day (the technician case's, 2026-03-16 UTC), the first with Ana's verdict.
fn fixed_records(kb: &KnowledgeBase) -> Vec<CaseRecord> {
    let record = |code: &str, session: Session, minutes: u64, outcome: Option<CaseOutcome>| {
        let mut session = session;
        session.started_at = TECHNICIAN_STARTED + 60 * minutes;
        let mut snapshot =
            Snapshot::new(Language::English, kb, &session, session.started_at + 900).unwrap();
        snapshot.set_code(code.to_owned());
        if let Some(outcome) = outcome {
            snapshot.report.outcome = outcome;
        }
        CaseRecord {
            code: code.to_owned(),
            problem: session.problem.to_string(),
            started_at: session.started_at,
            updated_at: session.started_at + 900,
            snapshot: Some(snapshot),
            verdict: None,
            contact: None,
            recheck: None,
        }
    };
    let mut first = record("K7Q4F-2MXZ9", technician_case(), 0, None);
    first.verdict = Some(TechnicianVerdict {
        cause: "mic_bottom_fault".to_owned(),
        note: String::new(),
        staff: "Ana".to_owned(),
        at: TECHNICIAN_STARTED + 3_600,
    });
    vec![
        first,
        record("S8W5C-QH3T1", fixed_case(), 47, None),
        record(
            "M2D9R-7PXA4",
            technician_case(),
            95,
            Some(CaseOutcome::InProgress),
        ),
    ]
}

fn picture(language: Language) -> Harness<'static, Picture> {
    let kb = micdoctor_core::kb::open_kb(None)
        .unwrap()
        .in_language(language);
    let mut cases = StaffCases::default();
    "Ana".clone_into(&mut cases.staff);
    cases.clock = LocalClock::default();
    cases.today = Some(TECHNICIAN_STARTED);
    let state = Picture {
        records: fixed_records(&kb),
        kb,
        language,
        cases,
        store: StoreLocation::File("/srv/micdoctor/cases.sqlite".into()),
    };
    // A 1366 × 768 monitor at the kiosk's zoom (1.4): 976 × 549 points.
    Harness::builder()
        .with_size(egui::vec2(976.0, 549.0))
        .with_theme(egui::Theme::Light)
        .with_context_setup(|ctx| {
            micdoctor::ui::theme::install(ctx);
            ctx.set_zoom_factor(1.4);
        })
        .build_ui_state(
            |ui, picture: &mut Picture| {
                let ctx = ui.ctx().clone();
                let view = StaffView {
                    language: picture.language,
                    kb: &picture.kb,
                    messages: &[],
                    kb_source: "bundled",
                    kb_version: &picture.kb.kb_version,
                    case_store: Some(&picture.store),
                    idle_seconds: 120,
                    countdown_seconds: 15,
                    config_path: None,
                };
                let _ = staff_desk::show(&ctx, &view, &mut picture.cases, true);
                // No store thread here: each search is answered with the fixed cases whose code starts
                // with what was typed, as the thread would.
                for job in picture.cases.take_jobs() {
                    if let Job::Search { code_start, .. } = job {
                        let found = picture
                            .records
                            .iter()
                            .filter(|r| r.code.starts_with(&code_start))
                            .cloned()
                            .collect();
                        let _ = picture
                            .cases
                            .receive(picture.language, Done::Found(Ok(found)));
                    }
                }
            },
            state,
        )
}

#[test]
fn the_desk_speaks_the_shops_language() {
    let mut harness = picture(Language::Spanish);
    harness.run();
    for header in [
        "Código",
        "Hora",
        "Problema",
        "Resultado",
        "Veredicto",
        "Quién",
    ] {
        harness.get_by_label(header);
    }
    harness.get_by_label("El micrófono inferior está dañado");
}

#[test]
fn the_desks_picture() {
    if !crate::snapshots::renderer_available() {
        return;
    }
    let mut harness = picture(Language::English);
    harness.run();
    harness.state_mut().cases.apply(
        Language::English,
        DeskAction::Open("K7Q4F-2MXZ9".to_owned()),
    );
    harness.run();
    harness.get_by_label("Case K7Q4F-2MXZ9");
    harness.snapshot("staff_desk");
}
