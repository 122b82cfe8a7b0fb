//! The server against a raw HTTP client on 127.0.0.1: links, limits, hostile bodies, stopping half-way,
//! two phones at once, refusing and closing.

use std::net::TcpStream;
use std::time::Duration;

use micdoctor_bridge::{
    BridgeEvent, CaseTicket, EndReason, Failure, FileKind, Refusal, RefuseOutcome, Role,
};
use micdoctor_core::i18n::Language;
use micdoctor_core::recording::RecordingRole;

use crate::support::{
    Raw, decode_qr, drain, files_in, fixture, multipart, open, page_path, privacy_fixture, request,
    settings, upload, wait_for,
};

const FAILED: Role = Role::Recording(RecordingRole::Failed);
const WAIT: Duration = Duration::from_secs(10);

#[test]
fn the_qr_code_holds_the_link_and_the_link_opens_the_page() {
    let bridge = open(
        settings(Language::English),
        CaseTicket::failed_recording().with_case_code("MD-TEST-0001"),
    );
    assert_eq!(decode_qr(bridge.qr()), bridge.url());
    assert!(
        bridge
            .url()
            .starts_with(&format!("http://{}/u/", bridge.address()))
    );
    let token = bridge.url().rsplit('/').next().unwrap();
    assert_eq!(token.len(), 22, "128 bits, base64url");
    let svg = bridge.qr_svg(Language::English);
    assert!(svg.starts_with("<svg") && svg.contains("<title>"));

    let (status, body) = request(bridge.address(), "GET", &page_path(&bridge), None);
    assert_eq!(status, 200);
    assert!(body.contains("MD-TEST-0001"));
    assert!(body.contains("<html lang=\"en\""));
    let events = wait_for(&bridge, WAIT, |e| {
        matches!(e, BridgeEvent::PageOpened { .. })
    });
    assert!(matches!(events[0], BridgeEvent::PageOpened { from } if from.is_loopback()));
    // No listing, no file served from disk, nothing but the two routes.
    for path in [
        "/",
        "/u",
        "/u/",
        "/favicon.ico",
        "/apple-touch-icon.png",
        "/etc/passwd",
    ] {
        assert_eq!(
            request(bridge.address(), "GET", path, None).0,
            404,
            "{path}"
        );
    }
    bridge.close().unwrap();
}

#[test]
fn every_answer_carries_a_strict_content_security_policy() {
    let bridge = open(settings(Language::English), CaseTicket::failed_recording());
    let mut raw = Raw::connect(bridge.address());
    raw.send(
        format!(
            "GET {} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
            page_path(&bridge)
        )
        .as_bytes(),
    )
    .unwrap();
    let mut all = Vec::new();
    std::io::Read::read_to_end(&mut raw.stream, &mut all).unwrap();
    let text = String::from_utf8_lossy(&all).to_lowercase();
    let csp = text
        .lines()
        .find(|l| l.starts_with("content-security-policy:"))
        .unwrap()
        .to_owned();
    assert!(csp.contains("default-src 'none'"), "{csp}");
    assert!(csp.contains("script-src 'nonce-"), "{csp}");
    assert!(
        !csp.contains("unsafe-inline") && !csp.contains("http"),
        "{csp}"
    );
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap();
    assert!(text.contains(&format!("<script nonce=\"{nonce}\">")));
    assert!(text.contains("x-content-type-options: nosniff"));
    assert!(text.contains("cache-control: no-store"));
    assert!(text.contains("referrer-policy: no-referrer"));
    // No script from anywhere else.
    assert!(!text.contains("<script src"));
}

