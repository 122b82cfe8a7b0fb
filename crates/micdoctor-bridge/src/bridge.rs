//! Opening and closing the bridge: the app's side. Nothing runs until [`Bridge::open`]; it binds the
//! port, starts one thread with a current-thread runtime, and returns a handle the window polls (no async
//! in the app). [`BridgeHandle::close`], or dropping the handle, stops the server, joins the thread and
//! removes the folder the files arrived in; [`BridgeHandle::close_in_background`] signals the same stop
//! and returns at once, leaving the bridge's own thread to close the port and remove the folder (a window
//! never waits for a phone that is still sending).

use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::Path;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use micdoctor_core::i18n::Language;
use micdoctor_core::report::{QrModules, qr_modules, qr_svg};
use micdoctor_core::t;

use crate::events::{BridgeEvent, UploadId};
use crate::server::{self, RefuseOutcome, Shared};
use crate::settings::{BridgeSettings, CaseTicket};
use crate::wifi::wifi_qr_text;

/// Why the bridge could not open.
#[derive(Debug, thiserror::Error)]
pub enum BridgeError {
    /// No address was set and no network interface holds a default route.
    #[error("no network to offer the page on: {0}")]
    NoNetwork(String),
    /// The address set is the unspecified address (`0.0.0.0` or `::`), which would offer the page on
    /// every network the computer is on.
    #[error("refusing to listen on every network ({0}); set the shop network's address")]
    Unspecified(IpAddr),
    /// The address or port could not be taken (in use, or not this computer's).
    #[error("cannot listen on {address}: {source}")]
    Bind {
        address: SocketAddr,
        source: std::io::Error,
    },
    /// The operating system refused a thread, a runtime, a folder or randomness.
    #[error("cannot start the phone bridge: {0}")]
    System(String),
}

impl BridgeError {
    /// What to tell the staff, in the window's language.
    #[must_use]
    pub fn in_words(&self, language: Language) -> String {
        match self {
            Self::NoNetwork(_) => t!(language, "bridge-error-no-network"),
            Self::Unspecified(address) => t!(
                language,
                "bridge-error-unspecified",
                address = address.to_string()
            ),
            Self::Bind { address, source } => t!(
                language,
                "bridge-error-bind",
                address = address.to_string(),
                why = source.to_string()
            ),
            Self::System(why) => t!(language, "bridge-error-system", why = why.as_str()),
        }
    }
}

/// The address of the interface that holds the default route: the shop's network. On Linux the kernel
/// is asked which source address it would use towards an outside address (a route lookup over netlink;
/// nothing is sent); elsewhere the first IPv4 address that is not loopback.
///
/// # Errors
/// [`BridgeError::NoNetwork`] when the computer is on no network.
pub fn default_address() -> Result<IpAddr, BridgeError> {
    let address =
        local_ip_address::local_ip().map_err(|error| BridgeError::NoNetwork(error.to_string()))?;
    if address.is_loopback() || address.is_unspecified() {
        return Err(BridgeError::NoNetwork(address.to_string()));
    }
    Ok(address)
}

/// The phone bridge.
pub struct Bridge;

