//! "Send from the iPhone" in the window, driven headless: the QR card appears with its code and its
//! address, a phone (a raw HTTP client on 127.0.0.1) opens the page and sends a recording while the card
//! shows its progress, the recording is measured into the case, the staff refuse one, and stopping the
//! card or ending the case stops the server. Every connection is to 127.0.0.1.

use std::io::{Read as _, Write as _};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::support::desktop::{Scripted, desktop};
use crate::support::{click, kb, open_mic_workspace};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use micdoctor::ui::MicDoctorApp;
use micdoctor::ui::state::AppState;
use micdoctor_bridge::BridgeSettings;
use micdoctor_core::recording::RecordingRole;

const SEND: &str = "Send from the iPhone\u{2026}";
const BOUNDARY: &str = "----micdoctor-window-test";

pub(crate) fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/recordings")
        .join(name)
}

/// The bridge on 127.0.0.1 only, any free port.
pub(crate) fn loopback() -> BridgeSettings {
    BridgeSettings {
        address: Some(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        ..BridgeSettings::default()
    }
}

fn with_phone(dialogs: &Scripted) -> Harness<'static, MicDoctorApp> {
    let dialogs = dialogs.clone();
    Harness::builder()
        .with_size(egui::vec2(1100.0, 900.0))
        .build_eframe(move |cc| {
            MicDoctorApp::from_state(&cc.egui_ctx, AppState::new(kb(), "bundled".into()))
                .with_file_chooser(Box::new(dialogs.clone()))
                .with_phone_bridge(loopback())
        })
}

/// The card's link split into the server's address and the page's path.
pub(crate) fn link(harness: &Harness<'_, MicDoctorApp>) -> (SocketAddr, String) {
    let url = harness
        .state()
        .phone_link()
        .expect("the card is open")
        .to_owned();
    let rest = url.strip_prefix("http://").unwrap();
    let slash = rest.find('/').unwrap();
    let address: SocketAddr = rest[..slash].parse().unwrap();
    assert!(address.ip().is_loopback(), "tests talk to 127.0.0.1 only");
    (address, rest[slash..].to_owned())
}

pub(crate) fn connect(address: SocketAddr) -> TcpStream {
    let stream = TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream
}

pub(crate) fn status_of(mut stream: TcpStream) -> u16 {
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer)
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

/// The phone opens the page.
pub(crate) fn open_page(address: SocketAddr, path: &str) -> u16 {
    let mut stream = connect(address);
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: phone\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    status_of(stream)
}

/// The multipart body of one file, and the request's head announcing it.
pub(crate) fn upload_request(path: &str, name: &str, content: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let mut body = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: phone\r\nContent-Type: multipart/form-data; boundary={BOUNDARY}\r\n\
         Content-Length: {}\r\nX-MicDoctor-Upload: 1\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    (head, body)
}