#[test]
fn a_wrong_token_and_an_expired_one_get_a_plain_404() {
    let mut short = settings(Language::Spanish);
    short.link_lifetime = Duration::from_millis(400);
    // Two roles asked for: the one sent before the link expires does not end it.
    let bridge = open(short, CaseTicket::new([FAILED, Role::PrivacyReport]));
    let path = page_path(&bridge);
    assert_eq!(request(bridge.address(), "GET", &path, None).0, 200);
    let mut wrong = path.clone();
    wrong.replace_range(wrong.len() - 3.., "AAA");
    let (status, body) = request(bridge.address(), "GET", &wrong, None);
    assert_eq!(status, 404);
    assert!(
        body.contains("MicDoctor") && !body.contains('<'),
        "plain text: {body}"
    );
    let (status, _) = upload(&bridge, "failed", "a.m4a", b"\0\0\0\x1cftypM4A ");
    assert_eq!(status, 200, "the link works before it expires");

    std::thread::sleep(Duration::from_millis(600));
    assert!(!bridge.link_works());
    assert_eq!(request(bridge.address(), "GET", &path, None).0, 404);
    let (status, _) = upload(
        &bridge,
        "failed",
        "a.m4a",
        &std::fs::read(fixture("clean.m4a")).unwrap(),
    );
    assert_eq!(status, 404, "an expired link takes no upload");
    let events = drain(&bridge);
    assert!(
        events.contains(&BridgeEvent::Ended {
            reason: EndReason::Expired
        }),
        "{events:#?}"
    );
}

#[test]
fn ten_wrong_tries_lock_an_address_out_with_429() {
    let mut quick = settings(Language::PortugueseBrazil);
    quick.limits.lockout = Duration::from_millis(700);
    let bridge = open(quick, CaseTicket::failed_recording());
    let path = page_path(&bridge);
    for attempt in 0..10 {
        let guess = format!("/u/guess{attempt:015}xyzw");
        assert_eq!(
            request(bridge.address(), "GET", &guess, None).0,
            404,
            "try {attempt}"
        );
    }
    let (status, body) = request(bridge.address(), "GET", "/u/one-more", None);
    assert_eq!(status, 429);
    assert!(body.contains("MicDoctor"), "{body}");
    // Locked out means locked out, even with the right link, until the lockout ends.
    assert_eq!(request(bridge.address(), "GET", &path, None).0, 429);
    assert!(
        drain(&bridge)
            .iter()
            .any(|e| matches!(e, BridgeEvent::LockedOut { .. }))
    );
    std::thread::sleep(Duration::from_millis(900));
    assert_eq!(request(bridge.address(), "GET", &path, None).0, 200);
    // Addresses outside the token's routes are not counted: a phone asking for its favicon is not guessing.
    for _ in 0..20 {
        assert_eq!(
            request(bridge.address(), "GET", "/favicon.ico", None).0,
            404
        );
    }
    assert_eq!(request(bridge.address(), "GET", &path, None).0, 200);
}

#[test]
fn an_oversized_body_is_refused_while_it_streams_and_leaves_nothing() {
    let mut small = settings(Language::English);
    small.max_recording_bytes = 200_000;
    let bridge = open(small, CaseTicket::failed_recording());
    let path = format!("{}/send/failed?via=choose", page_path(&bridge));

    // Announced too large: refused before a byte of it is read.
    let mut raw = Raw::connect(bridge.address());
    raw.post_head(&path, Some(10_000_000));
    let (status, _) = raw.response();
    assert_eq!(status, 413);

    // Chunked, so nothing is announced: refused when the count passes the limit, mid-stream.
    let mut raw = Raw::connect(bridge.address());
    raw.post_head(&path, None);
    let mut head = multipart("big.m4a", b"");
    head.truncate(head.len() - format!("\r\n--{}--\r\n", crate::support::BOUNDARY).len());
    raw.send_chunk(&head).unwrap();
    raw.send_chunk(b"\0\0\0\x1cftypM4A \0\0\x02\0M4A mp42isom\0\0\0\0")
        .unwrap();
    let block = vec![0x55u8; 16 * 1024];
    let mut sent = 0;
    while sent < 1_000_000 {
        if raw.send_chunk(&block).is_err() {
            break;
        }
        sent += block.len();
    }
    let (status, _) = raw.response();
    assert!(
        sent < 1_000_000 || status == 413,
        "cut off or told: {status}"
    );
    let events = wait_for(&bridge, WAIT, |e| {
        matches!(e, BridgeEvent::Refused { id: Some(_), .. })
    });
    assert!(
        matches!(events.first(), Some(BridgeEvent::Refused { id: None, .. })),
        "the announced one first: {events:#?}"
    );
    assert!(
        matches!(
            events.last(),
            Some(BridgeEvent::Refused {
                id: Some(_),
                reason: Refusal::TooLarge { limit: 200_000 },
                ..
            })
        ),
        "{events:#?}"
    );
    assert_eq!(files_in(bridge.folder()), Vec::<std::path::PathBuf>::new());
}