impl Bridge {
    /// Opens the bridge for `case`: listens on the settings' address and port and serves the upload
    /// page at [`BridgeHandle::url`] until the handle is closed or dropped.
    ///
    /// # Errors
    /// [`BridgeError`]: no network, an unspecified address, the port taken, or the system refusing a
    /// thread, a folder or randomness.
    pub fn open(settings: BridgeSettings, case: CaseTicket) -> Result<BridgeHandle, BridgeError> {
        let ip = match settings.address {
            Some(ip) => ip,
            None => default_address()?,
        };
        if ip.is_unspecified() {
            return Err(BridgeError::Unspecified(ip));
        }
        let wanted = SocketAddr::new(ip, settings.port);
        let bind = |source| BridgeError::Bind {
            address: wanted,
            source,
        };
        let listener = TcpListener::bind(wanted).map_err(bind)?;
        listener.set_nonblocking(true).map_err(bind)?;
        let address = listener.local_addr().map_err(bind)?;
        let system = |error: &dyn std::fmt::Display| BridgeError::System(error.to_string());
        let token = crate::token::new_token().map_err(|e| system(&e))?;
        let mut folder = tempfile::Builder::new();
        folder.prefix("micdoctor-bridge-");
        #[cfg(unix)]
        folder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700));
        let folder = folder.tempdir().map_err(|e| system(&e))?;
        let url = format!("http://{address}/u/{token}");
        let qr =
            qr_modules(&url).ok_or_else(|| system(&"the address is too long for a QR code"))?;
        let wifi_text = settings.wifi.as_ref().map(wifi_qr_text);
        let wifi_qr = wifi_text.as_deref().and_then(qr_modules);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .max_blocking_threads(2)
            .thread_name("micdoctor-bridge-io")
            .build()
            .map_err(|e| system(&e))?;
        let (events_in, events) = std::sync::mpsc::channel();
        let shared = Arc::new(Shared::new(
            token,
            settings,
            case,
            folder.path().to_owned(),
            events_in,
        ));
        let (stop, stopped) = tokio::sync::oneshot::channel();
        let serving = Arc::clone(&shared);
        // The thread owns the folder: whoever closes the bridge, the thread removes it as its last act,
        // after the port is closed and every connection is gone.
        let thread = std::thread::Builder::new()
            .name("micdoctor-bridge".to_owned())
            .spawn(move || {
                runtime.block_on(async move {
                    match tokio::net::TcpListener::from_std(listener) {
                        Ok(listener) => server::serve(listener, serving, stopped).await,
                        Err(_) => drop(stopped),
                    }
                });
                // Tasks still running (a connection that would not finish) are dropped here.
                runtime.shutdown_timeout(Duration::from_secs(1));
                folder.close()
            })
            .map_err(|e| system(&e))?;
        Ok(BridgeHandle {
            shared,
            url,
            address,
            qr,
            wifi_text,
            wifi_qr,
            events: Mutex::new(events),
            stop: Some(stop),
            thread: Some(thread),
        })
    }
}

/// An open bridge. Poll [`next_event`](Self::next_event) from the window;
/// close it with [`close`](Self::close) or by dropping it.
pub struct BridgeHandle {
    shared: Arc<Shared>,
    url: String,
    address: SocketAddr,
    qr: QrModules,
    wifi_text: Option<String>,
    wifi_qr: Option<QrModules>,
    /// Behind a lock so the handle can be shared (`Sync`) with a thread that waits on it.
    events: Mutex<Receiver<BridgeEvent>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    /// The bridge's thread; it answers whether the folder was removed.
    thread: Option<JoinHandle<std::io::Result<()>>>,
}

impl std::fmt::Debug for BridgeHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The token is a secret: the address only.
        f.debug_struct("BridgeHandle")
            .field("address", &self.address)
            .finish_non_exhaustive()
    }
}

