//! "Send from the iPhone" in the window: the phone bridge opened for one recording check of the open
//! case, its events taken in each frame (never waiting), each recording that arrives handed to the
//! recording jobs exactly as a file opened on the computer, and the bridge closed when the card closes,
//! the case ends, or (once its uploads are done) the window is closed. The card is drawn by `card.rs`.

pub mod card;
pub mod settings;

use std::time::Duration;

use micdoctor_bridge::{
    Bridge, BridgeEvent, BridgeHandle, BridgeSettings, CaseTicket, EndReason, Failure, Refusal,
    Role, UploadId,
};
use micdoctor_core::t;

use crate::ui::command::Command;
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
    /// The recording check whose takes it asks for.
    pub check: String,
    pub uploads: Vec<Upload>,
    pub page_opened: bool,
    pub ended: Option<EndReason>,
    pub locked_out: bool,
    /// Close as soon as no upload is running (the window was closed).
    closing: bool,
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
}

/// The phone bridge of the window: off (not configured), idle, or open for one check.
#[derive(Default)]
pub struct PhoneDesk {
    /// The settings from the config; `None`: the feature is off.
    settings: Option<BridgeSettings>,
    open: Option<OpenBridge>,
}

impl PhoneDesk {
    /// A desk that opens bridges with `settings`.
    #[must_use]
    pub fn new(settings: BridgeSettings) -> Self {
        Self {
            settings: Some(settings),
            open: None,
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

    /// Opens the bridge for check `check` of the open case (an open one for another check closes first).
    /// A bridge that cannot open is told in plain words.
    pub fn open(&mut self, ctx: &egui::Context, state: &AppState, check: &str) -> Option<Command> {
        if self
            .open
            .as_ref()
            .is_some_and(|open| open.check == check && open.case_id == state.case_id())
        {
            return None;
        }
        self.close_now();
        let mut settings = self.settings.clone()?;
        let session = state.session.as_ref()?;
        let takes: Vec<Role> = state
            .kb
            .problem(&session.problem)?
            .recording_checks
            .iter()
            .find(|c| c.id == check)?
            .takes
            .iter()
            .map(|take| Role::Recording(take.role))
            .collect();
        settings.language = state.language;
        let ticket = CaseTicket::new(takes).with_case_code(session.case_code());
        match Bridge::open(settings, ticket) {
            Ok(handle) => {
                let repaint = ctx.clone();
                handle.set_waker(move || repaint.request_repaint());
                self.open = Some(OpenBridge {
                    handle,
                    case_id: state.case_id(),
                    check: check.to_owned(),
                    uploads: Vec::new(),
                    page_opened: false,
                    ended: None,
                    locked_out: false,
                    closing: false,
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

    /// Closes the bridge once no upload is running (at once if none is).
    pub fn close_when_done(&mut self) {
        if let Some(open) = &mut self.open {
            open.closing = true;
        }
    }

    /// Stops the bridge now: uploads in flight are stopped, the port closed, the received files removed.
    pub fn close_now(&mut self) {
        // Dropping the handle stops the server and joins its thread (it ends within a second or two).
        self.open = None;
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
    /// jobs for their take, as a file opened here would; the bridge closes when its case has ended.
    pub fn poll(
        &mut self,
        ctx: &egui::Context,
        state: &AppState,
        recordings: &mut RecordingDesk,
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
                        // Read like one opened here: its window shows the week.
                        Role::PrivacyReport => commands.push(Command::ReadPrivacyReport(path)),
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
        if open.closing && !open.running() && !recordings.busy() {
            self.close_now();
            return;
        }
        // The card's "works for N more minutes" and its expiry keep moving without input.
        ctx.request_repaint_after(Duration::from_secs(1));
    }
}
