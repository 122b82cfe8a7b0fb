//! The one command type: everything a screen, the menu bar, a dialog, the kiosk or a finished recording
//! asks for. The frame collects them, [`crate::ui::state::AppState::apply`] carries each out on the
//! state, and what needs the world outside (files, dialogs, the window) comes back as an
//! [`crate::ui::effect::Effect`] for the frame to run in one place.

use std::path::PathBuf;

use crate::ui::state::{Notice, Screen};
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::{DeviceProfile, FindingId, FixId, OpenedKb, ProblemId};
use micdoctor_core::privacy_report::{OffsetDateTime, PrivacyReport, UseId};
use micdoctor_core::recording::{Measurement, RecordingRole};
use micdoctor_core::session::{Answer, FixOutcome};
use std::sync::Arc;

/// Something asked for this frame.
#[derive(Debug, Clone)]
pub enum Command {
    Go(Screen),
    StartCase(ProblemId),
    SetDevice(DeviceProfile),
    ToggleSymptom(FindingId),
    Answer(FindingId, Answer),
    Fix(FixId, FixOutcome),
    Undo(usize),
    /// Show the outcome screen (the hand-over, or what is left to do).
    ShowOutcome,
    /// Leave the outcome screen for the workspace, taking back a "That fixed it" if there was one.
    BackFromOutcome,
    /// Leave the symptom picker: to the workspace once the case has answers, else to the start.
    BackFromSymptoms,
    /// Ask before discarding the case.
    ConfirmStartOver,
    /// Keep the case after all.
    CancelStartOver,
    StartOver,
    /// Show everything in another language.
    SetLanguage(Language),
    /// Take up the unfinished case offered on the start screen.
    ResumeCase,
    /// Set the offered unfinished case aside for good.
    DiscardResumable,
    /// Show the window of a recording check (by id).
    OpenRecordingCheck(String),
    /// The person skips the recording check the engine proposed as the next step (its id).
    SkipCheck(String),
    CloseRecordingCheck,
    /// Choose a recording for a take (`None`: the take the app picks) in a file dialog.
    ChooseRecording(Option<RecordingRole>),
    /// Show the QR card for recording check `check` (by id): its window opens with a code the customer's
    /// iPhone scans to send the check's recordings (the phone bridge).
    SendFromPhone(String),
    /// Show the QR card for the App Privacy Report alone (the privacy journey): a window opens with a
    /// code the customer's iPhone scans to send its report (the phone bridge).
    SendPrivacyReportFromPhone,
    /// Stop receiving from the phone: the card closes and the bridge stops.
    StopPhoneBridge,
    /// Refuse upload `id` (running or received) from the phone.
    RefuseUpload(u64),
    /// Measure these files (dropped on the window, or a typed path), each for its take or the one picked.
    MeasureFiles(Vec<(PathBuf, Option<RecordingRole>)>),
    /// A recording was measured: it becomes evidence in the case.
    Recorded(RecordingRole, Box<Measurement>),
    /// Choose an App Privacy Report in a file dialog.
    ChoosePrivacyReport,
    /// Read this App Privacy Report (dropped on the window, chosen, or a typed path).
    ReadPrivacyReport(PathBuf),
    /// An App Privacy Report arrived from the phone (at a desktop or a kiosk): read it like one opened
    /// here.
    PrivacyReportArrived(PathBuf),
    /// An App Privacy Report was read for case `case_id`: it becomes evidence in that case.
    PrivacyReportRead {
        case_id: u64,
        file: String,
        report: Arc<PrivacyReport>,
    },
    /// Show the App Privacy Report window again.
    OpenPrivacyReport,
    ClosePrivacyReport,
    /// When the person saw the dot (`None`: they take it back).
    MarkPrivacyMoment(Option<OffsetDateTime>),
    /// The person recognises one of WhatsApp's uses as theirs, or takes that back.
    RecognisePrivacyUse(UseId, bool),
    /// Tell the user something in the notice bar.
    Notify(Notice),
    DismissNotice,
    /// Choose a knowledge-base file in a file dialog.
    ChooseKb,
    /// Open this knowledge-base file.
    OpenKbFile(PathBuf),
    /// Use this knowledge base, opened from `path`; the current case ends.
    UseKb(Box<OpenedKb>, PathBuf),
    /// Save a report of the case: ask where.
    SaveReport,
    /// Save a report of the case to this file.
    SaveReportTo(PathBuf),
    ShowShortcuts,
    ShowAbout,
    Quit,
    /// The kiosk's customer walked away: clear everything they left.
    ResetForNextCustomer,
}
