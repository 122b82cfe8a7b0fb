//! The page in a real browser: headless Chromium, driven over `WebDriver` by a `chromedriver` this test starts
//! on 127.0.0.1, opens the link the QR code holds, picks each fixture in its file input, and the events
//! say the file arrived; the recording crate then measures the received file exactly as the original.
//!
//! Skipped, saying so, where Chromium or chromedriver is missing and neither `CI` nor
//! `MICDOCTOR_REQUIRE_BROWSER` (set by `.ci/run`) is set (`apt-get install
//! chromium chromium-driver`); under CI they must run. `MICDOCTOR_BRIDGE_SCREENSHOTS=DIR` also saves the
//! page at a phone's size (390 × 844) in each language.

use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use micdoctor_bridge::{BridgeEvent, BridgeHandle, CaseTicket, FileKind, Role};
use micdoctor_core::i18n::Language;
use micdoctor_core::recording::{Microphone, RecordingRole};
use serde_json::json;

use crate::support::{
    Raw, decode_qr, fixture, multipart, open, page_path, privacy_fixture, settings, wait_for,
};

const WAIT: Duration = Duration::from_secs(30);

/// Chromium's flags: headless, no sandbox (root in a container), and nothing that reaches out: every
/// host name but 127.0.0.1 resolves to nothing.
const FLAGS: [&str; 16] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--disable-default-apps",
    "--no-default-browser-check",
    "--no-proxy-server",
    "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--hide-scrollbars",
    "--lang=en-US",
];

fn found(candidates: &[&str]) -> Option<PathBuf> {
    candidates.iter().map(PathBuf::from).find(|p| p.is_file())
}

fn chromium() -> Option<PathBuf> {
    found(&[
        "/usr/lib/chromium/chromium",
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ])
}

fn chromedriver() -> Option<PathBuf> {
    found(&["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"])
}

/// One browser test at a time: four Chromiums at once on a two-core machine starve each other, and a
/// driver that loses the race for its port would otherwise be shared and ended by the wrong test.
static BROWSER_TURN: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// A chromedriver on 127.0.0.1 in its own process group, ended with every browser it started.
struct Driver {
    child: Child,
    port: u16,
    browser: PathBuf,
    profiles: tempfile::TempDir,
    /// Released after `Drop` has ended the driver, so the next test starts on a quiet machine.
    _turn: tokio::sync::MutexGuard<'static, ()>,
}

impl Driver {
    /// A running driver, or `None` (the test is skipped) where Chromium is missing outside CI.
    async fn start() -> Option<Self> {
        let (Some(browser), Some(driver)) = (chromium(), chromedriver()) else {
            assert!(
                std::env::var_os("CI").is_none()
                    && std::env::var_os("MICDOCTOR_REQUIRE_BROWSER").is_none(),
                "CI must run the browser tests: install chromium and chromium-driver (.ci/run does)"
            );
            eprintln!(
                "browser test skipped: no Chromium or chromedriver. Install them to run it: \
                 apt-get install chromium chromium-driver"
            );
            return None;
        };
        let turn = BROWSER_TURN.lock().await;
        for _ in 0..3 {
            if let Some((child, port)) = Self::spawn(&driver) {
                return Some(Self {
                    child,
                    port,
                    browser,
                    profiles: tempfile::tempdir().unwrap(),
                    _turn: turn,
                });
            }
        }
        panic!("chromedriver did not start on a free port in three tries");
    }

