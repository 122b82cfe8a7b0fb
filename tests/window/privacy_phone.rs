//! The App Privacy Report sent from the iPhone, driven headless: from the privacy journey the counter opens
//! the phone card asking for the report alone, the page (fetched over 127.0.0.1) shows only the report's
//! card, and the report that arrives is read off the UI thread into the privacy window, as a file opened
//! there would be — at a desktop and at a kiosk, which has no other way in. Every connection is to
//! 127.0.0.1.

use std::io::{Read as _, Write as _};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use micdoctor::ui::MicDoctorApp;
use micdoctor::ui::state::AppState;

use crate::phone::{connect, link, loopback, port_is_closed, run_until_shown, upload_request};
use crate::support::desktop::Scripted;
use crate::support::{click, kb};

/// In the privacy journey the button asks the phone for the App Privacy Report alone.
const SEND_REPORT: &str = "Send from the iPhone\u{2026}";

fn privacy_fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/micdoctor-core/tests/fixtures/privacy")
        .join(name)
}

fn desktop_with_phone() -> Harness<'static, MicDoctorApp> {
    let dialogs = Scripted::default();
    Harness::builder()
        .with_size(egui::vec2(1100.0, 900.0))
        .build_eframe(move |cc| {
            MicDoctorApp::from_state(&cc.egui_ctx, AppState::new(kb(), "bundled".into()))
                .with_file_chooser(Box::new(dialogs.clone()))
                .with_phone_bridge(loopback())
        })
}

fn kiosk_with_phone() -> Harness<'static, MicDoctorApp> {
    let settings = crate::kiosk::settings(None);
    Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_eframe(move |cc| {
            let state = AppState::new(kb(), "bundled".into());
            MicDoctorApp::kiosk_from_state(&cc.egui_ctx, state, settings.clone())
                .with_phone_bridge(loopback())
        })
}

/// Opens the privacy journey with no symptom picked.
fn privacy_workspace(harness: &mut Harness<'_, MicDoctorApp>) {
    click(
        harness,
        "Is WhatsApp using my microphone or camera when I'm not?",
    );
    click(harness, "Skip \u{2014} I'm not sure");
}

/// The page the phone opens, as HTML.
fn page_html(address: SocketAddr, path: &str) -> String {
    let mut stream = connect(address);
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: phone\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer).into_owned();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    answer
}

/// The phone sends `file` as the App Privacy Report; returns the server's status.
fn send_report(address: SocketAddr, page: &str, file: &Path) -> u16 {
    let (head, body) = upload_request(
        &format!("{page}/send/privacy-report?via=choose"),
        "App_Privacy_Report_v4_2025-09-07T22_31_11.ndjson",
        &std::fs::read(file).unwrap(),
    );
    let mut phone = connect(address);
    phone.write_all(&head).unwrap();
    phone.write_all(&body).unwrap();
    let mut answer = Vec::new();
    let _ = phone.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer)
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

