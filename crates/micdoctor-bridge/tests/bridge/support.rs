//! Helpers: a bridge on 127.0.0.1 with short limits, waiting for events, a raw HTTP/1 client, multipart
//! bodies, the fixtures, and reading a QR code back.

use std::io::{Read as _, Write as _};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc::RecvTimeoutError;
use std::time::{Duration, Instant};

use micdoctor_bridge::{
    Bridge, BridgeEvent, BridgeHandle, BridgeSettings, CaseTicket, Limits, QrModules,
};
use micdoctor_core::i18n::Language;

/// Every test's server listens here and nowhere else.
pub const LOOPBACK: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

/// Settings for a test: 127.0.0.1, any port, short limits.
pub fn settings(language: Language) -> BridgeSettings {
    BridgeSettings {
        address: Some(LOOPBACK),
        port: 0,
        language,
        limits: Limits {
            wrong_tries: 10,
            lockout: Duration::from_mins(1),
            stall: Duration::from_secs(5),
            max_upload_time: Duration::from_mins(1),
            header_timeout: Duration::from_secs(5),
            max_connections: 32,
        },
        ..BridgeSettings::default()
    }
}

pub fn open(settings: BridgeSettings, ticket: CaseTicket) -> BridgeHandle {
    assert_eq!(
        settings.address,
        Some(LOOPBACK),
        "tests listen on 127.0.0.1 only"
    );
    Bridge::open(settings, ticket).unwrap()
}

/// The path part of the bridge's URL (`/u/TOKEN`).
pub fn page_path(bridge: &BridgeHandle) -> String {
    let url = bridge.url();
    let after_scheme = url.strip_prefix("http://").unwrap();
    after_scheme[after_scheme.find('/').unwrap()..].to_owned()
}

/// Events until one matches `wanted` (returned last), or panics after `timeout` with what came.
pub fn wait_for(
    bridge: &BridgeHandle,
    timeout: Duration,
    wanted: impl Fn(&BridgeEvent) -> bool,
) -> Vec<BridgeEvent> {
    let deadline = Instant::now() + timeout;
    let mut seen = Vec::new();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match bridge.recv_timeout(left) {
            Ok(event) => {
                let done = wanted(&event);
                seen.push(event);
                if done {
                    return seen;
                }
            }
            Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {
                panic!("the awaited event did not come within {timeout:?}; seen: {seen:#?}")
            }
        }
    }
}

/// Events that came so far, without waiting.
pub fn drain(bridge: &BridgeHandle) -> Vec<BridgeEvent> {
    std::iter::from_fn(|| bridge.next_event()).collect()
}

/// The files in the bridge's folder.
pub fn files_in(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| entries.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/recordings")
        .join(name)
}

pub fn privacy_fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../micdoctor-core/tests/fixtures/privacy")
        .join(name)
}

pub const BOUNDARY: &str = "----micdoctor-test-boundary-7c1e";

/// A multipart body with one file field.
pub fn multipart(file_name: &str, content: &[u8]) -> Vec<u8> {
    let mut body = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    body
}

/// A raw HTTP/1.1 client on 127.0.0.1, for what a browser will not do: stop half-way, lie, hammer.
pub struct Raw {
    pub stream: TcpStream,
}

impl Raw {
    pub fn connect(address: SocketAddr) -> Self {
        assert!(address.ip().is_loopback(), "tests talk to 127.0.0.1 only");
        let stream = TcpStream::connect(address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        Self { stream }
    }

    /// Sends a POST's head announcing `length` body bytes (or chunked when `None`).
    pub fn post_head(&mut self, path: &str, length: Option<usize>) {
        let length = length.map_or_else(
            || "Transfer-Encoding: chunked\r\n".to_owned(),
            |n| format!("Content-Length: {n}\r\n"),
        );
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: test\r\nContent-Type: multipart/form-data; boundary={BOUNDARY}\r\n\
             {length}X-MicDoctor-Upload: 1\r\nConnection: close\r\n\r\n"
        );
        self.stream.write_all(head.as_bytes()).unwrap();
    }

    pub fn send(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.stream.write_all(bytes)?;
        self.stream.flush()
    }

    /// One chunk of a chunked body.
    pub fn send_chunk(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.send(format!("{:x}\r\n", bytes.len()).as_bytes())?;
        self.send(bytes)?;
        self.send(b"\r\n")
    }

    /// The answer's status and body (the connection is closed by then).
    pub fn response(mut self) -> (u16, String) {
        let mut raw = Vec::new();
        let _ = self.stream.read_to_end(&mut raw);
        parse_response(&raw)
    }
}

pub fn parse_response(raw: &[u8]) -> (u16, String) {
    let text = String::from_utf8_lossy(raw);
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map_or_else(String::new, |(_, b)| b.to_owned());
    (status, body)
}

/// A whole request: GET or POST with a body.
pub fn request(
    address: SocketAddr,
    method: &str,
    path: &str,
    body: Option<&[u8]>,
) -> (u16, String) {
    let mut raw = Raw::connect(address);
    if let Some(body) = body {
        raw.post_head(path, Some(body.len()));
        raw.send(body).unwrap();
    } else {
        let head = format!("{method} {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
        raw.send(head.as_bytes()).unwrap();
    }
    raw.response()
}

/// Posts `content` as the file for `slug`.
pub fn upload(bridge: &BridgeHandle, slug: &str, name: &str, content: &[u8]) -> (u16, String) {
    let path = format!("{}/send/{slug}?via=choose", page_path(bridge));
    request(
        bridge.address(),
        "POST",
        &path,
        Some(&multipart(name, content)),
    )
}

/// The text a QR code holds, read back from its modules drawn as a picture.
pub fn decode_qr(modules: &QrModules) -> String {
    const SCALE: usize = 6;
    const QUIET: usize = 4;
    let side = (modules.width + 2 * QUIET) * SCALE;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        let (mx, my) = (x / SCALE, y / SCALE);
        let dark = mx >= QUIET
            && my >= QUIET
            && mx < QUIET + modules.width
            && my < QUIET + modules.width
            && modules.dark[(my - QUIET) * modules.width + (mx - QUIET)];
        if dark { 0 } else { 255 }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the picture");
    grids[0].decode().unwrap().1
}