    /// Starts the driver on a port that was free a moment ago; `None` when it exited (the port was taken
    /// in between), so the caller tries another.
    fn spawn(driver: &Path) -> Option<(Child, u16)> {
        let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut command = Command::new(driver);
        command
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // `MICDOCTOR_CHROMEDRIVER_LOG=FILE`: the driver's verbose log, to see where a session stuck.
        if let Some(log) = std::env::var_os("MICDOCTOR_CHROMEDRIVER_LOG") {
            command
                .arg("--verbose")
                .arg(format!("--log-path={}", Path::new(&log).display()));
        }
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let mut child = command.spawn().unwrap();
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        let started = Instant::now();
        loop {
            if child.try_wait().unwrap().is_some() {
                return None;
            }
            if TcpStream::connect(address).is_ok() {
                // The listener answering is ours only while our driver still runs.
                std::thread::sleep(Duration::from_millis(100));
                if child.try_wait().unwrap().is_none() {
                    return Some((child, port));
                }
                return None;
            }
            assert!(started.elapsed() < WAIT, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// A new browser session with its own fresh profile: a phone-sized window, script on or off.
    async fn session(&self, script: bool) -> Client {
        let profile = tempfile::Builder::new()
            .prefix("profile-")
            .tempdir_in(self.profiles.path())
            .unwrap()
            .keep();
        let mut args: Vec<String> = FLAGS.iter().map(|f| (*f).to_owned()).collect();
        args.push(format!("--user-data-dir={}", profile.display()));
        args.push("--window-size=390,844".to_owned());
        let mut options = json!({
            "binary": self.browser,
            "args": args,
            "mobileEmulation": {
                "deviceMetrics": { "width": 390, "height": 844, "pixelRatio": 2 },
                "userAgent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
            }
        });
        if !script {
            options["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
        }
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".to_owned(), json!("chrome"));
        capabilities.insert("goog:chromeOptions".to_owned(), options);
        // A driver that has just started can drop the first request while it still sets up: try again.
        let mut last = None;
        for _ in 0..3 {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(capabilities.clone())
                .connect(&format!("http://127.0.0.1:{}", self.port))
                .await
            {
                Ok(client) => return client,
                Err(error) => last = Some(error),
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        panic!("no browser session in three tries: {last:?}");
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // The driver and the browsers it started share its process group: end them all.
        let _ = Command::new("kill")
            .arg("-KILL")
            .arg("--")
            .arg(format!("-{}", self.child.id()))
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Opens the page from the link the QR code holds: what a phone's camera does.
async fn open_page(client: &Client, bridge: &BridgeHandle) {
    let url = decode_qr(bridge.qr());
    assert_eq!(url, bridge.url());
    client.goto(&url).await.unwrap();
}

/// Picks `file` in the input of the card `slug` that posts `via`.
async fn pick(client: &Client, slug: &str, via: &str, file: &Path) {
    let input = client
        .find(Locator::Css(&format!(
            "#{slug} form[action$='via={via}'] input[type=file]"
        )))
        .await
        .unwrap();
    input
        .send_keys(&file.canonicalize().unwrap().display().to_string())
        .await
        .unwrap();
}

/// The card's message once it says something other than "Sending…".
async fn card_message(client: &Client, slug: &str, sending: &str) -> String {
    let started = Instant::now();
    loop {
        let message = client
            .find(Locator::Css(&format!("#{slug} .msg")))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        if !message.is_empty() && !message.starts_with(sending) {
            return message;
        }
        assert!(started.elapsed() < WAIT, "{slug}: still {message:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits (off the async workers) for the event `wanted`.
async fn event(
    bridge: &std::sync::Arc<BridgeHandle>,
    wanted: fn(&BridgeEvent) -> bool,
) -> Vec<BridgeEvent> {
    let bridge = std::sync::Arc::clone(bridge);
    tokio::task::spawn_blocking(move || wait_for(&bridge, WAIT, wanted))
        .await
        .unwrap()
}

fn received(events: &[BridgeEvent]) -> (Role, PathBuf, FileKind, bool) {
    events
        .iter()
        .find_map(|e| match e {
            BridgeEvent::Received {
                role,
                path,
                original_kind,
                from_photos,
                ..
            } => Some((*role, path.clone(), *original_kind, *from_photos)),
            _ => None,
        })
        .unwrap()
}

/// The received file measures exactly as the original (and is byte for byte the original).
fn measures_the_same(original: &Path, received: &Path) {
    assert_eq!(
        std::fs::read(original).unwrap(),
        std::fs::read(received).unwrap()
    );
    let mut before = micdoctor_recording::analyze_file(original, &mut |_| {}).unwrap();
    let after = micdoctor_recording::analyze_file(received, &mut |_| {}).unwrap();
    before.file.clone_from(&after.file);
    assert_eq!(before, after, "{}", original.display());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_file_the_case_asks_for_arrives_from_the_page_and_measures_the_same() {
    let Some(driver) = Driver::start().await else {
        return;
    };
    let bridge = std::sync::Arc::new(open(
        settings(Language::English),
        CaseTicket::new(Role::ALL).with_case_code("MD-BROWSER-1"),
    ));
    let client = driver.session(true).await;
    open_page(&client, &bridge).await;
    assert_eq!(
        client
            .find(Locator::Css("html"))
            .await
            .unwrap()
            .attr("class")
            .await
            .unwrap()
            .as_deref(),
        Some("js")
    );
    // A copy of a Camera video under the name Safari gives a video taken from Photos.
    let photos = tempfile::tempdir().unwrap();
    let from_photos = photos
        .path()
        .join("trim.8F3A62D4-1C2B-4E8A-9A57-0C7B1D2E3F40.MOV");
    std::fs::copy(fixture("clean.mov"), &from_photos).unwrap();

    let rear = Role::Recording(RecordingRole::Microphone(Microphone::Rear));
    let cases: [(&str, &str, PathBuf, Role, FileKind, bool); 5] = [
        (
            "failed",
            "choose",
            fixture("clean.m4a"),
            Role::Recording(RecordingRole::Failed),
            FileKind::M4a,
            false,
        ),
        (
            "bottom",
            "choose",
            fixture("noisy.opus"),
            Role::Recording(RecordingRole::Microphone(Microphone::Bottom)),
            FileKind::OggOpus,
            false,
        ),
        (
            "front",
            "camera",
            fixture("muffled.mov"),
            Role::Recording(RecordingRole::Microphone(Microphone::Front)),
            FileKind::Mov,
            false,
        ),
        ("rear", "choose", from_photos, rear, FileKind::Mov, true),
        (
            "privacy-report",
            "choose",
            privacy_fixture("whatsapp_night.ndjson"),
            Role::PrivacyReport,
            FileKind::Ndjson,
            false,
        ),
    ];
    for (slug, via, file, role, kind, photos) in cases {
        pick(&client, slug, via, &file).await;
        let events = event(&bridge, |e| matches!(e, BridgeEvent::Received { .. })).await;
        assert!(
            events.iter().any(|e| matches!(e, BridgeEvent::UploadStarted { role: r, from_photos, .. } if *r == role && *from_photos == photos)),
            "{events:#?}"
        );
        let (got_role, path, got_kind, got_photos) = received(&events);
        assert_eq!(
            (got_role, got_kind, got_photos),
            (role, kind, photos),
            "{slug}"
        );
        assert_eq!(
            card_message(&client, slug, "Sending").await,
            "Sent: see the screen."
        );
        let class = client
            .find(Locator::Css(&format!("#{slug}")))
            .await
            .unwrap()
            .attr("class")
            .await
            .unwrap();
        assert_eq!(class.as_deref(), Some("card done"), "{slug}");
        if role == Role::PrivacyReport {
            assert_eq!(std::fs::read(&file).unwrap(), std::fs::read(&path).unwrap());
            micdoctor_core::privacy_report::read_report(&path).unwrap();
        } else {
            measures_the_same(&file, &path);
        }
    }
    let events = event(&bridge, |e| matches!(e, BridgeEvent::Ended { .. })).await;
    assert!(matches!(events.last(), Some(BridgeEvent::Ended { .. })));
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_phones_at_once_a_browser_and_a_raw_client_each_get_their_answer() {
    let Some(driver) = Driver::start().await else {
        return;
    };
    let bridge = std::sync::Arc::new(open(
        settings(Language::Spanish),
        CaseTicket::new([Role::Recording(RecordingRole::Failed), Role::PrivacyReport]),
    ));
    // Phone A (a raw client) is half-way through the recording.
    let recording = std::fs::read(fixture("clean.opus")).unwrap();
    let body = multipart("PTT-WA0001.opus", &recording);
    let mut phone_a = Raw::connect(bridge.address());
    phone_a.post_head(
        &format!("{}/send/failed?via=choose", page_path(&bridge)),
        Some(body.len()),
    );
    phone_a.send(&body[..body.len() / 2]).unwrap();
    event(&bridge, |e| matches!(e, BridgeEvent::UploadStarted { .. })).await;

    // Phone B (the browser) tries the same recording: told, in Spanish, to wait.
    let client = driver.session(true).await;
    open_page(&client, &bridge).await;
    pick(&client, "failed", "choose", &fixture("clean.m4a")).await;
    let busy = card_message(&client, "failed", "Enviando").await;
    assert_eq!(
        busy,
        micdoctor_core::t!(Language::Spanish, "bridge-refused-busy")
    );
    // A picture is not an App Privacy Report, whatever its name: refused by its first bytes, and the
    // page says so.
    let picture = tempfile::tempdir().unwrap();
    let png = picture.path().join("App_Privacy_Report.ndjson");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".repeat(100)).unwrap();
    pick(&client, "privacy-report", "choose", &png).await;
    let refused = card_message(&client, "privacy-report", "Enviando").await;
    assert_eq!(
        refused,
        micdoctor_core::t!(Language::Spanish, "bridge-refused-not-report")
    );
    // The report, meanwhile, goes through.
    pick(
        &client,
        "privacy-report",
        "choose",
        &privacy_fixture("normal_week.ndjson"),
    )
    .await;
    assert_eq!(
        card_message(&client, "privacy-report", "Enviando").await,
        "Enviado: mira la pantalla."
    );

    // Phone A finishes and gets its own answer.
    phone_a.send(&body[body.len() / 2..]).unwrap();
    let (status, text) = tokio::task::spawn_blocking(move || phone_a.response())
        .await
        .unwrap();
    assert_eq!((status, text.as_str()), (200, "Enviado: mira la pantalla."));
    let events = event(&bridge, |e| matches!(e, BridgeEvent::Ended { .. })).await;
    let roles: Vec<Role> = events
        .iter()
        .filter_map(|e| match e {
            BridgeEvent::Received { role, .. } => Some(*role),
            _ => None,
        })
        .collect();
    assert_eq!(roles.len(), 2, "{events:#?}");
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_works_without_script_as_a_plain_form() {
    let Some(driver) = Driver::start().await else {
        return;
    };
    let bridge = std::sync::Arc::new(open(
        settings(Language::PortugueseBrazil),
        CaseTicket::failed_recording(),
    ));
    let client = driver.session(false).await;
    open_page(&client, &bridge).await;
    assert_eq!(
        client
            .find(Locator::Css("html"))
            .await
            .unwrap()
            .attr("class")
            .await
            .unwrap()
            .as_deref(),
        Some("nojs")
    );
    let file = fixture("clean.mov");
    pick(&client, "failed", "camera", &file).await;
    // Pressed from the keyboard: chromedriver's click waits on a page timer, and with script off the
    // page has none to run.
    client
        .find(Locator::Css(
            "#failed form[action$='via=camera'] button.send",
        ))
        .await
        .unwrap()
        .send_keys(&char::from(fantoccini::key::Key::Enter).to_string())
        .await
        .unwrap();
    let answer = client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("h1.msg"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(answer, "Enviado: veja a tela.");
    let events = event(&bridge, |e| matches!(e, BridgeEvent::Received { .. })).await;
    let (_, path, kind, photos) = received(&events);
    assert_eq!((kind, photos), (FileKind::Mov, false));
    measures_the_same(&file, &path);
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_fits_a_phone_in_every_language() {
    let Some(driver) = Driver::start().await else {
        return;
    };
    let shots = std::env::var_os("MICDOCTOR_BRIDGE_SCREENSHOTS").map(PathBuf::from);
    let client = driver.session(true).await;
    for language in Language::ALL {
        let bridge = open(
            settings(language),
            CaseTicket::new(Role::ALL).with_case_code("MD-7K2Q-9XPA"),
        );
        open_page(&client, &bridge).await;
        let html_lang = client
            .find(Locator::Css("html"))
            .await
            .unwrap()
            .attr("lang")
            .await
            .unwrap();
        assert_eq!(html_lang.as_deref(), Some(language.code()));
        let text = client
            .find(Locator::Css("body"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            !text.contains("[en]"),
            "{language}: an English fallback on the page"
        );
        let layout = client
            .execute(
                "const buttons=[...document.querySelectorAll('.button')].map(b=>b.getBoundingClientRect());\
                 return {width: document.documentElement.scrollWidth, viewport: window.innerWidth,\
                 height: document.documentElement.scrollHeight,\
                 smallest: Math.min(...buttons.map(r=>r.height)), narrowest: Math.min(...buttons.map(r=>r.width))};",
                vec![],
            )
            .await
            .unwrap();
        let number = |key: &str| layout[key].as_f64().unwrap();
        assert!((number("viewport") - 390.0).abs() < 0.5, "{layout}");
        assert!(
            number("width") <= number("viewport"),
            "{language}: the page is wider than the phone: {layout}"
        );
        assert!(
            number("smallest") >= 56.0,
            "{language}: a button under 56 px: {layout}"
        );
        assert!(number("narrowest") >= 300.0, "{language}: {layout}");
        if let Some(dir) = &shots {
            std::fs::create_dir_all(dir).unwrap();
            let height = number("height");
            let mut top = 0.0;
            let mut index = 1;
            while top < height {
                client
                    .execute(&format!("window.scrollTo(0,{top});"), vec![])
                    .await
                    .unwrap();
                tokio::time::sleep(Duration::from_millis(150)).await;
                let png = client.screenshot().await.unwrap();
                std::fs::write(
                    dir.join(format!("bridge-{}-{index}.png", language.code())),
                    png,
                )
                .unwrap();
                top += 844.0;
                index += 1;
            }
        }
        bridge.close().unwrap();
    }
    client.close().await.unwrap();
}