#[test]
fn a_file_that_is_not_a_recording_is_refused_by_its_first_bytes() {
    let bridge = open(
        settings(Language::English),
        CaseTicket::new([FAILED, Role::PrivacyReport]),
    );
    let png =
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xffa".repeat(50);
    // Named like a recording: the name is not trusted.
    let (status, body) = upload(&bridge, "failed", "voice.m4a", &png);
    assert_eq!(status, 415);
    assert!(body.contains(".opus"), "{body}");
    // A recording is not an App Privacy Report, and a report is not a recording.
    let m4a = std::fs::read(fixture("clean.m4a")).unwrap();
    assert_eq!(
        upload(&bridge, "privacy-report", "report.ndjson", &m4a).0,
        415
    );
    let report = std::fs::read(privacy_fixture("normal_week.ndjson")).unwrap();
    assert_eq!(upload(&bridge, "failed", "x.opus", &report).0, 415);
    // Empty, and no file at all.
    assert_eq!(upload(&bridge, "failed", "empty.m4a", b"").0, 400);
    assert_eq!(upload(&bridge, "failed", "", b"").0, 400);
    let refusals: Vec<Refusal> = drain(&bridge)
        .into_iter()
        .filter_map(|e| match e {
            BridgeEvent::Refused { reason, .. } => Some(reason),
            _ => None,
        })
        .collect();
    assert_eq!(
        refusals,
        [
            Refusal::NotARecording,
            Refusal::NotAPrivacyReport,
            Refusal::NotARecording,
            Refusal::Empty,
            Refusal::NoFile
        ]
    );
    assert!(files_in(bridge.folder()).is_empty());
    // A role the case did not ask for is not there at all.
    let bottom = std::fs::read(fixture("clean.opus")).unwrap();
    assert_eq!(upload(&bridge, "bottom", "b.opus", &bottom).0, 404);
    assert_eq!(upload(&bridge, "../../etc", "b.opus", &bottom).0, 404);
}

#[test]
fn a_phone_that_stops_half_way_leaves_nothing_behind() {
    let bridge = open(settings(Language::English), CaseTicket::failed_recording());
    let path = format!("{}/send/failed?via=choose", page_path(&bridge));
    let body = multipart("clean.mov", &std::fs::read(fixture("clean.mov")).unwrap());
    let mut raw = Raw::connect(bridge.address());
    raw.post_head(&path, Some(body.len()));
    raw.send(&body[..body.len() / 2]).unwrap();
    wait_for(&bridge, WAIT, |e| {
        matches!(e, BridgeEvent::UploadStarted { .. })
    });
    // The phone hangs up.
    raw.stream.shutdown(std::net::Shutdown::Both).unwrap();
    drop(raw);
    let events = wait_for(&bridge, WAIT, |e| matches!(e, BridgeEvent::Failed { .. }));
    assert!(
        matches!(
            events.last(),
            Some(BridgeEvent::Failed {
                role: FAILED,
                reason: Failure::Disconnected,
                ..
            })
        ),
        "{events:#?}"
    );
    assert!(
        files_in(bridge.folder()).is_empty(),
        "{:?}",
        files_in(bridge.folder())
    );
    // The role is free again: the same file, whole, arrives.
    assert_eq!(
        upload(
            &bridge,
            "failed",
            "clean.mov",
            &std::fs::read(fixture("clean.mov")).unwrap()
        )
        .0,
        200
    );
}

