//! "Send from the iPhone" in the window: the phone bridge opened for one recording check of the open
//! case or for its App Privacy Report, its events taken in each frame (never waiting), each recording
//! that arrives handed to the recording jobs and a report to the report's reader, exactly as a file opened
//! on the computer, and the bridge closed when the card closes, the case ends, or (once its uploads are
//! done) the window is closed. Closing never waits on the UI thread: the bridge's own thread lets its
//! connections go, closes the port and removes the folder. The card is drawn by `card.rs`, in the
//! recording check's window or, for the report, in a window of its own (`window.rs`).

pub mod card;
pub mod settings;
pub mod window;

use std::time::Duration;

use micdoctor_bridge::{
    Bridge, BridgeError, BridgeEvent, BridgeHandle, BridgeSettings, CaseTicket, Closing, EndReason,
    Failure, Refusal, Role, UploadId,
};
use micdoctor_core::t;

use crate::ui::command::Command;
pub use crate::ui::effect::PhoneAsk;
use crate::ui::recording::RecordingDesk;
use crate::ui::state::{AppState, Notice};

/// Where one upload stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadState {
    Receiving,
    Received,
    Refused(Refusal),
    Failed(Failure),
}

/// One upload from the phone, as the card lists it.
#[derive(Debug, Clone)]
pub struct Upload {
    /// `None` for a file refused before it started (too large as announced, or its take busy).
    pub id: Option<UploadId>,
    pub role: Role,
    pub from_photos: bool,
    pub bytes: u64,
    pub total: Option<u64>,
    pub state: UploadState,
}

/// An open bridge and what it has told so far.
pub struct OpenBridge {
    pub handle: BridgeHandle,
    /// The case it was opened for; another case closes it.
    pub case_id: u64,
    /// What the page asks for.
    pub ask: PhoneAsk,
    pub uploads: Vec<Upload>,
    pub page_opened: bool,
    pub ended: Option<EndReason>,
    pub locked_out: bool,
    /// Close as soon as no upload is running (the window was closed).
    closing: bool,
    /// The name of the App Privacy Report that arrived, until its window shows it.
    report_arrived: Option<String>,
}

impl OpenBridge {
    fn running(&self) -> bool {
        self.uploads
            .iter()
            .any(|u| u.state == UploadState::Receiving)
    }

    fn upload(&mut self, id: UploadId) -> Option<&mut Upload> {
        self.uploads.iter_mut().find(|u| u.id == Some(id))
    }

    /// Whether it asks for the takes of recording check `check`.
    #[must_use]
    pub fn is_for_check(&self, check: &str) -> bool {
        matches!(&self.ask, PhoneAsk::Check(id) if id == check)
    }
}

/// The phone bridge of the window: off (not configured), idle, or open for one check.
#[derive(Default)]
pub struct PhoneDesk {
    /// The settings from the config; `None`: the feature is off.
    settings: Option<BridgeSettings>,
    open: Option<OpenBridge>,
    /// Bridges told to stop whose threads are still closing their port and removing their folder.
    closing: Vec<Closing>,
}

impl PhoneDesk {
    /// A desk that opens bridges with `settings`.
    #[must_use]
    pub fn new(settings: BridgeSettings) -> Self {
        Self {
            settings: Some(settings),
            open: None,
            closing: Vec::new(),
        }
    }

    /// The bridge open now, if any.
    #[must_use]
    pub fn open_bridge(&self) -> Option<&OpenBridge> {
        self.open.as_ref()
    }

    /// The page's address while a bridge is open (`http://ADDRESS:PORT/u/TOKEN`).
    #[must_use]
    pub fn link(&self) -> Option<&str> {
        self.open.as_ref().map(|open| open.handle.url())
    }

    /// Opens the bridge for `ask` in the open case (one open for anything else closes first). A bridge
    /// that cannot open is told in plain words.
    pub fn open(
        &mut self,
        ctx: &egui::Context,
        state: &AppState,
        ask: PhoneAsk,
    ) -> Option<Command> {
        if self
            .open
            .as_ref()
            .is_some_and(|open| open.ask == ask && open.case_id == state.case_id())
        {
            return None;
        }
        self.close_now();
        let mut settings = self.settings.clone()?;
        let session = state.session.as_ref()?;
        let takes: Vec<Role> = match &ask {
            PhoneAsk::Check(check) => state
                .kb
                .problem(&session.problem)?
                .recording_checks
                .iter()
                .find(|c| &c.id == check)?
                .takes
                .iter()
                .map(|take| Role::Recording(take.role))
                .collect(),
            PhoneAsk::PrivacyReport => vec![Role::PrivacyReport],
        };
        settings.language = state.language;
        let ticket = CaseTicket::new(takes).with_case_code(session.case_code());
        let opened = match Bridge::open(settings.clone(), ticket.clone()) {
            // A fixed port still held by the bridge just stopped (its thread lets go of the listener
            // within moments): wait for the stopped ones this once, then try again.
            Err(BridgeError::Bind { .. }) if !self.closing.is_empty() => {
                self.wait_for_closing();
                Bridge::open(settings, ticket)
            }
            opened => opened,
        };
        match opened {
            Ok(handle) => {
                let repaint = ctx.clone();
                handle.set_waker(move || repaint.request_repaint());
                self.open = Some(OpenBridge {
                    handle,
                    case_id: state.case_id(),
                    ask,
                    uploads: Vec::new(),
                    page_opened: false,
                    ended: None,
                    locked_out: false,
                    closing: false,
                    report_arrived: None,
                });
                None
            }
            Err(error) => {
                let error = std::sync::Arc::new(error);
                Some(Command::Notify(Notice::problem(move |lang| {
                    error.in_words(lang)
                })))
            }
        }
    }