impl BridgeHandle {
    /// The page's address, `http://ADDRESS:PORT/u/TOKEN`: what the QR code holds.
    #[must_use]
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The address and port the server listens on (for the card's "allow port …" line).
    #[must_use]
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The QR code of [`url`](Self::url), as modules for the window to paint.
    #[must_use]
    pub fn qr(&self) -> &QrModules {
        &self.qr
    }

    /// The QR code of [`url`](Self::url) as inline SVG, titled in `language` for screen readers.
    #[must_use]
    pub fn qr_svg(&self, language: Language) -> String {
        qr_svg(&self.url, &t!(language, "bridge-qr-title")).unwrap_or_default()
    }

    /// The text of the "join the shop's Wi-Fi" QR code (`WIFI:T:WPA;S:…;P:…;;`), when a Wi-Fi is set.
    #[must_use]
    pub fn wifi_text(&self) -> Option<&str> {
        self.wifi_text.as_deref()
    }

    /// The shop's Wi-Fi name, when a Wi-Fi is set.
    #[must_use]
    pub fn wifi_ssid(&self) -> Option<&str> {
        self.shared
            .settings
            .wifi
            .as_ref()
            .map(|wifi| wifi.ssid.as_str())
    }

    /// The Wi-Fi QR code's modules, when a Wi-Fi is set.
    #[must_use]
    pub fn wifi_qr(&self) -> Option<&QrModules> {
        self.wifi_qr.as_ref()
    }

    /// The Wi-Fi QR code as inline SVG, titled in `language`.
    #[must_use]
    pub fn wifi_qr_svg(&self, language: Language) -> Option<String> {
        let text = self.wifi_text.as_deref()?;
        let ssid = self.wifi_ssid()?;
        qr_svg(text, &t!(language, "bridge-wifi-qr-title", ssid = ssid))
    }

    /// The next event if there is one (never blocks): for a window's frame.
    #[must_use]
    pub fn next_event(&self) -> Option<BridgeEvent> {
        self.receiver().try_recv().ok()
    }

    /// The next event, waiting at most `timeout` for it (for tests and command-line tools; a window
    /// uses [`next_event`](Self::next_event)).
    ///
    /// # Errors
    /// Nothing came in time, or the bridge's thread is gone.
    pub fn recv_timeout(&self, timeout: Duration) -> Result<BridgeEvent, RecvTimeoutError> {
        self.receiver().recv_timeout(timeout)
    }

    fn receiver(&self) -> std::sync::MutexGuard<'_, Receiver<BridgeEvent>> {
        self.events.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Calls `wake` whenever an event is sent (from the bridge's thread): a window passes its
    /// "repaint now".
    pub fn set_waker(&self, wake: impl Fn() + Send + Sync + 'static) {
        *self
            .shared
            .waker
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some(Arc::new(wake));
    }

    /// Refuses upload `id`: a running one is stopped (the phone is told, the partial file removed, a
    /// `Refused { reason: ByStaff }` event follows); a received one is deleted and its role asked for
    /// again.
    #[must_use = "says whether the upload was stopped, deleted or unknown"]
    pub fn refuse(&self, id: UploadId) -> RefuseOutcome {
        self.shared.refuse(id)
    }

    /// Whether the link still works (not expired, not everything received, not closed).
    #[must_use]
    pub fn link_works(&self) -> bool {
        self.shared.lock().ended.is_none() && Instant::now() < self.shared.expires_at
    }

    /// Time left before the link stops working.
    #[must_use]
    pub fn expires_in(&self) -> Duration {
        self.shared
            .expires_at
            .saturating_duration_since(Instant::now())
    }

    /// The private folder the files arrive in (mode 0700), removed when the bridge closes.
    #[must_use]
    pub fn folder(&self) -> &Path {
        &self.shared.folder
    }

    /// Stops the server (uploads in flight are stopped, the port is closed), joins its thread and
    /// removes the folder with every file received. Waits for the bridge's thread (a second or two at
    /// most while a phone is still sending); a window uses
    /// [`close_in_background`](Self::close_in_background).
    ///
    /// # Errors
    /// The folder could not be removed entirely.
    pub fn close(self) -> std::io::Result<()> {
        self.close_in_background().wait()
    }

    /// Tells the server to stop (the link dies at once, uploads in flight are stopped) and returns
    /// without waiting: the bridge's thread lets its connections go, closes the port and removes the
    /// folder by itself. [`Closing::wait`] waits for that; dropping the [`Closing`] leaves it to finish
    /// alone.
    #[must_use = "dropping it leaves the thread to finish alone; `wait` waits for the folder to go"]
    pub fn close_in_background(mut self) -> Closing {
        Closing {
            thread: self.signal(),
        }
    }

    /// Ends the link and stops the server; hands back the thread to wait for (once).
    fn signal(&mut self) -> Option<JoinHandle<std::io::Result<()>>> {
        self.shared.close();
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        self.thread.take()
    }
}

/// A bridge told to stop whose thread may still be closing its connections, its port and its folder.
#[derive(Debug)]
pub struct Closing {
    thread: Option<JoinHandle<std::io::Result<()>>>,
}

impl Closing {
    /// Whether the thread is done: the port closed and the folder removed (or failed to be).
    #[must_use]
    pub fn is_finished(&self) -> bool {
        self.thread.as_ref().is_none_or(JoinHandle::is_finished)
    }

    /// Waits until the port is closed and the folder removed.
    ///
    /// # Errors
    /// The folder could not be removed entirely, or the bridge's thread panicked.
    pub fn wait(mut self) -> std::io::Result<()> {
        match self.thread.take().map(JoinHandle::join) {
            None => Ok(()),
            Some(Ok(removed)) => removed,
            Some(Err(_)) => Err(std::io::Error::other("the phone bridge's thread panicked")),
        }
    }
}

impl Drop for BridgeHandle {
    /// Closes the bridge and waits for it, as [`BridgeHandle::close`] does.
    fn drop(&mut self) {
        let _ = Closing {
            thread: self.signal(),
        }
        .wait();
    }
}
