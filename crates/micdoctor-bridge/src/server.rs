//! The HTTP side: two routes under the link's token (the page, and an upload per role), everything else a
//! plain 404. One connection loop on the bridge's own runtime, with a header timeout and a cap on open
//! connections; uploads stream to disk under the size cap, checked by their first bytes.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, FromRequest, Multipart, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use micdoctor_core::i18n::Language;
use micdoctor_core::t;
use serde::Deserialize;
use tokio::io::AsyncWriteExt as _;
use tokio::net::TcpListener;
use tokio::sync::Notify;
use tower_service::Service as _;

use crate::events::{BridgeEvent, EndReason, Failure, Refusal, UploadId};
use crate::page::{self, Card, PageInput};
use crate::photos::{self, Via};
use crate::settings::{BridgeSettings, CaseTicket, Role};
use crate::sniff::{FileKind, HEAD_BYTES, sniff};
use crate::token;

/// Room for the multipart framing around a file, in a request's announced length.
const FORM_OVERHEAD: u64 = 64 * 1024;
/// After refusing a file by its first bytes, read at most this much more of it, so a phone that is
/// still sending gets the answer instead of a cut connection.
const DRAIN_AFTER_REFUSAL: u64 = 4 * 1024 * 1024;
/// Progress is reported at most every this many bytes.
const PROGRESS_STEP: u64 = 256 * 1024;
/// Addresses remembered for wrong tries before the forgiven ones are forgotten.
const MAX_REMEMBERED_ADDRESSES: usize = 4096;
/// The header the page's script sends: it wants the answer as plain text.
const SCRIPT_HEADER: &str = "x-micdoctor-upload";

/// Called when an event is sent, so a window can wake up and look.
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// Why the link stopped working.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ending {
    AllReceived,
    Expired,
    Closed,
}

/// One upload in flight.
struct Flight {
    id: UploadId,
    stop: Arc<Notify>,
}

/// Wrong links from one address.
#[derive(Default)]
struct Tries {
    wrong: u32,
    locked_until: Option<Instant>,
}

#[derive(Default)]
pub(crate) struct LinkState {
    pub ended: Option<Ending>,
    received: BTreeMap<Role, (UploadId, PathBuf)>,
    in_flight: HashMap<Role, Flight>,
    tries: HashMap<IpAddr, Tries>,
    pages_opened: HashSet<IpAddr>,
}

/// Everything the server and the handle share.
pub(crate) struct Shared {
    pub token: String,
    pub settings: BridgeSettings,
    pub ticket: CaseTicket,
    pub folder: PathBuf,
    pub expires_at: Instant,
    events: Sender<BridgeEvent>,
    pub waker: Mutex<Option<Waker>>,
    pub state: Mutex<LinkState>,
    next_id: AtomicU64,
}

/// What [`crate::BridgeHandle::refuse`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefuseOutcome {
    /// The upload was still running: it is stopped, and its partial file removed.
    Stopped,
    /// The file had arrived: it is deleted, and its role is asked for again (the link works again if it
    /// had ended because everything had arrived).
    AskedAgain,
    /// No such upload, or it had failed or been refused already.
    Unknown,
}

impl Shared {
    pub fn new(
        token: String,
        settings: BridgeSettings,
        ticket: CaseTicket,
        folder: PathBuf,
        events: Sender<BridgeEvent>,
    ) -> Self {
        Self {
            token,
            expires_at: Instant::now() + settings.link_lifetime,
            settings,
            ticket,
            folder,
            events,
            waker: Mutex::new(None),
            state: Mutex::new(LinkState::default()),
            next_id: AtomicU64::new(1),
        }
    }