/// Runs frames until the case holds the report's evidence (the reading thread wakes the window).
fn run_until_read(harness: &mut Harness<'_, MicDoctorApp>) {
    let started = Instant::now();
    while harness
        .state()
        .state
        .session
        .as_ref()
        .is_none_or(|s| s.privacy_report().is_none())
    {
        harness.step();
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the report never reached the case"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    harness.run_ok();
}

/// The journey both places share: the card asks for the report alone, the report arrives and its
/// window shows WhatsApp's week; stopping the card closes the port.
fn the_report_arrives_from_the_phone(harness: &mut Harness<'_, MicDoctorApp>) {
    click(harness, SEND_REPORT);
    // The card, in its own window, with the address written out and how to save the report first.
    harness.get_by_label("App Privacy Report from the iPhone");
    harness.get_by_role_and_label(Role::Image, "QR code with the address of the upload page");
    let url = harness.state().phone_link().unwrap().to_owned();
    harness.get_by_label(&url);
    harness.get_by_label_contains("tap Choose the App Privacy Report");
    harness.get_by_label("Waiting for the iPhone\u{2026}");

    // The page asks for the report and for nothing else.
    let (address, page) = link(harness);
    let html = page_html(address, &page);
    assert!(html.contains("Choose the App Privacy Report"), "{html}");
    assert!(html.contains("/send/privacy-report?via="));
    for other in [
        "/send/failed?",
        "/send/bottom?",
        "/send/front?",
        "/send/rear?",
    ] {
        assert!(!html.contains(other), "the page asks for {other}");
    }
    run_until_shown(harness, "The iPhone opened the page.");

    // A recording is not what was asked for.
    assert_ne!(
        send_report(
            address,
            &page,
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/recordings/clean.m4a")
        ),
        200
    );
    assert!(
        harness
            .state()
            .state
            .session
            .as_ref()
            .unwrap()
            .privacy_report()
            .is_none()
    );

    // The report arrives, is read off the UI thread, and its window shows the week.
    assert_eq!(
        send_report(address, &page, &privacy_fixture("whatsapp_night.ndjson")),
        200
    );
    run_until_read(harness);
    run_until_shown(harness, "Timeline of microphone and camera use from ");
    harness.get_by_label("WhatsApp used the microphone 3 times (the longest: 40 min).");
    harness.get_by_label("One use was at night (00:00\u{2013}06:00).");
    harness.get_by_label("3 uses are not ticked as recognised.");
    let kept = harness
        .state()
        .state
        .session
        .as_ref()
        .unwrap()
        .privacy_report()
        .cloned()
        .unwrap();
    assert_eq!((kept.uses.len(), kept.recognised.len()), (3, 0));
    assert_eq!(
        harness
            .get_all_by_role(Role::CheckBox)
            .filter(|n| n.accesskit_node().label().is_some())
            .count(),
        3
    );
    // Its window takes the card's place: the card goes by itself, the port closes, the received file
    // with it, and the report stays in its window.
    assert!(harness.state().phone_link().is_none());
    assert!(
        harness
            .query_by_label("App Privacy Report from the iPhone")
            .is_none()
    );
    assert!(port_is_closed(address));
    harness.get_by_label_contains("Timeline of microphone and camera use from ");
    // Once read, the workspace's button opens the report's window again.
    assert!(harness.query_by_label(SEND_REPORT).is_none());
    harness.get_by_role_and_label(Role::Button, "App Privacy Report");
}

/// "Stop receiving" on the card, or closing its window, stops the bridge before anything arrived.
fn the_card_stops_when_asked(harness: &mut Harness<'_, MicDoctorApp>) {
    click(harness, SEND_REPORT);
    let (address, _) = link(harness);
    click(harness, "Stop receiving");
    assert!(harness.state().phone_link().is_none());
    assert!(
        harness
            .query_by_label("App Privacy Report from the iPhone")
            .is_none()
    );
    assert!(port_is_closed(address));
}

#[test]
fn the_counter_asks_the_phone_for_the_privacy_report_and_its_window_shows_it() {
    let mut harness = desktop_with_phone();
    privacy_workspace(&mut harness);
    the_card_stops_when_asked(&mut harness);
    the_report_arrives_from_the_phone(&mut harness);
}

/// A kiosk offers no files: the report comes from the phone, and is read all the same.
#[test]
fn a_kiosk_reads_the_privacy_report_the_phone_sends() {
    let mut kiosk = kiosk_with_phone();
    privacy_workspace(&mut kiosk);
    assert!(
        kiosk
            .query_by_label("Read App Privacy Report\u{2026}")
            .is_none(),
        "a kiosk has no file dialog"
    );
    the_report_arrives_from_the_phone(&mut kiosk);
    // Ending the case forgets the report with it.
    click(&mut kiosk, "Start over");
    click(&mut kiosk, "Start a new case");
    assert!(kiosk.state().state.session.is_none());
    assert!(
        kiosk
            .query_by_label_contains("Timeline of microphone")
            .is_none()
    );
}

/// With a fixed port (a shop's firewall rule), the card stopped and opened again at once gets the same
/// port: the new bridge waits for the stopped one to let go of it rather than failing to listen.
#[test]
fn a_fixed_port_is_taken_again_when_the_card_is_opened_right_after_stopping() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dialogs = Scripted::default();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1100.0, 900.0))
        .build_eframe(move |cc| {
            MicDoctorApp::from_state(&cc.egui_ctx, AppState::new(kb(), "bundled".into()))
                .with_file_chooser(Box::new(dialogs.clone()))
                .with_phone_bridge(micdoctor_bridge::BridgeSettings { port, ..loopback() })
        });
    privacy_workspace(&mut harness);
    for _ in 0..3 {
        click(&mut harness, SEND_REPORT);
        let (address, page) = link(&harness);
        assert_eq!(address.port(), port);
        assert!(page_html(address, &page).contains("Choose the App Privacy Report"));
        assert!(harness.state().state.notice.is_none(), "the bridge opened");
        click(&mut harness, "Stop receiving");
        assert!(harness.state().phone_link().is_none());
    }
}