/// Runs frames until `label` shows (a label containing it), or panics after 30 s.
pub(crate) fn run_until_shown(harness: &mut Harness<'_, MicDoctorApp>, label: &str) {
    let started = Instant::now();
    loop {
        harness.step();
        if harness.query_by_label_contains(label).is_some() {
            harness.run_ok();
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{label:?} never showed"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Runs frames until the case holds a measured recording for `role`.
fn run_until_recorded(harness: &mut Harness<'_, MicDoctorApp>, role: RecordingRole) {
    let started = Instant::now();
    while harness
        .state()
        .state
        .session
        .as_ref()
        .is_none_or(|s| s.recording(role).is_none())
    {
        harness.step();
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the recording never reached the case"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    harness.run_ok();
}

/// Whether the server's port closes: the bridge's own thread closes it after the window let it go, so
/// this waits for that (up to 10 s) rather than assuming it is done within the frame.
pub(crate) fn port_is_closed(address: SocketAddr) -> bool {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(10) {
        if TcpStream::connect_timeout(&address, Duration::from_secs(2)).is_err() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

#[test]
fn the_qr_card_shows_a_phone_upload_arrive_and_the_case_measures_it() {
    let dialogs = Scripted::default();
    let mut harness = with_phone(&dialogs);
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    click(&mut harness, SEND);

    // The card: its title, the code named for screen readers, the address written out, waiting.
    harness.get_by_label("Send from the iPhone");
    harness.get_by_role_and_label(Role::Image, "QR code with the address of the upload page");
    let url = harness.state().phone_link().unwrap().to_owned();
    harness.get_by_label(&url);
    harness.get_by_label("Waiting for the iPhone\u{2026}");
    harness.get_by_label_contains("The code works for 15 more minutes");

    let (address, page) = link(&harness);
    assert_eq!(open_page(address, &page), 200);
    run_until_shown(&mut harness, "The iPhone opened the page.");

    // The phone sends half of a video, and the card shows it coming in.
    let (head, body) = upload_request(
        &format!("{page}/send/failed?via=choose"),
        "IMG_0042.MOV",
        &std::fs::read(fixture("clean.mov")).unwrap(),
    );
    let mut phone = connect(address);
    phone.write_all(&head).unwrap();
    phone.write_all(&body[..body.len() / 2]).unwrap();
    run_until_shown(&mut harness, "Receiving\u{2026}");
    // The upload's row names its take (the check's window names it too).
    assert!(
        harness
            .get_all_by_label("The recording that failed")
            .count()
            >= 2
    );
    assert!(
        harness
            .state()
            .state
            .session
            .as_ref()
            .unwrap()
            .recording(RecordingRole::Failed)
            .is_none()
    );

    // The rest arrives: received, then measured into the case like a file opened here.
    phone.write_all(&body[body.len() / 2..]).unwrap();
    assert_eq!(status_of(phone), 200);
    run_until_recorded(&mut harness, RecordingRole::Failed);
    harness.get_by_label_contains("Everything asked for has arrived.");
    let measured = harness
        .state()
        .state
        .session
        .as_ref()
        .unwrap()
        .recording(RecordingRole::Failed)
        .unwrap()
        .file
        .clone();
    assert!(
        measured.starts_with("failed-")
            && Path::new(&measured).extension().is_some_and(|e| e == "mov"),
        "{measured}"
    );
    harness.get_by_label_contains(&format!("Measured {measured}"));

    // The staff refuse it: the card says so, and the link works again for another file.
    click(&mut harness, "Refuse");
    harness.get_by_label("The person at the counter stopped this upload.");
    assert_eq!(open_page(address, &page), 200);

    // Stop receiving: the card goes, the server stops, its port closes.
    click(&mut harness, "Stop receiving");
    assert!(harness.state().phone_link().is_none());
    assert!(
        harness
            .query_by_label("Waiting for the iPhone\u{2026}")
            .is_none()
    );
    assert!(port_is_closed(address));
    // Both buttons offer it again: the workspace's and the window's.
    assert_eq!(
        harness
            .get_all_by_role_and_label(Role::Button, SEND)
            .count(),
        2
    );
}

#[test]
fn a_refused_file_is_told_on_the_card_and_leaves_the_case_as_it_was() {
    let dialogs = Scripted::default();
    let mut harness = with_phone(&dialogs);
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    let before = harness.state().state.session.clone().unwrap();
    click(&mut harness, SEND);
    let (address, page) = link(&harness);
    let (head, body) = upload_request(
        &format!("{page}/send/failed?via=choose"),
        "voice.m4a",
        &b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".repeat(100),
    );
    let mut phone = connect(address);
    phone.write_all(&head).unwrap();
    phone.write_all(&body).unwrap();
    assert_eq!(status_of(phone), 415);
    run_until_shown(
        &mut harness,
        "This file is not a recording MicDoctor can measure.",
    );
    let after = harness.state().state.session.clone().unwrap();
    assert_eq!(after.history.len(), before.history.len());
    assert!(after.recording(RecordingRole::Failed).is_none());
}

#[test]
fn ending_the_case_stops_the_server() {
    let dialogs = Scripted::default();
    let mut harness = with_phone(&dialogs);
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    click(&mut harness, SEND);
    let (address, page) = link(&harness);
    assert_eq!(open_page(address, &page), 200);
    click(&mut harness, "Start over");
    click(&mut harness, "Start a new case");
    assert!(harness.state().state.session.is_none());
    assert!(harness.state().phone_link().is_none());
    assert!(port_is_closed(address));
}

#[test]
fn without_the_setting_there_is_no_card_and_a_kiosk_gets_one_without_files() {
    let dialogs = Scripted::default();
    let mut harness = desktop(&dialogs);
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    assert!(harness.query_by_label(SEND).is_none());

    let settings = crate::kiosk::settings(None);
    let mut kiosk = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_eframe(move |cc| {
            let state = AppState::new(kb(), "bundled".into());
            MicDoctorApp::kiosk_from_state(&cc.egui_ctx, state, settings.clone())
                .with_phone_bridge(loopback())
        });
    open_mic_workspace(&mut kiosk, "only_whatsapp_silent");
    assert!(kiosk.query_by_label("Measure a recording").is_none());
    click(&mut kiosk, SEND);
    kiosk.get_by_label("Waiting for the iPhone\u{2026}");
    // A kiosk offers no files: the recordings come from the phone.
    assert!(kiosk.query_by_label("Choose file\u{2026}").is_none());
    let (address, page) = link(&kiosk);
    let (head, body) = upload_request(
        &format!("{page}/send/failed?via=choose"),
        "PTT-20250101-WA0001.opus",
        &std::fs::read(fixture("silent.opus")).unwrap(),
    );
    let mut phone = connect(address);
    phone.write_all(&head).unwrap();
    phone.write_all(&body).unwrap();
    assert_eq!(status_of(phone), 200);
    run_until_recorded(&mut kiosk, RecordingRole::Failed);
}