#[test]
fn a_phone_that_never_finishes_is_stopped_by_the_stall_limit() {
    let mut quick = settings(Language::English);
    quick.limits.stall = Duration::from_millis(400);
    let bridge = open(quick, CaseTicket::failed_recording());
    let path = format!("{}/send/failed?via=choose", page_path(&bridge));
    let body = multipart("clean.m4a", &std::fs::read(fixture("clean.m4a")).unwrap());
    let mut raw = Raw::connect(bridge.address());
    raw.post_head(&path, Some(body.len()));
    raw.send(&body[..body.len() / 2]).unwrap();
    let events = wait_for(&bridge, WAIT, |e| matches!(e, BridgeEvent::Failed { .. }));
    assert!(
        matches!(
            events.last(),
            Some(BridgeEvent::Failed {
                reason: Failure::Stalled,
                ..
            })
        ),
        "{events:#?}"
    );
    assert_eq!(raw.response().0, 408);
    assert!(files_in(bridge.folder()).is_empty());
}

#[test]
fn a_connection_that_sends_no_request_is_closed() {
    let mut quick = settings(Language::English);
    quick.limits.header_timeout = Duration::from_millis(300);
    let bridge = open(quick, CaseTicket::failed_recording());
    let mut idle = Raw::connect(bridge.address());
    idle.send(b"GET / HTTP/1.1\r\n").unwrap();
    let started = std::time::Instant::now();
    let mut buffer = [0u8; 256];
    let read = std::io::Read::read(&mut idle.stream, &mut buffer);
    assert!(started.elapsed() < Duration::from_secs(5));
    // Closed, possibly with a 408 first.
    let text = String::from_utf8_lossy(&buffer[..read.unwrap_or(0)]).into_owned();
    assert!(text.is_empty() || text.contains(" 408 "), "{text}");
}

#[test]
fn two_phones_at_once_each_get_their_answer_and_one_role_takes_one_upload() {
    let bridge = open(
        settings(Language::English),
        CaseTicket::new([FAILED, Role::PrivacyReport]),
    );
    let base = page_path(&bridge);
    let recording = std::fs::read(fixture("clean.opus")).unwrap();
    let report = std::fs::read(privacy_fixture("normal_week.ndjson")).unwrap();

    // Phone A starts the recording and pauses half-way.
    let body_a = multipart("PTT-20250101-WA0001.opus", &recording);
    let mut phone_a = Raw::connect(bridge.address());
    phone_a.post_head(
        &format!("{base}/send/failed?via=choose"),
        Some(body_a.len()),
    );
    phone_a.send(&body_a[..body_a.len() / 2]).unwrap();
    wait_for(&bridge, WAIT, |e| {
        matches!(e, BridgeEvent::UploadStarted { role: FAILED, .. })
    });

    // Phone B, meanwhile, sends the same role: told to wait.
    let (status, body) = upload(&bridge, "failed", "other.opus", &recording);
    assert_eq!(status, 409, "{body}");
    // And the report, which is free: it arrives while A is still sending.
    let (status, body) = upload(
        &bridge,
        "privacy-report",
        "App_Privacy_Report.ndjson",
        &report,
    );
    assert_eq!((status, body.as_str()), (200, "Sent: see the screen."));

    phone_a.send(&body_a[body_a.len() / 2..]).unwrap();
    let (status, body) = phone_a.response();
    assert_eq!((status, body.as_str()), (200, "Sent: see the screen."));

    let events = wait_for(&bridge, WAIT, |e| matches!(e, BridgeEvent::Ended { .. }));
    let received: Vec<(Role, FileKind, Vec<u8>)> = events
        .iter()
        .filter_map(|e| match e {
            BridgeEvent::Received {
                role,
                path,
                original_kind,
                ..
            } => Some((*role, *original_kind, std::fs::read(path).unwrap())),
            _ => None,
        })
        .collect();
    assert_eq!(received.len(), 2, "{events:#?}");
    assert!(received.contains(&(Role::PrivacyReport, FileKind::Ndjson, report)));
    assert!(received.contains(&(FAILED, FileKind::OggOpus, recording)));
    assert!(events.iter().any(|e| matches!(
        e,
        BridgeEvent::Refused {
            id: None,
            reason: Refusal::Busy,
            ..
        }
    )));
    assert_eq!(
        events.last(),
        Some(&BridgeEvent::Ended {
            reason: EndReason::AllReceived
        })
    );
    // Everything arrived: the link is done.
    assert_eq!(request(bridge.address(), "GET", &base, None).0, 404);
    // Names chosen by MicDoctor, never the phone's.
    let names: Vec<String> = files_in(bridge.folder())
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| n.starts_with("failed-") || n.starts_with("privacy-report-")),
        "{names:?}"
    );
}