    pub fn lock(&self) -> MutexGuard<'_, LinkState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn send(&self, event: BridgeEvent) {
        // The app may have stopped listening (closing): nothing to do then.
        let _ = self.events.send(event);
        let waker = self
            .waker
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        if let Some(wake) = waker {
            wake();
        }
    }

    fn language(&self) -> Language {
        self.settings.language
    }

    /// The largest file accepted for `role`.
    pub fn limit(&self, role: Role) -> u64 {
        match role {
            Role::Recording(_) => self.settings.max_recording_bytes,
            Role::PrivacyReport => self
                .settings
                .max_recording_bytes
                .min(micdoctor_core::privacy_report::MAX_REPORT_BYTES),
        }
    }

    /// Marks the link expired, if nothing ended it first.
    pub fn expire(&self) {
        let ended = {
            let mut state = self.lock();
            if state.ended.is_none() {
                state.ended = Some(Ending::Expired);
                true
            } else {
                false
            }
        };
        if ended {
            self.send(BridgeEvent::Ended {
                reason: EndReason::Expired,
            });
        }
    }

    /// Ends the link for good and stops every upload in flight.
    pub fn close(&self) {
        let mut state = self.lock();
        state.ended = Some(Ending::Closed);
        for flight in state.in_flight.values() {
            flight.stop.notify_one();
        }
    }

    pub fn refuse(&self, id: UploadId) -> RefuseOutcome {
        let mut state = self.lock();
        if let Some(flight) = state.in_flight.values().find(|f| f.id == id) {
            flight.stop.notify_one();
            return RefuseOutcome::Stopped;
        }
        let Some(role) = state
            .received
            .iter()
            .find(|(_, (received, _))| *received == id)
            .map(|(role, _)| *role)
        else {
            return RefuseOutcome::Unknown;
        };
        if let Some((_, path)) = state.received.remove(&role) {
            let _ = std::fs::remove_file(path);
        }
        if state.ended == Some(Ending::AllReceived) {
            state.ended = (Instant::now() >= self.expires_at).then_some(Ending::Expired);
        }
        RefuseOutcome::AskedAgain
    }

    /// The link works now.
    fn link_works(&self, state: &LinkState) -> bool {
        state.ended.is_none() && Instant::now() < self.expires_at
    }

    /// Lets a request for `given` through, or answers it: 429 for a locked-out address, 404 for a wrong
    /// or dead link (counted as a wrong try).
    fn admit(&self, ip: IpAddr, given: &str) -> Result<(), Response> {
        let now = Instant::now();
        let limits = self.settings.limits;
        let mut state = self.lock();
        if let Some(tries) = state.tries.get_mut(&ip)
            && let Some(until) = tries.locked_until
        {
            if now < until {
                drop(state);
                return Err(self.too_many_tries());
            }
            *tries = Tries::default();
        }
        if token::same(given, &self.token) && self.link_works(&state) {
            return Ok(());
        }
        if state.tries.len() >= MAX_REMEMBERED_ADDRESSES {
            state.tries.retain(|_, t| t.locked_until.is_some());
        }
        let tries = state.tries.entry(ip).or_default();
        tries.wrong += 1;
        let locked = tries.wrong >= limits.wrong_tries;
        if locked {
            tries.locked_until = Some(now + limits.lockout);
        }
        drop(state);
        if locked {
            self.send(BridgeEvent::LockedOut { from: ip });
        }
        Err(not_found(self.language()))
    }

    fn too_many_tries(&self) -> Response {
        let minutes = self.settings.limits.lockout.as_secs().div_ceil(60).max(1);
        plain(
            StatusCode::TOO_MANY_REQUESTS,
            t!(
                self.language(),
                "bridge-too-many-tries",
                minutes = minutes as f64
            ),
        )
    }
}

/// The plain 404 every unknown address gets, in the page's language.
pub(crate) fn not_found(language: Language) -> Response {
    plain(StatusCode::NOT_FOUND, t!(language, "bridge-not-found"))
}

fn plain(status: StatusCode, text: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        text,
    )
        .into_response()
}

fn html(status: StatusCode, body: String, nonce: &str) -> Response {
    let csp = format!(
        "default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; img-src 'self'; \
         connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    );
    let mut response = (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body,
    )
        .into_response();
    if let Ok(value) = HeaderValue::from_str(&csp) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, value);
    }
    response
}

/// Headers every answer carries: nothing cached, sniffed, framed or referred; no script or style but
/// what a page allows by its nonce.
async fn security_headers(response: Response) -> Response {
    let mut response = response;
    let headers = response.headers_mut();
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(
            "default-src 'none'; base-uri 'none'; frame-ancestors 'none'",
        ));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/u/{token}", get(page_route))
        .route("/u/{token}/send/{role}", post(upload_route))
        .fallback(fallback)
        .layer(axum::extract::DefaultBodyLimit::disable())
        .layer(axum::middleware::map_response(security_headers))
        .with_state(shared)
}