    /// Closes the bridge once no upload is running (at once if none is); with `only`, just a bridge
    /// opened for that.
    pub fn close_when_done(&mut self, only: Option<&PhoneAsk>) {
        if let Some(open) = &mut self.open
            && only.is_none_or(|ask| *ask == open.ask)
        {
            open.closing = true;
        }
    }

    /// Stops the bridge now: the link dies and uploads in flight are stopped at once; the bridge's own
    /// thread then closes the port and removes the received files, while this returns without waiting.
    pub fn close_now(&mut self) {
        self.closing.retain(|closing| !closing.is_finished());
        if let Some(open) = self.open.take() {
            self.closing.push(open.handle.close_in_background());
        }
    }

    /// Waits for the bridges told to stop to have closed their ports and removed their folders.
    fn wait_for_closing(&mut self) {
        for closing in self.closing.drain(..) {
            let _ = closing.wait();
        }
    }

    /// Refuses upload `id`.
    pub fn refuse(&mut self, id: u64) {
        if let Some(open) = &mut self.open {
            let _ = open.handle.refuse(UploadId(id));
            if let Some(upload) = open.upload(UploadId(id))
                && upload.state == UploadState::Received
            {
                upload.state = UploadState::Refused(Refusal::ByStaff);
            }
        }
    }

    /// Takes in what the bridge said since the last frame: recordings that arrived go to the recording
    /// jobs for their take, as a file opened here would, and a report to the report's reader; the bridge
    /// closes when its case has ended. `reading_report`: a report from it is still being read (its file
    /// must stay until then).
    pub fn poll(
        &mut self,
        ctx: &egui::Context,
        state: &AppState,
        recordings: &mut RecordingDesk,
        reading_report: bool,
        commands: &mut Vec<Command>,
    ) {
        let Some(open) = &mut self.open else {
            return;
        };
        if state.session.is_none() || open.case_id != state.case_id() {
            self.close_now();
            return;
        }
        let mut arrived = Vec::new();
        while let Some(event) = open.handle.next_event() {
            match event {
                BridgeEvent::PageOpened { .. } => open.page_opened = true,
                BridgeEvent::UploadStarted {
                    id,
                    role,
                    from_photos,
                } => open.uploads.push(Upload {
                    id: Some(id),
                    role,
                    from_photos,
                    bytes: 0,
                    total: None,
                    state: UploadState::Receiving,
                }),
                BridgeEvent::Progress { id, bytes, total } => {
                    if let Some(upload) = open.upload(id) {
                        upload.bytes = bytes;
                        upload.total = total;
                    }
                }
                BridgeEvent::Received { id, role, path, .. } => {
                    if let Some(upload) = open.upload(id) {
                        upload.state = UploadState::Received;
                    }
                    match role {
                        Role::Recording(take) => arrived.push((path, Some(take))),
                        // Read like one opened here (at a desktop or a kiosk): its window shows
                        // the week.
                        Role::PrivacyReport => {
                            open.report_arrived = path
                                .file_name()
                                .map(|name| name.to_string_lossy().into_owned());
                            commands.push(Command::PrivacyReportArrived(path));
                        }
                    }
                }
                BridgeEvent::Refused { id, role, reason } => {
                    match id.and_then(|id| open.upload(id)) {
                        Some(upload) => upload.state = UploadState::Refused(reason),
                        None => open.uploads.push(Upload {
                            id,
                            role,
                            from_photos: false,
                            bytes: 0,
                            total: None,
                            state: UploadState::Refused(reason),
                        }),
                    }
                }
                BridgeEvent::Failed { id, reason, .. } => {
                    if let Some(upload) = open.upload(id) {
                        upload.state = UploadState::Failed(reason);
                    }
                }
                BridgeEvent::LockedOut { .. } => open.locked_out = true,
                BridgeEvent::Ended { reason } => open.ended = Some(reason),
            }
        }
        if !arrived.is_empty() {
            commands.push(Command::Notify(Notice::info(|lang| {
                t!(lang, "bridge-status-received")
            })));
            recordings.take_files(ctx, state, arrived, commands);
        }
        // The report asked for is read into its window, which takes the card's place: its job is done.
        let report_shown = !reading_report
            && open.report_arrived.as_deref().is_some_and(|name| {
                state
                    .case_ui
                    .privacy
                    .as_ref()
                    .is_some_and(|desk| desk.file == name)
            });
        if report_shown && open.ask == PhoneAsk::PrivacyReport {
            open.closing = true;
        }
        if open.closing && !open.running() && !recordings.busy() && !reading_report {
            self.close_now();
            return;
        }
        // The card's "works for N more minutes" and its expiry keep moving without input.
        ctx.request_repaint_after(Duration::from_secs(1));
    }
}

impl Drop for PhoneDesk {
    /// The app is going: wait for bridges still closing, so no received file outlives it.
    fn drop(&mut self) {
        self.close_now();
        self.wait_for_closing();
    }
}