#[test]
fn the_staff_can_refuse_an_upload_running_or_received() {
    let bridge = open(settings(Language::English), CaseTicket::failed_recording());
    let base = page_path(&bridge);
    let recording = std::fs::read(fixture("clean.m4a")).unwrap();
    let body = multipart("memo.m4a", &recording);
    let mut phone = Raw::connect(bridge.address());
    phone.post_head(&format!("{base}/send/failed?via=choose"), Some(body.len()));
    phone.send(&body[..body.len() / 2]).unwrap();
    let events = wait_for(&bridge, WAIT, |e| {
        matches!(e, BridgeEvent::UploadStarted { .. })
    });
    let Some(BridgeEvent::UploadStarted { id, .. }) = events.last() else {
        unreachable!()
    };
    assert_eq!(bridge.refuse(*id), RefuseOutcome::Stopped);
    let (status, text) = phone.response();
    assert_eq!(status, 403, "{text}");
    let events = wait_for(&bridge, WAIT, |e| matches!(e, BridgeEvent::Refused { .. }));
    assert!(matches!(
        events.last(),
        Some(BridgeEvent::Refused {
            reason: Refusal::ByStaff,
            ..
        })
    ));
    assert!(files_in(bridge.folder()).is_empty());

    // Received, then refused: deleted, and asked for again (the link works again).
    assert_eq!(upload(&bridge, "failed", "memo.m4a", &recording).0, 200);
    let events = wait_for(&bridge, WAIT, |e| matches!(e, BridgeEvent::Ended { .. }));
    let (id, path) = events
        .iter()
        .find_map(|e| match e {
            BridgeEvent::Received { id, path, .. } => Some((*id, path.clone())),
            _ => None,
        })
        .unwrap();
    assert!(!bridge.link_works());
    assert_eq!(bridge.refuse(id), RefuseOutcome::AskedAgain);
    assert!(!path.exists());
    assert!(bridge.link_works());
    assert_eq!(upload(&bridge, "failed", "memo.m4a", &recording).0, 200);
    assert_eq!(
        bridge.refuse(micdoctor_bridge::UploadId(999)),
        RefuseOutcome::Unknown
    );
}

#[test]
fn closing_stops_the_server_closes_the_port_and_removes_the_folder() {
    let bridge = open(settings(Language::English), CaseTicket::failed_recording());
    assert_eq!(
        upload(
            &bridge,
            "failed",
            "memo.m4a",
            &std::fs::read(fixture("clean.m4a")).unwrap()
        )
        .0,
        200
    );
    let events = wait_for(&bridge, WAIT, |e| matches!(e, BridgeEvent::Received { .. }));
    let Some(BridgeEvent::Received { path, .. }) = events.last() else {
        unreachable!()
    };
    let (address, folder, path) = (bridge.address(), bridge.folder().to_owned(), path.clone());
    assert!(path.exists() && path.starts_with(&folder));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(
            std::fs::metadata(&folder).unwrap().permissions().mode() & 0o777,
            0o700
        );
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    // A phone in the middle of an upload does not hold the close up.
    let body = multipart("memo.m4a", &std::fs::read(fixture("clean.m4a")).unwrap());
    let mut phone = Raw::connect(address);
    phone.post_head(
        &format!("{}/send/failed?via=choose", page_path(&bridge)),
        Some(body.len()),
    );
    phone.send(&body[..100]).unwrap();
    // And neither does an idle connection.
    let _idle = Raw::connect(address);
    let started = std::time::Instant::now();
    bridge.close().unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "{:?}",
        started.elapsed()
    );
    assert!(!folder.exists() && !path.exists());
    assert!(TcpStream::connect(address).is_err(), "the port is closed");
    assert_ne!(phone.response().0, 200);
}