async fn fallback(State(shared): State<Arc<Shared>>) -> Response {
    not_found(shared.language())
}

async fn page_route(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(given): Path<String>,
) -> Response {
    if let Err(answer) = shared.admit(peer.ip(), &given) {
        return answer;
    }
    let first_visit = shared.lock().pages_opened.insert(peer.ip());
    if first_visit {
        shared.send(BridgeEvent::PageOpened { from: peer.ip() });
    }
    let nonce = token::nonce();
    let received: Vec<Role> = shared.lock().received.keys().copied().collect();
    let left = shared.expires_at.saturating_duration_since(Instant::now());
    let body = page::render(&PageInput {
        language: shared.language(),
        token: &shared.token,
        case_code: shared.ticket.case_code.as_deref(),
        cards: shared
            .ticket
            .asks
            .iter()
            .map(|&role| Card {
                role,
                done: received.contains(&role),
                limit: shared.limit(role),
            })
            .collect(),
        minutes_left: left.as_secs().div_ceil(60),
        nonce: &nonce,
    });
    html(StatusCode::OK, body, &nonce)
}

#[derive(Deserialize)]
struct UploadQuery {
    via: Option<String>,
}

/// How an upload ended, for the phone's answer and the app's event.
enum Outcome {
    Received,
    Refused(Refusal),
    Failed(Failure),
}

/// Releases the role when the upload ends, however it ends; says `Failed(Closed)` if the upload was
/// dropped half-way without saying anything (the bridge closing under it).
struct FlightGuard {
    shared: Arc<Shared>,
    role: Role,
    id: UploadId,
    started: bool,
    told: bool,
}

impl Drop for FlightGuard {
    fn drop(&mut self) {
        self.shared.lock().in_flight.remove(&self.role);
        if self.started && !self.told {
            self.shared.send(BridgeEvent::Failed {
                id: self.id,
                role: self.role,
                reason: Failure::Closed,
            });
        }
    }
}

/// A file being written: removed unless it is kept.
struct PartFile {
    path: PathBuf,
    kept: bool,
}