/// A window closes the card with `close_in_background`: it returns while the bridge's thread is still busy
/// with a phone's upload (here held inside the upload's last event until the test lets it go), and the
/// thread then closes the port and removes the folder by itself. Checked by the order of events, not by
/// the clock: the blocking `close` could not return before the thread was let go.
#[test]
fn closing_in_the_background_returns_while_an_upload_is_still_being_stopped() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, Mutex, mpsc};

    let bridge = open(settings(Language::English), CaseTicket::failed_recording());
    let (address, folder) = (bridge.address(), bridge.folder().to_owned());
    let body = multipart("memo.m4a", &std::fs::read(fixture("clean.m4a")).unwrap());
    let mut phone = Raw::connect(address);
    phone.post_head(
        &format!("{}/send/failed?via=choose", page_path(&bridge)),
        Some(body.len()),
    );
    // Half the file: past its first bytes, so the upload has begun and is writing.
    phone.send(&body[..body.len() / 2]).unwrap();
    wait_for(&bridge, WAIT, |e| {
        matches!(e, BridgeEvent::UploadStarted { .. })
    });
    // From now on, the next event the bridge's thread sends holds that thread until the test says.
    let hold = Arc::new(AtomicBool::new(true));
    let (inside, entered) = mpsc::channel();
    let (let_go, released) = mpsc::channel::<()>();
    let released = Mutex::new(released);
    let holding = Arc::clone(&hold);
    bridge.set_waker(move || {
        if holding.swap(false, Ordering::SeqCst) {
            let _ = inside.send(());
            let _ = released.lock().unwrap().recv();
        }
    });
    let closing = bridge.close_in_background();
    // Returned; the thread is stopping the upload and is held inside its event.
    entered
        .recv_timeout(WAIT)
        .expect("the upload's stop reaches the bridge's thread");
    assert!(!closing.is_finished(), "the thread is still held");
    assert!(
        folder.exists(),
        "the folder goes after the upload, not before"
    );
    let_go.send(()).unwrap();
    closing.wait().unwrap();
    assert!(!folder.exists());
    assert!(TcpStream::connect(address).is_err(), "the port is closed");
    assert_ne!(phone.response().0, 200);
    assert!(!hold.load(Ordering::SeqCst));
}

#[test]
fn dropping_the_handle_closes_the_bridge_too() {
    let bridge = open(settings(Language::English), CaseTicket::failed_recording());
    let (address, folder) = (bridge.address(), bridge.folder().to_owned());
    assert!(folder.exists());
    drop(bridge);
    assert!(!folder.exists());
    assert!(TcpStream::connect(address).is_err());
}

#[test]
fn the_unspecified_address_is_refused() {
    let mut everywhere = settings(Language::English);
    everywhere.address = Some(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED));
    let error =
        micdoctor_bridge::Bridge::open(everywhere, CaseTicket::failed_recording()).unwrap_err();
    assert!(matches!(
        error,
        micdoctor_bridge::BridgeError::Unspecified(_)
    ));
    assert!(
        error
            .in_words(Language::PortugueseBrazil)
            .contains("0.0.0.0")
    );
}

#[test]
fn a_plain_form_without_script_gets_a_page_with_the_answer() {
    let bridge = open(
        settings(Language::PortugueseBrazil),
        CaseTicket::microphone_test(),
    );
    let body = multipart(
        "New Recording.m4a",
        &std::fs::read(fixture("clean.m4a")).unwrap(),
    );
    let mut raw = Raw::connect(bridge.address());
    let head = format!(
        "POST {}/send/bottom?via=choose HTTP/1.1\r\nHost: t\r\nContent-Type: multipart/form-data; boundary={}\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n",
        page_path(&bridge),
        crate::support::BOUNDARY,
        body.len()
    );
    raw.send(head.as_bytes()).unwrap();
    raw.send(&body).unwrap();
    let (status, page) = raw.response();
    assert_eq!(status, 200);
    assert!(page.contains("<html lang=\"pt-BR\">"), "{page}");
    assert!(page.contains("Enviado: veja a tela."));
    // Two takes still wanted: the page links back.
    assert!(page.contains(&format!("href=\"{}\"", page_path(&bridge))));
}