impl Drop for PartFile {
    fn drop(&mut self) {
        if !self.kept {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

async fn upload_route(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path((given, slug)): Path<(String, String)>,
    Query(query): Query<UploadQuery>,
    request: Request,
) -> Response {
    let language = shared.language();
    if let Err(answer) = shared.admit(peer.ip(), &given) {
        return answer;
    }
    let Some(role) = Role::from_slug(&slug).filter(|role| shared.ticket.asks.contains(role)) else {
        return plain(
            StatusCode::NOT_FOUND,
            t!(language, "bridge-refused-not-asked"),
        );
    };
    let by_script = request.headers().contains_key(SCRIPT_HEADER);
    let via = match query.via.as_deref() {
        Some("camera") => Via::Camera,
        _ => Via::Choose,
    };
    let limit = shared.limit(role);
    let total = announced_length(request.headers());
    if total.is_some_and(|length| length > limit + FORM_OVERHEAD) {
        let reason = Refusal::TooLarge { limit };
        shared.send(BridgeEvent::Refused {
            id: None,
            role,
            reason,
        });
        return answer(&shared, by_script, &Outcome::Refused(reason));
    }
    let stop = Arc::new(Notify::new());
    let id = {
        let mut state = shared.lock();
        match state.in_flight.entry(role) {
            Entry::Occupied(_) => None,
            Entry::Vacant(slot) => {
                let id = UploadId(shared.next_id.fetch_add(1, Ordering::Relaxed));
                slot.insert(Flight {
                    id,
                    stop: Arc::clone(&stop),
                });
                Some(id)
            }
        }
    };
    let Some(id) = id else {
        shared.send(BridgeEvent::Refused {
            id: None,
            role,
            reason: Refusal::Busy,
        });
        return answer(&shared, by_script, &Outcome::Refused(Refusal::Busy));
    };
    let mut guard = FlightGuard {
        shared: Arc::clone(&shared),
        role,
        id,
        started: false,
        told: false,
    };
    let outcome = match Multipart::from_request(request, &()).await {
        Ok(form) => receive(&mut guard, form, via, total, &stop).await,
        Err(_) => Outcome::Refused(Refusal::NoFile),
    };
    guard.told = true;
    let event = match &outcome {
        // The `Received` event went out with the file's path.
        Outcome::Received => None,
        Outcome::Refused(reason) => Some(BridgeEvent::Refused {
            id: guard.started.then_some(id),
            role,
            reason: *reason,
        }),
        Outcome::Failed(reason) => Some(BridgeEvent::Failed {
            id,
            role,
            reason: reason.clone(),
        }),
    };
    drop(guard);
    if let Some(event) = event {
        shared.send(event);
    }
    answer(&shared, by_script, &outcome)
}

fn announced_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .parse()
        .ok()
}

/// The phone's answer: plain text for the page's script, a small page for a plain form.
fn answer(shared: &Shared, by_script: bool, outcome: &Outcome) -> Response {
    let language = shared.language();
    let (status, text) = match outcome {
        Outcome::Received => (StatusCode::OK, t!(language, "bridge-sent")),
        Outcome::Refused(reason) => (
            match reason {
                Refusal::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
                Refusal::NotARecording | Refusal::NotAPrivacyReport => {
                    StatusCode::UNSUPPORTED_MEDIA_TYPE
                }
                Refusal::Empty | Refusal::NoFile => StatusCode::BAD_REQUEST,
                Refusal::Busy => StatusCode::CONFLICT,
                Refusal::ByStaff => StatusCode::FORBIDDEN,
            },
            reason.in_words(language),
        ),
        Outcome::Failed(reason) => (
            match reason {
                Failure::Disconnected => StatusCode::BAD_REQUEST,
                Failure::Stalled | Failure::TooSlow => StatusCode::REQUEST_TIMEOUT,
                Failure::Storage(_) => StatusCode::INTERNAL_SERVER_ERROR,
                Failure::Closed => StatusCode::SERVICE_UNAVAILABLE,
            },
            reason.in_words(language),
        ),
    };
    if by_script {
        return plain(status, text);
    }
    let back = shared
        .link_works(&shared.lock())
        .then(|| format!("/u/{}", shared.token));
    let nonce = token::nonce();
    html(
        status,
        page::message_page(language, &text, back.as_deref(), &nonce),
        &nonce,
    )
}

/// What waiting for the next piece of the body gave.
enum Next {
    Chunk(axum::body::Bytes),
    End,
    Stopped,
    Stalled,
    TooSlow,
    Broken,
}

async fn next_chunk(
    field: &mut axum::extract::multipart::Field<'_>,
    stop: &Notify,
    stall: Duration,
    deadline: tokio::time::Instant,
) -> Next {
    tokio::select! {
        biased;
        () = stop.notified() => Next::Stopped,
        () = tokio::time::sleep_until(deadline) => Next::TooSlow,
        read = tokio::time::timeout(stall, field.chunk()) => match read {
            Err(_) => Next::Stalled,
            Ok(Err(_)) => Next::Broken,
            Ok(Ok(None)) => Next::End,
            Ok(Ok(Some(bytes))) => Next::Chunk(bytes),
        },
    }
}

/// Reads the form: the first file in it is streamed to disk, checked by its first bytes and held to the
/// role's size limit while it arrives.
async fn receive(
    guard: &mut FlightGuard,
    mut form: Multipart,
    via: Via,
    total: Option<u64>,
    stop: &Notify,
) -> Outcome {
    let shared = Arc::clone(&guard.shared);
    let (role, id) = (guard.role, guard.id);
    let limits = shared.settings.limits;
    let deadline = tokio::time::Instant::now() + limits.max_upload_time;
    let limit = shared.limit(role);
    let mut field = loop {
        let next = tokio::select! {
            biased;
            () = stop.notified() => return Outcome::Refused(Refusal::ByStaff),
            () = tokio::time::sleep_until(deadline) => return Outcome::Failed(Failure::TooSlow),
            next = tokio::time::timeout(limits.stall, form.next_field()) => next,
        };
        match next {
            Err(_) => return Outcome::Failed(Failure::Stalled),
            Ok(Err(_)) => return Outcome::Failed(Failure::Disconnected),
            Ok(Ok(None)) => return Outcome::Refused(Refusal::NoFile),
            Ok(Ok(Some(field))) if field.file_name().is_some() => break field,
            // Fields other than files are not read into memory, only skipped (at most the limit).
            Ok(Ok(Some(mut other))) => {
                let mut skipped = 0u64;
                loop {
                    match next_chunk(&mut other, stop, limits.stall, deadline).await {
                        Next::Chunk(bytes) => {
                            skipped += bytes.len() as u64;
                            if skipped > limit {
                                return Outcome::Refused(Refusal::TooLarge { limit });
                            }
                        }
                        Next::End => break,
                        Next::Stopped => return Outcome::Refused(Refusal::ByStaff),
                        Next::Stalled => return Outcome::Failed(Failure::Stalled),
                        Next::TooSlow => return Outcome::Failed(Failure::TooSlow),
                        Next::Broken => return Outcome::Failed(Failure::Disconnected),
                    }
                }
            }
        }
    };
    let name = field.file_name().unwrap_or_default().to_owned();
    if name.is_empty() {
        // A form sent with no file picked: its file part has an empty name and no content.
        return Outcome::Refused(Refusal::NoFile);
    }
    let from_photos = photos::from_photos(via, &name);
    guard.started = true;
    shared.send(BridgeEvent::UploadStarted {
        id,
        role,
        from_photos,
    });

    let mut head: Vec<u8> = Vec::with_capacity(HEAD_BYTES);
    let mut file: Option<(tokio::fs::File, PartFile, FileKind)> = None;
    let mut bytes = 0u64;
    let mut reported = 0u64;
    loop {
        let chunk = match next_chunk(&mut field, stop, limits.stall, deadline).await {
            Next::Chunk(chunk) => chunk,
            Next::End => break,
            Next::Stopped => return Outcome::Refused(Refusal::ByStaff),
            Next::Stalled => return Outcome::Failed(Failure::Stalled),
            Next::TooSlow => return Outcome::Failed(Failure::TooSlow),
            Next::Broken => return Outcome::Failed(Failure::Disconnected),
        };
        bytes += chunk.len() as u64;
        if bytes > limit {
            return Outcome::Refused(Refusal::TooLarge { limit });
        }
        let mut rest: &[u8] = &chunk;
        if file.is_none() {
            let wanted = HEAD_BYTES - head.len();
            let taken = rest.len().min(wanted);
            head.extend_from_slice(&rest[..taken]);
            rest = &rest[taken..];
            if head.len() < HEAD_BYTES {
                continue;
            }
            match open_part(&shared, role, id, &head).await {
                Ok(opened) => file = Some(opened),
                Err(outcome) => {
                    return drain_then(&mut field, stop, limits, deadline, outcome).await;
                }
            }
        }
        if let Some((out, _, _)) = file.as_mut()
            && let Err(error) = out.write_all(rest).await
        {
            return Outcome::Failed(Failure::Storage(error.to_string()));
        }
        if bytes - reported >= PROGRESS_STEP {
            reported = bytes;
            shared.send(BridgeEvent::Progress { id, bytes, total });
        }
    }
    if bytes == 0 {
        return Outcome::Refused(Refusal::Empty);
    }
    let (mut out, mut part, kind) = match file {
        Some(opened) => opened,
        // A file shorter than the head: decided on all of it.
        None => match open_part(&shared, role, id, &head).await {
            Ok(opened) => opened,
            Err(outcome) => return outcome,
        },
    };
    if let Err(error) = out.flush().await {
        return Outcome::Failed(Failure::Storage(error.to_string()));
    }
    drop(out);
    // A copy from Photos says so in its name, which the case shows with the recording.
    let photos = if from_photos { "-from-photos" } else { "" };
    let path = shared
        .folder
        .join(format!("{}-{id}{photos}.{}", role.slug(), kind.extension()));
    if let Err(error) = tokio::fs::rename(&part.path, &path).await {
        return Outcome::Failed(Failure::Storage(error.to_string()));
    }
    part.kept = true;
    shared.send(BridgeEvent::Progress {
        id,
        bytes,
        total: Some(bytes),
    });
    finish(&shared, role, id, path, kind, from_photos, bytes);
    Outcome::Received
}

/// Keeps a received file: replaces an earlier one for the same role, says so, and ends the link when
/// everything asked for is in.
fn finish(
    shared: &Shared,
    role: Role,
    id: UploadId,
    path: PathBuf,
    kind: FileKind,
    from_photos: bool,
    bytes: u64,
) {
    let all_in = {
        let mut state = shared.lock();
        if let Some((_, earlier)) = state.received.insert(role, (id, path.clone())) {
            let _ = std::fs::remove_file(earlier);
        }
        let all_in = shared
            .ticket
            .asks
            .iter()
            .all(|r| state.received.contains_key(r));
        if all_in && state.ended.is_none() {
            state.ended = Some(Ending::AllReceived);
            true
        } else {
            false
        }
    };
    shared.send(BridgeEvent::Received {
        id,
        role,
        path,
        original_kind: kind,
        from_photos,
        bytes,
    });
    if all_in {
        shared.send(BridgeEvent::Ended {
            reason: EndReason::AllReceived,
        });
    }
}

/// Checks the first bytes against the role and opens the file they go into.
async fn open_part(
    shared: &Shared,
    role: Role,
    id: UploadId,
    head: &[u8],
) -> Result<(tokio::fs::File, PartFile, FileKind), Outcome> {
    let refusal = match role {
        Role::Recording(_) => Refusal::NotARecording,
        Role::PrivacyReport => Refusal::NotAPrivacyReport,
    };
    if head.is_empty() {
        return Err(Outcome::Refused(Refusal::Empty));
    }
    let kind = sniff(head)
        .filter(|kind| kind.fits(role))
        .ok_or(Outcome::Refused(refusal))?;
    let path = shared.folder.join(format!("{}-{id}.part", role.slug()));
    let mut options = tokio::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600);
    let storage = |error: std::io::Error| Outcome::Failed(Failure::Storage(error.to_string()));
    let mut out = options.open(&path).await.map_err(storage)?;
    let part = PartFile { path, kept: false };
    out.write_all(head).await.map_err(storage)?;
    Ok((out, part, kind))
}

/// Reads (and drops) a little more of a refused file, so a phone still sending hears the answer.
async fn drain_then(
    field: &mut axum::extract::multipart::Field<'_>,
    stop: &Notify,
    limits: crate::settings::Limits,
    deadline: tokio::time::Instant,
    outcome: Outcome,
) -> Outcome {
    let mut drained = 0u64;
    let stall = limits.stall.min(Duration::from_secs(5));
    while drained < DRAIN_AFTER_REFUSAL {
        match next_chunk(field, stop, stall, deadline).await {
            Next::Chunk(bytes) => drained += bytes.len() as u64,
            _ => break,
        }
    }
    outcome
}

/// Serves `listener` until `shutdown` fires, then lets open connections finish for a moment.
pub(crate) async fn serve(
    listener: TcpListener,
    shared: Arc<Shared>,
    shutdown: tokio::sync::oneshot::Receiver<()>,
) {
    let router = router(Arc::clone(&shared));
    let graceful = GracefulShutdown::new();
    let open = Arc::new(AtomicUsize::new(0));
    let limits = shared.settings.limits;
    let expiry = tokio::time::Instant::from_std(shared.expires_at);
    let expiring = Arc::clone(&shared);
    tokio::spawn(async move {
        tokio::time::sleep_until(expiry).await;
        expiring.expire();
    });
    let mut shutdown = shutdown;
    loop {
        let accepted = tokio::select! {
            _ = &mut shutdown => break,
            accepted = listener.accept() => accepted,
        };
        let Ok((stream, peer)) = accepted else {
            // Out of file descriptors, or a connection reset before it was accepted: wait a little.
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        if open.load(Ordering::Relaxed) >= limits.max_connections {
            drop(stream);
            continue;
        }
        open.fetch_add(1, Ordering::Relaxed);
        let count = OpenConnection(Arc::clone(&open));
        let router = router.clone();
        let service = hyper::service::service_fn(
            move |mut request: hyper::Request<hyper::body::Incoming>| {
                request.extensions_mut().insert(ConnectInfo(peer));
                let mut router = router.clone();
                async move { router.call(request.map(Body::new)).await }
            },
        );
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_timeout)
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
            drop(count);
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(Duration::from_secs(2), graceful.shutdown()).await;
}

/// Counts an open connection while it lives.
struct OpenConnection(Arc<AtomicUsize>);

impl Drop for OpenConnection {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}
